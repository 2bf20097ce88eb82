"""Readings found wrong by chatting as a provincial-hall general-administration officer, a ministry data-centre
staffer and a regional office director (2026-11-30, personaL); each test says the cause in other words than the
ones found, with the rules alone."""

from __future__ import annotations

import pytest

from intents.normalise import normalise
from tests.intents.rules_alone import after, codes, read


@pytest.mark.parametrize("typed", ["ระบบแอปรับแจ้งเหตุ อยู่หน่วยไหน", "อยากทำแอพรับสมัครงาน อยู่สมรรถนะไหน"])
def test_an_app_word_written_onto_the_next_is_cut_off_whole(typed: str) -> None:
    u = read(typed)  # "แอ ปรับ …" before: a topic nobody asked, nothing found
    assert u.intent == "search"
    assert "ปรับ" not in u.entities["query"].split()
    assert "DT700" in codes(u)  # an app made or taking requests is software developed


@pytest.mark.parametrize(("typed", "kept"), [("รูปแบบบริการใหม่ๆ", "แบบบริการ"), ("ระบบบริหารความเสี่ยง", "ระบบบริหาร"),
                                             ("คะแนนนโยบาย", "คะแนนนโยบาย")])
def test_a_word_ending_in_a_doubled_letter_keeps_it_before_a_word_starting_with_it(typed: str, kept: str) -> None:
    assert kept in normalise(typed)  # "แบริการ", "ระบริหาร" before: a stretched letter collapsed


def test_a_stretched_letter_still_collapses() -> None:
    assert normalise("ดีมากกกก") == "ดีมาก"


def test_this_one_and_the_one_before_right_after_a_comparison_are_the_two_compared() -> None:
    u = after(["DLit100 กับ DLit200 ต่างกันยังไง"], "แล้วอันนี้ต่างกับอันที่ถามไปยังไง")  # not understood, before
    assert u.intent == "compare" and codes(u) == {"DLit100", "DLit200"}


def test_the_unit_before_a_search_result_stays_the_one_before_when_the_result_is_asked_on() -> None:
    u = after(["เรื่องพิมพ์เขียวอยู่หน่วยไหน", "เรื่อง cloud อยู่หน่วยไหน", "แล้วอันนี้มีอะไรบ้าง"], "ต่างจากอันเมื่อกี้ยังไง")
    # (the blueprint finding listed first: DL203, DL200's element, beside the cloud one)
    assert u.intent == "compare" and len(codes(u)) == 2 and codes(u) & {"DL200", "DL203"} and "DLit100" in codes(u)


@pytest.mark.parametrize("typed", ["อยู่ในกรอบอะไรครับ", "มาจากประกาศฉบับไหน", "อ้างอิงจากหนังสืออะไร"])
def test_which_framework_a_unit_comes_from_asked_after_it_is_its_overview(typed: str) -> None:
    u = after(["DS701 คืออะไร"], typed)  # searched for "กรอบ", or read as its evidence ("เอกสาร"), before
    assert u.intent == "unit_info" and codes(u) == {"DS701"} and u.entities.get("aspect") == "overview"


def test_a_count_of_days_or_hours_is_no_count_of_the_part_just_listed() -> None:
    u = after(["DL200 ต้องมีความรู้อะไรบ้าง"], "ต้องเรียนกี่วัน")  # DL200's knowledge again, before
    assert not (u.intent == "unit_info" and u.entities.get("aspect") == "knowledge")
    assert after(["DL200 ต้องมีความรู้อะไรบ้าง"], "มีกี่ข้อ").entities.get("aspect") == "knowledge"


def test_two_pmqa_question_numbers_are_both_read() -> None:
    assert read("4.1.1 กับ 4.1.3 ต่างกันยังไง").entities.get("questions") == ["4.1.1", "4.1.3"]


@pytest.mark.parametrize(("typed", "group"), [("กลุ่มนักบริหาร ระยะพัฒนาแล้ว ต้องมีอะไรบ้าง", "Executive"),
                                              ("นักบริหารงานคลัง ระยะเริ่มต้นต้องมีไร", "Management")])
def test_the_executive_position_line_names_its_group(typed: str, group: str) -> None:
    u = read(typed)  # no group, before: "which group are you?"
    assert u.intent == "role_requirements" and u.entities.get("group") == group and u.entities.get("phase")


