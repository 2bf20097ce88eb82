"""The LINE sender against the fake LINE API: reply/push, retry keys, multicast, faults."""

from __future__ import annotations

import asyncio
import pickle
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.pipeline.frames import outgoing_from_wire, outgoing_to_wire
from bot.senders import LineSender, Outgoing, Verdict
from bot.senders.base import SENT
from bot.senders.line import QUOTA_MARK, classify
from tests.fakes import FakeLineApi
from tests.fakes.line_api import MONTHLY_LIMIT


def _text(text: str) -> dict[str, Any]:
    return {"type": "text", "text": text}


def item(i: int, recipient: str = "U1", kind: str = "reply", key: str | None = None, **payload: Any) -> Outgoing:
    payload.setdefault("messages", [_text(f"m{i}")])
    return Outgoing(i, "line", recipient, payload, key or str(uuid.uuid4()), kind)


async def test_valid_reply_token_uses_reply_api(line_sender: LineSender, line_api: FakeLineApi) -> None:
    expires = (datetime.now(UTC) + timedelta(seconds=50)).isoformat()
    [result] = await line_sender.send([item(1, reply_token="tok", reply_token_expires_at=expires)])
    assert result.verdict == Verdict.SENT
    assert [c.path for c in line_api.calls] == ["/v2/bot/message/reply"]
    assert "X-Line-Retry-Key" not in line_api.calls[0].headers


async def test_spent_reply_token_falls_back_to_push_with_retry_key(
    line_sender: LineSender, line_api: FakeLineApi
) -> None:
    line_api.used_tokens.add("tok")
    row = item(1, reply_token="tok")
    [result] = await line_sender.send([row])
    assert result.verdict == Verdict.SENT
    assert [c.path for c in line_api.calls] == ["/v2/bot/message/reply", "/v2/bot/message/push"]
    assert line_api.calls[1].headers["X-Line-Retry-Key"] == row.retry_key


async def test_expired_reply_token_goes_straight_to_push(line_sender: LineSender, line_api: FakeLineApi) -> None:
    expired = (datetime.now(UTC) - timedelta(seconds=1)).isoformat()
    [result] = await line_sender.send([item(1, reply_token="tok", reply_token_expires_at=expired)])
    assert result.verdict == Verdict.SENT
    assert [c.path for c in line_api.calls] == ["/v2/bot/message/push"]


async def test_retry_key_accepted_before_counts_as_sent_without_a_second_message(
    line_sender: LineSender, line_api: FakeLineApi
) -> None:
    row = item(1)
    line_api.fail_next(500, accept=True)  # LINE took it, the answer was lost
    [first] = await line_sender.send([row])
    assert first.verdict == Verdict.RETRY
    [second] = await line_sender.send([row])
    assert second.verdict == Verdict.SENT
    assert line_api.delivered_to("U1") == 1


async def test_faults_are_classified(line_sender: LineSender, line_api: FakeLineApi) -> None:
    line_api.fail_next(429, {"message": "Too Many Requests"})
    line_api.fail_next(500)
    line_api.fail_next(400, {"message": "The request body has 1 error(s)"})
    results = await line_sender.send([item(1, "A"), item(2, "B"), item(3, "C")])
    assert sorted(r.verdict for r in results) == sorted([Verdict.RETRY, Verdict.RETRY, Verdict.DEAD])
    assert line_api.delivered == []


async def test_monthly_quota_stops_line_sending(line_sender: LineSender, line_api: FakeLineApi) -> None:
    line_api.fail_next(429, MONTHLY_LIMIT)
    [first] = await line_sender.send([item(1, "A")])
    assert first.verdict == Verdict.QUOTA and QUOTA_MARK in first.error
    assert line_sender.quota_exhausted
    [second] = await line_sender.send([item(2, "B")])
    assert second.verdict == Verdict.QUOTA
    assert len(line_api.calls) == 1  # nothing more was tried


async def test_blocked_user_is_reported(line_sender: LineSender, line_api: FakeLineApi) -> None:
    line_api.blocked.add("U9")
    [result] = await line_sender.send([item(1, "U9")])
    assert result.verdict == Verdict.BLOCKED


