"""Wrong turns found by chatting as a court clerk, a provincial director and a tax officer (answers5,
2026-11-29), in the whole dialog. Each test uses other wordings than the ones found."""

from __future__ import annotations

from bot.dialog import respond
from content.catalog import Catalog
from intents import understand
from intents.context import follow_up, topic_of
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions  # noqa: F401 - fixtures


async def _director(chat: Chat) -> None:  # noqa: F811
    """A division director whose agency is in the developing phase."""
    await consented(chat)
    await chat.press("m:g:Management")
    await chat.press("m:p:Developing")
    await chat.press("m:a")


async def test_ones_own_phase_is_the_profiles_not_the_one_talked_about(chat: Chat) -> None:  # noqa: F811
    await _director(chat)
    await chat.send("ถ้าองค์กรไปถึงระยะพัฒนาแล้ว ผู้อำนวยการกองต้องมีอะไรเพิ่ม")
    assert "ระยะพัฒนาแล้ว" in chat.text()
    await chat.send("ระยะของเรา ฝ่ายบริการต้องมีไร")
    assert "ระยะกำลังพัฒนา" in chat.text() and "ระยะพัฒนาแล้ว" not in chat.text(), chat.text()


async def test_every_group_in_ones_own_phase_is_that_phases_column(chat: Chat) -> None:  # noqa: F811
    await _director(chat)
    await chat.send("ทุกกลุ่มในระยะปัจจุบันต้องมีทักษะอะไรบ้าง")
    assert "ระยะกำลังพัฒนา" in chat.text() and "ระยะเริ่มต้น" not in chat.text(), chat.text()


async def test_two_groups_compared_in_ones_own_phase(chat: Chat) -> None:  # noqa: F811
    await _director(chat)
    await chat.send("ไอทีกับบริการ ในระยะที่เราอยู่ ต่างกันไง")
    text = chat.text()
    assert "ระยะกำลังพัฒนา" in text and "ระยะเริ่มต้น" not in text and "ระยะพัฒนาแล้ว" not in text, text


async def test_a_refused_date_keeps_the_unit_for_the_next_date(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("เตือนส่งหลักฐาน DL200 วันที่ 30 ก.พ. 2570")
    assert "ไม่มีวันที่" in chat.text()
    await chat.send("งั้นเป็น 27 ก.พ.")  # "which unit?", before
    assert "DL200" in chat.text() and "27 ก.พ. 2570" in chat.text(), chat.text()


async def test_another_date_for_a_unit_with_a_reminder_asks_once(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("ตั้งเตือน DS700 วันที่ 20 ธ.ค. 2569")
    await chat.send("ยืนยัน")
    await chat.send("เตือน DS700 ขอเป็น 8 มกรา 70 แทนครับ")  # "set it?" then "replace?", before
    assert "20 ธ.ค. 2569" in chat.text() and "8 ม.ค. 2570" in chat.text(), chat.text()
    await chat.send("เปลี่ยนเลย")
    await chat.send("มีเตือนอะไรบ้าง")
    assert "8 ม.ค. 2570" in chat.text() and "20 ธ.ค. 2569" not in chat.text()


async def test_a_question_after_a_finished_self_assessment_is_about_its_unit(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("ประเมินตนเอง DL200")
    for _ in range(10):
        await chat.send("2")
    assert "เสร็จแล้ว" in chat.text()
    await chat.send("ต้องมีความรู้อะไรบ้างคะ")  # not understood (no unit), before
    assert "ความรู้ ของหน่วย DL200" in chat.text(), chat.text()


def test_two_criteria_of_one_unit_ask_its_part_once(catalog: Catalog) -> None:
    topic = topic_of(understand("DS701.01 กับ DS702.02 ต่างกันตรงไหน"))
    u = follow_up(understand("แล้วหลักฐานล่ะ"), topic, catalog=catalog)
    replies = respond(u, catalog)
    assert [r.title for r in replies] == ["DS700 หลักฐานที่ต้องการ"]  # the same card twice, before


async def test_ones_own_staff_by_group_are_in_ones_own_phase(chat: Chat) -> None:  # noqa: F811
    await _director(chat)
    await chat.send("ทีมงานของผมแต่ละกลุ่มต้องมีทักษะอะไรบ้างครับ")  # all three phases, before
    assert "ระยะกำลังพัฒนา" in chat.text() and "ระยะเริ่มต้น" not in chat.text(), chat.text()
