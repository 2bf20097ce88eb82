"""A fake LINE Messaging API: reply (single-use tokens), push (retry keys), loading animation.

Faults on demand: ``failures`` is a queue of HTTP statuses the next reply/push calls answer with
(429 carries ``Retry-After: 0``); while ``hold`` is set, reply and push calls are kept waiting
and count as received only if their caller is still connected when the hold ends (a sender that
was killed meanwhile never delivered them). ``accepted`` lists each accepted call's recipient.
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

from tests.fakes.base import RecordingServer


class FakeLineApi(RecordingServer):
    def __init__(self) -> None:
        super().__init__()
        self.used_tokens: set[str] = set()
        self.expired_tokens: set[str] = set()
        self.retry_keys: set[str] = set()
        self.token_users: dict[str, str] = {}  # reply token → user, for ``accepted``
        self.accepted: list[str] = []
        self.failures: list[int] = []
        self.hold: asyncio.Event | None = None
        self.app.router.add_post("/v2/bot/message/reply", self._reply)
        self.app.router.add_post("/v2/bot/message/push", self._push)
        self.app.router.add_post("/v2/bot/chat/loading/start", self._loading)
        self.app.router.add_route("*", "/{tail:.*}", self._unknown)

    async def _fault(self, request: web.Request) -> web.Response | None:
        if self.hold is not None:
            await self.hold.wait()
            if request.transport is None or request.transport.is_closing():
                return web.json_response({}, status=499)  # the caller is gone: never received
        if self.failures:
            status = self.failures.pop(0)
            headers = {"Retry-After": "0"} if status == 429 else {}
            return web.json_response({"message": "fault injected"}, status=status, headers=headers)
        return None

    async def _reply(self, request: web.Request) -> web.Response:
        call = await self.record(request)
        fault = await self._fault(request)
        if fault is not None:
            return fault
        token = call.body.get("replyToken", "")
        if token in self.used_tokens or token in self.expired_tokens:
            return web.json_response({"message": "Invalid reply token"}, status=400)
        self.used_tokens.add(token)
        self.accepted.append(self.token_users.get(token, token))
        return _sent(call.body)

    async def _push(self, request: web.Request) -> web.Response:
        call = await self.record(request)
        fault = await self._fault(request)
        if fault is not None:
            return fault
        key = request.headers.get("X-Line-Retry-Key", "")
        if key and key in self.retry_keys:
            return web.json_response({"message": "The retry key is already accepted"}, status=409)
        if key:
            self.retry_keys.add(key)
        self.accepted.append(str(call.body.get("to", "")))
        return _sent(call.body)

    async def _loading(self, request: web.Request) -> web.Response:
        await self.record(request)
        return web.json_response({}, status=202)

    async def _unknown(self, request: web.Request) -> web.Response:
        await self.record(request)
        return web.json_response({"message": "Not found"}, status=404)


def _sent(body: dict[str, Any]) -> web.Response:
    return web.json_response({"sentMessages": [{"id": str(i)} for i, _ in enumerate(body["messages"])]})
