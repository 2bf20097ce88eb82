"""Isan words, guessed slash commands, a reminder removed by its unit or its day, a unit's own subject beside the part
asked: read with the rules alone, in wordings other than holdout_2911i's and realistic_2911isan's."""

from __future__ import annotations

from datetime import datetime

import pytest

from intents.commands import fold_short, is_confused, slash_command, slash_wording
from intents.dates import BANGKOK, parse_due
from intents.dialect import central_thai
from tests.intents.rules_alone import after, codes, read, rules

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=BANGKOK)  # a Sunday


@pytest.mark.parametrize(
    ("isan", "central"),
    [
        ("DL300 ต้องเฮ็ดหยังแหน่", "DL300 ต้องทำอะไรบ้าง"),
        ("มีหน่วยใด๋แหน่ที่ข้อยต้องมี", "มีหน่วยไหนบ้างที่ฉันต้องมี"),
        ("อันนี้แม่นบ่", "อันนี้ใช่ไหม"),
        ("บ่แม่นเด้อ", "ไม่ใช่นะ"),
        ("ข้อยบ่ฮู้เรื่องนี้", "ฉันไม่รู้เรื่องนี้"),
        ("ขอเบิ่งผลแหน่", "ขอดูผลหน่อย"),
        ("ได้บ่ครับ", "ได้ไหมครับ"),
        ("มื้ออื่นเฮ็ดต่อ", "พรุ่งนี้ทำต่อ"),
        ("บ่ต้องส่งแล้วเนาะ", "ไม่ต้องส่งแล้วนะ"),
    ],
)
def test_isan_words_are_read_in_central_thai(isan: str, central: str) -> None:
    assert central_thai(isan) == central


@pytest.mark.parametrize(
    "text",
    [
        "ตำแหน่งนักวิชาการต้องมีอะไร",
        "บ่อยแค่ไหน",
        "ประชุมบ่ายสามโมง",
        "ตัวบ่งชี้ของหมวด 7",
        "การบ่มเพาะคนพันธุ์ใหม่",
        "DS700 มีข้อย่อยกี่ข้อ",
        "ข้อยกเว้นมีไหม",
        "ความแม่นยำของข้อมูล",
        "ผู้บริหารระดับสูง",
        "สูตร excel",
        "ไปบ่อน้ำ",
        "บ่าวสาว",
        "ข้อยังไม่ชัด",
        "เศรษฐกิจซบเซา",
        "รู้จักหน่วยนี้ไหม",
    ],
)
def test_central_thai_words_that_share_the_letters_are_left_alone(text: str) -> None:
    assert central_thai(text) == text


@pytest.mark.parametrize(
    ("text", "intent", "aspect"),
    [
        ("DS600 ต้องเฮ็ดหยังแหน่", "unit_info", "criteria"),
        ("DT400 แม่นอีหยังครับ", "unit_info", "overview"),
        ("DL200 ต้องมีความฮู้หยัง", "unit_info", "knowledge"),
        ("DL300 ต้องมีหลักฐานหยังแหน่", "unit_info", "evidence"),
    ],
)
def test_a_unit_asked_in_isan(text: str, intent: str, aspect: str) -> None:
    u = read(text)
    assert u.intent == intent and u.entities.get("aspect") == aspect, u


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("สบายดีบ่ท่าน", "greeting"),
        ("บอทบ่เข้าใจข้อย ขอคนมาตอบแหน่", "handoff"),
        ("ข้อยตั้งเตือนอีหยังไว้แน่", "reminder_list"),
        ("ขอบใจหลายๆ", "thanks"),
        ("สรุปผลประเมินของข้อยแหน่", "progress"),
    ],
)
def test_requests_in_isan(text: str, intent: str) -> None:
    assert read(text).intent == intent, read(text)


@pytest.mark.parametrize(("text", "day"), [("มื้ออื่น", "2026-11-23"), ("มื้อนี้เด้อ", "2026-11-22"), ("มื้อฮือ", "2026-11-24")])
def test_isan_days_as_typed(text: str, day: str) -> None:
    """Typed raw under the reminder's date question (the flow reads the message itself)."""
    due = parse_due(text, now=NOW)
    assert due is not None and due.isoformat() == day


def test_a_reminder_set_for_tomorrow_in_isan() -> None:
    u = rules().understand("เตือนส่งหลักฐาน DS600 มื้ออื่นแหน่", now=NOW)
    assert u.intent == "reminder_set" and u.entities.get("due") == "2026-11-23" and codes(u) == {"DS600"}, u


@pytest.mark.parametrize(
    ("text", "intent", "code"),
    [
        ("/selfassessment", "quiz_start", None),
        ("/exam DS700", "quiz_start", "DS700"),
        ("/results", "progress", None),
        ("/deadlines", "reminder_list", None),
        ("/commands@my_bot", "help", None),
        ("/settings", "profile_show", None),
        ("/contact", "handoff", None),
    ],
)
def test_a_guessed_slash_command_is_the_request_its_word_names(text: str, intent: str, code: str | None) -> None:
    u = read(text)
    assert u.intent == intent and (code is None or codes(u) == {code}), u


