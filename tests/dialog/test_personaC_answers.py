"""Answers behind the persona chats (a data scientist in English, a PMQA secretary, a division director), in
wordings other than the chats'."""

from __future__ import annotations

from bot.dialog import respond
from content.catalog import Catalog
from intents.result import Understanding
from tests.dialog.conftest import Ask, all_data, all_text
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]


def test_a_compared_code_that_exists_nowhere_is_said_so(ask: Ask) -> None:
    replies = ask("compare", language="en", codes=[{"framework": "ocsc-2561", "code": "DS701"}],
                  unknown_codes=["DS709"])
    text = all_text(replies)
    assert "There is no code DS709 in any framework." in text and "c:DS701" in all_data(replies)


def test_two_real_codes_are_compared_and_the_third_said_missing(ask: Ask) -> None:
    replies = ask("compare", codes=[{"code": "DS700"}, {"code": "DS600"}], unknown_codes=["DS990"])
    text = all_text(replies)
    assert "DS701" in text and "DS601" in text and "ไม่พบรหัส DS990 ในมาตรฐานใดเลย" in text


def test_a_pmqa_topic_a_category_7_measure_names_is_listed_with_the_items(ask: Ask) -> None:
    replies = ask("pmqa", query="data governance")
    text = all_text(replies)
    # the measure of 7.1, word for word, beside 4.4 and 4.3
    assert "ตัวชี้วัดที่สะท้อนผลสัมฤทธิ์ของการกำกับข้อมูลที่ดี (data governance)" in text
    assert "ใน 3 ประเด็น" in text and all_data(replies) == ["p:4.4", "p:4.3", "p:7.1"]


def test_a_topic_no_item_of_the_category_names_is_said_so(ask: Ask) -> None:
    text = all_text(ask("pmqa", category=2, query="work-life balance"))
    assert text.startswith('เกณฑ์หมวด 2 ไม่ได้กล่าวถึง "work-life balance" โดยตรง')
    assert "2.1 แผนยุทธศาสตร์ที่ตอบสนองความท้าทายและสร้างนวัตกรรม เพื่อการเปลี่ยนแปลง" in text


def test_past_the_last_phase_the_answer_says_there_is_none(ask: Ask) -> None:
    replies = ask("role_requirements", group="Academic", phase="Mature", phase_end="last")
    assert replies[0].text.startswith("ระยะพัฒนาแล้ว เป็นระยะสุดท้ายแล้ว (มีทั้งหมด 3 ระยะ)")
    assert replies[1].title == "นักคิดเพื่อการขับเคลื่อนรัฐบาลดิจิทัล"
    english = ask("role_requirements", language="en", group="Executive", phase="Early", phase_end="first")
    assert english[0].text.startswith("The Early phase is the first of the 3 phases")


async def test_a_director_steps_through_the_phases_of_one_group(chat: Chat) -> None:
    await consented(chat)
    await chat.send("เจ้าหน้าที่สายเทคโนโลยี องค์กรพึ่งเริ่ม ต้องมีความรู้อะไรบ้าง")
    assert "ระยะเริ่มต้น" in chat.text()
    await chat.send("ระยะต่อไปล่ะครับ")
    assert "ผู้ปฏิบัติงานด้านเทคโนโลยี ในองค์กรระยะกำลังพัฒนา" in chat.text()
    await chat.send("เทียบกับระยะพัฒนาแล้ว")
    assert "ระยะกำลังพัฒนา" in chat.text() and "ระยะพัฒนาแล้ว" in chat.text() and "มีเฉพาะ" in chat.text()


async def test_an_english_search_after_a_unit_finds_its_topic(chat: Chat) -> None:
    await consented(chat)
    await chat.send("DS700 knowledge")
    await chat.send("which unit covers open data?")
    assert "DLit500" in chat.text() and "Knowledge of unit DS700" not in chat.text()


def test_an_indicator_no_unit_holds_is_found_among_category_7_measures(catalog: Catalog) -> None:
    typed = "ตัวชี้วัดเรื่องรางวัลจากภายนอกอยู่ตรงไหนคะ"
    u = Understanding(typed, typed, "th", "search", 0.6, {"query": "ชี้ วัด รางวัล ภายนอก"})
    text = all_text(respond(u, catalog))  # "no unit matches" (a competency search), before
    assert "7.4 ด้านการเป็นต้นแบบ: จำนวนรางวัลที่ได้รับจากภายนอก *" in text and '"รางวัล ภายนอก"' in text


def test_a_topic_the_criteria_never_name_is_said_so(ask: Ask) -> None:
    text = all_text(ask("pmqa", query="hybrid working"))
    assert text.startswith('เกณฑ์ PMQA 4.0 ไม่ได้กล่าวถึง "hybrid working" โดยตรง') and "หมวด 5 การมุ่งเน้นบุคลากร" in text


def test_past_the_last_phase_what_is_added_says_there_is_none_first(ask: Ask) -> None:
    replies = ask("role_requirements", group="Service", phase="Mature", aspect="added", phase_end="last")
    assert replies[0].text.startswith("ระยะพัฒนาแล้ว เป็นระยะสุดท้ายแล้ว") and "เพิ่มจากระยะกำลังพัฒนา" in replies[1].text
