"""HR broadcasts: a text for a segment, fanned out as outbox deliveries, with progress counts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from storage.errors import InvalidValueError, NotFoundError
from storage.models import Broadcast, BroadcastStatus, DeliveryKind, DeliveryStatus
from storage.repos._base import Repository
from storage.repos.outbox import NewDelivery, Outbox
from storage.repos.users import Users
from storage.segment import Segment
from storage.types import utcnow


class Broadcasts(Repository):
    async def create(
        self, author_admin_id: int | None, text: str, segment: Segment, now: datetime | None = None
    ) -> Broadcast:
        """A draft; ``segment.agency`` is its scope (None: every agency, super admins only)."""
        broadcast = Broadcast(
            author_admin_id=author_admin_id,
            agency=segment.agency,
            segment=segment.to_json(),
            text=text,
            status=BroadcastStatus.DRAFT,
            created_at=now or utcnow(),
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

    async def queue(self, broadcast_id: int, now: datetime | None = None) -> int:
        """Write one delivery per recipient (active, not opted out) in this transaction."""
        broadcast = await self.require(broadcast_id)
        if broadcast.status != BroadcastStatus.DRAFT:
            raise InvalidValueError(f"broadcast {broadcast_id} is {broadcast.status}, not a draft")
        now = now or utcnow()
        users = await Users(self.session).in_segment(Segment.from_json(broadcast.segment), for_broadcast=True)
        items = [
            NewDelivery(
                kind=DeliveryKind.BROADCAST,
                platform=user.platform,
                recipient=user.platform_user_id,
                payload={"text": broadcast.text},
                idempotency_key=f"broadcast:{broadcast.id}:{user.id}",
                user_id=user.id,
                broadcast_id=broadcast.id,
            )
            for user in users
        ]
        added = await Outbox(self.session).enqueue_many(items, now=now)
        broadcast.status, broadcast.queued_at, broadcast.recipient_count = BroadcastStatus.QUEUED, now, added
        await self.session.flush()
        return added

    async def refresh_counts(self, broadcast_id: int, now: datetime | None = None) -> Broadcast:
        """Copy delivery progress onto the broadcast; it is done when nothing is left to send."""
        broadcast = await self.require(broadcast_id)
        counts = await Outbox(self.session).status_counts(broadcast_id)
        broadcast.sent_count = counts.get(DeliveryStatus.SENT, 0)
        broadcast.failed_count = counts.get(DeliveryStatus.FAILED, 0) + counts.get(DeliveryStatus.SKIPPED, 0)
        open_count = counts.get(DeliveryStatus.PENDING, 0) + counts.get(DeliveryStatus.SENDING, 0)
        if broadcast.status == BroadcastStatus.QUEUED and open_count == 0:
            broadcast.status, broadcast.finished_at = BroadcastStatus.DONE, now or utcnow()
        await self.session.flush()
        return broadcast

    async def cancel(self, broadcast_id: int, now: datetime | None = None) -> int:
        """Stop a broadcast: its unsent deliveries are cancelled; returns how many."""
        broadcast = await self.require(broadcast_id)
        cancelled = await Outbox(self.session).cancel_pending(broadcast_id=broadcast_id)
        broadcast.status, broadcast.finished_at = BroadcastStatus.CANCELLED, now or utcnow()
        await self.session.flush()
        return cancelled
