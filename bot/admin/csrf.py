"""CSRF: every form carries the session's token; a state-changing request without it is refused.

Bearer-token requests need none (a browser never adds that header by itself).
"""

from __future__ import annotations

import hmac
import secrets

from aiohttp import web
from aiohttp_session import Session, get_session

from bot.admin.auth import Handler
from bot.admin.keys import VIA_TOKEN

FIELD = "csrf"
SAFE = ("GET", "HEAD", "OPTIONS")


def csrf_token(session: Session) -> str:
    token = session.get(FIELD)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session[FIELD] = token
    return token


@web.middleware
async def csrf_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.method in SAFE or request.get(VIA_TOKEN):
        return await handler(request)
    session = await get_session(request)
    expected = session.get(FIELD)
    form = await request.post()
    given = form.get(FIELD) or request.headers.get("X-CSRF-Token", "")
    if not isinstance(expected, str) or not isinstance(given, str) or not hmac.compare_digest(expected, given):
        raise web.HTTPForbidden(text="แบบฟอร์มหมดอายุหรือไม่ถูกต้อง (CSRF): โหลดหน้าใหม่แล้วลองอีกครั้ง")
    return await handler(request)
