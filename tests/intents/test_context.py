"""Follow-ups lean on the topic the message before left."""

from __future__ import annotations

from intents import Understander
from intents.context import REDATE, follow_up, topic_of
from tests.intents.conftest import NOW


def _after(u: Understander, first: str, then: str) -> dict[str, object]:
    topic = topic_of(u.understand(first, now=NOW))
    got = follow_up(u.understand(then, now=NOW), topic, catalog=u.catalog)
    return {"intent": got.intent, **got.entities}


def test_an_aspect_after_a_code(real: Understander) -> None:
    got = _after(real, "DS700 มีเกณฑ์อะไรบ้าง", "แล้วหลักฐานล่ะ")
    assert got["intent"] == "unit_info" and got["aspect"] == "evidence"
    assert {c["code"] for c in got["codes"]} == {"DS700"}  # type: ignore[attr-defined]


def test_a_phase_after_a_role(real: Understander) -> None:
    got = _after(real, "ผอ.กอง ระยะเริ่มต้น", "แล้วระยะกำลังพัฒนาล่ะ")
    assert (got["intent"], got["group"], got["phase"]) == ("role_requirements", "Management", "Developing")


def test_a_level_and_the_next_question_after_pmqa(real: Understander) -> None:
    got = _after(real, "หมวด 4 ระดับ Basic", "Advance ล่ะ")
    assert (got["intent"], got["category"], got["level"]) == ("pmqa", 4, "Advance")
    got = _after(real, "5.2.1 คืออะไร", "ข้อถัดไปล่ะ")
    assert (got["intent"], got["question"]) == ("pmqa", "5.2.2")


def test_another_category_after_a_category_at_a_level_keeps_the_level(real: Understander) -> None:
    got = _after(real, "หมวด 4 ระดับ advance มีอะไรบ้างคะ", "แล้วหมวด 5 ล่ะคะ")
    assert (got["intent"], got["category"], got.get("level")) == ("pmqa", 5, "Advance")
    got = _after(real, "PMQA category 4 advance level", "what about category 6?")
    assert (got["intent"], got["category"], got.get("level")) == ("pmqa", 6, "Advance")
    got = _after(real, "หมวด 4 ระดับ advance", "หมวด 5 คืออะไร")  # asked anew: the category itself
    assert (got["intent"], got["category"], got.get("level")) == ("pmqa", 5, None)


def test_pmqa_follow_ups_after_a_category_keep_its_level_and_number_its_items(real: Understander) -> None:
    got = _after(real, "หมวด 1 ระดับ Advance", "แล้วหมวดถัดไปล่ะ")  # the level had been dropped
    assert (got["intent"], got["category"], got.get("level")) == ("pmqa", 2, "Advance")
    got = _after(real, "หมวด 2", "ระดับ Advance ของหมวดนี้ล่ะ")  # the overview again, before
    assert (got["intent"], got["category"], got.get("level")) == ("pmqa", 2, "Advance")
    got = _after(real, "หมวด 2", "ข้อ 2 คืออะไร")  # the overview again, before
    assert (got["intent"], got["category"], got.get("item")) == ("pmqa", 2, "2.2")


def test_a_message_that_names_its_own_subject_leaves_pmqa(real: Understander) -> None:
    # Found by chatting as an executive: after one PMQA answer every later question became PMQA.
    got = _after(real, "PMQA หมวด 4 ระดับ Advance", "หมวด 7 มีตัวชี้วัดอะไรบ้าง")
    assert (got["intent"], got["category"]) == ("pmqa", 7)
    got = _after(real, "หมวด 7 มีตัวชี้วัดอะไรบ้าง", "คำถาม 5.2.1 ถามว่าอะไร")
    assert (got["intent"], got["question"]) == ("pmqa", "5.2.1")
    got = _after(real, "3.4 ระดับ significance", "ผู้อำนวยการกอง ระยะเริ่มต้น ต้องมีอะไรบ้าง")
    assert (got["intent"], got["group"], got["phase"]) == ("role_requirements", "Management", "Early")
    got = _after(real, "หมวด 7 มีตัวชี้วัดอะไรบ้าง", "Big Data อยู่หน่วยไหนครับ")
    assert got["intent"] == "search"


