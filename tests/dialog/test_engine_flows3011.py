"""Dialog flows found wrong (2026-11-30, flows3011): a resume that names its unit, the privacy notice repeated
before consent, doubt in the PMQA check, a group typed at a group question asked later, results asked after a
deletion, a reminder for a code of two frameworks. Each in other wordings than the ones reported."""

from __future__ import annotations

from sqlalchemy import select

from storage import AssessmentAnswer, EvidenceDeadline, User
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]  # the fixtures, shared with the engine's own tests


async def _deadlines(chat: Chat) -> list[tuple[str, str]]:
    async with chat.sessions() as session:
        return [(d.framework, d.unit_code) for d in (await session.scalars(select(EvidenceDeadline))).all()]


# -- 1. a resume that names its unit ---------------------------------------------------------------


async def test_a_unit_named_to_go_on_with_resumes_its_paused_run_where_it_stopped(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ประเมินตนเอง DL200")
    await chat.send("ข้าม")  # nothing answered yet: its first unanswered criterion is the first one
    await chat.send("ข้าม")
    await chat.send("หยุดไว้ก่อน")
    await chat.send("ขอทำการประเมิน DL200 ต่อจากเมื่อวานครับ")  # started anew at 1/N with the intro, before
    assert "ทำต่อจากข้อ 3/" in chat.text() and "เริ่มประเมินตนเอง" not in chat.text()


async def test_a_unit_named_with_a_bare_go_on_resumes_instead_of_describing_the_unit(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ขอทำแบบประเมิน DL200")
    await chat.send("3")
    await chat.send("พอก่อน")
    await chat.send("ประเมิน DL200 ต่อค่ะ")  # the unit's description, before
    assert "ทำต่อจากข้อ 2/" in chat.text()
    assert any(d.startswith("q:r:") for d in chat.data())


async def test_a_unit_named_to_go_on_after_another_flow_ran_takes_up_its_attempt(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ขอทำแบบประเมิน DL200")
    await chat.send("หยุดก่อน")
    await chat.send("ขอทำแบบทดสอบความรู้")  # the quiz replaces the paused state
    await chat.send("หยุด")
    await chat.send("ทำ DL200 ที่ค้างอยู่ต่อเลย")
    assert "ทำต่อจากข้อ 1/" in chat.text() and "DL200" in chat.text()
    assert await chat.count(AssessmentAnswer) == 0


async def test_going_on_with_a_unit_never_started_says_so_and_offers_it(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ขอทำแบบประเมิน DL200")
    await chat.send("2")
    await chat.send("พักก่อน")
    await chat.send("ทำต่อ DS700 ที่ค้างไว้")  # DL200 resumed as if it were DS700, before
    assert "ไม่มีแบบประเมินตนเองหน่วย DS700 ที่ทำค้างไว้" in chat.text()
    assert any(d.startswith("q:s:a:") and d.endswith(":DS700") for d in chat.data()) and "q:c" in chat.data()


async def test_a_question_about_a_paused_unit_is_still_answered(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ขอทำแบบประเมิน DL200")
    await chat.send("2")
    await chat.send("พอก่อน")
    await chat.send("DL200 ต่อไปต้องทำอะไรบ้าง")
    assert "ทำต่อจากข้อ" not in chat.text() and "ยังทำค้างอยู่ที่ข้อ 2/" in chat.text()


# -- 2. the privacy notice is not repeated in full -------------------------------------------------


async def test_a_self_introduction_right_after_the_notice_gets_a_brief_consent_word(chat: Chat) -> None:
    await chat.send("สวัสดีค่ะ")
    await chat.send("ดิฉันเป็นนักวิเคราะห์นโยบายและแผนค่ะ")  # the whole notice again, before
    assert "ประกาศความเป็นส่วนตัว (PDPA)" not in chat.text()
    assert "ยินยอม" in chat.text() and chat.data()[:2] == ["k:y", "k:n"]
    await chat.send("ขอตั้งเตือนส่งหลักฐานหน่อย")
    assert "ประกาศความเป็นส่วนตัว (PDPA)" not in chat.text() and "k:y" in chat.data()


async def test_the_group_introduced_before_consent_is_saved_after_it(chat: Chat) -> None:
    await chat.send("หวัดดีครับ")
    await chat.send("ผมทำงานด้านไอทีครับ")
    assert "ด้านเทคโนโลยี" in chat.text()
    await chat.press("k:y")
    user = await chat.user()
    assert user is not None and user.profile_group == "Technologist"
    assert "m:p:Early" in chat.data()  # the phase asked next


# -- 3. doubt in the PMQA check ------------------------------------------------------------------


async def test_doubt_in_the_readiness_check_records_nothing_and_asks_again(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ขอประเมินความพร้อม PMQA หมวด 2")
    for doubt in ("ยังไม่แน่ใจเลยค่ะ", "ไม่ชัวร์"):
        await chat.send(doubt)  # recorded as "partly" (and "ยังไม่…" as "not yet"), before
        assert "ยังไม่ได้บันทึกคำตอบ" in chat.text() and "ข้าม" in chat.text() and "ข้อ 1/" in chat.text()
    await chat.send("hmm not sure")
    assert "Nothing is recorded" in chat.text()
    assert await chat.count(AssessmentAnswer) == 0
    await chat.send("มีบางส่วน")
    assert await chat.count(AssessmentAnswer, AssessmentAnswer.rating == 1) == 1


# -- 4. a group typed alone at a group question ------------------------------------------------


async def test_a_group_typed_after_the_phase_was_said_first_is_saved(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ข้าม")  # the profile waits
    await chat.send("หน่วยงานของเราอยู่ระยะพัฒนาแล้วครับ")  # phase saved, the group asked
    assert "คุณอยู่กลุ่มบุคลากรไหน" in chat.text()
    await chat.send("เป็นผู้บริหารระดับสูงครับ")  # what executives need, nothing saved, before
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase) == ("Executive", "Mature")
    assert "m:p:" not in "".join(chat.data())  # the phase said already is not asked again


async def test_a_group_typed_when_the_pending_request_asks_it_is_saved(chat: Chat) -> None:
    await chat.send("หน่วยงานดิฉันอยู่ระยะเริ่มต้นค่ะ")
    await chat.send("ยินยอมค่ะ")
    await chat.send("วิชาการค่ะ")
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase) == ("Academic", "Early")


async def test_a_group_typed_with_a_hedge_before_it_is_saved(chat: Chat) -> None:
    await chat.send("หน่วยงานดิฉันอยู่ระยะเริ่มต้นค่ะ")
    await chat.send("ยินยอมค่ะ")
    await chat.send("น่าจะวิชาการค่ะ")  # "not understood", before ("วิชาการมั้ง" was read)
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase) == ("Academic", "Early")


async def test_which_group_to_choose_asked_at_the_group_question_is_explained(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ค่ะ ดิฉันเป็นเจ้าหน้าที่ HR จะเลือกกลุ่มไหนดีคะ")  # "not sure what you mean", the buttons gone, before
    assert "งาน HR" in chat.text() and "m:g:Academic" in chat.data()


async def test_a_group_typed_under_an_offer_of_groups_presses_that_group(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ข้าม")
    await chat.send("ทำงานสาธารณสุขค่ะ อยู่กลุ่มไหน")
    await chat.send("สายบริการ")
    user = await chat.user()
    assert user is not None and user.profile_group == "Service"


# -- 5. results asked after a deletion ---------------------------------------------------------


async def test_results_asked_after_deleting_say_none_are_kept(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ลบข้อมูลทั้งหมดของผม")
    await chat.press("d:yes")
    await chat.send("ผลประเมินผมออกมายังไงครับ")  # the privacy notice of a newcomer, before
    assert "ลบไปตามที่คุณขอ" in chat.text() and "ประกาศความเป็นส่วนตัว (PDPA)" not in chat.text()
    assert "k:y" in chat.data()
    await chat.send("ดูความคืบหน้าของฉัน")
    assert "ลบไปตามที่คุณขอ" in chat.text()
    assert await chat.count(User, User.consent_at.is_not(None)) == 0


async def test_results_asked_before_ever_consenting_say_nothing_is_recorded(chat: Chat) -> None:
    await chat.send("สวัสดีครับ")
    await chat.send("ขอดูผลการประเมินของผม")
    assert "ก่อนยินยอมจะไม่บันทึก" in chat.text() and "k:y" in chat.data()


# -- 6. a reminder for a code of two frameworks ------------------------------------------------


async def test_a_reminder_for_a_twin_code_says_which_framework_and_offers_the_other(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ตั้งเตือนส่งหลักฐาน DS700 วันที่ 20 ธ.ค.")
    assert "มีทั้งใน มาตรฐาน 2567 และ ก.พ. 2561" in chat.text()
    await chat.press(chat.button("w:f:ocsc-2561:DS700:"))
    assert "ตั้งตาม ก.พ. 2561" in chat.text()
    await chat.send("ยืนยันครับ")
    assert "หน่วย DS700 (ก.พ. 2561)" in chat.text()
    assert await _deadlines(chat) == [("ocsc-2561", "DS700")]


async def test_a_reminder_naming_the_framework_is_set_for_that_framework(chat: Chat) -> None:
    await consented(chat)
    await chat.send("เตือนส่งหลักฐาน DL200 ตามหลักเกณฑ์ ก.พ. 2561 วันที่ 5 ม.ค.")  # the 2567 one, before
    await chat.press(chat.button("w:y:"))
    assert await _deadlines(chat) == [("ocsc-2561", "DL200")]


# -- found chatting as the two personas ---------------------------------------------------------


async def test_a_typed_yes_to_the_deletion_then_reminders_asked_say_none_are_kept(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ลบข้อมูลของดิฉันค่ะ")
    await chat.send("ยืนยันลบค่ะ")  # typed, not pressed
    await chat.send("การเตือนของดิฉันยังอยู่ไหมคะ")
    assert "ลบไปตามที่คุณขอ" in chat.text() and "ประกาศความเป็นส่วนตัว (PDPA)" not in chat.text()


async def test_consent_questioned_before_it_is_given_shows_what_is_kept(chat: Chat) -> None:
    await chat.send("สวัสดีค่ะ")
    await chat.send("ยินยอมแล้วจะเก็บอะไรบ้างคะ")  # "not understood", before
    assert "สิ่งที่บันทึก" in chat.text() and "k:y" in chat.data()


async def test_what_one_must_do_asked_alone_with_a_profile_is_the_roles_needs(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:g:Academic")
    await chat.press("m:p:Early")
    await chat.send("ข้าม")
    await chat.send("แล้วเราต้องทำอะไรบ้างคะ")  # "not understood", before
    assert "ผู้ทำงานด้านนโยบายและวิชาการ ในองค์กรระยะเริ่มต้น" in chat.text()


async def test_who_sees_the_data_one_gave_is_answered_with_the_notice(chat: Chat) -> None:
    await chat.send("สวัสดีครับ")
    await chat.send("ข้อมูลที่กรอกไว้ ใครเห็นได้บ้างครับ")  # "not understood", before
    assert "ใครเห็น" in chat.text() and "k:y" in chat.data()


async def test_consent_typed_after_an_acknowledgement_of_the_notice_is_taken(chat: Chat) -> None:
    await chat.send("สวัสดีค่ะ")
    await chat.send("อ่านแล้วค่ะ ยินยอมค่ะ")  # "not understood", before
    assert await chat.count(User, User.consent_at.is_not(None)) == 1


async def test_a_question_about_what_goes_keeps_the_deletion_question_open(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ลบข้อมูลของผมทั้งหมด")
    await chat.send("ถ้าลบแล้วผลประเมินจะหายไปด้วยมั้ยครับ")  # the question lapsed (and reminders listed), before
    assert "ที่จะถูกลบ" in chat.text() and "d:yes" in chat.data()
    await chat.send("ยืนยันลบครับ")
    assert await chat.count(User, User.consent_at.is_not(None)) == 0


async def test_a_deletion_confirmed_in_words_with_no_question_open_asks_it(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ตกลงลบข้อมูลเลยครับ")  # "not understood", before
    assert "d:yes" in chat.data() and await chat.count(User, User.consent_at.is_not(None)) == 1


async def test_a_unit_asked_about_with_must_or_next_is_no_resume(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ขอทำแบบประเมิน DL200")
    await chat.send("2")
    await chat.send("พอก่อน")
    await chat.send("DL200 ต้องทำยังไงบ้าง")  # (its bare "ตอง" holds a "ตอ")
    assert "ทำต่อจากข้อ" not in chat.text()
    await chat.send("อันต่อไป DLit400")
    assert "ทำต่อจากข้อ" not in chat.text() and "ไม่มีแบบประเมินตนเองหน่วย" not in chat.text()


async def test_a_hedged_group_word_answers_the_group_question(chat: Chat) -> None:
    await consented(chat)
    await chat.send("เทคโนโลยีมั้งครับ")  # "not sure which group", before
    user = await chat.user()
    assert user is not None and user.profile_group == "Technologist"


async def test_the_phase_said_at_the_group_question_is_said_to_be_kept(chat: Chat) -> None:
    await consented(chat)
    await chat.send("หน่วยงานน่าจะระยะกำลังพัฒนาแล้วกันค่ะ")
    assert "ระยะกำลังพัฒนา" in chat.text() and "คุณอยู่กลุ่มบุคลากรไหน" in chat.text()
    user = await chat.user()
    assert user is not None and user.profile_phase == "Developing"


async def test_whether_hr_sees_ones_results_is_answered_with_the_notice(chat: Chat) -> None:
    await consented(chat)
    await chat.send("หัวหน้าจะเห็นคะแนนประเมินของผมด้วยไหมครับ")  # "not understood", before
    assert "ใครเห็น" in chat.text()


async def test_whether_hr_sees_ones_results_asked_at_the_group_question_is_answered(chat: Chat) -> None:
    await consented(chat)  # the group question open
    await chat.send("ผลประเมินที่ทำไป ฝ่ายบุคคลจะเห็นด้วยหรือเปล่าคะ")  # "not sure which group", before
    assert "ใครเห็น" in chat.text()


async def test_a_question_after_a_request_kept_for_consent_keeps_its_topic(chat: Chat) -> None:
    await chat.send("สวัสดีครับ")
    await chat.send("อยากตั้งเตือนส่งงานครับ")  # kept for after consent
    await chat.send("DL200 คืออะไรครับ")
    await chat.send("แล้วหลักฐานล่ะครับ")
    assert "DL200" in chat.text() and "หลักฐาน" in chat.text()
