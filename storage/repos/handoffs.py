"""Handoff conversations: a person asked for a human; their agency's HR reads and answers.

While a handoff is open the bot stays quiet for that person; it ends when HR closes it, the person
ends it, or nothing has been said for the timeout (closed lazily, on the next look).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from storage.errors import InvalidValueError, NotFoundError
from storage.models import Handoff, HandoffMessage, HandoffStatus, User
from storage.repos._base import Repository
from storage.types import utcnow


class Handoffs(Repository):
    async def open(self, user: User, now: datetime | None = None) -> Handoff:
        """The person's open handoff, or a new one for their agency."""
        now = now or utcnow()
        current = await self.open_for(user.id)
        if current is not None:
            current.last_activity_at = now
            await self.session.flush()
            return current
        handoff = Handoff(user_id=user.id, agency=user.agency, status=HandoffStatus.OPEN, opened_at=now,
                          last_activity_at=now)
        self.session.add(handoff)
        await self.session.flush()
        return handoff

    async def open_for(self, user_id: int) -> Handoff | None:
        stmt = select(Handoff).where(Handoff.user_id == user_id, Handoff.status == HandoffStatus.OPEN).limit(1)
        return (await self.session.scalars(stmt)).one_or_none()

    async def active_for(self, user_id: int, timeout: timedelta, now: datetime | None = None) -> tuple[
            Handoff | None, Handoff | None]:
        """(the open handoff, None) or (None, the one that just timed out) or (None, None)."""
        now = now or utcnow()
        handoff = await self.open_for(user_id)
        if handoff is None:
            return None, None
        if now - handoff.last_activity_at >= timeout:
            await self.close(handoff.id, "timeout", now)
            return None, handoff
        return handoff, None

    async def get(self, handoff_id: int) -> Handoff | None:
        return await self.session.get(Handoff, handoff_id)

    async def require(self, handoff_id: int) -> Handoff:
        handoff = await self.get(handoff_id)
        if handoff is None:
            raise NotFoundError(f"handoff {handoff_id} does not exist")
        return handoff

    async def add_message(self, handoff_id: int, sender: str, text: str, admin_id: int | None = None,
                          now: datetime | None = None) -> HandoffMessage:
        handoff = await self.require(handoff_id)
        if handoff.status != HandoffStatus.OPEN:
            raise InvalidValueError(f"handoff {handoff_id} is closed")
        now = now or utcnow()
        message = HandoffMessage(handoff_id=handoff_id, sender=sender, admin_id=admin_id, text=text, at=now)
        handoff.last_activity_at = now
        self.session.add(message)
        await self.session.flush()
        return message

    async def messages(self, handoff_id: int) -> list[HandoffMessage]:
        stmt = select(HandoffMessage).where(HandoffMessage.handoff_id == handoff_id).order_by(
            HandoffMessage.at, HandoffMessage.id)
        return list((await self.session.scalars(stmt)).all())

    async def close(self, handoff_id: int, by: str, now: datetime | None = None) -> Handoff:
        handoff = await self.require(handoff_id)
        if handoff.status == HandoffStatus.OPEN:
            handoff.status, handoff.closed_at, handoff.closed_by = HandoffStatus.CLOSED, now or utcnow(), by
            await self.session.flush()
        return handoff

    async def open_count(self, agency: str | None = None) -> int:
        stmt = select(func.count()).select_from(Handoff).where(Handoff.status == HandoffStatus.OPEN)
        if agency is not None:
            stmt = stmt.where(Handoff.agency == agency)
        return int(await self.session.scalar(stmt) or 0)

    async def list(self, agency: str | None = None, *, status: str | None = None,
                   limit: int = 100) -> list[tuple[Handoff, int]]:
        """Handoffs newest activity first, each with its message count; ``agency`` None: all."""
        count = (select(func.count()).where(HandoffMessage.handoff_id == Handoff.id)
                 .correlate(Handoff).scalar_subquery())
        stmt = select(Handoff, count).order_by(Handoff.last_activity_at.desc(), Handoff.id.desc()).limit(limit)
        if agency is not None:
            stmt = stmt.where(Handoff.agency == agency)
        if status is not None:
            stmt = stmt.where(Handoff.status == status)
        return [(h, int(n)) for h, n in (await self.session.execute(stmt)).all()]
