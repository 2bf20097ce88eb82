"""Wrong turns found by chatting as a court clerk, a provincial director and a tax officer (answers5,
2026-11-29). Each test uses other wordings than the ones found."""

from __future__ import annotations

import pytest

from intents import understand
from intents.context import follow_up


@pytest.mark.parametrize(("typed", "code", "due"), [
    ("DS700 ต้องส่งภายในวันที่ 10/1/2570", "DS700", "2027-01-10"),
    ("กำหนดส่งหลักฐาน DL200 คือ 20 มีนาคม 2570 ครับ", "DL200", "2027-03-20"),
    ("DS701 deadline 15 Feb 2027", "DS701", "2027-02-15"),
    ("ส่ง dl200 ไม่เกิน 5 ม.ค. 70 นะ", "DL200", "2027-01-05"),
])
def test_a_code_with_a_deadline_is_a_reminder_with_its_date(typed: str, code: str, due: str) -> None:
    u = understand(typed)  # DL200's range ("ภายใน" is in its range statement), no date read, before
    assert u.intent == "reminder_set" and u.entities.get("due") == due
    assert {c["code"] for c in u.entities["codes"]} == {code}


@pytest.mark.parametrize("typed", ["DS700 ต้องส่งหลักฐานอะไรบ้าง", "ส่งหลักฐาน DL200 ภายในกี่วันคะ",
                                   "DS700 ส่งหลักฐานก่อนสอบหรือหลังสอบ"])
def test_an_evidence_question_without_a_day_stays_a_question(typed: str) -> None:
    u = understand(typed)
    assert u.intent == "unit_info" and u.entities.get("aspect") == "evidence"


def test_an_impossible_deadline_is_a_reminder_with_the_date_refused() -> None:
    u = understand("DS700 ส่งภายใน 30 ก.พ. 2570")
    assert u.intent == "reminder_set" and u.entities.get("due_error")


@pytest.mark.parametrize(("typed", "level"), [("ระดับ significance ต้องได้กี่คะแนนคะ", "Significance"),
                                              ("คะแนนถึงระดับ basic ต้องเท่าไหร่", "Basic"),
                                              ("อยากผ่าน advance ได้คะแนนเท่าไรถึงพอ", "Advance")])
def test_a_pmqa_level_asked_with_a_score_is_pmqa_not_ones_results(typed: str, level: str) -> None:
    u = understand(typed)  # one's own progress, before
    assert u.intent == "pmqa" and u.entities.get("level") == level


def test_ones_own_score_is_still_progress() -> None:
    assert understand("ผมได้คะแนนเท่าไหร่แล้ว").intent == "progress"


@pytest.mark.parametrize(("typed", "groups"), [("ไอทีกับบริการ ต่างกันไง", ["Technologist", "Service"]),
                                               ("ผู้บริหารกับวิชาการต่างกันยังไงคะ", ["Executive", "Academic"])])
def test_two_bare_area_words_compared_are_two_groups(typed: str, groups: list[str]) -> None:
    u = understand(typed)  # not understood, before
    assert u.intent == "compare" and u.entities.get("groups") == groups


@pytest.mark.parametrize(("typed", "intent"), [("ระยะของหน่วยงานเรา สายบริการต้องมีอะไร", "role_requirements"),
                                               ("ทุกกลุ่มในระยะปัจจุบันต้องมีอะไรบ้าง", "role_overview"),
                                               ("ไอทีกับบริการ ในระยะที่เราอยู่ ต่างกันไง", "compare")])
def test_ones_own_phase_pointed_at_is_marked_for_the_profile(typed: str, intent: str) -> None:
    u = understand(typed)
    assert u.intent == intent and u.entities.get("own_phase") and not u.entities.get("phase")


def test_a_phase_named_is_not_ones_own() -> None:
    u = understand("ระยะของเราเป็นระยะเริ่มต้น สายบริการต้องมีอะไร")
    assert not u.entities.get("own_phase")


def test_ones_own_phase_is_not_taken_from_the_role_before() -> None:
    topic = {"intent": "role_requirements", "group": "Management", "phase": "Mature"}
    u = follow_up(understand("ระยะของผม ฝ่ายบริการล่ะ"), topic)
    assert u.intent == "role_requirements" and u.entities.get("group") == "Service"
    assert u.entities.get("phase") is None  # Mature, the phase of the answer before, before
