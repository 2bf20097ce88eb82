"""PMQA 4.0 answer gaps (issue 10, answers8 findings 1-4) in what a message means; other wordings than found."""

from __future__ import annotations

import pytest

from intents import CONFIDENCE_THRESHOLD, understand


@pytest.mark.parametrize("typed", ["Data Governance อยู่ในหมวดไหนครับ", "data governance อยู่หมวดอะไรคะ"])
def test_a_topic_a_pmqa_heading_names_is_asked_of_pmqa(typed: str) -> None:
    # "Data Governance" is 4.4 Basic's overview cell; no competency unit's title names it whole
    u = understand(typed)
    assert u.intent == "pmqa" and u.confidence >= CONFIDENCE_THRESHOLD, u
    assert u.entities.get("query") == "data governance", u


@pytest.mark.parametrize("typed", ["ไซเบอร์อยู่หมวดไหนครับ", "AI อยู่ในหมวดไหน"])
def test_a_topic_a_unit_title_names_stays_a_search(typed: str) -> None:
    # "ไซเบอร์" is in 4.4 Advance's cell too, but the CS units are titled by it; "AI" is in no PMQA heading
    assert understand(typed).intent == "search"


@pytest.mark.parametrize(("typed", "items"), [
    ("3.4 กับ 3.2 ต่างกันอย่างไร", ["3.4", "3.2"]),
    ("เปรียบเทียบ 1.1 และ 1.2 หน่อย", ["1.1", "1.2"]),
])
def test_two_items_named_are_both_read(typed: str, items: list[str]) -> None:
    u = understand(typed)
    assert u.intent == "pmqa" and u.confidence >= CONFIDENCE_THRESHOLD, u
    assert u.entities.get("items") == items, u


def test_a_question_number_is_no_pair_of_items() -> None:
    assert "items" not in understand("คำถาม 4.4.1 คืออะไร").entities


def test_the_pmqa_word_for_an_item_is_no_topic_word() -> None:
    from intents import understand

    u = understand("data governance อยู่ในประเด็นใดของ PMQA ครับ")  # "data governance ประเด็น" matched nothing, before
    assert u.intent == "pmqa" and u.entities.get("query") == "data governance", u.entities
