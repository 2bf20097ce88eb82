"""Every intent, its entities, typos, Thai digits, English, and the ask-don't-guess threshold."""

from __future__ import annotations

from typing import Any

import pytest

import intents
from intents import CONFIDENCE_THRESHOLD, INTENTS, Understander, understand
from tests.intents.conftest import NOW


def _codes(entities: dict[str, Any]) -> list[tuple[str, str]]:
    return [(c["framework"], c["code"]) for c in entities.get("codes", [])]


CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("DL201 ต้องทำอะไรบ้าง", "unit_info", {"aspect": "criteria"}),
    ("ช่วงขอบเขตของ DS700", "unit_info", {"aspect": "range"}),
    ("หลักฐานที่ต้องใช้ของ DL200", "unit_info", {"aspect": "evidence"}),
    ("DS700 มีกฎหมายที่เกี่ยวข้องไหม", "unit_info", {"aspect": "laws"}),
    ("DL200 ต้องผ่านหน่วยไหนมาก่อน", "unit_info", {"aspect": "prerequisites"}),
    ("วิธีการประเมินของ DL200", "unit_info", {"aspect": "assessment"}),
    ("DS700 ต้องมีความรู้อะไรบ้าง", "unit_info", {"aspect": "knowledge"}),
    ("ทักษะที่ต้องมีใน DS700", "unit_info", {"aspect": "skills"}),
    ("อยากรู้เรื่องวิเคราะห์ข้อมูลพื้นฐาน", "search", {}),
    ("ผู้ทำงานด้านบริการ ระยะเริ่มแรก ต้องมีอะไร", "role_requirements", {"group": "Service", "phase": "Early"}),
    ("หมวด 2 ระดับ Significance", "pmqa", {"category": 2, "level": "Significance"}),
    ("หมวด ๔ ข้อ ๔.๒ ระดับ Advance", "pmqa", {"category": 4, "item": "4.2", "level": "Advance"}),
    ("pmqa 4.1.1 คืออะไร", "pmqa", {"question": "4.1.1", "item": "4.1", "category": 4}),
    ("อยากทำแบบประเมิน", "quiz_start", {}),
    ("เตือนส่งหลักฐาน DL200 วันที่ 3 มี.ค. 2570", "reminder_set", {"due": "2027-03-03"}),
    ("ตั้งเตือนศุกร์หน้า", "reminder_set", {"due": "2026-11-27"}),
    ("เตือนอะไรไว้บ้าง", "reminder_list", {}),
    ("ยกเลิกการเตือน", "reminder_cancel", {}),
    ("ผมทำงานด้านเทคโนโลยี", "profile_set", {"group": "Technologist"}),
    # the role's experience, not its units ("…ต้องมีความรู้อะไร" asks for the units, as the dev set has it)
    ("ผอ.สำนัก ระยะพัฒนาแล้ว ต้องมีประสบการณ์อะไร", "role_requirements",
     {"group": "Management", "phase": "Mature", "aspect": "description"}),
    # a command to set both, not a question about that role (acceptance chat: it listed the role's units)
    ("ตั้งค่าโปรไฟล์ ผู้บริหารระดับสูง ระยะเริ่มต้น", "profile_set", {"group": "Executive", "phase": "Early"}),
    ("ผมอยู่กรมการปกครอง", "profile_set", {"agency": "กรมการปกครอง"}),
    ("โปรไฟล์ของฉัน", "profile_show", {}),
    ("ความคืบหน้าของฉัน", "progress", {}),
    ("ลบข้อมูลของฉัน", "data_delete", {}),
    ("ช่วยอะไรได้บ้าง", "help", {}),
    ("ช่วยเหลือ", "help", {}),  # the rich menu's label, typed
    ("สวัสดีครับ", "greeting", {}),
    ("ขอบคุณมากค่ะ", "thanks", {}),
    ("ยกเลิก", "cancel", {}),
    ("ราคาทองวันนี้", "unknown", {}),
    # English
    ("what does DL201 require", "unit_info", {"aspect": "criteria"}),
    ("how is DL200 assessed", "unit_info", {"aspect": "assessment"}),
    ("what does an executive need in the early phase", "role_requirements",
     {"group": "Executive", "phase": "Early"}),
    ("remind me next friday", "reminder_set", {"due": "2026-11-27"}),
    ("show my reminders", "reminder_list", {}),
    ("delete my data", "data_delete", {}),
    ("I work in IT", "profile_set", {"group": "Technologist"}),
    ("what can you do", "help", {}),
    ("thank you", "thanks", {}),
    ("bitcoin price", "unknown", {}),
    # natural questions (issue 10)
    ("กลุ่มเทคโนโลยี ระยะเริ่มต้นกับพัฒนาแล้วต่างกันยังไง", "compare",
     {"group": "Technologist", "phases": ["Early", "Mature"]}),
    ("บุคลากรแต่ละกลุ่มต้องมีทักษะอะไรในแต่ละระยะ", "role_overview", {}),
    ("ระยะต่างกันอย่างไร ดูยังไงว่าเราอยู่ระยะไหน", "phase_info", {}),
    ("ระยะพัฒนาแล้วต้องมีอะไรเพิ่ม", "role_requirements", {"phase": "Mature", "aspect": "added"}),
    ("ผอ.กอง ระยะเริ่มต้น", "role_requirements", {"group": "Management", "phase": "Early"}),
    ("สายบริการ ช่วงกำลังพัฒนา ต้องมีไร", "role_requirements", {"group": "Service", "phase": "Developing"}),
    ("ไม่ทำต่อแล้ว ออกเลย", "flow_stop", {}),
    ("พอก่อน", "flow_stop", {}),
    ("ทำข้อที่ค้างไว้", "flow_resume", {}),
    ("คะแนนที่ทำไว้คราวก่อนเป็นยังไง", "progress", {}),
    ("ขอคุยกับเจ้าหน้าที่", "handoff", {}),
    ("ติดต่อ HR", "handoff", {}),
    ("หยุดรับข่าว", "news_opt_out", {}),
    ("รับข่าว", "news_opt_in", {}),
    ("PMQA หมวด 7 ตัวชี้วัดบังคับมีอะไรบ้าง", "pmqa", {"category": 7, "aspect": "indicators"}),
    ("เตือนส่งหลักฐาน DL200 วันที่ 31 ก.พ. 2570", "reminder_set", {"due_error": "31 ก.พ. 2570"}),
]


