"""Readings found wrong by chatting as a hospital finance officer, a young provincial agriculture officer and a
revenue-department auditor (2026-11-29, personaK); each test says the cause in other words than the ones found."""

from __future__ import annotations

import pytest

from intents import understand
from intents.commands import command, fold_short, undoubled
from intents.context import follow_up, next_topic


def _in_context(*messages: str):  # type: ignore[no-untyped-def]
    topic, u = None, None
    for typed in messages:
        u = follow_up(understand(typed), topic)
        topic = next_topic(u, topic)
    assert u is not None
    return u


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("ขอข้ามไปก่อนนะคะ", "skip"),  # a polite "ขอ" before a command: not understood, before
        ("อันนี้ไม่รู้ ขอข้าม", "skip"),  # doubt with the question pointed at, then the command (read as a stop, before)
        ("ข้อนี้ข้ามไปเลยครับ", "skip"),
        ("งั้นขอพักก่อน", "stop"),
        ("ขอย้อนกลับหน่อย", None),  # "หน่อย" is no particle of a bare command: left to the classifier
    ],
)
def test_a_command_with_a_polite_lead_in_is_that_command(typed: str, meant: str | None) -> None:
    assert command(typed) == meant


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("ยืนยันน", "ยืนยัน"),  # a last letter doubled for emphasis
        ("โอเคคค่ะ", "โอเค"),
        ("ได้เลยงับ", "ได้เลย"),  # a slang particle
        ("พอก่อนฮะ", "พอก่อน"),
    ],
)
def test_short_answers_lose_doubled_letters_and_slang_particles(typed: str, folded: str) -> None:
    assert undoubled(fold_short(typed)) == folded


def test_words_that_end_in_a_doubled_letter_keep_it() -> None:
    assert fold_short("ได้ 2 คะแนน") == "ได้ 2 คะแนน"  # the second reading alone drops it


@pytest.mark.parametrize(
    "typed",
    [
        "เผยแพร่ความรู้ให้ชาวบ้านผ่านเพจ อยู่หน่วยไหนคะ",  # educating people is a topic, not the knowledge part
        "ถ่ายทอดความรู้ให้น้องใหม่ในทีม อยู่สมรรถนะไหน",
    ],
)
def test_educating_people_is_a_topic_not_the_knowledge_part(typed: str) -> None:
    u = understand(typed)
    assert u.intent == "search" and u.entities.get("aspect") != "knowledge"


def test_knowledge_evidence_is_part_of_the_evidence() -> None:
    u = understand("DS700 หลักฐานความรู้ต้องใช้อะไร")  # evidence and knowledge both answered, before
    assert u.intent == "unit_info" and u.entities.get("aspect") == "evidence"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("อัดวิดีโอสอนงานลงเพจ อยู่ข้อไหนครับ", "DLit302.5"),  # making a clip: the criteria's video editing
        ("ทำโปสเตอร์ประชาสัมพันธ์ อยู่สมรรถนะไหน", "DLit302"),  # a poster: the media programs' element
    ],
)
def test_making_media_to_post_finds_the_media_criteria(typed: str, code: str) -> None:
    u = understand(typed)
    assert u.intent == "search"
    assert code in {c["code"] for c in u.entities.get("codes") or []}


def test_a_topic_holding_a_parts_word_asked_where_after_a_unit_is_searched() -> None:
    # "กฎหมาย" inside a topic of many words asked "อยู่หน่วยไหน": the laws of the unit before, before
    u = _in_context("DL200 ต้องรู้อะไรบ้าง", "ตรวจสอบว่าหน่วยงานทำตามกฎหมายและหลักธรรมาภิบาลดิจิทัลหรือไม่ อยู่หน่วยไหนครับ")
    assert u.intent == "search" and u.entities.get("aspect") is None


def test_a_parts_word_asked_where_nearly_alone_after_a_unit_is_still_that_units_part() -> None:
    u = _in_context("DS700 คืออะไร", "แล้วกฎหมายที่ใช้อยู่ตรงไหน")
    assert u.intent == "unit_info" and u.entities.get("aspect") == "laws"