def test_an_unknown_slash_command_is_left_as_typed() -> None:
    assert slash_wording("/foobar") == "/foobar" and slash_command("/foobar") == "/foobar"
    assert read("/foobar").intent == "unknown"
    assert slash_wording("ask about /help") == "ask about /help" and slash_command("DS700 / DS600") is None


@pytest.mark.parametrize(
    ("earlier", "text", "code"),
    [
        (["การเตือนของฉัน"], "เอาอันของ DL300 ออก", "DL300"),
        (["มีเตือนค้างอยู่ไหม"], "DS600 ไม่เอาแล้วครับ", "DS600"),
        (["ตั้งเตือน DT400 วันที่ 9 ธ.ค.", "ดูเตือนทั้งหมด"], "ตัด DT400 ออกให้หน่อย", "DT400"),
    ],
)
def test_a_reminder_removed_by_its_unit_under_ones_reminders(earlier: list[str], text: str, code: str) -> None:
    u = after(earlier, text)
    assert u.intent == "reminder_cancel" and codes(u) == {code}, u


@pytest.mark.parametrize(
    ("earlier", "text"),
    [
        (["การเตือนของฉัน"], "DL300 ต้องทำอะไรบ้าง"),  # a question about a unit stays one
        (["การเตือนของฉัน", "DS700 คืออะไร"], "DS600 ไม่เอาแล้วครับ"),  # another topic came in between
        (["DS700 คืออะไร"], "ลบ DL300 ออก"),  # no reminders talked about
        (["การเตือนของฉัน"], "ไม่เอา DL300 เอา DS600 แทน"),  # a swap, not both removed
    ],
)
def test_a_unit_named_beside_a_removal_is_no_cancellation_elsewhere(earlier: list[str], text: str) -> None:
    assert after(earlier, text).intent != "reminder_cancel"


@pytest.mark.parametrize(
    ("text", "day"), [("ไม่ต้องเตือนวันที่ 9 ธ.ค. แล้ว", "2026-12-09"), ("ลบเตือนของ 2 ม.ค. 2570 ออก", "2027-01-02")]
)
def test_a_reminder_cancelled_by_its_day_keeps_the_day(text: str, day: str) -> None:
    u = rules().understand(text, now=NOW)
    assert u.intent == "reminder_cancel" and u.entities.get("due") == day, u


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("DG100 ปฏิบัติตามกฎหมาย มีเกณฑ์อะไรบ้าง", "criteria"),
        ("DG600 จัดทำกฎหมาย ต้องมีทักษะอะไร", "skills"),
        ("DT601 ขอบเขตการวิเคราะห์ ต้องทำอะไร", "criteria"),
        ("DG600 มีกฎหมายที่เกี่ยวข้องอะไรบ้าง", "laws"),  # the noun itself asked about
        ("DG100 ต้องรู้กฎหมายอะไร", "laws"),
        ("DS700 มีขอบเขตแค่ไหน", "range"),  # not in DS700's title
    ],
)
def test_a_noun_of_the_units_own_subject_is_not_the_part_asked(text: str, aspect: str) -> None:
    u = read(text)
    assert u.intent == "unit_info" and u.entities.get("aspect") == aspect, u


def test_a_unit_checked_by_its_title_is_its_overview() -> None:
    u = read("DS600 ปรับปรุงงานบริการดิจิทัล ใช่มั้ยคะ")
    assert u.intent == "unit_info" and u.entities.get("aspect") == "overview", u


@pytest.mark.parametrize("text", ["ข้อยบ่เข้าใจ", "ผมไม่เข้าใจครับ", "ข้อยยังบ่เข้าใจเลย"])
def test_not_understanding_the_last_answer_said_with_oneself(text: str) -> None:
    assert is_confused(fold_short(text))


@pytest.mark.parametrize(
    ("isan", "central"), [("ไผต้องผ่าน DL200", "ใครต้องผ่าน DL200"), ("ข้อยอยากฮู้", "ฉันอยากรู้"), ("ต้นไผ่", "ต้นไผ่")]
)
def test_who_and_i_want_in_isan(isan: str, central: str) -> None:
    assert central_thai(isan) == central


@pytest.mark.parametrize("text", ["ข้อยผ่านไปแล้วจักหน่วย", "ตอนนี้ผ่านกี่ข้อแล้วครับ", "สรุปผลของหนูหน่อยค่ะ"])
def test_how_many_one_has_passed_is_progress(text: str) -> None:
    assert read(text).intent == "progress", read(text)


@pytest.mark.parametrize("text", ["DS700 ต้องผ่านกี่หน่วย", "สรุปผลการดำเนินงาน DS700"])
def test_what_must_be_passed_is_no_progress(text: str) -> None:
    assert read(text).intent != "progress", read(text)
