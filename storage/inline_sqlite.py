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
of waiting per event with the replies' payloads). So the connection turns it off and checkpoints in
two steps, at most every ``CHECKPOINT_SECONDS``:

1. a commit starts a ``PASSIVE`` checkpoint on a second connection in a worker thread and does not
   wait for it: it copies the bulk of the WAL and syncs the database file while writers go on (in
   WAL mode a checkpoint never blocks them);
2. the first commit after it finished copies what was written meanwhile on the connection itself,
   in a worker thread, holding the connection: a small copy, so transactions wait a few ms instead
   of the 40–60 ms a whole second's WAL took (held for the whole checkpoint, that was ``serve``'s p99).

Only step 2 lets the WAL start over: SQLite restarts the log at the first write of a transaction that
began with every frame copied back, which a checkpoint racing with writers never leaves behind (step
1 alone let the WAL grow by 14 MB/s under load).

``write_now`` writes one transaction on the connection at once, past the pool, when nothing else has a transaction
open on it (the webhooks' inbox rows: see there why).
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
import weakref
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

CHECKPOINT_SECONDS = 1.0


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
        self._checkpointing: asyncio.Task[None] | None = None  # step 1
        self._finish_checkpoint = False  # step 2 is due
        self._lent = False  # step 2 runs on this connection in a worker thread
        self._closed = False

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
        if self._finish_checkpoint:
            self._finish_checkpoint = False
            self._lent = True
            try:
                await asyncio.to_thread(_checkpoint, self._conn)
            finally:
                self._lent = False
        else:
            self._start_checkpoint_if_due()

    def _start_checkpoint_if_due(self) -> None:
        if time.monotonic() >= self._next_checkpoint and not self.checkpointing:
            self._next_checkpoint = time.monotonic() + CHECKPOINT_SECONDS
            self._checkpointing = asyncio.get_running_loop().create_task(self._checkpoint_beside(), name="checkpoint")

    @property
    def free(self) -> bool:
        """No transaction is open on the connection and no thread holds it: ``write_now`` may write."""
        return not self._conn.in_transaction and not self._lent and not self._closed

    def write_now(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """``sql`` for each of ``rows`` in one transaction of its own, committed before this returns (call only
        when ``free``). Nothing awaits in between, so no other transaction of this process can interleave: the
        pool's turn-taking is not needed, and neither its cost nor SQLAlchemy's session (~230 µs of a ~310 µs
        transaction of three inbox rows, measured; the statement and the commit are the rest)."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            self._conn.executemany(sql, rows)
            self._conn.commit()
        except BaseException:
            self._conn.rollback()
            raise
        self._start_checkpoint_if_due()  # (step 2, if due, waits for the next commit through the pool)

    @property
    def checkpointing(self) -> bool:
        return self._checkpointing is not None and not self._checkpointing.done()

    async def wait_for_checkpoint(self) -> None:
        if self._checkpointing is not None:
            await asyncio.gather(self._checkpointing, return_exceptions=True)

    async def _checkpoint_beside(self) -> None:
        if self._checkpointer is None:
            self._checkpointer = self._open_checkpointer()
        await asyncio.to_thread(_checkpoint, self._checkpointer)
        self._finish_checkpoint = True

    async def rollback(self) -> None:
        self._conn.rollback()

    async def close(self) -> None:
        await self.wait_for_checkpoint()
        self.stop()

    def stop(self) -> None:
        self._closed = True
        self._conn.close()
        if self._checkpointer is not None and not self.checkpointing:
            self._checkpointer.close()

    async def create_function(self, *args: Any, **kwargs: Any) -> None:
        self._conn.create_function(*args, **kwargs)


def _checkpoint(connection: sqlite3.Connection) -> None:
    try:  # fetchall: a statement left unfinished would keep a read lock, and the WAL could not start over
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    except sqlite3.Error as exc:  # the commit before it stands; the next checkpoint copies what this one did not
        log.warning("sqlite: a WAL checkpoint failed (%s)", type(exc).__name__)


class _Opened:
    connection: InlineConnection | None = None


# Each inline engine's one connection, once opened (``free_connection``).
_opened: weakref.WeakKeyDictionary[Engine, _Opened] = weakref.WeakKeyDictionary()


def free_connection(engine: Engine) -> InlineConnection | None:
    """``engine``'s inline connection if it is ``free`` now; None if it is not, or ``engine`` is not inline."""
    opened = _opened.get(engine)
    connection = opened.connection if opened is not None else None
    return connection if connection is not None and connection.free else None


def connector(database: str, timeout_seconds: float) -> tuple[Callable[[], Any], Callable[[Engine], None]]:
    """The ``async_creator`` for ``create_async_engine``, which opens ``database`` inline, and the function to
    call with the engine made with it (for ``free_connection``)."""
    opened = _Opened()

    async def connect(*_args: Any, timeout: float | None = None, **_ignored: Any) -> InlineConnection:
        # ``timeout``: the engine's connect_args (the busy timeout in seconds), if any were given.
        wait = timeout_seconds if timeout is None else timeout
        raw = sqlite3.connect(database, timeout=wait, isolation_level=None, check_same_thread=False)
        raw.execute("PRAGMA wal_autocheckpoint=0")  # done off the loop by ``commit`` instead
        opened.connection = InlineConnection(
            raw, lambda: sqlite3.connect(database, timeout=wait, check_same_thread=False)
        )
        return opened.connection

    def made(engine: Engine) -> None:
        _opened[engine] = opened

    return connect, made