def test_what_everyone_needs_is_the_groups_by_phases_overview() -> None:
    assert read("พนักงานทุกคนต้องมีทักษะดิจิทัลอะไรบ้าง").intent == "role_overview"  # a search, before


@pytest.mark.parametrize("typed", ["ผลออกมาเป็นยังไงบ้างคะ", "ผลเป็นอย่างไรบ้างครับ"])
def test_the_result_asked_after_alone_is_ones_own(typed: str) -> None:
    assert read(typed).intent == "progress"  # not understood, before


def test_a_result_of_something_else_is_no_progress() -> None:
    assert read("ผลกระทบเป็นอย่างไร").intent != "progress"


def test_an_assessment_for_others_is_help_unless_the_one_asking_takes_it_too() -> None:
    assert read("จะให้ลูกน้องทุกคนทำแบบประเมินตนเอง ต้องเริ่มยังไง").intent == "help"  # a test started, before
    assert read("ให้น้องในทีมทำแบบทดสอบด้วย ผมจะทำเองก่อน DL100").intent == "quiz_start"


@pytest.mark.parametrize("typed", ["DG หมายถึงอะไรครับ", "DLit ทั้งหมดมีกี่หน่วย"])
def test_an_area_prefix_alone_asked_about_is_a_search_for_the_area(typed: str) -> None:
    assert read(typed).intent == "search"  # not understood, before


def test_a_training_plan_to_make_starts_from_the_groups_by_phases_overview() -> None:
    u = read("หัวหน้าให้วางแผนพัฒนาบุคลากรด้านดิจิทัลของกอง เริ่มตรงไหนดีคะ")  # help or a search, before
    assert u.intent == "role_overview"
    assert read("เตรียมแผนอบรมให้สายบริการ ระยะเริ่มต้น").intent == "role_requirements"  # a role named: that role


def test_which_group_a_job_is_in_is_asked_not_an_agency_told() -> None:
    u = read("ผอ.สำนักงานเขตพื้นที่ ถือว่าอยู่กลุ่มไหนคะ")
    assert u.intent == "role_requirements" and u.entities.get("group") == "Management"  # profile_set, before
    assert read("ผมเป็นผอ.กอง อยู่ระยะเริ่มต้น").intent == "profile_set"


def test_what_a_phase_adds_after_a_groups_role_is_that_groups() -> None:
    u = after(["สายไอที ระยะเริ่มต้นต้องมีอะไร"], "แล้วระยะกำลังพัฒนาต้องมีอะไรเพิ่มขึ้นมาจากระยะเริ่มต้นบ้างครับ")
    assert u.intent == "role_requirements" and u.entities.get("aspect") == "added"
    assert u.entities.get("group") == "Technologist" and u.entities.get("phase") == "Developing"


def test_a_test_asked_on_a_topic_carries_the_topics_units() -> None:
    units = {c["code"] for c in read("อยากทดสอบความรู้เรื่องธรรมาภิบาลข้อมูล").entities.get("topic_units") or ()}
    assert units and units <= {"DG700", "DT600", "DG200", "DG100", "DG300"}  # no unit at all, before
    assert "topic_units" not in read("ขอประเมินตนเองหน่อย").entities  # no topic: the menu
    assert "topic_units" not in read("ขอทำแบบประเมินตัวนี้เลยครับ").entities  # one pointed at: the one talked about


def test_a_number_after_a_units_skills_list_is_that_line_of_it() -> None:
    u = after(["DL200 ต้องมีทักษะอะไรบ้างครับ"], "ข้อ 4 หมายถึงอะไร")  # DL200's fourth element (none), before
    assert u.intent == "unit_info" and codes(u) == {"DL200"}
    assert u.entities.get("aspect") == "skills" and u.entities.get("line") == 4
    assert after(["DL200 มีสมรรถนะย่อยอะไรบ้าง"], "ข้อ 2 คืออะไร").entities.get("line") is None  # an element there


def test_a_test_asked_on_a_topic_of_its_own_is_not_the_unit_talked_about() -> None:
    u = after(["DG100 ต้องทำอะไรได้บ้าง"], "อยากทำแบบทดสอบเรื่องสำรองข้อมูลค่ะ")  # DG100's, before
    assert "codes" not in u.entities and u.entities.get("topic_units")
    assert codes(after(["DG100 ต้องทำอะไรได้บ้าง"], "ขอทำแบบทดสอบหน่อย")) == {"DG100"}  # no topic: the one before
