from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from storage import DeadlineStatus, NotFoundError, Reminders, ReminderStatus, Segment, Users, reminder_time

NOW = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)
DUE = date(2026, 12, 15)


def test_reminder_time_is_nine_in_bangkok() -> None:
    at = reminder_time(DUE, 7)
    assert at.astimezone(UTC) == datetime(2026, 12, 8, 2, 0, tzinfo=UTC)


async def test_set_deadline_plans_reminders_in_utc(session: AsyncSession) -> None:
    user = await Users(session).get_or_create("line", "U1")
    repo = Reminders(session)
    deadline = await repo.set_deadline(user.id, "ocsc-2561", "DL200", DUE, (0, 7, 1), now=NOW)
    assert deadline.offsets == [7, 1, 0] and deadline.status == DeadlineStatus.ACTIVE
    reminders = await repo.reminders_for(deadline.id)
    assert [(r.offset_days, r.due_at) for r in reminders] == [
        (7, datetime(2026, 12, 8, 2, 0, tzinfo=UTC)),
        (1, datetime(2026, 12, 14, 2, 0, tzinfo=UTC)),
        (0, datetime(2026, 12, 15, 2, 0, tzinfo=UTC)),
    ]
    assert all(r.status == ReminderStatus.PENDING and r.user_id == user.id for r in reminders)
    assert [d.id for d in await repo.deadlines_for(user.id)] == [deadline.id]


async def test_reminders_already_past_are_not_planned(session: AsyncSession) -> None:
    user = await Users(session).get_or_create("line", "U1")
    repo = Reminders(session)
    now = datetime(2026, 12, 10, 0, 0, tzinfo=UTC)
    deadline = await repo.set_deadline(user.id, "ocsc-2561", "DL200", DUE, (7, 1), now=now)
    assert [r.offset_days for r in await repo.reminders_for(deadline.id)] == [1]


async def test_moving_a_deadline_replans_but_never_resends(session: AsyncSession) -> None:
    user = await Users(session).get_or_create("line", "U1")
    repo = Reminders(session)
    deadline = await repo.set_deadline(user.id, "ocsc-2561", "DL200", DUE, (7, 1), now=NOW)
    week_before = (await repo.reminders_for(deadline.id))[0]
    await repo.mark_sent(week_before.id, now=week_before.due_at)
    # Same date again: the sent reminder stays sent, nothing new is planned for it.
    same = await repo.set_deadline(user.id, "ocsc-2561", "DL200", DUE, (7, 1), now=NOW)
    assert same.id == deadline.id
    rows = await repo.reminders_for(deadline.id)
    assert [(r.offset_days, r.status) for r in rows] == [
        (7, ReminderStatus.SENT),
        (1, ReminderStatus.PENDING),
    ]
    # A new date: both reminders are planned afresh.
    await repo.set_deadline(user.id, "ocsc-2561", "DL200", date(2027, 1, 15), (7, 1), now=NOW)
    rows = await repo.reminders_for(deadline.id)
    assert [(r.offset_days, r.status) for r in rows] == [
        (7, ReminderStatus.PENDING),
        (1, ReminderStatus.PENDING),
    ]
    assert rows[0].due_at == datetime(2027, 1, 8, 2, 0, tzinfo=UTC)


async def test_claim_due_mark_sent_and_missed(session: AsyncSession) -> None:
    user = await Users(session).get_or_create("line", "U1")
    repo = Reminders(session)
    deadline = await repo.set_deadline(user.id, "ocsc-2561", "DL200", DUE, (7, 1, 0), now=NOW)
    assert await repo.claim_due(now=NOW) == []
    after_two = datetime(2026, 12, 14, 3, 0, tzinfo=UTC)
    due = await repo.claim_due(now=after_two)
    assert [r.offset_days for r in due] == [7, 1]
    await repo.mark_missed(due[0].id)
    await repo.mark_sent(due[1].id, now=after_two)
    rows = await repo.reminders_for(deadline.id)
    assert [r.status for r in rows] == [ReminderStatus.MISSED, ReminderStatus.SENT, ReminderStatus.PENDING]
    assert rows[1].sent_at == after_two
    assert await repo.claim_due(now=after_two) == []  # nothing is handed out twice
    assert len(await repo.claim_due(now=after_two + timedelta(days=2), limit=5)) == 1
    with pytest.raises(NotFoundError):
        await repo.mark_sent(999)


