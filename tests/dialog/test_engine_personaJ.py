"""What three persona chats found (a municipal nurse self-assessing, a police IT sergeant comparing units and taking
the PMQA check, an older sub-district clerk lost in the menus), through the whole engine, in wordings other than the
chats' and the set's."""

from __future__ import annotations

import pytest

from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]


async def ready(chat: Chat) -> Chat:
    """Consented, with the profile's questions answered (nothing left open to take the next message)."""
    await consented(chat)
    for data in ("m:g:Service", "m:p:Early", "m:a"):
        await chat.press(data)
    return chat


@pytest.mark.parametrize("typed", [
    "หมวดนี้ผู้บริหารต้องเตรียมอะไรบ้าง",  # "บ้าง" was "มีบางส่วน"
    "ทำข้อไหนไปแล้วบ้าง",  # a question, though it starts like "ทำแล้ว"
    "ทำประเมินความพร้อมต่อครับ",  # a resume, though it starts like "ทำแล้ว"
    "กลุ่มบริการต้องมีอะไรบ้างครับ",
])
async def test_a_question_typed_in_the_pmqa_check_is_no_answer(chat: Chat, typed: str) -> None:
    """"ผู้กำกับผมต้องมีสมรรถนะอะไรบ้าง" was recorded as "2 = มีบางส่วน" and "ทำ PMQA ต่อครับ" as "1 = มีข้อมูลครบ"
    in the readiness check: a question or a request is never an answer described in words."""
    await consented(chat)
    await chat.send("ประเมินความพร้อม PMQA หมวด 2")
    await chat.send(typed)
    assert "บันทึกคำตอบ" not in chat.text(), chat.text()
    await chat.send("ทำต่อ")
    assert "ข้อ 1/12" in chat.text(), chat.text()


