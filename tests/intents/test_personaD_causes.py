"""Readings found wrong by chatting as a court-office IT officer, a sub-district hospital director and a trainer
(2026-11-29, personaD); each test says the cause in other words than the ones found."""

from __future__ import annotations

import pytest

from content.catalog import get_catalog
from intents import understand
from intents.lexicon import RESULT_ASKED
from intents.normalise import bare


def _codes(typed: str) -> set[str]:
    return {c["code"] for c in understand(typed).entities.get("codes") or []}


@pytest.mark.parametrize(("typed", "codes"), [
    ("เกณฑ์ที่สองของ DS703 คืออะไร", {"DS703.02", "DS703.2"}),  # an element's criterion by its place
    ("DS703 ข้อ1 ทำยังไง", {"DS703.01", "DS703.1"}),
    ("ds700 สมรรถนะย่อยที่ 4 ล่ะ", {"DS704"}),  # a unit's element by its place
])
def test_a_part_counted_beside_the_code_is_that_part(typed: str, codes: set[str]) -> None:
    u = understand(typed)  # the whole of DS703 (or DS700), the place dropped, before
    assert u.intent == "unit_info" and _codes(typed) == codes


@pytest.mark.parametrize("typed", ["DS703 มีเกณฑ์ 3 ข้อใช่มั้ย", "DS700 มีสมรรถนะย่อยสี่ตัวหรือเปล่า"])
def test_a_count_beside_the_code_is_no_place(typed: str) -> None:
    assert _codes(typed) == {"DS703"} or _codes(typed) == {"DS700"}


@pytest.mark.parametrize("typed", ["เล่นควิซต่อเลย", "ทำข้อสอบต่อครับ", "ขอทำแบบทดสอบความรู้ต่อนะคะ"])
def test_a_test_named_then_on_is_going_on_with_it(typed: str) -> None:
    assert understand(typed).intent == "flow_resume"  # a new quiz started (the paused one lost), before


@pytest.mark.parametrize("typed", ["ตัวไหนสำคัญที่สุดคะ", "สำคัญสุดคือหน่วยไหนครับ"])
def test_the_unit_that_matters_most_is_where_to_begin(typed: str) -> None:
    assert understand(typed).intent == "role_requirements"  # a search for "สำคัญ สุด", before


@pytest.mark.parametrize("typed", ["หนูต้องเรียนทั้งหมดกี่หน่วยคะ", "ต้องผ่านกี่ตัวครับ"])
def test_how_many_units_ones_role_needs(typed: str) -> None:
    assert understand(typed).intent == "role_requirements"  # not understood, before


@pytest.mark.parametrize("typed", ["ถูกไปกี่ข้อแล้วครับ", "ได้ไปกี่ข้อละ", "คะแนนตอนนี้กี่แล้ว"])
def test_how_many_right_so_far_is_a_result(typed: str) -> None:
    assert RESULT_ASKED.search(bare(typed))


def test_how_many_a_unit_must_be_done_is_no_result() -> None:
    assert not RESULT_ASKED.search(bare("ต้องทำได้กี่ข้อถึงจะผ่าน"))


@pytest.mark.parametrize("typed", ["กลุ่มไหนบ้างที่ต้องผ่าน DG500", "DG500 ใช้กับใครบ้าง", "DG500 ต้องมีตั้งแต่ระยะไหน"])
def test_who_needs_a_unit_is_its_occupations(typed: str) -> None:
    u = understand(typed)  # the unit's overview, before
    assert u.intent == "unit_info" and u.entities.get("aspect") == "occupations"


@pytest.mark.parametrize(("typed", "group", "phase"), [
    ("ฝ่ายบริการต้องมี DG500 ไหม", "Service", None),
    ("ผอ.กอง ระยะกำลังพัฒนา ต้องผ่าน DG500 หรือเปล่าครับ", "Management", "Developing"),
])
def test_whether_a_group_needs_a_unit(typed: str, group: str, phase: str | None) -> None:
    u = understand(typed)  # the group's whole list (the code dropped), before
    assert u.intent == "unit_info" and u.entities.get("aspect") == "occupations"
    assert u.entities.get("group") == group and u.entities.get("phase") == phase


@pytest.mark.parametrize(("typed", "phases"), [("ระยะที่หนึ่งกับระยะที่สามต่างกันยังไง", ["Early", "Mature"]),
                                               ("ระยะสองต่างจากระยะสามตรงไหน", ["Developing", "Mature"])])
