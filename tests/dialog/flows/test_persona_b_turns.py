"""Wrong turns found by chatting as new people (a contract worker assessing herself, a lecturer juggling evidence
reminders, a retiring official): each cause tested in wordings other than the one that found it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from intents import understand
from intents.dates import parse_due
from storage import AssessmentAnswer, EvidenceDeadline
from tests.dialog.flows.test_reminders import NOW, Chat, chat

__all__ = ["chat"]


async def _profiled(chat: Chat, group: str = "Service", phase: str = "Early") -> None:
    await chat.press(f"m:g:{group}")
    await chat.press(f"m:p:{phase}")
    await chat.press("m:a")


# -- a self-assessment: a question typed at a criterion is never recorded as a rating -----------------------------

@pytest.mark.parametrize("typed", ["สรุปคะแนนเป็นไงบ้างอะ", "ตอนนี้ได้คะแนนเท่าไหร่แล้ว", "ผลประเมินได้ยังไงบ้าง",
                                   "ขอเช็คผลหน่อยได้ปะ", "show me my results so far"])
async def test_the_result_asked_mid_assessment_is_the_result_so_far_not_an_answer(chat: Chat, typed: str) -> None:
    await chat.send("ประเมินตนเอง DLit100")
    await chat.send("พอทำได้บ้าง")  # the first criterion, rated 2
    await chat.send("4")
    await chat.send(typed)
    assert await chat.count(AssessmentAnswer) == 2  # nothing recorded for the question
    said = chat.text()
    assert ("2/18" in said) and ("16" in said), said  # answered so far, and how many are left
    assert "q:c" in chat.data()  # and the run goes on from where it stood
    await chat.send("ทำต่อ")
    assert "3/18" in chat.text()


async def test_a_result_asked_while_paused_is_the_result_so_far(chat: Chat) -> None:
    await chat.send("ประเมินตนเอง DLit100")
    await chat.send("1")
    await chat.send("พักก่อน")
    await chat.send("ขอดูผลก่อนได้ไหม")
    assert "1/18" in chat.text() and "q:c" in chat.data()
    assert await chat.count(AssessmentAnswer) == 1


# -- "which unit first": a suggestion from the profile, not a topic search ----------------------------------------

@pytest.mark.parametrize("typed", ["หน่วยไหนควรทำก่อนดีคะ", "ผมควรเริ่มเรียนอะไรก่อนครับ", "เริ่มหน่วยไหนดีอะ",
                                   "which unit should I start with?"])
def test_which_unit_first_is_read_as_ones_own_role_not_a_search(typed: str) -> None:
    u = understand(typed)
    assert u.intent == "role_requirements" and not u.entities.get("codes"), (u.intent, u.entities)


def test_a_topic_named_with_which_unit_is_still_a_search() -> None:
    assert understand("Big Data ควรเรียนหน่วยไหน").intent == "search"


@pytest.mark.parametrize("typed", ["ควรประเมินหน่วยไหนก่อนดี", "หน่วยไหนควรทำก่อนครับ"])
async def test_which_unit_first_suggests_units_of_the_role_not_yet_assessed(chat: Chat, typed: str) -> None:
    await _profiled(chat)
    await chat.send(typed)
    said = chat.text()
    assert "DLit100" in said and "ผู้ทำงานด้านบริการ" in said, said
    assert "q:s:a:ocsc-2561:DLit100" in chat.data()
    await chat.send("เอา DLit200 ละกัน")  # the unit typed next is the one to assess
    assert "DLit200" in chat.text() and any(d.startswith("q:r:") for d in chat.data()), chat.text()


async def test_which_unit_first_without_a_profile_asks_for_it(chat: Chat) -> None:
    await chat.send("ควรเริ่มจากหน่วยไหนก่อนดีคะ")
    assert "m:g" in chat.data() and "กลุ่ม" in chat.text()


# -- phases: "the same phase?" is answered yes or no ---------------------------------------------------------------

@pytest.mark.parametrize(("typed", "same"), [("ระยะสมบูรณ์กับระยะพัฒนาแล้วคืออันเดียวกันป่าว", True),
                                             ("mature stage กับระยะ 3 เหมือนกันมั้ยครับ", True),
                                             ("ระยะเริ่มต้นกับระยะกำลังพัฒนาเป็นคนละระยะใช่ไหม", False),
                                             ("is the early stage the same as the developing stage?", False)])
async def test_whether_two_phase_names_are_one_phase(chat: Chat, typed: str, same: bool) -> None:
    await chat.send(typed)
    first = chat.last[0].text.splitlines()[0]
    assert first.startswith(("ใช่", "Yes") if same else ("ไม่ใช่", "No")), first
    assert not any(d.startswith("r:Executive") for d in chat.data())  # not "which group are you?"


# -- reminders: the time of day travels with a request, a unit corrected keeps the request ------------------------

async def test_the_set_it_too_button_keeps_the_time_of_the_earlier_request(chat: Chat) -> None:
    await chat.send("เตือน DL200 วันที่ 10 ธ.ค. ตอนสามทุ่ม")
    await chat.send("แล้วก็ DS700 วันที่ 12 ธ.ค. ด้วย")
    assert "21:00" in chat.text()  # the earlier request is said with its time
    await chat.press(chat.button("w:y:std-2567:DL200"))
    async with chat.sessions() as session:
        deadline = (await session.scalars(select(EvidenceDeadline).where(EvidenceDeadline.unit_code == "DL200"))).one()
    assert deadline.remind_at is not None and deadline.remind_at.hour == 21


@pytest.mark.parametrize("typed", ["อุ๊ย พิมพ์ผิด หมายถึง DL200 ครับ", "ไม่ใช่ DS700 ค่ะ เป็น DL200", "sorry I meant DL200"])
async def test_a_unit_corrected_before_confirming_keeps_the_date_and_time(chat: Chat, typed: str) -> None:
    await chat.send("ตั้งเตือน DS700 วันที่ 20 ธ.ค. 2569 บ่ายสาม")
    await chat.send(typed)
    said = chat.text()
    assert "DL200" in said and ("20 ธ.ค. 2569" in said or "20 Dec 2026" in said) and "15:00" in said, said
    assert not any("DS700" in d for d in chat.data())  # the mistaken unit is not offered to set too
    await chat.send("ยืนยัน")
    async with chat.sessions() as session:
        codes = (await session.scalars(select(EvidenceDeadline.unit_code))).all()
    assert list(codes) == ["DL200"]


@pytest.mark.parametrize(("typed", "due"), [("ต้นเดือนหน้า", date(2026, 12, 1)), ("กลางเดือนหน้า", date(2026, 12, 15)),
                                            ("ปลายเดือนนี้", date(2026, 11, 30)), ("กลางเดือน", date(2026, 12, 15)),
                                            ("beginning of next month", date(2026, 12, 1)),
                                            ("mid next month", date(2026, 12, 15))])
def test_a_part_of_a_month(typed: str, due: date) -> None:
    assert parse_due(typed, now=NOW) == due


async def test_a_part_of_a_month_moves_a_request_waiting_for_yes(chat: Chat) -> None:
    await chat.send("เตือน DL200 วันที่ 20 ธ.ค. ตอน 9 โมง")
    await chat.send("กลางเดือนหน้าแทนได้ไหมคะ")
    assert "15 ธ.ค. 2569" in chat.text() and "09:00" in chat.text()



# -- a repeating reminder is said to be unavailable, not set as a one-off -----------------------------------------

@pytest.mark.parametrize("typed", ["ช่วยเตือน DS700 ทุกสัปดาห์ได้มั้ย", "remind me about DL200 every monday"])
async def test_a_repeating_reminder_is_not_set_as_a_one_off(chat: Chat, typed: str) -> None:
    await chat.send(typed)
    assert not any(d.startswith("w:y:") and d.count(":") >= 4 and "w:e" in d for d in chat.data())
    said = chat.text()
    assert "ซ้ำ" in said or "Repeating" in said, said
    assert await chat.count(EvidenceDeadline) == 0


# -- a formal or English request is understood as what it asks -----------------------------------------------------

@pytest.mark.parametrize(("typed", "intent"), [
    ("ขอเรียนถามว่าท่านช่วยเหลือในเรื่องใดได้บ้างครับ", "help"),
    ("ระบบนี้ให้บริการในด้านไหนบ้างคะ", "help"),
    ("What features does this bot offer?", "help"),
    ("ดิฉันประสงค์จะสนทนากับเจ้าหน้าที่กองการเจ้าหน้าที่ค่ะ", "handoff"),
    ("Kindly erase my personal information", "data_delete"),
    ("I would like my records removed", "data_delete"),
    ("ไม่ต้องส่งประกาศใดๆ มาอีกแล้วครับ", "news_opt_out"),
])
def test_formal_and_english_requests(typed: str, intent: str) -> None:
    assert understand(typed).intent == intent


async def test_a_question_about_news_already_stopped_says_it_is_off_and_reminders_go_on(chat: Chat) -> None:
    await chat.send("หยุดส่งข่าว")
    await chat.send("การหยุดรับข่าวจะกระทบการเตือนส่งหลักฐานหรือไม่ครับ")
    said = chat.text()
    assert "ไว้แล้ว" in said and "ยังทำงาน" in said, said
    assert "i:news_opt_in" in chat.data()


@pytest.mark.parametrize("typed", ["ดิฉันขอสิ้นสุดการสนทนากับเจ้าหน้าที่ค่ะ", "ขอจบการคุยแค่นี้ ขอบคุณครับ",
                                   "end the conversation please"])
async def test_a_handoff_ends_in_other_wordings(chat: Chat, typed: str) -> None:
    await _profiled(chat)
    await chat.send("ขอคุยกับเจ้าหน้าที่")
    await chat.send(typed)
    assert "จบการสนทนา" in chat.text() or "ended" in chat.text(), chat.text()


@pytest.mark.parametrize("typed", ["ลบอะไรบ้างครับ", "which data is removed?", "ลบแล้วกู้คืนได้ไหม"])
async def test_a_question_at_the_delete_confirmation_is_answered_and_the_question_kept(chat: Chat, typed: str) -> None:
    await chat.send("ลบข้อมูลของฉัน")
    await chat.send(typed)
    assert "d:yes" in chat.data() and "d:no" in chat.data()
    assert "สถิติรวม" in chat.text() or "anonymous" in chat.text(), chat.text()
    assert await chat.user() is not None
    await chat.send("ไม่ลบ")
    assert await chat.user() is not None


@pytest.mark.parametrize("typed", ["ยกเลิกหมดทุกอันเลยค่ะ", "cancel them all"])
async def test_cancel_all_right_after_a_reminder_asks_to_cancel_every_reminder(chat: Chat, typed: str) -> None:
    await chat.send("เตือน DL200 วันที่ 20 ธ.ค.")
    await chat.send("ยืนยัน")
    await chat.send("เตือน DS700 วันที่ 22 ธ.ค.")
    await chat.send("ยืนยัน")
    await chat.send(typed)
    assert "w:a" in chat.data(), (chat.text(), chat.data())  # the confirmation of cancelling every one
    await chat.press("w:a")
    async with chat.sessions() as session:
        statuses = set((await session.scalars(select(EvidenceDeadline.status))).all())
    assert statuses == {"cancelled"}


@pytest.mark.parametrize(("typed", "intent"), [("Thanks a lot for your help today.", "thanks"),
                                               ("ขอบพระคุณท่านเป็นอย่างสูงสำหรับคำแนะนำครับ", "thanks"),
                                               ("How many more units do I have to assess?", "progress")])
def test_long_thanks_and_english_progress(typed: str, intent: str) -> None:
    assert understand(typed).intent == intent


@pytest.mark.parametrize("typed", ["ขอบคุณมากครับ แล้วหลักฐานของ DL200 มีอะไรบ้าง",
                                   "สวัสดีค่ะ อยากทราบว่าหลักฐาน DL200 ต้องใช้อะไรบ้างคะ"])
async def test_a_question_after_a_leading_thanks_or_greeting_is_answered(chat: Chat, typed: str) -> None:
    await _profiled(chat)
    await chat.send(typed)
    assert "หลักฐาน" in chat.text() and "DL200" in chat.text(), chat.text()


@pytest.mark.parametrize("typed", ["ขอยกเลิกแบบประเมินที่ค้างไว้ค่ะ", "ทิ้งอันที่ทำค้างไปเลยครับ"])
async def test_discarding_the_paused_run_asks_to_discard_it_not_resumes_it(chat: Chat, typed: str) -> None:
    await chat.send("ประเมินตนเอง DLit100")
    await chat.send("2")
    await chat.send("พักก่อน")
    await chat.send(typed)
    assert any(d.startswith("q:d:") for d in chat.data()), chat.text()  # the discard, one press away
    assert "ทำต่อจากข้อ" not in chat.text()


async def test_which_unit_for_a_named_topic_is_the_topic_search_not_the_start_suggestion(chat: Chat) -> None:
    await _profiled(chat)
    await chat.send("อยากเก่งเรื่องความปลอดภัยไซเบอร์ ควรเรียนหน่วยไหนดีคะ")
    assert "หน่วยที่แนะนำให้เริ่ม" not in chat.text(), chat.text()
