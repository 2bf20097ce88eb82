"""Isan words, guessed slash commands, a reminder removed by its unit or its day, a PMQA question whose stem its points
complete: through the whole engine, in wordings other than holdout_2911i's and realistic_2911isan's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.channels.menu import MENU
from bot.dialog.answers.pmqa import question_parts
from bot.dialog.engine import DialogEngine
from content.catalog import get_catalog
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]

NOW = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)  # 10:00 in Bangkok, a Sunday


async def _with_reminders(chat: Chat, *set_: str) -> None:
    chat.engine = DialogEngine(chat.sessions, clock=lambda: NOW)
    await consented(chat)
    for message in set_:
        await chat.send(message)
        await chat.press(chat.button("w:y"))


async def test_a_reminder_removed_by_its_unit_under_the_list(chat: Chat) -> None:
    """ "ลบอันของ DT600 ออก" under the list was DT600's elements; the reminder stayed."""
    await _with_reminders(chat, "ตั้งเตือน DS600 วันที่ 10 ธ.ค.", "ตั้งเตือน DL300 วันที่ 12 ธ.ค.")
    await chat.send("ดูเตือนทั้งหมด")
    await chat.send("อันของ DL300 บ่เอาแล้วเด้อ")
    assert "ยกเลิกการเตือนหน่วย DL300 แล้ว" in chat.text(), chat.text()
    await chat.send("การเตือนของฉัน")
    assert "DS600" in chat.text() and "DL300" not in chat.text(), chat.text()


async def test_a_question_about_a_unit_under_the_list_is_still_answered(chat: Chat) -> None:
    await _with_reminders(chat, "ตั้งเตือน DS600 วันที่ 10 ธ.ค.")
    await chat.send("ดูเตือนทั้งหมด")
    await chat.send("DS600 ต้องมีหลักฐานอะไรบ้าง")
    assert "ยกเลิก" not in chat.text() and "DS600" in chat.text(), chat.text()
    await chat.send("การเตือนของฉัน")
    assert "DS600" in chat.text(), chat.text()


async def test_a_reminder_cancelled_by_its_day(chat: Chat) -> None:
    await _with_reminders(chat, "ตั้งเตือน DS600 วันที่ 10 ธ.ค.", "ตั้งเตือน DL300 วันที่ 12 ธ.ค.")
    await chat.send("สวัสดี")  # (another message between: the day alone says which)
    await chat.send("ไม่ต้องเตือนวันที่ 12 ธันวาคมแล้วครับ")
    assert "ยกเลิกการเตือนหน่วย DL300 แล้ว" in chat.text(), chat.text()
    await chat.send("ยกเลิกเตือนวันที่ 1 ม.ค. 70")  # no reminder that day: the list to choose from
    assert "DS600" in chat.text() and "w:c:" in " ".join(chat.data()), chat.text()


@pytest.mark.parametrize(("typed", "said"), [("/exam", "ประเมิน"), ("/status", "ความก้าวหน้า")])
async def test_a_guessed_slash_command_is_answered_as_its_request(chat: Chat, typed: str, said: str) -> None:
    await consented(chat)
    await chat.send(typed)
    assert said in chat.text() and "ไม่มีคำสั่ง" not in chat.text(), chat.text()


async def test_an_unknown_slash_command_lists_the_commands(chat: Chat) -> None:
    await consented(chat)
    await chat.send("/xyz123")
    text = chat.text()
    assert "ไม่มีคำสั่ง /xyz123" in text, text
    assert all(f"/{entry.command}" in text for entry in MENU), text


async def test_isan_greeting_and_handoff(chat: Chat) -> None:
    await consented(chat)
    await chat.send("สบายดีบ่ท่าน")
    assert "สวัสดี" in chat.text(), chat.text()
    await chat.send("ตอบบ่ถูกเลย ขอคนมาตอบแหน่")
    assert "เจ้าหน้าที่" in chat.text() and "ยังไม่เข้าใจ" not in chat.text(), chat.text()


def test_a_pmqa_stem_its_points_complete_gives_each_point_its_word() -> None:
    catalog = get_catalog()
    for code, joined in (("4.1.1", "เพื่อประกอบการตัดสินใจของผู้บริหาร"), ("2.1.2", "ที่รองรับการเปลี่ยนแปลงด้านเทคโนโลยีดิจิทัล")):
        question = catalog.pmqa_question(code)
        assert question is not None
        stem, points = question_parts(question)
        assert any(p.startswith(joined) for p in points) and not stem.endswith(("เพื่อ", "ที่")), (stem, points)
    question = catalog.pmqa_question("2.1.3")  # "…มีการคำนึงถึง" + its points: as the source writes it
    assert question is not None and question_parts(question) == (question.text, tuple(question.points))


async def test_a_pmqa_question_is_shown_whole(chat: Chat) -> None:
    await chat.send("คำถามข้อ 2.1.2 ของ PMQA")
    assert "ที่เพิ่มขีดความสามารถในการปฏิบัติราชการ" in chat.text(), chat.text()


async def test_a_reminder_confirmed_and_a_deletion_refused_in_isan(chat: Chat) -> None:
    """Yes and no typed in Isan under a yes/no question: "แม่นแล้วเด้อ" sets the reminder, "บ่ลบ" keeps the data."""
    chat.engine = DialogEngine(chat.sessions, clock=lambda: NOW)
    await consented(chat)
    await chat.send("เตือนส่งหลักฐาน DS600 มื้ออื่นแหน่")
    assert "ยืนยันไหม" in chat.text(), chat.text()
    await chat.send("แม่นแล้วเด้อ")
    assert "ตั้งเตือนแล้ว" in chat.text(), chat.text()
    await chat.send("ลบข้อมูลของข้อยทั้งหมด")
    await chat.send("บ่ลบ")
    await chat.send("การเตือนของฉัน")
    assert "DS600" in chat.text(), chat.text()


async def test_not_understanding_the_answer_said_in_isan(chat: Chat) -> None:
    await chat.send("DL300 คืออะไร")
    await chat.send("ข้อยยังบ่เข้าใจ")
    assert "ตรงไหนยังไม่ชัด" in chat.text(), chat.text()
