"""The batch processor against the fake LINE API: retries through the outbox, per-person order on
two replicas (PostgreSQL), several events of one person in one body."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import Select, func, select

from bot.app import ENGINE, create_app
from bot.config import Settings
from bot.dialog.flows.wording import say
from bot.worker import worker_context
from storage import AssessmentAnswer, Delivery, DeliveryStatus, InboxEvent, InboxStatus, MessageStat, User
from tests.channels.conftest import AppClient, ClientFactory, RecordingHandler
from tests.fakes import FakeLineApi
from tests.pipeline.conftest import line_event, post_events, reply_to, settings_for

STALE = "ปุ่มนี้ใช้ไม่ได้แล้ว"


async def _count(client: AppClient, stmt: Select[tuple[int]]) -> int:
    async with client.app[ENGINE].connect() as conn:
        return int((await conn.execute(stmt)).scalar_one())


async def test_reply_refused_with_500_503_429_is_delivered_later_once(
    db_settings: Callable[..., Settings], line_api: FakeLineApi, handler: RecordingHandler
) -> None:
    settings = db_settings(WORKER_POLL_SECONDS="0.1")
    app = create_app(settings, handler)
    app.cleanup_ctx.append(worker_context(settings))  # as serve runs it: the worker retries
    client: AppClient = TestClient(TestServer(app))
    await client.start_server()
    try:
        await _delivered_later_once(client, line_api, handler)
    finally:
        await client.close()


async def _delivered_later_once(client: AppClient, line_api: FakeLineApi, handler: RecordingHandler) -> None:
    line_api.failures = [500, 503, 429]
    event = line_event("U-retry", "text", "hello")
    await post_events(client, event)
    await line_api.wait_for("/message/reply", 4, timeout=15)
    await asyncio.sleep(0.2)  # a fifth call would come right away: none may
    sent = select(func.count()).select_from(Delivery).where(Delivery.status == DeliveryStatus.SENT)
    assert line_api.accepted == [event["replyToken"]]
    assert len(line_api.paths("/message/reply")) == 4 and not line_api.paths("/message/push")
    assert await _count(client, sent) == 1 and len(handler.seen) == 1


async def test_one_failing_event_does_not_sink_its_neighbours(
    make_client: ClientFactory, db_settings: Callable[..., Settings], line_api: FakeLineApi, handler: RecordingHandler
) -> None:
    client = await make_client(db_settings(), handler)
    handler.fail_on = "boom"
    events = [line_event(f"U-n{i}", "text", "boom" if i == 1 else f"ok {i}") for i in range(3)]
    await post_events(client, *events)
    texts = [await reply_to(line_api, e) for e in events]
    assert "echo: ok 0" in texts[0] and "ขออภัย" in texts[1] and "echo: ok 2" in texts[2]
    done = select(func.count()).select_from(InboxEvent).where(InboxEvent.status == InboxStatus.DONE)
    assert await _count(client, done) == 3


async def _start_assessment(client: AppClient, api: FakeLineApi, user: str) -> str:
    """Follow, consent, start the DL200 self-assessment; the run id of its buttons."""
    for event in (line_event(user, "follow"), line_event(user, "postback", "k:y")):
        await post_events(client, event)
        await reply_to(api, event)
    start = line_event(user, "text", "ทำแบบประเมิน DL200")
    await post_events(client, start)
    text = await reply_to(api, start)
    first = next(line for line in text.splitlines() if line.startswith("q:r:"))
    return first.split(":")[2]


async def _replicas(make_client: ClientFactory, settings: Settings) -> list[AppClient]:
    """Two app processes' worth on PostgreSQL; one on SQLite (one process per file)."""
    count = 2 if settings.database_url.startswith("postgresql") else 1
    return [await make_client(settings) for _ in range(count)]


@pytest.mark.postgres
async def test_two_replicas_same_button_twice_one_answer_recorded(
    make_client: ClientFactory, postgres_url: str, line_api: FakeLineApi
) -> None:
    settings = (await settings_for(postgres_url, line_api))()
    a, b = await _replicas(make_client, settings)
    run = await _start_assessment(a, line_api, "U-race")
    presses = [line_event("U-race", "postback", f"q:r:{run}:0:{rating}") for rating in (3, 4)]
    await asyncio.gather(post_events(a, presses[0]), post_events(b, presses[1]))
    texts = [await reply_to(line_api, p) for p in presses]
    assert sum(STALE in t for t in texts) == 1
    assert await _count(a, select(func.count()).select_from(AssessmentAnswer)) == 1


async def test_consent_then_question_in_one_body_run_in_order(
    make_client: ClientFactory, db_settings: Callable[..., Settings], line_api: FakeLineApi
) -> None:
    clients = await _replicas(make_client, db_settings())
    users = [f"U-order{i}" for i in range(4)]
    follows = [line_event(u, "follow") for u in users]
    await asyncio.gather(*(post_events(clients[i % len(clients)], e) for i, e in enumerate(follows)))
    pairs = [(line_event(u, "postback", "k:y"), line_event(u, "text", "ทำแบบประเมิน DL200")) for u in users]
    await asyncio.gather(*(post_events(clients[i % len(clients)], *pair) for i, pair in enumerate(pairs)))
    for consent, question in pairs:
        await reply_to(line_api, consent)
        assert "q:r:" in await reply_to(line_api, question)  # started: the consent came first


async def test_five_answers_in_one_body_are_five_stored(
    make_client: ClientFactory, db_settings: Callable[..., Settings], line_api: FakeLineApi
) -> None:
    clients = await _replicas(make_client, db_settings())
    a, b = clients[0], clients[-1]
    run = await _start_assessment(a, line_api, "U-five")
    answers = [line_event("U-five", "postback", f"q:r:{run}:{i}:3") for i in range(5)]
    await post_events(b, *answers)
    texts = [await reply_to(line_api, e) for e in answers]
    assert not [t for t in texts if STALE in t]
    assert await _count(a, select(func.count()).select_from(AssessmentAnswer)) == 5


async def test_a_batch_keeps_every_message_count_and_welcomes_first_contacts_once(
    make_client: ClientFactory, db_settings: Callable[..., Settings], line_api: FakeLineApi
) -> None:
    client = await make_client(db_settings())  # the dialog engine itself
    events = [
        line_event("U-new-a", "text", "DL201 คืออะไร"),
        line_event("U-new-b", "text", "DL201 คืออะไร"),
        line_event("U-new-a", "text", "DL101 คืออะไร"),
    ]
    await post_events(client, *events)  # one body: one batch, two people created in it
    texts = [await reply_to(line_api, e) for e in events]
    welcome = say("welcome", "th")
    assert [welcome in t for t in texts] == [True, True, False]  # a's second message is no first contact
    assert await _count(client, select(func.count()).select_from(User)) == 2
    assert await _count(client, select(func.count()).select_from(MessageStat)) == 3
