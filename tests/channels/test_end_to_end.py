"""Whole conversations through the webhooks with the real dialog engine (the app's own handler):
consent, a question, and a full self-assessment by LINE postbacks and by Telegram callback queries."""

from __future__ import annotations

import copy
import json
from itertools import count
from typing import Any

from bot.app import PROCESSOR
from bot.config import Settings
from tests.channels.conftest import TELEGRAM_SECRET, AppClient, ClientFactory, fixture_events, line_body, line_signature
from tests.fakes import FakeLineApi, FakeTelegramApi

USER = "U206d25c2ea6bd87c17655609a1c37cb8"
CHAT = 555000111


def _texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["text"]] if isinstance(node.get("text"), str) else []
        return own + [t for key, value in node.items() if key != "text" for t in _texts(value)]
    if isinstance(node, list):
        return [t for item in node for t in _texts(item)]
    return []


class LineUser:
    """Sends signed events as one LINE user; reads what came back to the fake API."""

    def __init__(self, client: AppClient, api: FakeLineApi) -> None:
        self.client, self.api, self.ids = client, api, count()
        self.messages: list[dict[str, Any]] = []

    async def _send(self, event: dict[str, Any]) -> None:
        n = next(self.ids)
        event.update(webhookEventId=f"E2E{n:05d}", replyToken=f"e2e-{n}", mode="active")
        event["source"] = {"type": "user", "userId": USER}
        body = line_body(event)
        response = await self.client.post(
            "/webhook/line", data=body, headers={"X-Line-Signature": line_signature(body)}
        )
        assert response.status == 200
        await self.client.app[PROCESSOR].settle(10)
        [call] = [c for c in self.api.paths("/message/reply") if c.body["replyToken"] == f"e2e-{n}"]
        self.messages = call.body["messages"]

    async def follow(self) -> None:
        await self._send(copy.deepcopy(fixture_events()[6]))

    async def say(self, text: str) -> None:
        event = copy.deepcopy(fixture_events()[0])
        event["message"] = {"id": "1", "type": "text", "text": text, "quoteToken": "q"}
        await self._send(event)

    async def press(self, data: str) -> None:
        assert data in self.data(), f"{data} is not offered: {self.data()}"
        event = copy.deepcopy(fixture_events()[10])
        event["postback"] = {"data": data}
        await self._send(event)

    def text(self) -> str:
        return "\n".join(_texts(self.messages))

    def data(self) -> list[str]:
        items = self.messages[-1].get("quickReply", {}).get("items", [])
        return [i["action"]["data"] for i in items]


class TelegramUser:
    def __init__(self, client: AppClient, api: FakeTelegramApi) -> None:
        self.client, self.api, self.ids = client, api, count(1)
        self.sent: list[dict[str, Any]] = []

    async def _send(self, update: dict[str, Any]) -> None:
        before = len(self.api.calls_to("sendMessage"))
        update["update_id"] = next(self.ids)
        response = await self.client.post(
            "/webhook/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
        )
        assert response.status == 200
        await self.client.app[PROCESSOR].settle(10)
        self.sent = self.api.calls_to("sendMessage")[before:]
        assert self.sent

    async def say(self, text: str) -> None:
        sender = {"id": CHAT, "is_bot": False, "first_name": "ทดสอบ"}
        chat = {"id": CHAT, "type": "private"}
        await self._send({"message": {"message_id": 1, "date": 0, "chat": chat, "from": sender, "text": text}})

    async def press(self, data: str) -> None:
        assert data in self.data(), f"{data} is not offered: {self.data()}"
        sender = {"id": CHAT, "is_bot": False, "first_name": "ทดสอบ"}
        message = {"message_id": 2, "date": 0, "chat": {"id": CHAT, "type": "private"}, "text": "q"}
        update_id = next(self.ids)
        query = {"id": f"cq{update_id}", "from": sender, "chat_instance": "c", "data": data, "message": message}
        self.ids = count(update_id)  # _send takes the next id: reuse this one
        await self._send({"callback_query": query})

    def text(self) -> str:
        return "\n".join(m["text"] for m in self.sent)

    def data(self) -> list[str]:
        keys = [
            k
            for m in self.sent
            if isinstance(m.get("reply_markup"), dict)
            for row in m["reply_markup"]["inline_keyboard"]
            for k in row
        ]
        return [k["callback_data"] for k in keys]


async def _self_assessment(user: LineUser | TelegramUser) -> None:
    await user.say("ทำแบบประเมิน DL200")
    first = next(d for d in user.data() if d.startswith("q:r:"))
    run = first.split(":")[2]
    for index in range(60):
        assert f"{index + 1}/" in user.text()
        await user.press(f"q:r:{run}:{index}:3")
        if "เสร็จแล้ว" in user.text():
            break
    else:
        raise AssertionError("the self-assessment never finished")
    assert "w:s:std-2567:DL200" in user.data()


async def test_line_consent_question_and_full_self_assessment(
    make_client: ClientFactory, settings: Settings, line_api: FakeLineApi
) -> None:
    client = await make_client(settings)  # no handler given: the dialog engine
    user = LineUser(client, line_api)
    await user.follow()
    assert "k:y" in user.data()
    await user.press("k:y")
    await user.say("DL201 คืออะไร")
    assert user.messages[0]["type"] == "flex" and "DL201" in user.text()
    await _self_assessment(user)
    assert line_api.paths("/message/push") == []  # every answer went out with its reply token


async def test_telegram_start_consent_and_full_self_assessment(
    make_client: ClientFactory, settings: Settings, telegram_api: FakeTelegramApi
) -> None:
    client = await make_client(settings)
    user = TelegramUser(client, telegram_api)
    await user.say("/start")
    assert "k:y" in user.data()
    await user.press("k:y")
    await _self_assessment(user)
    answered = [c["callback_query_id"] for c in telegram_api.calls_to("answerCallbackQuery")]
    assert len(answered) == len(set(answered)) == len([c for c in telegram_api.calls if "answerCallback" in c.path])
    assert all(m["parse_mode"] == "HTML" for m in telegram_api.calls_to("sendMessage"))
    assert json.dumps(telegram_api.calls_to("sendMessage")).count("callback_data") > 0
