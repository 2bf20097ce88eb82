"""Thai typed in Latin letters through the whole engine: the answer is the Thai one, in Thai; yes and no in Latin
letters under a yes/no question (wordings other than holdout_3011's and realistic_3011rom's)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.dialog.engine import DialogEngine
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]

NOW = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)  # 10:00 in Bangkok, a Sunday


async def test_a_romanized_question_gets_the_thai_answer(chat: Chat) -> None:
    await consented(chat)
    await chat.send("DL300 mee lakthan arai bang krab")
    romanized = chat.text()
    await chat.send("DL300 มีหลักฐานอะไรบ้างครับ")
    assert romanized == chat.text(), (romanized, chat.text())
    assert "หลักฐาน" in romanized and "Evidence" not in romanized.split("\n")[0], romanized


async def test_romanized_thai_after_english_is_answered_in_thai(chat: Chat) -> None:
    await consented(chat)
    await chat.send("What knowledge does DG500 need?")
    english = chat.text()
    await chat.send("DG500 tong mee kwam ru arai bang krab")
    romanized = chat.text()
    await chat.send("DG500 ต้องมีความรู้อะไรบ้างครับ")
    assert romanized == chat.text() != english, (english, romanized)
    await chat.send("What skills does DG500 need?")
    assert "skills" in chat.text().lower(), chat.text()  # English again: English


async def test_yes_and_no_in_latin_letters_under_a_yes_no_question(chat: Chat) -> None:
    chat.engine = DialogEngine(chat.sessions, clock=lambda: NOW)
    await consented(chat)
    await chat.send("chuay tuen song lakthan DG500 prung nee duay")
    assert "ยืนยันไหม" in chat.text(), chat.text()
    await chat.send("chai krab")
    assert "ตั้งเตือนแล้ว" in chat.text(), chat.text()
    await chat.send("lob kor moon khong phom tang mod")
    await chat.send("mai ao")
    await chat.send("การเตือนของฉัน")
    assert "DG500" in chat.text(), chat.text()


async def test_consent_said_of_oneself_in_thai_or_latin_letters(chat: Chat) -> None:
    # "ผมยินยอมครับ" (a pronoun before the button's word) and its Latin-letter spelling consent; "หนูไม่ยินยอมค่ะ" declines.
    for typed in ("ผมยินยอมครับ", "phom yin yom krub"):
        chat.uid = f"consent-{typed}"
        await chat.send("สวัสดีครับ")
        await chat.send(typed)
        user = await chat.user()
        assert user is not None and user.consent_at is not None, typed
        assert "บันทึกความยินยอมแล้ว" in chat.text(), (typed, chat.text())
    chat.uid = "declines"
    await chat.send("สวัสดีค่ะ")
    await chat.send("หนูไม่ยินยอมค่ะ")
    user = await chat.user()
    assert user is None or user.consent_at is None