def test_a_message_with_its_own_code_keeps_it(real: Understander) -> None:
    got = _after(real, "DS700 มีเกณฑ์อะไรบ้าง", "DL200 หลักฐานล่ะ")
    assert {c["code"] for c in got["codes"]} == {"DL200"}  # type: ignore[attr-defined]


def test_a_part_asked_after_a_code_stays_with_that_code(real: Understander) -> None:
    # Acceptance chat: after DS700, "หลักฐานความรู้ต้องเป็นแบบไหน" showed DL200's evidence as well (both
    # units' evidence says หลักฐานความรู้) and "กฎหมายที่เกี่ยวข้องมีไรบ้าง" the laws of DG600 (its title
    # holds กฎหมาย): words found in a unit are no name for it.
    for then, aspect in (("หลักฐานความรู้ต้องเป็นแบบไหน", "evidence"), ("กฎหมายที่เกี่ยวข้องมีไรบ้าง", "laws")):
        got = _after(real, "ขอบเขตของ DS700", then)
        assert got["aspect"] == aspect
        assert {c["code"] for c in got["codes"]} == {"DS700"}  # type: ignore[attr-defined]


def test_a_title_written_out_names_its_unit_after_another_code(real: Understander) -> None:
    got = _after(real, "ขอบเขตของ DS700", "ออกแบบองค์กรดิจิทัลมีหลักฐานอะไร")
    assert "DL200" in {c["code"] for c in got["codes"]}  # type: ignore[attr-defined]
    assert "DS700" not in {c["code"] for c in got["codes"]}  # type: ignore[attr-defined]


def test_a_pmqa_topic_of_its_own_leaves_the_last_category(real: Understander) -> None:
    # Acceptance chat: after หมวด 4, "PMQA ข้อที่ว่าด้วยความปลอดภัยไซเบอร์" showed หมวด 4 again.
    got = _after(real, "PMQA หมวด 4 มีอะไรบ้าง", "PMQA ข้อที่ว่าด้วยความปลอดภัยไซเบอร์")
    assert got["intent"] == "pmqa" and "ไซเบอร์" in str(got["query"]) and "category" not in got


def test_pmqa_named_anew_is_not_a_follow_up(real: Understander) -> None:
    # Acceptance chat: "PMQA คืออะไร" after question 4.4.2 showed 4.4.2 again.
    got = _after(real, "คำถาม 4.4.2", "PMQA คืออะไร")
    assert "question" not in got and "item" not in got
    got = _after(real, "คำถาม 4.4.2", "PMQA ข้อถัดไป")  # naming PMQA with "next" still leans
    assert got["question"] == "4.4.3"


def test_one_side_compared_with_the_role_just_shown(real: Understander) -> None:
    # Acceptance chat: "ต่างจากระยะกำลังพัฒนายังไง" after the executives' early phase listed the other phase.
    first = "ผู้บริหารระดับสูง ระยะเริ่มต้น ต้องมีอะไร"
    got = _after(real, first, "ต่างจากระยะกำลังพัฒนายังไง")
    assert (got["intent"], got["group"], got["phases"]) == ("compare", "Executive", ["Early", "Developing"])
    got = _after(real, first, "แล้วต่างกับผอ.กองยังไง")
    assert (got["intent"], got["groups"], got["phase"]) == ("compare", ["Executive", "Management"], "Early")
    got = _after(real, first, "แล้วระยะกำลังพัฒนาล่ะ")  # no comparison word: that phase's list
    assert (got["intent"], got["phase"]) == ("role_requirements", "Developing")


def test_a_roles_knowledge_asked_after_it(real: Understander) -> None:
    # Acceptance chat: "แล้วประสบการณ์ล่ะ" after a role became a search for "แล้ว ประสบการณ์".
    got = _after(real, "ผอ.สำนัก ระยะพัฒนาแล้ว ต้องมีอะไร", "แล้วประสบการณ์ล่ะ")
    assert (got["intent"], got["group"], got["phase"], got["aspect"]) == (
        "role_requirements", "Management", "Mature", "description")


