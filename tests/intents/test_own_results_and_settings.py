"""One's own results, settings and readiness asked in other words (rules alone)."""

from __future__ import annotations

import pytest

from intents.commands import command
from tests.intents.rules_alone import read


@pytest.mark.parametrize("typed", [
    "ขอดูผลประเมินตัวเองที่ทำไว้หน่อยค่ะ",  # started a new self-assessment, before
    "ที่ทำแบบทดสอบไว้เมื่อวาน ได้ผลยังไงบ้าง",
    "gap ของผมมีอะไรบ้างครับ",  # not understood, before
])
def test_ones_own_assessment_outcome_is_progress(typed: str) -> None:
    assert read(typed).intent == "progress"


@pytest.mark.parametrize("typed", ["ตั้งค่าอะไรไว้บ้างนะ", "ข้อมูลส่วนตัวที่ระบบเก็บไว้มีอะไร"])
def test_ones_own_settings_asked_are_the_profile(typed: str) -> None:
    assert read(typed).intent == "profile_show"  # a topic search ("ตั้งค่างานนำเสนอ"), before


def test_reminders_set_stay_the_reminders() -> None:
    assert read("ตั้งเตือนอะไรไว้บ้างครับ").intent == "reminder_list"


@pytest.mark.parametrize("typed", ["สำนักงานเราพร้อม PMQA หรือยังคะ", "กรมเราพร้อมรับ pmqa แค่ไหน"])
def test_how_ready_for_pmqa_starts_the_readiness_check(typed: str) -> None:
    assert command(typed) == "readiness"  # a guidance line that says "พร้อม", before
