from __future__ import annotations

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


def test_role_lists_title_units_knowledge_experience(ask: Ask) -> None:
    replies = ask("role_requirements", group="Service", phase="Early")
    text = all_text(replies)
    assert replies[0].title == "ผู้ให้บริการดิจิทัลภาครัฐ"  # the role, as the card's title (said once)
    assert "DS100 กำหนดกรอบการให้บริการแบบเชื่อมโยง และเทคนิคการออกแบบกระบวนการ" in text
    assert "DLit700" in text and "DG100" in text
    assert "เทคนิคการออกแบบการให้บริการ" in text  # knowledge
    assert "ประสบการณ์การนำนโยบาย ยุทธศาสตร์ แผน หรือกลยุทธ์ขององค์กรไปปฏิบัติ" in text  # experience
    assert "c:DS100" in all_data(replies)


def test_role_in_english(ask: Ask) -> None:
    replies = ask("role_requirements", language="en", group="Technologist", phase="Early")
    assert all_text(replies).startswith("Technologist, organisation phase Early")
    assert "Required units (16)" in all_text(replies) and replies[0].title == "ผู้พัฒนาเทคโนโลยีดิจิทัลของหน่วยงาน"
