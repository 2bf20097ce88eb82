"""The outbox: outbound deliveries written in the transaction that causes them, sent by a worker.

A claim moves rows to ``sending`` and pushes ``next_attempt_at`` forward by a lease: a worker that
dies mid-batch leaves rows that another worker reclaims once the lease has run out.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple, Protocol, cast

from sqlalchemy import Row, Table, bindparam, delete, exists, func, literal_column, or_, select, update

from storage import sqlite_fast
from storage.errors import NotFoundError
from storage.models import Delivery, DeliveryKind, DeliveryStatus, ReplyBody, User
from storage.repos._base import Repository
from storage.types import json_loads, utcnow

DEFAULT_LEASE = timedelta(minutes=5)
_DELIVERIES = cast(Table, Delivery.__table__)  # Core: the ORM's bulk-update bookkeeping cost more than the update
_MARK_SENT = (  # the common verdict, built once (building a statement cost more than running it)
    update(_DELIVERIES)
    .where(_DELIVERIES.c.id.in_(bindparam("ids", expanding=True)))
    .values(status=DeliveryStatus.SENT, sent_at=bindparam("now"), last_error=None)
)
# ``_MARK_SENT`` as SQLite text (``storage.sqlite_fast``)
_MARK_SENT_SQLITE = "UPDATE deliveries SET status = 'sent', sent_at = ?, last_error = NULL WHERE id IN ({ids})"


class Claimed(NamedTuple):
    """A claimed row (``Outbox.claim_groups``), its payload whole (messages stored once put back)."""

    id: int
    kind: str
    platform: str
    recipient: str
    payload: dict[str, Any]
    retry_key: str | None
    attempts: int
    broadcast_id: int | None
    body_digest: str | None


CLAIM_COLUMNS = Claimed._fields


@dataclass(frozen=True)
class NewDelivery:
    """One delivery to enqueue (``Outbox.enqueue_many``)."""

    kind: str
    platform: str
    recipient: str
    payload: dict[str, Any]
    idempotency_key: str
    user_id: int | None = None
    broadcast_id: int | None = None
    retry_key: str | None = None  # a fresh UUID when None


class SendResult(Protocol):
    """What ``record_results`` reads of a sender's verdict (``bot.senders.Result``)."""

    @property
    def verdict(self) -> str: ...
    @property
    def error(self) -> str: ...
    @property
    def retry_after(self) -> float | None: ...


QUOTA_RETRY = timedelta(hours=1)


def retry_delay(attempt: int, base: float = 2.0, cap: float = 900.0) -> timedelta:
    """Exponential backoff with jitter for the ``attempt``-th try (1-based): 1-2 s, 2-4 s, …"""
    ceiling = min(cap, base * 2 ** max(0, attempt - 1))
    return timedelta(seconds=random.uniform(ceiling / 2, ceiling))


