"""How people really type: no tone marks, dropped vowels, slang, Thai-lettered codes, product names."""

from __future__ import annotations

from typing import Any

import pytest

from bot.dialog.answers.missing import nearest_codes
from intents import Understander
from intents.context import follow_up, topic_of
from intents.dates import ImpossibleDate, parse_due
from intents.engine import fix_spelling
from intents.lexicon import thai_pattern
from intents.normalise import bare, bare_sub, normalise, typed_span
from tests.intents.conftest import NOW


def _codes(entities: dict[str, Any]) -> set[tuple[str, str]]:
    return {(c["framework"], c["code"]) for c in entities.get("codes", [])}


def _plain_codes(entities: dict[str, Any]) -> set[str]:
    return {c["code"] for c in entities.get("codes", [])}


def test_bare_drops_tone_marks_and_reads_long_u_as_short() -> None:
    assert bare("เจ้าหน้าที่") == bare("เจาหนาที่") == "เจาหนาที"
    assert bare("ต้องรู้อะไร") == bare("ตองรุอะไร")
    assert bare("DS700 ok") == "DS700 ok"


def test_matches_on_bare_text_map_back_to_the_text_as_typed() -> None:
    text = "ขอดูเกณฑ์ของหมวด 4"
    start, end = typed_span(text, 4, 8)  # bare "เกณฑ" sits where "เกณฑ์" (with its mark) was typed
    assert text[start:end] == "เกณฑ์"
    assert bare_sub(thai_pattern("เกณฑ์"), "", text) == "ขอดูของหมวด 4"


# The same question typed properly and as it arrives from a phone: the same reading.
SAME_READING = [
    ("ขอคุยกับเจ้าหน้าที่", "ขอคุยกับเจาหนาที่", "handoff", {}),
    ("ไม่ต้องส่งข่าวมาแล้ว", "ไมตองสงขาวมาแลว", "news_opt_out", {}),
    ("ลบข้อมูลผมออกให้หมด", "ลบขอมูลผมออกให้หมด", "data_delete", {}),
    ("นักวิชาการ ระยะเริ่มต้น ต้องรู้อะไร", "นักวิชการ ระยะเริ่มตน ตองรุอะไร", "role_requirements",
     {"group": "Academic", "phase": "Early"}),
    ("ผู้บริหาร ระยะสมบูรณ์ ต้องมีอะไรเพิ่มบ้าง", "ผูบริหาร ระยะสมบูรณ ตองมีอะไรเพิ่มบาง", "role_requirements",
     {"group": "Executive", "phase": "Mature", "aspect": "added"}),
    ("ยกเลิกแจ้งเตือน DS702", "ยกเลิกแจงเตือน DS702", "reminder_cancel", {}),
    ("ทำต่อจากที่ค้างไว้", "ทำตอจากที่คางไว", "flow_resume", {}),
    ("DS700 ต้องมีหลักฐานอะไรบ้าง", "DS700 ตองมีหลักฐานอะไรบาง", "unit_info", {"aspect": "evidence"}),
]


@pytest.mark.parametrize(("proper", "typed", "intent", "entities"), SAME_READING)
def test_no_tone_marks_read_as_with_them(real: Understander, proper: str, typed: str, intent: str,
                                         entities: dict[str, Any]) -> None:
    for text in (proper, typed):
        got = real.understand(text, now=NOW)
        assert got.intent == intent, text
        assert {k: got.entities.get(k) for k in entities} == entities, text


def test_a_group_typed_with_a_vowel_dropped_but_not_a_topic_that_shares_letters(real: Understander) -> None:
    assert real.understand("ผูบริหร ระยะกำลังพัฒนา", now=NOW).entities.get("group") == "Executive"
    assert real.understand("what's added for academics in the mature phase", now=NOW).entities.get(
        "group") == "Academic"
    assert "group" not in real.understand("บริหารโครงการ คืออะไร", now=NOW).entities


