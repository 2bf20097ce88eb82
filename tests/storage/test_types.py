from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.exc import StatementError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import Events, InvalidValueError, ProcessedEvent, Users

BANGKOK = timezone(timedelta(hours=7))


async def test_times_come_back_aware_in_utc(sessions: async_sessionmaker[AsyncSession]) -> None:
    local = datetime(2026, 12, 15, 9, 30, tzinfo=BANGKOK)
    async with sessions.begin() as s:
        await Events(s).mark_processed("line", "e1", now=local)
    async with sessions() as s:
        row = await s.get(ProcessedEvent, ("line", "e1"))
        assert row is not None
        assert row.processed_at == local
        assert row.processed_at.tzinfo is not None
        assert row.processed_at.utcoffset() == timedelta(0)
        assert row.processed_at.hour == 2  # 09:30 +07:00 is 02:30 UTC


async def test_sqlite_stores_utc_text_and_postgres_timestamptz(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions.begin() as s:
        await Events(s).mark_processed("line", "e1", now=datetime(2026, 1, 2, 10, 0, tzinfo=BANGKOK))
    async with sessions() as s:
        if s.get_bind().dialect.name == "sqlite":
            raw = (await s.execute(text("SELECT processed_at FROM processed_events"))).scalar_one()
            assert raw.startswith("2026-01-02 03:00:00")
        else:
            kind = await s.execute(
                text("SELECT data_type FROM information_schema.columns WHERE column_name = 'processed_at'")
            )
            assert kind.scalar_one() == "timestamp with time zone"


async def test_naive_datetime_is_refused(session: AsyncSession) -> None:
    with pytest.raises(StatementError) as caught:
        await Users(session).get_or_create("line", "U1", now=datetime(2026, 1, 1))
    assert isinstance(caught.value.orig, InvalidValueError)


async def test_utc_input_is_unchanged(session: AsyncSession) -> None:
    now = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    user = await Users(session).get_or_create("line", "U1", now=now)
    await session.commit()
    await session.refresh(user)
    assert user.created_at == now
