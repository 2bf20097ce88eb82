"""Wrong turns found on 2026-11-30 (answers3011: groups compared by hashtag, what a phase adds, "that one" after a
search, English topics, "กลุ่มบริหาร", what every group shares), in what a message means. Each test uses other
wordings than the ones reported."""

from __future__ import annotations

import pytest

from intents import CONFIDENCE_THRESHOLD, understand
from intents.engine import default_understander
from intents.evaluate import Example, understand_in_context
from intents.result import Understanding


def in_context(text: str, *before: str) -> Understanding:
    return understand_in_context(default_understander(), Example(text, "", {}, (), before))


@pytest.mark.parametrize(("typed", "groups"), [
    ("อำนวยการ กับ ผู้บริหารระดับสูง ต่างกันตรงไหน", ["Management", "Executive"]),
    ("#สายอำนวยการ #ไอที เทียบกันหน่อย", ["Management", "Technologist"]),
])
def test_the_letters_directors_named_amnuaykan_are_compared_as_a_group(typed: str, groups: list[str]) -> None:
    # "อำนวยการ" alone named no group: "#ผู้บริหาร กับ #อำนวยการ" asked the executives' phase instead of comparing
    u = understand(typed)
    assert u.intent == "compare" and u.entities.get("groups") == groups, u


@pytest.mark.parametrize("typed", ["ผมอยู่ฝ่ายอำนวยการของ สภ. ระยะเริ่มต้นต้องมีอะไร", "งานอำนวยการ ระยะพัฒนาแล้ว"])
def test_a_sections_support_work_named_amnuaykan_is_no_director(typed: str) -> None:
    assert understand(typed).entities.get("group") != "Management"


@pytest.mark.parametrize(("typed", "phase"), [
    ("สายบริหาร ต้องมีหน่วยอะไร", None),
    ("ฝ่ายบริหาร ระยะพัฒนาแล้ว ต้องรู้อะไรบ้าง", "Mature"),
])
def test_a_wording_of_both_management_groups_is_asked_not_guessed(typed: str, phase: str | None) -> None:
    # "กลุ่มบริหาร" was read as the service group (a slip of "บริการ")
    u = understand(typed)
    assert u.intent == "role_requirements" and u.confidence >= CONFIDENCE_THRESHOLD, u
    assert u.entities.get("group_choices") == ["Executive", "Management"] and "group" not in u.entities, u
    assert u.entities.get("phase") == phase


@pytest.mark.parametrize("typed", ["ฝ่ายบริหารทรัพยากรบุคคล ต้องมีอะไร", "ผู้บริหารระดับสูง ต้องมีอะไร"])
def test_a_named_section_or_group_is_no_choice(typed: str) -> None:
    assert "group_choices" not in understand(typed).entities


def test_what_a_phase_adds_after_a_role_is_the_added_part_not_two_phases_compared() -> None:
    u = in_context("ระยะที่ 2 เพิ่มอะไรมาบ้าง เทียบกับระยะแรก", "สายไอที ระยะเริ่มต้น")
    assert u.intent == "role_requirements", u
    assert u.entities.get("aspect") == "added" and u.entities.get("phase") == "Developing", u
    assert u.entities.get("group") == "Technologist", u


@pytest.mark.parametrize(("typed", "phase"), [
    ("what does the mature stage add compared with developing?", "Mature"),
    ("what's new in the developing phase?", "Developing"),
])
def test_what_a_phase_adds_in_english(typed: str, phase: str) -> None:
    u = understand(typed)
    assert u.intent == "role_requirements" and u.entities.get("aspect") == "added", u
    assert u.entities.get("phase") == phase, u


@pytest.mark.parametrize(("search", "follow", "aspect"), [
    ("anything about cyber?", "and the knowledge for that one?", "knowledge"),
    ("units on open data", "how is that one assessed?", "assessment"),
])
def test_that_one_after_a_list_of_units_is_the_first_listed(search: str, follow: str, aspect: str) -> None:
    # a search whose units were found by their titles left nothing for "that one" to point at
    listed = understand(search)
    first = listed.entities["codes"][0]["code"]
    u = in_context(follow, search)
    assert u.intent == "unit_info" and u.entities.get("aspect") == aspect, u
    assert [c["code"] for c in u.entities["codes"]] == [first], u


@pytest.mark.parametrize(("typed", "codes"), [
    ("is there a unit on service design?", {"DS300"}),
    ("designing public services, which unit?", {"DS300"}),
    ("cyber security stuff?", {"CS100", "CS200", "CS300", "CS400", "CS500"}),
])
def test_english_topics_find_what_their_thai_finds(typed: str, codes: set[str]) -> None:
    u = understand(typed)
    assert u.intent == "search", u
    assert codes <= {c["code"] for c in u.entities.get("codes", [])}, u


