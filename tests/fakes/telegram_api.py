"""A fake Telegram Bot API under ``/bot<token>/<method>``."""

from __future__ import annotations

import time
from typing import Any

from aiohttp import web

from tests.fakes.base import RecordingServer

BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Assistant", "username": "assistant_bot"}


class FakeTelegramApi(RecordingServer):
    def __init__(self) -> None:
        super().__init__()
        self._message_id = 0
        self.app.router.add_post("/bot{token}/{method}", self._method)

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        return [c.body for c in self.calls if c.path.endswith(f"/{method}")]

    async def _method(self, request: web.Request) -> web.Response:
        call = await self.record(request)
        method = request.match_info["method"]
        result: Any
        if method == "getMe":
            result = BOT_USER
        elif method == "sendMessage":
            self._message_id += 1
            result = {
                "message_id": self._message_id,
                "date": int(time.time()),
                "chat": {"id": int(call.body["chat_id"]), "type": "private"},
                "from": BOT_USER,
                "text": call.body.get("text", ""),
            }
        elif method in ("answerCallbackQuery", "setWebhook", "deleteWebhook"):
            result = True
        else:
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)
        return web.json_response({"ok": True, "result": result})