@pytest.mark.parametrize(("text", "language"), [
    ("3", "th"), ("ok", "th"), ("help", "th"), ("DL201", "th"), ("/start", "th"), ("ขอดู DL201", "th"),
    ("what does DL201 require", "en"), ("show my reminders", "en"),
])
def test_english_only_when_clearly_english(mini: Understander, text: str, language: str) -> None:
    assert mini.understand(text, now=NOW).language == language


def test_a_question_about_phases_never_sets_the_profile(mini: Understander) -> None:
    got = mini.understand("เราอยู่ระยะไหน ดูยังไง", now=NOW)
    assert got.intent != "profile_set"


@pytest.mark.parametrize(("text", "intent", "entities"), CASES)
def test_intents_and_entities(mini: Understander, text: str, intent: str, entities: dict[str, Any]) -> None:
    got = mini.understand(text, now=NOW)
    assert got.intent == intent
    for key, value in entities.items():
        assert got.entities.get(key) == value, key
    assert 0.0 <= got.confidence <= 1.0


def test_every_intent_is_covered() -> None:
    assert {intent for _, intent, _ in CASES} == set(INTENTS)


def test_dl201_collision_names_both_frameworks(mini: Understander) -> None:
    got = mini.understand("DL201 ต้องทำอะไรบ้าง", now=NOW)
    assert _codes(got.entities) == [("std-2567", "DL201"), ("ocsc-2561", "DL201")]
    assert got.confidence >= CONFIDENCE_THRESHOLD


def test_thai_digits_and_spacing_in_codes(mini: Understander) -> None:
    assert _codes(mini.understand("dg ๕๐๒ คืออะไร", now=NOW).entities) == [("ocsc-2561", "DG502")]


