"""Processed webhook events: the deduplication table for redelivered webhooks."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, literal_column

from storage.models import ProcessedEvent
from storage.repos._base import Repository
from storage.types import utcnow


class Events(Repository):
    async def mark_processed(self, platform: str, event_key: str, now: datetime | None = None) -> bool:
        """Record the event; True if it is new, False if it was seen before.

        ``INSERT … ON CONFLICT DO NOTHING``: two requests racing with the same key cannot both
        get True (the second waits for the first's transaction, then inserts nothing).
        """
        stmt = (
            self.insert(ProcessedEvent)
            .values(platform=platform, event_key=event_key, processed_at=now or utcnow())
            .on_conflict_do_nothing(index_elements=["platform", "event_key"])
            .returning(literal_column("1"))
        )
        result = await self.session.execute(stmt)
        return result.scalar_one_or_none() is not None

    async def prune(self, older_than: datetime) -> int:
        """Forget events processed before ``older_than`` (after the platforms stop redelivering)."""
        result = await self.session.execute(delete(ProcessedEvent).where(ProcessedEvent.processed_at < older_than))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
