"""Conversations found wrong by chatting as a provincial HR officer, a bureau director and a computer scientist
(2026-11-30, tenth session), in other wordings."""

from __future__ import annotations

from tests.dialog.test_engine import Chat, chat, sqlite_sessions

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
