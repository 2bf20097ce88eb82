"""Turns found by chatting as three people (an HR training officer, a division director, an IT officer
preparing DS700 evidence), each through the whole engine: follow-ups lean on the unit just shown,
a question for a number gets the number first."""

from __future__ import annotations

from content.catalog import get_catalog
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions
from tests.dialog.test_engine_natural import with_profile

__all__ = ["chat", "sqlite_sessions"]  # the fixtures, shared with the engine's own tests


async def test_a_part_asked_after_a_unit_is_that_units_not_the_profiles_role(chat: Chat) -> None:
    await with_profile(chat, "Technologist", "Developing")
    await chat.send("DL200 คืออะไรคะ")
    await chat.send("ต้องรู้อะไรบ้างคะ")  # no code: the unit just shown, not the person's role
    assert "ความรู้ ของหน่วย DL200" in chat.text()
    assert "ความสามารถที่ต้องมี" not in chat.text()
    await chat.send("แล้วหลักฐานล่ะคะ")
    assert "หลักฐานที่ต้องการ ของหน่วย DL200" in chat.text()
    await chat.send("ใช้วิธีประเมินแบบไหน")
    assert "วิธีการประเมิน ของหน่วย DL200" in chat.text() and "• สอบข้อเขียน" in chat.text()


async def test_assessed_how_after_a_unit_is_its_assessment_method(chat: Chat) -> None:
    await consented(chat)
    await chat.send("หลักฐาน DS700 มีอะไรบ้าง")
    await chat.send("ประเมินวิธีไหนคะ")
    assert "วิธีการประเมิน ของหน่วย DS700" in chat.text()
    assert "• พิจารณาได้จากเครื่องมือประเมินสมรรถนะบุคคล (Assessment Tool)" in chat.text()


async def test_how_many_gets_the_number_first(chat: Chat) -> None:
    await consented(chat)
    await chat.send("DS700 มีทักษะกี่ข้อครับ")
    first = chat.last[0].text.splitlines()[0]
    assert first == "ทักษะ ของหน่วย DS700 มี 6 ข้อ"
    await chat.send("ความรู้ล่ะ")  # the part changes; no number asked
    assert chat.last[0].text.splitlines()[0] != "ความรู้ ของหน่วย DS700 มี 8 ข้อ"
    await chat.send("มีทั้งหมดกี่ข้อ")  # a number of the part just shown
    assert chat.last[0].text.splitlines()[0] == "ความรู้ ของหน่วย DS700 มี 8 ข้อ"
    await chat.send("หลักฐาน DL200 มีกี่อย่าง")  # in parts: each part counted, the advice not added in
    assert chat.last[0].text.splitlines()[0] == (
        "หลักฐานที่ต้องการ ของหน่วย DL200 มี 3 ส่วน: หลักฐานการปฏิบัติงาน 2 ข้อ · หลักฐานความรู้ 2 ข้อ · "
        "คำแนะนำในการประเมิน 2 ข้อ")


async def test_how_many_elements_is_counted_and_short(chat: Chat) -> None:
    await consented(chat)
    await chat.send("DS700 มีสมรรถนะย่อยกี่ข้อ")
    assert "หน่วย DS700 มีสมรรถนะย่อย 4 ข้อ เกณฑ์รวม 12 ข้อ" in chat.text()
    assert "DS701.01" not in chat.text()  # the summary, not every criterion
    assert "u:std-2567:DS700:criteria" in chat.data()  # every criterion one press away


async def test_a_provincial_governor_is_an_executive_not_the_profiles_group(chat: Chat) -> None:
    await with_profile(chat, "Management", "Early")
    await chat.send("ผู้ว่าฯ ระยะเริ่มต้นต้องมีอะไรบ้าง")
    assert "ผู้บริหารส่วนราชการ ในองค์กรระยะเริ่มต้น" in chat.text()
    await chat.send("ท่านผู้ว่าราชการจังหวัด ช่วงกำลังพัฒนา ต้องมีทักษะอะไรคะ")
    assert "ผู้บริหารส่วนราชการ ในองค์กรระยะกำลังพัฒนา" in chat.text()
    assert "ผู้อำนวยการกอง" not in chat.text()


