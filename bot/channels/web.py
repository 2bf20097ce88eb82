"""The web chat simulator: a static chat page and its JSON API, for demos and trying without tokens.

``POST /api/chat`` with ``{"session": ID, "text": "..."}`` (a typed message), ``{"session": ID,
"action": DATA}`` (a button press) or ``{"session": ID, "event": "start"}`` (the page opened a new
session) answers ``{"replies": [...]}``.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.channels.base import APOLOGY, Handler
from bot.dialog.replies import Reply
from bot.incoming import Incoming

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
SESSION_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")
MAX_TEXT = 2000


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


def parse_request(data: Any) -> Incoming | str:
    """The Incoming for a JSON request body, or the reason it is refused."""
    if not isinstance(data, dict):
        return "body must be a JSON object"
    session = data.get("session")
    if not isinstance(session, str) or not SESSION_RE.fullmatch(session):
        return "session must be 1-64 letters, digits, '-' or '_'"
    user_id = f"web-{session}"
    if data.get("event") == "start":
        return Incoming(platform="web", user_id=user_id, kind="start")
    action, text = data.get("action"), data.get("text")
    if isinstance(action, str) and action:
        if len(action.encode()) > 64:
            return "action too long"
        return Incoming(platform="web", user_id=user_id, kind="postback", text=action)
    if isinstance(text, str) and text.strip():
        if len(text) > MAX_TEXT:
            return f"text over {MAX_TEXT} characters"
        return Incoming(platform="web", user_id=user_id, kind="text", text=text.strip())
    return "send 'text', 'action' or 'event': 'start'"


class WebChannel:
    platform = "web"

    def __init__(self, handler: Handler) -> None:
        self._handler = handler

    async def index(self, _request: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC_DIR / "index.html")

    async def chat(self, request: web.Request) -> web.Response:
        try:
            data = await request.json()
        except (ValueError, RecursionError):  # RecursionError: nested absurdly deep
            return _bad("body must be JSON")
        incoming = parse_request(data)
        if isinstance(incoming, str):
            return _bad(incoming)
        try:
            replies = await self._handler(incoming)
        except Exception:
            log.exception("web: handling a %s from session %s failed", incoming.kind, incoming.user_id)
            replies = [Reply("text", APOLOGY)]
        return web.json_response({"replies": [reply_json(r) for r in replies]})

    def add_routes(self, app: web.Application) -> None:
        app.router.add_get("/", self.index)
        app.router.add_post("/api/chat", self.chat)
        app.router.add_static("/static/", STATIC_DIR)
