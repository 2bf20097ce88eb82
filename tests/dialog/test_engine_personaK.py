"""Conversations found wrong by chatting as a hospital finance officer, a provincial agriculture officer and a
revenue auditor (2026-11-29, personaK), in other wordings than the ones found."""

from __future__ import annotations

from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]  # the fixtures, shared with the engine's own tests


async def test_a_polite_skip_in_a_self_assessment_skips_the_question(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ขอประเมินตนเอง DS700")
    assert "ข้อ 1/12" in chat.text()
    await chat.send("อันนี้ไม่แน่ใจค่ะ ขอข้ามนะคะ")  # a pause (or not understood), before
    assert "ข้อ 2/12" in chat.text()


async def test_an_answer_led_by_the_question_pointed_at_or_a_guess_is_recorded(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ประเมินความพร้อม PMQA หมวด 2")
    assert "ข้อ 1/" in chat.text()
    await chat.send("ตรงนี้ยังไม่มีเลยค่ะ")  # not understood, before
    assert "ข้อ 2/" in chat.text() and "ยังไม่มี" in chat.text()
    await chat.send("หยุดก่อน")
    await chat.send("ขอทำแบบทดสอบความรู้ DL200")
    await chat.send("คิดว่าเป็น ก")  # not understood, before
    assert "ข้อ 2/5" in chat.text()


async def test_a_stretched_yes_confirms_a_reminder(chat: Chat) -> None:
    await consented(chat)
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 20 ม.ค. 2570")
    await chat.send("ยืนยันน")  # not understood, and the request lost, before
    assert "ตั้งเตือนแล้ว" in chat.text()
