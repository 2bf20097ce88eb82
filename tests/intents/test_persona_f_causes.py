"""General causes behind what three persona chats found (a municipal HR officer, an English-only analyst, an
executive's assistant on PMQA 4.0), each in other wordings than the chats' and realistic_2911u.jsonl's (rules alone)."""

from __future__ import annotations

import pytest

from intents import entities
from tests.intents.rules_alone import read


@pytest.mark.parametrize("typed", ["ช่วยลบตัวที่ 3 ให้หน่อย", "ยกเลิกรายการแรกเลยค่ะ", "เอาเตือนอันสุดท้ายออก",
                                   "ไม่เอาอันที่หนึ่งแล้วครับ", "please delete the 2nd one", "remove the first reminder"])
def test_a_listed_item_removed_is_a_reminder_cancel(typed: str) -> None:
    u = read(typed)  # unknown (then a criterion of the unit talked about), a quiz, or a reminder to set, before
    assert u.intent == "reminder_cancel" and not u.entities.get("codes"), (u.intent, u.entities)


@pytest.mark.parametrize("typed", ["เอาอันแรกค่ะ", "เลือกตัวที่สอง"])
def test_a_listed_item_picked_is_no_cancel(typed: str) -> None:
    assert read(typed).intent != "reminder_cancel"


@pytest.mark.parametrize(("typed", "category"), [
    ("หมวดการมุ่งเน้นระบบปฏิบัติการมีกี่ข้อ", 6), ("ขอดูหมวดผลลัพธ์การดำเนินการหน่อย", 7),
    ("หมวด ด้านบุคลากร มีอะไรบ้าง", 5), ("ยุทธศาสตร์อยู่หมวดไหนคะ", 2),
    ("which category covers leadership?", 1), ("show me the strategic planning category", 2),
])
def test_a_pmqa_category_by_its_name(typed: str, category: int) -> None:
    u = read(typed)  # unknown, a competency search, or every item that names a word of it, before
    assert u.intent == "pmqa" and u.entities.get("category") == category and not u.entities.get("query"), \
        (u.intent, u.entities)


def test_a_category_name_is_only_read_where_a_category_is_meant() -> None:
    assert entities.category_named("การนำองค์การไปสู่ดิจิทัล") is None  # no "หมวด", no category asked
    assert read("ไซเบอร์อยู่หมวดไหนครับ").intent == "search"  # a competency area, as before
    assert read("Strategy Map ต้องมีในหมวดไหน").entities.get("category") is None  # a topic, not a category's name


@pytest.mark.parametrize(("typed", "level", "start"), [
    ("ประเด็น 2.2 ถ้าจะไปให้ถึง Advance จาก Basic ต้องทำอะไร", "Advance", "Basic"),
    ("ยกระดับหมวด 3 จากแอดวานซ์เป็นซิกนิฟิแคนซ์", "Significance", "Advance"),
    ("how do we step up 1.1 from basic to advance", "Advance", "Basic"),
])
def test_a_move_between_pmqa_levels_asks_the_level_reached(typed: str, level: str, start: str) -> None:
    u = read(typed)  # both levels, the lower first (its guidance only, after an item), before
    assert u.intent == "pmqa" and u.entities.get("level") == level and u.entities.get("level_from") == start, \
        (u.intent, u.entities)


def test_two_levels_compared_stay_two_levels() -> None:
    assert read("3.1 basic กับ advance ต่างกันตรงไหน").entities.get("levels") == ["Basic", "Advance"]


@pytest.mark.parametrize("typed", ["อยากลองประเมินความพร้อม PMQA ดูค่ะ", "ขอตรวจความพร้อม pmqa ของกองเรา",
                                   "I'd like to take the PMQA readiness check"])
def test_taking_the_readiness_check_is_a_start(typed: str) -> None:
    u = read(typed)  # PMQA's criteria 0.78, answered as an unclear profile answer while the group was asked, before
    assert u.intent == "quiz_start" and u.confidence >= 0.9, (u.intent, u.confidence)


@pytest.mark.parametrize("typed", ["PMQA 4.0 คืออะไรครับ", "tell me about pmqa 4.0"])
def test_pmqa_4_0_is_pmqa_itself(typed: str) -> None:
    u = read(typed)  # the topic "4.0", "not named in the criteria", before
    assert u.intent == "pmqa" and not u.entities.get("query"), u.entities


@pytest.mark.parametrize("typed", ["what roles exist?", "list the roles please", "how many roles does it define?"])
def test_the_roles_asked_in_english_are_the_groups_overview(typed: str) -> None:
    u = read(typed)  # a search for "roles", or a clarification, before
    assert u.intent == "role_overview" and u.entities.get("aspect") == "groups", (u.intent, u.entities)


@pytest.mark.parametrize("typed", ["could HR set deadlines for the whole team?", "can managers see staff results?"])
def test_what_hr_can_do_asked_in_english_is_help(typed: str) -> None:
    assert read(typed).intent == "help"


@pytest.mark.parametrize("typed", ["กรอบของ ก.พ. 2561 กับมาตรฐาน 2567 เหมือนหรือต่างกันยังไง",
                                   "what standards are these answers from?", "ระบบอ้างอิงกรอบอะไรบ้างครับ"])
def test_the_frameworks_asked_about_are_help(typed: str) -> None:
    assert read(typed).intent == "help"  # not understood, or a search for "frameworks", before


def test_one_code_old_and_new_stays_a_comparison() -> None:
    assert read("DS500 ของ ก.พ. กับ 2567 ต่างกันไหม").intent == "compare"


def test_documents_for_other_business_are_no_framework_question() -> None:
    assert read("ขอเบิกค่าอบรมต้องใช้เอกสารอะไรบ้างคะ").intent != "help"
