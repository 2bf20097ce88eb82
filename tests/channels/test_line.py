"""The LINE webhook end to end: real line-bot-sdk, a fake LINE API on loopback, SQLite dedup."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.app import EFFECTS
from bot.channels.line import decode, signature, to_event, verify
from bot.dialog.replies import Reply
from tests.channels.conftest import (
    LINE_USER,
    AppClient,
    RecordingHandler,
    fixture_events,
    inbox_count,
    line_body,
    line_signature,
    settle,
    text_event,
)
from tests.fakes import FakeLineApi


async def post_line(client: AppClient, body: bytes, sig: str | None = "auto") -> int:
    headers = {"Content-Type": "application/json"}
    if sig == "auto":
        headers["X-Line-Signature"] = line_signature(body)
    elif sig is not None:
        headers["X-Line-Signature"] = sig
    response = await client.post("/webhook/line", data=body, headers=headers)
    await response.read()
    return response.status


def test_signature_matches_the_sdk_test_vector() -> None:
    assert signature("channel_secret", b"bodybodybodybody") == "/gg9a+LvFevTH1sd7XCQycD7tsWclCsInj7MhBHxN7k="
    assert verify("channel_secret", b"bodybodybodybody", "/gg9a+LvFevTH1sd7XCQycD7tsWclCsInj7MhBHxN7k=")
    assert not verify("channel_secret", b"bodybodybodybodY", "/gg9a+LvFevTH1sd7XCQycD7tsWclCsInj7MhBHxN7k=")
    assert not verify("channel_secret", b"bodybodybodybody", None)


def test_fixture_events_map_to_inbox_kinds() -> None:
    events = fixture_events()
    assert len(events) == 28
    kinds = [(i.kind, i.text) if (i := to_event(e)) else None for e in events]
    assert kinds[0] == ("text", "Hello, world")
    assert kinds[1] is None  # a room: only one-to-one chats are served
    assert kinds[2] is None  # an image message
    assert kinds[6] == ("follow", "")
    assert kinds[7] == ("unfollow", "")
    assert kinds[8] is None  # join (group)
    assert kinds[10] == ("postback", "action=buyItem&itemId=123123&color=red")
    assert kinds[27] is None  # an unknown event type
    handled = [k for k in kinds if k is not None]
    assert {k for k, _ in handled} == {"text", "postback", "follow", "unfollow"}
    assert len(decode(line_body(*events))) == len(handled)
    first = to_event(events[0])
    assert first is not None and first.user_key == LINE_USER and first.event_key == "01FIXTURE0000"
    assert first.occurred_at is not None and first.occurred_at.year >= 2016


async def test_signed_text_event_gets_a_reply(
    client: AppClient, line_api: FakeLineApi, handler: RecordingHandler
) -> None:
    assert await post_line(client, line_body(text_event("E1", "DL201 คืออะไร"))) == 200
    [call] = await line_api.wait_for("/message/reply")
    assert call.headers["Authorization"] == "Bearer test-access-token"
    assert call.body["replyToken"] == "rt-1"
    [message] = call.body["messages"]
    assert message["type"] == "flex"
    assert message["altText"] == "DL201 <unit>"
    assert "echo: DL201 คืออะไร" in str(message["contents"])
    items = message["quickReply"]["items"]
    assert [i["action"]["data"] for i in items] == ["rate:4", "rate:2"]
    assert handler.seen[0].user_id == LINE_USER
    assert handler.seen[0].event_id == "E1"
    assert handler.seen[0].kind == "text"


@pytest.mark.parametrize("sig", [None, "", "AAAA", line_signature(b"another body")])
async def test_forged_or_missing_signature_is_refused_and_nothing_stored(
    client: AppClient, line_api: FakeLineApi, handler: RecordingHandler, sig: str | None
) -> None:
    assert await post_line(client, line_body(text_event("E1")), sig=sig) == 401
    await settle(client)
    assert line_api.calls == []
    assert handler.seen == []
    assert await inbox_count(client) == 0


async def test_signature_with_another_secret_is_refused(client: AppClient, line_api: FakeLineApi) -> None:
    body = line_body(text_event("E1"))
    assert await post_line(client, body, sig=line_signature(body, "another-secret")) == 401


async def test_redelivered_event_is_acknowledged_once_answered_once(
    client: AppClient, line_api: FakeLineApi, handler: RecordingHandler
) -> None:
    body = line_body(text_event("E-same"))
    assert await post_line(client, body) == 200
    await settle(client)
    redelivery = text_event("E-same")
    redelivery["deliveryContext"] = {"isRedelivery": True}
    assert await post_line(client, line_body(redelivery)) == 200
    await settle(client)
    assert len(line_api.paths("/message/reply")) == 1
    assert len(handler.seen) == 1
    assert await inbox_count(client) == 1


async def test_console_verification_request_gets_200(client: AppClient, line_api: FakeLineApi) -> None:
    body = b'{"destination":"Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","events":[]}'
    assert await post_line(client, body) == 200
    await settle(client)
    assert line_api.calls == []


async def test_standby_events_are_skipped(client: AppClient, line_api: FakeLineApi, handler: RecordingHandler) -> None:
    assert await post_line(client, line_body(text_event("E1", mode="standby"))) == 200
    await settle(client)
    assert handler.seen == []
    assert line_api.calls == []


async def test_every_fixture_event_is_handled_or_ignored(
    client: AppClient, line_api: FakeLineApi, handler: RecordingHandler, caplog: pytest.LogCaptureFixture
) -> None:
    assert await post_line(client, line_body(*fixture_events())) == 200
    await settle(client)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert {i.kind for i in handler.seen} == {"text", "postback", "follow", "unfollow"}
    # Every handled event but unfollow (nobody to read it) is answered; the fixture's events share
    # one reply token, so the first reply uses it and the others fall back to push.
    answered = len([i for i in handler.seen if i.kind != "unfollow"])
    assert answered == 7
    assert len(line_api.paths("/message/reply")) == answered
    assert len(line_api.paths("/message/push")) == answered - 1


async def test_used_reply_token_falls_back_to_push(
    client: AppClient, line_api: FakeLineApi, handler: RecordingHandler
) -> None:
    line_api.expired_tokens.add("old-token")
    assert await post_line(client, line_body(text_event("E1", reply_token="old-token"))) == 200
    [push] = await line_api.wait_for("/message/push")
    assert push.body["to"] == LINE_USER
    assert push.body["messages"][0]["type"] == "flex"


async def test_more_than_five_messages_reply_then_push(
    client: AppClient, line_api: FakeLineApi, handler: RecordingHandler
) -> None:
    handler.answer = [Reply("text", f"m{i}") for i in range(7)]
    assert await post_line(client, line_body(text_event("E7", reply_token="rt-7"))) == 200
    [reply] = await line_api.wait_for("/message/reply")
    [push] = await line_api.wait_for("/message/push")
    assert [m["text"] for m in reply.body["messages"]] == ["m0", "m1", "m2", "m3", "m4"]
    assert [m["text"] for m in push.body["messages"]] == ["m5", "m6"]
    assert reply.at < push.at and push.headers["X-Line-Retry-Key"]


async def test_failing_handler_still_200_and_apologises(
    client: AppClient, line_api: FakeLineApi, handler: RecordingHandler, caplog: pytest.LogCaptureFixture
) -> None:
    handler.fail_on = "secret question"
    with caplog.at_level(logging.INFO):
        assert await post_line(client, line_body(text_event("E-fail", "secret question"))) == 200
        [call] = await line_api.wait_for("/message/reply")
    assert "ขออภัย" in call.body["messages"][0]["text"]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors and "E-fail" in errors[0].getMessage()
    assert not [r for r in caplog.records if "secret question" in r.getMessage()]


async def test_slow_answer_shows_loading_animation(
    client: AppClient, line_api: FakeLineApi, handler: RecordingHandler
) -> None:
    # The second event waits while the first is slow: it gets the loading dots before its reply.
    client.app[EFFECTS].slow_after = 0.05
    handler.delay = 0.3
    events = [text_event(f"E-slow{i}", reply_token=f"rt-{i}") for i in range(3)]
    assert await post_line(client, line_body(*events)) == 200
    [loading] = await line_api.wait_for("/chat/loading/start")
    assert loading.body["chatId"] == LINE_USER
    replies = await line_api.wait_for("/message/reply", 3)
    [second] = [r for r in replies if r.body["replyToken"] == "rt-1"]
    assert loading.at < second.at
    # The third waited too, but the dots are already showing: one call per person, not per event.
    assert len(line_api.paths("/chat/loading/start")) == 1


async def test_fast_answer_shows_no_loading_animation(client: AppClient, line_api: FakeLineApi) -> None:
    assert await post_line(client, line_body(text_event("E-fast"))) == 200
    await settle(client)
    assert line_api.paths("/chat/loading/start") == []


async def test_postback_and_follow_reach_the_handler(
    client: AppClient, line_api: FakeLineApi, handler: RecordingHandler
) -> None:
    events = fixture_events()
    follow, postback = events[6], events[10]
    postback["postback"] = {"data": "rate:4"}
    assert await post_line(client, line_body(follow, postback)) == 200
    await settle(client)
    assert sorted((i.kind, i.text) for i in handler.seen) == [("follow", ""), ("postback", "rate:4")]
    texts = sorted(c.body["messages"][0]["text"] for c in line_api.paths("/message/reply"))
    assert texts == ["pressed rate:4", "welcome"]


async def test_many_events_in_parallel_each_answered_once(
    client: AppClient, line_api: FakeLineApi, handler: RecordingHandler
) -> None:
    bodies = [line_body(text_event(f"P{i % 10}", reply_token=f"rt-{i % 10}")) for i in range(30)]
    statuses = await asyncio.gather(*(post_line(client, b) for b in bodies))
    assert set(statuses) == {200}
    await settle(client)
    assert sorted(c.body["replyToken"] for c in line_api.paths("/message/reply")) == sorted(
        f"rt-{i}" for i in range(10)
    )
