"""Deduplication through the database: a redelivered webhook event is acknowledged and skipped.

Marks are written in batches (group commit): while one transaction is being written, new marks
queue up and go together in the next one. On SQLite that keeps one writer per process instead of
many connections queueing on the write lock (each wait there sleeps in the busy handler), and on
either backend it turns N commits into one under load.
"""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import ProcessedEvent
from storage.types import utcnow

log = logging.getLogger(__name__)

MAX_BATCH = 500


class StorageDeduplicator:
    """``processed_events`` has a unique (platform, key): any replica sees every other's marks."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], write_lock: asyncio.Lock | None = None) -> None:
        self._sessions = sessions
        self._lock = write_lock
        self._pending: list[tuple[str, str, asyncio.Future[bool]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def mark_processed(self, platform: str, key: str) -> bool:
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._pending.append((platform, key, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.get_running_loop().create_task(self._write(), name="dedup-writer")
        return await future

    async def _write(self) -> None:
        while self._pending:
            batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
            try:
                inserted = await self._insert({(platform, key) for platform, key, _ in batch})
            except Exception as exc:  # every waiter gets the error; its event takes the error route
                for _, _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for platform, key, future in batch:
                # Only the first waiter for a key inserted here is told "new".
                new = (platform, key) in inserted
                inserted.discard((platform, key))
                if not future.done():
                    future.set_result(new)

    async def _insert(self, keys: set[tuple[str, str]]) -> set[tuple[str, str]]:
        """One ``INSERT … ON CONFLICT DO NOTHING RETURNING`` for the batch: the keys that were new."""
        if self._lock is None:
            return await self._insert_now(keys)
        async with self._lock:
            return await self._insert_now(keys)

    async def _insert_now(self, keys: set[tuple[str, str]]) -> set[tuple[str, str]]:
        now = utcnow()
        async with self._sessions.begin() as session:
            dialect = session.get_bind().dialect.name
            insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
            stmt = (
                insert(ProcessedEvent)
                .values([{"platform": p, "event_key": k, "processed_at": now} for p, k in sorted(keys)])
                .on_conflict_do_nothing(index_elements=["platform", "event_key"])
                .returning(ProcessedEvent.platform, ProcessedEvent.event_key)
            )
            result = await session.execute(stmt)
            return {(row[0], row[1]) for row in result}
