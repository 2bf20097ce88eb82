from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage import (
    HandoffMessage,
    Handoffs,
    InvalidValueError,
    MessageStat,
    MessageStats,
    OpenQuestion,
    OpenQuestions,
    Users,
)

NOW = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)


async def test_open_talk_close(session: AsyncSession) -> None:
    user = await Users(session).get_or_create("line", "U1", now=NOW)
    await Users(session).set_agency(user.id, "กรมเอ")
    handoffs = Handoffs(session)
    first = await handoffs.open(user, NOW)
    again = await handoffs.open(user, NOW + timedelta(minutes=1))
    assert again.id == first.id and first.agency == "กรมเอ"
    await handoffs.add_message(first.id, "user", "สวัสดี", now=NOW)
    await handoffs.add_message(first.id, "admin", "ครับ", admin_id=None, now=NOW + timedelta(minutes=2))
    assert [(m.sender, m.text) for m in await handoffs.messages(first.id)] == [("user", "สวัสดี"), ("admin", "ครับ")]
    [(listed, count)] = await handoffs.list("กรมเอ")
    assert (listed.id, count) == (first.id, 2)
    assert await handoffs.list("กรมบี") == []
    await handoffs.close(first.id, "admin", NOW + timedelta(minutes=3))
    with pytest.raises(InvalidValueError):
        await handoffs.add_message(first.id, "user", "ยังอยู่ไหม")
    assert await handoffs.open_for(user.id) is None


async def test_a_quiet_handoff_times_out(session: AsyncSession) -> None:
    user = await Users(session).get_or_create("line", "U1", now=NOW)
    handoffs = Handoffs(session)
    opened = await handoffs.open(user, NOW)
    hour = timedelta(hours=1)
    assert await handoffs.active_for(user.id, hour, NOW + timedelta(minutes=59)) == (opened, None)
    active, expired = await handoffs.active_for(user.id, hour, NOW + hour)
    assert active is None and expired is not None and expired.closed_by == "timeout"
    assert await handoffs.active_for(user.id, hour, NOW + 2 * hour) == (None, None)


async def test_deleting_a_person_removes_their_handoffs_and_questions(session: AsyncSession) -> None:
    users = Users(session)
    user = await users.get_or_create("line", "U1", now=NOW)
    other = await users.get_or_create("line", "U2", now=NOW)
    handoff = await Handoffs(session).open(user, NOW)
    await Handoffs(session).add_message(handoff.id, "user", "เรื่องส่วนตัว", now=NOW)
    await OpenQuestions(session).record(user.id, None, "คำถามส่วนตัว", "unknown", 0.1, NOW)
    await OpenQuestions(session).record(other.id, None, "คำถามอื่น", "unknown", 0.1, NOW)
    await MessageStats(session).record("unknown", False, None, now=NOW + timedelta(minutes=17))
    await session.commit()
    await users.delete_personal_data(user.id)
    await session.commit()
    assert await session.scalar(select(func.count()).select_from(HandoffMessage)) == 0
    assert [q.text for q in (await session.scalars(select(OpenQuestion))).all()] == ["คำถามอื่น"]
    [stat] = (await session.scalars(select(MessageStat))).all()
    assert stat.hour == NOW and not hasattr(stat, "user_id")  # cut to the hour, with nobody attached


async def test_intent_counts_by_hour_and_top_units(session: AsyncSession) -> None:
    stats = MessageStats(session)
    for minute, intent, answered, unit in ((1, "unit_info", True, "std-2567:DS700"), (2, "unit_info", True,
                                           "std-2567:DS700"), (3, "unknown", False, None),
                                           (70, "unit_info", True, "ocsc-2561:DL201")):
        await stats.record(intent, answered, "กรมเอ", unit, NOW + timedelta(minutes=minute))
    await stats.record("unit_info", True, "กรมบี", "ocsc-2561:DL201", NOW)
    counts = [(c.hour, c.intent, c.messages, c.unanswered) for c in await stats.by_hour(NOW, "กรมเอ")]
    assert counts == [(NOW, "unit_info", 2, 0), (NOW, "unknown", 1, 1),
                      (NOW + timedelta(hours=1), "unit_info", 1, 0)]
    assert await stats.top_units(NOW) == [("ocsc-2561:DL201", 2), ("std-2567:DS700", 2)]
    assert await stats.top_units(NOW, "กรมเอ") == [("std-2567:DS700", 2), ("ocsc-2561:DL201", 1)]
