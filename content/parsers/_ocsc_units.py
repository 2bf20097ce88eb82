"""Capability areas and units (หมวดที่ ๒ ข้อ ๑): areas, units, elements and performance criteria.

The tables arrive as tab-separated rows whose cells were merged and split by the PDF extraction, so
the parser reads them as one stream of coded segments ("DLit101 ใช้งานคอมพิวเตอร์", "DLit101.1 ...")
in reading order. Two layout rules of the printed tables are applied, nothing else:

* a unit code printed in the same row as its first elements (a vertically merged cell) opens its
  unit before them;
* criteria follow their element in order: a criterion numbered ``.1`` starts the next element that
  has no criteria yet, any other number continues the element the previous criterion went to (so
  when one row lists several elements and then all their criteria, each run goes to its element).

Attachment is positional; the codes are then checked against it (prefixes, numbering, counts),
so a mistyped code or a misplaced row is reported, never silently re-filed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from content.parsers._ocsc_common import (
    CODE,
    FRAMEWORK,
    Problems,
    plain,
    thai_number,
    trailing_english,
)
from content.text import clean

_GROUP = re.compile(r"^กลุ่มที่ (\S+) (ความสามารถด้าน.+?) \((.+)\) – (\S+) หน่วยความสามารถ$")
_SECTION = re.compile(r"^๑\.(\S) ความสามารถด้าน.+?\(([^()]+)\)")
_SECTION_COUNT = re.compile(r"ประกอบด้วย (\S+) หน่วย ?ความสามารถ")
_TOTAL = re.compile(r"ประกอบด้วย (\S+) ด้าน (\S+) หน่วยความสามารถ")
_HEADER_CELLS = {"หน่วยความสามารถ", "หน่วย ความสามารถ"}


@dataclass
class Segment:
    """One coded entry of a table: a unit, element or criterion code and the words after it."""

    line: int
    prefix: str
    number: str
    sub: str | None
    text: str = ""

    @property
    def code(self) -> str:
        return f"{self.prefix}{self.number}" + (f".{self.sub}" if self.sub is not None else "")

    @property
    def is_unit(self) -> bool:
        return self.sub is None and self.number.endswith("00")


@dataclass
class _Area:
    no: int
    line: int
    title_th: str
    title_en: str
    stated: int
    section_no: int | None = None
    section_en: str | None = None
    section_count: int | None = None
    segments: list[Segment] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # code -> source line, for problem reports

    def at(self, code: str) -> int:
        return self.lines.get(code, self.line)


@dataclass
class UnitsResult:
    areas: list[dict[str, Any]]
    units: list[dict[str, Any]]
    stated_total: int | None


def parse_capabilities(lines: list[tuple[int, str]], problems: Problems) -> UnitsResult:
    """Parse the capability part of หมวดที่ ๒ (numbered source lines) into areas and units."""
    areas, section, stated_total = _split_areas(lines, problems)
    if section is not None:
        problems.add(section[0], "area heading without its table")
    area_dicts: list[dict[str, Any]] = []
    unit_dicts: list[dict[str, Any]] = []
    for area in areas:
        units = _build_units(area, problems)
        code = _area_code(area, units, problems)
        _check_area(area, code, units, problems)
        area_dicts.append(
            {
                "framework": FRAMEWORK,
                "code": code,
                "no": area.no,
                "title_th": area.title_th,
                "title_en": area.title_en,
                "unit_count_stated": area.stated,
            }
        )
        for unit in units:
            unit["area"] = code
        unit_dicts.extend(units)
    _check_unique([u["code"] for u in unit_dicts], "unit", problems)
    if stated_total is not None and stated_total[1] != len(unit_dicts):
        problems.add(0, f"document states {stated_total[1]} units, found {len(unit_dicts)}")
    if stated_total is not None and stated_total[0] != len(area_dicts):
        problems.add(0, f"document states {stated_total[0]} areas, found {len(area_dicts)}")
    return UnitsResult(area_dicts, unit_dicts, stated_total[1] if stated_total else None)


def _split_areas(
    lines: list[tuple[int, str]], problems: Problems
) -> tuple[list[_Area], tuple[int, str] | None, tuple[int, int] | None]:
    """Group table rows by area; remember each area's section heading text for cross-checks."""
    areas: list[_Area] = []
    section: tuple[int, str] | None = None  # (line, heading text up to the table)
    stated_total: tuple[int, int] | None = None
    for no, raw in lines:
        text = plain(raw)
        if not text:
            continue
        if total := _TOTAL.search(text):
            stated_total = (thai_number(total.group(1)), thai_number(total.group(2)))
            continue
        if _SECTION.match(text):
            section = (no, text)
            continue
        if group := _GROUP.match(text):
            area = _Area(
                no=thai_number(group.group(1)),
                line=no,
                title_th=group.group(2),
                title_en=group.group(3),
                stated=thai_number(group.group(4)),
            )
            if section is not None:
                heading = section[1]
                found = _SECTION.match(heading)
                count = _SECTION_COUNT.search(heading)
                if found:
                    area.section_no, area.section_en = thai_number(found.group(1)), found.group(2)
                area.section_count = thai_number(count.group(1)) if count else None
                section = None
            areas.append(area)
            continue
        if section is not None:
            section = (section[0], f"{section[1]} {text}")  # heading wrapped onto more lines
            continue
        cells = raw.split("\t")
        if clean(cells[0]) in _HEADER_CELLS:
            continue  # the column header repeated on every page
        if not areas:
            problems.add(no, f"table row before any area heading: {text[:40]!r}")
            continue
        _read_row(no, cells, areas[-1].segments, problems)
    return areas, section, stated_total


