"""One channel's delivery: claim a batch (short transaction), send it, record the verdicts.

``run`` pipelines the three: the next batch is claimed while this one is being sent, and verdicts
are written in the background (one write in flight, in order), so the platform pace, not the
database round trips, sets the throughput. On stop the batch in hand is sent and recorded; a batch
claimed ahead but not sent is handed back (pending again) for whoever sends next.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import metrics
from bot.senders import Outgoing, Result, Sender
from storage import Outbox
from storage.types import utcnow

# Rows without a retry key (queued before the column existed) get a stable one from their id.
_KEY_NAMESPACE = uuid.UUID("6f1c1d1e-8a4e-4d8e-9b7a-0c9e1f2a3b4c")

Clock = Callable[[], datetime]


def outgoing(row: Any) -> Outgoing:
    """An ``Outgoing`` from a claimed row (``Outbox.claim_groups``)."""
    key = row.retry_key or str(uuid.uuid5(_KEY_NAMESPACE, f"delivery:{row.id}"))
    return Outgoing(row.id, row.platform, row.recipient, dict(row.payload), key, row.kind)


class ChannelDelivery:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        sender: Sender,
        *,
        batch_size: int,
        lease: timedelta,
        max_attempts: int,
    ) -> None:
        self.sessions, self.sender = sessions, sender
        self.platform = sender.platform
        self.batch_size, self.lease, self.max_attempts = batch_size, lease, max_attempts
        self.totals: Counter[str] = Counter()

    async def claim(self, clock: Clock) -> list[Outgoing]:
        async with self.sessions.begin() as session:
            rows = await Outbox(session).claim_groups(self.platform, self.batch_size, clock(), self.lease)
            return [outgoing(row) for row in rows]

    async def record(self, items: list[Outgoing], results: list[Result], clock: Clock) -> None:
        async with self.sessions.begin() as session:
            counts = await Outbox(session).record_results(
                [(item.id, result) for item, result in zip(items, results, strict=True)],
                now=clock(),
                max_attempts=self.max_attempts,
            )
        self.totals.update(counts)
        metrics.record_deliveries(self.platform, counts)

    async def release(self, items: list[Outgoing]) -> None:
        if items:
            async with self.sessions.begin() as session:
                await Outbox(session).release([item.id for item in items], utcnow())

    async def run_batch(self, clock: Clock) -> int:
        """Send one batch of due rows; returns how many rows it held (0: nothing was due)."""
        items = await self.claim(clock)
        if items:
            await self.record(items, await self.sender.send(items), clock)
        return len(items)

    async def run(self, stop: asyncio.Event, keep_going: Callable[[], Awaitable[bool]], poll: float) -> None:
        """Send until ``stop`` is set or ``keep_going()`` says no (the channel lock was lost)."""
        ahead: asyncio.Task[list[Outgoing]] | None = None
        recording: asyncio.Task[None] | None = None
        try:
            while not stop.is_set() and await keep_going():
                items = await ahead if ahead is not None else await self.claim(utcnow)
                ahead = None
                if not items:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), poll)
                    continue
                if not stop.is_set():
                    ahead = asyncio.create_task(self.claim(utcnow))
                results = await self.sender.send(items)
                if recording is not None:
                    await recording
                recording = asyncio.create_task(self.record(items, results, utcnow))
        finally:
            if recording is not None:
                await recording
            if ahead is not None:
                await self.release(await ahead)
