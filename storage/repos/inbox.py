"""The inbox: webhook events made durable before the 200, handled later by the batch processor.

Adding is one compiled ``INSERT … ON CONFLICT DO NOTHING`` run with the rows as parameters: a
redelivered event (same platform and event key) inserts nothing. A claim takes pending rows in
arrival (``id``) order; on PostgreSQL ``FOR UPDATE SKIP LOCKED`` so replicas take different rows,
and the lock lasts until the claiming transaction ends: a processor that dies releases its rows
with its connection, nothing to time out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Integer, Row, Table, bindparam, delete, func, select, tuple_, update

from storage import sqlite_fast
from storage.inline_sqlite import InlineConnection
from storage.models import InboxEvent, InboxStatus
from storage.repos._base import Repository
from storage.types import utcnow

UserKey = tuple[str, str]  # (platform, platform user id)
_INBOX = cast(Table, InboxEvent.__table__)  # Core statements: the batch path reads plain rows, not ORM objects
_PENDING = (
    select(_INBOX.c.id)
    .where(_INBOX.c.status == InboxStatus.PENDING)
    .order_by(_INBOX.c.id)
    .limit(bindparam("limit", type_=Integer, literal_execute=True))
    .with_for_update(skip_locked=True)
)
# Built once: constructing a statement cost more than running it.
_TAKE = (
    update(_INBOX)
    .where(_INBOX.c.id.in_(_PENDING.scalar_subquery()))
    .values(status=InboxStatus.DONE, done_at=bindparam("now"))
    .returning(*_INBOX.c)
)
_PUT_BACK = (
    update(_INBOX)
    .where(_INBOX.c.id.in_(bindparam("ids", expanding=True)))
    .values(status=InboxStatus.PENDING, done_at=None)
)


@dataclass(frozen=True, slots=True)
class InboxRow:
    """A taken inbox event: what the batch processor reads of it."""

    id: int
    platform: str
    event_key: str
    user_key: str
    kind: str
    text: str
    reply_handle: str
    language: str
    occurred_at: datetime | None
    received_at: datetime


_ROW_COLUMNS: tuple[str, ...] = tuple(InboxRow.__slots__)
_ADD_SQLITE = (  # ``add_many``'s statement as SQLite text (``storage.sqlite_fast``)
    "INSERT INTO inbox (platform, event_key, user_key, kind, text, reply_handle, language, occurred_at, received_at, "
    "status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending') ON CONFLICT (platform, event_key) DO NOTHING"
)
_TAKE_SQLITE = (  # ``_TAKE`` as SQLite text (``storage.sqlite_fast``)
    "UPDATE inbox SET status = 'done', done_at = ? WHERE id IN "
    "(SELECT id FROM inbox WHERE status = 'pending' ORDER BY id LIMIT ?) RETURNING " + ", ".join(_ROW_COLUMNS)
)


def add_now(connection: InlineConnection, events: Sequence[NewInboxEvent]) -> None:
    """``Inbox.add_many`` in a transaction of its own, committed at once on a free inline connection
    (``InlineConnection.write_now``)."""
    connection.write_now(_ADD_SQLITE, _sqlite_rows(events, utcnow()))


def _sqlite_rows(events: Sequence[NewInboxEvent], received: datetime) -> list[tuple[Any, ...]]:
    at = sqlite_fast.to_text(received)
    return [(e.platform, e.event_key, e.user_key, e.kind, e.text, e.reply_handle, e.language,
             None if e.occurred_at is None else sqlite_fast.to_text(e.occurred_at), at) for e in events]


def _from_sqlite(
    id: int, platform: str, event_key: str, user_key: str, kind: str, text: str, reply_handle: str, language: str,
    occurred_at: str | None, received_at: str,
) -> InboxRow:
    received = sqlite_fast.from_text(received_at)
    assert received is not None  # NOT NULL
    return InboxRow(id, platform, event_key, user_key, kind, text, reply_handle, language,
                    sqlite_fast.from_text(occurred_at), received)


@dataclass(frozen=True, slots=True)
class NewInboxEvent:
    platform: str
    event_key: str
    user_key: str
    kind: str
    text: str = ""
    reply_handle: str = ""
    language: str = ""
    occurred_at: datetime | None = None


class Inbox(Repository):
    async def add_many(self, events: Sequence[NewInboxEvent], now: datetime | None = None) -> None:
        """Store ``events``; those already stored (redeliveries) are skipped."""
        if not events:
            return
        received = now or utcnow()
        raw = await sqlite_fast.inline_connection(self.session)
        if raw is not None:
            raw.executemany(_ADD_SQLITE, _sqlite_rows(events, received))
            return
        rows = [{**asdict(e), "received_at": received, "status": InboxStatus.PENDING} for e in events]
        stmt = self.insert(InboxEvent.__table__).on_conflict_do_nothing(index_elements=["platform", "event_key"])
        await self.session.execute(stmt, rows)

    async def claim(self, limit: int) -> list[Row[Any]]:
        """Up to ``limit`` pending events (rows with the inbox's columns as attributes), oldest first,
        locked (PostgreSQL) until the transaction ends."""
        stmt = (
            select(_INBOX)
            .where(_INBOX.c.status == InboxStatus.PENDING)
            .order_by(_INBOX.c.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return list((await self.session.execute(stmt)).all())

    async def take(self, limit: int, now: datetime | None = None) -> list[InboxRow]:
        """``claim`` and ``mark_done`` in one statement: up to ``limit`` pending events, oldest first,
        already marked done in this transaction (the batch processor's, which commits them done with
        their replies or not at all), in ``id`` order."""
        now = now or utcnow()
        raw = await sqlite_fast.inline_connection(self.session)
        if raw is not None:
            taken = [_from_sqlite(*values) for values in raw.execute(_TAKE_SQLITE, (sqlite_fast.to_text(now), limit))]
        else:
            result = await self.session.execute(_TAKE, {"limit": limit, "now": now})
            taken = [InboxRow(*(getattr(row, c) for c in _ROW_COLUMNS)) for row in result]
        return sorted(taken, key=lambda r: r.id)  # RETURNING promises no order

    async def put_back(self, ids: Sequence[int]) -> None:
        """Return taken events to pending (their person's older event is still being handled elsewhere)."""
        if ids:
            await self.session.execute(_PUT_BACK, {"ids": list(ids)})

    async def oldest_pending(self, users: Iterable[UserKey]) -> dict[UserKey, int]:
        """The id of each user's oldest pending event (claimed by anyone or not)."""
        keys = sorted(set(users))
        if not keys:
            return {}
        stmt = (
            select(InboxEvent.platform, InboxEvent.user_key, func.min(InboxEvent.id))
            .where(
                InboxEvent.status == InboxStatus.PENDING,
                tuple_(InboxEvent.platform, InboxEvent.user_key).in_(keys),
            )
            .group_by(InboxEvent.platform, InboxEvent.user_key)
        )
        return {(p, u): int(first) for p, u, first in (await self.session.execute(stmt)).all()}

    async def mark_done(self, ids: Sequence[int], now: datetime | None = None) -> None:
        if ids:
            done = {"status": InboxStatus.DONE, "done_at": now or utcnow()}
            await self.session.execute(update(_INBOX).where(_INBOX.c.id.in_(ids)).values(**done))

    async def pending_count(self) -> int:
        stmt = select(func.count()).select_from(InboxEvent).where(InboxEvent.status == InboxStatus.PENDING)
        return int((await self.session.execute(stmt)).scalar_one())

    async def prune(self, older_than: datetime) -> int:
        """Delete events handled before ``older_than`` (past the platforms' redelivery window).

        A redelivery of a pruned event would be handled again, so keep them longer than LINE and
        Telegram retry (hours, not days).
        """
        stmt = delete(InboxEvent).where(InboxEvent.status == InboxStatus.DONE, InboxEvent.done_at < older_than)
        result = await self.session.execute(stmt)
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
