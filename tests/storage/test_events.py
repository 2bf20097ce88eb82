from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import Events

NOW = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)


async def test_mark_processed_is_true_only_the_first_time(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions.begin() as s:
        assert await Events(s).mark_processed("line", "01HXYZ") is True
        assert await Events(s).mark_processed("line", "01HXYZ") is False
    async with sessions.begin() as s:  # also after commit, from another session
        assert await Events(s).mark_processed("line", "01HXYZ") is False
        assert await Events(s).mark_processed("telegram", "01HXYZ") is True  # keys are per platform


async def test_rolled_back_event_is_not_remembered(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions() as s:
        assert await Events(s).mark_processed("telegram", "bot1:100") is True
        await s.rollback()
    async with sessions() as s:
        assert await Events(s).mark_processed("telegram", "bot1:100") is True


async def test_prune_forgets_old_events(session: AsyncSession) -> None:
    events = Events(session)
    await events.mark_processed("line", "old", now=NOW - timedelta(days=3))
    await events.mark_processed("line", "new", now=NOW)
    assert await events.prune(older_than=NOW - timedelta(days=1)) == 1
    assert await events.mark_processed("line", "old") is True
    assert await events.mark_processed("line", "new") is False
