"""Thai typed with the keyboard left on English is read as the Thai it was meant to be; nothing else changes."""

from __future__ import annotations

import pytest
from pythainlp.util import thai_to_eng

from intents.keyboard import thai_typed_on_english
from tests.intents.rules_alone import read


def on_english_layout(text: str) -> str:
    """What the keys of ``text`` type with the English layout on (codes and English words as they are)."""
    return " ".join(word if word.isascii() else thai_to_eng(word) for word in text.split(" "))


@pytest.mark.parametrize("meant", [
    "ต้องทำอะไรบ้าง", "ขอบคุณค่ะ", "ช่วยอะไรได้บ้าง", "ขอคุยกับเจ้าหน้าที่", "หลักฐานของ DS700 มีอะไร",
    "หมวด 4 ระดับ Advance", "กลุ่มเทคโนโลยี ระยะเริ่มต้น",
])
def test_the_slip_is_read_back_as_thai(meant: str) -> None:
    assert thai_typed_on_english(on_english_layout(meant)) == meant


@pytest.mark.parametrize("typed", [
    "hello world", "what is DL201?", "skill", "ok", "3", "DL201, DS700", "e-mail password", "I'm fine",
    "don't know", "a/b testing", "5.2.1", "15/12/2569", "14:30", "covid-19", "b2b", "ข้าม", "http://x.y/z",
])
def test_english_numbers_codes_and_thai_stay_as_typed(typed: str) -> None:
    assert thai_typed_on_english(typed) == typed


@pytest.mark.parametrize(("meant", "intent", "code"), [
    ("DL201 ต้องทำอะไรบ้าง", "unit_info", "DL201"),
    ("ความรู้ที่ต้องมีของ DS700", "unit_info", "DS700"),
    ("ยกเลิกการแจ้งเตือนทั้งหมด", "reminder_cancel", None),
])
def test_a_request_typed_on_the_wrong_layout_is_understood(meant: str, intent: str, code: str | None) -> None:
    u = read(on_english_layout(meant))
    assert u.intent == intent, (u.intent, u.normalised)
    assert u.language == "th"
    if code:
        assert code in {c["code"] for c in u.entities.get("codes", ())}


@pytest.mark.parametrize("typed", ["list the skills for DL200", "DS700 skills please", "show DLit100 knowledge"])
def test_english_beside_a_code_is_no_slip(typed: str) -> None:
    assert thai_typed_on_english(typed) == typed  # "skills" became "หารสส" (DL200's "L2" read as a slip's mark)
    assert read(typed).language == "en"