async def test_an_answer_said_in_words_is_still_recorded(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ประเมินความพร้อม PMQA หมวด 2")
    await chat.send("ทำไปบ้างแล้วครับ")
    assert "บันทึกคำตอบเป็น 2 = " in chat.text() and "ข้อ 2/12" in chat.text(), chat.text()


async def test_a_question_typed_in_a_self_assessment_is_no_rating(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ประเมินตนเอง DLit100")
    await chat.send("ข้อนี้ต้องทำได้แค่ไหนถึงจะผ่านบ้างคะ")
    assert "บันทึกคำตอบ" not in chat.text(), chat.text()


@pytest.mark.parametrize("typed", ["ไม่ทำละ เหนื่อย", "เบื่อแล้ว ไม่เล่นละ", "let me quit this quiz"])
async def test_leaving_a_quiz_in_other_words_pauses_it(chat: Chat, typed: str) -> None:
    """"ไม่เล่นต่อแล้วค่ะ ยากไป" was taken for an unclear answer and the question asked again."""
    await consented(chat)
    await chat.send("ขอทำแบบทดสอบความรู้")
    await chat.send(typed)
    assert "q:c" in chat.data() and "ข้อ 1/5" not in chat.text(), chat.text()


async def test_how_a_paused_quiz_went_is_its_score_so_far(chat: Chat) -> None:
    """"ผมสอบผ่านไหม" with the quiz paused showed the self-assessments' progress ("no results yet")."""
    await consented(chat)
    await chat.send("ขอทำแบบทดสอบความรู้")
    await chat.send("หยุดก่อน")
    await chat.send("แล้วสอบผ่านมั้ยคะ")
    assert "5 ข้อ" in chat.text() and "q:c" in chat.data(), chat.text()


async def test_how_the_two_tests_differ_is_explained(chat: Chat) -> None:
    """"แบบทดสอบกับแบบประเมินตัวเองต่างกันยังไง" started a quiz."""
    await consented(chat)
    await chat.send("แบบประเมินตนเองต่างจากแบบทดสอบความรู้ยังไงครับ")
    assert "1–4" in chat.text() and "ข้อ 1/5" not in chat.text(), chat.text()


async def test_a_greeting_that_introduces_oneself_before_consent(chat: Chat) -> None:
    """"สวัสดีครับ ผมเป็นตำรวจ ทำงานฝ่ายไอที…" got the privacy notice again with no word back: greeted, and the group
    the work fits offered (nothing stored before consent)."""
    await chat.send("สวัสดี")
    await chat.send("สวัสดีค่ะ ดิฉันเป็นพยาบาล อยู่โรงพยาบาลส่งเสริมสุขภาพตำบลค่ะ")
    text = chat.text()
    assert text.startswith("สวัสดีครับ") and "ผู้ทำงานด้านบริการ" in text and "PDPA" not in text, text
    user = await chat.user()
    assert user is None or user.profile_group is None


@pytest.mark.parametrize("typed", ["อืมม", "555555", "อ๋อ", "ค่ะ"])
async def test_a_filler_on_its_own_gets_a_short_prompt(chat: Chat, typed: str) -> None:
    """Noise got "ยังไม่เข้าใจคำถามนี้" and the whole menu (nine lines)."""
    await ready(chat)
    await chat.send(typed)
    assert len(chat.text()) < 120 and "PMQA 4.0" not in chat.text(), chat.text()
    assert "i:help" in chat.data()


async def test_what_is_not_understood_is_said_in_one_line(chat: Chat) -> None:
    await ready(chat)
    await chat.send("แมวผมหายครับ")
    assert "\n" not in chat.text() and "i:help" in chat.data(), chat.text()


@pytest.mark.parametrize("typed", ["ปุ่มอยู่ตรงไหนคะ", "หาเมนูไม่เจอครับ เมนูอยู่ไหน"])
async def test_where_the_buttons_are_is_said_in_one_line(chat: Chat, typed: str) -> None:
    """"เมนูอยู่ตรงไหน" was a topic search for "เมนู" (DS600, DT400, …)."""
    await ready(chat)
    await chat.send(typed)
    assert "ปุ่ม" in chat.text() and "DS600" not in chat.text() and "i:help" in chat.data(), chat.text()


async def test_a_reminder_not_yet_confirmed_is_said_when_the_list_is_asked(chat: Chat) -> None:
    """"มีเตือนอะไรค้างอยู่บ้างคะ" before pressing "ยืนยัน" answered "ยังไม่มีการเตือน" and dropped the request."""
    await ready(chat)
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 20 ธ.ค. 2569")
    await chat.send("ตอนนี้ตั้งเตือนอะไรไว้บ้างครับ")
    assert "DS700" in chat.text() and "ยืนยัน" in chat.text(), chat.text()
    await chat.press(chat.button("w:y:"))
    await chat.send("มีเตือนอะไรบ้าง")
    assert "DS700" in chat.text() and "ยังไม่ได้ตั้ง" not in chat.text(), chat.text()


async def test_another_request_naming_a_unit_is_no_answer_to_which_unit(chat: Chat) -> None:
    """"ประเมินตัวเองอีกหน่วยค่ะ DLit200" while a reminder asked which unit set a DLit200 reminder."""
    await ready(chat)
    await chat.send("ช่วยเตือนวันที่ 20 ธ.ค. 2569 ด้วยครับ")
    assert "หน่วยไหน" in chat.text(), chat.text()
    await chat.send("ขอประเมินตนเอง DLit300 ก่อนครับ")
    assert "ตั้งเตือน" not in chat.text() and "DLit300" in chat.text(), chat.text()


async def test_an_unfinished_readiness_check_is_named_as_pmqa_in_progress(chat: Chat) -> None:
    """The progress listed a paused PMQA check as "• 1 ยังทำไม่เสร็จ (ตอบแล้ว 1 เกณฑ์)", as if category 1 were a unit."""
    await ready(chat)
    await chat.send("ประเมินความพร้อม PMQA หมวด 3")
    await chat.send("ยังไม่มีครับ")
    await chat.send("หยุดไว้ก่อน")
    await chat.send("ความคืบหน้าของผมถึงไหนแล้ว")
    assert "PMQA หมวด 3 ยังทำไม่เสร็จ (ตอบแล้ว 1 คำถาม)" in chat.text(), chat.text()


async def test_how_the_tests_differ_with_a_quiz_paused_starts_none(chat: Chat) -> None:
    await ready(chat)
    await chat.send("ขอทำแบบทดสอบความรู้")
    await chat.send("พอก่อน")
    await chat.send("แบบทดสอบความรู้ต่างจากประเมินตนเองตรงไหนคะ")
    assert "1–4" in chat.text() and "ข้อ 1/5" not in chat.text(), chat.text()


async def test_these_two_after_two_units_compares_them(chat: Chat) -> None:
    """"สองหน่วยนี้ต่างกันยังไง" after CS300 then CS400 offered a search for "สอง ต่างกัน"."""
    await ready(chat)
    await chat.send("DT300 คืออะไรครับ")
    await chat.send("แล้ว DT200 ล่ะ")
    await chat.send("ทั้งสองหน่วยต่างกันตรงไหน")
    text = chat.text()
    assert "DT300" in text and "DT200" in text and "ค้นหา" not in text, text


@pytest.mark.parametrize("typed", ["ถ้ายินยอมแล้ว เขาจะนำข้อมูลหนูไปใช้ทำอะไรคะ", "ข้อมูลลุงเอาไปทำอะไรบ้างครับ"])
async def test_what_is_done_with_ones_data_is_the_privacy_notice(chat: Chat, typed: str) -> None:
    """"ยินยอมแล้วเขาเอาข้อมูลผมไปทำอะไร" before consent got "กรุณายินยอม…" first, as if a request had been refused."""
    await chat.send("สวัสดี")
    await chat.send(typed)
    assert "PDPA" in chat.text() and "กรุณายินยอม" not in chat.text(), chat.text()


async def test_a_greeting_with_a_group_no_job_list_knows(chat: Chat) -> None:
    """"สวัสดีครับ ผมเป็นตำรวจ ทำงานฝ่ายไอที…": the work is no job the lists know, the group is read: named, a press away."""
    await chat.send("สวัสดี")
    await chat.send("สวัสดีค่ะ ดิฉันเป็นทหาร อยู่ฝ่ายไอทีของกองพันค่ะ")
    text = chat.text()
    assert text.startswith("สวัสดีครับ") and "ด้านเทคโนโลยี" in text and "PDPA" not in text, text
    assert "r:Technologist:" in chat.data()