def test_a_profile_command_after_a_role_sets_the_profile(real: Understander) -> None:
    # Acceptance chat: after a role, "ตั้งค่าโปรไฟล์ ผู้บริหารระดับสูง ระยะเริ่มต้น" listed that role's units.
    got = _after(real, "กลุ่มอื่นๆ ระยะเริ่มต้นนะครับ", "ตั้งค่าโปรไฟล์ ผู้บริหารระดับสูง ระยะเริ่มต้น")
    assert (got["intent"], got["group"], got["phase"]) == ("profile_set", "Executive", "Early")


def test_words_that_are_no_pmqa_question_do_not_repeat_the_last_answer(real: Understander) -> None:
    # Acceptance chat: "ทำแล้ว", "มีบางส่วน", "ไม่แน่ใจค่ะ" after หมวด 1 each showed หมวด 1 again.
    for typed in ("ทำแล้ว", "มีบางส่วน", "ไม่แน่ใจค่ะ"):
        got = _after(real, "PMQA หมวด 1 มีอะไรบ้าง", typed)
        assert got.get("category") != 1, typed
    got = _after(real, "PMQA หมวด 1 มีอะไรบ้าง", "ข้อถัดไปคืออะไร")  # the next category
    assert (got["intent"], got["category"]) == ("pmqa", 2)
    got = _after(real, "PMQA หมวด 1 มีอะไรบ้าง", "advance ล่ะ")
    assert (got["intent"], got["category"], got["level"]) == ("pmqa", 1, "Advance")


def test_nothing_leans_without_a_topic(real: Understander) -> None:
    got = real.understand("แล้วหลักฐานล่ะ", now=NOW)
    assert follow_up(got, None) is got


def test_this_unit_after_several_units_found_as_equals_is_the_one_listed_first() -> None:
    # Findings in three units, the third holding as many as the other two together: the answer lists them as equals
    # with the best match first, so "หน่วยนี้" next is that one, not the unit with the most findings.
    from intents.result import Understanding
    found = ["DS301.2", "DTr202.1", "DLit301", "DLit301.1", "DLit301.2"]
    equals = topic_of(Understanding("ระบบจองคิว", "ระบบจองคิว", "th", "search", 0.9, {"codes": found, "found": True}))
    assert equals is not None and equals["codes"] == ["DS301.2"]
    mostly = topic_of(Understanding("พิมพ์เขียว", "พิมพ์เขียว", "th", "search", 0.9,
                                    {"codes": ["DL203.01", "DL201", "DL202.1", "DS301"], "found": True}))
    assert mostly is not None and mostly["codes"] == ["DL200"]  # most findings in one unit: that unit


def test_a_roles_part_asked_in_english_after_the_role(real: Understander) -> None:
    for then in ("and the knowledge part?", "what about experience?", "competencies?"):
        got = _after(real, "What does a division director in a developing-stage agency need?", then)
        assert (got["intent"], got["group"], got["phase"]) == ("role_requirements", "Management", "Developing"), then


def test_a_remembered_follow_up_is_of_its_own_topic_and_a_date_asked_again_reads_the_clock(real: Understander) -> None:
    # Follow-ups are remembered by the message and the topic: the same message after another topic is read afresh.
    again = real.understand("แล้วหลักฐานล่ะ", now=NOW)
    for code in ("DS700", "DL201", "DS700"):
        got = follow_up(again, topic_of(real.understand(f"{code} มีเกณฑ์อะไรบ้าง", now=NOW)), catalog=real.catalog)
        assert [c["code"] for c in got.entities["codes"]] == [code] and got.entities["aspect"] == "evidence"
    # A date asked again after an impossible one is read against the clock of each message, never remembered.
    topic = topic_of(real.understand("เตือนส่งหลักฐาน DS700 วันที่ 31 เม.ย.", now=NOW))
    assert topic is not None and topic.get(REDATE)
    day = real.understand("งั้น 30 เม.ย.", now=NOW)
    dues = {follow_up(day, topic, catalog=real.catalog, now=now).entities.get("due")
            for now in (NOW, NOW.replace(year=NOW.year + 1))}
    assert len(dues) == 2, dues
