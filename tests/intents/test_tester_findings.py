"""Wrong turns found by chatting as an IT officer, an executive and an HR officer (2026-11-29)."""

from __future__ import annotations

import pytest

from intents import understand


@pytest.mark.parametrize("typed", ["หลักฐานของ DS7000", "ความรู้ DX700 มีอะไรบ้าง", "DS9999 ต้องมีทักษะอะไร"])
def test_a_code_that_does_not_exist_is_not_swapped_for_units_a_search_finds(typed: str) -> None:
    u = understand(typed)  # "หลักฐานของ DS7000" showed DL200's evidence, before
    assert u.intent == "unit_info" and not u.entities.get("codes") and u.entities.get("unknown_codes")


@pytest.mark.parametrize(("typed", "meant"), [("ok ยินยอมค่ะ", "consent"), ("โอเค ทำต่อ", "resume"),
                                              ("ไม่แน่ใจ ข้ามไปก่อน", "skip")])
def test_an_acknowledgement_before_a_command_leaves_the_command(typed: str, meant: str) -> None:
    from intents.commands import command

    assert command(typed) == meant


@pytest.mark.parametrize(("typed", "code"), [("DS7OO หลักฐาน", "DS700"), ("DL20l ต้องทำอะไรบ้าง", "DL201"),
                                             ("ds 7oo", "DS700"), ("DLit1OO คืออะไร", "DLit100")])
def test_a_code_typed_with_a_letter_for_a_digit_is_that_code(typed: str, code: str) -> None:
    u = understand(typed)  # DT500 from an earlier search, or "DL20 not found", before
    assert u.intent == "unit_info" and {c["code"] for c in u.entities["codes"]} == {code}


def test_a_word_with_such_letters_is_no_code() -> None:
    assert not understand("DOOR").entities.get("codes")


@pytest.mark.parametrize(("typed", "item"), [("หมวดสามข้อสาม ระดับเบสิค", "3.3"), ("หมวด 4 ข้อ 2", "4.2")])
def test_an_item_counted_within_its_category_with_kho(typed: str, item: str) -> None:
    assert understand(typed).entities.get("item") == item  # the category's first item, before


def test_adv_is_the_advance_level() -> None:
    assert understand("6.2 adv").entities.get("level") == "Advance"


def test_two_parts_of_a_unit_asked_together_are_both_read() -> None:
    u = understand("ds700 ความรู้ ทักษะ")  # only the knowledge was answered, before
    assert u.intent == "unit_info" and u.entities.get("aspects") == ["knowledge", "skills"]


@pytest.mark.parametrize(("typed", "question"), [("ข้อ 5 2 1", "5.2.1"), ("คำถาม 1 2 1 หมายถึงอะไร", "1.2.1")])
def test_a_pmqa_number_typed_with_spaces_for_dots(typed: str, question: str) -> None:
    assert understand(typed).entities.get("question") == question  # "5.2.5" in context, "unknown" alone, before


@pytest.mark.parametrize(("typed", "aspect"), [
    ("DL200 วัดผลด้วยวิธีไหนครับ สอบหรือดูพอร์ต", "assessment"),  # a portfolio named as a way of assessing
    ("DS700 ต้องมีพอร์ตอะไรบ้าง", "evidence"),
    ("ใครบ้างที่ควรผ่าน DS700 ครับ ตำแหน่งสายงานไหน", "occupations"),
    ("DG100 ที่ว่าปฏิบัติตามกฎหมาย มีเกณฑ์อะไรบ้างคะ", "criteria"),  # the title's "กฎหมาย" is no question of laws
    ("DG100 มีกฎหมายอะไรที่เกี่ยวข้อง", "laws"),
])
def test_the_part_of_a_unit_asked(typed: str, aspect: str) -> None:
    assert understand(typed).entities.get("aspect") == aspect


@pytest.mark.parametrize(("typed", "code"), [("เรื่อง backup ข้อมูล อยู่หน่วยไหนคะ", "DLit101.4"),
                                             ("แบ็คอัพไฟล์ อยู่หน่วยไหน", "DLit101.4"),
                                             ("ตัดต่อวิดีโอทำคลิปประชาสัมพันธ์ อยู่สมรรถนะตัวไหนครับ", "DLit302.5")])
def test_everyday_words_find_the_criterion_that_says_them_in_its_own_words(typed: str, code: str) -> None:
    u = understand(typed)  # nothing found, before
    assert u.intent == "search" and code in [c["code"] for c in u.entities["codes"]]


@pytest.mark.parametrize(("typed", "codes"), [("ดีจี ห้าร้อยหนึ่ง กับ ห้าร้อยสอง ต่างกันอย่างไรครับ", {"DG501", "DG502"}),
                                              ("DL201 และ สองร้อยสอง", {"DL201", "DL202"})])
