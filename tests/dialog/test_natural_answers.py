"""Answers to the natural questions of issue 10: comparisons, the roles overview, phases, what a
phase adds, where a topic is, near codes, PMQA indicators and questions."""

from __future__ import annotations

import re

from bot.dialog import respond
from content.catalog import Catalog, get_catalog
from intents import understand
from tests.dialog.conftest import Ask, all_data, all_text


def test_two_units_side_by_side(ask: Ask) -> None:
    replies = ask("compare", codes=[{"code": "DS700"}, {"code": "DS600"}])
    assert len(replies) == 1
    text = all_text(replies)
    assert "บริหารประสิทธิภาพการบริการและการทำงานดิจิทัล" in text
    assert "ปรับปรุงงานบริการดิจิทัลเพื่อยกระดับอย่างต่อเนื่อง" in text


def test_compare_buttons_name_the_framework_as_every_list_does(ask: Ask) -> None:
    # One short name per framework (common.short_framework), in the buttons of a comparison too.
    labels = [b.label for r in ask("compare", codes=[{"code": "DL201"}]) for b in r.buttons]
    assert "DL201 (ก.พ. 2561)" in labels and any(label.startswith("DL201 (มาตรฐาน 2567") for label in labels)
    english = [b.label for r in ask("compare", codes=[{"code": "DL201"}], language="en") for b in r.buttons]
    assert "DL201 (OCSC 2561)" in english


def test_two_groups_without_a_phase_are_compared_in_every_phase(ask: Ask, catalog: Catalog) -> None:
    # Acceptance chat: "ผอ.กอง กับ ผู้บริหารระดับสูง ต่างกันยังไง" got "compare what with what?".
    [reply] = ask("compare", groups=["Management", "Executive"])
    for phase in ("ระยะเริ่มต้น", "ระยะกำลังพัฒนา", "ระยะพัฒนาแล้ว"):
        assert phase in reply.text
    early = catalog.role("Early", "Management", "ocsc-2561")
    assert early is not None and f"{early.role_title_th} ({len(early.units)} หน่วย)" in reply.text
    assert "ต่างกันยังไง" in reply.text  # how to see one phase's differences
    assert [b.data for b in reply.buttons] == ["r:Management:", "r:Executive:"]


def test_a_topic_asked_within_a_category_finds_its_item() -> None:
    # Acceptance chat: "หมวด 4 เรื่องการจัดการความรู้อยู่ข้อไหน" showed the category's overview only.
    for typed, item in (("หมวด 4 เรื่องการจัดการความรู้อยู่ข้อไหน", "4.3"), ("หมวด 3 เรื่องร้องเรียนอยู่ข้อไหน", "3.4")):
        text = all_text(respond(understand(typed), get_catalog()))
        assert f"ประเด็น {item} " in text or f" {item} ระดับ" in text, typed
    overview = all_text(respond(understand("หมวด 1 มีอะไรบ้างคะ"), get_catalog()))
    assert overview.startswith("หมวด 1 การนำองค์การ")  # no topic: the category as before


def test_one_code_in_two_frameworks_is_two_competencies(ask: Ask) -> None:
    text = all_text(ask("compare", codes=[{"code": "DL201"}]))
    assert "คนละสมรรถนะ" in text
    assert "วิเคราะห์องค์กรปัจจุบันเปรียบเทียบกับองค์กรดิจิทัลอนาคต" in text
    assert "สร้างและบริหารทีมงานทำงานจากหลายหน่วยงานที่มีระดับทักษะดิจิทัลที่ต่างกัน" in text


def test_one_code_worded_alike_in_both_frameworks_is_one_competency(ask: Ask) -> None:
    # Found by chatting as an HR officer: DS700 of 2561 and 2567 were called different competencies.
    text = all_text(ask("compare", codes=[{"code": "DS700"}]))
    assert "เรื่องเดียวกัน" in text and "คนละสมรรถนะ" not in text
    assert "เรื่องใกล้เคียงกัน" in all_text(ask("compare", codes=[{"code": "DS600"}]))


def test_knowledge_and_skills_compared_as_concepts(ask: Ask) -> None:
    # "ความรู้ต่างจากทักษะยังไง" once asked "compare what with what?"; the standard's items 13 (a)/(b).
    replies = ask("compare", aspects=["knowledge", "skills"])
    text = all_text(replies)
    assert "ความต้องการด้านความรู้" in text and "ความต้องการด้านทักษะ" in text
    assert "ความรู้ด้าน e-Government Capability Maturity Model" in text  # DS700's first knowledge item
    assert "มองเห็นภาพรวมและความเชื่อมโยงระหว่างการทำงานของตนเองและคนอื่น" in text  # DL200's first skill
    assert "u:std-2567:DS700:skills" in all_data(replies) and "u:std-2567:DL200:knowledge" in all_data(replies)


