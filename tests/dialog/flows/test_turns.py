"""The flows' turns as people take them, through the whole engine: a unit quiz stays on its unit,
free-text profile answers are cleaned and understood, resume says where it goes on, a reminder
offers what to do next."""

from __future__ import annotations

from sqlalchemy import select

from storage import AssessmentAnswer, ConversationState, EvidenceDeadline, QuizAttempt
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]  # the fixtures, shared with the engine's own tests


async def test_a_quiz_on_ds700_asks_about_ds700_only(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ทดสอบความรู้ DS700 ค่ะ")
    asked: list[str] = []
    for n in range(5):
        assert f"ข้อ {n + 1}/5" in chat.text()
        question = next(r.text for r in chat.last if f"ข้อ {n + 1}/5" in r.text)
        asked.append(question.split("\n")[1])
        codes = {word for line in question.split("\n")[2:] for word in line.split()[1:2]}
        assert codes <= {"DS701", "DS702", "DS703", "DS704"}, question
        await chat.press(chat.button("q:r:"))
    assert len(set(asked)) == 5  # no question twice
    assert "คะแนน" in chat.text()
    async with chat.sessions() as session:
        quiz = (await session.scalars(select(QuizAttempt))).one()
    assert (quiz.framework, quiz.unit_code, quiz.max_score) == ("std-2567", "DS700", 5)


async def test_a_typed_number_in_a_quiz_picks_that_choice(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ทดสอบความรู้ DS700")
    await chat.send("2")  # the second choice, ข: its value is 1 (choices count from 0)
    assert "ข้อ 2/5" in chat.text()
    await chat.send("ข้อ 1")
    await chat.send("ค")
    await chat.send("๔")
    async with chat.sessions() as session:
        state = (await session.scalars(select(ConversationState))).one()
    assert state.data["ans"] == {"0": 1, "1": 0, "2": 2, "3": 3}
    await chat.send("ง")
    assert "คะแนน" in chat.text()


async def test_a_unit_without_enough_content_is_said_so_not_swapped_for_all_units(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ขอทดสอบความรู้ CS100")
    assert "CS100" in chat.text() and "ไม่พอ" in chat.text()
    assert "q:s:z" in chat.data()  # the all-units quiz, offered explicitly
    assert not any(d.startswith("q:r:") for d in chat.data())


async def _at_agency(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:g:Academic")
    await chat.press("m:p:Early")


async def test_the_agency_is_saved_without_polite_particles(chat: Chat) -> None:
    await _at_agency(chat)
    await chat.send("กรมบัญชีกลางครับ")
    user = await chat.user()
    assert user is not None and user.agency == "กรมบัญชีกลาง"
    assert "• หน่วยงาน: กรมบัญชีกลาง\n" in chat.text() + "\n" and "กรมบัญชีกลางครับ" not in chat.text()


async def test_a_particle_alone_asks_the_agency_again(chat: Chat) -> None:
    await _at_agency(chat)
    await chat.send("ครับ")
    user = await chat.user()
    assert user is not None and user.agency is None
    assert "m:a" in chat.data()  # the agency question again, with its skip button
    await chat.send("ข้ามค่ะ")
    user = await chat.user()
    assert user is not None and user.agency is None and "ข้อมูลของคุณ" in chat.text()


async def test_hr_work_at_the_group_step_asks_with_the_buttons_never_a_bare_ellipsis(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ทำงาน HR ค่ะ")
    assert "…" not in chat.text()
    assert "งาน HR" in chat.text() and "ผู้ทำงานด้านบริการ" in chat.text()
    assert [d for d in chat.data() if d.startswith("m:g:")] == [
        "m:g:Executive", "m:g:Management", "m:g:Academic", "m:g:Service", "m:g:Technologist", "m:g:Others"]
    user = await chat.user()
    assert user is not None and user.profile_group is None  # open work: the person chooses
    await chat.send("นโยบายและวิชาการค่ะ")
    user = await chat.user()
    assert user is not None and user.profile_group == "Academic"


async def test_unambiguous_work_sets_the_group_and_says_so(chat: Chat) -> None:
    await consented(chat)
    await chat.send("เป็นโปรแกรมเมอร์ครับ")
    user = await chat.user()
    assert user is not None and user.profile_group == "Technologist"
    assert "→ ผู้ปฏิบัติงานด้านเทคโนโลยี" in chat.text() and "m:g" in chat.data()  # said, and changeable
    assert "m:p:Early" in chat.data()  # on to the phase


async def test_unclear_answers_ask_again_with_the_buttons(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ไม่แน่ใจค่ะ")
    assert "…" not in chat.text() and "m:g:Others" in chat.data()
    await chat.press("m:g:Service")
    await chat.send("ยังไม่รู้เลยค่ะ")
    assert "m:p:Early" in chat.data() and "t:ระยะต่างกันอย่างไร" in chat.data()
    await chat.press("t:ระยะต่างกันอย่างไร")  # the phases explained; the step still waits
    assert "ระยะเริ่มต้น (Early Stage)" in chat.text()
    await chat.send("ระยะกำลังพัฒนาค่ะ")
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase) == ("Service", "Developing")


async def test_a_phase_answered_before_the_group_is_not_asked_again(chat: Chat) -> None:
    await consented(chat)
    await chat.send("หน่วยงานน่าจะยังอยู่ช่วงเริ่มต้นค่ะ")  # the phase, typed while the group is asked
    assert "m:g:Others" in chat.data()
    await chat.send("กลุ่มอื่นค่ะ")
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase) == ("Others", "Early")
    assert not any(d.startswith("m:p:") for d in chat.data())  # on to the agency, the phase kept
    assert "m:a" in chat.data()
    await chat.press("m:g")  # a later round: the group changes, and then the phase is asked again
    await chat.press("m:g:Service")
    assert "m:p:Early" in chat.data()


async def test_a_question_at_the_phase_step_never_sets_the_phase(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:g:Technologist")
    await chat.send("ระยะเริ่มต้นกับพัฒนาแล้วต่างกันยังไง")
    user = await chat.user()
    assert user is not None and user.profile_phase is None


async def test_a_follow_up_at_the_agency_step_is_not_an_agency(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:g:Management")
    await chat.press("m:p:Early")
    await chat.send("แล้วระยะกำลังพัฒนาล่ะ")
    user = await chat.user()
    assert user is not None and user.agency is None
    assert "ผู้บริหารการเปลี่ยนแปลงด้านดิจิทัลระดับองค์กร" in chat.text()  # Management, Developing


async def test_a_question_at_the_agency_step_moves_on_and_a_typed_more_pages(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:g:Technologist")
    await chat.press("m:p:Developing")
    await chat.send("ตำแหน่งของผมต้องมีสมรรถนะอะไรบ้างครับ")  # asked instead of naming the agency
    assert "ความสามารถที่ต้องมี" in chat.text()
    await chat.send("ดูเพิ่ม")  # the page button's label, typed: the next page, never an agency called so
    user = await chat.user()
    assert user is not None and user.agency is None
    assert "บันทึกข้อมูลของคุณ" not in chat.text() and "หน่วยที่ 4–10 จาก 27" in chat.text()


async def _three_rated_then_paused(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ขอประเมินตัวเอง DS700")
    assert "เริ่มประเมินตนเองหน่วย DS700" in chat.text()
    for typed in ("3", "๓", "ระดับ 2"):
        await chat.send(typed)
    await chat.send("หยุดไว้ก่อน")


async def test_resume_says_where_it_goes_on_and_asks_at_once(chat: Chat) -> None:
    await _three_rated_then_paused(chat)
    await chat.send("ทำต่อ")
    assert chat.text().startswith("ทำต่อจากข้อ 4/12")
    assert "เริ่มประเมิน" not in chat.text() and "DS702.01" in chat.text()
    assert len(chat.last) == 1 and any(d.startswith("q:r:") for d in chat.data())


async def test_resume_after_another_flow_and_restart_by_name_go_on_too(chat: Chat) -> None:
    await _three_rated_then_paused(chat)
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 15 ม.ค. 2570")  # another flow in between
    await chat.send("ยืนยัน")
    await chat.send("ทำต่อ")
    assert chat.text().startswith("ทำต่อจากข้อ 4/12") and "เริ่มประเมิน" not in chat.text()
    await chat.send("พอก่อน")
    await chat.send("ทำแบบประเมิน DS700")  # the unit named again: its open attempt goes on
    assert chat.text().startswith("ทำต่อจากข้อ 4/12") and "เริ่มประเมิน" not in chat.text()


async def test_a_paused_quiz_resumes_where_it_stopped(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ทดสอบความรู้ DS700")
    await chat.send("ก")
    await chat.send("หยุด")
    await chat.press("q:c")
    assert chat.text().startswith("ทำต่อจากข้อ 2/5") and "แบบทดสอบความรู้ 5 ข้อ" not in chat.text()


async def test_a_set_reminder_offers_what_to_do_next(chat: Chat) -> None:
    await consented(chat)
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 15 ม.ค. 2570")
    await chat.send("ยืนยันครับ")  # a typed confirmation with a particle
    assert "ตั้งเตือนแล้ว" in chat.text()
    deadline_id = (await _deadlines(chat))[0][0]
    assert chat.data() == ["w:l", "w:e:std-2567:DS700", f"w:c:{deadline_id}", "u:std-2567:DS700:evidence"]
    assert [b.label for r in chat.last for b in r.buttons] == ["ดูเตือนทั้งหมด", "แก้วันที่", "ยกเลิกเตือนนี้",
                                                             "ดูหลักฐาน DS700"]
    await chat.press("u:std-2567:DS700:evidence")
    assert "รายงานสรุปผลการติดตามประสิทธิภาพการให้บริการและความพึงพอใจของผู้ใช้บริการ" in chat.text()


async def test_a_unit_without_an_evidence_list_offers_its_self_assessment(chat: Chat) -> None:
    await consented(chat)
    await chat.press("w:y:ocsc-2561:DG100:2027-01-15")
    assert chat.data()[-1] == "q:s:a:ocsc-2561:DG100"


async def test_typed_labels_press_the_buttons_just_shown(chat: Chat) -> None:
    await consented(chat)
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 15 ม.ค. 2570")
    await chat.send("ตกลงค่ะ")  # a yes that also finds DG400's "ข้อตกลง…": still this step's yes
    assert "ตั้งเตือนแล้ว" in chat.text()
    await chat.send("ดูเตือนทั้งหมด")
    assert "การเตือนของคุณ" in chat.text()
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 20 ม.ค. 2570")
    assert "อยู่แล้ว" in chat.text()  # a second date for the same unit: replace or keep
    await chat.send("คงวันที่เดิมครับ")
    assert [d for _, d in await _deadlines(chat)] == ["2027-01-15"]
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 25 ม.ค. 2570")
    await chat.send("เปลี่ยนเป็น 25 ม.ค. 2570")  # the button's label, cut on the button, typed in full
    assert [d for _, d in await _deadlines(chat)] == ["2027-01-25"]
    await chat.send("ยกเลิกเตือนนี้")
    assert "ยกเลิกการเตือนหน่วย DS700 แล้ว" in chat.text()
    assert await _deadlines(chat) == []


async def _deadlines(chat: Chat) -> list[tuple[int, str]]:
    async with chat.sessions() as session:
        rows = await session.execute(select(EvidenceDeadline.id, EvidenceDeadline.due_date)
                                     .where(EvidenceDeadline.status == "active"))
        return [(i, d.isoformat()) for i, d in rows.tuples()]


async def test_skip_at_the_group_or_phase_step_skips(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ข้ามค่ะ")
    assert "ข้ามไปก่อน" in chat.text() and chat.data() == ["m:g"]
    await chat.press("m:g")
    await chat.press("m:g:Service")
    await chat.send("ข้าม")
    assert "ข้ามไปก่อน" in chat.text()
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase) == ("Service", None)


async def test_ratings_typed_in_words_are_recorded_and_other_text_asks_again(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ประเมินตนเอง DL200")
    for typed in ("สาม", "ระดับสี่ค่ะ", "4 เลย", "ได้ 2 คะแนน", "ทำได้บ้างค่ะ"):
        await chat.send(typed)
    await chat.send("ไม่แน่ใจ")  # no answer: the same question again, saying how to answer
    assert chat.text().startswith("ยังไม่ได้บันทึกคำตอบ") and "ข้อ 6/10" in chat.text()
    assert "ยังไม่เข้าใจ" not in chat.text() and "…" not in chat.text()
    await chat.send("ขอบคุณครับ")  # thanks is answered as such; the question waits a button away
    assert "q:c" in chat.data()
    async with chat.sessions() as session:
        ratings = list(await session.scalars(select(AssessmentAnswer.rating).order_by(AssessmentAnswer.criterion_code)))
    assert ratings == [3, 4, 4, 2, 2]


async def test_a_quiz_answer_typed_as_its_letter_after_a_word(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ทดสอบความรู้ DS700")
    await chat.send("ไม่รู้")
    assert "พิมพ์ ก ข ค ง" in chat.text() and "ข้อ 1/5" in chat.text()
    await chat.send("ข้อ ค")
    assert "ข้อ 2/5" in chat.text()
    async with chat.sessions() as session:
        state = (await session.scalars(select(ConversationState))).one()
    assert state.data["ans"] == {"0": 2}


async def test_pmqa_answers_typed_in_either_wording(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ประเมินความพร้อม PMQA หมวด 2")
    assert "มีข้อมูลครบ" in [b.label for r in chat.last for b in r.buttons]  # 2.1.1 is a fill-in
    for typed in ("ทำแล้วค่ะ", "บางส่วน", "ยังไม่ได้ทำครับ", "2"):
        await chat.send(typed)
    assert "ข้อ 5/12" in chat.text()
    async with chat.sessions() as session:
        answers = dict((await session.execute(
            select(AssessmentAnswer.criterion_code, AssessmentAnswer.rating))).tuples().all())
    assert answers == {"2.1.1": 2, "2.1.2": 1, "2.1.3": 0, "2.2.1": 1}  # "2": the second answer, partly


async def test_a_date_typed_on_its_own_starts_a_reminder(chat: Chat) -> None:
    await consented(chat)
    await chat.send("DS700 คืออะไร")
    await chat.send("15 ธันวา 2569")
    assert "15 ธ.ค. 2569" in chat.text() and "ยังไม่เข้าใจ" not in chat.text()


async def test_the_date_step_asks_again_for_a_date(chat: Chat) -> None:
    await consented(chat)
    await chat.send("เตือนส่งหลักฐาน DL200")
    await chat.send("ยืนยัน")  # no date given yet
    assert "ยังไม่ได้ระบุวันที่" in chat.text() and any(d.startswith("w:y:std-2567:DL200:") for d in chat.data())
    await chat.send("แก้วันที่")  # after a set reminder, the label of its button
    await chat.send("3 มี.ค. 2570")
    assert "3 มี.ค. 2570" in chat.text() and "w:y:std-2567:DL200:2027-03-03" in chat.data()


async def test_cancelling_a_named_units_reminder_cancels_it(chat: Chat) -> None:
    await consented(chat)
    await chat.press("w:y:std-2567:DS700:2027-01-15")
    await chat.press("w:y:std-2567:DL200:2027-01-20")
    await chat.send("ยกเลิกเตือน DS700")
    assert "ยกเลิกการเตือนหน่วย DS700 แล้ว" in chat.text()
    assert [d for _, d in await _deadlines(chat)] == ["2027-01-20"]


async def test_changing_one_part_of_the_profile_asks_for_it_and_says_what_changed(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:g:Service")
    await chat.press("m:p:Mature")
    await chat.send("กรมบัญชีกลางค่ะ")
    # A first value is said once, in the profile shown (an arrow from "not set" above it said it twice).
    assert "• หน่วยงาน: กรมบัญชีกลาง" in chat.text() and "(ยังไม่ระบุ) →" not in chat.text()
    await chat.send("เปลี่ยนระยะ")
    assert "m:p:Early" in chat.data()
    await chat.send("กำลังพัฒนา")
    assert "ระยะ ระยะพัฒนาแล้ว → ระยะกำลังพัฒนา" in chat.text() and "m:a" not in chat.data()  # agency kept
    await chat.send("เปลี่ยนหน่วยงาน")
    await chat.send("กรมสรรพากรครับ")
    assert "หน่วยงาน กรมบัญชีกลาง → กรมสรรพากร" in chat.text()
    await chat.send("แก้ไขข้อมูล")  # the profile's button label, typed
    await chat.send("ด้านเทคโนโลยี")
    await chat.send("ระยะกำลังพัฒนา")
    assert "กลุ่ม ผู้ทำงานด้านบริการ → ผู้ปฏิบัติงานด้านเทคโนโลยี" in chat.text() and "ระยะ ระยะ" not in chat.text()
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase, user.agency) == \
        ("Technologist", "Developing", "กรมสรรพากร")


async def test_a_quiz_again_in_words_is_the_same_units_quiz(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ทดสอบความรู้ DS700")
    for _ in range(5):
        await chat.send("1")
    await chat.send("คะแนนที่ทำไว้คราวก่อนเป็นยังไง")
    assert "ได้ " in chat.text() and "/5" in chat.text()
    await chat.send("ทำแบบทดสอบอีกครั้ง")  # not a self-assessment, and the same unit
    assert "แบบทดสอบความรู้ 5 ข้อ (DS700" in chat.text()
    async with chat.sessions() as session:
        units = list(await session.scalars(select(QuizAttempt.unit_code)))
    assert units == ["DS700", "DS700"]


async def test_a_typed_yes_or_no_answers_the_delete_question_and_only_it(chat: Chat) -> None:
    await consented(chat)  # the group question is open
    await chat.send("ลบข้อมูลของฉัน")
    await chat.send("ไม่ลบแล้วค่ะ")
    assert "ไม่ได้ลบอะไร" in chat.text() and await chat.user() is not None
    await chat.send("ลบข้อมูลของฉัน")
    await chat.send("DS700 คืออะไร")  # another matter: the question lapses
    await chat.send("ใช่")
    assert await chat.user() is not None
    await chat.send("ลบข้อมูลของฉัน")
    await chat.send("ยืนยันค่ะ")
    assert "ลบข้อมูลของคุณเรียบร้อยแล้ว" in chat.text() and await chat.user() is None


async def test_typed_labels_of_answer_buttons_press_them_too(chat: Chat) -> None:
    await consented(chat)
    await chat.send("DS700 คืออะไร")
    assert "u:std-2567:DS700:laws" in chat.data()
    await chat.send("กฎหมายที่เกี่ยวข้อง")  # the label of the button just shown
    assert chat.last[0].title.startswith("DS700") and "…" not in chat.text()
    await chat.send("ขอบเขตค่ะ")
    assert "Metric คือค่าวัดที่เป็นตัวบ่งชี้ถึงการให้บริการย่อย หรือบริการรวม" in chat.text()


async def test_a_page_button_is_pressed_by_its_words_without_the_counter(chat: Chat) -> None:
    # The acceptance chat typed "ดูเพิ่ม" under a "ดูเพิ่ม (2/3)" button and got a search for "เพิ่ม".
    await consented(chat)
    await chat.send("ผู้อำนวยการกอง ระยะเริ่มต้น ต้องมีอะไรบ้าง")
    assert any(d.endswith(":2") and d.startswith("r:Management:Early") for d in chat.data())
    await chat.send("ดูเพิ่มครับ")
    assert "หน่วยที่ 6–" in chat.text()


async def test_work_said_in_passing_offers_the_group_and_changes_nothing_until_pressed(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:g:Service")
    await chat.press("m:p:Mature")
    await chat.press("m:a")
    await chat.send("ทำงาน HR ค่ะ")
    assert "งาน HR" in chat.text() and "…" not in chat.text() and "m:g:Academic" in chat.data()
    user = await chat.user()
    assert user is not None and user.profile_group == "Service"
    await chat.send("นโยบายและวิชาการ")  # the button's label
    await chat.press("m:p:Mature")
    assert "กลุ่ม ผู้ทำงานด้านบริการ → ผู้ทำงานด้านนโยบายและวิชาการ" in chat.text()
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase) == ("Academic", "Mature")


async def test_unsure_at_the_phase_step_and_an_abbreviated_agency(chat: Chat) -> None:
    await consented(chat)
    await chat.send("กลุ่มอื่น")
    await chat.send("ไม่แน่ใจว่าระยะไหน")
    assert "ยังไม่แน่ใจว่าหน่วยงานของคุณอยู่ระยะไหน" in chat.text() and "t:ระยะต่างกันอย่างไร" in chat.data()
    await chat.send("ระยะเริ่มต้นค่ะ")
    await chat.send("สำนักงาน ก.พ. ค่ะ")  # a search finds units in it; still the agency's name
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase, user.agency) == \
        ("Others", "Early", "สำนักงาน ก.พ.")


async def test_a_groups_own_wording_is_a_label_without_an_explanation(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ผอ.กองครับ")
    assert "บันทึกกลุ่มของคุณแล้ว" not in chat.text() and "m:p:Early" in chat.data()
    user = await chat.user()
    assert user is not None and user.profile_group == "Management"


async def test_an_unconfirmed_reminder_is_never_dropped_unsaid(chat: Chat) -> None:
    # Acceptance chat: three requests before one "ยืนยัน" saved only the last; the others vanished.
    await consented(chat)
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 15 ธ.ค. 2569 ด้วยครับ")
    await chat.send("ตั้งเตือนอีกอันวันที่ 5 มกราคม 2570")  # the same unit: the new date replaces it, said so
    assert "15 ธ.ค. 2569 ที่ขอไว้ก่อนหน้ายังไม่ได้ยืนยัน" in chat.text() and "5 ม.ค. 2570" in chat.text()
    await chat.send("เตือนส่งหลักฐาน DL200 วันที่ 20 ธ.ค. 2569")  # another unit: a button keeps the earlier
    assert "ตั้ง DS700 ด้วย" in chat.text()
    await chat.send("ตั้ง DS700 ด้วย")
    assert "ตั้งเตือนแล้ว" in chat.text() and "DL200" in chat.text()  # DL200 still waits for its yes
    await chat.send("ยืนยัน")
    assert sorted(d for _, d in await _deadlines(chat)) == ["2026-12-20", "2027-01-05"]  # DL200, DS700


async def test_a_greeting_or_a_skip_in_words_during_a_self_assessment(chat: Chat) -> None:
    # Acceptance chat: "ได้ดีครับ" got the greeting and the whole menu; "ไม่แน่ใจ ข้ามไปก่อน" paused the run.
    await consented(chat)
    await chat.send("ประเมินตนเอง DS700")
    await chat.send("ทำได้ครับ")  # too vague to rate: asked again (a described rating is recorded: test_engine_natural)
    assert "ยังไม่ได้บันทึกคำตอบ" in chat.text() and "(ข้อ 1/12)" in chat.text()
    await chat.send("ไม่แน่ใจ ข้ามไปก่อน")
    assert "(ข้อ 2/12)" in chat.text() and "หยุดไว้ก่อนแล้ว" not in chat.text()
    await chat.send("การทำงานข้ามหน่วยงานอยู่หน่วยไหน")  # a question with ข้าม in it is answered, not a skip
    assert "ยังทำค้างอยู่ที่ข้อ 2/12" in chat.text()
    await chat.send("ข้ามข้อนี้แล้วหยุดก่อน")  # a stop said with it still stops
    assert "หยุดไว้ก่อนแล้ว" in chat.text()


async def test_more_words_under_a_paged_list_turn_the_page(chat: Chat) -> None:
    # Acceptance chat: "ต่อ" under a role list said no assessment was paused; "มีอีกมั้ย" asked for a code.
    await consented(chat)
    await chat.send("ผู้อำนวยการกอง ระยะเริ่มต้น ต้องมีอะไรบ้าง")
    await chat.send("มีอีกมั้ย")
    assert "หน่วยที่ 6–12 จาก 13" in chat.text()
    await chat.send("ต่อ")
    assert "หน่วยที่ 13 จาก 13" in chat.text()


async def test_a_category_typed_by_its_number_picks_it(chat: Chat) -> None:
    # Acceptance chat: "หมวด 5 ค่ะ" under the readiness check's category buttons showed category 5's criteria.
    await consented(chat)
    await chat.send("ประเมินความพร้อม PMQA")
    assert "q:s:y:5" in chat.data()
    await chat.send("หมวด 5 ค่ะ")
    assert "หมวด 5 การมุ่งเน้นบุคลากร (18 คำถาม)" in chat.text() and "ข้อ 1/18" in chat.text()


async def test_progress_names_each_quizs_unit(chat: Chat) -> None:
    # Acceptance chat: progress listed "29 พ.ย. 2569 ได้ 2/5" without saying which unit was tested.
    await consented(chat)
    await chat.send("ทดสอบความรู้ DS700")
    for _ in range(5):
        await chat.send("ก")
    await chat.send("ความคืบหน้าของฉัน")
    assert "แบบทดสอบความรู้:" in chat.text()
    assert any(line.startswith("• ") and " DS700 ได้ " in line for line in chat.text().splitlines())


async def test_a_question_asked_mid_assessment_says_where_the_run_waits(chat: Chat) -> None:
    # Acceptance chat: after a question mid-assessment, a typed "3" answered a question no longer on screen.
    await consented(chat)
    await chat.send("ประเมินตนเอง DS700")
    await chat.send("3")
    await chat.send("DL201 คืออะไร")
    assert "DL201" in chat.text() and "ยังทำค้างอยู่ที่ข้อ 2/12" in chat.text() and "q:c" in chat.data()


async def test_a_quizs_end_reviews_what_was_missed(chat: Chat) -> None:
    # Acceptance chat: the end said only "ได้ 2/5 คะแนน", with no review and no next step.
    await consented(chat)
    await chat.send("ทดสอบความรู้ DS700")
    for _ in range(5):
        await chat.send("ก")
    final = chat.text()
    score = int(final.split("ได้ ", 1)[1].split("/", 1)[0])
    reviewed = [line for line in final.splitlines() if line.startswith("• ข้อ ")]
    assert len(reviewed) == 5 - score
    assert all(" DS70" in line for line in reviewed)  # each right answer named with its code
    assert "u:std-2567:DS700" in chat.data() or "u:ocsc-2561:DS700" in chat.data()