def test_group_wordings_with_the_dot_or_space_typed_either_way(real: Understander) -> None:
    got = real.understand("ผอ สำนัก ระยะกำลังพัฒนา ตองมีไรบางคับ", now=NOW)
    assert (got.intent, got.entities.get("group"), got.entities.get("phase")) == (
        "role_requirements", "Management", "Developing")
    assert real.understand("ผอมลงไหม", now=NOW).intent == "unknown"


def test_slang_particles(real: Understander) -> None:
    assert real.understand("ขอบคุงค้าบ", now=NOW).intent == "thanks"
    assert real.understand("เตือนไรไว้มั่งอ่ะ", now=NOW).intent == "reminder_list"
    assert real.understand("คะแนนเราเป็นไงมั่ง", now=NOW).intent == "progress"
    assert real.understand("DT400 คือไร", now=NOW).entities.get("aspect") == "overview"


@pytest.mark.parametrize(("text", "intent"), [
    ("profile ผมคืออะไร", "profile_show"), ("delete data ผมด้วย", "data_delete"), ("HR ติดต่อได้ไหม", "handoff"),
    ("news ไม่เอาแล้ว", "news_opt_out"), ("stop sending news", "news_opt_out"), ("what can this bot do", "help"),
    ("talk to someone", "handoff"), ("โอเคเข้าใจแล้ว", "thanks"), ("บายยย", "thanks"), ("ไม่เข้าใจ", "unknown"),
])
def test_english_mixed_in_and_chat_replies(real: Understander, text: str, intent: str) -> None:
    assert real.understand(text, now=NOW).intent == intent


# Issue 10, known misreads.
def test_knowledge_versus_skills_is_a_comparison_of_aspects_not_a_search(real: Understander) -> None:
    for text in ("ความรู้ต่างจากทักษะยังไง", "ความรุกับทักษะตางกันยังไงคับ"):
        got = real.understand(text, now=NOW)
        assert got.intent == "compare", text
        assert got.entities == {"aspects": ["knowledge", "skills"]}, text


def test_a_framework_named_beside_a_code_keeps_that_framework(real: Understander) -> None:
    assert _codes(real.understand("DS700 ของ ก.พ. อย่างเดียว", now=NOW).entities) == {("ocsc-2561", "DS700")}
    assert _codes(real.understand("DS700 ตามมาตรฐาน 2567", now=NOW).entities) == {("std-2567", "DS700")}
    # "ก.พ." after a day is February, not the OCSC framework
    got = real.understand("เตือนส่งหลักฐาน DL200 วันที่ 3 ก.พ. 2570", now=NOW)
    assert _codes(got.entities) == {("std-2567", "DL200"), ("ocsc-2561", "DL200")}
    assert got.entities["due"] == "2027-02-03"
    # both frameworks named: both meanings, to compare
    got = real.understand("DL201 ของ ก.พ. 2561 กับมาตรฐาน 2567 คือตัวเดียวกันไหม", now=NOW)
    assert got.intent == "compare" and len(_codes(got.entities)) == 2


def test_codes_spelt_in_thai_letters(real: Understander) -> None:
    assert normalise("ดีเอส 701") == "DS701"
    assert normalise("ดีลิท100 กับ ซีเอส300") == "DLit100 กับ CS300"
    got = real.understand("ดีเอส 701", now=NOW)
    assert got.intent == "unit_info" and _plain_codes(got.entities) == {"DS701"}
    # DLit said letter by letter with "it" as a syllable ("ดีแอลอิท"), the number in words too
    got = real.understand("ดีแอลอิทสองร้อยสามมีเกณฑ์อะไรบ้างคะ", now=NOW)
    assert got.intent == "unit_info" and _plain_codes(got.entities) == {"DLit203"}
    assert normalise("ดีแอลอิต 702") == "DLit702"


def test_a_short_code_is_unknown_and_the_nearest_real_code_is_offered(real: Understander) -> None:
    got = real.understand("DUS50 ต้องทำอะไร", now=NOW)
    assert (got.intent, got.entities.get("unknown_codes")) == ("unit_info", ["DUS50"])
    assert nearest_codes("DUS50", real.catalog)[0] == "DUS500"  # one edit away, as DS710 → DS701


