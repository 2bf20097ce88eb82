"""A fake LINE Messaging API: reply (single-use tokens), push, multicast, loading animation.

Push and multicast honour ``X-Line-Retry-Key`` as LINE does: a key already accepted answers 409 and
delivers nothing. ``fail_next`` queues error answers (409/429/500 …) for the next push/multicast
calls; ``blocked`` users get 403; ``delivered`` lists every (recipient, messages) really delivered.

For the hot path's crash and retry tests: ``failures`` queues HTTP statuses for the next reply or
push calls (each with ``Retry-After: 0.1``); while ``hold`` is set, reply and push calls wait and
count as received only if their caller is still connected when it ends (a sender killed meanwhile
never delivered them); ``accepted`` lists the recipient of every accepted reply or push (a reply's
recipient from ``token_users``, else its token).
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

from tests.fakes.base import RecordingServer

MONTHLY_LIMIT = {"message": "You have reached your monthly limit."}


class FakeLineApi(RecordingServer):
    def __init__(self) -> None:
        super().__init__()
        self.used_tokens: set[str] = set()
        self.expired_tokens: set[str] = set()
        self.accepted_keys: set[str] = set()
        self.blocked: set[str] = set()
        self.delivered: list[tuple[str, list[dict[str, Any]]]] = []
        self.faults: list[tuple[int, dict[str, Any], bool]] = []
        self.failures: list[int] = []
        self.hold: asyncio.Event | None = None
        self.token_users: dict[str, str] = {}
        self.accepted: list[str] = []
        self.answer_delay = 0.0  # seconds between accepting a push/multicast and answering it
        self.held: asyncio.Event | None = None  # when set up: accepted calls are answered only once it is set
        self.app.router.add_post("/v2/bot/message/reply", self._reply)
        self.app.router.add_post("/v2/bot/message/push", self._push)
        self.app.router.add_post("/v2/bot/message/multicast", self._multicast)
        self.app.router.add_post("/v2/bot/chat/loading/start", self._loading)
        self.app.router.add_route("*", "/{tail:.*}", self._unknown)

    def fail_next(self, status: int, body: dict[str, Any] | None = None, *, accept: bool = False) -> None:
        """Answer the next push/multicast with ``status``; ``accept``: deliver it anyway first
        (a lost answer: the platform took the message, the client saw an error)."""
        self.faults.append((status, body or {"message": f"fault {status}"}, accept))

    def delivered_to_set(self) -> set[str]:
        return {to for to, _ in self.delivered}

    def delivered_to(self, recipient: str) -> int:
        return sum(1 for to, _ in self.delivered if to == recipient)

    async def _fault(self, request: web.Request) -> web.Response | None:
        if self.hold is not None:
            await self.hold.wait()
            if request.transport is None or request.transport.is_closing():
                return web.json_response({}, status=499)  # the caller is gone: never received
        if self.failures:
            status = self.failures.pop(0)
            headers = {"Retry-After": "0.1"}  # soon: the tests wait for the retry
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
        response = self._deliver([call.body["to"]], call.body, call.headers.get("X-Line-Retry-Key"))
        await self._delay()
        return response

    async def _multicast(self, request: web.Request) -> web.Response:
        call = await self.record(request)
        recipients = list(call.body["to"])
        if not 1 <= len(recipients) <= 500:
            return web.json_response({"message": "The request body has 1 error(s)"}, status=400)
        response = self._deliver(recipients, call.body, call.headers.get("X-Line-Retry-Key"))
        await self._delay()
        return web.json_response({}, status=200) if response.status == 200 else response

    async def _delay(self) -> None:
        if self.answer_delay:
            await asyncio.sleep(self.answer_delay)
        if self.held is not None:
            await self.held.wait()

    def _deliver(self, recipients: list[str], body: dict[str, Any], key: str | None) -> web.Response:
        if key is not None and key in self.accepted_keys:
            return web.json_response(
                {"message": "The retry key is already accepted"},
                status=409,
                headers={"X-Line-Accepted-Request-Id": "accepted"},
            )
        if self.faults:
            status, fault, accept = self.faults.pop(0)
            if accept:
                self._accept(recipients, body, key)
            return web.json_response(fault, status=status)
        if len(recipients) == 1 and recipients[0] in self.blocked:
            return web.json_response({"message": "The user has blocked the account"}, status=403)
        self._accept(recipients, body, key)
        return _sent(body)

    def _accept(self, recipients: list[str], body: dict[str, Any], key: str | None) -> None:
        if key is not None:
            self.accepted_keys.add(key)
        for recipient in recipients:
            if recipient not in self.blocked:
                self.delivered.append((recipient, body["messages"]))
                self.accepted.append(recipient)

    async def _loading(self, request: web.Request) -> web.Response:
        await self.record(request)
        return web.json_response({}, status=202)

    async def _unknown(self, request: web.Request) -> web.Response:
        await self.record(request)
        return web.json_response({"message": "Not found"}, status=404)


def _sent(body: dict[str, Any]) -> web.Response:
    return web.json_response({"sentMessages": [{"id": str(i)} for i, _ in enumerate(body["messages"])]})