def _read_row(no: int, cells: list[str], segments: list[Segment], problems: Problems) -> None:
    """Append a row's coded segments; words before a cell's first code continue the last segment."""
    row: list[Segment] = []
    for cell in cells:
        text = clean(cell)
        if not text:
            continue
        matches = list(CODE.finditer(text))
        lead = text[: matches[0].start()] if matches else text
        if lead.strip():
            target = row[-1] if row else (segments[-1] if segments else None)
            if target is None:
                problems.add(no, f"text with no code before it: {lead.strip()[:40]!r}")
            else:
                target.text = f"{target.text} {lead.strip()}".strip()
        for i, match in enumerate(matches):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            row.append(
                Segment(no, match.group(1), match.group(2), match.group(3), text[match.end() : end].strip())
            )
    # A unit printed beside its first elements belongs before them (merged cell, see module doc).
    segments.extend(sorted(row, key=lambda s: not s.is_unit))


def _build_units(area: _Area, problems: Problems) -> list[dict[str, Any]]:
    units: list[dict[str, Any]] = []
    unit: dict[str, Any] | None = None
    pending: list[dict[str, Any]] = []  # elements of the open unit still waiting for criteria
    current: dict[str, Any] | None = None  # the element the last criterion went to
    for seg in area.segments:
        area.lines.setdefault(seg.code, seg.line)
        if seg.is_unit:
            _close_unit(area, pending, problems)
            unit = _titled({"framework": FRAMEWORK, "code": seg.code}, seg, problems)
            unit.update(aliases=[], elements=[], details={})
            units.append(unit)
            pending, current = [], None
        elif unit is None:
            problems.add(seg.line, f"{seg.code} comes before any unit")
        elif seg.sub is None:
            element = _titled({"code": seg.code}, seg, problems)
            element["criteria"] = []
            unit["elements"].append(element)
            pending.append(element)
        else:
            if seg.sub == "1" or current is None:
                if not pending:
                    problems.add(seg.line, f"criterion {seg.code} has no element to belong to")
                    continue
                current = pending.pop(0)
            if not seg.text:
                problems.add(seg.line, f"criterion {seg.code} has no text")
            current["criteria"].append({"code": seg.code, "text_th": seg.text, "system_code": None})
    _close_unit(area, pending, problems)
    return units


def _titled(entry: dict[str, Any], seg: Segment, problems: Problems) -> dict[str, Any]:
    if not seg.text:
        problems.add(seg.line, f"{seg.code} has no title")
    entry["title_th"] = seg.text
    if english := trailing_english(seg.text):
        entry["title_en"] = english
    return entry


def _close_unit(area: _Area, pending: list[dict[str, Any]], problems: Problems) -> None:
    for element in pending:
        problems.add(area.at(element["code"]), f"element {element['code']} has no performance criteria")


def _area_code(area: _Area, units: list[dict[str, Any]], problems: Problems) -> str:
    prefixes = sorted({CODE.match(u["code"]).group(1) for u in units})  # type: ignore[union-attr]
    if len(prefixes) != 1:
        problems.add(area.line, f"area {area.no} has units with prefixes {prefixes}")
    return prefixes[0] if prefixes else ""


def _check_area(area: _Area, code: str, units: list[dict[str, Any]], problems: Problems) -> None:
    """Cross-check the area's headings, counts, and every code against its parent."""
    if area.section_no is not None and area.section_no != area.no:
        problems.add(area.line, f"table says group {area.no}, section heading says 1.{area.section_no}")
    if area.section_en is not None and area.section_en != area.title_en:
        problems.add(area.line, f"English names differ: {area.section_en!r} / {area.title_en!r}")
    if area.section_count is not None and area.section_count != area.stated:
        problems.add(area.line, f"unit counts differ: heading {area.section_count}, table {area.stated}")
    if len(units) != area.stated:
        problems.add(area.line, f"{code}: document states {area.stated} units, found {len(units)}")
    for u_no, unit in enumerate(units, start=1):
        if unit["code"] != f"{code}{u_no}00":
            expected = f"{code}{u_no}00"
            problems.add(area.at(unit["code"]), f"unit {unit['code']} out of sequence (expected {expected})")
        if not unit["elements"]:
            problems.add(area.at(unit["code"]), f"unit {unit['code']} has no elements")
        stem = unit["code"][:-2]
        for e_no, element in enumerate(unit["elements"], start=1):
            if element["code"] != f"{stem}{e_no:02d}":
                problems.add(
                    area.at(element["code"]),
                    f"element {element['code']} under {unit['code']} (expected {stem}{e_no:02d})",
                )
            for c_no, criterion in enumerate(element["criteria"], start=1):
                expected = f"{element['code']}.{c_no}"
                if criterion["code"] != expected:
                    problems.add(
                        area.at(criterion["code"]),
                        f"criterion {criterion['code']} under {element['code']} (expected {expected})",
                    )


def _check_unique(codes: list[str], kind: str, problems: Problems) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            problems.add(0, f"{kind} {code} appears twice")
        seen.add(code)
