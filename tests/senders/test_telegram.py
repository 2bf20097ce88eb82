"""The Telegram sender against the fake Bot API: pacing, 429 pause, 403 blocked, order."""

from __future__ import annotations

import pytest

from bot.senders import Outgoing, TelegramSender, Verdict
from tests.fakes import FakeTelegramApi
from tests.senders.conftest import TELEGRAM_TOKEN


def item(i: int, chat: str = "1001", text: str = "hello") -> Outgoing:
    payload = {"method": "sendMessage", "params": {"chat_id": chat, "text": text, "parse_mode": "HTML"}}
    return Outgoing(i, "telegram", chat, payload, f"key-{i}", "broadcast")


async def test_sends_html_with_keyboard(telegram_sender: TelegramSender, telegram_api: FakeTelegramApi) -> None:
    markup = {"inline_keyboard": [[{"text": "ส่งแล้ว", "callback_data": "r:done:1"}]]}
    row = Outgoing(
        1,
        "telegram",
        "42",
        {
            "method": "sendMessage",
            "params": {"chat_id": 42, "text": "<b>DS700</b>", "parse_mode": "HTML", "reply_markup": markup},
        },
        "k",
    )
    [result] = await telegram_sender.send([row])
    assert result.verdict == Verdict.SENT
    [body] = telegram_api.calls_to("sendMessage")
    assert body["text"] == "<b>DS700</b>" and body["parse_mode"] == "HTML"
    assert body["reply_markup"] == markup


async def test_429_pauses_then_sends_once(telegram_sender: TelegramSender, telegram_api: FakeTelegramApi) -> None:
    telegram_api.fail_next(429, "Too Many Requests: retry after 1", retry_after=1)
    results = await telegram_sender.send([item(1, "1"), item(2, "2"), item(3, "3")])
    assert [r.verdict for r in results] == [Verdict.SENT] * 3
    assert [telegram_api.delivered_to(c) for c in "123"] == [1, 1, 1]
    # Nothing went out during the pause (the fake's clock is perf_counter, as Call.at), apart from
    # a request already on its way when the 429 was answered.
    refused = telegram_api.calls_to_with_time("sendMessage")[0]
    assert not [at for _, at in telegram_api.sent_at if refused + 0.2 < at < refused + 0.9]


async def test_blocked_and_bad_request(telegram_sender: TelegramSender, telegram_api: FakeTelegramApi) -> None:
    telegram_api.blocked.add("7")
    telegram_api.fail_next(400, "Bad Request: chat not found")
    results = await telegram_sender.send([item(1, "8"), item(2, "7")])
    assert [r.verdict for r in results] == [Verdict.DEAD, Verdict.BLOCKED]


async def test_server_error_retries(telegram_sender: TelegramSender, telegram_api: FakeTelegramApi) -> None:
    telegram_api.fail_next(502, "Bad Gateway")
    results = await telegram_sender.send([item(1, "5"), item(2, "5")])
    assert [r.verdict for r in results] == [Verdict.RETRY, Verdict.RETRY]  # order kept: 2 waits for 1
    assert telegram_api.delivered_to("5") == 0


@pytest.mark.parametrize(("per_second", "per_chat"), [(20.0, 1000.0), (1000.0, 5.0)])
async def test_pace_never_exceeds_the_limits(telegram_api: FakeTelegramApi, per_second: float, per_chat: float) -> None:
    sender = TelegramSender(TELEGRAM_TOKEN, telegram_api.url, per_second=per_second, per_chat_per_second=per_chat)
    await sender.start()
    try:
        rows = [item(i, str(i % 3)) for i in range(30)] if per_chat < 10 else [item(i, str(i)) for i in range(30)]
        await sender.send(rows)
    finally:
        await sender.close()
    times = sorted(at for _, at in telegram_api.sent_at)
    assert len(times) == 30
    limit = per_second if per_chat > 100 else per_chat
    for chat in {c for c, _ in telegram_api.sent_at} if per_chat < 10 else {None}:
        chat_times = sorted(at for c, at in telegram_api.sent_at if chat is None or c == chat)
        # Any one-second window holds at most `limit` messages (+1 for the window's edge).
        worst = max(sum(1 for t in chat_times if start <= t < start + 1.0) for start in chat_times)
        assert worst <= limit + 1
