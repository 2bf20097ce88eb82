"""Evidence deadlines, their reminders (rows with a due time), and HR deadline campaigns.

A reminder for offset ``n`` falls due at ``REMIND_AT`` local time (Asia/Bangkok), ``n`` days before
the due date. The scheduler claims due reminders, writes a delivery for each in the same
transaction (``Outbox.enqueue``) and marks them sent or missed, so none is lost or sent twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import JSON, Date, Integer, String, delete, exists, func, insert, literal, or_, select, update

from storage.errors import NotFoundError
from storage.models import DeadlineCampaign, DeadlineStatus, EvidenceDeadline, Reminder, ReminderStatus, User
from storage.repos._base import Repository
from storage.repos.users import segment_conditions
from storage.segment import Segment
from storage.types import UTCDateTime, utcnow

LOCAL_TZ = ZoneInfo("Asia/Bangkok")
REMIND_AT = time(9, 0)


DEFAULT_OFFSETS = (7, 1, 0)  # days before the due date a reminder goes out


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
        offsets: Sequence[int] = DEFAULT_OFFSETS,
        now: datetime | None = None,
        campaign_id: int | None = None,
        at: time | None = None,
    ) -> EvidenceDeadline:
        """Create or move the user's deadline for a unit and (re)plan its reminders, at ``at`` (Bangkok time)
        when given, else at the time asked before (a move keeps it), else ``REMIND_AT``.

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
        if at is not None:
            deadline.remind_at = at
        await self.session.flush()

        planned = {offset: reminder_time(due_date, offset, deadline.remind_at or REMIND_AT) for offset in offsets}
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
        offsets: Sequence[int] = DEFAULT_OFFSETS,
        now: datetime | None = None,
    ) -> DeadlineCampaign:
        """Set the deadline for every active user in ``segment`` (broadcast opt-outs included:
        a deadline is not a broadcast). ``segment.agency`` is the campaign's agency scope.

        Set-based (``apply_campaign``); people who join the segment later get it on the worker's
        next pass. A person's own deadline for the same unit is kept, not overwritten."""
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
            user_count=0,
        )
        self.session.add(campaign)
        await self.session.flush()
        await self.apply_campaign(campaign, now)
        return campaign

    def _revivable(self, segment: Segment, framework: str, unit_code: str) -> list[Any]:
        """WHERE conditions on ``evidence_deadlines``: the cancelled deadlines for the unit of segment
        members that a new campaign takes over. A cancelled deadline does not block a new campaign
        when it was the person's own or its campaign was cancelled; one the person cancelled from a
        campaign still running (this one included, on the worker's later passes) stays cancelled."""
        cancelled_campaigns = select(DeadlineCampaign.id).where(DeadlineCampaign.cancelled_at.is_not(None))
        members = select(User.id).where(*segment_conditions(segment, for_broadcast=False))
        conditions: list[Any] = [
            EvidenceDeadline.framework == framework,
            EvidenceDeadline.unit_code == unit_code,
            EvidenceDeadline.status == DeadlineStatus.CANCELLED,
            EvidenceDeadline.user_id.in_(members),
            or_(EvidenceDeadline.campaign_id.is_(None), EvidenceDeadline.campaign_id.in_(cancelled_campaigns)),
        ]
        return conditions

    async def campaign_reach(self, segment: Segment, framework: str, unit_code: str) -> dict[str, int]:
        """What a campaign for ``segment`` would do now: ``new`` people get its deadline (every active
        member, broadcast opt-outs included, without a deadline for the unit that blocks it) and
        ``kept`` people keep the deadline they already have."""
        members = segment_conditions(segment, for_broadcast=False)
        blocking = exists().where(
            EvidenceDeadline.user_id == User.id,
            EvidenceDeadline.framework == framework,
            EvidenceDeadline.unit_code == unit_code,
            EvidenceDeadline.status != DeadlineStatus.CANCELLED,
        )
        total = int(await self.session.scalar(select(func.count()).select_from(User).where(*members)) or 0)
        kept = int(await self.session.scalar(select(func.count()).select_from(User).where(*members, blocking)) or 0)
        return {"new": total - kept, "kept": kept, "members": total}

    async def apply_campaign(self, campaign: DeadlineCampaign, now: datetime | None = None) -> int:
        """Give the campaign's deadline (and its future reminders) to every segment member who has
        no deadline for that unit yet: two ``INSERT … SELECT``s per offset. Returns new deadlines.

        A member's cancelled deadline for the unit (``_revivable``) is taken over: it becomes this
        campaign's (its old reminders go) and counts as new."""
        now = now or utcnow()
        if campaign.cancelled_at is not None:
            return 0
        segment = Segment.from_json(campaign.segment)
        revivable = self._revivable(segment, campaign.framework, campaign.unit_code)
        await self.session.execute(
            delete(Reminder)
            .where(Reminder.deadline_id.in_(select(EvidenceDeadline.id).where(*revivable)))
            .execution_options(synchronize_session="fetch")
        )
        revived = await self.session.execute(
            update(EvidenceDeadline)
            .where(*revivable)
            .values(due_date=campaign.due_date, offsets=list(campaign.offsets), status=DeadlineStatus.ACTIVE,
                    campaign_id=campaign.id, updated_at=now)
            .execution_options(synchronize_session="fetch")
        )
        taken = exists().where(
            EvidenceDeadline.user_id == User.id,
            EvidenceDeadline.framework == campaign.framework,
            EvidenceDeadline.unit_code == campaign.unit_code,
        )
        members = select(
            User.id,
            literal(campaign.framework, String),
            literal(campaign.unit_code, String),
            literal(campaign.due_date, Date),
            literal(list(campaign.offsets), JSON),
            literal(str(DeadlineStatus.ACTIVE), String),
            literal(campaign.id, Integer),
            literal(now, UTCDateTime),
            literal(now, UTCDateTime),
        ).where(*segment_conditions(segment, for_broadcast=False), ~taken)
        columns = ["user_id", "framework", "unit_code", "due_date", "offsets", "status", "campaign_id",
                   "created_at", "updated_at"]
        result = await self.session.execute(insert(EvidenceDeadline).from_select(columns, members))
        added = int(result.rowcount or 0) + int(revived.rowcount or 0)  # type: ignore[attr-defined]
        for offset in campaign.offsets:
            due_at = reminder_time(campaign.due_date, offset)
            if due_at <= now:
                continue
            planned = exists().where(Reminder.deadline_id == EvidenceDeadline.id, Reminder.offset_days == offset)
            rows = select(
                EvidenceDeadline.id,
                EvidenceDeadline.user_id,
                literal(offset, Integer),
                literal(due_at, UTCDateTime),
                literal(str(ReminderStatus.PENDING), String),
            ).where(
                EvidenceDeadline.campaign_id == campaign.id,
                EvidenceDeadline.status == DeadlineStatus.ACTIVE,
                ~planned,
            )
            await self.session.execute(
                insert(Reminder).from_select(["deadline_id", "user_id", "offset_days", "due_at", "status"], rows)
            )
        if added:
            count = await self.session.scalar(
                select(func.count()).where(EvidenceDeadline.campaign_id == campaign.id)
            )
            campaign.user_count = int(count or 0)
        await self.session.flush()
        return added

    async def open_campaigns(self, today: date) -> list[DeadlineCampaign]:
        stmt = select(DeadlineCampaign).where(
            DeadlineCampaign.cancelled_at.is_(None), DeadlineCampaign.due_date >= today
        )
        return list((await self.session.scalars(stmt.order_by(DeadlineCampaign.id))).all())

    async def campaigns(self, agency: str | None = None) -> list[DeadlineCampaign]:
        stmt = select(DeadlineCampaign).order_by(DeadlineCampaign.created_at.desc(), DeadlineCampaign.id.desc())
        if agency is not None:
            stmt = stmt.where(DeadlineCampaign.agency == agency)
        return list((await self.session.scalars(stmt)).all())

    async def cancel_campaign(self, campaign_id: int, now: datetime | None = None) -> int:
        """Cancel the campaign (no late joiners from now) and every still-active deadline it
        created; returns how many deadlines."""
        campaign = await self.session.get(DeadlineCampaign, campaign_id)
        if campaign is None:
            raise NotFoundError(f"campaign {campaign_id} does not exist")
        campaign.cancelled_at = campaign.cancelled_at or now or utcnow()
        stmt = select(EvidenceDeadline.id).where(
            EvidenceDeadline.campaign_id == campaign_id, EvidenceDeadline.status == DeadlineStatus.ACTIVE
        )
        ids = list((await self.session.scalars(stmt)).all())
        for deadline_id in ids:
            await self.cancel_deadline(deadline_id)
        return len(ids)
