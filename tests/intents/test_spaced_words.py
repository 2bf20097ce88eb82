"""A space after every Thai word (holdout_2911i's official near retirement): read as the words written together.

Other wordings than the holdout's; the rules alone, the real catalog.
"""

from __future__ import annotations

import pytest

from intents.normalise import normalise
from tests.intents.rules_alone import read


@pytest.mark.parametrize(("typed", "together"), [
    ("อยาก ดู ผล การ ประเมิน", "อยากดูผลการประเมิน"),
    ("ช่วย ยก เลิก การ แจ้ง เตือน DL201 ด้วย", "ช่วยยกเลิกการแจ้งเตือน DL201 ด้วย"),
    ("ขอ บ คุณ มาก", "ขอบคุณมาก"),
])
def test_words_spaced_one_by_one_are_written_together(typed: str, together: str) -> None:
    assert normalise(typed) == together


@pytest.mark.parametrize("typed", [
    "สวัสดีครับ ผมอยู่กองคลัง อยากถามเรื่องหลักฐาน DS700 ครับ",  # spaced by phrase: pieces are long
    "ขอบคุณครับ ดีมาก ค่ะ",
    "เตือน 15 ธ.ค. 2569",  # a date's spaces are not between two Thai letters
    "ผู้บริหาร นักวิชาการ",  # one gap only
])
def test_a_message_spaced_by_phrase_keeps_its_spaces(typed: str) -> None:
    assert normalise(typed) == typed


@pytest.mark.parametrize(("typed", "intent"), [
    ("อยาก ทำ แบบ ประเมิน ตัว เอง", "quiz_start"),
    ("ขอ ดู ผล การ ประเมิน ของ ฉัน", "progress"),
    ("ขอ คุย กับ เจ้า หน้า ที่", "handoff"),
    ("ไม่ ต้อง ส่ง ข่าว มา แล้ว", "news_opt_out"),
    ("ลบ ข้อ มูล ของ ฉัน", "data_delete"),
    ("ใช้ งาน ยัง ไง", "help"),
    ("ขอ บ ใจ มาก", "thanks"),
])
def test_requests_spaced_word_by_word(typed: str, intent: str) -> None:
    assert read(typed).intent == intent


def test_a_role_spaced_word_by_word_keeps_its_group() -> None:
    u = read("นัก วิชา การ ระยะ Developing ต้อง รู้ อะไร")  # the group lost to the spaces, before
    assert u.intent == "role_requirements" and u.entities.get("group") == "Academic", (u.intent, u.entities)


def test_a_code_spoken_and_spaced_is_read() -> None:
    u = read("ดี แอล สอง ร้อย หนึ่ง มี อะไร บ้าง")
    assert [c["code"] for c in u.entities.get("codes", [])][:1] == ["DL201"], u.entities
