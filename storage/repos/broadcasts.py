"""HR broadcasts: a text for a segment, fanned out as outbox deliveries, with progress counts.

The fan-out is set-based and chunked: each chunk is one ``INSERT … SELECT`` of up to 500 recipients
(one transaction each, so SQLite's write lock is never held for the whole broadcast), resumable
from the highest user id already queued. The rows of one LINE chunk share one ``retry_key``: they
are one multicast call (bot/senders/line.py). ``fanned_out_at`` says every recipient has its row.
"""

from __future__ import annotations

import builtins
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String, cast, exists, func, literal, select, update

from storage.errors import InvalidValueError, NotFoundError
from storage.models import Broadcast, BroadcastStatus, Delivery, DeliveryKind, DeliveryStatus, User
from storage.repos._base import Repository
from storage.repos.outbox import Outbox
from storage.repos.users import segment_conditions
from storage.segment import Segment
from storage.types import UTCDateTime, utcnow

FAN_OUT_CHUNK = 500  # = LINE's multicast maximum: one chunk of LINE rows is one multicast call
QUOTA_MARK = "LINE monthly quota exhausted"  # the LINE sender's error text for such rows


@dataclass(frozen=True)
class Progress:
    """Where a broadcast stands (``Broadcasts.progress``)."""

    id: int
    status: str
    recipients: int  # rows queued so far (all of them once ``fanned_out``)
    fanned_out: bool
    queued: int  # pending or being sent
    sent: int
    failed: int  # dead letters (retryable with retry-dead)
    skipped: int  # blocked / unfollowed
    cancelled: int
    waiting_for_quota: int  # LINE rows held back because the monthly quota is used up

    @property
    def done(self) -> int:
        return self.sent + self.failed + self.skipped + self.cancelled


