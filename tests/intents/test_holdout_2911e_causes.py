"""General causes behind holdout_2911e's misses, each in other wordings than the holdout's (rules alone)."""

from __future__ import annotations

import pytest

from intents.commands import command
from tests.intents.rules_alone import read


@pytest.mark.parametrize("typed", ["อยากทำแบบประเมิน PMQA หมวด 2", "เริ่มแบบประเมิน pmqa ได้เลยครับ"])
def test_taking_the_pmqa_check_in_other_words_is_the_check(typed: str) -> None:
    assert command(typed) == "readiness"  # category 2's criteria shown, before


@pytest.mark.parametrize(("typed", "value"), [
    ("สังกัด สำนักงานสาธารณสุขจังหวัดลำปาง ค่ะ", ("agency", "สำนักงานสาธารณสุขจังหวัดลำปาง")),
    ("อัปเดตหน่อย ย้ายมาอยู่สำนักงานเขตบางนาแล้วครับ", ("agency", "สำนักงานเขตบางนา")),
    ("บันทึกไว้เลยว่าผมอยู่สายเทคโนโลยี ระยะกำลังพัฒนา", ("group", "Technologist")),
])
def test_a_profile_told_to_be_kept_is_set(typed: str, value: tuple[str, str]) -> None:
    u = read(typed)  # unknown, the profile shown, or the role looked up, before
    assert u.intent == "profile_set" and u.entities.get(value[0]) == value[1], (u.intent, u.entities)


def test_a_place_called_bang_is_no_question() -> None:
    assert read("ย้ายไปอยู่สำนักงานเขตบางกะปิแล้ว").intent == "profile_set"


def test_office_programs_are_no_profile() -> None:
    assert read("ใช้โปรแกรมสำนักงานพื้นฐาน").intent != "profile_set"  # "แก้" inside โปรแกรม, before


@pytest.mark.parametrize(("typed", "intent"), [
    ("อยากวัดระดับความรู้ดิจิทัลของตนเองค่ะ", "quiz_start"),
    ("ขอทำแบบประเมินที่หยุดไว้ต่อครับ", "flow_resume"),
    ("กำหนดส่งหลักฐานที่ตั้งไว้ มีกี่รายการครับ", "reminder_list"),
    ("ยกเลิกจ้า ลืมมันไปเลย", "cancel"),
])
def test_requests_in_other_words(typed: str, intent: str) -> None:
    assert read(typed).intent == intent


@pytest.mark.parametrize(("typed", "group", "phase"), [
    ("สายit ช่วง developing ต้องเรียนอะไร", "Technologist", "Developing"),
    ("กลุ่มไอที หน่วยงานยังตั้งไข่อยู่ ต้องมีหน่วยอะไร", "Technologist", "Early"),
])
def test_a_group_and_a_phase_in_everyday_words(typed: str, group: str, phase: str) -> None:
    e = read(typed).entities
    assert (e.get("group"), e.get("phase")) == (group, phase), e


@pytest.mark.parametrize("typed", ["กลุ่มบุคลากรแบ่งออกเป็นกี่แบบคะ", "บุคลากรภาครัฐแบ่งกลุ่มยังไงครับ"])
def test_how_the_groups_are_divided_is_the_groups_themselves(typed: str) -> None:
    u = read(typed)  # a search for "กลุ่ม …", before
    assert u.intent == "role_overview" and u.entities.get("aspect") == "groups", u.entities
