"""One group across every phase, a unit "in brief", a PMQA category by its own title (rules alone)."""

from __future__ import annotations

import pytest

from tests.intents.rules_alone import read


@pytest.mark.parametrize(("typed", "group"), [
    ("กลุ่มผู้บริหาร แต่ละระยะต่างกันตรงไหนครับ", "Executive"),  # phase_info (the three phases in general), before
    ("นักวิชาการ ทั้ง 3 ระยะ ไม่เหมือนกันยังไง", "Academic"),
    ("สายเทคโนโลยี แต่ละระยะต้องมีอะไรบ้าง", "Technologist"),  # asked for the phase, before
])
def test_one_group_across_the_phases_is_its_row(typed: str, group: str) -> None:
    u = read(typed)
    assert (u.intent, u.entities.get("group"), u.entities.get("phase")) == ("role_overview", group, None)


def test_two_phases_of_one_group_stay_a_comparison() -> None:
    u = read("สายบริการ ระยะเริ่มต้นกับระยะพัฒนาแล้ว ต่างกันยังไง")
    assert u.intent == "compare" and u.entities.get("phases") == ["Early", "Mature"]


@pytest.mark.parametrize("typed", ["ขอสรุป DS700 แบบสั้นๆ", "ภาพรวมของหน่วย DLit500 หน่อยค่ะ", "DT300 โดยย่อ"])
def test_a_unit_in_brief_is_its_overview(typed: str) -> None:
    u = read(typed)  # DL200's skills ("มองเห็นภาพรวม…") answered "ภาพรวม", before
    assert u.intent == "unit_info" and u.entities.get("aspect") == "overview", (u.intent, u.entities)


@pytest.mark.parametrize(("typed", "aspect"), [("สรุปหลักฐานของ DS700", "evidence"), ("สรุปความรู้ DL200", "knowledge")])
def test_a_summary_of_one_part_is_that_part(typed: str, aspect: str) -> None:
    assert read(typed).entities.get("aspect") == aspect


@pytest.mark.parametrize(("typed", "category"), [
    ("หมวด 3 การให้ความสำคัญกับผู้รับบริการ มีประเด็นอะไรบ้างคะ", 3),  # a topic search in its own title, before
    ("หมวด 1 การนำองค์การ มีข้อไหนบ้าง", 1),
])
def test_a_category_named_with_its_own_title_lists_its_items(typed: str, category: int) -> None:
    u = read(typed)
    assert (u.intent, u.entities.get("category"), u.entities.get("query")) == ("pmqa", category, None), u.entities


def test_a_part_of_a_categorys_title_is_still_a_topic_asked_where() -> None:
    assert read("หมวด 4 เรื่องการจัดการความรู้อยู่ข้อไหน").entities.get("query")
