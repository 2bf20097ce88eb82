"""PMQA 4.0 answer gaps (issue 10, answers8 findings 1-4) in the whole dialog; other wordings than found. The
texts checked are read from the catalog's PMQA data, never typed here."""

from __future__ import annotations

from bot.dialog.actions import pmqa_action
from content.catalog import get_catalog
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions  # noqa: F401 - fixtures


async def test_where_a_pmqa_topic_is_lists_every_item_naming_it_the_heading_first(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    catalog = get_catalog()
    for typed in ("Data Governance อยู่ในหมวดไหนครับ", "PMQA หมวดไหนพูดถึง data governance"):
        await chat.send(typed)
        text = chat.text()
        basic = catalog.pmqa_item("4.4").level_summary["Basic"]  # type: ignore[union-attr]
        assert basic in text and "4.3" in text, text
        assert text.index(basic) < text.index("4.3 "), text  # the item whose heading names it comes first
        assert chat.data()[:2] == [pmqa_action("4.4"), pmqa_action("4.3")], chat.data()
        assert "หน่วยที่ตรงกับ" not in text, text


async def test_two_items_are_compared_side_by_side(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    catalog = get_catalog()
    await chat.send("3.4 กับ 3.2 ต่างกันอย่างไร")
    text = chat.text()
    for code in ("3.4", "3.2"):
        item = catalog.pmqa_item(code)
        assert item is not None and item.title_th in text, text
        for summary in item.level_summary.values():
            assert summary in text, text


async def test_category_7_measures_about_a_topic_are_listed(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    data = get_catalog().pmqa_extra["category7"]
    await chat.send("หมวด 7 มีตัวชี้วัดเรื่องนวัตกรรมบ้างไหม")
    text = chat.text()
    measures = [m["text"] for g in data["measure_groups"] for m in g["measures"] if "นวัตกรรม" in m["text"]]
    assert measures and all(m in text for m in measures), text
    assert data["notes"][0] not in text.split("\n")[0], text  # the measures first, not the general rule


async def test_two_category_7_items_compared_show_the_indicators_they_differ_in(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    catalog = get_catalog()
    await chat.send("ข้อ 7.1 กับ 7.3 ต่างกันตรงไหนครับ")  # their levels read alike: the same three lines twice, before
    text = chat.text()
    groups = {g["code"]: g for g in catalog.pmqa_extra["category7"]["measure_groups"]}
    for code in ("7.1", "7.3"):
        for measure in groups[code]["measures"]:
            assert measure["text"] in text, text
    basic = catalog.pmqa_item("7.1").level_summary["Basic"]  # type: ignore[union-attr]
    assert text.count(basic) == 1, text  # the shared levels once
