"""Two workers / two requests at once, on PostgreSQL (SQLite has a single writer)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import Events, NewDelivery, Outbox, Reminders, Users, create_engine, session_factory
from tests.conftest import empty_tables

pytestmark = pytest.mark.postgres
NOW = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)


@pytest.fixture
async def pg_sessions(postgres_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_engine(postgres_url)
    await empty_tables(engine)
    try:
        yield session_factory(engine)
    finally:
        await engine.dispose()


async def test_two_sessions_never_claim_the_same_delivery(
    pg_sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with pg_sessions.begin() as s:
        items = [NewDelivery("broadcast", "line", f"U{i}", {}, f"k{i}") for i in range(30)]
        assert await Outbox(s).enqueue_many(items, now=NOW) == 30

    async with pg_sessions() as first, pg_sessions() as second:
        a = await Outbox(first).claim_batch("line", 20, now=NOW)  # holds its row locks, not committed
        b = await Outbox(second).claim_batch("line", 20, now=NOW)  # skips them instead of waiting
        ids_a, ids_b = {d.id for d in a}, {d.id for d in b}
        assert len(ids_a) == 20 and len(ids_b) == 10 and ids_a.isdisjoint(ids_b)
        await first.commit()
        await second.commit()


async def test_many_concurrent_claimers_split_the_rows(pg_sessions: async_sessionmaker[AsyncSession]) -> None:
    async with pg_sessions.begin() as s:
        items = [NewDelivery("reply", "telegram", f"T{i}", {}, f"t{i}") for i in range(100)]
        await Outbox(s).enqueue_many(items, now=NOW)

    async def worker() -> list[int]:
        got: list[int] = []
        while True:
            async with pg_sessions.begin() as s:
                batch = await Outbox(s).claim_batch("telegram", 7, now=NOW)
                if not batch:
                    return got
                got.extend(d.id for d in batch)
                await asyncio.sleep(0)

    results = await asyncio.gather(*(worker() for _ in range(5)))
    claimed = [i for r in results for i in r]
    assert len(claimed) == 100 and len(set(claimed)) == 100


async def test_same_webhook_event_from_two_requests_is_processed_once(
    pg_sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with pg_sessions() as first, pg_sessions() as second:
        assert await Events(first).mark_processed("line", "01HRACE") is True  # not yet committed
        racing = asyncio.create_task(Events(second).mark_processed("line", "01HRACE"))
        await asyncio.sleep(0.2)
        assert not racing.done()  # the unique index makes the second insert wait for the first
        await first.commit()
        assert await racing is False
        await second.commit()

    async def request(key: str) -> bool:
        async with pg_sessions.begin() as s:
            return await Events(s).mark_processed("telegram", key)

    outcomes = await asyncio.gather(*(request("bot:1") for _ in range(8)))
    assert sorted(outcomes) == [False] * 7 + [True]


async def test_due_reminders_are_claimed_by_one_scheduler(
    pg_sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with pg_sessions.begin() as s:
        for i in range(4):
            user = await Users(s).get_or_create("line", f"U{i}")
            await Reminders(s).set_deadline(user.id, "ocsc-2561", "DL200", NOW.date() + timedelta(days=2), (1,), NOW)
    later = NOW + timedelta(days=3)
    async with pg_sessions() as first, pg_sessions() as second:
        a = await Reminders(first).claim_due(now=later)
        b = await Reminders(second).claim_due(now=later)
        assert len(a) == 4 and b == []
