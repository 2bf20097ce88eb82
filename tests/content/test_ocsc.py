"""The ocsc-2561 parser against the OCSC letter: the counts the letter states, codes and titles as
printed, every code under the right parent, and the effect of every errata entry."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from content.errata import apply_errata, corrected_source, load_errata
from content.parsers import ocsc
from content.parsers.ocsc import OcscParseError, parse_text
from content.schema import GROUPS, PHASES

SOURCES = Path(__file__).resolve().parents[2] / "content" / "sources"
FIXES = load_errata(ocsc.SOURCE)


@pytest.fixture(scope="module")
def raw() -> str:
    return (SOURCES / ocsc.SOURCE).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def corrected() -> str:
    return corrected_source(ocsc.SOURCE, SOURCES)


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    return ocsc.parse(SOURCES)


@pytest.fixture(scope="module")
def units(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {u["code"]: u for u in data["units"]}


def elements(units: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {e["code"]: e for u in units.values() for e in u["elements"]}


def criteria(units: dict[str, dict[str, Any]]) -> dict[str, str]:
    return {c["code"]: c["text_th"] for e in elements(units).values() for c in e["criteria"]}


def items(data: dict[str, Any], kind: str, scope: str = "") -> list[dict[str, Any]]:
    return [i for i in data["items"] if i["kind"] == kind and i["scope"] == scope]


def role(data: dict[str, Any], phase: str, group: str) -> dict[str, Any]:
    return next(r for r in data["roles"] if r["phase"] == phase and r["group"] == group)


# --- the counts the letter states ------------------------------------------------------------


def test_seven_areas_with_the_unit_counts_the_letter_states(data: dict[str, Any]) -> None:
    areas = data["areas"]
    assert [a["code"] for a in areas] == ["DLit", "DG", "DT", "DS", "SPM", "DL", "DTr"]
    assert [a["no"] for a in areas] == [1, 2, 3, 4, 5, 6, 7]
    assert [a["unit_count_stated"] for a in areas] == [7, 6, 7, 7, 6, 3, 3]
    found = Counter(u["area"] for u in data["units"])
    assert [found[a["code"]] for a in areas] == [7, 6, 7, 7, 6, 3, 3]
    assert areas[0]["title_en"] == "Digital Literacy"
    assert areas[5]["title_th"] == "ความสามารถด้านผู้นำดิจิทัล"
    assert areas[1]["title_en"] == "Digital Governance, Standard, and Compliance"


def test_thirty_nine_units_as_stated(corrected: str, data: dict[str, Any]) -> None:
    assert "ประกอบด้วย ๗ ด้าน ๓๙ หน่วยความสามารถ" in corrected
    assert parse_text(corrected).stated_units == 39
    assert len(data["units"]) == 39
    assert all(u["framework"] == "ocsc-2561" and u["details"] == {} for u in data["units"])


def test_item_counts_as_stated(data: dict[str, Any]) -> None:
    assert len(items(data, "knowledge", "basic")) == 5
    assert len(items(data, "knowledge", "group")) == 18
    assert len(items(data, "experience", "basic")) == 5
    assert len(items(data, "experience", "group")) == 13
    assert len(items(data, "attribute")) == 5
    assert len(items(data, "competency")) == 4
    assert [i["no"] for i in items(data, "knowledge", "group")] == [str(n) for n in range(1, 19)]


def test_eighteen_roles_three_phases_by_six_groups(data: dict[str, Any]) -> None:
    assert [(r["phase"], r["group"]) for r in data["roles"]] == [(p, g) for p in PHASES for g in GROUPS]


# --- codes and titles as printed -------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "title"),
    [
        ("DL201", "สร้างและบริหารทีมงานทำงานจากหลายหน่วยงานที่มีระดับทักษะดิจิทัลที่ต่างกัน"),
        ("DG502", "จัดการความเสี่ยงดิจิทัล"),
        ("DT701", "จัดการผู้มีส่วนเกี่ยวข้องกับการพัฒนาซอฟต์แวร์"),
        ("SPM603", "จัดทำงบประมาณบำรุงรักษา"),
        (
            "DTr302",
            "ปรับเปลี่ยนรูปแบบแผนกลยุทธ์ขององค์กรให้สอดคล้องกับสถานการณ์ที่เกิดขึ้นทั้งจากภายในและภายนอกองค์กร"
            " (New S-Curve)",
        ),
        ("DL301", "นำการเปลี่ยนแปลงกระบวนการงานสู่การบูรณาการและกระบวนการอัตโนมัติ"),
    ],
)
def test_element_titles_as_printed(raw: str, units: dict[str, dict[str, Any]], code: str, title: str) -> None:
    assert title in raw
    assert elements(units)[code]["title_th"] == title


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("DLit101.1", "ใช้งานฮาร์ดแวร์"),
        ("DLit303.4", "จัดการรูปแบบการพิสูจน์ตัวตน"),
        ("DS601.1", "กำหนดกลุ่มผู้ใช้และตัวแบบการประเมิน"),  # inside <p> fragments
        ("SPM101.1", "คาดการณ์สถานการณ์ที่อาจเกิดขึ้นต่อองค์กรจากการเปลี่ยนแปลงเทคโนโลยีดิจิทัล (Scenario Analysis)"),
        ("DS402.4", "สื่อสารเพื่อการทำงานอย่างมีส่วนร่วมภายนอกหน่วยงาน"),  # printed in the element column
    ],
)
def test_criteria_as_printed(raw: str, units: dict[str, dict[str, Any]], code: str, text: str) -> None:
    assert re.search(rf"{re.escape(code)}\s+{re.escape(text)}", raw)  # a tab separates some cells
    assert criteria(units)[code] == text


def test_unit_titles_keep_their_english_and_expose_it(units: dict[str, dict[str, Any]]) -> None:
    assert units["DG500"]["title_th"] == "บริหารความเสี่ยงดิจิทัล (Digital Risk Management)"
    assert units["DG500"]["title_en"] == "Digital Risk Management"
    assert units["DLit100"]["title_th"] == "เข้าถึงและตระหนักดิจิทัล"
    assert "title_en" not in units["DLit100"]
    # English in the middle of a title is not the title's English name.
    assert "title_en" not in units["DT200"]
    assert units["DT600"]["title_th"].startswith("วิเคราะห์ข้อมูล (Data Analytics) เพื่อ")


def test_html_fragments_are_stripped(data: dict[str, Any]) -> None:
    texts = [u["title_th"] for u in data["units"]]
    texts += [e["title_th"] for u in data["units"] for e in u["elements"]]
    texts += [c["text_th"] for u in data["units"] for e in u["elements"] for c in e["criteria"]]
    assert texts and not [t for t in texts if "<" in t or ">" in t or "  " in t]


def test_competencies_carry_their_definitions(data: dict[str, Any]) -> None:
    competencies = items(data, "competency")
    assert [c["title_en"] for c in competencies] == [
        "Visioning",
        "Strategic Orientation",
        "Change Leadership",
        "Coaching and Empowering Others",
    ]
    assert competencies[0]["title_th"] == "วิสัยทัศน์ (Visioning)"
    assert competencies[1]["description_th"].startswith("ความเข้าใจวิสัยทัศน์และนโยบายภาครัฐ")
    # The footnote printed between (๑) and (๒) is not part of any definition.
    assert not [c for c in competencies if "สภาวะผู้นำ" in c["description_th"]]


def test_role_content_as_printed(raw: str, data: dict[str, Any]) -> None:
    management = role(data, "Early", "Management")
    assert management["role_title_th"] == "ผู้ปรับเปลี่ยนกระบวนการงานด้านดิจิทัลในกระบวนการทำงานหรือการให้บริการ"
    assert management["description_th"].startswith("เป็น “ผู้ปรับเปลี่ยนกระบวนการงาน")
    assert management["units"][:3] == ["SPM100", "SPM200", "DS100"]
    assert len(management["units"]) == 13
    others = role(data, "Early", "Others")
    assert others["units"] == ["DLit100", "DLit200", "DLit400", "DG100", "DG400"]
    assert others["experience"] == []  # only the basic experience, which every role has
    assert others["competencies"] == ["สอนงานและมอบหมายงาน (Coaching and Empowering Others)"]
    academic = role(data, "Early", "Academic")
    assert academic["knowledge"][0] in raw.replace("\n- ", "\n")
    assert role(data, "Mature", "Technologist")["role_title_th"] == "ผู้สร้างองค์กรอัจฉริยะ"


# --- every code under the right parent ------------------------------------------------------


def test_every_code_sits_under_its_parent(data: dict[str, Any]) -> None:
    for unit in data["units"]:
        assert unit["code"].startswith(unit["area"]) and unit["code"].endswith("00")
        assert unit["elements"], unit["code"]
        for e_no, element in enumerate(unit["elements"], start=1):
            assert element["code"] == f"{unit['code'][:-2]}{e_no:02d}"
            assert element["criteria"], element["code"]
            for c_no, criterion in enumerate(element["criteria"], start=1):
                assert criterion["code"] == f"{element['code']}.{c_no}"
                assert criterion["system_code"] is None and criterion["text_th"]


def test_role_units_exist(data: dict[str, Any]) -> None:
    codes = {u["code"] for u in data["units"]}
    for r in data["roles"]:
        assert r["units"] and set(r["units"]) <= codes and len(set(r["units"])) == len(r["units"])


def test_merged_table_rows_are_split_by_element(units: dict[str, dict[str, Any]]) -> None:
    # Line 170: DLit202 and DLit203 share one row; all their criteria follow in the next cell.
    by_code = elements(units)
    assert len(by_code["DLit202"]["criteria"]) == 7 and len(by_code["DLit203"]["criteria"]) == 5
    # Line 171: the unit DLit300 is printed after its elements, in the criteria column.
    assert [e["code"] for e in units["DLit300"]["elements"]] == ["DLit301", "DLit302", "DLit303"]
    assert units["DLit300"]["title_th"] == "ใช้ดิจิทัลเพื่อการทำงานร่วมกัน"
    # Line 410: SPM600 and its three elements in one cell.
    assert [e["code"] for e in units["SPM600"]["elements"]] == ["SPM601", "SPM602", "SPM603"]


def test_page_break_continuation_stays_with_its_element(raw: str, units: dict[str, dict[str, Any]]) -> None:
    # At a page break the DS303 row carries DS302's last criteria before DS303's own.
    row = next(line for line in raw.split("\n") if line.startswith("DS303\t"))
    assert "DS302.2" in row
    by_code = elements(units)
    assert [c["code"] for c in by_code["DS302"]["criteria"]] == [f"DS302.{n}" for n in range(1, 5)]
    assert [c["code"] for c in by_code["DS303"]["criteria"]] == [f"DS303.{n}" for n in range(1, 5)]


def test_a_mistyped_criterion_code_is_reported(corrected: str) -> None:
    broken = corrected.replace("DG502.3 ดำเนินงาน", "DG503.3 ดำเนินงาน")
    problems = parse_text(broken).problems
    assert any("DG503.3 under DG502" in p for p in problems)


def test_parse_refuses_a_letter_with_problems(tmp_path: Path, raw: str) -> None:
    broken = raw.replace("DG502.3 ดำเนินงาน", "DG503.3 ดำเนินงาน")  # a line no erratum touches
    (tmp_path / ocsc.SOURCE).write_text(broken, encoding="utf-8")
    with pytest.raises(OcscParseError, match=r"criterion DG503\.3 under DG502"):
        ocsc.parse(tmp_path)


# --- errata ----------------------------------------------------------------------------------


def test_the_raw_letter_shows_the_structural_defects(raw: str) -> None:
    problems = "\n".join(parse_text(raw).problems)
    assert "line 262: criterion DS102.1 has no element to belong to" in problems
    assert "line 416: table says group 2, section heading says 1.6" in problems
    for line in (1060, 1196, 1621):
        assert f"line {line}: unknown unit code 'DTTr200'" in problems
    assert not parse_text(corrected_source(ocsc.SOURCE, SOURCES)).problems


@pytest.mark.parametrize("fix", FIXES, ids=[f"line{f.line}" for f in FIXES])
def test_every_erratum_changes_the_parse(raw: str, data: dict[str, Any], fix: Any) -> None:
    without = parse_text(apply_errata(ocsc.SOURCE, raw, [f for f in FIXES if f is not fix]))
    assert without.problems or without.data != data


def test_errata_fix_the_words(raw: str, data: dict[str, Any], units: dict[str, dict[str, Any]]) -> None:
    texts = criteria(units)
    assert "ใช้งานประโยชน์อิเล็กทรอนิกส์" in raw and texts["DLit102.3"] == "ใช้งานไปรษณีย์อิเล็กทรอนิกส์"
    assert "แก้ปัญหาาร่วมกัน" in raw and "แก้ปัญหาร่วมกันกับทีม" in texts["DL201.2"]
    assert texts["DG602.5"].startswith("สรุปหลักการ ")
    assert texts["DT703.6"] == "ทำซ้ำเกณฑ์ปฏิบัติงาน 703.1-703.5"
    assert "แผนที่นำทางบริการดิจิทัล" in texts["DS704.3"]
    assert units["DS500"]["title_th"].startswith("สร้างนวัตกรรมบริการแก่นที่ใช้การได้")
    assert elements(units)["DS102"]["title_th"] == "ระบุแนวทางในการแก้ปัญหาและกำหนดกรอบการให้บริการดิจิทัลแบบเชื่อมโยง"
    assert not elements(units)["DS101"]["criteria"][-1]["text_th"].endswith("แบบเชื่อมโยง")
    experience = [i["title_th"] for i in items(data, "experience", "group")]
    assert raw.count("ประสิทธิภาพการ") >= 9
    assert all(t.startswith(("ประสบการณ์", "เคยเป็น")) for t in experience)
    developing = role(data, "Developing", "Management")["experience"]
    assert "เคยเป็นกรรมการหรือปฏิบัติงานที่เกี่ยวข้องกับงานด้านการบริหารและการพัฒนาทรัพยากรบุคคลของหน่วยงาน" in developing
    assert "การพัฒนาทรัพยากรบุคคลของหน่วยงาน" not in developing
    assert role(data, "Developing", "Service")["role_title_th"] == "ผู้อำนวยความสะดวกด้านดิจิทัลภาครัฐ"
    assert not [k for r in data["roles"] for k in r["knowledge"] if "แก๊ซ" in k]
    assert "DTr200" in role(data, "Developing", "Academic")["units"]