class Outbox(Repository):
    async def enqueue(
        self,
        kind: str,
        platform: str,
        recipient: str,
        payload: dict[str, Any],
        idempotency_key: str,
        *,
        user_id: int | None = None,
        broadcast_id: int | None = None,
        not_before: datetime | None = None,
        now: datetime | None = None,
    ) -> bool:
        """Add a delivery; False (and nothing added) if the idempotency key is already queued."""
        item = NewDelivery(kind, platform, recipient, payload, idempotency_key, user_id, broadcast_id)
        return await self.enqueue_many([item], not_before=not_before, now=now) == 1

    async def enqueue_many(
        self, items: Sequence[NewDelivery], *, not_before: datetime | None = None, now: datetime | None = None
    ) -> int:
        """Add deliveries, skipping idempotency keys already present; returns how many were added."""
        if not items:
            return 0
        now = now or utcnow()
        added = 0
        for start in range(0, len(items), 500):
            rows = [
                {
                    "kind": item.kind,
                    "platform": item.platform,
                    "recipient": item.recipient,
                    "payload": item.payload,
                    "idempotency_key": item.idempotency_key,
                    "user_id": item.user_id,
                    "broadcast_id": item.broadcast_id,
                    "retry_key": item.retry_key or str(uuid.uuid4()),
                    "status": DeliveryStatus.PENDING,
                    "attempts": 0,
                    "next_attempt_at": not_before or now,
                    "created_at": now,
                }
                for item in items[start : start + 500]
            ]
            stmt = (
                self.insert(Delivery.__table__)
                .values(rows)
                .on_conflict_do_nothing(index_elements=["idempotency_key"])
                .returning(literal_column("1"))
            )
            added += len((await self.session.execute(stmt)).all())
        return added

    async def get(self, delivery_id: int) -> Delivery | None:
        return await self.session.get(Delivery, delivery_id)

    async def claim_batch(
        self, channel: str, limit: int, now: datetime | None = None, lease: timedelta = DEFAULT_LEASE
    ) -> list[Delivery]:
        """Take up to ``limit`` deliveries for platform ``channel`` that are due, oldest first.

        One ``UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING``: on PostgreSQL two
        workers never get the same row; SQLite has a single writer (``BEGIN IMMEDIATE``).
        Each claimed row counts one attempt. Commit promptly to publish the claim.
        """
        now = now or utcnow()
        due = (
            select(Delivery.id)
            .where(
                Delivery.platform == channel,
                Delivery.status.in_([DeliveryStatus.PENDING, DeliveryStatus.SENDING]),
                Delivery.next_attempt_at <= now,
            )
            .order_by(Delivery.next_attempt_at, Delivery.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        stmt = (
            update(Delivery)
            .where(Delivery.id.in_(due.scalar_subquery()))
            .values(status=DeliveryStatus.SENDING, attempts=Delivery.attempts + 1, next_attempt_at=now + lease)
            .returning(Delivery)
            .execution_options(synchronize_session=False, populate_existing=True)
        )
        claimed = list((await self.session.scalars(stmt)).all())
        return sorted(claimed, key=lambda d: d.id)

    async def claim_groups(
        self, channel: str, limit: int, now: datetime | None = None, lease: timedelta = DEFAULT_LEASE
    ) -> list[Claimed]:
        """Like ``claim_batch``, plus the rest of each claimed broadcast row's multicast group.

        Broadcast rows sharing a ``retry_key`` are one LINE multicast call: a retry must repeat the
        same call with the same recipients, so a group is never split across claims. Only the one
        sender that holds the channel's lock claims broadcast rows, so no other claim races this.
        Returns plain rows (``CLAIM_COLUMNS``), not ORM objects: building thousands of those per
        batch cost the worker more than the sending.
        """
        now = now or utcnow()
        table = cast(Table, Delivery.__table__)
        due = (
            select(table.c.id)
            .where(
                table.c.platform == channel,
                table.c.status.in_([DeliveryStatus.PENDING, DeliveryStatus.SENDING]),
                table.c.next_attempt_at <= now,
            )
            .order_by(table.c.next_attempt_at, table.c.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        claim = {"status": DeliveryStatus.SENDING, "attempts": table.c.attempts + 1, "next_attempt_at": now + lease}
        columns = [table.c[name] for name in CLAIM_COLUMNS]
        stmt = update(table).where(table.c.id.in_(due.scalar_subquery())).values(**claim).returning(*columns)
        claimed = list((await self.session.execute(stmt)).all())
        keys = {r.retry_key for r in claimed if r.kind == DeliveryKind.BROADCAST and r.retry_key}
        if keys:
            siblings = (
                update(table)
                .where(
                    table.c.platform == channel,
                    table.c.retry_key.in_(keys),
                    # the kind as a literal: the retry-key index holds broadcast rows only (SQLite and PostgreSQL
                    # use such an index only where the query names its condition as it is written)
                    table.c.kind == literal_column(f"'{DeliveryKind.BROADCAST.value}'"),
                    or_(
                        table.c.status == DeliveryStatus.PENDING,
                        (table.c.status == DeliveryStatus.SENDING) & (table.c.next_attempt_at <= now),
                    ),
                )
                .values(**claim)
                .returning(*columns)
            )
            claimed += list((await self.session.execute(siblings)).all())
        return await self._with_bodies(sorted(claimed, key=lambda r: r.id))

    async def store_bodies(self, bodies: Sequence[tuple[str, str]], now: datetime) -> None:
        """Store the (digest, messages JSON) bodies not stored yet, in the order given (sorted by the caller:
        two transactions inserting the same bodies then never wait on each other in a circle)."""
        if bodies:
            await self.session.execute(self.insert(ReplyBody).on_conflict_do_nothing(),
                                       [{"digest": d, "messages": m, "created_at": now} for d, m in bodies])

    async def _with_bodies(self, rows: list[Row[Any]]) -> list[Claimed]:
        """``rows``, those whose messages are stored once (``ReplyBody``) with the messages back in their payload."""
        claimed = [Claimed(*row) for row in rows]
        digests = {c.body_digest for c in claimed if c.body_digest is not None}
        if not digests:
            return claimed
        stmt = select(ReplyBody.digest, ReplyBody.messages).where(ReplyBody.digest.in_(digests))
        bodies = {digest: json_loads(messages) for digest, messages in (await self.session.execute(stmt)).all()}
        return [
            c if c.body_digest is None
            else c._replace(payload={**c.payload, "messages": bodies[c.body_digest]})  # the foreign key: always there
            for c in claimed
        ]

    async def record_results(
        self, results: Sequence[tuple[int, SendResult]], now: datetime | None = None, max_attempts: int = 8
    ) -> dict[str, int]:
        """Write a sender's verdicts: sent, retry (backoff; dead after ``max_attempts``), dead,
        blocked (row skipped, user inactive, their other pending rows skipped) or quota (back to
        pending in an hour, not counted as an attempt). Returns how many rows got each verdict."""
        now = now or utcnow()
        by_verdict: dict[str, list[tuple[int, SendResult]]] = {}
        for delivery_id, result in results:
            by_verdict.setdefault(str(result.verdict), []).append((delivery_id, result))
        sent = [i for i, _ in by_verdict.get("sent", [])]
        raw = await sqlite_fast.inline_connection(self.session) if sent else None
        for start in range(0, len(sent), 1000):
            ids = sent[start : start + 1000]
            if raw is not None:
                raw.execute(_MARK_SENT_SQLITE.format(ids=sqlite_fast.placeholders(len(ids))),
                            [sqlite_fast.to_text(now), *ids])
            else:
                await self.session.execute(_MARK_SENT, {"ids": ids, "now": now})
        for delivery_id, result in by_verdict.get("dead", []):
            await self._bulk([delivery_id], status=DeliveryStatus.FAILED, last_error=result.error or "dead")
        quota = by_verdict.get("quota", [])
        for start in range(0, len(quota), 1000):
            ids = [i for i, _ in quota[start : start + 1000]]
            await self._bulk(
                ids,
                status=DeliveryStatus.PENDING,
                last_error=quota[start][1].error or "quota",
                next_attempt_at=now + QUOTA_RETRY,
                attempts=func.max(_DELIVERIES.c.attempts - 1, 0) if self.dialect == "sqlite"
                else func.greatest(_DELIVERIES.c.attempts - 1, 0),
            )
        retries = by_verdict.get("retry", [])
        if retries:
            table = _DELIVERIES
            tries_of = select(table.c.id, table.c.attempts).where(table.c.id.in_([i for i, _ in retries]))
            attempts = dict((await self.session.execute(tries_of)).tuples().all())
            for delivery_id, result in retries:
                tries = attempts.get(delivery_id, 1)
                if tries >= max_attempts:
                    error = f"gave up after {tries} attempts: {result.error}"
                    await self._bulk([delivery_id], status=DeliveryStatus.FAILED, last_error=error)
                else:
                    delay = timedelta(seconds=result.retry_after) if result.retry_after else retry_delay(tries)
                    await self._bulk(
                        [delivery_id], status=DeliveryStatus.PENDING, last_error=result.error,
                        next_attempt_at=now + delay,
                    )
        blocked = [i for i, _ in by_verdict.get("blocked", [])]
        if blocked:
            await self._bulk(blocked, status=DeliveryStatus.SKIPPED, last_error="blocked by the user")
            users = select(Delivery.user_id).where(Delivery.id.in_(blocked), Delivery.user_id.is_not(None))
            await self.session.execute(
                update(User).where(User.id.in_(users)).values(active=False, blocked_at=now)
                .execution_options(synchronize_session=False)
            )
            await self.session.execute(
                update(Delivery)
                .where(Delivery.user_id.in_(users), Delivery.status == DeliveryStatus.PENDING)
                .values(status=DeliveryStatus.SKIPPED, last_error="blocked by the user")
                .execution_options(synchronize_session=False)
            )
        return {verdict: len(rows) for verdict, rows in by_verdict.items()}

    async def _bulk(self, ids: Sequence[int], **values: Any) -> None:
        if ids:
            await self.session.execute(update(_DELIVERIES).where(_DELIVERIES.c.id.in_(ids)).values(**values))

    async def release(self, ids: Sequence[int], now: datetime | None = None) -> int:
        """Hand claimed rows back unsent (a worker stopping with a batch claimed ahead)."""
        if not ids:
            return 0
        stmt = (
            update(Delivery)
            .where(Delivery.id.in_(ids), Delivery.status == DeliveryStatus.SENDING)
            .values(status=DeliveryStatus.PENDING, attempts=Delivery.attempts - 1, next_attempt_at=now or utcnow())
            .execution_options(synchronize_session=False)
        )
        result = await self.session.execute(stmt)
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def retry_dead(self, broadcast_id: int, now: datetime | None = None) -> int:
        """Dead (failed) deliveries of a broadcast go back to the queue, same retry keys."""
        stmt = (
            update(Delivery)
            .where(Delivery.broadcast_id == broadcast_id, Delivery.status == DeliveryStatus.FAILED)
            .values(status=DeliveryStatus.PENDING, attempts=0, next_attempt_at=now or utcnow())
            .execution_options(synchronize_session=False)
        )
        result = await self.session.execute(stmt)
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def mark_sent(self, delivery_id: int, now: datetime | None = None) -> None:
        await self._finish(delivery_id, status=DeliveryStatus.SENT, sent_at=now or utcnow(), last_error=None)

    async def mark_failed(self, delivery_id: int, error: str, retry_at: datetime | None) -> None:
        """Record an error; retry at ``retry_at``, or give up for good when it is None."""
        if retry_at is None:
            await self._finish(delivery_id, status=DeliveryStatus.FAILED, last_error=error)
        else:
            await self._finish(delivery_id, status=DeliveryStatus.PENDING, last_error=error, next_attempt_at=retry_at)

    async def mark_skipped(self, delivery_id: int, reason: str) -> None:
        """Not sent and never will be (the recipient blocked the bot, opted out …)."""
        await self._finish(delivery_id, status=DeliveryStatus.SKIPPED, last_error=reason)

    async def _finish(self, delivery_id: int, **values: Any) -> None:
        delivery = await self.get(delivery_id)
        if delivery is None:
            raise NotFoundError(f"delivery {delivery_id} does not exist")
        for name, value in values.items():
            setattr(delivery, name, value)
        await self.session.flush()

    async def cancel_pending(self, *, broadcast_id: int | None = None, user_id: int | None = None) -> int:
        """Cancel not-yet-sent deliveries of a broadcast or a user (claimed ones are left alone)."""
        conditions = []
        if broadcast_id is not None:
            conditions.append(Delivery.broadcast_id == broadcast_id)
        if user_id is not None:
            conditions.append(Delivery.user_id == user_id)
        if not conditions:
            return 0
        stmt = (
            update(Delivery)
            .where(Delivery.status == DeliveryStatus.PENDING, or_(*conditions))
            .values(status=DeliveryStatus.CANCELLED)
            .execution_options(synchronize_session="fetch")
        )
        result = await self.session.execute(stmt)
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def status_counts(self, broadcast_id: int | None = None) -> dict[str, int]:
        stmt = select(Delivery.status, func.count()).group_by(Delivery.status)
        if broadcast_id is not None:
            stmt = stmt.where(Delivery.broadcast_id == broadcast_id)
        return {status: int(count) for status, count in (await self.session.execute(stmt)).all()}

    async def prune_finished(self, older_than: datetime) -> int:
        """Delete sent / failed / skipped / cancelled deliveries created before ``older_than``."""
        stmt = delete(Delivery).where(
            Delivery.created_at < older_than,
            Delivery.status.not_in([DeliveryStatus.PENDING, DeliveryStatus.SENDING]),
        )
        result = await self.session.execute(stmt)
        # Bodies no row names any more go too (a body named again later is simply stored again).
        await self.session.execute(delete(ReplyBody).where(
            ReplyBody.created_at < older_than, ~exists().where(Delivery.body_digest == ReplyBody.digest)
        ))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
