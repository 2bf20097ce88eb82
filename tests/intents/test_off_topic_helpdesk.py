"""A help-desk trouble (a forgotten password, a broken printer) is none of ours: said so, never a topic search."""

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
