"""The PMQA 4.0 parser against its source deck: categories, items, levels, questions, หมวด 7,
glossary, changes table, and the effect of every errata entry."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from content.errata import corrected_source, load_errata
from content.parsers import pmqa
from content.parsers._pmqa_text import text_of
from content.schema import PMQA_LEVELS

SOURCES = Path(__file__).resolve().parents[2] / "content" / "sources"
RAW_TEXT = (SOURCES / pmqa.SOURCE).read_text(encoding="utf-8")
RAW = RAW_TEXT.split("\n")
FIXED = corrected_source(pmqa.SOURCE, SOURCES).split("\n")
# Items per category, counted by reading the deck's overview slides (หมวด 7: "ประกอบด้วย 6 ข้อย่อย").
ITEMS_PER_CATEGORY = {1: 4, 2: 4, 3: 4, 4: 4, 5: 4, 6: 4, 7: 6}
LEVEL_LABEL = re.compile(r"^(Basic|Advance|Significance) \(")
QUESTION_LINE = re.compile(r"^\s*(?:-\s?)?(\d\.\d\.\d+)\s*(.*)$")


@pytest.fixture(scope="module")
def parsed() -> dict[str, Any]:
    return pmqa.parse(SOURCES)


@pytest.fixture(scope="module")
def items(parsed: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {i["code"]: i for c in parsed["categories"] for i in c["items"]}


@pytest.fixture(scope="module")
def questions(items: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {q["code"]: q for i in items.values() for q in i["questions"]}


@pytest.fixture(scope="module")
def dump(parsed: dict[str, Any]) -> str:
    return json.dumps(parsed, ensure_ascii=False)


def raw_index(text: str, start: int = 0) -> int:
    """0-based index of the first raw line equal to ``text`` (stripped) from ``start``."""
    return next(i for i in range(start, len(RAW)) if RAW[i].strip() == text)


# --- categories and items ---------------------------------------------------------------------------


def test_seven_categories_titled_and_marked_as_the_deck_does(parsed: dict[str, Any]) -> None:
    categories = parsed["categories"]
    assert [c["no"] for c in categories] == list(range(1, 8))
    assert "หมวด 1 การนำองค์การ (ใหม่)" in RAW
    assert categories[0]["title_th"] == "การนำองค์การ" and categories[0]["status"] == "new"
    assert "หมวด 6 การมุ่งเน้นระบบปฏิบัติการ (คงเดิม)" in RAW
    assert categories[5]["status"] == "unchanged"
    assert "การมุ่งเน้นระบบการปฏิบัติการ" in categories[5]["title_variants"]
    assert categories[6]["title_th"] == "ผลลัพธ์การดำเนินการ" and categories[6]["status"] == "new"
    intent_at = raw_index("เจตนารมณ์")
    assert categories[0]["intent_th"] == text_of(RAW[intent_at + 2]).replace("องค์การองค์การ", "องค์การ")


def test_items_per_category_run_in_sequence(parsed: dict[str, Any]) -> None:
    for category in parsed["categories"]:
        no = category["no"]
        codes = [i["code"] for i in category["items"]]
        assert codes == [f"{no}.{n}" for n in range(1, ITEMS_PER_CATEGORY[no] + 1)]
    assert "- หมวด 7 ประกอบด้วย 6 ข้อย่อย (7.1 - 7.6)" in RAW


@pytest.mark.parametrize("no", range(1, 7))
def test_every_item_of_categories_1_to_6_has_all_three_levels(parsed: dict[str, Any], no: int) -> None:
    for item in parsed["categories"][no - 1]["items"]:
        assert list(item["level_summary"]) == list(PMQA_LEVELS), item["code"]
        assert all(item["level_summary"][level] for level in PMQA_LEVELS), item["code"]
        assert all(item["levels"][level] for level in PMQA_LEVELS), item["code"]
        assert item["questions"], item["code"]


def test_significance_summaries_of_2_1_to_2_4_are_the_third_cell_under_each_heading(
    items: dict[str, dict[str, Any]],
) -> None:
    start = raw_index("หมวด 2 การวางแผนเชิงยุทธศาสตร์")
    for code in ("2.1", "2.2", "2.3", "2.4"):
        heading = next(i for i in range(start, len(RAW)) if RAW[i].startswith(f"{code} "))
        block = RAW[heading + 1 : heading + 16]
        cells = [line for line in block if line.strip() and not LEVEL_LABEL.match(line)]
        assert [items[code]["level_summary"][level] for level in PMQA_LEVELS] == cells[:3]
    assert items["2.1"]["level_summary"]["Significance"] == (
        "แผนยุทธศาสตร์เพิ่มขีดความสามารถขององค์การ รวมทั้งการเปลี่ยนแปลงด้านเทคโนโลยีดิจิทัล"
    )
    assert items["2.4"]["level_summary"]["Significance"] == (
        "นำผลที่ได้จากการวิเคราะห์คาดการณ์ ไปออกแบบและกำหนดนโยบายที่ตอบสนองได้ทันเวลา และมีประสิทธิภาพ"
    )


def test_tab_table_overview_of_category_4(items: dict[str, dict[str, Any]]) -> None:
    row = next(line for line in FIXED if line.startswith("4.2 "))
    cells = [text_of(c) for c in row.split("\t") if c.strip()]
    assert items["4.2"]["level_summary"] == dict(zip(PMQA_LEVELS, cells[1:], strict=True))
    assert "การวิเคราะห์ผลจากข้อมูลและตัววัดในทุกระดับ เพื่อการแก้ปัญหา" in items["4.2"]["title_variants"]


@pytest.mark.parametrize(("code", "level", "text"), [
    ("4.2", "Significance", "เชื่อมโยงผลการวิเคราะห์ เพื่อคาดการณ์และสนับสนุนการตัดสินใจอย่างมีประสิทธิภาพในทุกระดับ"),
    ("4.4", "Basic", "การจัดการข้อมูลและสารสนเทศตามมาตรฐานกำกับข้อมูล (Data Governance)"),
    ("3.1", "Basic", "ใช้ข้อมูลเพื่อตอบสนองความต้องการที่แตกต่าง"),
    ("3.2", "Basic", "การประเมินความพึงพอใจและความผูกพันของกลุ่มผู้รับบริการและผู้มีส่วนได้ส่วนเสียหลัก"),
    ("1.2", "Advance", "ใช้เทคโนโลยีดิจิทัลในการกำกับ ติดตาม และรายงานผลต่อสาธารณะ"),
    ("1.3", "Significance", "สร้างนวัตกรรมเชิงนโยบาย ก่อให้เกิดเครือข่ายความร่วมมือทั้งภายในและภายนอก ที่ส่งผลกระทบสูง "
                            "ที่สามารถแก้ปัญหาที่ซับซ้อน"),
])
def test_overview_cells_have_no_pdf_wrap_spaces_inside_phrases(items: dict[str, dict[str, Any]], code: str,
                                                                level: str, text: str) -> None:
    """The overview tables of categories 1, 3 and 4 kept the PDF's cell wraps as spaces inside phrases
    ("ผู้มีส่วนได้ ส่วนเสีย", "อย่าง มีประสิทธิภาพ"); the errata join them, as the answers show them."""
    assert items[code]["level_summary"][level] == text


def test_item_titles_have_no_pdf_wrap_spaces(items: dict[str, dict[str, Any]]) -> None:
    assert items["1.1"]["title_th"] == "ระบบการนำองค์การที่สร้างความยั่งยืน"
    assert items["3.3"]["title_th"] == "การสร้างนวัตกรรมการบริการและตอบสนองความต้องการเฉพาะกลุ่ม"
    assert items["4.4"]["title_th"] == "การบริหารจัดการข้อมูล สารสนเทศ และการปรับระบบการทำงานเป็นดิจิทัลเต็มรูปแบบ"
    assert items["7.5"]["title_th"] == "ด้านผลกระทบต่อเศรษฐกิจ สังคม สาธารณสุข สิ่งแวดล้อม"


def test_item_titles_and_variants(items: dict[str, dict[str, Any]]) -> None:
    assert items["4.2"]["title_th"] == "การวิเคราะห์ผลจากข้อมูล และตัววัด เพื่อนำไปสู่การพัฒนาและแก้ไขปัญหา"
    assert items["1.1"]["title_th"] == "ระบบการนำองค์การที่สร้างความยั่งยืน"
    assert items["1.1"]["title_variants"] == []  # the overview's spaced wording was a line wrap (errata)
    assert items["1.2"]["title_variants"][-1] == "การป้องกันทุจริตและสร้างความโปร่งใส"  # changes table
    assert items["6.1"]["title_variants"][0] == "กระบวนการทำงาน เชื่อมโยงตั้งแต่ต้นจนจบ นำสู่ผลลัพธ์ที่ต้องการ"
    for item in items.values():
        assert item["title_th"] not in item["title_variants"]


def test_level_guidance_rows_are_the_deck_cells(items: dict[str, dict[str, Any]]) -> None:
    advance = next(line for line in FIXED if line.startswith("Advance\t") and "คู่แข่ง" in line)
    assert items["4.2"]["levels"]["Advance"] == [text_of(re.sub(r"<[^>]+>", " ", advance.split("\t", 1)[1]))]
    # bullet-list guidance (หมวด 3.4) and "•" cells (หมวด 2.3) become one line per list item
    chatbot = "การใช้ Chatbot ที่เป็นเทคโนโลยี AI ในการตอบคำถามเบื้องต้น (เช่น น้องอารี)"
    assert items["3.4"]["levels"]["Significance"][-1] == chatbot == RAW[623][2:]
    assert len(items["2.3"]["levels"]["Basic"]) == RAW[436].count("•") == 3


def test_item_1_1_shown_on_two_slides_keeps_both_guidances_and_the_later_questions(
    items: dict[str, dict[str, Any]], questions: dict[str, dict[str, Any]],
) -> None:
    basic = items["1.1"]["levels"]["Basic"]
    assert basic[0].startswith("กำหนดวิสัยทัศน์ ยุทธศาสตร์ เป้าหมายและตัวชี้วัด ชัดเจน")  # first slide
    assert basic[-1].startswith("กำหนดวิสัยทัศน์ ยุทธศาสตร์ เป้าหมายและตัวชี้วัดชัดเจน ตอบสนอง")  # second
    assert [q["code"] for q in items["1.1"]["questions"]] == [f"1.1.{n}" for n in range(1, 6)]
    q = questions["1.1.1"]
    assert q["levels"] == ["Advance"] and q["text"].endswith("(ระบุน้อย 2 ด้าน) (Advance)")
    assert q["text_variants"] == [text_of(RAW[191][2:])[6:]]
    assert q["points"][-1] == text_of(RAW[221])


# --- questions --------------------------------------------------------------------------------------


def test_question_codes_are_prefixed_by_their_item_and_run_in_sequence(items: dict[str, dict[str, Any]]) -> None:
    for code, item in items.items():
        codes = [q["code"] for q in item["questions"]]
        assert codes == [f"{code}.{n}" for n in range(1, len(codes) + 1)]


def test_every_question_in_the_deck_is_parsed_once_under_its_item(
    questions: dict[str, dict[str, Any]],
) -> None:
    in_deck = {m.group(1) for line in RAW if (m := QUESTION_LINE.match(line))}
    assert set(questions) == in_deck
    assert len(questions) == 94


def test_question_texts_match_their_source_lines(questions: dict[str, dict[str, Any]]) -> None:
    for code, q in questions.items():
        lines = [m.group(2) for line in FIXED if (m := QUESTION_LINE.match(line)) and m.group(1) == code]
        assert q["text"] == text_of(lines[-1]), code


def test_questions_asked_about_in_the_brief(questions: dict[str, dict[str, Any]]) -> None:
    q = questions["4.1.1"]
    assert q["text"] == "มีการกำหนดสารสนเทศที่สำคัญเพื่อ"
    assert q["points"][1] == "การปฏิบัติงานของเจ้าหน้าที่ โดยสารสนเทศนั้น คือ....."
    assert questions["3.4.2"]["points"] == [line[2:] for line in RAW[631:635]]
    assert questions["5.4.2"]["levels"] == ["Significance"]
    assert questions["5.4.3"]["levels"] == ["Basic"]  # "(A/D)": approach and deployment


# --- หมวด 7 -------------------------------------------------------------------------------------------


def test_category7_measure_groups_and_mandatory_measures(parsed: dict[str, Any]) -> None:
    groups = parsed["category7"]["measure_groups"]
    assert [g["code"] for g in groups] == [f"7.{n}" for n in range(1, 7)]
    mandatory = [m["text"] for g in groups for m in g["measures"] if m["mandatory"]]
    assert mandatory == [
        "ตัววัดตามภารกิจหลัก", "ตัววัดตามแผนยุทธศาสตร์", "ความพึงพอใจ", "ความผูกพันและความร่วมมือ",
        "จำนวนนวัตกรรมต่อบุคลากร (จำนวนโครงการที่สำเร็จจากการมีส่วนร่วมของเครือข่าย)",
        "การเรียนรู้และผลการพัฒนา", "จำนวนรางวัลที่ได้รับจากภายนอก", "จำนวน Best practice",
        "การบรรลุผลตัววัดร่วม", "นวัตกรรมการปรับปรุง",
        "ผลการปรับปรุงจากการใช้เทคโนโลยีดิจิทัล (Open Data, เชื่อมโยงข้อมูล, Digitize Process, e-Services)",
    ]
    start = raw_index("7.1 ด้านพันธกิจ")
    assert len(mandatory) == sum(line.count("*") for line in RAW[start : start + 46])
    assert [len(g["measures"]) for g in groups] == [5, 5, 5, 4, 4, 5]
    assert groups[1]["title_th"] == "ด้านผู้รับบริการ และประชาชน"


def test_category7_level_bands_and_items(parsed: dict[str, Any]) -> None:
    bands = parsed["category7"]["level_bands"]
    assert [(b["level"], b["band"]) for b in bands] == [
        ("Basic", "<4.9 %"), ("Advance", "5% - 9%"), ("Significance", "> 10%"),
    ]
    assert bands[0]["label"] == "Level & Early trend" and bands[1]["label"] == "Focus Improvement"
    category = parsed["categories"][6]
    assert category["intent_th"].startswith("เพื่อให้สามารถกำหนดตัววัดสำคัญ")
    assert category["items"][0]["measures"][0] == {"text": "ตัววัดตามภารกิจหลัก", "mandatory": True}
    assert category["items"][3]["level_summary"]["Advance"] == "ผลลัพธ์ดีกว่าค่าเป้าหมาย 5% - 9%"
    assert parsed["category7"]["target_setting"]["rows"][2][:2] == ["รายได้จากการท่องเที่ยว (ล้านบาท)", "450"]


# --- framing, glossary, changes -----------------------------------------------------------------------


def test_concept_success_factors_and_closing(parsed: dict[str, Any]) -> None:
    assert [g["title_th"] for g in parsed["concept"]] == [
        "ภาครัฐที่เปิดกว้างและเชื่อมโยงกัน", "ภาครัฐที่ยึดประชาชนเป็นศูนย์กลาง", "ภาครัฐที่มีขีดสมรรถนะสูงและทันสมัย",
    ]
    assert parsed["concept"][1]["points"][-1] == "Happy citizen"
    assert parsed["success_factors"] == [
        {"name_en": "Collaboration", "text_th": "การสานพลังระหว่างภาครัฐและภาคอื่น ๆ"},
        {"name_en": "Innovation", "text_th": "การสร้างนวัตกรรม"},
        {"name_en": "Digitalization", "text_th": "การปรับเข้าสู่ความเป็นดิจิทัล"},
    ]
    assert parsed["level_labels"] == {"Basic": "A&D", "Advance": "Alignment", "Significance": "Integration"}
    assert parsed["closing"] == ["พัฒนาระบบราชการ เพื่อชีวิตที่ดีขึ้นของประชาชน", "Good Governance for Better Life"]
    assert len(parsed["lessons"]) == 2


def test_definitions_are_each_glossary_line_once_with_their_item(parsed: dict[str, Any]) -> None:
    terms = {d["term"]: d for d in parsed["definitions"]}
    assert len(parsed["definitions"]) == 18
    assert terms["นวัตกรรม"]["items"] == ["1.3", "3.3"]  # shown on two slides, word for word
    assert terms["ทำน้อยได้มาก"]["items"] == ["2.3"]
    assert terms["Leading Indicators"]["definition"] == text_of(RAW[1067].split("=", 1)[1])
    assert terms["เป้าหมายระยะสั้น/ระยะยาว"]["example_rows"][0] == ["ปี", "2565", "2566", "2567", "2568", "2569"]


def test_changes_table_rows(parsed: dict[str, Any]) -> None:
    rows = parsed["changes_2565"]
    assert len(rows) == sum(1 for line in RAW if re.match(r"^(<p>)?\d\.\d ", line) and line.count("\t") == 2)
    assert [r["item"] for r in rows][:5] == ["1.2", "1.3", "1.4", "2.1", "2.4"]
    first = rows[0]
    assert first["improvement_by_level"]["Advance"][0] == "การเปิดข้อมูล Open Data"
    assert first["improvement_by_level"]["Significance"] == [
        "ผลการพัฒนาปรับปรุงจนสามารถเป็นต้นแบบในการสร้างความโปร่งใสในการปฏิบัติงาน",
    ]


# --- errata -------------------------------------------------------------------------------------------

# Word-level fixes: (wrong text the deck has, corrected text the catalog must have).
WORD_FIXES = {
    87: ("องค์การองค์การ", "ขับเคลื่อนองค์การให้เกิด"), 244: ("มตรการ", "ระบุมาตรการ"),
    246: ("นานแบบ", "กรณีแนบลิงค์"), 292: ("สิ่งทีอาจ", "สิ่งที่อาจจะ"), 304: ("สังคม ทีอาจ", "สังคม ที่อาจ"),
    317: ("дин", "หมอดินอาสา"), 467: ("วิจรรย์ญาณ", "มีวิจารณญาณ"), 656: ("นำเชื่อถือ", "ปลอดภัย น่าเชื่อถือ"),
    696: ("แก้ปัญหใน", "แก้ปัญหาในเชิงนโยบาย"), 697: ("ทันถ่วงที", "ทันท่วงที"),
    704: ("แก้ปัญหใน", "แก้ปัญหาในเชิงนโยบาย"), 705: ("ทุกกระดับ", "ในทุกระดับ"),
    715: ("ตอบโจทยว่า", "ตอบโจทย์ว่า"), 726: ("াজ", "แก้ปัญหาจนเกิด"), 756: ("ตอบโจทยที่", "ตอบโจทย์ที่ว่า"),
    772: ("บรรจรมี", "บรรจุมีประสิทธิภาพ"), 809: ("ที่มมี", "ระบบการทำงานที่มีประสิทธิภาพ"),
    842: ("ปลุกฝัง", "ปลูกฝังค่านิยม"), 871: ("วิฤต", "เชิงวิกฤต(Critical Thinking)"), 892: ("วิฤต", "เชิงวิกฤต"),
    1106: ("ควมมี", "สร้างความมีประสิทธิภาพ"), 1169: ("จากจาก", "ได้รับจากหน่วยงานระดับกรม"),
    659: ("ไซ เบอร์", "ความมั่นคงทางไซเบอร์"),
    # words split by the PDF's line wraps, and an OCR-garbled กฎระเบียบ
    5: ("สถานะของ หน่วยงาน", "สถานะของหน่วยงานภาครัฐในการเป็นระบบราชการ 4.0"),
    95: ("การนำ องค์การ", "ระบบการนำองค์การ"), 109: ("และ สร้างความ", "ป้องกันทุจริตและสร้างความโปร่งใส"),
    147: ("ผลกระทบ ต่อสังคม", "คำนึงถึงผลกระทบต่อสังคม และการมุ่งเน้น"), 232: ("คอร์ปชั่น", "ทุจริต คอร์รัปชั่น"),
    233: ("คอร์ปชั่น", "การทุจริตคอร์รัปชั่น"), 236: ("สร้าง ความโปร่งใส=", "สร้างความโปร่งใส"),
    240: ("สร้าง ความโปร่งใส", "ป้องกันทุจริตและสร้างความโปร่งใส"), 242: ("สร้าง ความโปร่งใส เช่น", "สร้างความโปร่งใส เช่น"),
    245: ("สร้าง ความโปร่งใส คือ", "สร้างความโปร่งใส คือ"), 256: ("กระบวนการเบี่ยง", "ปรับปรุงกฎระเบียบที่เอื้อ"),
    274: ("จาก เครือข่าย", "การมีส่วนร่วมจากเครือข่าย"), 535: ("ความ ผูกพัน", "สร้างความผูกพัน"),
    658: ("การ สร้างมูลค่า", "และการสร้างมูลค่าเพิ่ม"), 1155: ("การพัฒนา บุคลากร", "ด้านการพัฒนาบุคลากร"),
    1163: ("การเป็น ต้นแบบ", "ด้านการเป็นต้นแบบ"), 1179: ("และ การจัดการ", "และการจัดการกระบวนการ"),
    1195: ("ผลการ ดำเนินงาน", "ผลการดำเนินงาน ลดลง"), 1197: ("ผลการ ดำเนินงาน", "ผลการดำเนินงาน"),
    1199: ("ผลการ ดำเนินงาน", "ผลการดำเนินงาน"),
    # PDF cell wraps left as spaces inside phrases of the overview tables and headings
    125: ("การมีส่วน ร่วม", "ผลสัมฤทธิ์ผ่านการสร้างการมีส่วนร่วมจากเครือข่ายทั้งภายใน"),
    212: ("องค์การ ที่สร้าง", "ระบบการนำองค์การที่สร้างความยั่งยืน"),
    372: ("ตอบสนอง ความท้าทาย", "แผนยุทธศาสตร์ที่ตอบสนองความท้าทาย"),
    497: ("ตอบสนอง ความต้องการที่แตกต่าง", "ใช้ข้อมูลเพื่อตอบสนองความต้องการที่แตกต่าง"),
    501: ("และ ความคาดหวังใหม่", "ค้นหาความต้องการและความคาดหวังใหม่"),
    505: ("ภายในและ ภายนอกเพื่อวาง", "ใช้ข้อมูลทั้งภายในและภายนอกเพื่อวางนโยบายเชิงรุก"),
    511: ("ผู้มีส่วนได้ ส่วนเสียหลัก", "ความผูกพันของกลุ่มผู้รับบริการและผู้มีส่วนได้ส่วนเสียหลัก"),
    513: ("แก้ปัญหา เชิงรุก", "และแก้ปัญหาเชิงรุก"),
    515: ("นวัตกรรมใน การให้บริการ", "บูรณาการกับฐานข้อมูลแหล่งอื่นเพื่อการวางแผน"),
    517: ("นวัตกรรม การบริการและตอบสนอง ความ", "การสร้างนวัตกรรมการบริการและตอบสนองความต้องการเฉพาะกลุ่ม"),
    521: ("บริการที่ ตอบสนอง", "การปรับปรุงบริการที่ตอบสนองความต้องการและความคาดหวัง"),
    523: ("กระบวนการและ สร้างนวัตกรรม", "ปรับปรุงกระบวนการและสร้างนวัตกรรมที่ตอบสนองความต้องการ"),
    525: ("ที่สามารถ ออกแบบ", "สร้างนวัตกรรมที่สามารถออกแบบการให้บริการเฉพาะบุคคล"),
    531: ("รับข้อ ร้องเรียน", "กระบวนการรับข้อร้องเรียนอย่างเป็นระบบ"),
    533: ("จัดการ ข้อร้องเรียนเชิงรุก", "กระบวนการจัดการข้อร้องเรียนเชิงรุก"),
    595: ("นวัตกรรม การบริการ", "การสร้างนวัตกรรมการบริการและตอบสนองความต้องการเฉพาะกลุ่ม"),
    657: ("อย่าง มีประสิทธิภาพในทุกระดับ", "เพื่อคาดการณ์และสนับสนุนการตัดสินใจอย่างมีประสิทธิภาพในทุกระดับ"),
    1006: ("ให้เกิดขึ้นใน</p>", "มีการสร้างนวัตกรรมในการปรับปรุงให้เกิดขึ้นในกระบวนการทำงานหลัก"),
    1074: ("ประสิทธิผล ทั้งองค์กร", "การมุ่งเน้นประสิทธิผลทั้งองค์กร และผลกระทบต่อยุทธศาสตร์ประเทศ"),
    1171: ("ผลกระทบต่อ เศรษฐกิจ สังคม สาธารณสุขสิ่ง", "ด้านผลกระทบต่อเศรษฐกิจ สังคม สาธารณสุข สิ่งแวดล้อม"),
}
# Structural fixes, each proved by its own test below.
STRUCTURAL_FIXES = {103, 106, 114, 117, 121, 129, 134, 141, 151, 156, 159, 187, 305, 410, 449, 452, 577, 589, 590,
                    591, 626, 669, 677, 813, 951, 1042, 1145, 1175}


def test_every_errata_entry_matches_the_deck_and_is_proved_here() -> None:
    fixes = load_errata(pmqa.SOURCE)
    assert {f.line for f in fixes} == set(WORD_FIXES) | STRUCTURAL_FIXES
    for fix in fixes:
        block = "\n".join(RAW[fix.line - 1 : fix.line - 1 + fix.lines])
        assert block.count(fix.find) == 1, fix.line


@pytest.mark.parametrize("line", sorted(WORD_FIXES))
def test_word_fix_reaches_the_catalog(dump: str, line: int) -> None:
    wrong, right = WORD_FIXES[line]
    assert wrong in RAW[line - 1]
    assert wrong not in dump
    assert right in dump


def test_without_errata_question_1_4_2_is_lost_under_1_4_1() -> None:
    _, found = pmqa.parse_text(RAW_TEXT)
    assert any(p.startswith("1.4: codes ['1.4.1', '1.4.3'") for p in found)


def test_fix_305_question_1_4_2_restored(questions: dict[str, dict[str, Any]]) -> None:
    assert questions["1.4.2"]["points"] == [
        "การใช้เทคโนโลยีและดิจิทัลที่ทันสมัย ได้แก่.....", "การใช้เครือข่าย.....ในการเฝ้าระวังเรื่อง.....",
    ]
    assert questions["1.4.1"]["points"] == []


def test_fix_410_two_plan_definitions(parsed: dict[str, Any]) -> None:
    terms = {d["term"]: d["definition"] for d in parsed["definitions"]}
    assert terms["แผนระยะสั้น"] == "1-2 ปี" and terms["แผนระยะกลาง"] == "3-5 ปี"


def test_fix_449_452_notes_stay_in_their_list_items(questions: dict[str, dict[str, Any]]) -> None:
    points = questions["2.3.3"]["points"]
    assert len(points) == 3
    assert points[0].endswith("โดย..... (ตัวอย่างกลยุทธ์การพัฒนาบุคลากรที่สนับสนุนยุทธศาสตร์)")
    assert points[2].endswith("(ใช้ทรัพยากรอะไร ร่วมกับหน่วยงานใด ผลลัพธ์)")


def test_fix_577_677_1042_merged_first_sub_points_split(questions: dict[str, dict[str, Any]]) -> None:
    assert [p[:2] for p in questions["3.2.2"]["points"]] == ["หา", "หา", "หา"]
    assert questions["3.2.2"]["text"].endswith("มาวิเคราะห์ เพื่อ")
    assert questions["4.1.1"]["points"][0] == "ประกอบการตัดสินใจของผู้บริหาร โดยสารสนเทศนั้นคือ....."
    points = questions["6.3.1"]["points"]
    assert points[0] == "กระบวนการหลักที่สำคัญ 2 ลำดับแรก" and points[3] == "กระบวนการสนับสนุนที่สำคัญ 2 ลำดับแรก"


def test_fix_589_591_669_glued_list_items_split(items: dict[str, dict[str, Any]]) -> None:
    assert [len(items["3.3"]["levels"][level]) for level in PMQA_LEVELS] == [3, 2, 3]
    assert items["3.3"]["levels"]["Basic"][1].startswith("มีช่องทางการสื่อสาร")
    assert items["4.1"]["levels"]["Significance"][1].startswith("การดำเนินการอยู่บนพื้นฐานการสำรวจ")


def test_fix_626_item_3_4_heading_recognised(items: dict[str, dict[str, Any]]) -> None:
    assert items["3.4"]["title_th"] == "กระบวนการแก้ไขข้อร้องเรียนที่รวดเร็วและสร้างสรรค์" == RAW[625]


def test_fix_813_question_5_2_1_is_one_line(questions: dict[str, dict[str, Any]]) -> None:
    q = questions["5.2.1"]
    assert q["text"].endswith("โดย..... (ระบุรูปแบบของทีมงาน/องค์ประกอบของทีม) และมีผลสำเร็จของงาน คือ")
    assert q["points"] == []


def test_fix_1145_1175_flattened_measures_split(parsed: dict[str, Any]) -> None:
    groups = {g["code"]: [m["text"] for m in g["measures"]] for g in parsed["category7"]["measure_groups"]}
    assert groups["7.1"][-2:] == [
        "ตัวชี้วัดที่สะท้อนผลสัมฤทธิ์ของการกำกับข้อมูลที่ดี (data governance)",
        "นโยบายและแผนรัฐบาล การบรรลุตามยุทธศาสตร์อื่นๆ",
    ]
    assert groups["7.5"][:2] == ["การบรรลุผลตัววัดร่วม", "การจัดอันดับในระดับนานาชาติ"]



def test_the_13_basic_row_reads_regulations(items: dict[str, dict[str, Any]]) -> None:
    assert "ปรับปรุงกฎระเบียบที่เอื้อให้ประชาชนเข้ามามีส่วนร่วม" in items["1.3"]["levels"]["Basic"]


def test_a_wrapped_cell_line_joins_without_a_space(items: dict[str, dict[str, Any]]) -> None:
    """Category 1's overview cells wrap words over two source lines (errata at lines 117-151)."""
    assert items["1.4"]["level_summary"]["Basic"].startswith("ติดตามตัวชี้วัดและผลการดำเนินงานอย่างต่อเนื่อง")
    assert items["1.2"]["level_summary"]["Advance"].startswith("ใช้เทคโนโลยีดิจิทัลในการกำกับ ติดตาม")
    assert items["1.2"]["level_summary"]["Significance"].endswith("สร้างต้นแบบด้านความโปร่งใส")
    assert "ภายในและการสร้างเครือข่ายภายนอก" in items["1.3"]["level_summary"]["Basic"]
    assert "ให้เกิดการตั้งเป้าหมายท้าทาย" in items["1.3"]["level_summary"]["Advance"]
    assert "เครือข่ายความร่วมมือ" in items["1.3"]["level_summary"]["Significance"]


def test_no_split_word_is_left_in_the_catalog(dump: str) -> None:
    """The split words the errata mend are gone everywhere, not only on the lines above."""
    for defect in ("สร้าง ความโปร่งใส", "จาก เครือข่าย", "ไซ เบอร์", "ผลการ ดำเนินงาน", "เทคโนโลยี ดิจิทัลมาใช้",
                   "กระบวนการเบี่ยง", "คอร์ปชั่น", "ด้านการเป็น ต้นแบบ"):
        assert defect in RAW_TEXT and defect not in dump, defect