def test_two_phases_of_one_group(ask: Ask) -> None:
    text = all_text(ask("compare", groups=["Technologist"], phases=["Early", "Mature"]))
    assert "ผู้พัฒนาเทคโนโลยีดิจิทัลของหน่วยงาน" in text and "ผู้สร้างองค์กรอัจฉริยะ" in text
    assert "หน่วยที่เหมือนกัน" in text


def test_role_overview_has_every_group_and_phase(ask: Ask, catalog: object) -> None:
    text = all_text(ask("role_overview"))
    for title in ("ผู้กระตุ้นและสร้างความตระหนักรู้", "ผู้ใช้เทคโนโลยีดิจิทัลอย่างชาญฉลาด", "ผู้สร้างองค์กรอัจฉริยะ"):
        assert title in text
    assert text.count("•") == 18


def test_phase_info_quotes_the_letter_with_its_line(ask: Ask) -> None:
    text = all_text(ask("phase_info"))
    assert "ระยะเริ่มต้น (Early Stage)" in text and "ระยะพัฒนาแล้ว (Mature Stage)" in text
    assert "ocsc_digital_skills_2561.txt บรรทัด" in text


def test_what_a_phase_adds(ask: Ask, catalog: object) -> None:
    from content.catalog import get_catalog

    c = get_catalog()
    before, now = c.role("Developing", "Technologist"), c.role("Mature", "Technologist")
    assert before is not None and now is not None
    new = [u for u in now.units if u not in before.units]
    replies = ask("role_requirements", group="Technologist", phase="Mature", aspect="added")
    assert f"{len(new)} หน่วย" in all_text(replies)
    assert all(code in all_text(replies) for code in new)


def test_role_answer_is_short_first(ask: Ask) -> None:
    replies = ask("role_requirements", group="Technologist", phase="Mature")
    first = replies[0].text
    assert replies[0].title == "ผู้สร้างองค์กรอัจฉริยะ" and "ผู้สร้างองค์กรอัจฉริยะ" not in first  # said once
    assert "SPM100" in first
    assert "ที่มา:" in first  # where it comes from


def test_search_says_where_the_match_is(ask: Ask) -> None:
    text = all_text(respond(understand("จัดทำพิมพ์เขียวอยู่ในสมรรถนะย่อยไหน"), get_catalog()))
    assert "DL203.01" in text and "DL203" in text and "DL200" in text


def test_a_code_one_edit_away_is_suggested(ask: Ask) -> None:
    replies = ask("unit_info", unknown_codes=["DS710"])
    assert "DS701" in all_data(replies)[:2] or "c:DS701" in all_data(replies)[:2]


def test_pmqa_indicators_mark_the_mandatory(ask: Ask) -> None:
    text = all_text(ask("pmqa", category=7, aspect="indicators"))
    assert "ตัววัดตามภารกิจหลัก *" in text and "การดำเนินการด้านกฎหมาย\n" in text
    assert "5 ตัวชี้วัด" in text and "> 10%" in text


def test_pmqa_question_in_full(ask: Ask) -> None:
    text = all_text(ask("pmqa", question="1.1.1", item="1.1", category=1))
    assert "ด้านเศรษฐกิจ เช่น" in text and "1.1" in text


def test_pmqa_category_level_gives_the_guidance_rows(ask: Ask) -> None:
    text = all_text(ask("pmqa", category=4, level="Advance"))
    assert "การวิเคราะห์ความเสี่ยงของระบบเทคโนโลยีดิจิทัล และการวางแผนการป้องกันการโจมตีทางไซเบอร์" in text


def test_pmqa_two_levels_of_one_item(ask: Ask) -> None:
    replies = ask("pmqa", item="6.1", category=6, level="Basic", levels=["Basic", "Advance"])
    assert [r.title for r in replies] == ["6.1 Basic", "6.1 Advance"]


def test_pmqa_item_found_by_its_topic(ask: Ask) -> None:
    text = all_text(ask("pmqa", query="ร้องเรียน"))
    assert "3.4" in text and "กระบวนการแก้ไขข้อร้องเรียนที่รวดเร็วและสร้างสรรค์" in text


def test_pmqa_topic_found_in_a_guidance_row_shows_that_row(ask: Ask) -> None:
    # The chatbot topic sits in 3.4's Significance guidance, not in the overview cells shown by default.
    text = all_text(ask("pmqa", query="chatbot ai ตอบคำถาม"))
    assert "Significance" in text and "การใช้ Chatbot ที่เป็นเทคโนโลยี AI ในการตอบคำถามเบื้องต้น" in text
    assert "กระบวนการแก้ไขข้อร้องเรียนที่รวดเร็วและสร้างสรรค์" in text


