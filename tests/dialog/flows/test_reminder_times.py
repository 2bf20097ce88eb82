"""A time of day asked for reminders ("บ่ายสองโมงครึ่ง", "14:30 น.", "2 ทุ่ม"): kept, said back, kept on a move,
changed alone; never read as a year ("20 ธ.ค. 14:30" was 20 Dec 2014)."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from intents.dates import parse_due, time_of_day
from storage import EvidenceDeadline, Reminder
from storage.repos.reminders import LOCAL_TZ
from tests.dialog.flows.test_reminders import NOW, Chat, chat

__all__ = ["chat"]


@pytest.mark.parametrize(("typed", "at"), [("วันที่ 15 ธ.ค. 14:30 น.", time(14, 30)), ("15/12 เวลา 9.15", time(9, 15)),
                                           ("พรุ่งนี้ 10 โมงเช้า", time(10, 0)), ("ศุกร์นี้ บ่ายสาม", time(15, 0)),
                                           ("บ่ายโมงครึ่ง", time(13, 30)), ("5 โมงเย็น", time(17, 0)),
                                           ("สองทุ่ม", time(20, 0)), ("เที่ยงตรง", time(12, 0)),
                                           ("on 20 December at 4pm", time(16, 0)), ("ตี 5", time(5, 0))])
def test_a_time_of_day_in_thai_and_english(typed: str, at: time) -> None:
    assert time_of_day(typed)[0] == at


@pytest.mark.parametrize("typed", ["ช่วงบ่ายนี้", "15.12.2569", "ข้อ 5.2.1", "เที่ยงคืน", "อีก 3 วัน"])
def test_no_time_where_none_is_written(typed: str) -> None:
    assert time_of_day(typed) == (None, typed)


def test_a_time_is_never_read_as_a_year() -> None:
    assert parse_due("ส่ง DL201 20 ธ.ค. 14:30 น.", now=NOW) == date(2026, 12, 20)  # 2014-12-20, before


async def _planned(chat: Chat, code: str) -> tuple[time | None, set[time]]:
    async with chat.sessions() as session:
        deadline = (await session.scalars(select(EvidenceDeadline).where(EvidenceDeadline.unit_code == code))).one()
        reminders = (await session.scalars(select(Reminder).where(Reminder.deadline_id == deadline.id))).all()
        return deadline.remind_at, {r.due_at.astimezone(LOCAL_TZ).time() for r in reminders}


async def test_reminders_go_out_at_the_time_asked_and_a_move_keeps_it(chat: Chat) -> None:
    await chat.send("ช่วยเตือนส่งหลักฐาน DL200 วันที่ 18 ธ.ค. ตอนบ่ายสองโมงครึ่งด้วยค่ะ")
    assert "เวลา 14:30 น." in chat.text() and "18 ธ.ค. 2569" in chat.text()
    await chat.send("ยืนยันค่ะ")
    assert "ตั้งเตือนแล้ว" in chat.text() and "14:30" in chat.text()
    assert await _planned(chat, "DL200") == (time(14, 30), {time(14, 30)})
    await chat.send("ขอเลื่อน DL200 เป็นวันที่ 22 ธ.ค.")
    await chat.send("ยืนยัน")
    assert "22 ธ.ค. 2569" in chat.text() and "14:30" in chat.text()
    assert await _planned(chat, "DL200") == (time(14, 30), {time(14, 30)})
    await chat.send("การเตือนของฉัน")
    assert "14:30" in chat.text()


async def test_the_time_alone_changes_and_the_date_stays(chat: Chat) -> None:
    await chat.send("เตือน DS700 วันที่ 15 ธ.ค.")
    await chat.send("ยืนยัน")
    assert await _planned(chat, "DS700") == (None, {time(9, 0)})  # the default: 09:00
    await chat.send("เปลี่ยนเวลาเตือน DS700 เป็น 2 ทุ่มครับ")
    assert "15 ธ.ค. 2569" in chat.text() and "20:00" in chat.text(), chat.text()
    assert await _planned(chat, "DS700") == (time(20, 0), {time(20, 0)})


async def test_the_confirm_button_carries_the_time(chat: Chat) -> None:
    await chat.send("remind me about DS700 evidence on 20 December at 4pm")
    await chat.press(chat.data()[0])
    assert await _planned(chat, "DS700") == (time(16, 0), {time(16, 0)})


@pytest.mark.parametrize("data", ["w:y:ocsc-2561:DS700:2026-12-20:2460", "w:y:ocsc-2561:DS700:2026-12-20:16:00",
                                  "w:r:ocsc-2561:DS700:2026-12-20:1675"])
def test_a_forged_time_in_a_button_is_refused(data: str) -> None:
    from bot.dialog.actions import ActionError, parse_button

    with pytest.raises(ActionError):
        parse_button(data)


async def test_a_time_typed_right_after_a_reminder_is_for_it(chat: Chat) -> None:
    await chat.send("เตือนส่งหลักฐาน DL200 วันที่ 18 ธ.ค.")
    await chat.send("ยืนยัน")
    await chat.send("ขอเป็นบ่ายสามโมงแทนได้ไหมครับ")  # "not understood", before
    assert "18 ธ.ค. 2569" in chat.text() and "15:00" in chat.text(), chat.text()
    assert await _planned(chat, "DL200") == (time(15, 0), {time(15, 0)})
