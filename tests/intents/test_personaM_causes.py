"""Causes found by chatting as a district-office registration officer, a foreign-affairs officer switching Thai and
English, and a provincial-hall director in PMQA terms (2026-11-30, personaM), in other wordings than the ones found."""

from __future__ import annotations

from tests.intents.rules_alone import codes, read


def test_digital_skills_asked_of_ones_own_group_are_that_groups_requirements() -> None:
    # (the opening "I am in group X" was context, and "ดิจิทัล" alone searched: every unit titled ดิจิทัล, its skills)
    u = read("ผมอยู่กลุ่มผู้ปฏิบัติงานด้านเทคโนโลยีครับ ต้องมีทักษะดิจิทัลอะไรบ้างครับ")
    assert u.intent == "role_requirements" and u.entities.get("group") == "Technologist"
    assert not codes(u)


def test_digital_skills_asked_with_no_group_are_ones_own_role_not_units_titled_digital() -> None:
    for text in ("ควรมีทักษะดิจิทัลอะไรบ้างครับ", "หนูต้องรู้ดิจิทัลอะไรบ้างคะ"):
        u = read(text)
        assert u.intent == "role_requirements", text
        assert not codes(u), text


def test_a_topic_with_digital_in_it_is_still_searched() -> None:
    u = read("ความเสี่ยงดิจิทัลอยู่หน่วยไหน")
    assert u.intent == "search" and "DG500" in codes(u)


def test_the_opdc_abbreviation_is_not_the_ocsc_letter() -> None:
    for text in ("สำนักงาน ก.พ.ร. ประเมินเรื่องอะไรบ้าง", "ก.พ.ร.ใช้เกณฑ์อะไรประเมินหน่วยงาน"):
        u = read(text)
        assert u.entities.get("framework") != "ocsc-2561", text
        assert u.entities.get("query", "").split(" ")[0] != "ร.", text
    assert read("ในหนังสือ ก.พ. มีหน่วยเรื่องข้อมูลไหม").entities.get("framework") == "ocsc-2561"


def test_each_categorys_gist_asked_is_no_pmqa_topic_to_look_up() -> None:
    u = read("ขอทราบสาระสำคัญของแต่ละหมวดในเกณฑ์ PMQA ครับ")
    assert u.intent == "pmqa" and "query" not in u.entities


def test_thanks_then_sawatdi_closes_the_conversation_not_a_hello() -> None:
    for text in ("ขอบพระคุณครับ สวัสดีครับ", "ขอบคุณนะคะ สวัสดีค่ะ"):
        assert read(text).intent == "thanks", text
    assert read("สวัสดีค่ะ").intent == "greeting"