def test_answers_cite_document_and_line(ask: Ask) -> None:
    from pathlib import Path

    text = all_text(ask("unit_info", codes=[{"framework": "std-2567", "code": "DS700"}], aspect="evidence"))
    # The document and its section as a person cites them, then the line of its text here.
    assert "ที่มา: รายละเอียดหน่วยสมรรถนะ DS700 หัวข้อ 14. หลักฐานที่ต้องการ (Evidence Guide) (" in text
    name, line = _cited(text)
    source = Path("content/sources", name).read_text(encoding="utf-8").split("\n")
    assert "หลักฐานการปฏิบัติงาน (Performance Evidence)" in " ".join(source[line - 1].split())
    assert "14. หลักฐานที่ต้องการ (Evidence Guide)" in "\n".join(source[line - 12 : line])  # the heading is above it
    unit = all_text(ask("unit_info", codes=[{"framework": "ocsc-2561", "code": "DS700"}]))
    assert "ที่มา: หนังสือ ก.พ. ที่ นร 1013/ว 6 (18 พ.ค. 2561) (ocsc_digital_skills_2561.txt บรรทัด" in unit
    english = all_text(ask("unit_info", codes=[{"framework": "std-2567", "code": "DS700"}], aspect="knowledge",
                           language="en"))
    assert "Source: the detailed description of competency unit DS700, section (ข) ความต้องการด้านความรู้" in english


def _cited(text: str) -> tuple[str, int]:
    """The last place a reply cites: its text file and line."""
    name, line = re.findall(r"\(([\w.-]+\.txt),? (?:บรรทัด|line) (\d+)\)", text)[-1]
    return name, int(line)


def test_every_part_of_a_detailed_unit_cites_a_line_inside_that_part(ask: Ask, catalog: object) -> None:
    # The acceptance chat found skills cited at line 13 (the unit's code line): an erratum had changed
    # the first skill's words, so the line was not found and the document's start was cited instead.
    from pathlib import Path

    source = Path("content/sources/unit_DS700.txt").read_text(encoding="utf-8").split("\n")
    node = {"framework": "std-2567", "code": "DS700"}
    for aspect in ("skills", "knowledge", "prerequisites", "evidence", "range", "assessment"):
        text = all_text(ask("unit_info", codes=[node], aspect=aspect))
        name, line = _cited(text)
        assert name == "unit_DS700.txt"
        entries = catalog.unit("std-2567", "DS700").details[aspect]  # type: ignore[attr-defined]
        cited = " ".join(source[line - 1].split())
        assert any(" ".join(e.split()[:2]) in cited for e in entries), (aspect, line, cited)
    # The overview: the standard's list names the unit, the detailed document holds its elements.
    overview = all_text(ask("unit_info", codes=[node]))
    assert "(occupational_standard_digital_gov.txt บรรทัด 117); รายละเอียดหน่วยสมรรถนะ DS700 (unit_DS700.txt" in overview
    name, element_line = _cited(overview)
    assert source[element_line - 1].strip() == "DS701"


def test_two_codes_in_both_frameworks_offer_the_other_pair(ask: Ask) -> None:
    # Acceptance chat: a ผอ.กอง working from the 2561 list compared DL100 with DL300 and got 2567's only.
    # DL100 and DL300 are titles only in 2567: the ก.พ. 2561 pair, with its parts, is shown beside them.
    text = all_text(ask("compare", codes=[{"code": "DL100"}, {"code": "DL300"}]))
    assert "DL101" in text and "DL301" in text
    # DS700 and DL200 have their parts in 2567: that pair, and the ก.พ. 2561 one offered.
    replies = ask("compare", codes=[{"code": "DS700"}, {"code": "DL200"}])
    assert "รหัส DS700 และ DL200 มีใน ก.พ. 2561 ด้วย" in all_text(replies)
    [other] = [d for d in all_data(replies) if d.startswith("t:")]
    assert other == "t:เทียบ DS700 กับ DL200 ของ ก.พ."
    # CS100 is in the 2567 standard only: nothing to offer.
    assert not [d for d in all_data(ask("compare", codes=[{"code": "CS100"}, {"code": "DL300"}])) if d.startswith("t:")]


def test_mandatory_indicators_asked_get_only_those_counted(catalog: object) -> None:
    # Acceptance chat: "ตัวชีวัดบังคับหมวด7 มีกี่ตัว" got the whole 2,000-character list and no count.
    from bot.dialog import respond
    from intents import understand

    text = all_text(respond(understand("ตัวชี้วัดบังคับหมวด7 มีกี่ตัว"), catalog))  # type: ignore[arg-type]
    assert "รวม 11 กลุ่ม ใน 6 ข้อย่อย" in text and "7.5 ด้านผลกระทบ" in text and "(บังคับ 1)" in text
    assert "ตัววัดตามภารกิจหลัก *" in text and "การดำเนินการด้านกฎหมาย" not in text  # not marked *


