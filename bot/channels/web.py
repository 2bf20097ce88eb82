"""The web chat simulator: a static chat page and its JSON API, for demos and trying without tokens.

Off unless ``WEB_CHAT=on`` (then ``/`` and ``/api/chat`` are 404). ``POST /api/chat`` with
``{"text": "..."}`` (a typed message), ``{"action": DATA}`` (a button press) or ``{"event": "start"}``
(the page opened a new conversation) answers ``{"replies": [...]}``.

The session is the server's, never the client's: a random token in an HttpOnly cookie, issued on
``start`` and whenever a request comes without a valid one. The conversation's user id is a hash of
the token, so the stored id cannot be replayed as a cookie. Each client address is rate-limited
(429 with ``Retry-After``), which also bounds how fast new users can be created.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import secrets
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.channels.base import APOLOGY, Handler
from bot.channels.ratelimit import RateLimiter
from bot.dialog.replies import Reply
from bot.incoming import Incoming

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
COOKIE = "chat_session"
COOKIE_MAX_AGE = 30 * 24 * 3600
SESSION_RE = re.compile(r"[A-Za-z0-9_-]{32,64}")
MAX_TEXT = 2000
MAX_ACTION_BYTES = 64


def reply_json(reply: Reply) -> dict[str, Any]:
    return {
        "type": reply.type,
        "title": reply.title,
        "text": reply.text,
        "fields": [{"label": label, "value": value} for label, value in reply.fields],
        "buttons": [{"label": b.label, "data": b.data} for b in reply.buttons],
    }


def _bad(reason: str) -> web.Response:
    return web.json_response({"error": reason}, status=400)


def new_session() -> str:
    return secrets.token_urlsafe(32)


def session_user_id(session: str) -> str:
    """The stored user id for a session token (a hash: the database never holds the cookie)."""
    return "web-" + hashlib.sha256(session.encode()).hexdigest()[:32]


def parse_request(data: Any, user_id: str) -> Incoming | str:
    """The Incoming for a JSON request body, or the reason it is refused."""
    if not isinstance(data, dict):
        return "body must be a JSON object"
    if data.get("event") == "start":
        return Incoming(platform="web", user_id=user_id, kind="start")
    action, text = data.get("action"), data.get("text")
    if isinstance(action, str) and action:
        if len(action.encode()) > MAX_ACTION_BYTES:
            return "action too long"
        return Incoming(platform="web", user_id=user_id, kind="postback", text=action)
    if isinstance(text, str) and text.strip():
        if len(text) > MAX_TEXT:
            return f"text over {MAX_TEXT} characters"
        return Incoming(platform="web", user_id=user_id, kind="text", text=text.strip())
    return "send 'text', 'action' or 'event': 'start'"


def client_address(request: web.Request, trust_forwarded_for: bool) -> str:
    """The peer's address; behind a trusted proxy, the last address it appended to X-Forwarded-For."""
    if trust_forwarded_for:
        forwarded = request.headers.get("X-Forwarded-For", "")
        last = forwarded.rsplit(",", 1)[-1].strip()
        if last:
            return last
    return request.remote or "unknown"


class WebChannel:
    platform = "web"

    def __init__(self, handler: Handler, limiter: RateLimiter, trust_forwarded_for: bool = False) -> None:
        self._handler = handler
        self._limiter = limiter
        self._trust_forwarded_for = trust_forwarded_for

    async def index(self, _request: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC_DIR / "index.html")

    async def chat(self, request: web.Request) -> web.Response:
        wait = self._limiter.acquire(client_address(request, self._trust_forwarded_for))
        if wait > 0:
            return web.json_response(
                {"error": "too many messages, wait a moment"},
                status=429,
                headers={"Retry-After": str(math.ceil(wait))},
            )
        try:
            data = await request.json()
        except ValueError:
            return _bad("body must be JSON")
        except RecursionError:
            return _bad("body nested too deeply")
        session = request.cookies.get(COOKIE, "")
        fresh = not SESSION_RE.fullmatch(session) or (isinstance(data, dict) and data.get("event") == "start")
        if fresh:
            session = new_session()
        incoming = parse_request(data, session_user_id(session))
        if isinstance(incoming, str):
            return _bad(incoming)
        try:
            replies = await self._handler(incoming)
        except Exception:
            log.exception("web: handling a %s failed", incoming.kind)
            replies = [Reply("text", APOLOGY)]
        response = web.json_response({"replies": [reply_json(r) for r in replies]})
        if fresh:
            response.set_cookie(
                COOKIE,
                session,
                max_age=COOKIE_MAX_AGE,
                path="/api/",
                httponly=True,
                samesite="Strict",
                secure=request.secure,
            )
        return response

    def add_routes(self, app: web.Application) -> None:
        app.router.add_get("/", self.index)
        app.router.add_post("/api/chat", self.chat)
        app.router.add_static("/static/", STATIC_DIR)
