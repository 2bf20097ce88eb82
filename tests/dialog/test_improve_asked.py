""""What should I work on first?" after a self-assessment: its result, weakest elements first (a topic search for
"ควร พัฒนา ก่อน", or "not understood", before)."""

from __future__ import annotations

import pytest

from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]


async def _assessed_ds700(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ประเมินตนเอง DS700 ของ ก.พ.")
    for n in range(12):  # DS701's three criteria weakest
        await chat.send("1" if n < 3 else "4")
    assert "DS701" in chat.text()


@pytest.mark.parametrize("typed", ["ผมควรพัฒนาด้านไหนก่อนครับ", "จุดอ่อนของดิฉันคืออะไรคะ", "ข้อไหนที่ได้คะแนนต่ำสุด",
                                   "ขอคำแนะนำหน่อย ควรพัฒนาไรต่อ"])
async def test_what_to_improve_after_a_self_assessment_is_its_weakest_part(chat: Chat, typed: str) -> None:
    await _assessed_ds700(chat)
    await chat.send("สวัสดีครับ")  # something else in between
    await chat.send(typed)
    assert "DS701" in chat.text() and "ควรพัฒนา" in chat.text(), chat.text()


async def test_without_a_self_assessment_it_is_no_result(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ผมควรพัฒนาด้านไหนก่อนครับ")
    assert "ผลการประเมิน" not in chat.text()