def test_a_unit_titled_otherwise_in_its_own_document_shows_both_titles(ask: Ask) -> None:
    # Acceptance chat: the card cited unit_DS700.txt but showed only the standard list's title.
    from pathlib import Path

    text = all_text(ask("unit_info", codes=[{"framework": "std-2567", "code": "DS700"}]))
    own = text.split("ชื่อในเอกสารหน่วย: ", 1)[1].split("\n", 1)[0]
    assert own in Path("content/sources/unit_DS700.txt").read_text(encoding="utf-8")
    assert own == "บริหารจัดการประสิทธิภาพการบริการและการทำงานดิจิทัล"
    assert "ชื่อในเอกสารหน่วย" not in all_text(ask("unit_info", codes=[{"framework": "std-2567",
                                                                                   "code": "DL200"}]))


def test_pmqa_answers_cite_the_deck_and_line(ask: Ask) -> None:
    # Acceptance chat: unit cards cite their source; PMQA cards did not.
    from pathlib import Path

    source = Path("content/sources/pmqa_4_0_criteria_2565.txt").read_text(encoding="utf-8").split("\n")
    for entities, starts in (({"question": "5.2.1"}, "5.2.1 "), ({"item": "5.2"}, "5.2 "),
                             ({"category": 5}, "หมวด 5 ")):
        text = all_text(ask("pmqa", **entities))
        name, line = _cited(text)
        assert name == "pmqa_4_0_criteria_2565.txt" and source[line - 1].startswith(starts), (entities, line)
        assert f"(ฉบับปรับปรุง พ.ศ. 2565) {'หมวด' if 'category' in entities else 'ข้อ'} {starts.split()[-1]} (" in text


def test_role_answers_cite_the_letters_section_and_the_roles_line(ask: Ask) -> None:
    # A role's units, its knowledge and experience, and what a phase adds cite the letter's chapter 3 clause of that
    # phase and group ("หมวดที่ ๓ ข้อ ๒ ข." is the Developing phase's Management), at the line of the group's heading.
    from pathlib import Path

    source = Path("content/sources/ocsc_digital_skills_2561.txt").read_text(encoding="utf-8").split("\n")
    for entities in ({}, {"aspect": "knowledge"}):
        text = all_text(ask("role_requirements", group="Management", phase="Developing", **entities))
        assert "หมวดที่ ๓ ข้อ ๒ ข. (ocsc_digital_skills_2561.txt บรรทัด" in text, entities
        name, line = _cited(text)
        assert name == "ocsc_digital_skills_2561.txt" and source[line - 1].endswith("(Management)")
        assert "ระยะกำลังพัฒนา (Developing)" in "\n".join(source[:line][::-1][:400][::-1])  # the phase heading above
    mature = all_text(ask("role_requirements", group="Others", phase="Mature"))
    assert "หมวดที่ ๓ ข้อ ๓ ฉ." in mature
    overview = all_text(ask("role_overview"))
    _, line = _cited(overview)
    assert source[line - 1].lstrip("# ").startswith("หมวดที่ ๓ ")


def test_area_answers_cite_the_line_of_the_area(ask: Ask, catalog: object) -> None:
    # An area's units and a framework's list of areas cite where the area is described: the letter's clause (not its
    # table of contents), the standard's functional-map row whose cell is the area's code.
    from pathlib import Path

    from bot.dialog.answers import areas

    for framework, code, expected in (("ocsc-2561", "DT", "๑.๓ ความสามารถด้านเทคโนโลยีดิจิทัล"),
                                      ("std-2567", "DT", "\tDT\t")):
        area = next(a for a in catalog.areas if (a.framework, a.code) == (framework, code))  # type: ignore[attr-defined]
        text = all_text([areas._area(area, catalog, "th")])  # type: ignore[arg-type]
        name, line = _cited(text)
        cited = Path("content/sources", name).read_text(encoding="utf-8").split("\n")[line - 1]
        assert expected in cited and not re.search(r"\t[๐-๙]+$", cited), (framework, cited)


def test_a_code_that_does_not_exist_typed_apart_is_not_its_area(catalog: object) -> None:
    # "DS 800 คืออะไร": the area prefix stands apart from its number, yet it is a code (that exists nowhere), not the
    # area DS's list of units.
    from bot.dialog import respond
    from intents import understand

    for typed in ("DS 800 คืออะไร", "dt 900 มีอะไรบ้าง"):
        text = all_text(respond(understand(typed), catalog))  # type: ignore[arg-type]
        assert text.startswith("ไม่พบรหัส") and "ด้าน" not in text.split("\n")[0], (typed, text[:80])
