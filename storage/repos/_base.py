"""What every repository shares: the session, and the dialect's INSERT with ON CONFLICT."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

PREFETCHED = "prefetched"  # session.info key: rows a batch loaded ahead, each usable once
BATCHED_STATS = "batched_stats"  # session.info key: message counts a batch inserts at its end, in one statement
MISSING = object()


def prefetched(session: AsyncSession, key: tuple[object, ...]) -> Any:
    """A row the caller loaded ahead for the next lookup of ``key`` (used once), else ``MISSING``.

    The batch processor loads a batch's users and states with one ``IN`` query each and hands each
    event its own person's rows here, so the engine's per-event lookups cost no round trip.
    """
    cache = session.info.get(PREFETCHED)
    return cache.pop(key, MISSING) if cache else MISSING


class Repository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @property
    def dialect(self) -> str:
        return self.session.get_bind().dialect.name

    def insert(self, table: Any) -> Any:
        """``INSERT`` with ``on_conflict_do_nothing`` / ``on_conflict_do_update`` for this backend."""
        if self.dialect == "postgresql":
            return postgresql.insert(table)
        return sqlite.insert(table)
