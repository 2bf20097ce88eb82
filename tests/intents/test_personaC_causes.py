"""Causes found by chatting as a data scientist (English), a PMQA committee secretary and a division director,
each tested in wordings other than the chat's (rules alone)."""

from __future__ import annotations

import pytest

from tests.intents.rules_alone import after, read


@pytest.mark.parametrize(("earlier", "typed", "found"), [
    (["DS700 ต้องมีความรู้อะไร"], "which unit talks about cloud computing?", "DLit100"),
    (["DL201"], "which competency covers big data?", "DUS500"),
    (["DS700 evidence ต้องมีอะไรบ้าง"], "open data อยู่หน่วยไหน", "DLit500"),
])
def test_a_search_for_a_topic_of_its_own_does_not_lean_on_the_unit_before(
        earlier: list[str], typed: str, found: str) -> None:
    u = after(earlier, typed)  # the unit before's overview ("covers" read as "describe it"), before
    assert u.intent == "search", (u.intent, u.entities)
    assert found in {c["code"] for c in u.entities.get("codes") or ()}, u.entities


@pytest.mark.parametrize("typed", ["what about its skills?", "แล้วหลักฐานอยู่ตรงไหน"])
def test_a_part_of_the_unit_before_still_leans(typed: str) -> None:
    u = after(["DS700"], typed)
    assert u.intent == "unit_info" and [c["code"] for c in u.entities["codes"]] == ["DS700"], u.entities


@pytest.mark.parametrize("typed", ["DS701 vs DS709 please", "DG500 กับ DG550 ต่างกันตรงไหน"])
def test_a_compared_code_that_exists_nowhere_is_kept_as_unknown(typed: str) -> None:
    u = after(["DL200"], typed)  # the unknown one dropped and DL200 put in its place, before
    assert u.intent == "compare" and u.entities.get("unknown_codes"), (u.intent, u.entities)
    assert "DL200" not in {c["code"] for c in u.entities.get("codes") or ()}


@pytest.mark.parametrize(("earlier", "typed", "phase", "end"), [
    (["กลุ่มวิชาการ ระยะเริ่มต้น ต้องมีอะไร"], "ระยะต่อไปต้องเพิ่มอะไร", "Developing", None),
    (["สายเทคโนโลยี ระยะกำลังพัฒนา"], "ขั้นถัดไปล่ะครับ", "Mature", None),
    (["ผอ.กอง ระยะพัฒนาแล้ว"], "ระยะก่อนหน้านี้ล่ะ", "Developing", None),
    (["Technologist in the mature phase"], "and the next stage?", "Mature", "last"),
    (["ผู้บริหาร ระยะเริ่มต้น"], "ระยะที่แล้วล่ะ", "Early", "first"),
])
def test_the_next_or_previous_phase_after_a_role(earlier: list[str], typed: str, phase: str, end: str | None) -> None:
    u = after(earlier, typed)  # not understood, before
    assert u.intent == "role_requirements" and u.entities["phase"] == phase, (u.intent, u.entities)
    assert u.entities.get("phase_end") == end


@pytest.mark.parametrize("typed", ["น้องๆ สายวิชาการ หน่วยงานพึ่งเริ่ม ควรมีสมรรถนะอะไร",
                                   "service staff, our organisation just started, what do they need?"])
def test_an_organisation_that_has_just_begun_is_the_early_phase(typed: str) -> None:
    u = read(typed)
    assert u.entities.get("phase") == "Early", (u.intent, u.entities)


@pytest.mark.parametrize(("earlier", "typed"), [
    (["คำถามข้อ 5.2.1 คืออะไร"], "ข้อนี้ระดับอะไรครับ"),
    (["show PMQA question 2.3.1"], "which level is that?"),
])
def test_the_level_of_the_pmqa_question_before(earlier: list[str], typed: str) -> None:
    u = after(earlier, typed)  # a search for "ระดับ" (competency units), before
    assert u.intent == "pmqa" and u.entities.get("question"), (u.intent, u.entities)


@pytest.mark.parametrize(("typed", "query"), [
    ("หมวด 3 ประเด็นไหนพูดเรื่องข้อร้องเรียน", "ร้องเรียน"),
    ("which PMQA item covers open data?", "open data"),
])
def test_talk_and_item_are_no_words_of_a_pmqa_topic(typed: str, query: str) -> None:
    u = read(typed)  # "พูด ข้อร้องเรียน", "item open data": nothing named them, before
    assert u.intent == "pmqa" and u.entities.get("query") == query, (u.intent, u.entities)


