"""Reminders in chat: set, confirm by typing, change the date, cancel, replace-or-keep, impossible and
past dates, done and snooze buttons, the list with open / sent / missed / done, news opt-out."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.dialog.engine import DialogEngine
from storage import EvidenceDeadline, Reminder, ReminderStatus, User
from tests.dialog.test_engine import Chat, consented

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)  # 10:00 on 28 Nov 2026 in Bangkok


@pytest.fixture
async def chat(sessions: async_sessionmaker[AsyncSession]) -> Chat:
    chat = Chat(sessions)
    chat.engine = DialogEngine(sessions, clock=lambda: NOW)
    return await consented(chat)


async def deadlines(chat: Chat) -> list[tuple[str, date, str]]:
    async with chat.sessions() as session:
        rows = await session.scalars(select(EvidenceDeadline).order_by(EvidenceDeadline.id))
        return [(d.unit_code, d.due_date, d.status) for d in rows]


async def test_typed_confirmation_sets_the_three_default_reminders(chat: Chat) -> None:
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 15 ธ.ค.")
    assert "15 ธ.ค. 2569" in chat.text() and "7 วัน 1 วัน" in chat.text()
    assert [r.buttons[1].label for r in chat.last][-1] == "แก้วันที่"
    assert await deadlines(chat) == []  # nothing stored before the confirmation
    await chat.send("ใช่")
    assert "ตั้งเตือนแล้ว" in chat.text() and "15 ธ.ค. 2569" in chat.text()
    assert await deadlines(chat) == [("DS700", date(2026, 12, 15), "active")]
    async with chat.sessions() as session:
        times = [r.due_at for r in await session.scalars(select(Reminder).order_by(Reminder.due_at))]
    assert times == [datetime(2026, 12, 8, 2, 0, tzinfo=UTC), datetime(2026, 12, 14, 2, 0, tzinfo=UTC),
                     datetime(2026, 12, 15, 2, 0, tzinfo=UTC)]  # 09:00 Bangkok


@pytest.mark.parametrize("word", ["ยืนยัน", "ok", "OK"])
async def test_other_confirmation_words(chat: Chat, word: str) -> None:
    await chat.send("ตั้งเตือน DL200 สิ้นเดือนนี้")
    assert "30 พ.ย. 2569" in chat.text()
    await chat.send(word)
    assert await deadlines(chat) == [("DL200", date(2026, 11, 30), "active")]


async def test_change_date_then_cancel(chat: Chat) -> None:
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 15 ธ.ค. 2569")
    await chat.send("แก้วันที่")
    assert "วันไหน" in chat.text()
    await chat.send("20 ธ.ค. 2569")
    assert "20 ธ.ค. 2569" in chat.text()
    await chat.send("ยกเลิก")
    assert await deadlines(chat) == []
    await chat.send("ใช่")  # the prompt is gone: this is no longer a confirmation
    assert await deadlines(chat) == []


async def test_help_me_remember_tomorrow_asks_for_the_unit(chat: Chat) -> None:
    await chat.send("ช่วยเตือนพรุ่งนี้")
    assert "29 พ.ย. 2569" in chat.text() and "หน่วยไหน" in chat.text()
    await chat.send("หน่วย DS700")
    assert "DS700" in chat.text() and "29 พ.ย. 2569" in chat.text()
    await chat.send("ยืนยัน")
    assert await deadlines(chat) == [("DS700", date(2026, 11, 29), "active")]


@pytest.mark.parametrize(("message", "why"), [
    ("เตือนส่งหลักฐาน DS700 วันที่ 31 ก.พ. 2570", "ไม่มีวันที่ 31 ก.พ. 2570"),
    ("เตือนส่งหลักฐาน DS700 เมื่อวาน", "27 พ.ย. 2569 ผ่านไปแล้ว"),
    ("เตือนส่งหลักฐาน DS700 วันที่ 1 ม.ค. 2569", "1 ม.ค. 2569 ผ่านไปแล้ว"),
    ("เตือนส่งหลักฐาน DS700 วันนี้", "28 พ.ย. 2569 คือวันนี้"),  # not "passed"
])
async def test_impossible_and_past_dates_are_refused_saying_why(chat: Chat, message: str, why: str) -> None:
    await chat.send(message)
    assert why in chat.text()
    await chat.send("ใช่")
    assert await deadlines(chat) == []


async def test_a_typed_impossible_date_at_the_date_step(chat: Chat) -> None:
    await chat.send("ตั้งเตือน DS700")
    await chat.send("31 ก.พ. 2570")
    assert "ไม่มีวันที่ 31 ก.พ. 2570" in chat.text()
    assert await deadlines(chat) == []


async def test_second_deadline_for_the_same_unit_asks_replace_or_keep(chat: Chat) -> None:
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 15 ธ.ค. 2569")
    await chat.send("ยืนยัน")
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 20 ธ.ค. 2569")  # asked at once as a change of the date set
    assert "15 ธ.ค. 2569" in chat.text() and "20 ธ.ค. 2569" in chat.text()
    assert await deadlines(chat) == [("DS700", date(2026, 12, 15), "active")]  # not overwritten silently
    await chat.press(chat.button("w:k"))
    assert await deadlines(chat) == [("DS700", date(2026, 12, 15), "active")]
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 20 ธ.ค. 2569")
    await chat.send("ใช่")
    assert await deadlines(chat) == [("DS700", date(2026, 12, 20), "active")]


async def test_another_unit_is_never_carried_from_an_unanswered_prompt(chat: Chat) -> None:
    await chat.send("ตั้งเตือน DS700")  # asks for a date, left unanswered
    await chat.send("เตือนส่งหลักฐาน DL200 วันที่ 15 ธ.ค. 2569")
    assert "DL200" in chat.text() and "DS700" not in chat.text()
    await chat.send("ยืนยัน")
    assert await deadlines(chat) == [("DL200", date(2026, 12, 15), "active")]


async def test_done_and_snooze_buttons_of_the_reminder_message(chat: Chat) -> None:
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 15 ธ.ค. 2569")
    await chat.send("ยืนยัน")
    await chat.send("เตือนส่งหลักฐาน DL200 วันที่ 10 ธ.ค. 2569")
    await chat.send("ยืนยัน")
    async with chat.sessions() as session:
        ds700, dl200 = [d.id for d in await session.scalars(select(EvidenceDeadline).order_by(EvidenceDeadline.id))]
    await chat.press(f"w:z:{ds700}")
    assert "เลื่อน" in chat.text()
    await chat.send("22 ธ.ค. 2569")
    assert await deadlines(chat) == [("DS700", date(2026, 12, 22), "active"), ("DL200", date(2026, 12, 10), "active")]
    await chat.press(f"w:d:{dl200}")
    assert "ส่งหลักฐานหน่วย DL200 แล้ว" in chat.text()
    async with chat.sessions() as session:
        statuses = [r.status for r in await session.scalars(select(Reminder).where(Reminder.deadline_id == dl200))]
    assert statuses and set(statuses) == {ReminderStatus.CANCELLED}


async def test_my_reminders_list_open_sent_missed_and_done(chat: Chat) -> None:
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 15 ธ.ค. 2569")
    await chat.send("ยืนยัน")
    await chat.send("เตือนส่งหลักฐาน DL200 วันที่ 10 ธ.ค. 2569")
    await chat.send("ยืนยัน")
    async with chat.sessions.begin() as session:
        ds700 = (await session.scalars(select(EvidenceDeadline).where(EvidenceDeadline.unit_code == "DS700"))).one()
        first, second, _ = await session.scalars(
            select(Reminder).where(Reminder.deadline_id == ds700.id).order_by(Reminder.due_at))
        await session.execute(update(Reminder).where(Reminder.id == first.id).values(status="sent"))
        await session.execute(update(Reminder).where(Reminder.id == second.id).values(status="missed"))
        dl200 = (await session.scalars(select(EvidenceDeadline).where(EvidenceDeadline.unit_code == "DL200"))).one()
        dl200.status = "done"
    await chat.send("การเตือนของฉัน")
    listing = chat.text()
    assert "DS700 (มาตรฐาน 2567) กำหนดส่ง 15 ธ.ค. 2569" in listing  # which DS700: the code names two units
    assert "8 ธ.ค. 2569 ✓ เตือนแล้ว" in listing and "14 ธ.ค. 2569 ✗ พลาด" in listing
    assert "15 ธ.ค. 2569 (รอเตือน)" in listing and "DL200 (มาตรฐาน 2567) กำหนดส่ง 10 ธ.ค. 2569 — ส่งหลักฐานแล้ว" in listing
    await chat.send("ความคืบหน้าของฉัน")
    assert "✗ พลาด" in chat.text() and "ส่งหลักฐานแล้ว" in chat.text()


async def test_news_opt_out_and_back_in(chat: Chat) -> None:
    async def opted_out() -> bool:
        async with chat.sessions() as session:
            return bool((await session.scalars(select(User.broadcast_opt_out))).one())

    await chat.send("หยุดรับข่าว")
    assert "หยุดส่งข่าว" in chat.text() and await opted_out()
    await chat.send("รับข่าว")
    assert not await opted_out()


async def test_follow_registers_and_unfollow_marks_inactive(sessions: async_sessionmaker[AsyncSession]
                                                            ) -> None:
    chat = Chat(sessions, uid="Ufollow")
    await chat.event("follow")
    user = await chat.user()
    assert user is not None and user.active and user.consent_at is None  # a follower, no consent needed
    await chat.event("unfollow")
    user = await chat.user()
    assert user is not None and not user.active
    await chat.event("follow")
    user = await chat.user()
    assert user is not None and user.active
