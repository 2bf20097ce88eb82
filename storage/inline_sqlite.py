"""SQLite for SQLAlchemy's async API without a thread hop per statement.

aiosqlite runs every statement on its own thread and hands the result back through the event
loop: 75–130 µs of CPU per hop, most of an ORM transaction's cost. This module gives SQLAlchemy's
aiosqlite dialect (through ``async_creator``) a connection with the same async methods that runs
each statement inline on the standard ``sqlite3`` module: the awaitables finish without leaving
the loop, so the async repositories work unchanged at a fraction of the cost.

The price: a statement blocks the loop while it runs (microseconds for this schema), and a
transaction that waits for SQLite's write lock would block it too. So the engine built here holds
exactly one connection (``pool_size=1``): transactions of one process take turns in the pool's
async queue, never in SQLite's busy handler. One process per SQLite file, as the embedded mode
runs anyway.

One exception to "inline": the WAL checkpoint. SQLite's automatic one runs inside the commit that
crosses 1,000 pages and syncs the files there, which froze the loop (measured: up to 22 ms, ~100 µs
of waiting per event with the replies' payloads). So the connection turns it off and, at most every
``CHECKPOINT_SECONDS``, a commit starts a ``PASSIVE`` checkpoint on a second connection in a worker
thread and does not wait for it: writers go on meanwhile (in WAL mode a checkpoint never blocks
them). Holding the pool's one connection for it instead stalled every transaction for the 40–60 ms
the checkpoint and its syncs take, once a second: that was the p99 of ``serve``. Frames written while
it ran are copied by a short second round; the WAL starts over at the first write after a round that
caught up. Should it grow past ``WAL_LIMIT_PAGES`` anyway, the next commit holds the connection
and waits for a checkpoint, as a last resort that bounds the file.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

CHECKPOINT_SECONDS = 1.0
CATCH_UP_ROUNDS = 4  # a checkpoint copies what was written during the one before: a few rounds catch up
WAL_LIMIT_PAGES = 16_384  # ~64 MB of WAL: past it a commit waits for a checkpoint


class _Cursor:
    __slots__ = ("_cursor",)

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    async def execute(self, sql: str, parameters: Sequence[Any] = ()) -> _Cursor:
        self._cursor.execute(sql, parameters)
        return self

    async def executemany(self, sql: str, parameters: Iterable[Sequence[Any]]) -> _Cursor:
        self._cursor.executemany(sql, parameters)
        return self

    async def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchmany(self, size: int = 1) -> list[Any]:
        return self._cursor.fetchmany(size)

    async def close(self) -> None:
        self._cursor.close()


class _RunNow:
    """Stands for aiosqlite's request queue, which SQLAlchemy's isolation-level setter uses."""

    def put_nowait(self, item: tuple[asyncio.Future[Any], Callable[[], Any]]) -> None:
        future, function = item
        try:
            future.set_result(function())
        except Exception as exc:
            future.set_exception(exc)


class InlineConnection:
    """The parts of ``aiosqlite.Connection`` SQLAlchemy's dialect calls, run inline."""

    def __init__(self, connection: sqlite3.Connection, checkpointer: Callable[[], sqlite3.Connection]) -> None:
        self._conn = connection
        self._tx = _RunNow()
        self._next_checkpoint = time.monotonic() + CHECKPOINT_SECONDS
        self._open_checkpointer = checkpointer
        self._checkpointer: sqlite3.Connection | None = None  # opened on the first checkpoint
        self._checkpointing: asyncio.Task[None] | None = None
        self._wal_over_limit = False

    @property
    def isolation_level(self) -> str | None:
        return self._conn.isolation_level

    @property
    def sqlite(self) -> sqlite3.Connection:
        """The plain connection (``storage.sqlite_fast`` runs the batch's fixed statements on it)."""
        return self._conn

    async def cursor(self) -> _Cursor:
        return _Cursor(self._conn.cursor())

    async def execute(self, sql: str, parameters: Sequence[Any] = ()) -> _Cursor:
        return _Cursor(self._conn.execute(sql, parameters))

    async def commit(self) -> None:
        self._conn.commit()
        if self._wal_over_limit:  # the last resort: nobody writes until the WAL is copied back
            self._wal_over_limit = False
            await self.wait_for_checkpoint()
            await asyncio.to_thread(self._checkpoint)
        elif time.monotonic() >= self._next_checkpoint and not self.checkpointing:
            self._next_checkpoint = time.monotonic() + CHECKPOINT_SECONDS
            self._checkpointing = asyncio.get_running_loop().create_task(self._checkpoint_rounds(), name="checkpoint")

    @property
    def checkpointing(self) -> bool:
        return self._checkpointing is not None and not self._checkpointing.done()

    async def wait_for_checkpoint(self) -> None:
        if self._checkpointing is not None:
            await asyncio.gather(self._checkpointing, return_exceptions=True)

    async def _checkpoint_rounds(self) -> None:
        for _ in range(CATCH_UP_ROUNDS):
            wal_pages, copied = await asyncio.to_thread(self._checkpoint)
            if copied >= wal_pages:
                return
        self._wal_over_limit = wal_pages > WAL_LIMIT_PAGES

    def _checkpoint(self) -> tuple[int, int]:
        """One ``PASSIVE`` checkpoint on the second connection: the WAL's pages and how many are copied."""
        if self._checkpointer is None:
            self._checkpointer = self._open_checkpointer()
        _busy, wal_pages, copied = self._checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return int(wal_pages), int(copied)

    async def rollback(self) -> None:
        self._conn.rollback()

    async def close(self) -> None:
        await self.wait_for_checkpoint()
        self.stop()

    def stop(self) -> None:
        self._conn.close()
        if self._checkpointer is not None and not self.checkpointing:
            self._checkpointer.close()

    async def create_function(self, *args: Any, **kwargs: Any) -> None:
        self._conn.create_function(*args, **kwargs)


def connector(database: str, timeout_seconds: float) -> Callable[[], Any]:
    """The ``async_creator`` for ``create_async_engine``: opens ``database`` inline."""

    async def connect(*_args: Any, timeout: float | None = None, **_ignored: Any) -> InlineConnection:
        # ``timeout``: the engine's connect_args (the busy timeout in seconds), if any were given.
        wait = timeout_seconds if timeout is None else timeout
        raw = sqlite3.connect(database, timeout=wait, isolation_level=None, check_same_thread=False)
        raw.execute("PRAGMA wal_autocheckpoint=0")  # done off the loop by ``commit`` instead
        return InlineConnection(raw, lambda: sqlite3.connect(database, timeout=wait, check_same_thread=False))

    return connect
