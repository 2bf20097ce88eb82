"""A number closing an agency's name is part of it ("ภาค 5", "เขต 2", a numbered office); a number of something
after the name ("2 ปี") is not."""

from __future__ import annotations

import pytest

from intents.entities import agency


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("หนูอยู่สำนักงานป้องกันควบคุมโรคที่ 7 ค่ะ", "สำนักงานป้องกันควบคุมโรคที่ 7"),
        ("ตอนนี้สังกัดสำนักงานทรัพยากรน้ำภาค 3 นะครับ", "สำนักงานทรัพยากรน้ำภาค 3"),
        ("เปลี่ยนหน่วยงานเป็นสำนักงานสรรพากรพื้นที่ขอนแก่น 2 ด้วยครับ", "สำนักงานสรรพากรพื้นที่ขอนแก่น 2"),
        ("โรงพยาบาลค่ายสุรนารี 2", "โรงพยาบาลค่ายสุรนารี 2"),
    ],
)
def test_a_number_closing_the_name_is_kept(text: str, name: str) -> None:
    assert agency(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [("ผมทำงานกรมชลประทาน 15 ปีแล้วครับ", "กรมชลประทาน"), ("อยู่กรมที่ดิน 3 เดือน", "กรมที่ดิน")],
)
def test_a_number_of_something_after_the_name_is_not(text: str, name: str) -> None:
    assert agency(text) == name
