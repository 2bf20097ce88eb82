"""A fake Telegram Bot API under ``/bot<token>/<method>``.

``fail_next`` queues error answers (429 with ``retry_after``, 500 …) for the next sendMessage
calls; ``blocked`` chats get 403; ``sent_at`` keeps (chat id, loop time) of every delivered message.
"""

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
        self.blocked: set[str] = set()
        self.faults: list[tuple[int, str, int | None]] = []
        self.sent_at: list[tuple[str, float]] = []
        self.app.router.add_post("/bot{token}/{method}", self._method)

    def fail_next(self, status: int, description: str = "fault", retry_after: int | None = None) -> None:
        self.faults.append((status, description, retry_after))

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        return [c.body for c in self.calls if c.path.endswith(f"/{method}")]

    def calls_to_with_time(self, method: str) -> list[float]:
        return [c.at for c in self.calls if c.path.endswith(f"/{method}")]

    def delivered_to(self, chat_id: str) -> int:
        return sum(1 for chat, _ in self.sent_at if chat == str(chat_id))

    async def _method(self, request: web.Request) -> web.Response:
        call = await self.record(request)
        method = request.match_info["method"]
        result: Any
        if method == "getMe":
            result = BOT_USER
        elif method == "sendMessage":
            chat = str(call.body["chat_id"])
            if self.faults:
                status, description, retry_after = self.faults.pop(0)
                error: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
                if retry_after is not None:
                    error["parameters"] = {"retry_after": retry_after}
                return web.json_response(error, status=status)
            if chat in self.blocked:
                description = "Forbidden: bot was blocked by the user"
                return web.json_response({"ok": False, "error_code": 403, "description": description}, status=403)
            self._message_id += 1
            self.sent_at.append((chat, time.perf_counter()))
            result = {
                "message_id": self._message_id,
                "date": int(time.time()),
                "chat": {"id": int(call.body["chat_id"]), "type": "private"},
                "from": BOT_USER,
                "text": call.body.get("text", ""),
            }
        elif method in ("answerCallbackQuery", "setWebhook", "deleteWebhook", "setMyCommands"):
            result = True
        else:
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)
        return web.json_response({"ok": True, "result": result})