async def test_one_users_messages_stop_at_the_first_failure(line_sender: LineSender, line_api: FakeLineApi) -> None:
    line_api.fail_next(500)
    results = await line_sender.send([item(1), item(2), item(3)])
    assert [r.verdict for r in results] == [Verdict.RETRY] * 3
    assert len(line_api.paths("/push")) == 1  # the second and third were held back, in order


async def test_broadcast_group_is_one_multicast_call(line_sender: LineSender, line_api: FakeLineApi) -> None:
    key = str(uuid.uuid4())
    rows = [item(i, f"U{i}", "broadcast", key, messages=[_text("news")]) for i in range(1, 501)]
    results = await line_sender.send(rows)
    assert {r.verdict for r in results} == {Verdict.SENT}
    [call] = line_api.paths("/multicast")
    assert len(call.body["to"]) == 500 and call.headers["X-Line-Retry-Key"] == key
    again = await line_sender.send(rows)  # a retry after a crash: 409, nobody gets it twice
    assert {r.verdict for r in again} == {Verdict.SENT}
    assert len(line_api.delivered) == 500


def test_classify_table() -> None:
    assert classify(409, b"{}").verdict == Verdict.SENT
    assert classify(429, '{"message":"Too Many Requests"}', {"Retry-After": "3"}).retry_after == 3.0
    assert classify(429, '{"message":"You have reached your monthly limit."}').verdict == Verdict.QUOTA
    assert classify(503, None).verdict == Verdict.RETRY
    assert classify(403, None).verdict == Verdict.BLOCKED
    assert classify(400, '{"message":"Invalid reply token"}').verdict == Verdict.DEAD


async def test_a_hanging_platform_is_a_retry_then_one_delivery(
    line_sender: LineSender, line_api: FakeLineApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.senders.line.REQUEST_TIMEOUT", 0.3)
    line_api.hold = asyncio.Event()  # the platform takes the push and never answers
    row = item(1, "U9", kind="reminder")
    [first] = await line_sender.send([row])
    assert first.verdict == Verdict.RETRY and "Timeout" in first.error
    assert line_api.delivered_to("U9") == 0
    line_api.hold.set()
    line_api.hold = None
    [second] = await line_sender.send([row])  # the worker's retry, with the same retry key
    assert second.verdict == Verdict.SENT
    assert line_api.delivered_to("U9") == 1
    assert {c.headers.get("X-Line-Retry-Key") for c in line_api.paths("/push")} == {row.retry_key}


async def test_a_reply_handed_over_by_the_core_process_sends_the_same_body(
    line_sender: LineSender, line_api: FakeLineApi
) -> None:
    """Between the core process and the HTTP process a reply's messages travel as their JSON; the request body
    the Sender makes of them is the one it makes of the messages themselves."""
    expires = (datetime.now(UTC) + timedelta(seconds=50)).isoformat()
    flex = {"type": "flex", "altText": "DL201 ผังงาน", "contents": {"type": "bubble", "body": {"type": "box",
            "layout": "vertical", "contents": [_text("ทักษะ \"ดิจิทัล\" ✓")]}}}
    messages = [flex, _text("ต่อ")]
    original = item(1, "U1", messages=messages, reply_token="tok1", reply_token_expires_at=expires)
    sent = item(2, "U2", messages=messages, reply_token="tok2", reply_token_expires_at=expires)
    [wired] = outgoing_from_wire(pickle.loads(pickle.dumps(outgoing_to_wire([sent]))))
    assert (wired.id, wired.recipient, wired.retry_key, wired.kind) == (2, "U2", sent.retry_key, "reply")
    assert await line_sender.send([original, wired]) == [SENT, SENT]
    assert sorted((c.path, c.body["replyToken"], c.body["messages"]) for c in line_api.calls) == [
        ("/v2/bot/message/reply", "tok1", messages), ("/v2/bot/message/reply", "tok2", messages)]