@pytest.mark.parametrize("typed", [
    "ข้าราชการทุกคนควรมีความรู้อะไรร่วมกัน",
    "คุณลักษณะพื้นฐานของข้าราชการมีอะไรบ้าง",
    "what do every group share?",
])
def test_what_every_group_shares_is_asked(typed: str) -> None:
    u = understand(typed)
    assert u.intent == "role_overview" and u.entities.get("aspect") == "basics", u


def test_each_groups_needs_are_still_the_table() -> None:
    assert understand("แต่ละกลุ่มต้องมีอะไรบ้าง").entities.get("aspect") is None


@pytest.mark.parametrize(("typed", "codes"), [
    ("units that teach innovation?", {"DS300", "DS400"}),
    ("working across ministries, which unit?", {"DL200"}),
    ("is there anything on networking?", {"DS400"}),
])
def test_more_english_topics_find_the_titles_thai_words(typed: str, codes: set[str]) -> None:
    u = understand(typed)
    assert u.intent == "search", u
    assert codes <= {c["code"] for c in u.entities.get("codes", [])}, u


@pytest.mark.parametrize("typed", ["risk management units", "units on change management please",
                                   "networking with other departments"])
def test_a_topic_named_with_a_group_word_is_no_group(typed: str) -> None:
    # "change management units?" set one's group to the division directors; "other agencies" named the others' group
    u = understand(typed)
    assert u.intent == "search" and "group" not in u.entities, u


@pytest.mark.parametrize(("typed", "group"), [("I'm a manager", "Management"), ("other staff, early phase", "Others"),
                                              ("ท่านปลัดกระทรวง ระยะเริ่มต้น", "Executive")])
def test_the_group_words_still_name_their_groups(typed: str, group: str) -> None:
    assert understand(typed).entities.get("group") == group


def test_a_districts_palat_is_no_permanent_secretary() -> None:
    assert understand("ปลัดอำเภอ ระยะกำลังพัฒนา ต้องมีอะไร").entities.get("group") != "Executive"


@pytest.mark.parametrize("typed", ["ความรุ้พื้นถานสำหรับบุคลากรภาครัฐ", "ประสพการณ์พื้นฐานของข้าราชการมีไรบ้าง"])
def test_the_basics_asked_with_typos(typed: str) -> None:
    u = understand(typed)
    assert u.intent == "role_overview" and u.entities.get("aspect") == "basics", u


@pytest.mark.parametrize(("typed", "place"), [("หน่วยที่ 2 ต้องมีหลักฐานอะไร", 1), ("the last one: what skills?", -1),
                                              ("อันสุดท้ายล่ะ", -1)])
def test_a_place_in_the_list_shown_is_read(typed: str, place: int) -> None:
    from intents.context import listed_place

    assert listed_place(understand(typed)) == place


def test_a_place_beside_a_code_is_no_place_in_a_list() -> None:
    from intents.context import listed_place

    assert listed_place(understand("DS700 ข้อ 2 ตัวที่ 2")) is None


@pytest.mark.parametrize("typed", ["พนักงานทุกคนต้องมีคุณลักษณะอะไรบ้าง", "what is shared by all roles?",
                                   "ทุกกลุ่มต้องมีประสบการณ์อะไร"])
def test_what_everyone_needs_of_a_kind_the_letter_sets_for_all_is_the_basics(typed: str) -> None:
    # "ข้าราชการทุกคนต้องมีคุณลักษณะอะไร" showed the table of roles and their units
    u = understand(typed)
    assert u.intent == "role_overview" and u.entities.get("aspect") == "basics", u


def test_a_request_word_is_no_topic() -> None:
    assert understand("give me units on cloud").entities.get("query") == "cloud"


@pytest.mark.parametrize(("typed", "groups"), [("#วิชาการ #เทค ระยะพัฒนาแล้ว", ["Academic", "Technologist"]),
                                               ("#สายอำนวยการ #บริการ", ["Management", "Service"])])
def test_groups_tagged_side_by_side_are_compared(typed: str, groups: list[str]) -> None:
    # "#บริการ #อำนวยการ ระยะ1" showed the second group's role alone
    u = understand(typed)
    assert u.intent == "compare" and u.entities.get("groups") == groups, u


def test_an_area_word_tagged_beside_a_phase_is_the_group() -> None:
    u = understand("#วิชาการ #ระยะ3")
    assert u.intent == "role_requirements" and (u.entities.get("group"), u.entities.get("phase")) == \
        ("Academic", "Mature"), u