@pytest.mark.parametrize(("typed", "query"), [
    ("is there anything on blockchain?", "blockchain"),
    ("anything regarding data quality?", "data quality"),
])
def test_anything_on_a_topic_is_a_search(typed: str, query: str) -> None:
    u = read(typed)  # not understood ("is there anything on machine learning?"), before
    assert u.intent == "search" and u.entities.get("query") == query, (u.intent, u.entities)


@pytest.mark.parametrize(("earlier", "typed", "framework", "aspect"), [
    (["DL201"], "and its elements in the OCSC letter?", "ocsc-2561", "criteria"),
    (["DS703"], "and its criteria under the 2567 standard", "std-2567", "criteria"),
])
def test_an_english_follow_up_with_its_and_a_framework(earlier: list[str], typed: str, framework: str,
                                                        aspect: str) -> None:
    u = after(earlier, typed)  # a search for "and its", before
    assert u.intent == "unit_info" and u.entities["codes"][0]["framework"] == framework, (u.intent, u.entities)
    assert u.entities["codes"][0]["code"] == earlier[0] and u.entities.get("aspect") == aspect


@pytest.mark.parametrize("typed", ["what units are there for my group?", "which competencies does my group need?"])
def test_my_group_asks_for_ones_own_role(typed: str) -> None:
    u = read(typed)  # a search for "my group", before
    assert u.intent == "role_requirements" and not u.entities.get("group"), (u.intent, u.entities)


@pytest.mark.parametrize(("typed", "item"), [("5.3 ถามอะไรบ้างคะ", "5.3"), ("ประเด็น 3.1 ถามเรื่องไหนบ้าง", "3.1")])
def test_what_a_numbered_pmqa_item_asks_is_no_help_request(typed: str, item: str) -> None:
    u = read(typed)  # the help menu ("ถามอะไรบ้าง" read as "what can I ask"), before
    assert u.intent == "pmqa" and u.entities.get("item") == item, (u.intent, u.entities)


@pytest.mark.parametrize(("earlier", "typed", "expected"), [
    (["สายเทคโนโลยีกับสายบริการ ระยะกำลังพัฒนา ต่างกันตรงไหน"], "แล้วระยะพัฒนาแล้วล่ะ",
     {"groups": ["Technologist", "Service"], "phase": "Mature"}),
    (["ผู้บริหาร ระยะเริ่มต้นกับระยะกำลังพัฒนา ต่างกันยังไง"], "แล้วของ ผอ.กอง ล่ะ",
     {"phases": ["Early", "Developing"], "group": "Management"}),
])
def test_a_comparison_asked_again_elsewhere(earlier: list[str], typed: str, expected: dict[str, object]) -> None:
    u = after(earlier, typed)  # one role, the other group taken from the profile, before
    assert u.intent == "compare" and u.entities == expected, (u.intent, u.entities)


def test_a_clerk_alone_is_the_others_group() -> None:
    assert read("น้องสารบรรณในกอง ต้องมีทักษะอะไรบ้าง").entities.get("group") == "Others"


@pytest.mark.parametrize("typed", ["what skills does my position need?", "บทบาทของดิฉันต้องมีทักษะอะไรคะ"])
def test_ones_own_role_named_after_a_unit_is_the_role(typed: str) -> None:
    u = after(["DT600"], typed)  # DT600's skills, before
    assert u.intent == "role_requirements" and not u.entities.get("codes"), (u.intent, u.entities)


@pytest.mark.parametrize("typed", ["ตัวชี้วัดเรื่องรางวัลอยู่ข้อไหนคะ", "ตัววัดด้านต้นทุนอยู่ตรงไหน"])
def test_an_indicator_asked_while_on_pmqa_is_a_category_7_measure(typed: str) -> None:
    u = after(["หมวด 5 ระดับ Basic"], typed)  # a competency search, before
    assert u.intent == "pmqa" and u.entities.get("aspect") == "indicators", (u.intent, u.entities)


@pytest.mark.parametrize("typed", ["มีอะไรเพิ่มจากระยะก่อนบ้าง", "what's new compared with the phase before?"])
def test_what_the_phase_shown_adds_over_the_one_before(typed: str) -> None:
    u = after(["สายบริการ ระยะกำลังพัฒนา"], typed)  # not understood, or the previous phase's role, before
    assert (u.intent, u.entities.get("phase"), u.entities.get("aspect")) == \
        ("role_requirements", "Developing", "added"), (u.intent, u.entities)