async def test_cancel_and_complete_stop_pending_reminders(session: AsyncSession) -> None:
    users = Users(session)
    a = await users.get_or_create("line", "A")
    b = await users.get_or_create("line", "B")
    repo = Reminders(session)
    cancelled = await repo.set_deadline(a.id, "ocsc-2561", "DL200", DUE, (1, 0), now=NOW)
    done = await repo.set_deadline(b.id, "std-2567", "DS700", DUE, (1,), now=NOW)
    await repo.cancel_deadline(cancelled.id)
    await repo.complete_deadline(done.id)
    assert cancelled.status == DeadlineStatus.CANCELLED and done.status == DeadlineStatus.DONE
    assert {r.status for r in await repo.reminders_for(cancelled.id)} == {ReminderStatus.CANCELLED}
    assert await repo.claim_due(now=datetime(2027, 1, 1, tzinfo=UTC)) == []
    assert await repo.deadlines_for(a.id) == []
    assert [d.id for d in await repo.deadlines_for(a.id, active_only=False)] == [cancelled.id]
    with pytest.raises(NotFoundError):
        await repo.cancel_deadline(999)


async def test_campaign_sets_deadlines_for_its_segment(session: AsyncSession) -> None:
    users = Users(session)
    members = []
    for pid, agency in (("a", "DGA"), ("b", "DGA"), ("c", "OCSC")):
        user = await users.get_or_create("line", pid)
        await users.set_agency(user.id, agency)
        members.append(user)
    await users.set_broadcast_opt_out(members[1].id, True)  # still gets a deadline
    repo = Reminders(session)
    campaign = await repo.create_campaign(None, Segment(agency="DGA"), "ocsc-2561", "DL200", DUE, (7, 1), now=NOW)
    assert campaign.user_count == 2 and campaign.agency == "DGA" and campaign.offsets == [7, 1]
    assert campaign.segment == Segment(agency="DGA").to_json()
    for user, expected in zip(members, (1, 1, 0), strict=True):
        deadlines = await repo.deadlines_for(user.id)
        assert len(deadlines) == expected
        assert all(d.campaign_id == campaign.id for d in deadlines)
    assert [c.id for c in await repo.campaigns("DGA")] == [campaign.id]
    assert await repo.campaigns("OCSC") == []
    assert await repo.cancel_campaign(campaign.id) == 2
    assert await repo.deadlines_for(members[0].id) == []


async def test_a_corrected_campaign_reaches_people_of_a_cancelled_one(session: AsyncSession) -> None:
    users = Users(session)
    members = []
    for pid in ("a", "b", "c"):
        user = await users.get_or_create("line", pid)
        await users.set_agency(user.id, "DGA")
        members.append(user)
    repo = Reminders(session)
    await repo.set_deadline(members[2].id, "ocsc-2561", "DL200", date(2026, 11, 20), (1,), now=NOW)  # c's own
    wrong = await repo.create_campaign(None, Segment(agency="DGA"), "ocsc-2561", "DL200", date(2027, 1, 1), now=NOW)
    assert wrong.user_count == 2
    assert await repo.campaign_reach(Segment(agency="DGA"), "ocsc-2561", "DL200") == {"new": 0, "kept": 3,
                                                                                        "members": 3}
    await repo.cancel_campaign(wrong.id)
    reach = await repo.campaign_reach(Segment(agency="DGA"), "ocsc-2561", "DL200")
    assert reach == {"new": 2, "kept": 1, "members": 3}
    fixed = await repo.create_campaign(None, Segment(agency="DGA"), "ocsc-2561", "DL200", DUE, (7, 1), now=NOW)
    assert fixed.user_count == reach["new"] == 2
    for user in members[:2]:
        [deadline] = await repo.deadlines_for(user.id)
        assert (deadline.campaign_id, deadline.due_date, deadline.status) == (fixed.id, DUE, DeadlineStatus.ACTIVE)
        reminders = await repo.reminders_for(deadline.id)
        assert [(r.offset_days, r.status) for r in reminders] == [(7, ReminderStatus.PENDING),
                                                                  (1, ReminderStatus.PENDING)]
        assert [r.due_at for r in reminders] == [reminder_time(DUE, 7), reminder_time(DUE, 1)]
    [own] = await repo.deadlines_for(members[2].id)
    assert own.campaign_id is None  # a person's own deadline is kept
    # A person who cancels the new campaign's deadline is not given it again on the worker's next pass.
    [first] = await repo.deadlines_for(members[0].id)
    await repo.cancel_deadline(first.id)
    assert await repo.apply_campaign(fixed, NOW) == 0
    assert await repo.deadlines_for(members[0].id) == []