def test_a_second_code_said_as_a_number_after_and_takes_the_first_ones_prefix(typed: str, codes: set[str]) -> None:
    u = understand(typed)  # one unit, before
    assert u.intent == "compare" and {c["code"] for c in u.entities["codes"]} == codes


@pytest.mark.parametrize("typed", ["ตามโปรไฟล์ของผม ต้องเรียนหน่วยไหนบ้างครับ", "ตามข้อมูลของฉัน ต้องมีทักษะอะไรบ้าง"])
def test_what_the_profile_needs_is_the_role_not_the_profile(typed: str) -> None:
    assert understand(typed).intent == "role_requirements"  # the profile shown, before


def test_a_booking_system_named_in_a_question_is_no_reminder() -> None:
    u = understand("ดิฉันดูแลระบบนัดคิวออนไลน์ อยากทราบว่า DS600 มีความสามารถย่อยอะไรบ้างคะ")  # reminder_set, before
    assert u.intent == "unit_info"
    assert understand("นัดส่งหลักฐาน DS700 วันที่ 15 ธ.ค.").intent == "reminder_set"


@pytest.mark.parametrize("typed", ["ไม่ต้องแล้วครับ", "ไม่ต้องแล้ว"])
def test_never_mind_in_thai_cancels(typed: str) -> None:
    assert understand(typed).intent == "cancel"  # not understood, before


@pytest.mark.parametrize(("typed", "agency"), [("ย้ายไปอยู่เทศบาลนครขอนแก่นแล้วครับ", "เทศบาลนครขอนแก่น"),
                                               ("ย้ายมาอยู่โรงพยาบาลขอนแก่นแล้วค่ะ", "โรงพยาบาลขอนแก่น")])
def test_a_move_to_a_municipality_or_a_hospital_sets_the_agency(typed: str, agency: str) -> None:
    u = understand(typed)  # not understood, before
    assert u.intent == "profile_set" and u.entities.get("agency") == agency


@pytest.mark.parametrize(("typed", "framework"), [("DL200 มาตรฐานปี 67", "std-2567"),
                                                  ("DS700 ฉบับปี 2567 ครับ", "std-2567"),
                                                  ("DL200 ของ ก.พ. ค่ะ", "ocsc-2561")])
def test_a_framework_named_beside_a_code_asks_for_no_part_of_it(typed: str, framework: str) -> None:
    u = understand(typed)  # "มาตรฐาน" found in DL200's knowledge read as asking for the knowledge, before
    assert u.intent == "unit_info" and "aspect" not in u.entities
    assert [c["framework"] for c in u.entities["codes"]] == [framework]


@pytest.mark.parametrize("typed", ["สวัสดีค่ะ เป็นเจ้าหน้าที่ HR ค่ะ", "หวัดดีครับ ผมเป็นแอดมินฝ่ายบุคคลครับ"])
def test_saying_one_is_hr_staff_is_no_request_to_be_put_through(typed: str) -> None:
    assert understand(typed).intent != "handoff"  # the model's guess opened a handoff and the bot went quiet, before


@pytest.mark.parametrize("typed", ["อยากคุยกับคนครับ", "ขอสายเจ้าหน้าที่หน่อย", "ติดต่อ HR ได้ไหมคะ"])
def test_asking_to_reach_someone_still_is(typed: str) -> None:
    assert understand(typed).intent == "handoff"


def test_a_programmer_works_in_no_agency_called_kromer() -> None:
    entities = understand("ผมเป็นโปรแกรมเมอร์ครับ องค์กรระยะ mature ต้องมีอะไรบ้าง").entities
    assert entities.get("group") == "Technologist" and not entities.get("agency")  # agency "กรมเมอร์", before
    assert understand("ผมอยู่กรมสรรพากรครับ").entities.get("agency") == "กรมสรรพากร"


def test_the_department_of_lands_is_an_agency_though_ที่_follows_its_kind() -> None:
    assert understand("ย้ายไปอยู่กรมที่ดินแล้วครับ").entities.get("agency") == "กรมที่ดิน"  # none, before
    assert "agency" not in understand("กรมที่ผมอยู่ระยะพัฒนาแล้ว").entities


@pytest.mark.parametrize(("typed", "kept"), [("ได้คะแนนน้อยสุดข้อไหน", "คะแนนน้อย"), ("มากกกกก", "มาก"),
                                             ("ครับบบบ", "ครับ")])
def test_a_consonant_repeated_for_emphasis_goes_but_not_one_that_starts_the_next_word(typed: str, kept: str) -> None:
    from intents.normalise import normalise

    assert kept in normalise(typed)  # "คะแนนน้อย" became "คะแน้อย", before
