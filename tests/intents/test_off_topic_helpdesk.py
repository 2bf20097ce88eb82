"""Off-topic help-desk troubles are said to be none of ours; agencies of more kinds are read as named (rules alone)."""

from __future__ import annotations

import pytest

from tests.intents.rules_alone import read


@pytest.mark.parametrize("typed", [
    "ลืมพาสเวิร์ดเข้าระบบสารบรรณ ทำยังไงครับ",  # a search for "password" in the criteria, before
    "ล็อกอินระบบลาออนไลน์ไม่ได้ค่ะ",
    "โน้ตบุ๊กที่ทำงานค้างบ่อยมาก",
    "ไวไฟชั้น 3 ต่อไม่ติดเลย",
    "I forgot my VPN password",
])
def test_a_help_desk_trouble_is_off_topic(typed: str) -> None:
    u = read(typed)
    assert (u.intent, u.entities.get("off_topic")) == ("unknown", True), (u.intent, u.entities)


@pytest.mark.parametrize("typed", ["การตั้งรหัสผ่านที่ปลอดภัยอยู่หน่วยไหน", "เข้าใจแล้วครับ", "DLit103 ต้องทำอะไรบ้าง"])
def test_the_topic_itself_and_understanding_are_not_troubles(typed: str) -> None:
    assert read(typed).intent != "unknown"


@pytest.mark.parametrize(("typed", "agency"), [
    ("ดิฉันอยู่ศาลแขวงพระนครเหนือค่ะ", "ศาลแขวงพระนครเหนือ"),  # "แขวงพระนครเหนือ" or nothing, before
    ("ผมสังกัดสถานีตำรวจภูธรเมืองลำปางครับ", "สถานีตำรวจภูธรเมืองลำปาง"),
    ("หนูทำงานที่โรงเรียนอนุบาลสุโขทัยค่ะ", "โรงเรียนอนุบาลสุโขทัย"),
])
def test_courts_police_stations_and_schools_are_agencies(typed: str, agency: str) -> None:
    u = read(typed)
    assert (u.intent, u.entities.get("agency")) == ("profile_set", agency), (u.intent, u.entities)


def test_a_price_inside_a_topic_asked_where_it_is_in_the_standards_is_searched() -> None:
    u = read("ทำโปสเตอร์ราคาข้าวลงเพจเทศบาล อยู่ตรงไหนของมาตรฐาน")  # refused as off-topic ("ราคา"), before
    assert u.intent == "search", (u.intent, u.entities)
    assert read("ราคาน้ำมันอยู่ที่ไหนถูกสุด").entities.get("off_topic") is True