def test_phases_counted_in_words_are_those_phases(typed: str, phases: list[str]) -> None:
    assert understand(typed).entities.get("phases") == phases  # the second phase was dropped, before


def test_two_phases_compared_after_a_groups_role_compare_that_groups_roles() -> None:
    from intents.context import follow_up, topic_of

    topic = topic_of(understand("ฝ่ายบริการ ระยะเริ่มต้น ต้องมีอะไรบ้าง"))
    u = follow_up(understand("ระยะที่หนึ่งกับระยะที่สามต่างกันยังไง"), topic, catalog=get_catalog())
    assert u.intent == "compare" and u.entities == {"group": "Service", "phases": ["Early", "Mature"]}


@pytest.mark.parametrize("typed", ["ตัวที่เพิ่มเข้ามามีไรบ้าง", "หน่วยที่เพิ่มมาคืออะไรครับ"])
def test_what_came_in_with_a_phase_after_its_role_is_what_it_adds(typed: str) -> None:
    from intents.context import follow_up, topic_of

    topic = topic_of(understand("สายไอที ระยะกำลังพัฒนา ต้องมีอะไร"))
    u = follow_up(understand(typed), topic, catalog=get_catalog())  # a search for "เพิ่ม มา", before
    assert u.intent == "role_requirements"
    assert u.entities == {"group": "Technologist", "phase": "Developing", "aspect": "added"}


@pytest.mark.parametrize("typed", ["ต้องเตรียมเอกสารอะไรบ้างสำหรับ DG500", "เอกสารประกอบการประเมิน DL200 มีไร"])
def test_papers_prepared_for_the_assessor_are_the_evidence(typed: str) -> None:
    assert understand(typed).entities.get("aspect") == "evidence"  # the unit's overview, before


@pytest.mark.parametrize("typed", ["ควิซต่อ", "แบบทดสอบต่อเลย"])
def test_the_test_then_on_alone_is_going_on(typed: str) -> None:
    assert understand(typed).intent == "flow_resume"  # a new quiz, before


def test_ones_test_score_named_is_progress() -> None:
    assert understand("ขอดูคะแนนแบบทดสอบความรู้ของหนูหน่อย").intent == "progress"  # a new quiz, before


def test_one_unit_said_to_be_like_another_asked_compares_them() -> None:
    u = understand("ความรู้ DG500 เหมือนกับ DG600 หรือเปล่า")  # DG500's knowledge alone, before
    assert u.intent == "compare" and _codes("ความรู้ DG500 เหมือนกับ DG600 หรือเปล่า") == {"DG500", "DG600"}


def test_the_latest_test_score_is_progress() -> None:
    assert understand("คะแนนการสอบครั้งล่าสุดเท่าไร").intent == "progress"


@pytest.mark.parametrize("typed", ["แล้วสมรรถนะล่ะคะ", "ส่วนสมรรถนะ"])
def test_competencies_alone_after_a_role_are_the_roles(typed: str) -> None:
    from intents.context import follow_up, topic_of

    topic = topic_of(understand("นักวิชาการ ระยะพัฒนาแล้ว ต้องมีอะไรบ้าง"))
    u = follow_up(understand(typed), topic, catalog=get_catalog())  # not understood, before
    assert u.intent == "role_requirements" and u.entities.get("group") == "Academic"
    assert u.entities.get("phase") == "Mature"


@pytest.mark.parametrize("typed", ["ประเมินตนเองอะไรไปแล้วมั่ง", "ผมทำหน่วยไหนไปแล้วครับ"])
def test_what_one_has_assessed_asked_question_word_first_is_progress(typed: str) -> None:
    assert understand(typed).intent == "progress"  # a search for "ประเมิน ไป แล้ว", before


def test_why_ones_group_needs_a_unit_asks_whether_and_where() -> None:
    u = understand("ทำไมฝ่ายไอทีต้องผ่าน DG500 ด้วย")  # DG500's overview, before
    assert u.intent == "unit_info" and u.entities.get("aspect") == "occupations"
    assert u.entities.get("group") == "Technologist"


def test_files_to_attach_are_the_evidence() -> None:
    assert understand("DL200 ต้องแนบไฟล์ไหนบ้าง").entities.get("aspect") == "evidence"
