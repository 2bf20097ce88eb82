"""Causes found by chatting as a provincial HR officer, a bureau director and a computer scientist (2026-11-30, tenth
session), in other wordings than the ones found."""

from __future__ import annotations

from tests.intents.rules_alone import codes, read


def test_which_units_asked_with_the_subject_left_out_are_ones_own_role() -> None:
    # Thai leaves out "I": "ต้องมีหน่วยไหนบ้างคับ" was a search for nothing ("not sure what you mean"), and only
    # "ผมต้องมีหน่วยไหนบ้าง" was one's role
    for text in ("ต้องผ่านหน่วยอะไรบ้างคะ", "ควรเรียนหน่วยสมรรถนะไหนบ้าง", "หน่วยใดบ้างที่ควรผ่าน"):
        u = read(text)
        assert u.intent == "role_requirements", text
        assert not codes(u), text


def test_which_units_asked_beside_a_code_or_a_topic_stay_about_them() -> None:
    assert read("ก่อนทำ DG500 ต้องผ่านหน่วยไหนมาก่อน").intent == "unit_info"  # its prerequisites
    u = read("อยากทำงานด้านความมั่นคงปลอดภัยไซเบอร์ ต้องเรียนหน่วยไหน")
    assert u.intent == "search" and codes(u)


def test_the_last_phase_called_advanced_is_the_mature_phase_not_a_pmqa_level() -> None:
    # PMQA's Advance is a level ("ระดับ"); a phase ("ระยะ") called advanced is the last one (PMQA's levels, before)
    for text in ("สายวิชาการ ระยะแอดวานซ์ต้องมีอะไรบ้าง", "What does the advanced phase require?"):
        u = read(text)
        assert u.intent == "role_requirements" and u.entities.get("phase") == "Mature", text
    u = read("หมวด 3 ระดับ advanced ต้องทำอะไร")
    assert u.intent == "pmqa" and u.entities.get("level") == "Advance"


def test_hr_asking_where_to_see_the_staffs_results_is_help_not_ones_own_progress() -> None:
    for text in ("ฝ่ายบุคคลจะติดตามผลการประเมินของเจ้าหน้าที่ทุกคนยังไง", "How do I track my team's progress?"):
        assert read(text).intent == "help", text


def test_ones_own_results_asked_with_tuaeng_are_progress_not_a_new_assessment() -> None:
    for text in ("ขอดูผลการทดสอบของตนเองหน่อยครับ", "อยากเห็นผลประเมินตัวเองค่ะ"):
        assert read(text).intent == "progress", text
