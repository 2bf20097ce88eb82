"""General causes behind what two persona chats found (a cyber-security officer looking for security topics at the
criterion level; a LINE user clumsy with the bot), each in other wordings than the chats' and
realistic_2911w.jsonl's (rules alone)."""

from __future__ import annotations

import pytest

from tests.intents.rules_alone import after, read


def _found(typed: str) -> set[str]:
    u = read(typed)
    assert u.intent == "search", (u.intent, u.entities)
    return {str(c["code"]) for c in u.entities.get("codes") or ()}


@pytest.mark.parametrize(("typed", "code"), [
    ("ไฟร์วอล ต้องรู้อะไรบ้าง อยู่ข้อไหน", "DT501.2"),  # a security system chosen
    ("ระบบ firewall ขององค์กรอยู่ในเกณฑ์อะไร", "DLit103.2"),  # protecting against threats
    ("เรื่องช่องโหว่ของเว็บ อยู่มาตรฐานไหน", "CS300"),  # checking for cyber threats
    ("penetration test อยู่หน่วยไหน", "CS300"),
    ("โดนแฮกต้องทำไง อยู่เกณฑ์ไหน", "CS400"),  # responding to an attack
    ("security incident handling อยู่ตรงไหน", "DT501.3"),
    ("แผนกู้ข้อมูลหลังโดนโจมตี อยู่หน่วยไหน", "CS400"),  # response and recovery
    ("disaster recovery plan อยู่ unit ไหน", "CS400"),
    ("ตั้งพาสเวิร์ดให้ปลอดภัย อยู่ข้อไหน", "DLit303.4"),  # authentication
    ("ฟิชชิ่งทางอีเมล อยู่ในเกณฑ์ไหน", "DLit303.1"),  # threats handled
])
def test_a_security_officers_words_find_the_criteria(typed: str, code: str) -> None:
    # not found ("ไฟร์วอลล์", "ช่องโหว่", "กู้ คืน"), or a project unit for "incident response", before
    assert code in _found(typed)


def test_a_security_word_is_kept_whole() -> None:
    u = read("ป้องกันแรนซัมแวร์ยังไง อยู่หน่วยไหน")  # "แร นซัมแวร์" was searched and shown, before
    assert "แรนซัมแวร์" in str(u.entities.get("query")) and "DLit103.3" in {c["code"] for c in u.entities["codes"]}


@pytest.mark.parametrize(("earlier", "typed", "codes"), [
    (["DT501.4 อยู่หน่วยไหน"], "เทียบกับ DT600 หน่อยครับ", ["DT500", "DT600"]),
    (["DLit303 มีเกณฑ์อะไร"], "แล้วเทียบกับ DLit100 ล่ะคะ", ["DLit300", "DLit100"]),
])
def test_a_part_compared_with_a_unit_compares_its_unit(earlier: list[str], typed: str, codes: list[str]) -> None:
    u = after(earlier, typed)  # the criterion beside the unit (and the 2567 unit of the same code), before
    assert u.intent == "compare" and [c["code"] for c in u.entities["codes"]] == codes, u.entities
    assert all(c.get("framework") == "ocsc-2561" for c in u.entities["codes"]), u.entities


def test_a_part_compared_with_its_own_unit_stays_the_part() -> None:
    u = after(["DT501.4 อยู่หน่วยไหน"], "เทียบกับ DT500 หน่อย")
    assert [c["code"] for c in u.entities["codes"]][:1] == ["DT501.4"]


@pytest.mark.parametrize(("earlier", "typed", "code", "aspect"), [
    (["DL200 ต้องมีความรู้อะไรบ้าง"], "อุ๊ย พิมพ์ผิดค่ะ DS700", "DS700", "knowledge"),
    (["DS700 ต้องใช้หลักฐานอะไร"], "โทษที หมายถึง DL200 ครับ", "DL200", "evidence"),
    (["DS600 มีเกณฑ์อะไรบ้าง"], "ไม่ใช่ DS600 หมายถึง DS700", "DS700", "criteria"),
])
def test_a_corrected_code_keeps_the_question(earlier: list[str], typed: str, code: str, aspect: str) -> None:
    u = after(earlier, typed)  # the unit's overview ("หมายถึง" read as "what does it mean"), before
    assert u.intent == "unit_info" and u.entities.get("aspect") == aspect, u.entities
    assert {c["code"] for c in u.entities["codes"]} == {code}, u.entities


def test_what_a_code_means_is_no_correction() -> None:
    assert read("DS700 หมายถึงอะไร").entities.get("aspect") in ("overview", "description")


@pytest.mark.parametrize("typed", ["อยากเริ่มใหม่ตั้งแต่ต้นค่ะ", "เริ่มต้นใหม่หมดเลยครับ", "งั้นเริ่มใหม่อีกรอบ",
                                   "restart", "can we start again?"])
def test_starting_over_is_the_opening(typed: str) -> None:
    assert read(typed).intent == "greeting"  # not understood, before


def test_starting_over_with_a_question_is_the_question() -> None:
    assert read("เริ่มใหม่ DS700 มีเกณฑ์อะไร").intent == "unit_info"


@pytest.mark.parametrize("typed", ["👍👍👍", "🙏🏽", "❤️", "👌👌 ครับ"])
def test_an_emoji_of_thanks_is_thanks(typed: str) -> None:
    assert read(typed).intent == "thanks"  # not understood, before


@pytest.mark.parametrize("typed", ["😢", "🤔🤔"])
def test_other_emoji_are_not_thanks(typed: str) -> None:
    assert read(typed).intent != "thanks"


@pytest.mark.parametrize(("typed", "intent"), [
    ("ขอแก้ไขข้อมูลส่วนตัวค่ะ", "profile_set"), ("กดแก้ไขข้อมูล", "profile_set"),
    ("ขอดูสิ่งที่ต้องมีหน่อย", "role_requirements"),
])
def test_the_profile_cards_labels_typed_later(typed: str, intent: str) -> None:
    assert read(typed).intent == intent  # a criteria search for "แก้ไข ข้อมูล", or not understood, before


def test_correcting_data_in_a_system_is_still_a_topic() -> None:
    assert read("การแก้ไขข้อมูลที่ผิดพลาดอยู่หน่วยไหน").intent == "search"


def test_a_topic_the_framework_named_lacks_is_shown_where_it_is() -> None:
    u = read("เรื่องแบ็กอัปข้อมูล มาตรฐานปี 67 มีมั้ย")  # a one-option clarification (a fuzzy "ข้อมูล"), before
    assert u.intent == "search" and not u.entities.get("framework"), u.entities
    assert "DLit101.4" in {c["code"] for c in u.entities["codes"]}


def test_a_topic_the_framework_named_holds_stays_in_it() -> None:
    u = read("ภัยไซเบอร์ของปี 67 อยู่หน่วยไหน")
    assert u.entities.get("framework") == "std-2567", u.entities


def test_a_filler_word_is_no_topic() -> None:
    assert read("ช่องโหว่เนี่ยอยู่เกณฑ์ไหน").entities.get("query") == "ช่องโหว่"