class Broadcasts(Repository):
    async def create(
        self,
        author_admin_id: int | None,
        text: str,
        segment: Segment,
        now: datetime | None = None,
        *,
        status: BroadcastStatus = BroadcastStatus.DRAFT,
    ) -> Broadcast:
        """A broadcast; ``segment.agency`` is its scope (None: every agency, super admins only).

        Created ``queued``, the worker fans it out; a ``draft`` waits for ``queue``."""
        now = now or utcnow()
        broadcast = Broadcast(
            author_admin_id=author_admin_id,
            agency=segment.agency,
            segment=segment.to_json(),
            text=text,
            status=status,
            created_at=now,
            queued_at=now if status == BroadcastStatus.QUEUED else None,
            recipient_count=0,
            sent_count=0,
            failed_count=0,
        )
        self.session.add(broadcast)
        await self.session.flush()
        return broadcast

    async def get(self, broadcast_id: int) -> Broadcast | None:
        return await self.session.get(Broadcast, broadcast_id)

    async def require(self, broadcast_id: int) -> Broadcast:
        broadcast = await self.get(broadcast_id)
        if broadcast is None:
            raise NotFoundError(f"broadcast {broadcast_id} does not exist")
        return broadcast

    async def list(self, agency: str | None = None, limit: int = 50) -> list[Broadcast]:
        stmt = select(Broadcast).order_by(Broadcast.created_at.desc(), Broadcast.id.desc()).limit(limit)
        if agency is not None:
            stmt = stmt.where(Broadcast.agency == agency)
        return list((await self.session.scalars(stmt)).all())

    async def count_recipients(self, segment: Segment) -> dict[str, int]:
        """How many people a broadcast to ``segment`` would reach, per platform (line / telegram)."""
        stmt = (
            select(User.platform, func.count())
            .where(*segment_conditions(segment), User.platform.in_(("line", "telegram")))
            .group_by(User.platform)
        )
        return {platform: int(n) for platform, n in (await self.session.execute(stmt)).all()}

    async def queue(self, broadcast_id: int, now: datetime | None = None) -> None:
        """A draft goes to the worker, which fans it out."""
        broadcast = await self.require(broadcast_id)
        if broadcast.status != BroadcastStatus.DRAFT:
            raise InvalidValueError(f"broadcast {broadcast_id} is {broadcast.status}, not a draft")
        broadcast.status, broadcast.queued_at = BroadcastStatus.QUEUED, now or utcnow()
        await self.session.flush()

    async def to_fan_out(self) -> builtins.list[Broadcast]:
        stmt = select(Broadcast).where(Broadcast.status == BroadcastStatus.QUEUED, Broadcast.fanned_out_at.is_(None))
        return list((await self.session.scalars(stmt.order_by(Broadcast.id))).all())

    async def last_queued_user(self, broadcast_id: int, platform: str) -> int:
        stmt = select(func.max(Delivery.user_id)).where(
            Delivery.broadcast_id == broadcast_id, Delivery.platform == platform
        )
        return int((await self.session.scalar(stmt)) or 0)

    async def fan_out_chunk(
        self,
        broadcast: Broadcast,
        platform: str,
        payload: dict[str, Any],
        after_user_id: int,
        now: datetime | None = None,
        chunk: int = FAN_OUT_CHUNK,
    ) -> builtins.list[int]:
        """Queue the next ≤ ``chunk`` recipients on ``platform`` with ids above ``after_user_id``;
        returns their user ids (empty: this platform is done)."""
        now = now or utcnow()
        segment = Segment.from_json(broadcast.segment)
        if segment.platforms and platform not in segment.platforms:
            return []
        key = f"broadcast:{broadcast.id}:"
        rows = (
            select(
                literal(str(DeliveryKind.BROADCAST), String),
                User.platform,
                User.platform_user_id,
                User.id,
                literal(broadcast.id, Integer),
                literal(payload, JSON),
                literal(key, String) + cast(User.id, String),
                literal(str(uuid.uuid4()), String),
                literal(str(DeliveryStatus.PENDING), String),
                literal(0, Integer),
                literal(now, UTCDateTime),
                literal(now, UTCDateTime),
            )
            .where(*segment_conditions(segment), User.platform == platform, User.id > after_user_id)
            .order_by(User.id)
            .limit(chunk)
        )
        columns = ["kind", "platform", "recipient", "user_id", "broadcast_id", "payload", "idempotency_key",
                   "retry_key", "status", "attempts", "next_attempt_at", "created_at"]
        stmt = (
            self.insert(Delivery.__table__)
            .from_select(columns, rows)
            .on_conflict_do_nothing(index_elements=["idempotency_key"])
            .returning(Delivery.__table__.c.user_id)
        )
        return sorted(int(u) for u in (await self.session.scalars(stmt)).all())

    async def finish_fan_out(self, broadcast_id: int, now: datetime | None = None) -> int:
        broadcast = await self.require(broadcast_id)
        count = await self.session.scalar(select(func.count()).where(Delivery.broadcast_id == broadcast_id))
        broadcast.recipient_count, broadcast.fanned_out_at = int(count or 0), now or utcnow()
        await self.session.flush()
        return broadcast.recipient_count

    async def set_recipient_count(self, broadcast_id: int, count: int) -> None:
        await self.session.execute(update(Broadcast).where(Broadcast.id == broadcast_id).values(recipient_count=count))

    async def progress(self, broadcast_id: int) -> Progress:
        broadcast = await self.require(broadcast_id)
        counts = await Outbox(self.session).status_counts(broadcast_id)
        quota = await self.session.scalar(
            select(func.count()).where(
                Delivery.broadcast_id == broadcast_id,
                Delivery.status == DeliveryStatus.PENDING,
                Delivery.last_error.like(f"{QUOTA_MARK}%"),
            )
        )
        return Progress(
            id=broadcast.id,
            status=broadcast.status,
            recipients=sum(counts.values()),
            fanned_out=broadcast.fanned_out_at is not None,
            queued=counts.get(DeliveryStatus.PENDING, 0) + counts.get(DeliveryStatus.SENDING, 0),
            sent=counts.get(DeliveryStatus.SENT, 0),
            failed=counts.get(DeliveryStatus.FAILED, 0),
            skipped=counts.get(DeliveryStatus.SKIPPED, 0),
            cancelled=counts.get(DeliveryStatus.CANCELLED, 0),
            waiting_for_quota=int(quota or 0),
        )

    async def refresh_counts(self, broadcast_id: int, now: datetime | None = None) -> Broadcast:
        """Copy delivery progress onto the broadcast; it is done when fanned out and nothing is left."""
        broadcast = await self.require(broadcast_id)
        counts = await Outbox(self.session).status_counts(broadcast_id)
        broadcast.sent_count = counts.get(DeliveryStatus.SENT, 0)
        broadcast.failed_count = counts.get(DeliveryStatus.FAILED, 0) + counts.get(DeliveryStatus.SKIPPED, 0)
        open_count = counts.get(DeliveryStatus.PENDING, 0) + counts.get(DeliveryStatus.SENDING, 0)
        if broadcast.status == BroadcastStatus.QUEUED and broadcast.fanned_out_at is not None and open_count == 0:
            broadcast.status, broadcast.finished_at = BroadcastStatus.DONE, now or utcnow()
        await self.session.flush()
        return broadcast

    async def unfinished(self) -> builtins.list[int]:
        """Queued broadcasts, fanned out, whose counts may still move."""
        stmt = select(Broadcast.id).where(
            Broadcast.status == BroadcastStatus.QUEUED, Broadcast.fanned_out_at.is_not(None)
        )
        return list((await self.session.scalars(stmt)).all())

    async def has_open_rows(self, broadcast_id: int) -> bool:
        stmt = select(
            exists().where(
                Delivery.broadcast_id == broadcast_id,
                Delivery.status.in_([DeliveryStatus.PENDING, DeliveryStatus.SENDING]),
            )
        )
        return bool(await self.session.scalar(stmt))

    async def cancel(self, broadcast_id: int, now: datetime | None = None) -> int:
        """Stop a broadcast: its unsent deliveries are cancelled (the fan-out stops); returns how many."""
        broadcast = await self.require(broadcast_id)
        cancelled = await Outbox(self.session).cancel_pending(broadcast_id=broadcast_id)
        broadcast.status, broadcast.finished_at = BroadcastStatus.CANCELLED, now or utcnow()
        await self.session.flush()
        return cancelled

    async def retry_dead(self, broadcast_id: int, now: datetime | None = None) -> int:
        """Dead letters go back to the queue (same retry keys); a finished broadcast reopens."""
        broadcast = await self.require(broadcast_id)
        if broadcast.status == BroadcastStatus.CANCELLED:
            raise InvalidValueError(f"broadcast {broadcast_id} is cancelled")
        count = await Outbox(self.session).retry_dead(broadcast_id, now)
        if count and broadcast.status == BroadcastStatus.DONE:
            broadcast.status, broadcast.finished_at = BroadcastStatus.QUEUED, None
        await self.session.flush()
        return count
