"""The admin sub-application mounted at ``/admin``: its own middleware (session, auth, CSRF),
templates (aiohttp-jinja2) and static files."""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web
from aiohttp_session import get_session, session_middleware
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.admin import api, broadcasts, content_owner, exports, handoffs, pages
from bot.admin.auth import auth_middleware
from bot.admin.common import thai_datetime, thai_day, transaction
from bot.admin.csrf import csrf_middleware, csrf_token
from bot.admin.keys import PRINCIPAL, SESSIONS, SETTINGS
from bot.admin.privacy import SUPPRESSED
from bot.config import Settings
from storage import Handoffs

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
COOKIE = "admin_session"
ROUTE_MODULES: tuple[Any, ...] = (pages, api, exports, handoffs, content_owner, broadcasts)


def _session_key(settings: Settings) -> bytes:
    secret = settings.admin_session_secret.get_secret_value() if settings.admin_session_secret else ""
    if not secret:
        log.warning("admin: ADMIN_SESSION_SECRET is not set; admin logins last until this process stops")
        return secrets.token_bytes(32)
    return hashlib.sha256(secret.encode()).digest()


async def _template_context(request: web.Request) -> dict[str, Any]:
    session = await get_session(request)
    me = request.get(PRINCIPAL)
    waiting = 0
    if me is not None:  # people waiting for HR, shown in the menu
        async with transaction(request) as db:
            waiting = await Handoffs(db).open_count(me.scope())
    return {"me": me, "csrf": csrf_token(session), "path": request.path, "suppressed": SUPPRESSED,
            "waiting": waiting}


@web.middleware
async def _security_headers(request: web.Request, handler: Any) -> web.StreamResponse:
    response: web.StreamResponse = await handler(request)
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    # As the app's own policy, but styles may be inline: the charts' SVG carries its <style>.
    response.headers.setdefault("Content-Security-Policy",
                                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                                "form-action 'self'; frame-ancestors 'none'")
    return response


def create_admin_app(settings: Settings, sessions: Callable[[], async_sessionmaker[AsyncSession]]) -> web.Application:
    """``sessions`` returns the parent app's session factory once it has started."""
    storage = EncryptedCookieStorage(
        _session_key(settings), cookie_name=COOKIE, path="/admin", httponly=True, samesite="Strict",
        secure=settings.admin_cookie_secure, max_age=int(settings.admin_session_max_age.total_seconds()),
    )
    app = web.Application(middlewares=[_security_headers, session_middleware(storage), auth_middleware,
                                       csrf_middleware])
    app[SETTINGS], app[SESSIONS] = settings, sessions
    env = aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                               context_processors=[_template_context])
    # Thai stays readable in JSON shown on pages (the audit log's details); still HTML-safe.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    env.filters["thai_datetime"] = thai_datetime
    env.filters["thai_day"] = thai_day
    for module in ROUTE_MODULES:
        app.router.add_routes(module.routes)
    app.router.add_static("/static", HERE / "static", name="static")
    return app
