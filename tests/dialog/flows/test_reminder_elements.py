"""Reminders for an element ("DS703"), not only a unit: confirmed, stored, listed, cancelled and sent under
the code the person named, with the unit beside it; evidence and self-assessment buttons lead to the unit."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.dialog.engine import DialogEngine
from bot.dialog.flows.reminders import reminder_message
from content.catalog import load_catalog
from storage import EvidenceDeadline
from tests.dialog.flows.test_reminders import NOW, deadlines
from tests.dialog.test_engine import Chat, consented

DS703 = "สมรรถนะย่อย DS703 วิเคราะห์ประสิทธิภาพการให้บริการดิจิทัล (หน่วย DS700)"
DS702 = "สมรรถนะย่อย DS702 รวบรวมผลลัพธ์ของจุดให้บริการย่อยต่างๆ (หน่วย DS700)"


@pytest.fixture
async def chat(sessions: async_sessionmaker[AsyncSession]) -> Chat:
    chat = Chat(sessions)
    chat.engine = DialogEngine(sessions, clock=lambda: NOW)
    return await consented(chat)


@pytest.mark.parametrize(("message", "named", "due"), [
    ("เตือนผมทำรายงาน DS703 อีก 10 วัน", DS703, date(2026, 12, 8)),
    ("เตือน 5/1/70 สงรายงาน DS702", DS702, date(2027, 1, 5)),
])
async def test_an_element_is_confirmed_and_stored_under_its_own_code(chat: Chat, message: str, named: str,
                                                                     due: date) -> None:
    await chat.send(message)
    assert named in chat.text() and "ส่งหลักฐานหน่วย DS700" not in chat.text()
    code = named.split()[1]
    assert chat.data()[0] == f"w:y:std-2567:{code}:{due.isoformat()}"
    await chat.send("ยืนยัน")
    assert "ตั้งเตือนแล้ว" in chat.text() and named in chat.text()
    assert await deadlines(chat) == [(code, due, "active")]
    # change the date and cancel name the element; the evidence button is its unit's (only units have one)
    assert f"w:e:std-2567:{code}" in chat.data() and "u:std-2567:DS700:evidence" in chat.data()


async def test_unit_and_element_deadlines_are_listed_and_cancelled_apart(chat: Chat) -> None:
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 15 ธ.ค. 2569")
    await chat.send("ยืนยัน")
    await chat.send("เตือนส่งหลักฐาน DS703 วันที่ 20 ธ.ค. 2569")
    assert "มีกำหนดส่ง" not in chat.text()  # another deadline, not a second date for the unit's
    await chat.send("ยืนยัน")
    await chat.send("การเตือนของฉัน")
    assert "• หน่วย DS700 (มาตรฐาน 2567) กำหนดส่ง 15 ธ.ค. 2569" in chat.text()
    assert f"• {DS703} (มาตรฐาน 2567) กำหนดส่ง 20 ธ.ค. 2569" in chat.text()
    assert [b.label for r in chat.last for b in r.buttons] == ["✕ DS700 15 ธ.ค. 2569", "✕ DS703 20 ธ.ค. 2569"]
    await chat.send("ยกเลิกเตือน DS703")
    assert f"ยกเลิกการเตือน{DS703} แล้ว" in chat.text()
    assert await deadlines(chat) == [("DS700", date(2026, 12, 15), "active"),
                                     ("DS703", date(2026, 12, 20), "cancelled")]


async def test_a_second_date_for_the_element_asks_replace_or_keep(chat: Chat) -> None:
    await chat.send("เตือนส่งหลักฐาน DS703 วันที่ 15 ธ.ค. 2569")
    await chat.send("ยืนยัน")
    await chat.send("เตือนส่งหลักฐาน DS703 วันที่ 20 ธ.ค. 2569")
    assert f"มีกำหนดส่งหลักฐาน{DS703} วันที่ 15 ธ.ค. 2569 อยู่แล้ว" in chat.text()
    await chat.press(chat.button("w:r:"))
    assert await deadlines(chat) == [("DS703", date(2026, 12, 20), "active")]


async def test_a_criterion_stands_for_its_element(chat: Chat) -> None:
    await chat.send("เตือนส่งหลักฐาน DS703.1 วันที่ 20 ธ.ค. 2569")  # an OCSC criterion of DS703
    assert DS703 in chat.text()
    await chat.send("ยืนยัน")
    async with chat.sessions() as session:
        stored = (await session.scalars(select(EvidenceDeadline))).one()
    assert (stored.framework, stored.unit_code) == ("ocsc-2561", "DS703")


async def test_done_and_snooze_name_the_element(chat: Chat) -> None:
    await chat.send("เตือนส่งหลักฐาน DS703 วันที่ 15 ธ.ค. 2569")
    await chat.send("ยืนยัน")
    deadline_id = chat.button("w:c:").split(":")[2]
    await chat.press(f"w:z:{deadline_id}")
    assert f"เลื่อนกำหนดส่งหลักฐาน{DS703} เป็นวันไหน" in chat.text()
    await chat.press(f"w:d:{deadline_id}")
    assert f"บันทึกแล้วว่าส่งหลักฐาน{DS703} แล้ว" in chat.text()


def test_the_reminder_message_names_the_element_and_shows_its_units_evidence() -> None:
    catalog = load_catalog()
    unit = catalog.unit("std-2567", "DL200")
    assert unit is not None and unit.details.get("evidence")
    [th] = reminder_message(catalog, "std-2567", "DL201", date(2026, 12, 15), 7, date(2026, 12, 8), "th")
    assert th.title == "เตือนส่งหลักฐาน DL201"
    assert th.text.splitlines()[:3] == ["สมรรถนะย่อย DL201 วิเคราะห์องค์กรปัจจุบันเปรียบเทียบกับองค์กรดิจิทัลอนาคต",
                                        "ในหน่วย DL200 ออกแบบองค์กรดิจิทัล", "กำหนดส่ง 15 ธ.ค. 2569 (อีก 7 วัน)"]
    assert "หลักฐานที่ใช้ (ของทั้งหน่วย DL200):" in th.text
    assert f"• {unit.details['evidence'][1]}" in th.text
    assert [b.data for b in th.buttons] == ["w:d:7", "w:z:7"]
    [same] = reminder_message(catalog, "std-2567", "DL200", date(2026, 12, 15), 7, date(2026, 12, 8), "th")
    assert same.title == "เตือนส่งหลักฐาน DL200" and same.text.startswith("ออกแบบองค์กรดิจิทัล\n")  # a unit: as before
    [en] = reminder_message(catalog, "std-2567", "DL201", date(2026, 12, 15), 7, date(2026, 12, 8), "en")
    assert en.title == "Evidence reminder: DL201" and "in unit DL200" in en.text
