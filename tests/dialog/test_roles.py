from __future__ import annotations

from bot.dialog import answer_action
from content.catalog import Catalog
from tests.dialog.conftest import Ask, all_data, all_text


def test_missing_phase_is_asked_with_buttons(ask: Ask) -> None:
    [reply] = ask("role_requirements", group="Service")
    assert "ระยะไหน" in reply.text
    assert all_data([reply]) == ["r:Service:Early", "r:Service:Developing", "r:Service:Mature"]


def test_missing_group_is_asked_keeping_the_phase(ask: Ask) -> None:
    [reply] = ask("role_requirements", phase="Mature")
    assert "กลุ่มไหน" in reply.text
    assert all(len(b.label) <= 20 and not b.label.endswith("…") for b in reply.buttons)
    assert len(reply.buttons) == 6 and all(d.endswith(":Mature") for d in all_data([reply]))
    assert "ด้านเทคโนโลยี" in [b.label for b in reply.buttons]


def test_role_lists_title_units_knowledge_experience(ask: Ask, catalog: Catalog) -> None:
    [reply] = ask("role_requirements", group="Service", phase="Early")
    assert reply.title == "ผู้ให้บริการดิจิทัลภาครัฐ"  # the role, as the card's title (said once)
    assert "DS100 กำหนดกรอบการให้บริการแบบเชื่อมโยง และเทคนิคการออกแบบกระบวนการ" in reply.text
    assert "DLit700" in reply.text and "DG100" in reply.text
    assert "c:DS100" in all_data([reply])
    # Knowledge, experience and competencies are one tap away, not a second screen of text.
    [about] = answer_action(next(d for d in all_data([reply]) if d.endswith(":about")), catalog)
    assert about.title == reply.title
    assert "เทคนิคการออกแบบการให้บริการ" in about.text  # knowledge
    assert "ประสบการณ์การนำนโยบาย ยุทธศาสตร์ แผน หรือกลยุทธ์ขององค์กรไปปฏิบัติ" in about.text  # experience
    assert "สอนงานและมอบหมายงาน (Coaching and Empowering Others)" in about.text  # competencies


def test_role_in_english(ask: Ask) -> None:
    replies = ask("role_requirements", language="en", group="Technologist", phase="Early")
    assert all_text(replies).startswith("Technologist, organisation phase Early")
    assert "Required units (16)" in all_text(replies) and replies[0].title == "ผู้พัฒนาเทคโนโลยีดิจิทัลของหน่วยงาน"


def test_role_pages_are_one_phone_screen_and_reach_every_unit(ask: Ask, catalog: Catalog) -> None:
    """Short first: each page of every role fits a phone screen; page 1 names every code (nothing is
    hidden), "ดูเพิ่ม" walks through the titles, and every unit can be tapped on some page."""
    from bot.dialog.answers.paging import PAGE_CHARS
    from content.schema import GROUPS, PHASES

    for group in GROUPS:
        for phase in PHASES:
            role = catalog.role(phase, group)
            assert role is not None
            [page] = ask("role_requirements", group=group, phase=phase)
            first, seen, tappable = page.text, page.text, set(all_data([page]))
            assert all(code in first for code in role.units)
            while more := [b.data for b in page.buttons if b.label.startswith("ดูเพิ่ม")]:
                assert len(page.text) <= PAGE_CHARS and len(page.buttons) <= 13
                [page] = answer_action(more[0], catalog)
                assert page.title == role.role_title_th
                seen += page.text
                tappable |= set(all_data([page]))
            assert len(page.text) <= PAGE_CHARS
            for code in role.units:
                unit = catalog.unit("ocsc-2561", code)
                assert unit is not None and f"{code} {unit.title_th}" in seen
                assert f"c:{code}" in tappable


def test_what_a_phase_adds_includes_experience(ask: Ask, catalog: Catalog) -> None:
    before, now = catalog.role("Early", "Service"), catalog.role("Developing", "Service")
    assert before is not None and now is not None
    [reply] = ask("role_requirements", group="Service", phase="Developing", aspect="added")
    new_experience = [e for e in now.experience if e not in before.experience]
    assert new_experience and all(e in reply.text for e in new_experience)
    assert "ประสบการณ์:" in reply.text
    # When a phase adds no experience, the answer says so instead of leaving it out.
    [mature] = ask("role_requirements", group="Service", phase="Mature", aspect="added")
    assert "ประสบการณ์: เหมือนระยะกำลังพัฒนา ไม่มีรายการใหม่" in mature.text
    assert "r:Service:Mature:about" in all_data([mature])


def test_what_the_first_phase_adds_is_the_role_itself_short_first(ask: Ask, catalog: Catalog) -> None:
    from bot.dialog.answers.paging import PAGE_CHARS

    role = catalog.role("Early", "Technologist")
    assert role is not None
    [reply] = ask("role_requirements", group="Technologist", phase="Early", aspect="added")
    assert reply.text.startswith("ระยะเริ่มต้น เป็นระยะแรก ไม่มีระยะก่อนหน้าให้เทียบ")
    assert len(reply.text) <= PAGE_CHARS and all(code in reply.text for code in role.units)
    assert "r:Technologist:Early:2" in all_data([reply])


def test_overview_of_one_group_is_its_row_and_of_one_phase_its_column(ask: Ask) -> None:
    [row] = ask("role_overview", group="Academic")
    assert "ผู้ใช้ข้อมูลดิจิทัลที่ทันสมัย" in row.text and "นักคิดเพื่อการขับเคลื่อนรัฐบาลดิจิทัล" in row.text
    assert "ผู้ให้บริการดิจิทัลภาครัฐ" not in row.text  # Service, another row
    assert all_data([row]) == ["r:Academic:Early", "r:Academic:Developing", "r:Academic:Mature"]
    [column] = ask("role_overview", phase="Early")
    assert "ผู้ให้บริการดิจิทัลภาครัฐ" in column.text and "ผู้สร้างองค์กรอัจฉริยะ" not in column.text  # not Mature
    assert all(d.endswith(":Early") for d in all_data([column])) and len(column.buttons) == 6


def test_one_groups_row_names_the_group_and_offers_its_phases(ask: Ask) -> None:
    [reply] = ask("role_overview", group="Academic")
    assert reply.text.startswith("บทบาทของผู้ทำงานด้านนโยบายและวิชาการในแต่ละระยะ")
    assert "นักคิดเพื่อการขับเคลื่อนรัฐบาลดิจิทัล (21)" in reply.text and "ผู้ให้บริการดิจิทัลภาครัฐ" not in reply.text
    assert all_data([reply]) == ["r:Academic:Early", "r:Academic:Developing", "r:Academic:Mature"]
