"""Topics made with ความรู้ ("คลังความรู้", "องค์ความรู้") are topics: ความรู้ in them is no request for a unit's
knowledge, and a search for them keeps the whole word."""

from __future__ import annotations

import pytest

from tests.intents.rules_alone import after, read


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("มีหน่วยที่พูดถึงการจัดทำคลังความรู้ไหมครับ", "DTr301.2"),
        ("ทำคลังความรู้ KM ต้องดูสมรรถนะไหน", "DTr301.2"),
        ("เรื่องการถ่ายทอดองค์ความรู้อยู่ตรงไหนครับ", "DS603.3"),
    ],
)
def test_a_topic_made_with_knowledge_is_searched_whole(text: str, code: str) -> None:
    u = read(text)
    assert u.intent == "search"
    assert any(f["code"] == code for f in u.entities.get("found", ())), u.entities


def test_a_knowledge_topic_asked_where_after_a_unit_is_a_search_not_that_units_knowledge() -> None:
    u = after(["DS700 มีอะไรบ้าง"], "อยากรู้ว่าการแลกเปลี่ยนความรู้ในทีม อยู่หน่วยไหน")
    assert u.intent == "search", u


def test_the_units_knowledge_after_it_is_still_its_knowledge() -> None:
    u = after(["DS700 มีอะไรบ้าง"], "แล้วความรู้ล่ะ")
    assert (u.intent, u.entities.get("aspect")) == ("unit_info", "knowledge")
    assert [c["code"] for c in u.entities["codes"]][:1] == ["DS700"]
