"""HR announcing a deadline to everyone of a unit, through the whole engine (found chatting as an HR officer on
2026-11-30), in wordings other than the dev set's and the holdout's."""

from __future__ import annotations

from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]


async def test_a_deadline_told_to_everyone_of_a_unit_is_a_campaign_not_ones_own_reminder(chat: Chat) -> None:
    await consented(chat)
    await chat.send("อยากเวียนแจ้งทุกคนในสำนักให้ส่งหลักฐานภายใน 24 ธ.ค. ต้องทำยังไงครับ")
    assert "/admin" in chat.text() and "แคมเปญ" in chat.text()
    assert "เตือนส่งหลักฐานหน่วยไหน" not in chat.text()  # no reminder of one's own started
    await chat.send("HR จะประกาศให้ทุกคนในกองส่งหลักฐาน DS700 ก่อน 23 ธ.ค. ทำที่ไหนได้บ้าง")
    assert "/admin" in chat.text() and "ส่งที่ไหน" not in chat.text()  # where to announce, not where evidence goes


async def test_a_deadline_for_everyone_with_a_reminder_asked_for_oneself_is_ones_own(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ทุกคนในฝ่ายต้องส่งหลักฐาน DL201 ภายใน 21 ธ.ค. เตือนหนูด้วยนะคะ")
    assert "DL201" in chat.text() and "/admin" not in chat.text()
