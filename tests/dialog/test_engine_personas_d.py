"""Turns found by chatting as a court-office IT officer preparing DS700 evidence, a sub-district health-promoting
hospital director and a trainer running the quiz and the self-assessment (2026-11-29, personaD); each test says the
cause in other words than the ones found."""

from __future__ import annotations

from storage.models import QuizAttempt
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]  # the fixtures, shared with the engine's own tests


async def _at_agency_step(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:g:Service")
    await chat.press("m:p:Early")
    assert "ชื่อหน่วยงาน" in chat.text()


async def test_a_count_asked_at_the_agency_step_is_answered_not_stored_as_the_agency(chat: Chat) -> None:
    await _at_agency_step(chat)
    await chat.send("ผมต้องผ่านทั้งหมดกี่ตัวครับ")  # stored as the agency "ต้องมีกี่หน่วย", before
    user = await chat.user()
    assert user is not None and user.agency is None
    assert "ผู้ทำงานด้านบริการ ในองค์กรระยะเริ่มต้น" in chat.text()


async def test_a_paused_quiz_goes_on_when_the_quiz_is_named_and_its_score_so_far_is_given(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:a")
    await chat.send("ขอทำแบบทดสอบความรู้ DL200")
    first = chat.button("q:r:")
    run = first.split(":")[2]
    await chat.press(first)
    await chat.send("ถูกไปกี่ข้อแล้วครับ")  # the self-assessments' progress, before
    assert "จาก 1 ข้อที่ตอบแล้ว" in chat.text() and "ยังเหลืออีก 4 ข้อ" in chat.text()
    await chat.send("พักก่อน")
    await chat.send("ขอเล่นควิซต่อนะ")  # a new quiz of all units, the paused one lost, before
    assert "ทำต่อจากข้อ 2/5" in chat.text()
    assert chat.button("q:r:").split(":")[2] == run
    assert await chat.count(QuizAttempt) == 1


async def test_which_group_a_front_line_units_head_is_in_is_left_to_their_duties(chat: Chat) -> None:
    await consented(chat)  # the group is asked now
    await chat.send("หัวหน้าสถานีอนามัยนับเป็นกลุ่มอะไรครับ")  # Management from "หัวหน้า"/"ผอ." without a word, before
    text = chat.text()
    assert "ไม่ได้กำหนดว่าผู้อำนวยการหน่วยบริการ (เช่น รพ.สต. โรงเรียน) อยู่ในกลุ่มใด" in text
    assert "• ผู้อำนวยการกอง:" in text and "• ผู้ทำงานด้านบริการ:" in text
    user = await chat.user()
    assert user is not None and user.profile_group is None


async def test_a_question_about_a_unit_while_units_are_offered_is_answered_not_assessed(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:g:Service")
    await chat.press("m:p:Early")
    await chat.press("m:a")
    await chat.send("ควรเริ่มจากหน่วยไหนดีคะ")
    await chat.send("DLit700 คืออะไรคะ")  # a self-assessment of DLit700 started, before
    assert "แบบประเมินตนเอง" not in chat.text() and "DLit701" in chat.text()


async def test_whether_ones_own_group_needs_a_unit(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:g:Management")
    await chat.press("m:p:Developing")
    await chat.press("m:a")
    await chat.send("เราต้องผ่าน DLit700 ไหมครับ")
    text = chat.text()
    assert "ผู้อำนวยการกอง ในระยะกำลังพัฒนา ยังไม่ต้องมี DLit700 (ต้องมีในระยะเริ่มต้น)" in text
    assert "ตามหนังสือ ก.พ. ปี 2561 หน่วย DLit700 เป็นสิ่งที่ต้องมีของ:" in text
    assert "• ผู้ทำงานด้านบริการ: ระยะเริ่มต้น, ระยะกำลังพัฒนา, ระยะพัฒนาแล้ว" in text


async def test_a_part_asked_of_an_element_says_the_unit_sets_it(chat: Chat) -> None:
    await chat.send("DS703 ต้องเตรียมหลักฐานอะไรบ้าง")
    text = chat.text()
    assert "หลักฐานที่ต้องการกำหนดไว้ทั้งหน่วย DS700 ไม่แยกตามสมรรถนะย่อยหรือเกณฑ์ ชุดเดียวกันนี้ใช้กับ DS703" in text
    assert "รายงานสรุปผลการติดตามประสิทธิภาพการให้บริการและความพึงพอใจของผู้ใช้บริการ" in text
    await chat.send("ความรู้ของ ds703 กับ ds704 ต่างกันมั้ย")  # the same list twice, before
    text = chat.text()
    assert text.count("ความรู้ด้าน e-Government Capability Maturity Model") == 1
    assert "ชุดเดียวกันนี้ใช้กับ DS703 และ DS704" in text


async def test_a_front_line_heads_title_at_the_group_step_offers_the_groups_not_the_division_directors(
        chat: Chat) -> None:
    await consented(chat)  # the group is asked now
    await chat.send("ดิฉันเป็นผู้อำนวยการโรงเรียนค่ะ")  # set to ผู้อำนวยการกอง from "ผู้อำนวยการ", before
    assert "• ผู้อำนวยการกอง:" in chat.text() and "• ผู้ทำงานด้านบริการ:" in chat.text()
    user = await chat.user()
    assert user is not None and user.profile_group is None
    await chat.send("ผอ.โรงเรียน สายบริการค่ะ")  # a group said beside the work is taken
    user = await chat.user()
    assert user is not None and user.profile_group == "Service"


async def test_going_on_with_a_quiz_when_none_is_open_offers_a_new_one(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:a")
    await chat.send("ขอทำแบบทดสอบความรู้ต่อครับ")  # "nothing left open", and no way on, before
    assert "เริ่มชุดใหม่ได้เลย" in chat.text() and "q:s:z" in chat.data()


async def test_why_a_unit_is_needed_gives_the_role_the_letter_expects(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:g:Technologist")
    await chat.press("m:p:Developing")
    await chat.press("m:a")
    await chat.send("ทำไมหนูต้องผ่าน DG500 คะ")  # DG500's overview, before
    assert "ผู้ปฏิบัติงานด้านเทคโนโลยี ในระยะกำลังพัฒนา ต้องมี DG500 (บทบาทที่คาดหวัง:" in chat.text()


async def test_which_group_work_unknown_here_is_in_gives_the_groups_by_duty(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:a")
    await chat.send("เจ้าพนักงานสาธารณสุขชุมชน จัดอยู่กลุ่มใดครับ")  # the person's own (empty) profile, before
    text = chat.text()
    assert "จัดกลุ่มตามหน้าที่และลักษณะงานที่ทำเป็นหลัก" in text and "• ผู้ทำงานด้านบริการ:" in text
    assert "m:g:Service" in chat.data()
    await chat.send("ระบบจำไว้ว่าผมอยู่กลุ่มไหนครับ")  # one's own stored group is still the profile
    assert "ข้อมูลของคุณ" in chat.text()


async def test_again_without_a_test_word_is_no_news_request(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:a")
    await chat.send("ทำใหม่อีกรอบครับ")  # "เปิดรับข่าวประกาศอีกครั้งแล้ว", before
    assert "เปิดรับข่าวประกาศ" not in chat.text()


async def test_how_the_tests_go_is_explained_not_started(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:a")
    await chat.send("แบบทดสอบความรู้มีทั้งหมดกี่ข้อคะ")  # a quiz started (or the unit picker), before
    assert "แบบทดสอบความรู้มี 5 ข้อ" in chat.text() and "q:s:z" in chat.data()
    await chat.send("ต้องได้กี่คะแนนถึงจะผ่านแบบทดสอบ")
    assert "ไม่ได้กำหนดคะแนนผ่าน" in chat.text()
    await chat.send("ทำแบบประเมินตนเองนานมั้ยครับ")
    assert "ให้ระดับ 1–4" in chat.text()


async def test_a_criterion_in_both_frameworks_shows_the_units_evidence_once(chat: Chat) -> None:
    await chat.send("เกณฑ์ข้อ 1 ของ DS703 ต้องแนบไฟล์อะไรบ้าง")  # the same evidence guide twice, before
    text = chat.text()
    assert text.count("รายงานผลการวิเคราะห์เชิงสถิติเพื่อนำไปสู่การปรับปรุงและยกระดับคุณภาพการให้บริการ") == 1
    assert "ชุดเดียวกันนี้ใช้กับ DS703.01" in text
