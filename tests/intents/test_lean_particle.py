""""ล่ะ" leans on the message before only as the particle: bare it is "ละ", also inside "และ", "แต่ละ", "รายละเอียด"."""

from __future__ import annotations

from tests.intents.rules_alone import after


def test_details_of_a_topic_after_a_unit_are_the_topic_not_the_unit() -> None:
    u = after(["DS700 มีหลักฐานอะไรบ้าง"], "อยากรู้รายละเอียดเรื่องการสำรองข้อมูล")  # DS700's card, before
    assert u.intent == "search", (u.intent, u.entities)


def test_the_particle_still_leans() -> None:
    u = after(["DS700 มีหลักฐานอะไรบ้าง"], "แล้วความรู้ล่ะคะ")
    assert u.intent == "unit_info" and [c["code"] for c in u.entities["codes"]] == ["DS700"], u.entities
    assert u.entities.get("aspect") == "knowledge"


def test_another_group_with_a_long_name_right_after_a_role_keeps_its_phase() -> None:
    # "และ" in the group's name no longer leans; the phase of the talk still carries to another group asked
    u = after(["ผู้บริหารระดับสูง ระยะกำลังพัฒนา ต้องมีอะไร"], "แล้วผู้ทำงานด้านนโยบายและวิชาการต้องมีอะไรบ้างครับ")
    assert (u.intent, u.entities.get("group"), u.entities.get("phase")) == ("role_requirements", "Academic",
                                                                             "Developing"), u.entities
    u = after(["ผู้บริหารระดับสูง ระยะกำลังพัฒนา ต้องมีอะไร"], "กลุ่มผู้ปฏิบัติงานด้านเทคโนโลยีดิจิทัลต้องรู้อะไรบ้างคะ")
    assert (u.entities.get("group"), u.entities.get("phase")) == ("Technologist", "Developing"), u.entities