@pytest.mark.parametrize(("text", "code"), [
    ("ดาต้าโกเวอร์แนนซ์ อยู่หน่วยไหนคับ", "DT604"),  # Thai spelling → Thai wording → English in parentheses
    ("บิ๊กดาต้า อยู่ไหนอ่ะ", "DUS500"),
    ("คราวด์ อยู่ข้อไหนอ่ะ 555", "DLit101.6"),
    ("ใช้ excel ทำตารางคำนวณ", "DLit202"),
    ("ส่งอีเมลเป็น อยู่เกณฑ์ไหนคับ", "DLit102.3"),
    ("ปฏิทินออนไลน นัดประชุม อยูเกณฑ์ไหน", "DLit102.4"),  # "นัด" here is no reminder
    ("root cause analysis in project quality", "SPM501.2"),
    ("where is Data Warehousing in the competency framework", "DT602.5"),
])
def test_topics_typed_as_people_name_them(real: Understander, text: str, code: str) -> None:
    got = real.understand(text, now=NOW)
    assert got.intent == "search", text
    assert code in _plain_codes(got.entities), (text, got.entities.get("query"))


def test_a_detailed_units_part_from_the_words_it_explains(real: Understander) -> None:
    got = real.understand("Metric กับ Measurement ใน DS700 ตางกันยังไง", now=NOW)
    assert (got.intent, got.entities.get("aspect")) == ("unit_info", "range")
    # a word every part shares ("อธิบาย") is no such pointer
    assert real.understand("อธิบาย DS700 แบบสั้นๆ", now=NOW).entities.get("aspect") == "overview"


def test_out_of_scope_and_testing_the_bot(real: Understander) -> None:
    assert real.understand("เงินเดือนนักวิชาการคอมพิวเตอร์ปฏิบัติการเท่าไหร่", now=NOW).intent == "unknown"
    assert real.understand("ทดสอบ", now=NOW).intent == "unknown"
    assert real.understand("ทดสอบความรู้ DLit100", now=NOW).intent == "quiz_start"


def test_dates_typed_without_tone_marks() -> None:
    assert parse_due("ตั้งเตือนพรุงนี้ใหหนอย", now=NOW).isoformat() == "2026-11-23"  # type: ignore[union-attr]
    assert parse_due("เตือนวันศุกรหนา", now=NOW).isoformat() == "2026-11-27"  # type: ignore[union-attr]
    assert parse_due("เตือนอีก 2 สัปดาห", now=NOW).isoformat() == "2026-12-06"  # type: ignore[union-attr]
    with pytest.raises(ImpossibleDate) as error:
        parse_due("31 กุมภาพันธ์ 2570", now=NOW)
    assert error.value.written == "31 กุมภาพันธ์ 2570"  # as typed, with its mark


def test_numbers_spelt_out() -> None:
    assert parse_due("เตือนอีกสองวันนะ", now=NOW).isoformat() == "2026-11-24"  # type: ignore[union-attr]
    assert parse_due("remind me in two weeks", now=NOW).isoformat() == "2026-12-06"  # type: ignore[union-attr]


def test_a_day_without_a_month_is_the_next_such_day() -> None:
    assert parse_due("วันที่ 20", now=NOW).isoformat() == "2026-12-20"  # type: ignore[union-attr]
    assert parse_due("วันที่ 25", now=NOW).isoformat() == "2026-11-25"  # type: ignore[union-attr]


def test_a_reminder_moved_to_another_day_keeps_its_code(real: Understander) -> None:
    topic = topic_of(real.understand("เตือนส่งหลักฐาน DS700 วันที่ 15 ธ.ค. 2569", now=NOW))
    got = follow_up(real.understand("เปลี่ยนเป็นวันที่ 20 แทนได้ไหม", now=NOW), topic, catalog=real.catalog)
    assert (got.intent, got.entities.get("due"), _plain_codes(got.entities)) == (
        "reminder_set", "2026-12-20", {"DS700"})


