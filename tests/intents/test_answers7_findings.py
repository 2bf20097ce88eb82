"""Wrong turns found by chatting as a new data analyst, a PMQA working-team member and a section chief
(answers7, 2026-11-29), in what a message means. Each test uses other wordings than the ones found."""

from __future__ import annotations

import pytest

from intents import CONFIDENCE_THRESHOLD, understand
from intents.normalise import normalise


@pytest.mark.parametrize("typed", [
    "basic advance significance ต่างกันตรงไหนครับ",
    "ระดับ advance กับ significance ต่างกันไง",
    "ระดับbasicกับadvanceต่างกันยังไงคะ",
    "เบสิค แอดวานซ์ ต่างกันยังไง",
])
def test_pmqa_levels_compared_are_the_levels_answer(typed: str) -> None:
    u = understand(typed)  # not understood (a search or one level offered), before
    assert u.intent == "pmqa" and u.confidence >= CONFIDENCE_THRESHOLD and len(u.entities.get("levels") or []) >= 2, u


@pytest.mark.parametrize(("typed", "spaced"), [
    ("ระดับbasic", "ระดับ basic"),
    ("หน่วยDS700 ต้องมีอะไร", "หน่วย DS700 ต้องมีอะไร"),
    ("ใช้excelทำกราฟ", "ใช้ excel ทำกราฟ"),
])
def test_a_thai_word_touching_a_latin_one_is_read_as_two_words(typed: str, spaced: str) -> None:
    assert normalise(typed) == spaced


@pytest.mark.parametrize(("typed", "agency"), [
    ("สำนักงานปลัดกระทรวงการคลังครับ", "สำนักงานปลัดกระทรวงการคลัง"),
    ("สำนักงานปลัดสำนักนายกรัฐมนตรี", "สำนักงานปลัดสำนักนายกรัฐมนตรี"),
])
def test_a_group_word_inside_an_agencys_name_names_no_group(typed: str, agency: str) -> None:
    u = understand(typed)
    assert u.entities.get("group") is None, u


def test_a_group_beside_an_agency_is_still_the_group() -> None:
    u = understand("ผมเป็นผู้บริหาร อยู่สำนักงานปลัดกระทรวงพาณิชย์")
    assert u.entities.get("group") == "Executive"


@pytest.mark.parametrize(("typed", "framework"), [
    ("มาตรฐานใหม่ปี 2567 มีหน่วยไหนเกี่ยวกับการวิเคราะห์ข้อมูลบ้าง", "std-2567"),
    ("ของ ก.พ. ปี61 มีเรื่องคลาวด์ไหมครับ", "ocsc-2561"),
])
def test_a_framework_named_in_a_topic_question_keeps_the_search_in_it(typed: str, framework: str) -> None:
    u = understand(typed)  # the framework's name searched as words, units of the other framework found, before
    assert u.intent == "search" and u.entities.get("codes"), u
    assert {c["framework"] for c in u.entities["codes"]} == {framework}, u.entities
    assert "67" not in u.entities["query"] and "ก.พ" not in u.entities["query"], u.entities["query"]



@pytest.mark.parametrize("typed", ["Data Governance อยู่หน่วยไหนบ้าง ทั้งสองกรอบ", "เรื่องคลาวด์มีในทั้ง 2 มาตรฐานไหม"])
def test_both_frameworks_named_are_no_topic_words(typed: str) -> None:
    u = understand(typed)  # "ทั้งสอง กรอบ" searched as the topic's words, before
    assert u.intent == "search" and "ทั้ง" not in u.entities["query"] and "กรอบ" not in u.entities["query"], u


def test_two_pmqa_categories_named_are_both_kept() -> None:
    u = understand("หมวด๓ กับ หมวด๕ ต่างกันไหม")
    assert u.intent == "pmqa" and u.entities.get("categories") == [3, 5], u


@pytest.mark.parametrize("typed", ["what experience does a technologist in the developing phase need",
                                   "Service staff, early phase: what attributes are expected?"])
def test_a_roles_experience_asked_in_english_is_its_about_part(typed: str) -> None:
    u = understand(typed)  # its units, before
    assert u.intent == "role_requirements" and u.entities.get("aspect") == "description", u


@pytest.mark.parametrize(("typed", "framework"), [("DL200 มาตรฐานสมรรถนะปี 2567", "std-2567"),
                                                  ("DS700 ของ ก.พ. ครับ", "ocsc-2561")])
def test_a_framework_named_beside_a_code_is_no_part_of_the_unit(typed: str, framework: str) -> None:
    u = understand(typed)  # DL200's knowledge (its lines say "มาตรฐาน"), before
    assert u.intent == "unit_info" and "aspect" not in u.entities, u
    assert [c["framework"] for c in u.entities["codes"]] == [framework]
