"""What three persona chats found (a municipal HR officer setting reminders, an English-only policy analyst, an
executive's assistant on PMQA 4.0), through the whole engine, in wordings other than the chats' and the set's."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.dialog.answers.clarify import describe
from bot.dialog.answers.common import short_framework
from bot.dialog.thaidate import show_date
from intents.result import INTENTS, Candidate
from storage import AssessmentAnswer
from storage.repos.reminders import LOCAL_TZ
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]


async def _assess_all_twos(chat: Chat, code: str) -> None:
    """A self-assessment of ``code`` taken to its end, every criterion rated 2."""
    await chat.send(f"ทำแบบประเมิน {code}")
    while (rate := next((d for d in chat.data() if d.startswith("q:r:") and d.endswith(":2")), None)) is not None:
        await chat.press(rate)


def _today() -> date:
    return datetime.now(LOCAL_TZ).date()


async def set_reminder(chat: Chat, code: str, days: int) -> date:
    due = _today() + timedelta(days=days)
    await chat.send(f"ตั้งเตือน {code} วันที่ {show_date(due, 'th')}")
    await chat.send("ยืนยัน")
    assert "ตั้งเตือนแล้ว" in chat.text()
    return due


async def _three_listed(chat: Chat) -> list[str]:
    await consented(chat)
    for code, days in (("DS700", 10), ("DL201", 20), ("DS600", 30)):
        await set_reminder(chat, code, days)
    await chat.send("ขอดูรายการเตือนหน่อย")
    return [d for d in chat.data() if d.startswith("w:c:")]


async def test_a_reminder_removed_by_its_place_in_the_list(chat: Chat) -> None:
    """"ยกเลิกอันที่ 2" under the list had become criterion DL201.02 (the number read against the unit talked about)."""
    cancels = await _three_listed(chat)
    assert len(cancels) == 3
    await chat.send("เอาตัวที่สองออกด้วยครับ")
    assert "ยกเลิกการเตือน" in chat.text() and "เกณฑ์" not in chat.text()
    await chat.send("เตือนที่ตั้งไว้มีอะไรบ้าง")
    assert len([d for d in chat.data() if d.startswith("w:c:")]) == 2
    await chat.send("cancel the last one")
    assert "Reminder for DS600 cancelled" in chat.text()


async def test_a_place_past_the_list_shows_the_list_again(chat: Chat) -> None:
    await _three_listed(chat)
    await chat.send("ลบรายการที่ 5 ครับ")
    assert "การเตือนของคุณ" in chat.text()


async def test_what_is_left_after_a_cancel_is_the_list(chat: Chat) -> None:
    cancels = await _three_listed(chat)
    await chat.press(cancels[0])
    await chat.send("ยังเหลืออันไหนอยู่บ้าง")
    assert "การเตือนของคุณ" in chat.text()


async def test_the_end_of_the_fiscal_year_is_30_september(chat: Chat) -> None:
    await consented(chat)
    today = _today()
    await chat.send("ช่วยเตือนส่งหลักฐาน DS700 ภายในปิดปีงบประมาณนี้ค่ะ")
    ends = date(today.year + (1 if today.month > 9 else 0), 9, 30)
    assert show_date(ends, "th") in chat.text() and "บันทึกกลุ่ม" not in chat.text()  # no work read in "งบประมาณ"


async def test_when_reminders_come_asked_while_one_waits_for_yes(chat: Chat) -> None:
    await consented(chat)
    await chat.send(f"ตั้งเตือน DL202 วันที่ {show_date(_today() + timedelta(days=40), 'th')}")
    await chat.send("จะเตือนตอนกี่โมงคะ")
    assert "09:00" in chat.text() and "หน่วยไหน" not in chat.text()
    await chat.send("what time will it remind me?")
    assert "09:00" in chat.text()


async def test_reminders_for_a_team_are_answered_before_the_menu(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ตั้งเตือนส่งหลักฐานให้ทุกคนในฝ่ายได้ไหมคะ")
    assert chat.last[0].text.startswith("ในแชทนี้การเตือนเป็นของแต่ละคน") and "/admin" in chat.last[0].text
    await chat.send("as HR, can we broadcast an announcement to the whole agency?")
    assert chat.last[0].text.startswith("Reminders in this chat are each person's own")


async def test_an_english_conversation_stays_english_before_consent(chat: Chat) -> None:
    """Nothing is stored before consent, and "DL200 skills" alone (one English word) was answered in Thai."""
    await chat.send("hello, what is DL200 about?")
    await chat.send("DL200 skills")
    assert "Skills of unit DL200" in chat.text() and "ทักษะ ของหน่วย" not in chat.text()
    await chat.send("DL200 มีทักษะอะไรบ้างคะ")  # a Thai message switches back
    assert "ทักษะ" in chat.text() and "Skills of unit" not in chat.text()


async def test_the_roles_asked_in_english_are_the_six_groups(chat: Chat) -> None:
    await consented(chat)
    await chat.send("Which roles are defined?")
    assert chat.last[0].text.startswith("6 groups") and "(Technologist)" in chat.text()


def test_every_interpretation_has_a_name_not_its_intent_code() -> None:
    """"what roles are there?" offered a button named "role_overview"."""
    for intent in INTENTS:
        if "_" not in intent:  # "help", "thanks": the word is its name
            continue
        for language in ("th", "en"):
            assert describe(Candidate(intent, 0.5, {}), language) != intent


async def test_pmqa_4_0_is_no_topic_of_its_own(chat: Chat) -> None:
    await consented(chat)
    await chat.send("pmqa4.0 มีทั้งหมดกี่หมวด")
    assert "ไม่ได้กล่าวถึง" not in chat.text() and "มี 7 หมวด" in chat.text()


async def test_a_category_by_its_name(chat: Chat) -> None:
    await consented(chat)
    await chat.send("หมวดการวางแผนเชิงยุทธศาสตร์ มีประเด็นอะไรบ้าง")
    assert chat.last[0].text.startswith("หมวด 2 การวางแผนเชิงยุทธศาสตร์")
    await chat.send("เรื่องผู้รับบริการอยู่หมวดไหนคะ")
    assert chat.last[0].text.startswith("หมวด 3 การให้ความสำคัญกับผู้รับบริการและผู้มีส่วนได้ส่วนเสีย")
    await chat.send("which PMQA category is the workforce one?")
    assert chat.last[0].text.startswith("Category 5")


async def test_a_level_reached_from_another_is_the_one_shown(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ข้อ 6.1 ค่ะ")
    await chat.send("ถ้าอยากยกระดับจาก basic ไป significance ต้องทำอะไรเพิ่ม")
    assert "ระดับ Significance" in chat.text() and chat.last[0].text.startswith("จาก Basic ขึ้นเป็น Significance")
    await chat.send("from advance to significance for 3.2, what is needed?")
    assert "3.2" in chat.text() and "Significance" in chat.last[0].text.split("\n")[0]


async def test_the_readiness_check_while_the_profile_is_asked_and_its_category_by_name(chat: Chat) -> None:
    """Right after consent (the group asked), "อยากเช็คความพร้อม PMQA" was read as an unclear answer to the group."""
    await consented(chat)
    await chat.send("ขอเช็คความพร้อม PMQA ของกองหน่อยค่ะ")
    assert any(d.startswith("q:s:y:") for d in chat.data())
    await chat.send("เอาหมวดการนำองค์การค่ะ")
    assert "หมวด 1 การนำองค์การ" in chat.text() and any(d.startswith("q:r:") for d in chat.data())


async def test_two_phases_asked_apart_are_set_side_by_side(chat: Chat) -> None:
    """"difference between the early and mature phases?" listed the three phases and compared nothing."""
    await chat.send("how do the early and the mature stage differ?")
    assert "ผู้ให้บริการดิจิทัลภาครัฐ" in chat.text() and "ผู้นำด้านการบริการภาครัฐ" in chat.text()  # Service, both
    await chat.send("ระยะเริ่มต้นกับระยะกำลังพัฒนาไม่เหมือนกันตรงไหนคะ")
    assert "ผู้ใช้ข้อมูลดิจิทัลที่ทันสมัย" in chat.text() and "ผู้ใช้ข้อมูลดิจิทัลเพื่อสนับสนุนนโยบาย" in chat.text()


async def test_the_language_asked_about_is_answered_first(chat: Chat) -> None:
    await consented(chat)
    await chat.send("does it understand English questions?")
    assert chat.last[0].text.startswith("Yes: write in English")
    await chat.send("ถามเป็นภาษาอังกฤษได้มั้ยคะ")
    assert chat.last[0].text.startswith("ได้ครับ พิมพ์ภาษาไทยตอบภาษาไทย")


async def test_a_day_past_the_months_end_suggests_that_months_last_day(chat: Chat) -> None:
    """"31 เมษา 70" was answered "type another date, e.g. 28 ก.พ. 2570" (a February day for an April deadline)."""
    await consented(chat)
    await chat.send("เตือนส่งหลักฐาน DS703 วันที่ 31 มิ.ย. 2570 ค่ะ")
    assert "ไม่มีวันที่ 31 มิ.ย. 2570" in chat.text() and "30 มิ.ย. 2570" in chat.text()
    await chat.send("remind me about DS703 on 31 September 2027")
    assert "30 Sep 2027" in chat.text()


async def test_a_repeating_reminder_is_refused_first_whether_or_not_a_unit_is_named(chat: Chat) -> None:
    await consented(chat)
    await chat.send("อยากให้เตือนทุกๆสัปดาห์ได้ไหม")
    assert chat.last[0].text.startswith("การเตือนแบบซ้ำทุกวันหรือทุกสัปดาห์ยังไม่มี")
    await chat.send("ตั้งเตือนแบบทุกเดือนได้ป่าวคะ")
    assert chat.last[0].text.startswith("การเตือนแบบซ้ำทุกวันหรือทุกสัปดาห์ยังไม่มี")


async def test_the_frameworks_themselves_are_answered(chat: Chat) -> None:
    """"what is the OCSC framework vs the 2567 standard?" was not understood: the documents were never described."""
    await consented(chat)
    await chat.send("how does the 2018 OCSC framework differ from the 2567 one?")
    assert chat.last[0].text.startswith("The answers come from 3 documents")
    assert "OCSC digital skills of civil servants (2018)" in chat.text() and "39 units" in chat.text()
    await chat.send("ตกลงบอทนี้อ้างอิงเอกสารอะไรบ้างคะ")
    assert "มาตรฐานสมรรถนะผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ (มาตรฐานอาชีพ): 44 หน่วย" in chat.text()


async def test_consent_typed_in_english_is_answered_in_english(chat: Chat) -> None:
    # "I agree": "I" is a word of its own, so the message is clearly English (it was counted as one word, so Thai).
    await chat.send("สวัสดีครับ")  # the privacy notice, in Thai
    await chat.send("I agree")
    assert chat.text().startswith("Thank you") and "ขอบคุณ" not in chat.text()
    user = await chat.user()
    assert user is not None and user.consent_at is not None and user.language == "en"


async def test_hr_announcing_to_everyone_or_asking_who_has_done_it_gets_the_admin_pages(chat: Chat) -> None:
    # An HR officer: an announcement to everyone about a unit's deadline is HR's campaign on /admin, not the unit's
    # evidence; "who has done the assessment" is others' results (HR sees them on /admin), never a test started for her.
    await consented(chat)
    await chat.send("ข้าม")
    await chat.send("ต้องการแจ้งเวียนให้ทุกคนในสำนักงานทราบกำหนดส่งหลักฐาน DL200 ต้องทำอย่างไรคะ")
    assert "/admin" in chat.text() and "หลักฐานการปฏิบัติงาน" not in chat.text()
    await chat.send("อยากรู้ว่าในกองมีใครส่งแบบประเมินแล้วบ้าง")
    assert "/admin" in chat.text() and "ข้อ 1/" not in chat.text()
    assert not any(d.startswith("q:r:") for d in chat.data())  # no question of a test to answer


async def test_a_question_about_the_unit_while_its_reminder_waits_for_confirmation(chat: Chat) -> None:
    # With the reminder's "ยืนยันไหม" open, "its evidence?" is the evidence of the unit being set, not a list of units.
    await consented(chat)
    await chat.send("ข้าม")
    await chat.send(f"เตือนส่งหลักฐาน DS700 วันที่ {show_date(_today() + timedelta(days=15), 'th')}")
    assert any(d.startswith("w:y:") for d in chat.data())
    await chat.send("แล้วหลักฐานของมันมีอะไรบ้าง")
    assert "DS700" in chat.text() and "หลักฐาน" in chat.text()
    assert "DL200" not in chat.text() and not any("DL200" in d for d in chat.data())


async def test_after_hr_announcement_a_reminder_for_oneself_takes_its_unit_and_day(chat: Chat) -> None:
    # The answer about announcing is where HR does it (/admin), but the unit and the day asked about stay the topic:
    # "and remind myself too?" had asked which unit, with nothing to press.
    await consented(chat)
    await chat.send("ข้าม")
    due = _today() + timedelta(days=20)
    await chat.send(f"อยากแจ้งเวียนทุกคนในกองเรื่องส่งหลักฐาน DS700 ภายใน {show_date(due, 'th')} ต้องทำยังไงครับ")
    assert "/admin" in chat.text()
    await chat.send("แล้วถ้าจะเตือนตัวเองด้วยล่ะ")
    assert "DS700" in chat.text() and show_date(due, "th") in chat.text()
    assert any(d.startswith("w:y:") and d.endswith(due.isoformat()) for d in chat.data())
    await chat.send("ยืนยัน")
    assert "ตั้งเตือนแล้ว" in chat.text()


async def test_i_can_teach_others_answers_the_question_and_leaves_the_group(chat: Chat) -> None:
    # "others" there is other people: it had saved the group Others and recorded no answer.
    await chat.send("hello")
    await chat.press("k:y")
    await chat.press("m:g:Academic")
    await chat.send("assess DLit200")
    assert any(d.startswith("q:r:") for d in chat.data())
    await chat.send("I can teach others")
    assert "Expert, can teach" in chat.text() and "(Question 2/" in chat.text()
    user = await chat.user()
    assert user is not None and user.profile_group == "Academic"
    assert await chat.count(AssessmentAnswer, AssessmentAnswer.rating == 4) == 1


async def test_a_code_of_both_frameworks_is_reminded_in_the_persons_own(chat: Chat) -> None:
    # An academic in a developing organisation (the OCSC letter's lists): DS600 had been set in the 2567 standard,
    # whose DS600 is a title only.
    await consented(chat)
    await chat.press("m:g:Academic")
    await chat.press("m:p:Developing")
    await chat.send("ข้าม")
    due = _today() + timedelta(days=20)
    await chat.send(f"เตือนส่งหลักฐาน DS600 วันที่ {show_date(due, 'th')} ค่ะ")
    assert chat.button("w:y:") == f"w:y:ocsc-2561:DS600:{due.isoformat()}"
    assert any(d.startswith("w:f:std-2567:DS600:") for d in chat.data())  # the other framework a press away


async def test_moving_a_reminder_keeps_the_framework_it_was_set_in(chat: Chat) -> None:
    # DG300 set in the OCSC letter (by its button), then "เลื่อน DG300 เป็น…": the one set is moved, not a second one
    # proposed in the 2567 standard.
    await consented(chat)
    await chat.send("ข้าม")
    first, later = _today() + timedelta(days=11), _today() + timedelta(days=20)
    await chat.send(f"เตือนส่งหลักฐาน DG300 วันที่ {show_date(first, 'th')}")
    await chat.press(chat.button("w:f:ocsc-2561:DG300:"))
    await chat.press(chat.button("w:y:ocsc-2561:DG300:"))
    assert "ตั้งเตือนแล้ว" in chat.text()
    await chat.send(f"เลื่อน DG300 เป็นวันที่ {show_date(later, 'th')} ค่ะ")
    assert chat.button("w:r:") == f"w:r:ocsc-2561:DG300:{later.isoformat()}"
    await chat.press(chat.button("w:r:"))
    await chat.send("ดูเตือนทั้งหมด")
    assert chat.text().count("DG300") == 1 and show_date(later, "th") in chat.text()


async def test_whom_an_announcement_reaches_and_how_hr_gets_into_the_admin_pages(chat: Chat) -> None:
    # An HR officer after the campaign answer: "only the service group?" had listed the service group's units;
    # "how do I get into the admin page?" was not understood.
    await consented(chat)
    await chat.send("ข้าม")
    await chat.send("อยากแจ้งเวียนทุกคนในกองเรื่องส่งหลักฐาน DS700 ต้องทำยังไงครับ")
    assert "/admin" in chat.text() and "ดูหน่วยสมรรถนะ" not in chat.text()  # the answer alone, the menu a press away
    assert "i:help" in chat.data()
    await chat.send("ส่งให้เฉพาะกลุ่มบริการได้ไหมคะ")
    assert "กลุ่มบุคลากร" in chat.text() and "/admin" in chat.text() and "DLit" not in chat.text()  # (no units)
    await chat.send("แคมเปญเลือกส่งเฉพาะกลุ่มผู้บริหารได้ไหมคะ")
    assert "กลุ่มบุคลากร" in chat.text()
    await chat.send("ประกาศนี้จะไปถึงใครบ้างคะ ส่งเฉพาะกลุ่มบริการได้ไหม")
    assert "กลุ่มบุคลากร" in chat.text()
    await chat.send("หน้าแอดมินเข้ายังไงคะ ต้องมีรหัสไหม")
    assert "โทเคน" in chat.text() and "/admin" in chat.text()
    await chat.send("how do I log in to the admin pages?")
    assert "admin token" in chat.text()


async def test_where_to_take_a_course_is_said_to_be_in_no_document(chat: Chat) -> None:
    # "มีคอร์สไหม" offered a search for "คอร์ส" (DLit100); the documents name no courses.
    await consented(chat)
    await chat.send("ข้าม")
    await chat.send("เรียนที่ไหนได้มั่ง มีคอร์สไหม")
    assert "ไม่ได้ระบุหลักสูตร" in chat.text() and "DLit100 " not in chat.text()
    await chat.send("อยากไปอบรมเพิ่ม มีที่ไหนแนะนำบ้าง")  # a holdout phrasing: it searched for "ไป อบรม เพิ่ม" (DT400)
    assert "ไม่ได้ระบุหลักสูตร" in chat.text() and "DT400" not in chat.text()
    await chat.send("ทำหลักสูตรอบรมไอทีให้พนักงาน อยู่หน่วยไหน")  # a unit's topic still
    assert "DT402" in chat.text()


async def test_a_time_said_before_confirming_keeps_the_date_and_a_question_passes_the_date_step(chat: Chat) -> None:
    # "ขอเตือนตอนบ่ายสองนะคะ" had dropped the date and asked for it again; in the date step, "DS700 นี่อยู่มาตรฐานไหนคะ
    # ก.พ. หรือ 2567" was read as the past date 1 ธ.ค. 2567, again and again.
    await consented(chat)
    await chat.send("ข้าม")
    due = _today() + timedelta(days=40)
    await chat.send(f"เตือนส่งหลักฐาน DL200 วันที่ {show_date(due, 'th')}")
    await chat.send("ขอเตือนตอนบ่ายสองนะคะ")
    assert chat.button("w:y:").endswith(f"{due.isoformat()}:1400")
    await chat.send("เตือนส่งหลักฐาน DS700")  # the date asked
    await chat.send("DS700 นี่อยู่มาตรฐานไหนคะ ก.พ. หรือ 2567")
    assert "ผ่านไปแล้ว" not in chat.text() and "DS700" in chat.text()
    await chat.send(show_date(due, "th"))  # the step still waits for the date
    assert chat.button("w:y:").endswith(f"DS700:{due.isoformat()}")


async def test_a_day_alone_moves_within_the_pending_month_and_one_reminder_is_corrected_unnamed(chat: Chat) -> None:
    # "เลื่อนเป็นวันที่ 20 แทน" for a pending 15th two months on had proposed the 20th of the coming month (earlier);
    # "แก้เป็นวันที่ …" with one reminder set was not understood.
    await consented(chat)
    await chat.send("ข้าม")
    first = (_today().replace(day=1) + timedelta(days=70)).replace(day=15)
    await chat.send(f"เตือนดิฉันวันที่ {show_date(first, 'th')} เรื่องส่งหลักฐาน DS700 ด้วยค่ะ")
    await chat.send("เลื่อนเป็นวันที่ 20 แทนได้ไหมคะ")
    assert chat.button("w:y:").endswith(first.replace(day=20).isoformat())
    await chat.send("ยืนยัน")
    await chat.send("การเตือนของฉัน")
    later = first + timedelta(days=30)
    await chat.send(f"แก้เป็นวันที่ {show_date(later, 'th')} ค่ะ")
    assert chat.button("w:r:") == f"w:r:std-2567:DS700:{later.isoformat()}"


async def test_the_2567_standards_units_asked_as_a_whole(chat: Chat) -> None:
    # An executive: "the units of the 2567 executive standard" had got the OCSC letter's executive role card.
    await consented(chat)
    await chat.send("ข้าม")
    for typed in ("ขอทราบหน่วยสมรรถนะตามมาตรฐานผู้บริหาร 2567 ครับ", "มาตรฐาน 2567 มีหน่วยอะไรบ้าง"):
        await chat.send(typed)
        assert "มาตรฐานสมรรถนะผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ มี 7 ด้าน" in chat.text(), typed
        assert "SPM100" not in chat.text()
    await chat.send("ขอทราบหน่วยตามมาตรฐาน ก.พ. 2561 ทั้งหมดค่ะ")  # its year had been a past reminder date
    assert "ผ่านไปแล้ว" not in chat.text() and "7 ด้าน" in chat.text(), chat.text()
    await chat.send("หน่วยในมาตรฐาน 2567 ที่เกี่ยวกับข้อมูล")  # a topic: still a search
    assert "DUS" in chat.text() and "7 ด้าน" not in chat.text()


async def test_a_new_date_for_a_unit_with_a_deadline_is_confirmed_once_as_a_change(chat: Chat) -> None:
    # "แก้วันที่" on a reminder set, "31 มีนา", "ยืนยัน": then "มี… อยู่แล้ว ต้องการเปลี่ยนไหม" asked again, and moving on
    # lost the change
    await consented(chat)
    await chat.send("ข้าม")
    first, second = _today() + timedelta(days=40), _today() + timedelta(days=60)
    await chat.send(f"เตือนส่งหลักฐาน DL200 วันที่ {show_date(first, 'th')}")
    await chat.press(chat.button("w:y:"))
    await chat.press(chat.button("w:e:"))
    await chat.send(show_date(second, "th"))
    assert "อยู่แล้ว" in chat.text() and chat.button("w:r:").endswith(second.isoformat()), chat.text()
    await chat.send("ยืนยันค่ะ")
    assert "ตั้งเตือนแล้ว" in chat.text() and show_date(second, "th") in chat.text()
    await chat.send("ตั้งเตือนอะไรไว้บ้างคะ")
    assert show_date(second, "th") in chat.text() and f"กำหนดส่ง {show_date(first, 'th')}" not in chat.text()


async def test_not_this_unit_but_another_starts_the_other_assessment(chat: Chat) -> None:
    # "ไม่ใช่ DG200 ครับ ผมอยากประเมิน DS700" in a DG200 run: "ทำต่อจากข้อ 1/…" of DG200
    await consented(chat)
    await chat.send("ข้าม")
    await chat.send("ทำแบบประเมิน DG200")
    assert "DG200" in chat.text()
    await chat.send("ไม่ใช่ DG200 ครับ ผมอยากประเมิน DS700")
    assert "หน่วย DS700" in chat.text() and "ทำต่อจากข้อ" not in chat.text(), chat.text()


async def test_ones_own_knowledge_and_experience_after_a_unit_are_the_roles(chat: Chat) -> None:
    # after DT300: "DT300 has no knowledge heading (ask e.g. 'ด้านเทคโนโลยี ระยะกำลังพัฒนา ต้องมีความรู้ ประสบการณ์อะไร')"
    await consented(chat)
    await chat.send("ผมเป็นนักวิชาการคอมพิวเตอร์ หน่วยงานระยะกำลังพัฒนา")
    await chat.send("ข้าม")
    await chat.send("DT300 คืออะไร")
    await chat.send("ความรู้กับประสบการณ์ที่ผมต้องมีล่ะครับ")
    assert "หน่วย DT300" not in chat.text() and "ประสบการณ์" in chat.text(), chat.text()
    await chat.send("DS700 คืออะไร")
    await chat.send("ต้องมีความรู้อะไรบ้าง")  # a unit's knowledge, still
    assert "DS700" in chat.text()


async def test_how_to_delete_later_is_said_and_the_deletion_a_press_away(chat: Chat) -> None:
    # "ถ้าวันหลังอยากลบข้อมูลต้องทำยังไงคะ" asked "delete everything now?" at once
    await consented(chat)
    await chat.send("ข้าม")
    await chat.send("ถ้าวันหลังอยากลบข้อมูลต้องทำยังไงคะ")
    assert "ลบข้อมูลของฉัน" in chat.text() and chat.data() == ["d:ask"], chat.text()
    for how in ("ถ้าวันหลัง…อยากลบข้อมูลทิ้ง ต้องทำยังไงคะ ตอนนี้ยังไม่ลบนะคะ แค่ถามไว้ก่อน", "ลบข้อมูลยังไง"):
        await chat.send(how)
        assert chat.data() == ["d:ask"], chat.text()
    await chat.press("d:ask")
    assert chat.data() == ["d:yes", "d:no"]
    await chat.send("ตอนนี้ยังไม่ลบค่ะ")  # the question waiting: a no keeps the data
    assert "ไม่ได้ลบ" in chat.text() and await chat.user() is not None
    await chat.send("ลบข้อมูลของฉันด้วยค่ะ")  # asked for now: the confirmation, as before
    assert chat.data() == ["d:yes", "d:no"]


async def test_answering_in_english_is_said_plainly(chat: Chat) -> None:
    await chat.send("can you answer in English?")  # "…come in English (in Thai, in Thai)", before
    assert "write in English" in chat.text() and "in Thai, they come in Thai" in chat.text(), chat.text()


async def test_a_score_out_of_four_is_read_on_the_scale(chat: Chat) -> None:
    # "งงค่ะ ไม่เข้าใจเลย 1.6/4 นี่คือแย่มากมั้ยคะ" after a result: "ไม่พบ 1.6 ในเกณฑ์ PMQA 4.0"
    await consented(chat)
    await chat.send("ข้าม")
    await _assess_all_twos(chat, "DG100")
    assert "เสร็จแล้ว" in chat.text()
    await chat.send("งงค่ะ ไม่เข้าใจเลย 1.6/4 นี่คือแย่มากมั้ยคะ")
    said = chat.text()
    assert "PMQA" not in said and "ยังทำไม่ได้" in said and "ทำได้บ้าง" in said and "ไม่มีคะแนนผ่าน" in said, said
    await chat.send("ข้อ 1.6")  # a PMQA item still
    assert "1.6" in chat.text() and "ยังทำไม่ได้" not in chat.text()


async def test_a_question_about_ones_reminder_never_cancels_it(chat: Chat) -> None:
    # "wait, my reminder is for which DL200?" cancelled the reminder (the model's guess over the rule's reminder)
    await consented(chat)
    await chat.send("skip")
    due = _today() + timedelta(days=40)
    await chat.send(f"remind me to submit DL200 evidence on {due.day} {due.strftime('%b %Y')}")
    framework = chat.button("w:y:").split(":")[2]
    await chat.press(chat.button("w:y:"))
    for question in ("wait, my reminder is for which DL200?", "which unit is my reminder for?"):
        await chat.send(question)
        assert "cancelled" not in chat.text() and "DL200" in chat.text(), chat.text()
        assert f"({short_framework(framework, 'en')})" in chat.text()  # which DL200: the code names two units
    await chat.send("ห๊ะ ผมไม่ได้สั่งยกเลิกนะ")  # a cancel denied: "ยกเลิกแล้ว", before
    assert "ยกเลิกแล้ว" not in chat.text() and "cancelled" not in chat.text(), chat.text()
    await chat.send("cancel my DL200 reminder")  # said: cancelled
    assert "cancelled" in chat.text()


async def test_whether_one_passed_is_answered_no_pass_mark_then_the_results(chat: Chat) -> None:
    # "ผ่านไหมคะ" after an assessment repeated the results three times, never saying there is no pass mark
    await consented(chat)
    await chat.send("ข้าม")
    await _assess_all_twos(chat, "DG100")
    for asked in ("สรุปแล้วดิฉันทำได้เป็นยังไงบ้างคะ ผ่านไหมคะ", "did I pass?"):
        await chat.send(asked)
        assert ("ไม่มีคะแนนผ่าน" in chat.text() or "no pass or fail" in chat.text()) and "DG100" in chat.text(), \
            chat.text()


async def test_the_standards_title_and_a_denied_group_never_save_a_group(chat: Chat) -> None:
    # a question naming "มาตรฐานสมรรถนะผู้บริหาร…" was kept as "you are an executive", saved at consent despite "ไม่ใช่ค่ะ
    # ดิฉันไม่ใช่ผู้บริหารนะคะ"; "ทำไมบันทึกว่าดิฉันเป็นผู้บริหาร… ดิฉันเป็นผู้ทำงานด้านบริการ" was not a correction
    await chat.send("อ้าว ตรงนี้เขียนว่ามาตรฐานสมรรถนะผู้บริหารเทคโนโลยีสารสนเทศระดับสูง แล้วมันเกี่ยวกับดิฉันด้วยเหรอคะ")
    assert "ผู้บริหารส่วนราชการ" not in chat.text(), chat.text()
    await chat.send("ไม่ใช่ค่ะ ดิฉันไม่ใช่ผู้บริหารนะคะ")
    await chat.press("k:y")
    user = await chat.user()
    assert user is not None and user.profile_group != "Executive"
    await chat.send("ผมเป็นผู้บริหาร")
    await chat.send("ทำไมบันทึกว่าดิฉันเป็นผู้บริหารส่วนราชการคะ ดิฉันเป็นผู้ทำงานด้านบริการค่ะ ช่วยแก้ให้ด้วยนะคะ")
    user = await chat.user()
    assert user is not None and user.profile_group == "Service", chat.text()


async def test_a_paused_assessment_is_not_repeated_under_every_reply(chat: Chat) -> None:
    # after "stop for now", "ยังทำค้างอยู่ที่ข้อ 1/6…" ended every reply for the rest of the chat
    await consented(chat)
    await chat.send("ข้าม")
    await chat.send("ทำแบบประเมิน SPM100")
    await chat.send("พอก่อน")
    for asked in ("PMQA หมวด 4 มีอะไรบ้าง", "ขอบคุณครับ"):
        await chat.send(asked)
        assert "ยังทำค้างอยู่ที่ข้อ" not in chat.text(), chat.text()
    await chat.send("SPM100 มีเกณฑ์อะไรบ้าง")  # about its unit: said there
    assert "ยังทำค้างอยู่ที่ข้อ 1/" in chat.text()


async def test_refusing_a_paused_assessment_asks_to_discard_it(chat: Chat) -> None:
    # "ไม่ทำแบบประเมินแล้ว เลิกถามได้ไหม" started the paused assessment again ("ทำต่อจากข้อ 1/6")
    await consented(chat)
    await chat.send("ข้าม")
    await chat.send("ทำแบบประเมิน SPM100")
    await chat.send("พอก่อน")
    await chat.send("ไม่ทำแบบประเมินแล้ว เลิกถามได้ไหม")
    assert "ทำต่อจากข้อ" not in chat.text() and any(d.startswith("q:d:") for d in chat.data()), chat.text()


async def test_ones_team_is_asked_its_group_not_given_ones_own_role(chat: Chat) -> None:
    # a division director's "ลูกน้องผมต้องมีทักษะอะไรบ้าง" got his own (Management) role; "what about my team?" a search
    await consented(chat)
    await chat.send("ผมเป็นผู้อำนวยการกอง หน่วยงานระยะกำลังพัฒนา")
    await chat.send("ข้าม")
    for asked in ("ลูกน้องผมต้องมีทักษะอะไรบ้าง", "what about my team?"):
        await chat.send(asked)
        assert "ผู้อำนวยการกอง ใน" not in chat.text() and ("ทีมของคุณ" in chat.text() or "your team" in chat.text())
        assert any(d.startswith("r:Service:Developing") for d in chat.data()), chat.data()
    await chat.send("ลูกน้องผมกลุ่มบริการต้องมีอะไรบ้าง")  # the group said: that role, in his phase
    assert "ผู้ทำงานด้านบริการ" in chat.text() and "ระยะกำลังพัฒนา" in chat.text()