def test_the_organisation_spelling_fix_leaves_other_words_alone() -> None:
    assert fix_spelling("ต้องกรอกอะไรบ้าง") == "ต้องกรอกอะไรบ้าง"
    assert fix_spelling("ข้อมูลของกรมบัญชีกลาง") == "ข้อมูลของกรมบัญชีกลาง"
    assert fix_spelling("ออกแบบองกรดิจิทัล") == "ออกแบบองค์กรดิจิทัล"


def test_every_group_at_once_is_the_overview_and_a_pmqa_question_number_is_pmqa(real: Understander) -> None:
    assert real.understand("แต่ละกลุ่มต้องมีอะไรบ้าง", now=NOW).intent == "role_overview"
    assert real.understand("ภาพรวมทักษะทุกกลุ่ม", now=NOW).intent == "role_overview"
    got = real.understand("PMQA ข้อ 2.1 มีคำถามอะไรบ้าง", now=NOW)
    assert (got.intent, got.entities.get("item")) == ("pmqa", "2.1")
    assert real.understand("คำถามข้อ 6.2.3", now=NOW).confidence >= 0.8


def test_everyday_tools_by_name(real: Understander) -> None:
    for text, code in (("ใช้ zoom ประชุมออนไลน์ อยู่หน่วยไหน", "DLit102.6"), ("ใช้มือถือทำงาน", "DLit101.5"),
                       ("ไวรัสคอมพิวเตอร์ อยู่ข้อไหน", "DLit103.3")):
        got = real.understand(text, now=NOW)
        assert got.intent == "search" and code in _plain_codes(got.entities), text


def test_two_codes_side_by_side_are_a_comparison(real: Understander) -> None:
    got = real.understand("DS700 กับ DS600", now=NOW)
    assert (got.intent, _plain_codes(got.entities)) == ("compare", {"DS700", "DS600"})
    assert real.understand("DS700 และ DS600 ต้องมีหลักฐานอะไร", now=NOW).intent == "unit_info"


def test_units_named_by_title(real: Understander) -> None:
    got = real.understand("วิเคราะห์ข้อมูลพื้นฐานกับวิเคราะห์ข้อมูลขนาดใหญ่ต่างกันไง", now=NOW)
    assert (got.intent, [c["code"] for c in got.entities["codes"]]) == ("compare", ["DUS400", "DUS500"])
    got = real.understand("หน่วยออกแบบองค์กรดิจิทัล ต้องมีหลักฐานอะไร", now=NOW)
    assert (got.intent, got.entities.get("aspect")) == ("unit_info", "evidence")
    assert got.confidence >= 0.6  # answered, not asked about
    assert ("std-2567", "DL200") in _codes(got.entities)


def test_pmqa_levels_by_their_focus(real: Understander) -> None:
    assert real.understand("ข้อ 4.1 ระดับ Alignment", now=NOW).entities.get("level") == "Advance"
    assert real.understand("หมวด 3 ระดับ Integration ต้องทำอะไร", now=NOW).entities.get("level") == "Significance"
    got = real.understand("7.5 ต้องกรอกอะไรบ้าง", now=NOW)
    assert (got.intent, got.entities.get("aspect")) == ("pmqa", "indicators")


@pytest.mark.parametrize("text", ["ขอหยุดทำแบบทดสอบไว้ก่อน มีงานเข้า", "ออกจากแบบประเมินก่อนนะ ต้องไปประชุม"])
def test_a_stop_that_names_the_run_stops_whatever_reason_follows(real: Understander, text: str) -> None:
    # A reason after the stop ("มีงานเข้า") read the message as starting a quiz.
    assert real.understand(text).intent == "flow_stop"


@pytest.mark.parametrize("text", ["ผลสอบ DS700 ของผมออกหรือยัง", "ผลการทดสอบที่หนูทำไว้เมื่อวานเป็นยังไงบ้าง"])
def test_asking_for_ones_own_result_is_progress_not_a_new_quiz(real: Understander, text: str) -> None:
    assert real.understand(text).intent == "progress"
