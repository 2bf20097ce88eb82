"""One channel's delivery: claim a batch (short transaction), send it, record the verdicts."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.senders import Outgoing, Result, Sender
from storage import Outbox
from storage.models import Delivery

# Rows without a retry key (queued before the column existed) get a stable one from their id.
_KEY_NAMESPACE = uuid.UUID("6f1c1d1e-8a4e-4d8e-9b7a-0c9e1f2a3b4c")


def outgoing(row: Delivery) -> Outgoing:
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
        self.broadcasts_touched: set[int] = set()

    async def run_batch(self, clock: Callable[[], datetime]) -> int:
        """Send one batch of due rows; returns how many rows it held (0: nothing was due)."""
        async with self.sessions.begin() as session:
            rows = await Outbox(session).claim_groups(self.platform, self.batch_size, clock(), self.lease)
            items = [outgoing(row) for row in rows]
            self.broadcasts_touched.update(row.broadcast_id for row in rows if row.broadcast_id is not None)
        if not items:
            return 0
        results: list[Result] = await self.sender.send(items)
        async with self.sessions.begin() as session:
            counts = await Outbox(session).record_results(
                [(item.id, result) for item, result in zip(items, results, strict=True)],
                now=clock(),
                max_attempts=self.max_attempts,
            )
        self.totals.update(counts)
        return len(items)
