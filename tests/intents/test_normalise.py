from __future__ import annotations

import pytest
from rapidfuzz import utils

from intents import Understander
from intents.normalise import canonical_code, fold, normalise, squash
from tests.intents.conftest import NOW


@pytest.mark.parametrize(("raw", "expected"), [
    ("dl 201", "DL201"),
    ("DL ๒๐๑", "DL201"),
    ("Dlit103.2", "DLit103.2"),
    ("dlit 103.2", "DLit103.2"),
    ("ds๗๐๓", "DS703"),
    ("dtr101", "DTr101"),
    ("dus 400", "DUS400"),
    ("dl-201", "DL201"),
    ("dg-ejjm-026", "DG-EJJM-026"),
    ("DS 701.01", "DS701.01"),
])
def test_codes_get_their_canonical_spelling(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_thai_digits_become_arabic() -> None:
    assert normalise("หมวด ๔ ข้อ ๔.๒") == "หมวด 4 ข้อ 4.2"


def test_zero_width_and_repeated_characters_go() -> None:
    assert normalise("สวัส\u200bดีีีี") == "สวัสดี"
    assert normalise("ขอบคุณครับบบบ") == "ขอบคุณครับ"


def test_words_are_not_read_as_codes() -> None:
    assert normalise("basics 2001") == "basics 2001"


def test_fold_keeps_thai_marks_unlike_rapidfuzz_default_process() -> None:
    text = "ต้องทำอะไรบ้าง?"
    assert utils.default_process(text) != "ต้องทำอะไรบ้าง"  # the reason fold exists
    assert fold(text) == "ต้องทำอะไรบ้าง"
    assert squash("วิเคราะห์ ข้อมูล  พื้นฐาน") == "วิเคราะห์ข้อมูลพื้นฐาน"


def test_canonical_code_prefix_case() -> None:
    assert canonical_code("DLIT", "101") == "DLit101"
    assert canonical_code("dtr", "1 01") == "DTr101"


@pytest.mark.parametrize(("raw", "expected"), [
    ("ดีเอส เจ็ดร้อยหนึ่ง คืออะไร", "DS701 คืออะไร"),  # voice typing: the number in words
    ("ดีแอล สองร้อย มีหลักฐานอะไรบ้าง", "DL200 มีหลักฐานอะไรบ้าง"),
    ("ดีจี เจ็ด ศูนย์ หนึ่ง ครับ", "DG701 ครับ"),  # digit by digit
    ("dl สองร้อยเอ็ด", "DL201"),
    ("ดีแอล สอง คน", "ดีแอลสองคน"),  # one digit is no code (the short words spaced one by one: written together)
    ("สองร้อยคน ทำ DS700", "สองร้อยคน ทำ DS700"),  # a number without a prefix stays words
])
def test_a_codes_number_said_in_thai_words_becomes_digits(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_a_code_said_in_words_is_understood_as_that_unit(real: Understander) -> None:
    u = real.understand("เอสพีเอ็ม ห้าร้อย เกณฑ์มีอะไรบ้าง", now=NOW)
    compared = real.understand("ดีจี สี่ร้อย กับ ดีจี ห้าร้อย ต่างกันยังไง", now=NOW)
    assert u.intent == "unit_info" and [c["code"] for c in u.entities["codes"]] == ["SPM500"]
    assert compared.intent == "compare" and {c["code"] for c in compared.entities["codes"]} == {"DG400", "DG500"}
