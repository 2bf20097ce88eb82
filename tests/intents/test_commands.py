from __future__ import annotations

import pytest

from intents.commands import asks_about_this, choice_number, command, rating_words


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


@pytest.mark.parametrize(("text", "rating"), [
    ("คล่องมาก สอนน้องได้", 4), ("สอนคนอื่นได้ครับ", 4), ("ชำนาญค่ะ", 4),
    ("ทำได้ดีครับ", 3), ("ได้ดีครับ", 3), ("ทำเป็นครับ", 3), ("มั่นใจว่าทำได้", 3),
    ("พอทำได้บ้าง", 2), ("ทำได้นิดหน่อย", 2), ("ยังไม่คล่องครับ", 2), ("ไม่ค่อยได้ทำ", 2), ("partly", 2),
    ("ไม่เคยทำเลย", 1), ("ทำไม่ได้ค่ะ", 1), ("ยังไม่เป็นเลย", 1), ("not yet", 1),
])
def test_ratings_in_words(text: str, rating: int) -> None:
    """A description lands on the 4-step scale the self-assessment shows (1 ยังทำไม่ได้ … 4 คล่อง สอนผู้อื่นได้)."""
    assert rating_words(text) == rating


@pytest.mark.parametrize("text", ["ทำได้", "ไม่แน่ใจอะ", "ช่วยอะไรได้บ้าง", "DL201 คืออะไร", "ไม่ทำต่อแล้ว ออกเลย",
                                  "ทำงานข้ามหน่วยงานอยู่หน่วยไหน", "สวัสดีครับ"])
def test_no_rating_in_these_words(text: str) -> None:
    """Too vague to rate, doubt, or a question of its own: nothing is recorded on a guess."""
    assert rating_words(text) is None


@pytest.mark.parametrize(("text", "asks"), [
    ("ข้อนี้หมายถึงอะไรคะ", True), ("ไม่เข้าใจคำถามนี้", True), ("เกณฑ์นี้ต้องทำยังไง", True), ("อธิบายหน่อย", True),
    ("DL201 หมายถึงอะไร", False), ("ข้ามข้อนี้", False), ("ทำได้บ้าง", False),
])
def test_asking_what_the_open_question_means(text: str, asks: bool) -> None:
    assert asks_about_this(text) is asks