async def test_how_the_phases_differ_is_short_first_with_the_persons_role_in_each(chat: Chat) -> None:
    await with_profile(chat, "Management", "Developing")
    await chat.send("องค์กรแต่ละระยะต่างกันอย่างไรคะ")
    [reply] = chat.last
    assert len(reply.text) < 700  # one phone screen; the letter's clauses behind a button
    assert "• ระยะเริ่มต้น (Early Stage): ผู้ปรับเปลี่ยนกระบวนการงานด้านดิจิทัลในกระบวนการทำงานหรือการให้บริการ (13 หน่วย)" \
        in reply.text
    assert "• ระยะพัฒนาแล้ว (Mature Stage): ผู้ขับเคลื่อนองค์กรแห่งดิจิทัล (25 หน่วย)" in reply.text
    assert "ข้อ ๖" in reply.text and "ocsc_digital_skills_2561.txt บรรทัด 136" in reply.text
    assert chat.data() == ["i:phase_info:full", "r:Management:Early", "r:Management:Developing", "r:Management:Mature"]
    await chat.send("อ่านข้อความเต็ม")  # the button's label typed
    assert "๖. ข้าราชการและบุคลากรภาครัฐผู้ใด" in chat.text()
    user = await chat.user()
    assert user is not None and user.profile_phase == "Developing"  # a question never sets the phase


async def test_the_units_to_assess_are_short_first_with_paging_and_none_hidden(chat: Chat) -> None:
    await with_profile(chat, "Technologist", "Developing")  # 27 units
    await chat.send("อยากทำแบบประเมินตนเองครับ")
    [menu] = chat.last
    assert len(menu.text) < 1000 and "27 หน่วย" in menu.text
    assert chat.data()[0] == "q:s:a:2" and len(chat.data()) <= 13
    seen: set[str] = set()
    for _ in range(6):
        text = chat.text()
        seen |= {line.split()[1] for line in text.splitlines() if line.startswith("• ")}
        more = [d for d in chat.data() if d.startswith("q:s:a:") and d.count(":") == 3]
        if not more:
            break
        await chat.send("ดูเพิ่ม")  # the label typed works as the press
    role = get_catalog().role("Developing", "Technologist")
    assert role is not None and seen == set(role.units)  # every unit, a page at a time
    await chat.send("DT700")  # a code typed at the menu starts it
    assert "เริ่มประเมินตนเองหน่วย DT700" in chat.text()


async def test_progress_names_every_lacking_unit_in_one_short_message(chat: Chat) -> None:
    await with_profile(chat, "Technologist", "Developing")
    await chat.send("ความคืบหน้าของฉัน")
    [reply] = chat.last
    assert "หน่วยที่ตำแหน่งของคุณยังไม่ได้ประเมิน (27):" in reply.text and len(reply.text) < 1000
    assert "และอีก 22 หน่วย:" in reply.text and "DL300" in reply.text
    assert chat.data()[0] == "q:s:a" and len(chat.data()) == 13


