"""Conversations found wrong by chatting as a provincial HR officer, a bureau director and a computer scientist
(2026-11-30, tenth session), in other wordings."""

from __future__ import annotations

from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]  # the fixtures, shared with the engine's own tests


async def test_a_role_asked_before_consent_uses_the_group_and_phase_just_told(chat: Chat) -> None:
    await chat.send("สวัสดีค่ะ")
    await chat.send("ดิฉันทำงานด้านบริการประชาชนค่ะ องค์กรอยู่ระยะเริ่มต้น")  # kept for after consent
    await chat.send("ต้องผ่านหน่วยอะไรบ้างคะ")
    assert "r:Service:Early:about" in chat.data()  # the role told, not "which group are you in?" again
    await chat.press("k:y")
    assert "ผู้ทำงานด้านบริการ" in chat.text()  # and saved once consent is given


async def test_what_the_question_names_wins_over_what_was_told(chat: Chat) -> None:
    await chat.send("สวัสดีค่ะ")
    await chat.send("ดิฉันทำงานด้านบริการประชาชนค่ะ องค์กรอยู่ระยะเริ่มต้น")
    await chat.send("สายไอทีต้องผ่านหน่วยอะไรบ้าง")
    assert any(data.startswith("r:Technologist:Early") for data in chat.data())


async def test_a_phase_called_advanced_after_a_role_is_that_groups_last_phase(chat: Chat) -> None:
    await chat.send("ผู้อำนวยการกอง ระยะเริ่มต้น ต้องมีอะไรบ้าง")
    await chat.send("แล้วระยะ advanced ล่ะ")
    assert "r:Management:Mature:about" in chat.data()  # PMQA's levels, before


async def test_hr_asking_how_to_see_staff_results_is_pointed_to_the_admin_pages(chat: Chat) -> None:
    await chat.send("สวัสดีค่ะ")
    await chat.send("ถ้าอยากเช็คคะแนนของลูกน้องทั้งกอง ต้องทำยังไงคะ")
    assert "/admin" in chat.text()


async def test_hr_asking_how_to_look_at_staff_results_is_no_privacy_question(chat: Chat) -> None:
    """"HR จะดูผล…" reads like one's results seen by HR, but asks how HR looks at the staff's: the admin pages (the
    privacy notice again, before), before consent and after it."""
    await chat.send("สวัสดีค่ะ")
    await chat.send("ในฐานะ HR จะดูผลของบุคลากรในกรมได้อย่างไร")
    assert "/admin" in chat.text() and "ลบได้ทุกเมื่อ" not in chat.text()
    await chat.send("ยินยอม")
    await chat.send("HR จะดูคะแนนของเจ้าหน้าที่ทุกคนได้ที่ไหนคะ")
    assert "/admin" in chat.text() and "ลบได้ทุกเมื่อ" not in chat.text()
    await chat.send("ผลที่ประเมินไป ฝ่าย HR จะเห็นด้วยหรือไม่คะ")  # one's own results seen by HR: the notice says so
    assert "ลบได้ทุกเมื่อ" in chat.text()


async def test_why_consent_is_asked_is_answered_with_the_privacy_notice(chat: Chat) -> None:
    await chat.send("สวัสดีครับ")
    await chat.send("ทำไมต้องยินยอมก่อนด้วยครับ")
    said = chat.text()
    assert "ประกาศความเป็นส่วนตัว" in said and "ลบได้ทุกเมื่อ" in said
    assert "k:y" in chat.data()


async def test_consent_is_never_given_by_picking_a_place_in_the_buttons(chat: Chat) -> None:
    await chat.send("สวัสดีครับ")
    assert "k:y" in chat.data()
    await chat.send("เอาอันแรกครับ")
    await chat.send("ดูข้อมูลของฉัน")
    assert "k:y" in chat.data()  # still asked: nothing was agreed to


async def test_an_hr_question_as_the_first_message_is_answered_before_the_welcome(chat: Chat) -> None:
    await chat.send("จะส่งประกาศกำหนดส่งหลักฐานให้ข้าราชการทั้งกรมได้ไหมคะ")
    said = chat.text()
    assert "/admin" in said  # the welcome alone, before
    assert "ประกาศความเป็นส่วนตัว" in said and "k:y" in chat.data()  # and the first contact's notice still


async def test_next_question_typed_in_a_quiz_skips_the_one_shown(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ขอทำแบบทดสอบความรู้ DL200")
    assert "1/5" in chat.text()
    await chat.send("ข้อถัดไปเลยครับ")  # "not recorded, press an answer", before
    assert "2/5" in chat.text() and "ยังไม่ได้บันทึก" not in chat.text()
