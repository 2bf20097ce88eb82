"""Answers behind holdout_2911b's answer misses, through the whole engine, in wordings other than the holdout's."""

from __future__ import annotations

from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]


async def test_a_job_named_by_its_work_gets_its_groups_role(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ช่างคอมพิวเตอร์ ระยะพัฒนาแล้ว ต้องมีหน่วยไหนบ้าง")
    assert "ผู้สร้างองค์กรอัจฉริยะ" in chat.text()  # Technologist, Mature
    await chat.send("พยาบาลแผนกผู้ป่วยนอก ระยะเริ่มต้น ต้องมีอะไรบ้าง")
    assert "ผู้ให้บริการดิจิทัลภาครัฐ" in chat.text() and "DS100" in chat.text()  # Service, Early


async def test_what_a_role_adds_to_the_phase_named_after_from(chat: Chat) -> None:
    await consented(chat)
    await chat.send("สายบริการ ระยะพัฒนาแล้ว ต้องมีหน่วยไหน")
    await chat.send("เพิ่มจากระยะกำลังพัฒนากี่หน่วยครับ")
    assert "เพิ่มจากระยะกำลังพัฒนา" in chat.text() and "DT600" in chat.text()


async def test_another_unit_after_a_part_of_one_shows_that_part(chat: Chat) -> None:
    await consented(chat)
    await chat.send("DG100 มีเกณฑ์อะไรบ้าง")
    await chat.send("ส่วน DT700 ล่ะครับ")
    assert "DT702.3 กำหนด KPI ในแต่ละช่วงเวลา" in chat.text()  # its criteria, which its overview only counts


async def test_two_units_compared_where_both_list_their_parts(chat: Chat) -> None:
    """DG300 and DG400 are titles only in the 2567 standard and detailed in ก.พ. 2561: with no framework named,
    the comparison gives both titles and the parts where they are listed, each side one tap away."""
    await consented(chat)
    await chat.send("DG300 กับ DG400 ต่างกันยังไงครับ")
    assert "DG300 ประยุกต์ใช้กรอบการดำเนินงานร่วมกันสำหรับพัฒนารัฐบาลดิจิทัล" in chat.text()  # the 2567 title
    assert "DG301" in chat.text() and "DG401" in chat.text()  # the parts, from ก.พ. 2561
    labels = [b.label for r in chat.last for b in r.buttons]
    assert {"DG300 (มาตรฐาน 2567)", "DG300 (ก.พ. 2561)", "DG400 (ก.พ. 2561)"} <= set(labels)


async def test_units_detailed_in_the_first_framework_are_compared_there_only(chat: Chat) -> None:
    await consented(chat)
    await chat.send("DS700 กับ DL200 ต่างกันยังไง")
    assert "DL201" in chat.text() and "DS701" in chat.text() and "(สำนักงาน ก.พ." not in chat.text()
    assert "เทียบใน ก.พ. 2561" in [b.label for r in chat.last for b in r.buttons]  # the other pair, a tap away
