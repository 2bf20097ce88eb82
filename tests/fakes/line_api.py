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
        self.rich_menus: dict[str, dict[str, Any]] = {}  # id -> the created object
        self.rich_menu_images: dict[str, bytes] = {}
        self.default_rich_menu: str | None = None
        self.app.router.add_post("/v2/bot/richmenu", self._create_rich_menu)
        self.app.router.add_get("/v2/bot/richmenu/list", self._list_rich_menus)
        self.app.router.add_delete("/v2/bot/richmenu/{id}", self._delete_rich_menu)
        self.app.router.add_post("/v2/bot/richmenu/{id}/content", self._rich_menu_image)
        self.app.router.add_post("/v2/bot/user/all/richmenu/{id}", self._set_default_rich_menu)
        self.app.router.add_route("*", "/{tail:.*}", self._unknown)

    # -- rich menus: LINE's documented limits, so a wrong request fails here as it would there --
    async def _create_rich_menu(self, request: web.Request) -> web.Response:
        body = (await self.record(request)).body
        size, areas = body.get("size") or {}, body.get("areas") or []
        width, height = size.get("width", 0), size.get("height", 0)
        problems = []
        if not (800 <= width <= 2500 and height >= 250 and width / height >= 1.45):
            problems.append("size")
        if not 1 <= len(areas) <= 20 or len(body.get("chatBarText", "")) > 14 or "selected" not in body:
            problems.append("areas/chatBarText/selected")
        for area in areas:
            b, action = area["bounds"], area["action"]
            if b["x"] < 0 or b["y"] < 0 or b["x"] + b["width"] > width or b["y"] + b["height"] > height:
                problems.append(f"bounds {b}")
            if action["type"] == "postback" and (len(action["data"]) > 300 or len(action.get("label", "")) > 20):
                problems.append("postback")
        if problems:
            return web.json_response({"message": "The request body has errors", "details": problems}, status=400)
        menu_id = f"richmenu-{len(self.rich_menus) + 1:032x}"
        self.rich_menus[menu_id] = {"richMenuId": menu_id, **body}
        return web.json_response({"richMenuId": menu_id})

    async def _list_rich_menus(self, request: web.Request) -> web.Response:
        await self.record(request)
        return web.json_response({"richmenus": list(self.rich_menus.values())})

    async def _delete_rich_menu(self, request: web.Request) -> web.Response:
        await self.record(request)
        menu_id = request.match_info["id"]
        if self.rich_menus.pop(menu_id, None) is None:
            return web.json_response({"message": "Not found"}, status=404)
        if self.default_rich_menu == menu_id:
            self.default_rich_menu = None
        return web.json_response({})

    async def _rich_menu_image(self, request: web.Request) -> web.Response:
        call = await self.record(request)
        menu = self.rich_menus.get(request.match_info["id"])
        raw = await request.read()
        if menu is None:
            return web.json_response({"message": "Not found"}, status=404)
        if call.headers.get("Content-Type") != "image/png" or len(raw) > 1024 * 1024 or raw[:8] != b"\x89PNG\r\n\x1a\n":
            return web.json_response({"message": "unsupported image"}, status=400)
        width, height = int.from_bytes(raw[16:20], "big"), int.from_bytes(raw[20:24], "big")
        if (width, height) != (menu["size"]["width"], menu["size"]["height"]):
            return web.json_response({"message": "image size does not match the rich menu"}, status=400)
        self.rich_menu_images[menu["richMenuId"]] = raw
        return web.json_response({})

    async def _set_default_rich_menu(self, request: web.Request) -> web.Response:
        await self.record(request)
        menu_id = request.match_info["id"]
        if menu_id not in self.rich_menus:
            return web.json_response({"message": "Not found"}, status=404)
        if menu_id not in self.rich_menu_images:
            return web.json_response({"message": "must upload richmenu image before applying it to user"}, status=400)
        self.default_rich_menu = menu_id
        return web.json_response({})

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
