"""The std-2567 parser against its sources: the unit list, the functional map, the two detailed units,
and the effect of every errata entry."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from content.errata import ERRATA_DIR, corrected_source, load_errata
from content.parsers import standard
from content.parsers._functional_map import parse_functional_map
from content.parsers._std_errors import StandardFormatError
from content.parsers._unit_detail import parse_unit_detail
from content.schema import DETAIL_ASPECTS
from content.text import clean

SOURCES = Path(__file__).resolve().parents[2] / "content" / "sources"
DS700_SOURCE, DL200_SOURCE = standard.DETAILED_SOURCES
CODES_LINE = re.compile(r"^([A-Z]+\d+\.\d{2}) (\d+)$")


def raw_lines(source: str) -> list[str]:
    return (SOURCES / source).read_text(encoding="utf-8").split("\n")


def corrected_lines(source: str) -> list[str]:
    return corrected_source(source, SOURCES).split("\n")


@pytest.fixture(scope="module")
def parsed() -> dict[str, Any]:
    return standard.parse(SOURCES)


@pytest.fixture(scope="module")
def units(parsed: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {u["code"]: u for u in parsed["units"]}


def criterion(units: dict[str, dict[str, Any]], code: str) -> dict[str, Any]:
    unit = units[f"{code[:2]}{code[2]}00"]
    return next(c for e in unit["elements"] for c in e["criteria"] if c["code"] == code)


# --- the list of units -----------------------------------------------------------------------------


def test_list_has_44_unique_units_in_document_order(parsed: dict[str, Any]) -> None:
    listed = [line[2:].split(" ", 1)[0] for line in raw_lines(standard.SOURCE) if line.startswith("- ")]
    codes = [u["code"] for u in parsed["units"]]
    assert len(listed) == 44
    assert codes == listed
    assert len(set(codes)) == 44
    assert codes[:3] == ["CS100", "CS200", "CS300"] and codes[-1] == "DUS500"


def test_units_per_prefix(parsed: dict[str, Any]) -> None:
    counts = Counter(u["area"] for u in parsed["units"])
    assert counts == {"CS": 5, "DG": 9, "DL": 10, "DLit": 3, "DS": 7, "DT": 5, "DUS": 5}
    assert all(
        u["code"].startswith(u["area"]) and u["code"][len(u["area"]) :].isdigit() for u in parsed["units"]
    )
    assert [a["unit_count"] for a in parsed["areas"]] == [5, 9, 10, 3, 7, 5, 5]


def test_titles_exactly_as_listed(parsed: dict[str, Any]) -> None:
    lines = set(corrected_lines(standard.SOURCE))
    for unit in parsed["units"]:
        assert f"- {unit['code']} {unit['title_th']}" in lines
        assert unit["framework"] == "std-2567"
    by_code = {u["code"]: u["title_th"] for u in parsed["units"]}
    assert by_code["DS700"] == "บริหารประสิทธิภาพการบริการและการทำงานดิจิทัล"
    assert by_code["DLit200"] == "ใช้โปรแกรมพื้นฐานเพื่อการทำงานในสำนักงาน"


def test_units_without_detail_have_no_elements(parsed: dict[str, Any]) -> None:
    detailed = [u["code"] for u in parsed["units"] if u["elements"] or u["details"]]
    assert detailed == ["DL200", "DS700"]


# --- areas and functional map --------------------------------------------------------------------


def test_areas_come_from_the_functional_map(parsed: dict[str, Any]) -> None:
    areas = {a["code"]: a for a in parsed["areas"]}
    assert [a["code"] for a in parsed["areas"]] == ["CS", "DG", "DL", "DLit", "DS", "DT", "DUS"]
    assert [a["no"] for a in parsed["areas"]] == list(range(1, 8))
    assert areas["CS"]["title_en"] == "Cyber Security"
    assert areas["DUS"]["title_th"] == "ใช้ประโยชน์ข้อมูลและการใช้ข้อมูลร่วมกัน (Data Utilization and Sharing)"
    assert areas["DL"]["key_roles"] == ["04", "05"] and areas["DL"]["title_en"] == "Digital Leadership"
    assert areas["DS"]["key_roles"] == areas["DT"]["key_roles"] == ["03"]
    assert areas["DG"]["title_en"] == ""  # the document gives no English name


def test_functional_map_structure(parsed: dict[str, Any]) -> None:
    fmap = parsed["functional_map"]
    assert fmap["key_purpose"].startswith("เพื่อการเปลี่ยนผ่านสู่รัฐบาลดิจิทัลที่มีการบูรณาการเสมือนเป็นองค์กรเดียว")
    assert "<p>" not in fmap["key_purpose"] and fmap["key_purpose"].endswith("ด้วยนวัตกรรม")
    roles = [(r["code"], [f["code"] for f in r["functions"]]) for r in fmap["key_roles"]]
    assert roles == [
        ("01", ["DLit"]),
        ("06", ["DUS"]),
        ("02", ["DG"]),
        ("03", ["DS", "DT"]),
        ("04", ["DL"]),
        ("05", ["DL"]),
        ("07", ["CS"]),
    ]
    dl = fmap["key_roles"][4]["functions"][0]
    assert [p["code"] for p in dl["parts"]] == ["DL", "SPM"]
    assert dl["parts"][1]["title_th"].startswith("กำหนดนโยบายทิศทางเพื่อพัฒนาองค์กรดิจิทัล")
    assert [p["code"] for p in fmap["key_roles"][5]["functions"][0]["parts"]] == ["DTR"]


# --- detailed units ------------------------------------------------------------------------------


def test_ds700_elements_and_criteria(units: dict[str, dict[str, Any]]) -> None:
    unit = units["DS700"]
    assert [e["code"] for e in unit["elements"]] == ["DS701", "DS702", "DS703", "DS704"]
    assert [len(e["criteria"]) for e in unit["elements"]] == [3, 3, 3, 3]
    in_source = [m.group(1) for line in raw_lines(DS700_SOURCE) if (m := CODES_LINE.match(line))]
    assert [c["code"] for e in unit["elements"] for c in e["criteria"]] == in_source


def test_dl200_elements_and_criteria(units: dict[str, dict[str, Any]]) -> None:
    unit = units["DL200"]
    assert [e["code"] for e in unit["elements"]] == ["DL201", "DL202", "DL203"]
    assert [len(e["criteria"]) for e in unit["elements"]] == [4, 3, 3]
    assert unit["elements"][0]["title_th"] == "วิเคราะห์องค์กรปัจจุบันเปรียบเทียบกับองค์กรดิจิทัลอนาคต"


def test_sample_question_ds704_03(units: dict[str, dict[str, Any]]) -> None:
    assert criterion(units, "DS704.03")["text_th"] == (
        "นำข้อเสนอแนะที่ได้ไปปรับปรุงแผนที่นำทางบริการดิจิทัล และสถาปัตยกรรมองค์กร"
    )


@pytest.mark.parametrize(("code", "source"), [("DS700", DS700_SOURCE), ("DL200", DL200_SOURCE)])
def test_every_criterion_has_its_system_code(
    units: dict[str, dict[str, Any]], code: str, source: str
) -> None:
    pairs = {m.group(1): m.group(2) for line in corrected_lines(source) if (m := CODES_LINE.match(line))}
    criteria = [c for e in units[code]["elements"] for c in e["criteria"]]
    assert {c["code"]: c["system_code"] for c in criteria} == pairs
    assert all(isinstance(c["system_code"], str) and c["system_code"].isdigit() for c in criteria)
    assert len({c["system_code"] for c in criteria}) == len(criteria)


@pytest.mark.parametrize(("code", "source"), [("DS700", DS700_SOURCE), ("DL200", DL200_SOURCE)])
def test_each_criterion_sits_under_its_element_in_the_source(
    units: dict[str, dict[str, Any]], code: str, source: str
) -> None:
    lines = [clean(line) for line in corrected_lines(source)]
    for element in units[code]["elements"]:
        assert element["code"][:-1] == code[:-1]
        for c in element["criteria"]:
            assert c["code"].startswith(element["code"] + ".")
            row = lines.index(f"{c['code']} {c['system_code']}")
            owner = next(t for t in reversed(lines[:row]) if re.fullmatch(r"[A-Z]+\d+", t))
            assert owner == element["code"]
            assert c["text_th"] in " ".join(lines[lines.index(owner, 0, row) : row])


def test_dl200_is_linked_to_its_document_code(units: dict[str, dict[str, Any]]) -> None:
    unit = units["DL200"]
    assert unit["aliases"] == ["DG-EJJM-026"]
    assert unit["details"]["document_code"] == "DG-EJJM-026"
    assert "1. รหัสหน่วยสมรรถนะ DG-EJJM-026" in raw_lines(DL200_SOURCE)
    assert units["DS700"]["aliases"] == [] and units["DS700"]["details"]["document_code"] == "DS700"


def test_ds700_keeps_the_list_title_and_the_document_title(units: dict[str, dict[str, Any]]) -> None:
    details = units["DS700"]["details"]
    assert details["document_title"] == "บริหารจัดการประสิทธิภาพการบริการและการทำงานดิจิทัล"
    assert units["DS700"]["title_th"] != details["document_title"]
    assert units["DL200"]["details"]["document_title"] == units["DL200"]["title_th"]


@pytest.mark.parametrize("code", ["DS700", "DL200"])
def test_details_have_every_aspect(units: dict[str, dict[str, Any]], code: str) -> None:
    details = units[code]["details"]
    for aspect in DETAIL_ASPECTS:
        assert isinstance(details[aspect], list) and all(isinstance(x, str) and x for x in details[aspect])
    assert details["revision"] == {"DS700": "/", "DL200": "1 / 2567"}[code]
    assert details["level"] == ""


def test_ds700_range_and_evidence_match_source_lines(units: dict[str, dict[str, Any]]) -> None:
    details = units["DS700"]["details"]
    lines = {clean(line).lstrip("•").strip() for line in corrected_lines(DS700_SOURCE)}
    raw = raw_lines(DS700_SOURCE)
    assert details["range"][0] == clean(raw[216])  # line 217: the range statement
    assert details["range"][-1] == "Measurement คือการวัดค่า ซึ่งสามารถวัดค่าได้แบบโดยตรง หรือโดยอ้อม"
    assert details["evidence"][0] == "(ก) หลักฐานการปฏิบัติงาน (Performance Evidence)"
    assert len(details["range"]) == 6 and len(details["evidence"]) == 9
    for item in details["range"] + details["evidence"]:
        assert item in lines


def test_ds700_skills_and_knowledge(units: dict[str, dict[str, Any]]) -> None:
    details = units["DS700"]["details"]
    assert (
        len(details["skills"]) == 6 and len(details["knowledge"]) == 8 and len(details["prerequisites"]) == 5
    )
    assert details["knowledge"][0] == "ความรู้ด้าน e-Government Capability Maturity Model"
    assert details["assessment"] == [
        "สอบข้อเขียน",
        "พิจารณาได้จากเครื่องมือประเมินสมรรถนะบุคคล (Assessment Tool)",
    ]


# --- the sources as received fail the checks; each errata entry has its effect ------------------


def test_functional_map_as_received_is_rejected() -> None:
    with pytest.raises(StandardFormatError, match=r":146: key purpose cell below the first row"):
        parse_functional_map(raw_lines(standard.SOURCE), standard.SOURCE)


def test_dl200_as_received_is_rejected() -> None:
    text = (SOURCES / DL200_SOURCE).read_text(encoding="utf-8")
    with pytest.raises(StandardFormatError, match=r":91: element code inside a criterion's text"):
        parse_unit_detail(text, DL200_SOURCE)


def _fmap_function(parsed: dict[str, Any], code: str, index: int = 0) -> str:
    found = [
        f["title_th"]
        for r in parsed["functional_map"]["key_roles"]
        for f in r["functions"]
        if f["code"] == code
    ]
    return found[index]


Check = Callable[[dict[str, Any], dict[str, dict[str, Any]]], bool]
EFFECTS: dict[tuple[str, int], Check] = {
    (standard.SOURCE, 79): lambda p, u: "เจ้าพนักงานเครื่องคอมพิวเตอร์" in p["audience"]["target_group"]["text"],
    (standard.SOURCE, 104): lambda p, u: u["DL700"]["title_th"] == "พัฒนาคนพันธุ์ใหม่สำหรับพัฒนาองค์กรดิจิทัล",
    (standard.SOURCE, 139): lambda p, u: (
        p["functional_map"]["key_roles"][0]["functions"][0]["code"] == "DLit"
    ),
    (standard.SOURCE, 142): lambda p, u: (
        "โดยคำนึงถึงการอำนวยความสะดวกให้แก่ผู้รับบริการ เพิ่มความรวดเร็ว" in _fmap_function(p, "DS")
    ),
    (standard.SOURCE, 145): lambda p, u: _fmap_function(p, "DL", 1).endswith("การมีส่วนร่วมของบุคลากรในทุกระดับ"),
    (standard.SOURCE, 146): lambda p, u: (
        p["functional_map"]["key_roles"][-1]["code"] == "07"
        and p["functional_map"]["key_roles"][-1]["functions"][0]["code"] == "CS"
    ),
    # table 2 copies only cross-check table 1: parsing succeeds only when their words agree
    (standard.SOURCE, 160): lambda p, u: _fmap_function(p, "DL", 0).endswith("เพื่อการพัฒนารัฐบาลดิจิทัล"),
    (standard.SOURCE, 162): lambda p, u: p["areas"][3]["key_roles"] == ["01"],
    (standard.SOURCE, 167): lambda p, u: _fmap_function(p, "DT").startswith("คัดสรร เลือก"),
    (DS700_SOURCE, 28): lambda p, u: u["DS700"]["details"]["description"][0].endswith("บริการดิจิทัลได้"),
    (DS700_SOURCE, 39): lambda p, u: (
        len(u["DS700"]["details"]["laws"]) == 5
        and u["DS700"]["details"]["laws"][-1] == "พระราชบัญญัติการพัฒนาดิจิทัลเพื่อเศรษฐกิจและสังคม พ.ศ. 2560"
    ),
    (DS700_SOURCE, 92): lambda p, u: criterion(u, "DS703.01")["text_th"].endswith("ในหลากหลายมิติ"),
    (DS700_SOURCE, 99): lambda p, u: "ได้จากการรวบรวมเพื่อระบุ" in criterion(u, "DS703.02")["text_th"],
    (DS700_SOURCE, 149): lambda p, u: u["DS700"]["details"]["skills"][0].startswith("ทักษะการกำหนดกรอบ"),
    (DS700_SOURCE, 151): lambda p, u: u["DS700"]["details"]["skills"][1].endswith("การให้บริการอยู่เสมอ"),
    (DS700_SOURCE, 157): lambda p, u: (
        "ชอบแก้ปัญหาที่มีความท้าทาย (Problem Solving)" in u["DS700"]["details"]["skills"]
    ),
    (DS700_SOURCE, 201): lambda p, u: u["DS700"]["details"]["evidence"][5].endswith("ความสำเร็จขององค์กร"),
    (DS700_SOURCE, 254): lambda p, u: u["DS700"]["details"]["assessment"][-1].endswith("(Assessment Tool)"),
    (DL200_SOURCE, 90): lambda p, u: (
        criterion(u, "DL203.01")
        == {
            "code": "DL203.01",
            "text_th": "จัดทำพิมพ์เขียว (Blueprint) องค์กรดิจิทัล",
            "system_code": "217405",
        }
    ),
    (DL200_SOURCE, 106): lambda p, u: u["DL200"]["details"]["prerequisites"][0] == "ทักษะการเรียนรู้ในศตวรรษที่ 21",
    (DL200_SOURCE, 137): lambda p, u: (
        "จูงใจให้ผู้มีส่วนเกี่ยวข้องคล้อยตาม (Interpersonal Influencing)" in u["DL200"]["details"]["skills"]
    ),
    (DL200_SOURCE, 151): lambda p, u: u["DL200"]["details"]["knowledge"][2].endswith(
        "บรรลุผล (Organization Design and Implementation)"
    ),
    (DL200_SOURCE, 153): lambda p, u: (
        "(Information Technology Infrastructure Library) โดย" in u["DL200"]["details"]["knowledge"][3]
    ),
    (DL200_SOURCE, 193): lambda p, u: (
        "กระบวนงานหลักขององค์กรดิจิทัล" in u["DL200"]["details"]["range"][0]
        and u["DL200"]["details"]["range"][0].endswith("กระบวนการเชื่อมโยงข้อมูลระหว่างหน่วยงาน")
    ),
    (DL200_SOURCE, 205): lambda p, u: (
        u["DL200"]["details"]["range"][2].endswith("นวัตกรรมร่วมข้ามกระทรวง")
        and "ติดตามแนวโน้มเทคโนโลยีดิจิทัลที่ทันสมัย" in u["DL200"]["details"]["range"][2]
    ),
    (DL200_SOURCE, 217): lambda p, u: (
        len(u["DL200"]["details"]["range"]) == 5
        and "กิจกรรมใด รวมทั้งการจัดทำตัวชี้วัด" in u["DL200"]["details"]["range"][4]
    ),
    (DL200_SOURCE, 244): lambda p, u: u["DL200"]["details"]["assessment"] == ["สอบข้อเขียน"],
}


def test_every_errata_entry_has_a_tested_effect() -> None:
    entries = {(s, f.line) for s in (standard.SOURCE, *standard.DETAILED_SOURCES) for f in load_errata(s)}
    assert entries == set(EFFECTS)


@pytest.mark.parametrize("key", sorted(EFFECTS), ids=[f"{s}:{n}" for s, n in sorted(EFFECTS)])
def test_errata_effect(
    parsed: dict[str, Any], units: dict[str, dict[str, Any]], key: tuple[str, int]
) -> None:
    source, line = key
    fix = next(f for f in load_errata(source) if f.line == line)
    block = "\n".join(raw_lines(source)[line - 1 : line - 1 + fix.lines])
    assert block.count(fix.find) == 1  # the defect is really in the source as received
    assert fix.why.strip()
    assert EFFECTS[key](parsed, units)


def test_errata_files_name_their_sources() -> None:
    names = sorted(p.name for p in ERRATA_DIR.glob("*.toml"))
    for source in (standard.SOURCE, *standard.DETAILED_SOURCES):
        assert f"{Path(source).stem}.toml" in names


def test_no_web_footer_or_html_left(parsed: dict[str, Any]) -> None:
    text = repr(parsed)
    assert "ยินดีต้อนรับ" not in text and "<p>" not in text and "−" not in text


def test_whom_the_standard_is_for_is_its_target_group_paragraph(parsed: dict[str, Any]) -> None:
    target, pathways = parsed["audience"]["target_group"], parsed["audience"]["pathways"]
    lines = raw_lines(standard.SOURCE)
    assert standard.TARGET_GROUP_HEADING in lines[target["line"] - 3 : target["line"] - 1]
    assert target["text"].startswith("ผู้ที่ปฏิบัติงานด้านเทคโนโลยีดิจิทัลในส่วนราชการ")
    assert lines[target["line"] - 1].startswith(target["text"][:40])  # the line cited is the paragraph
    assert pathways["text"].startswith("การเข้าสู่สมรรถนะ") and "นร 1013/ว 8" in pathways["text"]


def test_a_missing_audience_heading_is_a_format_error() -> None:
    with pytest.raises(StandardFormatError):
        standard._paragraph_after(["something else"], standard.TARGET_GROUP_HEADING)
