"""Yes/no questions answered as people type them (found by chatting as an IT officer): a yes in other
words, the question's own verb, a particle alone, a typed button label, a new date in the request."""

from __future__ import annotations

import pytest

from bot.dialog.flows.common import affirms, denies
from intents.commands import fold_short
from storage import ConversationState
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions  # noqa: F401 - fixtures

SET_DS700 = ("ตั้งเตือนส่งหลักฐาน DS700 วันที่ 15 ธ.ค. 2569", "ยืนยัน")


@pytest.mark.parametrize("typed", ["ใช่ เปลี่ยนเลยครับ", "ได้ครับ ยืนยัน", "ครับ", "โอเคค่ะ", "เอาเลยจ้า", "yes please"])
def test_a_yes_in_other_words(typed: str) -> None:
    assert affirms(fold_short(typed), "เปลี่ยน") and not denies(fold_short(typed))


@pytest.mark.parametrize("typed", ["ไม่ใช่ครับ", "ยังไม่ลบค่ะ แค่ถามเฉยๆ", "ไม่เปลี่ยน", "no, keep it", "อย่าเพิ่ง"])
def test_a_no_in_other_words(typed: str) -> None:
    assert denies(fold_short(typed)) and not affirms(fold_short(typed), "เปลี่ยน", "ลบ")


@pytest.mark.parametrize("typed", ["เปลี่ยน DS700 ไปปีหน้า", "ใช่ไหม", "ok ยินยอม", "ได้กี่วัน"])
def test_more_than_a_yes_is_not_a_yes(typed: str) -> None:
    assert not affirms(fold_short(typed), "เปลี่ยน")


def test_a_particle_alone_is_no_yes_to_deleting_data() -> None:
    assert affirms(fold_short("ครับ")) and not affirms(fold_short("ครับ"), "ลบ", particle_alone=False)


@pytest.mark.parametrize("typed", ["ยกเลิกทั้งหมด", "ใช่ครับ ยกเลิกหมดเลย", "ครับ"])
async def test_every_way_of_saying_yes_to_cancel_all_cancels_them(chat: Chat, typed: str) -> None:  # noqa: F811
    await consented(chat)
    for message in SET_DS700:
        await chat.send(message)
    await chat.send("ยกเลิกการเตือนทั้งหมด")
    assert "ยกเลิกการเตือนทั้งหมด 1 รายการ (DS700) ใช่ไหม" in chat.text()
    await chat.send(typed)
    assert "ยกเลิกการเตือนทั้งหมดแล้ว (1 รายการ)" in chat.text(), chat.text()
    await chat.send("ดูการเตือนของฉัน")
    assert "ยังไม่มีการเตือน" in chat.text()  # it said cancelled and kept it, before


async def _at_the_replace_question(chat: Chat) -> None:  # noqa: F811
    """DS700 set for 15 ธ.ค., then asked for 20 ธ.ค.: "there is one already: replace?"."""
    await consented(chat)
    for message in SET_DS700:
        await chat.send(message)
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 20 ธ.ค. 2569")
    assert "15 ธ.ค. 2569" in chat.text()


async def test_replacing_a_date_with_the_verb_of_the_question(chat: Chat) -> None:  # noqa: F811
    await _at_the_replace_question(chat)
    await chat.send("เปลี่ยนครับ")  # a unit search for "เปลี่ยน", before
    await chat.send("ดูการเตือนของฉัน")
    assert "20 ธ.ค. 2569" in chat.text() and "15 ธ.ค. 2569" not in chat.text()


