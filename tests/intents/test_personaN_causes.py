"""Readings found wrong by chatting as a sub-district municipality clerk, a hospital pharmacist on a digital-skills
course and a ministry HR trainer (2026-11-30, personaN); each test says the cause in other words than the ones
found, with the rules alone."""

from __future__ import annotations

import pytest

from intents.commands import asks_about_this, choice_number, command
from tests.intents.rules_alone import read


@pytest.mark.parametrize("typed", ["ได้เลยค่ะ ยินยอม", "ยินยอมให้เก็บข้อมูลได้ครับ", "ยอมรับเงื่อนไขค่ะ",
                                   "โอเคค่ะ ยินยอมตามประกาศ", "ยินยอมเลยครับผม", "ค่ะ กดยินยอมค่ะ",
                                   "ใช่ครับ ยินยอมให้บันทึกข้อมูล"])
def test_consent_said_with_acknowledgements_or_what_it_covers_is_consent(typed: str) -> None:
    assert command(typed) == "consent"  # None before: only the bare word (and "ok ยินยอม") was taken


@pytest.mark.parametrize("typed", ["ยินยอมแล้วเก็บข้อมูลอะไรบ้าง", "ยอมรับไม่ได้ครับ", "ยินยอมคืออะไร",
                                   "ถ้ายินยอมแล้ว HR เห็นอะไร"])
def test_a_question_about_consent_or_a_refusal_is_not_consent(typed: str) -> None:
    assert command(typed) != "consent"


def test_a_refusal_stays_a_refusal() -> None:
    assert command("ไม่ยินยอมครับ") == "decline"


@pytest.mark.parametrize(("typed", "number"), [("ตัวเลือกที่ 3", 3), ("คำตอบที่สองค่ะ", 2), ("ตอบข้อที่ 4", 4),
                                               ("เลือกอันที่หนึ่ง", 1), ("ข้อที่ 2 ครับ", 2)])
def test_an_option_named_by_its_place_is_that_number(typed: str, number: int) -> None:
    assert choice_number(typed) == number  # None before: only "ข้อ 2", "ตอบ 2", "เลือก 2"


@pytest.mark.parametrize("typed", ["ข้อนี้ต้องเขียนอะไรครับ", "ช่องนี้จะใส่อะไรดี", "คำถามนี้ให้ตอบยังไง",
                                   "ข้อนี้ถามอะไรคะ"])
def test_what_the_open_question_wants_filled_in_is_asked_about_it(typed: str) -> None:
    assert asks_about_this(typed)


def test_an_answer_pointed_at_the_question_is_no_question_about_it() -> None:
    assert not asks_about_this("ข้อนี้ตอบ 3 ครับ")


@pytest.mark.parametrize("typed", ["ต้องพัฒนาเรื่องไหนเพิ่มเติมครับ", "ควรเรียนด้านใดอีกคะ", "หนูควรพัฒนาตรงไหนบ้าง"])
def test_the_side_one_should_develop_is_asked_of_ones_role(typed: str) -> None:
    assert read(typed).intent == "role_requirements"  # a search for "ควร พัฒนา" before
