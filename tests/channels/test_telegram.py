"""The Telegram webhook end to end: real python-telegram-bot, a fake Bot API on loopback."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from bot.channels.telegram import verify
from tests.channels.conftest import TELEGRAM_SECRET, AppClient, RecordingHandler, inbox_count, settle
from tests.fakes import FakeTelegramApi

CHAT = 987654321
SENDER = {"id": CHAT, "is_bot": False, "first_name": "สมชาย", "language_code": "th"}


def message_update(update_id: int, text: str, chat_type: str = "private") -> dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1_760_000_000,
            "chat": {"id": CHAT, "type": chat_type, "first_name": "สมชาย"},
            "from": SENDER,
            "text": text,
        },
    }


def callback_update(update_id: int, data: str) -> dict[str, Any]:
    return {
        "update_id": update_id,
        "callback_query": {
            "id": f"cq-{update_id}",
            "from": SENDER,
            "chat_instance": "ci",
            "data": data,
            "message": {
                "message_id": 5,
                "date": 1_760_000_000,
                "chat": {"id": CHAT, "type": "private"},
                "text": "question",
            },
        },
    }


async def post_update(client: AppClient, update: dict[str, Any], secret: str | None = TELEGRAM_SECRET) -> int:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
    response = await client.post("/webhook/telegram", json=update, headers=headers)
    await response.read()
    return response.status


def test_verify_is_exact() -> None:
    assert verify("s3cret", "s3cret")
    assert not verify("s3cret", "s3cre")
    assert not verify("s3cret", None)
    assert not verify("s3cret", "")


async def test_text_message_gets_html_reply_with_inline_keyboard(
    client: AppClient, telegram_api: FakeTelegramApi, handler: RecordingHandler
) -> None:
    assert await post_update(client, message_update(1, "DL201 <b>?")) == 200
    [sent] = await telegram_api.wait_for("/sendMessage")
    body = sent.body
    assert str(body["chat_id"]) == str(CHAT)
    assert body["parse_mode"] == "HTML"
    assert body["text"] == "<b>DL201 &lt;unit&gt;</b>\necho: DL201 &lt;b&gt;?\n<b>ระดับ</b>: 1 &amp; 2"
    keys = [k for row in body["reply_markup"]["inline_keyboard"] for k in row]
    assert [(k["text"], k["callback_data"]) for k in keys] == [("ดีมาก", "rate:4"), ("พอใช้", "rate:2")]
    [incoming] = handler.seen
    assert (incoming.kind, incoming.user_id, incoming.event_id) == ("text", str(CHAT), "123456:1")
    assert incoming.language == "th"


async def test_start_command_is_kind_start(
    client: AppClient, telegram_api: FakeTelegramApi, handler: RecordingHandler
) -> None:
    assert await post_update(client, message_update(2, "/start")) == 200
    await telegram_api.wait_for("/sendMessage")
    assert [(i.kind, i.text) for i in handler.seen] == [("start", "")]


async def test_callback_query_is_answered_and_is_a_postback(
    client: AppClient, telegram_api: FakeTelegramApi, handler: RecordingHandler
) -> None:
    assert await post_update(client, callback_update(3, "rate:4")) == 200
    [answer] = await telegram_api.wait_for("/answerCallbackQuery")
    assert answer.body["callback_query_id"] == "cq-3"
    [sent] = await telegram_api.wait_for("/sendMessage")
    assert sent.body["text"] == "pressed rate:4"
    assert [(i.kind, i.text, i.reply_handle) for i in handler.seen] == [("postback", "rate:4", "cq-3")]


async def test_callback_query_answered_even_when_handler_fails(
    client: AppClient, telegram_api: FakeTelegramApi, handler: RecordingHandler
) -> None:
    handler.fail_on = "stale:button"
    assert await post_update(client, callback_update(4, "stale:button")) == 200
    await settle(client)
    assert len(telegram_api.paths("/answerCallbackQuery")) == 1
    [sent] = telegram_api.paths("/sendMessage")
    assert "ขออภัย" in sent.body["text"]


@pytest.mark.parametrize("secret", [None, "", "wrong", TELEGRAM_SECRET + "x"])
async def test_wrong_or_missing_secret_is_refused_and_nothing_stored(
    client: AppClient, telegram_api: FakeTelegramApi, handler: RecordingHandler, secret: str | None
) -> None:
    calls_before = len(telegram_api.calls)  # getMe at start-up
    assert await post_update(client, message_update(5, "hi"), secret=secret) == 401
    await settle(client)
    assert handler.seen == []
    assert len(telegram_api.calls) == calls_before
    assert await inbox_count(client) == 0


async def test_same_update_twice_is_answered_once(
    client: AppClient, telegram_api: FakeTelegramApi, handler: RecordingHandler
) -> None:
    assert await post_update(client, callback_update(6, "rate:2")) == 200
    await settle(client)
    assert await post_update(client, callback_update(6, "rate:2")) == 200
    await settle(client)
    assert len(telegram_api.paths("/sendMessage")) == 1
    assert len(telegram_api.paths("/answerCallbackQuery")) == 1
    assert len(handler.seen) == 1


async def test_group_messages_and_other_updates_are_ignored(
    client: AppClient, telegram_api: FakeTelegramApi, handler: RecordingHandler
) -> None:
    assert await post_update(client, message_update(7, "hi", chat_type="group")) == 200
    assert await post_update(client, {"update_id": 8, "edited_message": message_update(8, "x")["message"]}) == 200
    await settle(client)
    assert handler.seen == []
    assert telegram_api.paths("/sendMessage") == []


async def test_unparseable_update_is_400(client: AppClient, handler: RecordingHandler) -> None:
    response = await client.post(
        "/webhook/telegram", data=b"not json", headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
    )
    assert response.status == 400


async def test_bot_initialised_against_the_fake(client: AppClient, telegram_api: FakeTelegramApi) -> None:
    assert telegram_api.calls[0].path == "/bot123456:TEST-token/getMe"


async def test_failure_logged_with_update_id_not_text(
    client: AppClient,
    telegram_api: FakeTelegramApi,
    handler: RecordingHandler,
    caplog: pytest.LogCaptureFixture,
) -> None:
    handler.fail_on = "my private words"
    with caplog.at_level(logging.INFO):
        assert await post_update(client, message_update(9, "my private words")) == 200
        await settle(client)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == ["processor: event 123456:9 (text) failed"]
    assert not [r for r in caplog.records if "my private words" in r.getMessage()]
