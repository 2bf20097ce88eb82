"""Evidence deadlines, their reminders (rows with a due time), and HR deadline campaigns.

A reminder for offset ``n`` falls due at ``REMIND_AT`` local time (Asia/Bangkok), ``n`` days before
the due date. The scheduler claims due reminders, writes a delivery for each in the same
transaction (``Outbox.enqueue``) and marks them sent or missed, so none is lost or sent twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from storage.errors import NotFoundError
from storage.models import DeadlineCampaign, DeadlineStatus, EvidenceDeadline, Reminder, ReminderStatus
from storage.repos._base import Repository
from storage.repos.users import Users
from storage.segment import Segment
from storage.types import utcnow

LOCAL_TZ = ZoneInfo("Asia/Bangkok")
REMIND_AT = time(9, 0)


def reminder_time(due_date: date, offset_days: int, at: time = REMIND_AT, tz: ZoneInfo = LOCAL_TZ) -> datetime:
    """When the reminder ``offset_days`` before ``due_date`` falls due (aware, local zone)."""
    return datetime.combine(due_date - timedelta(days=offset_days), at, tzinfo=tz)


class Reminders(Repository):
    async def set_deadline(
        self,
        user_id: int,
        framework: str,
        unit_code: str,
        due_date: date,
        offsets: Sequence[int] = (7, 1, 0),
        now: datetime | None = None,
        campaign_id: int | None = None,
    ) -> EvidenceDeadline:
        """Create or move the user's deadline for a unit and (re)plan its reminders.

        Reminders whose time has already passed are not planned; a reminder already sent for the
        same offset and time is kept (so moving nothing sends nothing twice).
        """
        now = now or utcnow()
        offsets = sorted({int(o) for o in offsets if o >= 0}, reverse=True)
        stmt = select(EvidenceDeadline).where(
            EvidenceDeadline.user_id == user_id,
            EvidenceDeadline.framework == framework,
            EvidenceDeadline.unit_code == unit_code,
        )
        deadline = (await self.session.scalars(stmt)).one_or_none()
        if deadline is None:
            deadline = EvidenceDeadline(
                user_id=user_id, framework=framework, unit_code=unit_code, created_at=now, due_date=due_date
            )
            self.session.add(deadline)
        deadline.due_date, deadline.offsets, deadline.status = due_date, offsets, DeadlineStatus.ACTIVE
        deadline.campaign_id, deadline.updated_at = campaign_id, now
        await self.session.flush()

        planned = {offset: reminder_time(due_date, offset) for offset in offsets}
        existing = await self.session.scalars(select(Reminder).where(Reminder.deadline_id == deadline.id))
        keep: set[int] = set()
        for reminder in existing.all():
            if reminder.status == ReminderStatus.SENT and planned.get(reminder.offset_days) == reminder.due_at:
                keep.add(reminder.offset_days)
            else:
                await self.session.delete(reminder)
        await self.session.flush()
        for offset, due_at in planned.items():
            if offset not in keep and due_at > now:
                self.session.add(
                    Reminder(
                        deadline_id=deadline.id,
                        user_id=user_id,
                        offset_days=offset,
                        due_at=due_at,
                        status=ReminderStatus.PENDING,
                    )
                )
        await self.session.flush()
        return deadline

    async def deadlines_for(self, user_id: int, *, active_only: bool = True) -> list[EvidenceDeadline]:
        stmt = select(EvidenceDeadline).where(EvidenceDeadline.user_id == user_id)
        if active_only:
            stmt = stmt.where(EvidenceDeadline.status == DeadlineStatus.ACTIVE)
        stmt = stmt.order_by(EvidenceDeadline.due_date, EvidenceDeadline.id)
        return list((await self.session.scalars(stmt)).all())

    async def reminders_for(self, deadline_id: int) -> list[Reminder]:
        stmt = select(Reminder).where(Reminder.deadline_id == deadline_id).order_by(Reminder.due_at)
        return list((await self.session.scalars(stmt)).all())

    async def cancel_deadline(self, deadline_id: int) -> None:
        await self._close(deadline_id, DeadlineStatus.CANCELLED)

    async def complete_deadline(self, deadline_id: int) -> None:
        """The evidence is in: no more reminders."""
        await self._close(deadline_id, DeadlineStatus.DONE)

    async def _close(self, deadline_id: int, status: DeadlineStatus) -> None:
        deadline = await self.session.get(EvidenceDeadline, deadline_id)
        if deadline is None:
            raise NotFoundError(f"deadline {deadline_id} does not exist")
        deadline.status = status
        await self.session.execute(
            update(Reminder)
            .where(Reminder.deadline_id == deadline_id, Reminder.status == ReminderStatus.PENDING)
            .values(status=ReminderStatus.CANCELLED)
            .execution_options(synchronize_session="fetch")
        )
        await self.session.flush()

    async def claim_due(self, now: datetime | None = None, limit: int = 100) -> list[Reminder]:
        """Pending reminders due by ``now``, locked for this transaction (PostgreSQL: SKIP LOCKED).

        Mark each one ``mark_sent`` / ``mark_missed`` before committing.
        """
        stmt = (
            select(Reminder)
            .where(Reminder.status == ReminderStatus.PENDING, Reminder.due_at <= (now or utcnow()))
            .order_by(Reminder.due_at, Reminder.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        return list((await self.session.scalars(stmt)).all())

    async def mark_sent(self, reminder_id: int, now: datetime | None = None) -> None:
        await self._set_status(reminder_id, ReminderStatus.SENT, now or utcnow())

    async def mark_missed(self, reminder_id: int) -> None:
        await self._set_status(reminder_id, ReminderStatus.MISSED, None)

    async def _set_status(self, reminder_id: int, status: ReminderStatus, sent_at: datetime | None) -> None:
        reminder = await self.session.get(Reminder, reminder_id)
        if reminder is None:
            raise NotFoundError(f"reminder {reminder_id} does not exist")
        reminder.status, reminder.sent_at = status, sent_at
        await self.session.flush()

    # HR campaigns ------------------------------------------------------------------------------

    async def create_campaign(
        self,
        author_admin_id: int | None,
        segment: Segment,
        framework: str,
        unit_code: str,
        due_date: date,
        offsets: Sequence[int] = (7, 1, 0),
        now: datetime | None = None,
    ) -> DeadlineCampaign:
        """Set the deadline for every active user in ``segment`` (broadcast opt-outs included:
        a deadline is not a broadcast). ``segment.agency`` is the campaign's agency scope."""
        now = now or utcnow()
        campaign = DeadlineCampaign(
            author_admin_id=author_admin_id,
            agency=segment.agency,
            segment=segment.to_json(),
            framework=framework,
            unit_code=unit_code,
            due_date=due_date,
            offsets=sorted({int(o) for o in offsets if o >= 0}, reverse=True),
            created_at=now,
        )
        self.session.add(campaign)
        await self.session.flush()
        users = await Users(self.session).in_segment(segment, for_broadcast=False)
        for user in users:
            await self.set_deadline(user.id, framework, unit_code, due_date, offsets, now, campaign.id)
        campaign.user_count = len(users)
        await self.session.flush()
        return campaign

    async def campaigns(self, agency: str | None = None) -> list[DeadlineCampaign]:
        stmt = select(DeadlineCampaign).order_by(DeadlineCampaign.created_at.desc(), DeadlineCampaign.id.desc())
        if agency is not None:
            stmt = stmt.where(DeadlineCampaign.agency == agency)
        return list((await self.session.scalars(stmt)).all())

    async def cancel_campaign(self, campaign_id: int) -> int:
        """Cancel every still-active deadline the campaign created; returns how many."""
        stmt = select(EvidenceDeadline.id).where(
            EvidenceDeadline.campaign_id == campaign_id, EvidenceDeadline.status == DeadlineStatus.ACTIVE
        )
        ids = list((await self.session.scalars(stmt)).all())
        for deadline_id in ids:
            await self.cancel_deadline(deadline_id)
        return len(ids)
