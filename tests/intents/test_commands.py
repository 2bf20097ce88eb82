from __future__ import annotations

import pytest

from intents.commands import choice_number, command


@pytest.mark.parametrize(("text", "name"), [
    ("ทำต่อ", "resume"), ("ทำข้อที่ค้างไว้", "resume"), ("ข้าม", "skip"), ("ข้ามครับ", "skip"),
    ("หยุดก่อน", "stop"), ("พอก่อนนะ", "stop"), ("ยินยอม", "consent"), ("ไม่ยินยอม", "decline"),
    ("ย้อนกลับ", "back"), ("ทดสอบความรู้", "knowledge"), ("ทำแบบทดสอบอีกครั้ง", "knowledge"),
    ("ประเมินความพร้อม pmqa", "readiness"),
    # typed without tone marks
    ("ทำตอ", "resume"), ("ขาม", "skip"), ("หยุดกอน", "stop"), ("ยอนกลับ", "back"), ("ไมยินยอม", "decline"),
    ("เช็คความพรอม PMQA", "readiness"),
])
def test_flow_words(text: str, name: str) -> None:
    assert command(text) == name


@pytest.mark.parametrize("text", ["DS700 ต้องมีความรู้อะไรบ้าง", "ต้องมีทักษะอะไรบ้าง", "ข้ามไปหน่วยอื่น DL200"])
def test_questions_are_not_commands(text: str) -> None:
    """A named code always wins: "ต้องมี…อะไรบ้าง" is understood, never a shortcut to the profile."""
    assert command(text) is None


@pytest.mark.parametrize(("text", "number"), [
    ("3", 3), ("๓", 3), ("ระดับ 3", 3), ("ระดับ ๔", 4), ("ข้อ 2", 2), ("3 ครับ", 3), ("level 1", 1),
    ("สาม", 3), ("ระดับสาม", 3), ("ระดับสี่ค่ะ", 4), ("4 เลย", 4), ("ได้ 2 คะแนน", 2),
])
def test_typed_numbers(text: str, number: int) -> None:
    assert choice_number(text) == number


@pytest.mark.parametrize("text", ["DS700", "3 วัน", "ระดับไหนดี", "31 ก.พ.", "สามวัน", "สองระดับไหนต่างกัน"])
def test_not_numbers(text: str) -> None:
    assert choice_number(text) is None