def test_a_missing_code_is_reported(mini: Understander) -> None:
    got = mini.understand("DL999 มีเกณฑ์อะไร", now=NOW)
    assert got.intent == "unit_info"
    assert got.entities["unknown_codes"] == ["DL999"]
    assert "codes" not in got.entities


def test_typos_find_the_title_in_both_frameworks(mini: Understander) -> None:
    got = mini.understand("ออกแบบองกรดิจิตอล", now=NOW)  # two typos
    assert got.intent == "search"
    assert set(_codes(got.entities)[:2]) == {("std-2567", "DL200"), ("ocsc-2561", "SPM200")}


def test_search_finds_the_unit(mini: Understander) -> None:
    got = mini.understand("อยากรู้เรื่องวิเคราะห์ข้อมูลพื้นฐาน", now=NOW)
    assert _codes(got.entities)[0] == ("std-2567", "DUS400")
    assert got.entities["query"] == "วิเคราะห์ข้อมูลพื้นฐาน"


def test_english_search_uses_the_thai_titles(mini: Understander) -> None:
    got = mini.understand("units about generative ai", now=NOW)
    assert got.intent == "search"
    assert _codes(got.entities)[0] == ("std-2567", "DT500")
    assert got.language == "en"


def test_quiz_and_reminder_keep_their_codes(mini: Understander) -> None:
    quiz = mini.understand("ขอประเมินตัวเองเรื่อง DG500", now=NOW)
    assert quiz.intent == "quiz_start" and _codes(quiz.entities) == [("ocsc-2561", "DG500")]
    remind = mini.understand("เตือนส่งหลักฐาน DL200 วันที่ 3 มี.ค. 2570", now=NOW)
    assert [c for _, c in _codes(remind.entities)] == ["DL200", "DL200"]


def test_language(mini: Understander) -> None:
    assert mini.understand("what is DL201", now=NOW).language == "en"
    assert mini.understand("DL201 คืออะไร", now=NOW).language == "th"


def test_unclear_messages_fall_below_the_threshold_with_alternatives(mini: Understander) -> None:
    got = mini.understand("ผู้บริหาร", now=NOW)  # a group alone: a role question? a profile?
    assert got.confidence < CONFIDENCE_THRESHOLD
    assert 1 <= len(got.alternatives) <= 3
    assert all(a.confidence <= got.confidence + 0.15 for a in got.alternatives)
    assert [a.confidence for a in got.alternatives] == sorted((a.confidence for a in got.alternatives),
                                                              reverse=True)


def test_clear_messages_are_above_the_threshold(mini: Understander) -> None:
    for text in ("DL201 ต้องทำอะไรบ้าง", "ลบข้อมูลของฉัน", "หมวด 2 ระดับ Significance"):
        assert mini.understand(text, now=NOW).confidence >= CONFIDENCE_THRESHOLD, text


def test_public_surface() -> None:
    assert set(intents.__all__) >= {"understand", "Understanding", "CONFIDENCE_THRESHOLD", "Understander"}


def test_understand_uses_the_built_catalog(real: Understander) -> None:
    got = understand("DL201 ต้องทำอะไรบ้าง", now=NOW)
    assert _codes(got.entities) == [("std-2567", "DL201"), ("ocsc-2561", "DL201")]
    got = understand("อยากรู้เรื่องวิเคราะห์ข้อมูลพื้นฐาน", now=NOW)
    assert ("std-2567", "DUS400") in _codes(got.entities)
    got = understand("ออกแบบองกรดิจิตอล", now=NOW)
    assert {("std-2567", "DL200"), ("ocsc-2561", "SPM200")} <= set(_codes(got.entities))
    got = understand("เกณฑ์ DS704.03 คืออะไร", now=NOW)
    assert _codes(got.entities) == [("std-2567", "DS704.03")]


def test_english_it_is_a_pronoun_unless_written_as_an_acronym(mini: Understander) -> None:
    assert mini.understand("what time is it", now=NOW).intent == "unknown"
    assert mini.understand("I work in IT", now=NOW).entities.get("group") == "Technologist"
    assert mini.understand("ผมทำงานสาย it", now=NOW).entities.get("group") == "Technologist"