async def test_a_new_date_in_a_change_request_while_confirming_is_taken(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("ตั้งเตือนส่งหลักฐาน DS700 วันที่ 15 ธ.ค. 2569")
    await chat.send("ขอเปลี่ยนวันเตือน DS700 เป็น 20/12/2569 ครับ")  # asked "which date?" again, before
    assert "20 ธ.ค. 2569" in chat.text()
    await chat.send("ได้ครับ ยืนยัน")  # dropped the request, before
    await chat.send("ดูการเตือนของฉัน")
    assert "20 ธ.ค. 2569" in chat.text()


async def test_not_yet_at_the_delete_question_keeps_the_data(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("ลบข้อมูลของฉัน")
    await chat.send("ยังไม่ลบค่ะ แค่ถามเฉยๆ")  # the help menu, before
    assert "ไม่ได้ลบอะไร ข้อมูลของคุณยังอยู่" in chat.text() and await chat.user() is not None
    await chat.send("ยืนยัน")  # the question is over: nothing is deleted
    assert await chat.user() is not None


async def test_follow_ups_work_before_consent_and_nothing_of_them_is_written(chat: Chat) -> None:  # noqa: F811
    await chat.send("สวัสดีค่ะ")  # the privacy notice; no consent given
    await chat.send("DL200 ต้องมีความรู้อะไรบ้างคะ")
    await chat.send("แล้วทักษะล่ะคะ")  # "not understood", before
    assert "ทักษะ ของหน่วย DL200" in chat.text() or "ทักษะของหน่วย DL200" in chat.text(), chat.text()
    await chat.send("ผู้บริหารส่วนราชการ ระยะเริ่มต้น ต้องมีทักษะอะไร")
    await chat.send("แล้วถ้าเป็น ผอ.กอง ล่ะคะ")  # asked the phase again, before
    assert "ผู้อำนวยการกอง" in chat.text() and "ระยะเริ่มต้น" in chat.text(), chat.text()
    assert await chat.count(ConversationState) == 0
    user = await chat.user()
    assert user is not None and user.consent_at is None


async def test_before_consent_the_offer_is_a_bubble_once_then_a_button(chat: Chat) -> None:  # noqa: F811
    await chat.send("สวัสดีค่ะ")
    bubbles = []
    for question in ("DL201 คืออะไร", "DS700 คืออะไร", "หมวด 4 มีอะไรบ้าง", "DL202 คืออะไร"):
        await chat.send(question)
        bubbles.append(sum("ยินยอม" in r.text for r in chat.last))
        assert "k:y" in chat.data()  # always one tap away
    assert bubbles == [0, 0, 0, 0]  # the privacy notice with its buttons was just shown


async def test_a_code_with_one_english_word_keeps_a_thai_conversation_thai(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("DS700 ต้องมีความรู้อะไรบ้าง")
    await chat.send("DS700 evidence")  # an English card, before
    assert "หลักฐาน" in chat.text() and "Evidence guide of unit" not in chat.text()
    await chat.send("what evidence does DS700 need?")  # clearly English: English
    assert "Source:" in chat.text()


def test_the_weakest_elements_come_first_in_a_result() -> None:
    from bot.dialog.flows.assessment import summary
    from content.catalog import get_catalog

    unit = get_catalog().unit("std-2567", "DS700")
    assert unit is not None
    rating = {"DS701": 2, "DS702": 4, "DS703": 1, "DS704": 2}
    answers = {c.code: rating[e.code] for e in unit.elements for c in e.criteria}
    text = "\n".join(r.text for r in summary(unit, answers, "th"))
    weak = text.split("ควรพัฒนา:")[1]
    assert weak.index("DS703") < weak.index("DS701") < weak.index("DS704") and "DS702" not in weak


async def test_progress_lists_an_unfinished_unit_once_and_offers_to_go_on(chat: Chat) -> None:  # noqa: F811
    from bot.dialog.flows.assessment import ROLE_FRAMEWORK
    from content.catalog import get_catalog

    await consented(chat)
    await chat.press("m:g:Academic")
    await chat.press("m:p:Early")
    unit = next(u for u in get_catalog().units_for_role("Early", "Academic", ROLE_FRAMEWORK) if u.elements)
    await chat.press(f"q:s:a:{unit.framework}:{unit.code}")
    await chat.send("3")
    await chat.send("หยุดก่อน")
    await chat.send("ความคืบหน้าของฉัน")
    assert chat.text().count(unit.code) == 1, chat.text()  # under "unfinished", not also under "lacking"
    assert chat.data()[0] == "q:c"
    await chat.press("q:c")
    assert "2/" in chat.text()  # back at the second question


@pytest.mark.parametrize("typed", ["อันแรกค่ะ", "เอาตัวที่ 1", "the first one"])
async def test_the_first_unit_in_the_picker_by_its_place(chat: Chat, typed: str) -> None:  # noqa: F811
    await consented(chat)
    await chat.press("m:g:Academic")
    await chat.press("m:p:Early")
    await chat.send("ทำแบบประเมินตนเองค่ะ")
    first = next(d for d in chat.data() if d.startswith("q:s:a:") and d.count(":") == 4)  # not "ดูเพิ่ม"
    await chat.send(typed)  # "not understood", before
    assert f"{first.rsplit(':', 1)[1]}:" in chat.text() and "1/" in chat.text(), chat.text()


async def test_a_question_about_a_part_during_an_assessment_is_about_its_unit(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("ประเมินตนเอง DS700")
    await chat.send("3")
    await chat.send("ข้อนี้ต้องใช้หลักฐานอะไรครับ")  # a unit picker listing other units, before
    assert "หลักฐาน" in chat.text() and "DS700" in chat.text() and "เลือกหน่วย" not in chat.text(), chat.text()
    assert "q:c" in chat.data()  # the assessment waits one press away
    await chat.press("q:c")
    assert "2/" in chat.text()


def test_the_same_competency_in_two_frameworks_is_listed_in_full_once() -> None:
    from bot.dialog import respond
    from content.catalog import get_catalog
    from intents import understand

    replies = respond(understand("DS700 ต้องทำอะไรบ้าง"), get_catalog())
    std, ocsc = replies
    assert "DS703.03" in std.text and "DS703.3" not in ocsc.text  # every criterion once, not twice
    assert "เรื่องเดียวกับด้านบน" in ocsc.text and "u:ocsc-2561:DS700:criteria" in [b.data for b in ocsc.buttons]
    assert len(std.text) + len(ocsc.text) < 3000  # was ~3,500 characters
    dl201 = respond(understand("DL201 ต้องทำอะไรบ้าง"), get_catalog())  # two different competencies: both in full
    assert "เรื่องเดียวกับด้านบน" not in "\n".join(r.text for r in dl201)


async def test_news_are_stopped_only_when_told_not_when_asked(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    understood_as_stop = "ไม่อยากได้ข่าวประกาศแล้ว ต้องทำยังไง"  # asked, though it is about stopping
    await chat.send(understood_as_stop)
    user = await chat.user()
    assert user is not None and not user.broadcast_opt_out  # nothing changed yet
    assert "i:news_opt_out" in chat.data() and "/admin" in chat.text()
    await chat.press("i:news_opt_out")
    user = await chat.user()
    assert user is not None and user.broadcast_opt_out
    await chat.send("ไม่รับข่าวแล้ว")  # told: done at once
    assert "หยุดส่งข่าวประกาศให้คุณแล้ว" in chat.text()


async def test_a_first_profile_says_what_it_is_not_an_arrow_from_nothing(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("ผมเป็นผอ.กอง หน่วยงานอยู่ระยะกำลังพัฒนา")
    assert "กลุ่ม: ผู้อำนวยการกอง" in chat.text() and "(ยังไม่ระบุ)" not in chat.text(), chat.text()


async def test_a_repeated_answer_with_the_agree_button_is_the_same_reply_each_time(chat: Chat) -> None:  # noqa: F811
    await chat.send("สวัสดีค่ะ")
    first = await chat.send("DL201 คืออะไร")
    again = await chat.send("DL201 คืออะไร")
    assert "k:y" in chat.data() and all(a is b for a, b in zip(first, again, strict=True))  # rendered once


async def test_answers_to_a_step_are_no_open_questions_but_an_unanswered_question_is(chat: Chat) -> None:  # noqa: F811
    from storage import OpenQuestion

    await consented(chat)
    await chat.send("ประเมินตนเอง DS700")
    for typed in ("3", "ทำได้ดีค่ะ", "ข้าม"):
        await chat.send(typed)
    await chat.send("หยุดก่อน")
    await chat.press("m:g:Academic")
    await chat.press("m:p:Early")
    await chat.send("กรมสรรพากร")  # the agency, typed at its step
    assert await chat.count(OpenQuestion) == 0
    await chat.send("เงินเดือนข้าราชการปีหน้าขึ้นกี่เปอร์เซ็นต์")
    assert await chat.count(OpenQuestion) == 1


def test_a_reminder_lists_the_evidence_to_send_under_its_headings() -> None:
    from datetime import date

    from bot.dialog.flows.reminders import reminder_message
    from content.catalog import get_catalog

    [reply] = reminder_message(get_catalog(), "std-2567", "DS700", date(2026, 12, 15), 1, date(2026, 12, 1), "th")
    assert "\n(ก) หลักฐานการปฏิบัติงาน (Performance Evidence)\n• รายงานสรุปผล" in reply.text
    assert "• (ก)" not in reply.text and "คำแนะนำในการประเมิน" not in reply.text  # how assessors work: not to send


async def test_a_number_in_the_unit_picker_is_the_unit_listed_there(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.press("m:g:Academic")
    await chat.press("m:p:Early")
    await chat.send("ทำแบบประเมินตนเองค่ะ")
    listed = [d for d in chat.data() if d.startswith("q:s:a:") and d.count(":") == 4]
    await chat.send("3")  # "not understood", before
    assert f"{listed[2].rsplit(':', 1)[1]}" in chat.text() and "1/" in chat.text(), chat.text()


async def test_an_agency_in_latin_letters_keeps_the_conversation_thai(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.press("m:g:Academic")
    await chat.press("m:p:Early")
    await chat.send("Revenue Department")
    assert "ข้อมูลของคุณ" in chat.text() and "Revenue Department" in chat.text()


@pytest.mark.parametrize("asked", ["เก็บข้อมูลอะไรของเราบ้าง", "ถ้าพนักงานลาออก ข้อมูลของเขาจะลบยังไงคะ",
                                   "ข้อมูลที่เก็บไว้ลบยังไงคะ", "ใครเห็นข้อมูลของฉันบ้าง"])
async def test_questions_about_ones_data_get_the_privacy_notice(chat: Chat, asked: str) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("DL201 คืออะไร")  # past the profile's first question
    await chat.send(asked)  # a search, "not understood" or a consent request, before
    assert "ประกาศความเป็นส่วนตัว (PDPA)" in chat.text() and "i:data_delete" in chat.data()
    await chat.send("PDPA อยู่หน่วยไหน")  # a topic: still a search
    assert "ประกาศความเป็นส่วนตัว" not in chat.text()


@pytest.mark.parametrize("asked", ["หน่วยสมรรถนะ คืออะไรคะ อธิบายง่ายๆหน่อย", "สมรรถนะย่อย คืออะไรคะ",
                                   "unit กับ element ต่างกันยังไงคะ", "what is a unit of competency?"])
def test_the_standards_terms_are_explained_from_the_letter(asked: str) -> None:
    from bot.dialog.answers import glossary

    [reply] = glossary.answer("th")
    assert "๓.๑.๑ หน่วยความสามารถ (Unit of Capability : UoC) คือ ผลลัพธ์ของงาน (Outcome)" in reply.text
    from intents.lexicon import TERMS_ASKED
    from intents.normalise import bare

    assert TERMS_ASKED.search(bare(asked))


async def test_a_term_asked_in_chat_gets_the_definitions_not_a_unit(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("DL201 คืออะไร")
    await chat.send("unit กับ element ต่างกันยังไงคะ")  # DL200's card, before
    assert "Element of Capability : EoC" in chat.text() and "ocsc_digital_skills_2561.txt บรรทัด" in chat.text()
    await chat.send("หน่วยสมรรถนะ DS700 คืออะไร")  # a code written: that unit
    assert "DS701" in chat.text() and "Element of Capability" not in chat.text()


def test_two_parts_of_a_unit_asked_together_are_both_answered() -> None:
    from bot.dialog import respond
    from content.catalog import get_catalog
    from intents import understand

    text = "\n".join(r.text for r in respond(understand("ds700 ความรู้ ทักษะ"), get_catalog()))
    assert text.index("ความรู้ ของหน่วย DS700") < text.index("ทักษะ ของหน่วย DS700")


@pytest.mark.parametrize(("typed", "group"), [("เทคโนโลยีครับ", "Technologist"), ("บริการค่ะ", "Service")])
async def test_a_word_of_one_groups_label_answers_the_group_question(chat: Chat, typed: str, group: str) -> None:  # noqa: F811
    await consented(chat)
    await chat.press("m:g")
    await chat.send(typed)  # "not sure which group", asked again, before
    assert chat.button("m:p:").startswith("m:p:") and "ยังไม่แน่ใจ" not in chat.text()
    await chat.press("m:p:Early")
    user = await chat.user()
    assert user is not None and user.profile_group == group


@pytest.mark.parametrize(("typed", "value"), [("มีค่ะ", "2"), ("ใช่", "2"), ("ไม่มีค่ะ", "0"),
                                              ("ไม่แน่ใจ", None)])  # doubt is no "partly": asked again (flows3011)
def test_the_readiness_check_reads_short_answers(typed: str, value: str | None) -> None:
    from bot.dialog.flows.pmqa_check import ReadinessCheck

    assert ReadinessCheck().typed_value(fold_short(typed)) == value  # "type 1-3", before


async def test_what_my_profile_needs_lists_the_roles_units(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.press("m:g:Academic")
    await chat.press("m:p:Early")
    await chat.send("ข้าม")  # no agency
    await chat.send("ตามโปรไฟล์ของผม ต้องเรียนหน่วยไหนบ้างครับ")  # the profile shown, before
    assert "r:Academic:Early" in " ".join(chat.data()) or "หน่วย" in chat.text()
    assert "ข้อมูลของคุณ" not in chat.text(), chat.text()


async def test_messages_to_staff_are_acknowledged_after_a_quiet_spell(chat: Chat) -> None:  # noqa: F811
    from datetime import UTC, datetime, timedelta

    from bot.dialog.engine import DialogEngine

    now = [datetime(2026, 12, 1, 3, 0, tzinfo=UTC)]
    chat.engine = DialogEngine(chat.sessions, clock=lambda: now[0])
    await consented(chat)
    await chat.send("ขอคุยกับเจ้าหน้าที่หน่อยค่ะ")
    await chat.send("เรื่องส่งหลักฐาน DS700 ค่ะ")
    assert "ส่งข้อความถึงเจ้าหน้าที่แล้ว" in chat.text()  # the first message typed to HR (answers6: silence, before)
    await chat.send("มีคำถามนิดหน่อยค่ะ")
    assert chat.last == []  # the second in a row: nothing
    now[0] += timedelta(minutes=11)
    await chat.send("ยังรออยู่นะคะ")  # nothing at all, before
    assert "ส่งข้อความถึงเจ้าหน้าที่แล้ว" in chat.text()
    await chat.send("ขอบคุณค่ะ")
    assert chat.last == []  # not after every message


async def test_an_unanswered_yes_no_question_lapses_when_the_person_moves_on(chat: Chat) -> None:  # noqa: F811
    await _at_the_replace_question(chat)
    await chat.send("DL200 คืออะไร")  # the question is not answered
    await chat.send("ใช่")  # moved DS700 to 20 ธ.ค., before
    await chat.send("ดูการเตือนของฉัน")
    assert "15 ธ.ค. 2569" in chat.text() and "20 ธ.ค. 2569" not in chat.text(), chat.text()


async def test_a_change_of_date_with_the_code_asks_once(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    for message in SET_DS700:
        await chat.send(message)
    await chat.send("ขอเปลี่ยน DS700 เป็น 20 ธ.ค. 2569")  # a new reminder, then "replace?", before
    assert "15 ธ.ค. 2569" in chat.text() and "20 ธ.ค. 2569" in chat.text()
    await chat.send("ดูการเตือนของฉัน")
    assert "20 ธ.ค. 2569" in chat.text() or "15 ธ.ค. 2569" in chat.text()


def test_a_reminder_confirmation_promises_only_the_reminders_still_ahead() -> None:
    from datetime import UTC, date, datetime

    from bot.dialog.flows.reminders import _when

    now = datetime(2026, 11, 29, 3, 0, tzinfo=UTC)  # 10:00 in Bangkok, past the day's 09:00 reminders
    assert _when(date(2026, 12, 15), now, "th") == "เตือนก่อน 7 วัน 1 วัน และในวันนั้น"
    assert _when(date(2026, 11, 30), now, "th") == "เตือนในวันนั้น"  # "7 days and 1 day before", before
    assert _when(date(2026, 12, 4), now, "en") == "reminders 1 day before, and on the day"


async def test_a_long_request_of_its_own_is_not_taken_for_a_follow_up(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("DL200 คืออะไร")
    await chat.send("ดิฉันเป็นเจ้าหน้าที่ HR จะส่งประกาศถึงพนักงานทุกคนต้องทำยังไงคะ")  # DL200's criteria, before
    assert "/admin" in chat.text() and "DL201.01" not in chat.text(), chat.text()
    await chat.send("ต้องมีความรู้อะไรบ้างครับ")  # short: still about DL200
    assert "ความรู้ ของหน่วย DL200" in chat.text()


async def test_a_term_asked_as_the_very_first_message_gets_the_definitions(chat: Chat) -> None:  # noqa: F811
    await chat.send("หน่วยสมรรถนะคืออะไรครับ")  # "not understood" beside the welcome, before
    assert "Unit of Capability : UoC" in chat.text() and "k:y" in chat.data()
