"""Answers behind holdout_2911d's remaining answer misses, through the whole engine, in other wordings."""

from __future__ import annotations

import pytest

from content.catalog import get_catalog
from intents import understand
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]


@pytest.mark.parametrize("code", ["DG300", "DLit200"])
async def test_criteria_asked_of_a_code_whose_first_framework_lists_only_its_title(chat: Chat, code: str) -> None:
    """The standard's list names DG300 without criteria; the OCSC framework's criteria are the answer, in
    full, not one press away behind "same as above"."""
    await consented(chat)
    await chat.send(f"{code} มีเกณฑ์อะไรบ้างครับ")
    ocsc = get_catalog().unit("ocsc-2561", code)
    assert ocsc is not None and ocsc.criteria
    assert all(c.text_th in chat.text() for c in ocsc.criteria), chat.text()


async def test_an_element_named_for_a_self_assessment_is_asked_first(chat: Chat) -> None:
    await consented(chat)
    await chat.send("อยากประเมินตัวเองเรื่อง DS702 ค่ะ")
    assert "เกณฑ์ DS702." in chat.text() and "DS701." not in chat.text(), chat.text()
    assert "ข้อ 1/" in chat.text()
    for _ in range(3):  # DS702's three criteria, then the unit's first
        await chat.send("3")
    assert "เกณฑ์ DS701." in chat.text() and "ข้อ 4/" in chat.text(), chat.text()


@pytest.mark.parametrize(("typed", "category"), [("หมวด 1 การนำองค์การ มีประเด็นอะไรบ้าง", 1),
                                                 ("หมวดห้า การมุ่งเน้นบุคลากร มีกี่ข้อ", 5)])
def test_a_category_named_with_its_own_title_is_the_category(typed: str, category: int) -> None:
    entities = understand(typed).entities  # its first item, whose title shares the words, before
    assert entities.get("category") == category and "item" not in entities


async def test_two_units_compared_once_in_full_and_the_other_framework_in_a_line_each(chat: Chat) -> None:
    """DS700 and DS600: the framework that details both side by side; the 2567 standard's titles in a line
    each, not two more blocks repeating DS700's elements."""
    await consented(chat)
    await chat.send("ดีเอส700 เทียบกับ ดีเอส600 หน่อยครับ")
    text = chat.text()
    assert text.count("DS701 ") == 1, text  # DS700's elements listed once, before in both frameworks
    assert "ปรับปรุงงานบริการดิจิทัลเพื่อยกระดับอย่างต่อเนื่อง (มีเพียงชื่อหน่วย)" in text
    await chat.send("DL100 กับ DL300 ต่างกันตรงไหน")
    assert "คนละสมรรถนะกับ DL100 ข้างบน" in chat.text()  # the same code, another competency in 2567


async def test_a_unit_of_one_framework_is_compared_within_it(chat: Chat) -> None:
    """DT600 is only the OCSC letter's: DS700 beside it is the letter's too (the 2567 standard's DS700 had been set
    beside it), the 2567 one said in a line."""
    await consented(chat)
    await chat.send("ds700กับdt600ต่างกันยังไง")
    text = chat.text()
    assert "บริหารจัดการประสิทธิภาพการให้บริการและการทำงานดิจิทัล" in text.split("DT600 วิเคราะห์ข้อมูล")[0]  # OCSC's
    assert "DS700 มีในมาตรฐานสมรรถนะผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐด้วย" in text
    assert "สองรหัสนี้คือ" not in text  # (DT600 is in no other framework)
    assert len(chat.data()) == len(set(chat.data()))


@pytest.mark.parametrize("typed", ["ตัวที่ 2", "อันที่สอง", "the second one"])
async def test_the_nth_under_a_unit_card_is_its_nth_element_not_the_nth_button(chat: Chat, typed: str) -> None:
    await consented(chat)
    await chat.send("DLit100")  # its card: "ดูทั้งหมด" first, then DLit101 … DLit104
    await chat.send(typed)
    assert "DLit102.1" in chat.text() and "DLit101.1" not in chat.text(), chat.text()  # DLit101 (2nd button), before


async def test_a_part_asked_with_no_unit_says_only_the_detailed_units_list_it(chat: Chat) -> None:
    await consented(chat)
    await chat.send("หลักฐานมีอะไรบ้างครับ")  # both units' lists without a word why, before
    assert "เฉพาะหน่วยที่มีรายละเอียด" in chat.last[0].text and \
        "DL200, DS700" in chat.text(), chat.text()
    await chat.send("หลักฐานของ DS700 มีอะไร")
    assert "เฉพาะหน่วยที่มีรายละเอียด" not in chat.text()  # a unit named: its part, no lead
