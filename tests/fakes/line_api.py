"""A fake LINE Messaging API: reply (single-use tokens), push, loading animation."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from tests.fakes.base import RecordingServer


class FakeLineApi(RecordingServer):
    def __init__(self) -> None:
        super().__init__()
        self.used_tokens: set[str] = set()
        self.expired_tokens: set[str] = set()
        self.app.router.add_post("/v2/bot/message/reply", self._reply)
        self.app.router.add_post("/v2/bot/message/push", self._push)
        self.app.router.add_post("/v2/bot/chat/loading/start", self._loading)
        self.app.router.add_route("*", "/{tail:.*}", self._unknown)

    async def _reply(self, request: web.Request) -> web.Response:
        call = await self.record(request)
        token = call.body.get("replyToken", "")
        if token in self.used_tokens or token in self.expired_tokens:
            return web.json_response({"message": "Invalid reply token"}, status=400)
        self.used_tokens.add(token)
        return _sent(call.body)

    async def _push(self, request: web.Request) -> web.Response:
        call = await self.record(request)
        return _sent(call.body)

    async def _loading(self, request: web.Request) -> web.Response:
        await self.record(request)
        return web.json_response({}, status=202)

    async def _unknown(self, request: web.Request) -> web.Response:
        await self.record(request)
        return web.json_response({"message": "Not found"}, status=404)


def _sent(body: dict[str, Any]) -> web.Response:
    return web.json_response({"sentMessages": [{"id": str(i)} for i, _ in enumerate(body["messages"])]})
