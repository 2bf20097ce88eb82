"""Exactly one active sender per channel across processes: a PostgreSQL session advisory lock.

The lock lives on one dedicated connection. PostgreSQL releases it when that connection ends, so
when the holder dies another worker's next ``ensure`` (every couple of seconds) takes over. SQLite
is one process (the embedded mode): the lock is always held.
"""

from __future__ import annotations

import contextlib
import logging
import os

from asyncpg import PostgresError
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from storage.engine import advisory_unlock, try_advisory_lock

log = logging.getLogger(__name__)


class ChannelLock:
    def __init__(self, engine: AsyncEngine, key: str) -> None:
        self._engine, self.key = engine, key
        self._conn: AsyncConnection | None = None
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    async def ensure(self) -> bool:
        """True while this process holds the lock (taking it if free, checking it is still alive)."""
        if self._engine.dialect.name != "postgresql":
            self._held = True
            return True
        try:
            if self._conn is None:
                self._conn = await self._engine.connect()
            if self._held:
                await self._conn.execute(text("SELECT 1"))  # the lock dies with the connection
                await self._conn.commit()
                return True
            self._held = await try_advisory_lock(self._conn, self.key)
            if self._held:
                log.info("worker %s: took the %s lock", os.getpid(), self.key)
            return self._held
        except (OSError, TimeoutError, DBAPIError, OperationalError, PostgresError):
            # PostgresError: asyncpg's own, raised unwrapped while connecting to a server that is
            # starting up or refusing connections (a restart): wait and try again, do not exit.
            log.warning("worker: lost the database connection holding %s", self.key)
            await self._drop()
            return False

    async def release(self) -> None:
        if self._conn is not None and self._held:
            # If the connection is gone, PostgreSQL has released the lock already.
            with contextlib.suppress(OSError, DBAPIError, OperationalError):
                await advisory_unlock(self._conn, self.key)
        await self._drop()

    async def _drop(self) -> None:
        self._held = False
        if self._conn is not None:
            conn, self._conn = self._conn, None
            with contextlib.suppress(OSError, DBAPIError, OperationalError):
                await conn.close()
