"""Group commit into the inbox: webhook requests arriving together share one transaction.

A request hands its events over and waits; the writer lingers a couple of milliseconds for
others, inserts everything in one transaction and then wakes them all (and the processor). If the
commit fails every waiter gets the error, so each webhook answers 503 and the platform redelivers:
a 200 is only ever sent for events on disk.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from storage import Inbox, NewInboxEvent, transaction
from storage.inline_sqlite import free_connection
from storage.repos.inbox import add_now

log = logging.getLogger(__name__)

LINGER_SECONDS = 0.001
MAX_EVENTS_PER_COMMIT = 1000


Store = Callable[[list[NewInboxEvent]], Awaitable[None]]


def into_database(sessions: async_sessionmaker[AsyncSession]) -> Store:
    engine = sessions.kw.get("bind")
    inline = engine.sync_engine if isinstance(engine, AsyncEngine) else None

    async def store(events: list[NewInboxEvent]) -> None:
        # SQLite, when no transaction is open on the process's connection: the rows in one of their own, at once
        # (the session's, the pool's and BEGIN's cost was three quarters of the transaction, measured).
        if inline is not None and (free := free_connection(inline)) is not None:
            add_now(free, events)
            return
        async with transaction(sessions) as session:
            await Inbox(session).add_many(events)

    return store


class InboxWriter:
    """Groups the events of requests arriving together into one ``store`` call: one transaction here,
    one message to the core process in ``serve``'s HTTP process (``bot.pipeline.core_link``)."""

    def __init__(
        self,
        store: Store,
        on_commit: Callable[[], None] = lambda: None,
        linger: float = LINGER_SECONDS,
    ) -> None:
        self._store, self._on_commit, self._linger = store, on_commit, linger
        self._waiting: list[tuple[Sequence[NewInboxEvent], asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def add(self, events: Sequence[NewInboxEvent]) -> None:
        """Return once ``events`` are committed; raise what the commit raised."""
        if not events:
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((events, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.get_running_loop().create_task(self._write(), name="inbox-writer")
        await future

    async def _write(self) -> None:
        if self._linger:
            await asyncio.sleep(self._linger)
        while self._waiting:
            batch: list[tuple[Sequence[NewInboxEvent], asyncio.Future[None]]] = []
            count = 0
            while self._waiting and count < MAX_EVENTS_PER_COMMIT:
                events, future = self._waiting.pop(0)
                batch.append((events, future))
                count += len(events)
            try:
                await self._store([e for events, _ in batch for e in events])
            except Exception as exc:
                log.warning("inbox: commit of %d events failed (%s)", count, type(exc).__name__)
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for _, future in batch:
                if not future.done():
                    future.set_result(None)
            self._on_commit()
