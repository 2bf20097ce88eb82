"""Wrong turns found by chatting as a university intern, a district chief who types by voice and an IT officer
(answers8, 2026-11-29), in the whole dialog. Each test uses other wordings than the ones found."""

from __future__ import annotations

from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions  # noqa: F401 - fixtures


async def test_a_group_asked_by_its_kum_word_lists_its_units_in_the_profiles_phase(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("ผู้บริหารส่วนราชการ")
    await chat.send("ระยะเริ่มต้น")
    await chat.send("ข้าม")
    await chat.send("กลุ่มบริการต้องเรียนหน่วยอะไรบ้างครับ")  # a search for "กลุ่ม บริการ", before
    text = chat.text()
    assert "ผู้ทำงานด้านบริการ" in text and "ระยะเริ่มต้น" in text, text
    assert "หน่วยที่ตรงกับ" not in text, text
