"""What two persona chats found (a newly hired ministry programmer, a provincial HR officer), read with the rules
alone, in wordings other than the chats' and the set's."""

from __future__ import annotations

import pytest

from tests.intents.rules_alone import after, codes, read


@pytest.mark.parametrize(("earlier", "text", "code"), [
    ("DT600 ต้องทำอะไรบ้าง", "แล้วหน่วยย่อยที่๔ล่ะ", "DT604"),
    ("DS700 มีอะไรบ้างครับ", "องค์ประกอบที่สามต้องทำอะไร", "DS703"),
    ("dlit100 ต้องทำไรบ้าง", "องค์ประกอบ 2 ล่ะคะ", "DLit102"),
])
def test_an_element_counted_by_the_standards_own_words(earlier: str, text: str, code: str) -> None:
    """"องค์ประกอบที่ ๒" / "หน่วยย่อยที่ 4" after a unit is its element of that place (the whole unit came back)."""
    u = after([earlier], text)
    assert u.intent == "unit_info" and codes(u) == {code}, u


@pytest.mark.parametrize("text", ["DL201 ต้องมีประกาศนียบัตรไหม", "do I need a certification for DS700",
                                  "ใช้ใบเซอร์ยื่น DS700 ได้มั้ย", "DL202 ต้องยื่น cert ด้วยไหมครับ"])
def test_a_certificate_asked_after_is_the_units_evidence(text: str) -> None:
    """The standard lists certificates among the evidence ("ประกาศนียบัตรต่างๆ จากการฝึกอบรม…"): "cert" was a search."""
    u = read(text)
    assert u.intent == "unit_info" and u.entities.get("aspect") == "evidence", u


def test_a_certificate_after_a_unit_is_that_units_evidence() -> None:
    u = after(["DT700 ต้องทำอะไรบ้าง"], "ต้องมีใบเซอร์อะไรไหมครับ")
    assert u.intent == "unit_info" and codes(u) == {"DT700"} and u.entities.get("aspect") == "evidence", u


@pytest.mark.parametrize(("text", "intent", "entities"), [
    ("พี่อยู่กลุ่มบริการค่ะ", "profile_set", {"group": "Service"}),
    ("คะแนนของพี่เท่าไหร่คะ", "progress", {}),
    ("พี่เป็นเจ้าหน้าที่ด้านเทคโนโลยีค่ะ", "profile_set", {"group": "Technologist"}),
])
def test_phi_said_of_oneself_is_the_first_person(text: str, intent: str, entities: dict[str, str]) -> None:
    """An officer calls herself "พี่" to the bot as to a junior: "ผลประเมินของพี่" was a topic search."""
    u = read(text)
    assert u.intent == intent and all(u.entities.get(k) == v for k, v in entities.items()), u


def test_phi_of_others_or_to_the_bot_is_left_alone() -> None:
    assert read("พี่ช่วยอธิบาย DS700 หน่อย").intent == "unit_info"
    assert "ฉัน" not in read("พี่ๆในกองต้องมีหน่วยอะไรบ้าง").normalised


@pytest.mark.parametrize("text", ["app dev อยู่หน่วยไหน", "งาน coding ต้องใช้หน่วยไหน", "web dev เกี่ยวกับหน่วยอะไร"])
def test_a_programmers_shorthand_finds_the_software_unit(text: str) -> None:
    """"software dev" found nothing: the criteria say "พัฒนาซอฟต์แวร์"."""
    u = read(text)
    assert u.intent == "search" and "DT700" in codes(u), u
