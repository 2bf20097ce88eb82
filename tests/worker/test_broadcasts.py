"""Broadcasts and campaigns through the worker: segment, exactly once, faults, blocked, quota."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, date, datetime, timedelta

from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import create_app
from bot.config import Settings
from bot.hr import (
    broadcast_status,
    cancel_broadcast,
    count_recipients,
    create_broadcast,
    create_campaign,
    retry_dead,
)
from bot.worker import worker_context
from storage import BroadcastStatus, Reminders, Users
from storage.models import User
from storage.segment import Segment
from tests.fakes import FakeLineApi, FakeTelegramApi
from tests.fakes.line_api import MONTHLY_LIMIT
from tests.worker.conftest import WorkerFactory

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


async def add_users(
    sessions: async_sessionmaker[AsyncSession], platform: str, count: int, start: int = 0, **values: object
) -> list[str]:
    ids = [
        f"{platform[0].upper()}{start + i:05d}" if platform == "line" else str(700000 + start + i) for i in range(count)
    ]
    rows = [
        {
            "platform": platform,
            "platform_user_id": pid,
            "language": "th",
            "broadcast_opt_out": False,
            "active": True,
            "created_at": NOW,
            "last_seen_at": NOW,
            **values,
        }
        for pid in ids
    ]
    async with sessions.begin() as session:
        await session.execute(insert(User), rows)
    return ids


async def test_broadcast_reaches_its_segment_exactly_once(
    sessions: async_sessionmaker[AsyncSession],
    new_worker: WorkerFactory,
    line_api: FakeLineApi,
    telegram_api: FakeTelegramApi,
) -> None:
    line_ids = await add_users(sessions, "line", 1203, agency="DGA")
    tg_ids = await add_users(sessions, "telegram", 7, agency="DGA")
    await add_users(sessions, "line", 5, start=5000, agency="OCSC")  # another agency
    await add_users(sessions, "line", 4, start=6000, agency="DGA", broadcast_opt_out=True)
    await add_users(sessions, "telegram", 3, start=7000, agency="DGA", active=False)  # blocked the bot
    segment = Segment(agency="DGA")
    async with sessions.begin() as session:
        assert await count_recipients(session, segment) == {"line": 1203, "telegram": 7, "total": 1210}
        broadcast = await create_broadcast(session, "ประกาศ <ด่วน> & สำคัญ", segment)
    async with new_worker() as worker:
        report = await worker.run_once(NOW)
    assert report.scheduled["broadcast_rows"] == 1210
    multicasts = line_api.paths("/multicast")
    assert sorted(len(c.body["to"]) for c in multicasts) == [203, 500, 500]
    assert len({c.headers["X-Line-Retry-Key"] for c in multicasts}) == 3
    assert Counter(to for to, _ in line_api.delivered) == Counter(line_ids)
    assert sorted(chat for chat, _ in telegram_api.sent_at) == sorted(tg_ids)
    [tg_text, *_] = [c["text"] for c in telegram_api.calls_to("sendMessage")]
    assert tg_text.startswith("ประกาศ &lt;ด่วน&gt; &amp; สำคัญ") and "หยุดรับข่าว" in tg_text
    async with sessions() as session:
        progress = await broadcast_status(session, broadcast.id)
    assert (progress.status, progress.recipients, progress.sent, progress.queued) == (
        BroadcastStatus.DONE,
        1210,
        1210,
        0,
    )


async def test_faults_lose_nothing_and_double_nothing(
    sessions: async_sessionmaker[AsyncSession],
    new_worker: WorkerFactory,
    line_api: FakeLineApi,
    telegram_api: FakeTelegramApi,
) -> None:
    line_ids = await add_users(sessions, "line", 1100)
    tg_ids = await add_users(sessions, "telegram", 6)
    async with sessions.begin() as session:
        broadcast = await create_broadcast(session, "news", Segment())
    line_api.fail_next(500, accept=True)  # accepted, answer lost: the retry gets 409
    line_api.fail_next(429, {"message": "Too Many Requests"})
    line_api.fail_next(500)
    telegram_api.fail_next(429, "Too Many Requests: retry after 1", retry_after=1)
    telegram_api.fail_next(500, "Internal Server Error")
    clock = NOW
    async with new_worker() as worker:
        for _ in range(8):  # passes until the backoffs have run out
            await worker.run_once(clock)
            clock += timedelta(minutes=20)
    assert Counter(to for to, _ in line_api.delivered) == Counter(line_ids)  # each exactly once
    assert any(c for c in line_api.calls if c.path.endswith("/multicast")) and len(line_api.paths("/multicast")) == 6
    assert Counter(chat for chat, _ in telegram_api.sent_at) == Counter(tg_ids)
    async with sessions() as session:
        progress = await broadcast_status(session, broadcast.id)
    assert (progress.sent, progress.failed, progress.status) == (1106, 0, BroadcastStatus.DONE)


async def test_blocked_dead_quota_and_cancel(
    sessions: async_sessionmaker[AsyncSession],
    new_worker: WorkerFactory,
    line_api: FakeLineApi,
    telegram_api: FakeTelegramApi,
) -> None:
    [line_id] = await add_users(sessions, "line", 1)
    tg_ids = await add_users(sessions, "telegram", 2)
    telegram_api.blocked.add(tg_ids[0])
    line_api.fail_next(429, MONTHLY_LIMIT)
    async with sessions.begin() as session:
        broadcast = await create_broadcast(session, "news", Segment())
    async with new_worker() as worker:
        await worker.run_once(NOW)
        async with sessions() as session:
            progress = await broadcast_status(session, broadcast.id)
            blocked = await Users(session).by_platform_id("telegram", tg_ids[0])
        assert blocked is not None and blocked.active is False
        assert (progress.sent, progress.skipped, progress.waiting_for_quota) == (1, 1, 1)
        assert line_api.delivered == []
        async with sessions.begin() as session:
            assert await cancel_broadcast(session, broadcast.id) == 1
        await worker.run_once(NOW + timedelta(hours=2))
    assert line_api.delivered == [] and line_id  # cancelled: nothing more went out
    async with sessions.begin() as session:
        progress = await broadcast_status(session, broadcast.id)
        assert (progress.status, progress.cancelled) == (BroadcastStatus.CANCELLED, 1)
        assert await count_recipients(session, Segment()) == {"line": 1, "telegram": 1, "total": 2}


async def test_dead_letters_are_retried_by_command(
    sessions: async_sessionmaker[AsyncSession],
    new_worker: WorkerFactory,
    line_api: FakeLineApi,
) -> None:
    await add_users(sessions, "line", 3)
    async with sessions.begin() as session:
        broadcast = await create_broadcast(session, "news", Segment(platforms=("line",)))
    line_api.fail_next(400, {"message": "The request body has 1 error(s)"})
    async with new_worker() as worker:
        await worker.run_once(NOW)
        async with sessions.begin() as session:
            assert (await broadcast_status(session, broadcast.id)).failed == 3
            assert await retry_dead(session, broadcast.id) == 3
        await worker.run_once(NOW + timedelta(minutes=1))
    assert len(line_api.delivered) == 3
    async with sessions() as session:
        progress = await broadcast_status(session, broadcast.id)
    assert (progress.sent, progress.failed, progress.status) == (3, 0, BroadcastStatus.DONE)


async def test_campaign_reaches_late_joiners(
    sessions: async_sessionmaker[AsyncSession],
    new_worker: WorkerFactory,
    line_api: FakeLineApi,
) -> None:
    await add_users(sessions, "line", 2, agency="DGA", profile_group="Technologist")
    await add_users(sessions, "line", 1, start=10, agency="DGA", profile_group=None)  # no group given
    async with sessions.begin() as session:
        campaign = await create_campaign(
            session, "std-2567", "DS700", date(2026, 12, 15), Segment(agency="DGA", groups=("Technologist",)), now=NOW
        )
    assert campaign.user_count == 2
    late = await add_users(sessions, "line", 1, start=20, agency="DGA", profile_group="Technologist")
    async with new_worker() as worker:
        report = await worker.run_once(NOW + timedelta(hours=1))
        assert report.scheduled["campaign_deadlines"] == 1
        await worker.run_once(datetime(2026, 12, 8, 2, 0, tzinfo=UTC))
    assert sorted(to for to, _ in line_api.delivered) == sorted(["L00000", "L00001", *late])
    async with sessions() as session:
        user = await Users(session).by_platform_id("line", late[0])
        assert user is not None
        [deadline] = await Reminders(session).deadlines_for(user.id)
        assert deadline.campaign_id == campaign.id


async def test_embedded_loop_sends_and_stops(
    sessions: async_sessionmaker[AsyncSession],
    new_worker: WorkerFactory,
    line_api: FakeLineApi,
) -> None:
    ids = await add_users(sessions, "line", 3)
    async with sessions.begin() as session:
        await create_broadcast(session, "news", Segment())
    stop = asyncio.Event()
    async with new_worker() as worker:
        task = asyncio.create_task(worker.run(stop))
        await line_api.wait_for("/multicast", 1, timeout=10)
        stop.set()
        await asyncio.wait_for(task, 10)
    assert sorted(to for to, _ in line_api.delivered) == ids


async def test_serve_alone_delivers_a_broadcast(
    sessions: async_sessionmaker[AsyncSession], settings: Settings, line_api: FakeLineApi,
    telegram_api: FakeTelegramApi,
) -> None:
    """The web app with the worker embedded (what ``serve`` runs without --no-workers)."""
    line_ids = await add_users(sessions, "line", 3)
    tg_ids = await add_users(sessions, "telegram", 2)
    async with sessions.begin() as session:
        await create_broadcast(session, "news", Segment())
    app = create_app(settings)
    app.cleanup_ctx.append(worker_context(settings))
    async with TestClient(TestServer(app)) as client:
        assert (await client.get("/healthz")).status == 200
        await line_api.wait_for("/multicast", 1, timeout=20)
        await telegram_api.wait_for("/sendMessage", 2, timeout=20)
    assert sorted(to for to, _ in line_api.delivered) == line_ids
    assert sorted(chat for chat, _ in telegram_api.sent_at) == tg_ids
