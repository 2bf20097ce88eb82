"""Parser for the occupational standard and its detailed units (framework ``std-2567``).

The standard (``SOURCE``) lists all 44 units as "- CODE title" lines and carries the functional map.
It gives no titles for the unit areas (the code prefixes CS, DG, DL, DLit, DS, DT, DUS): an area's
title is taken from the functional map, namely the key role(s) whose key function code is the prefix
(DS and DT share key role 03, DL spans key roles 04 and 05), and its English title from the first
English parenthesis of those roles or of the function part labelled with the prefix.

Two units are also published in detail (``DETAILED_SOURCES``); they are merged into the list's units.
The detailed DL200 is filed under the document code DG-EJJM-026: the link is kept both ways
(``aliases`` and ``details["document_code"]``). The list's title stays ``title_th``; the detailed
document's title is ``details["document_title"]``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from content.errata import corrected_source
from content.parsers._functional_map import parse_functional_map
from content.parsers._std_errors import StandardFormatError
from content.parsers._unit_detail import parse_unit_detail
from content.text import clean

SOURCE = "occupational_standard_digital_gov.txt"
DETAILED_SOURCES: tuple[str, ...] = ("unit_DS700.txt", "unit_DG-EJJM-026_DL200.txt")
FRAMEWORK = "std-2567"

UNIT_LIST_HEADING = "หน่วยสมรรถนะ (หน่วยสมรรถนะทั้งหมดของคุณวุฒิวิชาชีพนี้)"
# Whom the standard is for, and how executives come to it: the paragraph after each heading.
TARGET_GROUP_HEADING = "กลุ่มบุคคลในอาชีพ (Target Group)"
PATHWAYS_HEADING = "การเลื่อนระดับคุณวุฒิวิชาชีพ (Qualification Pathways)"
UNIT_LIST_END = "ตารางแผนผังแสดงหน้าที่"

_LIST_ITEM = re.compile(r"^- (([A-Za-z]+)\d+) (\S.*)$")
_ENGLISH_PAREN = re.compile(r"\(([A-Za-z][A-Za-z ]+)\)")


def parse(sources_dir: Path) -> dict[str, Any]:
    lines = corrected_source(SOURCE, sources_dir).split("\n")
    units = _unit_list(lines)
    functional_map = parse_functional_map(lines, SOURCE)
    systems: set[str] = set()
    for source in DETAILED_SOURCES:
        detail = parse_unit_detail(corrected_source(source, sources_dir), source)
        _merge(units, detail, source)
        codes = {c["system_code"] for e in detail["elements"] for c in e["criteria"]}
        if codes & systems:
            raise StandardFormatError(
                source, None, f"system PC codes used by another unit: {sorted(codes & systems)}"
            )
        systems |= codes
    return {"areas": _areas(units, functional_map), "units": units, "functional_map": functional_map,
            "audience": {"target_group": _paragraph_after(lines, TARGET_GROUP_HEADING),
                         "pathways": _paragraph_after(lines, PATHWAYS_HEADING)}}


def _paragraph_after(lines: list[str], heading: str) -> dict[str, Any]:
    """``{"text", "line"}``: the first non-empty line after ``heading`` (1-based line)."""
    try:
        start = lines.index(heading)
    except ValueError as exc:
        raise StandardFormatError(SOURCE, None, f"heading {heading!r} not found") from exc
    for n in range(start + 1, len(lines)):
        if text := clean(lines[n]):
            return {"text": text, "line": n + 1}
    raise StandardFormatError(SOURCE, start + 1, f"nothing after {heading!r}")


def _unit_list(lines: list[str]) -> list[dict[str, Any]]:
    """Every "- CODE title" line between the list heading and the functional map, in document order."""
    try:
        start = lines.index(UNIT_LIST_HEADING)
        end = lines.index(UNIT_LIST_END, start)
    except ValueError as exc:
        raise StandardFormatError(SOURCE, None, "unit list heading or its end not found") from exc
    units: list[dict[str, Any]] = []
    for n in range(start + 1, end):
        text = clean(lines[n])
        if not text:
            continue
        m = _LIST_ITEM.match(text)
        if not m:
            raise StandardFormatError(SOURCE, n + 1, f"not a unit line: {text!r}")
        code, prefix, title = m.groups()
        if any(u["code"] == code for u in units):
            raise StandardFormatError(SOURCE, n + 1, f"unit {code} listed twice")
        units.append(
            {
                "framework": FRAMEWORK,
                "code": code,
                "title_th": title,
                "area": prefix,
                "aliases": [],
                "elements": [],
                "details": {},
            }
        )
    return units


def _merge(units: list[dict[str, Any]], detail: dict[str, Any], source: str) -> None:
    """Put a detailed unit's elements and details into the list unit its element series names."""
    unit = next((u for u in units if u["code"] == detail["unit_code"]), None)
    if unit is None:
        raise StandardFormatError(source, None, f"unit {detail['unit_code']} is not in the standard's list")
    if unit["elements"]:
        raise StandardFormatError(source, None, f"unit {unit['code']} detailed twice")
    details = detail["details"]
    if details["document_code"] not in (unit["code"], *unit["aliases"]):
        unit["aliases"].append(details["document_code"])
    unit["elements"] = detail["elements"]
    unit["details"] = details


def _areas(units: list[dict[str, Any]], functional_map: dict[str, Any]) -> list[dict[str, Any]]:
    """One area per unit-code prefix, in order of first appearance in the list."""
    prefixes = list(dict.fromkeys(u["area"] for u in units))
    areas = []
    for no, prefix in enumerate(prefixes, start=1):
        roles = [r for r in functional_map["key_roles"] if any(f["code"] == prefix for f in r["functions"])]
        if not roles:
            raise StandardFormatError(SOURCE, None, f"no key function for unit prefix {prefix}")
        functions = [f for r in roles for f in r["functions"] if f["code"] == prefix]
        labelled = [p["title_th"] for f in functions for p in f.get("parts", []) if p["code"] == prefix]
        english = [
            m.group(1) for t in [r["title_th"] for r in roles] + labelled for m in _ENGLISH_PAREN.finditer(t)
        ]
        areas.append(
            {
                "framework": FRAMEWORK,
                "code": prefix,
                "no": no,
                "title_th": " / ".join(r["title_th"] for r in roles),
                "title_en": english[0] if english else "",
                "key_roles": [r["code"] for r in roles],
                "key_functions_th": [f["title_th"] for f in functions],
                "unit_count": sum(u["area"] == prefix for u in units),
            }
        )
    return areas
