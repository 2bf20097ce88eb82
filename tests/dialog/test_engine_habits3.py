"""Three typing habits (issue 10) through the whole bot, in other wordings than the messages that exposed them:
a code typed with the Thai keyboard layout on, a thanks line before the question, a memo around the question
(with ำ pasted from a PDF as two characters)."""

from __future__ import annotations

from pythainlp.util import eng_to_thai

from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]  # the fixtures, shared with the engine's own tests


async def test_a_code_typed_on_the_thai_layout_is_answered_as_that_code(chat: Chat) -> None:
    await consented(chat)
    await chat.send(f"{eng_to_thai('dlit300')} เกณฑ์การปฏิบัติงานมีอะไรบ้างคะ")
    assert "DLit300" in chat.text()
    assert "ใช้งานโปรแกรมประชุมทางไกลผ่านจอภาพ" in chat.text()


async def test_a_thanks_line_does_not_hide_the_next_question(chat: Chat) -> None:
    await consented(chat)
    await chat.send("DS700 มีเกณฑ์อะไรบ้างครับ")
    await chat.send("ขอบคุณครับ\nแล้ว DL200 ล่ะครับ")
    assert "DL200" in chat.text()


async def test_a_memo_asks_what_it_asks_and_echoes_am_as_one_character(chat: Chat) -> None:
    await consented(chat)
    await chat.send("เรียน ผู้ดูแลระบบ\nขอทราบว่ากลุ่มบริการ ระยะเริ่มต้น ต้องมีทักษะใดบ้าง\n"
                    "จึงเรียนมาเพื่อโปรดพิจารณาดําเนินการ")
    assert "ผู้ทำงานด้านบริการ ในองค์กรระยะเริ่มต้น" in chat.text()  # not the technologists ("ผู้ดูแลระบบ")
    await chat.send("ข้าพเจ้าสังกัดสํานักงานสาธารณสุขจังหวัดลําปาง ปฏิบัติงานด้านบริการประชาชน")
    assert "สำนักงานสาธารณสุขจังหวัดลำปาง" in chat.text()
    assert "\u0e4d" not in chat.text()
