"""Knowledge, experience, attributes and competencies (หมวดที่ ๒ ข้อ ๒–๕) as numbered items.

Each list is checked against the count the document states for it ("จำนวน ๑๘ หน่วยความรู้") and
must be numbered 1, 2, 3, ... without gaps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from content.parsers._ocsc_common import FRAMEWORK, Problems, plain, thai_number, trailing_english

# Section headings, in document order: (pattern, kind, scope).
_SECTIONS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"^๒\.๑ ความรู้"), "knowledge", "basic"),
    (re.compile(r"^๒\.๒ ความรู้"), "knowledge", "group"),
    (re.compile(r"^๓\.๑ ประสบการณ์"), "experience", "basic"),
    (re.compile(r"^๓\.๒ ประสบการณ์"), "experience", "group"),
    (re.compile(r"^๔\. คุณลักษณะ$"), "attribute", ""),
    (re.compile(r"^๕\. สมรรถนะ$"), "competency", ""),
)
# "๒. ความรู้" / "๓. ประสบการณ์": a part whose introduction states the total of its two lists.
_PART = re.compile(r"^[๒๓]\. (ความรู้|ประสบการณ์)$")
_PART_KINDS = {"ความรู้": "knowledge", "ประสบการณ์": "experience"}
_ITEM = re.compile(r"^(?:- )?\((\S+?)\) (.+)$")
_STATED = re.compile(r"(?:จำนวน|ประกอบด้วย) (\S+) (?:หน่วย|จาก)")
_DEFINED = re.compile(r"^(.+?) หมายถึง (.+)$")


@dataclass
class _Section:
    kind: str
    scope: str
    line: int
    stated: int | None = None
    items: list[dict[str, Any]] = field(default_factory=list)


def parse_items(lines: list[tuple[int, str]], problems: Problems) -> list[dict[str, Any]]:
    """Parse หมวดที่ ๒ from "๒. ความรู้" up to หมวดที่ ๓ (numbered source lines) into ItemDicts."""
    sections: list[_Section] = []
    totals: list[_Section] = []  # one per part, holding the part's stated total
    in_intro = False
    for no, raw in lines:
        if raw.lstrip().startswith("<sup>"):
            continue  # a footnote printed at the foot of the page, inside the list
        text = plain(raw)
        if not text:
            continue
        if part := _PART.match(text):
            totals.append(_Section(_PART_KINDS[part.group(1)], "total", no))
            in_intro = True
            continue
        heading = next(((k, s) for pattern, k, s in _SECTIONS if pattern.match(text)), None)
        if heading:
            sections.append(_Section(heading[0], heading[1], no))
            in_intro = False
            continue
        if in_intro:
            if stated := _STATED.search(text):
                totals[-1].stated = thai_number(stated.group(1))
            continue
        if not sections:
            problems.add(no, f"unexpected line before the first list: {text[:40]!r}")
            continue
        section = sections[-1]
        if item := _ITEM.match(text):
            section.items.append(_item(section, item.group(1), item.group(2)))
        elif section.stated is None and (stated := _STATED.search(text)):
            section.stated = thai_number(stated.group(1))
        else:
            problems.add(no, f"unexpected line in {section.kind}/{section.scope or '-'}: {text[:40]!r}")
    _check(sections, totals, problems)
    return [item for section in sections for item in section.items]


def _item(section: _Section, number: str, text: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "framework": FRAMEWORK,
        "kind": section.kind,
        "scope": section.scope,
        "no": str(thai_number(number)),
    }
    defined = _DEFINED.match(text) if section.kind == "competency" else None
    title = defined.group(1) if defined else text
    item["title_th"] = title
    if english := trailing_english(title):
        item["title_en"] = english
    if defined:
        item["description_th"] = defined.group(2)
    return item


def _check(sections: list[_Section], totals: list[_Section], problems: Problems) -> None:
    for total in totals:
        count = sum(len(s.items) for s in sections if s.kind == total.kind)
        if total.stated != count:
            problems.add(total.line, f"{total.kind}: document states {total.stated} in all, found {count}")
    found = [(s.kind, s.scope) for s in sections]
    expected = [(k, s) for _, k, s in _SECTIONS]
    if found != expected:
        problems.add(0, f"item sections {found} differ from {expected}")
    for section in sections:
        name = f"{section.kind}/{section.scope or '-'}"
        if section.stated is None:
            problems.add(section.line, f"{name}: no stated count")
        elif section.stated != len(section.items):
            count = len(section.items)
            problems.add(section.line, f"{name}: document states {section.stated}, found {count}")
        numbers = [item["no"] for item in section.items]
        if numbers != [str(n) for n in range(1, len(numbers) + 1)]:
            problems.add(section.line, f"{name}: items numbered {numbers}")
