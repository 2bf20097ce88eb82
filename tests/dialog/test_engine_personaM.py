"""Conversations found wrong by chatting as a district-office registration officer, a foreign-affairs officer
switching Thai and English, and a provincial-hall director (2026-11-30, personaM), in other wordings."""

from __future__ import annotations

from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]  # the fixtures, shared with the engine's own tests


async def test_ones_own_groups_digital_skills_are_its_role_not_units_titled_digital(chat: Chat) -> None:
    await consented(chat)
    await chat.send("หนูอยู่กลุ่มผู้ปฏิบัติงานกลุ่มอื่นค่ะ ต้องมีทักษะดิจิทัลอะไรบ้างคะ")
    said = chat.text()
    assert "ไม่มีหัวข้อทักษะ" not in said  # the skills of DG500, DLit100, DLit300, before
    assert "r:Others:Early" in chat.data()  # the group's role, its phase asked


async def test_an_area_asked_in_english_with_a_singular_unit_lists_its_units(chat: Chat) -> None:
    await consented(chat)
    await chat.send("Is there a unit on digital transformation?")  # a clarifying question, before
    said = chat.text()
    assert "DTr100" in said and "DTr200" in said and "DTr300" in said
