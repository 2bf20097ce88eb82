"""Topic searches in everyday words (issue 10): question words written together, English terms of the sources in
any case, product names no text uses, laws by their kind, and a unit's matches ranked by how much of the typed topic
each covers. Wordings other than the holdout's and realistic_2911s.jsonl's; read with the rules alone."""

from __future__ import annotations

import pytest

from tests.intents.rules_alone import codes as _codes
from tests.intents.rules_alone import read as _read


def _found(text: str) -> list[str]:
    return [f["code"] for f in _read(text).entities.get("found", [])]


@pytest.mark.parametrize(("text", "query"), [
    ("ISO 20000 มีอยู่ในเกณฑ์ไหนบ้าง", "iso 20000"),
    ("เรื่องคลาวด์อยู่ตรงไหนของสมรรถนะ", "คลาวด์"),  # "สมรรถนะ" does not end in the particle "นะ"
    ("thegif2.0 อยู่ตรงไหน", "thegif 2.0"),
])
def test_question_words_written_together_are_no_topic(text: str, query: str) -> None:
    u = _read(text)
    assert u.intent == "search"
    assert u.entities["query"] == query


@pytest.mark.parametrize(("text", "code"), [
    ("ITERATION อยู่หน่วยไหน", "DT702.4"),  # "(Iteration)" in the criterion
    ("Hospitable อยู่ในหน่วยไหนคะ", "DS700"),  # a skill of the 2567 unit
    ("ThEgIf อยู่ข้อไหน", "DS201.3"),  # "THeGIF2.0"
    ("ใช้ min max หาค่าสูงสุด อยู่ข้อไหนครับ", "DLit702.1"),  # "(Sum, Avg, Min, Max)": the English terms alone
])
def test_english_terms_of_the_sources_in_any_case(text: str, code: str) -> None:
    u = _read(text)
    assert u.intent == "search"
    assert code in _codes(u)


def test_a_product_name_no_text_uses_does_not_count_against_the_rest() -> None:
    # "numbers" is in no text: "ใช้สูตรฟังก์ชันเพื่อการคำนวณ" holds all the rest of the topic
    assert _found("ใช้ numbers ทำสูตรคำนวณ อยู่หน่วยไหน")[0] == "DLit202.5"


def test_the_match_covering_more_of_the_typed_words_comes_first() -> None:
    # "สูตร" and "คำนวณ" before "จัดการตารางคำนวณ", found only by the wording "ตารางคำนวณ" of "google sheets"
    found = _found("สูตรคำนวณใน google sheets อยู่ข้อไหน")
    assert found[0] == "DLit202.5"
    assert "DLit202.1" in found


def test_a_law_by_its_kind() -> None:
    u = _read("ยกร่าง พระราชบัญญัติ เสนอเข้าสู่การพิจารณา อยู่เกณฑ์ไหน")
    assert u.intent == "search"
    assert "DG603.3" in _codes(u)


def test_an_element_holding_every_word_of_the_topic_is_shown() -> None:
    # the element "เสนอร่างกฎหมายต่อหน่วยงานที่เกี่ยวข้อง" holds all of "เสนอ ร่าง กฎหมาย": not only a criterion
    assert "DG603" in _found("จะเสนอร่างกฎหมายใหม่ อยู่ในสมรรถนะไหนคะ")


def test_a_common_english_word_alone_is_no_topic_of_its_own() -> None:
    # "data" is in dozens of texts: it is not searched alone beside the Thai words
    from intents.engine import default_understander

    titles = default_understander().titles
    assert titles.latin_terms("วิเคราะห์ data ของกรม") == ""
    assert titles.latin_terms("ให้ feedback ทีมงาน") == "feedback"
    assert titles.latin_terms("feedback") == ""  # all the topic says: it is the query already


@pytest.mark.parametrize(("typed", "code"), [("Design Thinking อยู่หน่วยไหนคะ", None),
                                             ("Project Charter อยู่หน่วยไหนครับ", "SPM403"),
                                             ("Root Cause Analysis อยู่ในสมรรถนะไหน", "SPM501.2")])
def test_the_text_that_writes_the_english_term_comes_before_thai_wordings_of_part_of_it(typed: str,
                                                                                        code: str | None) -> None:
    codes = [c["code"] for c in _read(typed).entities.get("codes") or []]
    assert codes, typed
    if code is not None:  # before: units that a Thai word for "project" found came first
        assert codes[0] == code, codes


def test_every_everyday_word_of_a_topic_is_also_put_in_the_catalogs_words_at_once() -> None:
    from intents.engine import topic_wordings

    wordings = topic_wordings("เก็บ ความเห็น ผู้ใช้บริการ", english=False)
    assert any("ความคิดเห็น" in w and "ผู้รับบริการ" in w for w in wordings), wordings  # one at a time, before


@pytest.mark.parametrize("typed", ["ทดสอบเสมือนจริงก่อนใช้งานจริง อยู่ข้อไหน", "ทำแบบทดสอบการเจาะระบบ อยู่หน่วยไหนคะ"])
def test_a_test_named_as_a_topic_whose_place_is_asked_is_a_search(typed: str) -> None:
    assert _read(typed).intent == "search"  # quiz_start ("ทดสอบ"), before