async def test_not_started_after_a_reminder_or_a_unit_says_where_to_start(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ตั้งเตือนส่งหลักฐาน DS700 วันที่ 20 ธ.ค. 2569 ค่ะ")
    await chat.send("ยืนยันค่ะ")
    assert "ตั้งเตือนแล้ว" in chat.text()
    await chat.send("ยังไม่ได้ทำเลยค่ะ")
    assert "ยังไม่เข้าใจ" not in chat.text()
    assert "เริ่มเตรียมหน่วย DS700" in chat.text() and "ประเมินตนเองตามเกณฑ์ 12 ข้อ" in chat.text()
    assert chat.data() == ["u:std-2567:DS700:evidence", "q:s:a:std-2567:DS700", "u:std-2567:DS700:knowledge"]
    await chat.send("DL200 คืออะไร")
    await chat.send("ไม่รู้จะเริ่มตรงไหนเลยครับ")  # after a unit shown, in other words
    assert "เริ่มเตรียมหน่วย DL200" in chat.text() and "q:s:a:std-2567:DL200" in chat.data()


async def test_not_started_with_nothing_before_is_not_guessed(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ยังไม่ได้ทำเลยค่ะ")
    assert "เริ่มเตรียมหน่วย" not in chat.text()


async def test_cancelling_every_reminder_asks_once_then_cancels_them_all(chat: Chat) -> None:
    await consented(chat)
    for typed in ("ตั้งเตือนส่งหลักฐาน DS700 วันที่ 20 ธ.ค. 2569", "ยืนยัน",
                  "เตือนส่งหลักฐาน DL200 วันที่ 10 ม.ค. 2570", "ยืนยัน"):
        await chat.send(typed)
    await chat.send("ยกเลิกการเตือนทุกอันเลยค่ะ")
    assert "ยกเลิกการเตือนทั้งหมด 2 รายการ (DS700 · DL200) ใช่ไหม" in chat.text()
    await chat.send("ไม่ดีกว่า")
    assert "การเตือนยังอยู่ครบ" in chat.text()
    await chat.send("ยกเลิกเตือนทั้งหมดค่ะ")
    await chat.send("ยืนยันค่ะ")
    assert "ยกเลิกการเตือนทั้งหมดแล้ว (2 รายการ)" in chat.text()
    await chat.send("ดูการเตือนของฉัน")
    assert "ยังไม่มีการเตือน" in chat.text()


async def test_the_pmqa_levels_themselves_are_answered_not_a_topic_search(chat: Chat) -> None:
    await consented(chat)
    for asked in ("ระดับของ PMQA มีอะไรบ้างคะ", "เกณฑ์ PMQA แบ่งเป็นกี่ระดับ"):
        await chat.send(asked)
        assert "• Basic (A&D)\n• Advance (Alignment)\n• Significance (Integration)" in chat.text()
        assert "ประเด็น 3.1" not in chat.text()  # the word ระดับ found in an item's text
        assert "p:4" in chat.data() and "(pmqa_4_0_criteria_2565.txt บรรทัด 89)" in chat.text()


async def test_how_many_indicators_is_the_rule_not_every_group_again(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ตัวชี้วัดหมวด 7 มีอะไรบ้างคะ")
    assert "7.6 ด้านการลดต้นทุน" in chat.text()
    await chat.send("ต้องกรอกกี่ตัวคะ")
    [reply] = chat.last
    assert "1. ข้อมูลตัวชี้วัด (จำนวน 5 ตัวชี้วัด)" in reply.text and "ไม่เกิน 3 ตัวชี้วัด" in reply.text
    assert "7.1 ด้านพันธกิจ" not in reply.text and len(reply.text) < 700
    assert reply.text.endswith("(pmqa_4_0_criteria_2565.txt บรรทัด 1111)")
    assert chat.data()[:2] == ["t:ตัวชี้วัดหมวด 7", "p:7.1"]


async def test_one_part_of_a_role_asked_by_name_is_that_part_only(chat: Chat) -> None:
    await with_profile(chat, "Management", "Developing")
    await chat.send("ผอ.กองต้องมีอะไรบ้างคะ")
    await chat.send("แล้วความรู้ล่ะ")
    assert "ความรู้:" in chat.text() and "ประสบการณ์:" not in chat.text() and "บทบาทและพฤติกรรม" not in chat.text()
    assert "r:Management:Developing:experience" in chat.data()
    await chat.press("r:Management:Developing:experience")
    assert "ประสบการณ์:" in chat.text() and "ความรู้:" not in chat.text()
    await chat.press("r:Management:Developing:about")  # the whole of it is still one press
    assert all(part in chat.text() for part in ("บทบาทและพฤติกรรมที่คาดหวัง:", "ความรู้:", "ประสบการณ์:", "สมรรถนะ:"))


async def _reminder_set(chat: Chat, typed: str = "เตือนส่งหลักฐาน DS700 วันที่ 15/12/2569") -> None:
    await consented(chat)
    await chat.send(typed)
    await chat.send("ยืนยันค่ะ")
    assert "ตั้งเตือนแล้ว" in chat.text()


async def test_another_date_right_after_a_reminder_moves_it_with_one_question(chat: Chat) -> None:
    await _reminder_set(chat)
    await chat.send("ขอเลื่อนเป็น 22 ธ.ค. ได้ไหมคะ")
    assert "15 ธ.ค. 2569" in chat.text() and "w:r:std-2567:DS700:2026-12-22" in chat.data()
    await chat.send("ยืนยัน")
    assert "ตั้งเตือนแล้ว: หน่วย DS700 (มาตรฐาน 2567) วันที่ 22 ธ.ค. 2569" in chat.text()  # (its framework named)


async def test_evidence_sent_for_a_reminded_unit_stops_its_reminders_with_one_press(chat: Chat) -> None:
    await _reminder_set(chat)
    await chat.send("ส่งหลักฐาน DS700 ไปเรียบร้อยแล้วค่ะ")
    assert "ส่งหลักฐานหน่วย DS700 แล้วใช่ไหม (กำหนดส่ง 15 ธ.ค. 2569)" in chat.text()
    assert "(ก) หลักฐานการปฏิบัติงาน" not in chat.text()  # not the evidence list again
    await chat.send("ส่งแล้ว")
    assert "จะไม่เตือนอีก" in chat.text()
    await chat.send("ส่งหลักฐาน DL200 แล้วค่ะ")  # no reminder for it: the question as asked
    assert "แล้วใช่ไหม" not in chat.text()


async def test_how_reminders_are_sent_is_explained_not_a_new_reminder(chat: Chat) -> None:
    await _reminder_set(chat)
    await chat.send("เตือนล่วงหน้ากี่วันคะ")
    assert "ก่อน 7 วัน ก่อน 1 วัน และในวันครบกำหนด เวลา 09:00 น." in chat.text()
    assert "ภายในวันไหน" not in chat.text()


async def test_how_many_percent_for_a_level_is_the_band_not_the_filling_rule(chat: Chat) -> None:
    await consented(chat)
    await chat.send("หมวด 7 ถ้าจะได้ระดับ Significance ผลลัพธ์ต้องดีกว่าเป้ากี่เปอร์เซ็นต์")
    assert "> 10%" in chat.text()


async def test_laws_are_counted_in_their_own_word(chat: Chat) -> None:
    await consented(chat)
    await chat.send("กฎหมายที่เกี่ยวข้องกับ DS700 มีกี่ฉบับ")
    assert chat.last[0].text.splitlines()[0] == "กฎหมายที่เกี่ยวข้อง ของหน่วย DS700 มี 5 ฉบับ"


async def test_a_paused_quiz_is_continued_with_a_word_that_fits_a_quiz(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ทดสอบความรู้ DS700")
    await chat.send("หยุดก่อน")
    assert "q:c" in chat.data() and "แบบประเมิน" not in " ".join(b.label for r in chat.last for b in r.buttons)


async def test_which_evidence_without_a_unit_offers_the_units_reminded_first(chat: Chat) -> None:
    await _reminder_set(chat, "เตือนส่งหลักฐาน DL200 วันที่ 10 ม.ค. 2570")
    await chat.send("PMQA หมวด 4 มีประเด็นอะไรบ้าง")  # another subject in between, no unit
    await chat.send("ฉันต้องส่งหลักฐานอะไรบ้างคะ")
    assert "ยังไม่แน่ใจ" not in chat.text()
    assert "• DL200 (ตั้งเตือนไว้ กำหนดส่ง 10 ม.ค. 2570)" in chat.text()
    assert chat.data()[:2] == ["u:std-2567:DL200:evidence", "u:std-2567:DS700:evidence"]


async def test_a_typed_yes_answers_the_discard_question_and_anything_else_keeps_the_run(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ประเมินตนเอง DL200")
    await chat.send("4")
    await chat.send("ยกเลิก")
    assert "ยกเลิกแบบประเมินนี้ใช่ไหม" in chat.text()
    await chat.send("3")  # not an answer to it: the run goes on, and 3 rates the waiting criterion
    assert "ข้อ 3/10" in chat.text()
    await chat.send("ยกเลิก")
    await chat.send("ยืนยันค่ะ")
    assert "ยกเลิกแบบประเมินแล้ว" in chat.text()


async def test_a_result_item_of_category_7_is_its_indicators(chat: Chat) -> None:
    await consented(chat)
    await chat.send("7.2 ตัววัดบังคับมีอะไรบ้าง")
    await chat.send("แล้ว 7.3 ล่ะ")
    lines = chat.text().splitlines()
    assert "7.3 ด้านการพัฒนาบุคลากรและเครือข่าย" in lines and "• การเรียนรู้และผลการพัฒนา *" in lines
    assert lines.index("7.3 ด้านการพัฒนาบุคลากรและเครือข่าย") < lines.index("หมวด 7 ประกอบด้วย 6 ข้อย่อย (7.1 - 7.6)")
    assert "7.2 ด้านผู้รับบริการ และประชาชน" not in lines


async def test_a_deadline_by_the_end_of_the_year(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ตั้งเตือน DL200 ภายในสิ้นปีนี้")
    assert "กำหนดวันที่ 31 ธ.ค." in chat.text()  # of the year the conversation is in


async def test_a_part_asked_after_a_search_is_the_first_results(chat: Chat) -> None:
    await consented(chat)
    await chat.send("วัดประสิทธิภาพบริการดิจิทัลอยู่หน่วยไหน")
    assert chat.last[0].text.splitlines()[1].startswith("• DS700")
    await chat.send("ประเมินวิธีไหนครับ")
    assert "วิธีการประเมิน ของหน่วย DS700" in chat.text()
    await chat.send("Big Data อยู่หน่วยไหน")
    await chat.send("แล้วหลักฐานล่ะ")  # the first result now, not DS700 from before
    assert "DS700" not in chat.text()


async def test_cancel_pointing_at_a_reminder_shown_cancels_that_one(chat: Chat) -> None:
    await _reminder_set(chat)
    await chat.send("ยกเลิกตัวนี้ด้วยค่ะ")  # under "ตั้งเตือนแล้ว" and its "ยกเลิกเตือนนี้" button
    assert "ยกเลิกการเตือนหน่วย DS700 แล้ว" in chat.text()
    await chat.send("ดูเตือนทั้งหมด")
    assert "ยังไม่มีการเตือน" in chat.text()


async def test_cancel_pointing_at_one_of_several_reminders_shows_them_to_choose(chat: Chat) -> None:
    await _reminder_set(chat)
    await chat.send("เตือนส่งหลักฐาน DL200 วันที่ 20/12/2569")
    await chat.send("ยืนยันค่ะ")
    await chat.send("มีเตือนอะไรบ้าง")
    await chat.send("cancel this one")
    assert "ยกเลิกการเตือน" not in chat.text() and "DS700" in chat.text() and "DL200" in chat.text()
    assert len([d for d in chat.data() if d.startswith("w:c:")]) == 2  # nothing cancelled: the person picks
