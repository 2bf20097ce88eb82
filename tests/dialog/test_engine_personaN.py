"""Conversations found wrong by chatting as a sub-district municipality clerk, a hospital pharmacist on a
digital-skills course and a ministry HR trainer (2026-11-30, personaN), in other wordings than the ones found."""

from __future__ import annotations

from storage import User
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]  # the fixtures, shared with the engine's own tests


async def test_consent_typed_with_an_acknowledgement_is_taken_and_the_profile_asked(chat: Chat) -> None:
    await chat.send("สวัสดีครับ")
    await chat.send("ได้เลยครับ ยินยอมให้เก็บข้อมูล")  # "not sure which you mean", before
    assert "บันทึกความยินยอมแล้ว" in chat.text() and "กลุ่ม" in chat.text()
    assert await chat.count(User, User.consent_at.is_not(None)) == 1


async def test_consent_typed_after_a_request_answers_the_request(chat: Chat) -> None:
    await chat.send("ขอประเมินตนเอง DS700")
    await chat.send("โอเคค่ะ ยอมรับเงื่อนไข")  # the notice again, before
    assert "ขอบคุณที่ยินยอม" in chat.text() and "ประเมินตนเองหน่วย DS700" in chat.text()


async def test_asking_to_delete_ones_data_while_talking_to_staff_offers_the_deletion(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ขอคุยกับฝ่ายบุคคลหน่อยครับ")
    assert "จบการสนทนา" in chat.text()
    await chat.send("ช่วยลบข้อมูลของผมทั้งหมดด้วย")  # forwarded to staff alone, before
    assert "ลบข้อมูล" in chat.text() and "d:yes" in chat.data()
    await chat.send("ใช่")  # for staff: nothing deleted by a typed yes while they talk
    assert await chat.count(User) == 1
    await chat.send("จบการสนทนา")
    await chat.send("ใช่ครับ")  # nor after the conversation ends
    assert await chat.count(User) == 1
    await chat.press("d:yes")  # the button of a question left behind asks again: what it does cannot be undone
    assert "ยังไม่ได้ลบอะไร" in chat.text() and await chat.count(User, User.consent_at.is_not(None)) == 1
    await chat.press("d:yes")
    assert await chat.count(User, User.consent_at.is_not(None)) == 0


async def test_a_typed_yes_under_the_deletion_question_before_consent_deletes(chat: Chat) -> None:
    await chat.send("สวัสดีค่ะ")
    await chat.send("ขอลบข้อมูลของดิฉันค่ะ")
    assert "d:yes" in chat.data()
    await chat.send("ยืนยันค่ะ")  # "nothing waits for a confirmation", before
    assert "ลบข้อมูลของคุณเรียบร้อยแล้ว" in chat.text()


async def test_a_typed_no_under_the_deletion_question_before_consent_keeps(chat: Chat) -> None:
    await chat.send("สวัสดีครับ")
    await chat.send("ลบข้อมูลของผม")
    await chat.send("ไม่ลบแล้วครับ")
    assert "ไม่ได้ลบอะไร" in chat.text()


async def test_a_quiz_option_named_by_its_place_in_words_is_the_answer(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ขอทำแบบทดสอบความรู้")
    await chat.send("ตัวเลือกที่ 1")  # progress or not understood, before
    assert ("ถูกต้อง" in chat.text() or "ยังไม่ถูก" in chat.text()) and "ข้อ 2/5" in chat.text()
    await chat.send("เลือกคำตอบที่สองครับ")
    assert "ข้อ 3/5" in chat.text()


async def test_asking_what_a_readiness_item_wants_filled_in_explains_it_and_keeps_the_question(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ประเมินความพร้อม PMQA หมวด 5")
    assert "ข้อ 1/18" in chat.text()
    await chat.send("ช่องนี้ให้ใส่อะไรคะ")  # "not sure which you mean" and a search for the word, before
    assert "อยู่ในประเด็น 5.1" in chat.text() and "ข้อ 1/18" in chat.text()
    assert "ค้นหา" not in chat.text()


async def test_ending_the_staff_conversation_after_thanks_ends_it(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ขอติดต่อเจ้าหน้าที่ค่ะ")
    await chat.send("ขอบคุณค่ะ")  # thanks alone is for staff
    assert "จบการสนทนากับเจ้าหน้าที่แล้ว" not in chat.text()
    await chat.send("ขอบคุณมากครับ จบเท่านี้")  # forwarded to staff, the bot silent on, before
    assert "จบการสนทนากับเจ้าหน้าที่แล้ว" in chat.text()
    await chat.send("DS700 คืออะไร")
    assert "DS700" in chat.text()
