"""Deduplication through the database: a redelivered webhook event is acknowledged and skipped."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import Events


class StorageDeduplicator:
    """``processed_events`` has a unique (platform, key): any replica sees every other's marks."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def mark_processed(self, platform: str, key: str) -> bool:
        async with self._sessions.begin() as session:
            return await Events(session).mark_processed(platform, key)
