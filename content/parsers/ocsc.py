"""Parser for the OCSC digital skills letter (นร ๑๐๑๓/ว ๖, 2018): framework ``ocsc-2561``.

The letter has three parts that matter here, found by their headings:

* หมวดที่ ๒ ข้อ ๑ (ความสามารถ): 7 capability areas and their 39 units, elements and criteria
  (``_ocsc_units``);
* หมวดที่ ๒ ข้อ ๒–๕: knowledge, experience, attributes and competencies (``_ocsc_items``);
* หมวดที่ ๓: what each of 6 person groups needs in each of 3 phases (``_ocsc_roles``);
* the letter's clauses ๕–๗ (``letter``): the three phases and six groups, and how a person tells
  which apply to them, kept word for word with their line numbers so that an answer can cite them.

The text is read with its errata applied (``content/errata/ocsc_digital_skills_2561.toml``).
Anything that still does not fit the document's structure or its own counts is a problem, and
``parse`` raises ``OcscParseError`` listing them all; ``parse_text`` returns them for inspection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from content.errata import corrected_source
from content.parsers._ocsc_common import OcscParseError, Problems
from content.parsers._ocsc_items import parse_items
from content.parsers._ocsc_roles import parse_roles
from content.parsers._ocsc_units import parse_capabilities

__all__ = ["SOURCE", "OcscParseError", "Parsed", "parse", "parse_text"]

SOURCE = "ocsc_digital_skills_2561.txt"

# Part boundaries: markdown headings of the body (the table of contents has no "#").
_CAPABILITIES = re.compile(r"^#+ ๑\. ความสามารถ\s*$")
_KNOWLEDGE = re.compile(r"^#+ ๒\. ความรู้\s*$")
_ROLES = re.compile(r"^#+ หมวดที่ ๓ ")
# The letter's own numbered clauses about phases and groups (before หมวดที่ ๒).
_LETTER_CLAUSE = re.compile(r"^([๕๖๗])\. (\S.*)$")
_CLAUSE_END = re.compile(r"^(?:[๐-๙]+\. |---|#)")


@dataclass
class Parsed:
    """The parse of one text: the catalog part and every problem found."""

    data: dict[str, Any]
    problems: list[str] = field(default_factory=list)
    stated_units: int | None = None  # "๗ ด้าน ๓๙ หน่วยความสามารถ"


def parse(sources_dir: Path) -> dict[str, Any]:
    """Areas, units, roles and items of the letter; raises OcscParseError on any problem."""
    parsed = parse_text(corrected_source(SOURCE, sources_dir))
    if parsed.problems:
        raise OcscParseError(f"{SOURCE}: " + "; ".join(parsed.problems))
    return parsed.data


def parse_text(text: str) -> Parsed:
    """Parse the letter's text (errata already applied, or not, as the caller chooses)."""
    problems = Problems()
    lines = list(enumerate(text.split("\n"), start=1))
    caps = _first(lines, _CAPABILITIES, problems)
    knowledge = _first(lines, _KNOWLEDGE, problems)
    roles_at = _first(lines, _ROLES, problems)
    units = parse_capabilities(_between(lines, caps, knowledge), problems)
    items = parse_items(_between(lines, knowledge - 1, roles_at), problems)
    codes = {u["code"] for u in units.units}
    roles = parse_roles(_between(lines, roles_at, len(lines) + 1), codes, problems)
    data = {"areas": units.areas, "units": units.units, "roles": roles, "items": items,
            "letter": _letter_clauses(_between(lines, 0, caps), problems)}
    return Parsed(data, problems.items, units.stated_total)


def _letter_clauses(lines: list[tuple[int, str]], problems: Problems) -> list[dict[str, Any]]:
    """Clauses ๕–๗ of the letter with their following paragraphs, each with its first line number."""
    clauses: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for no, line in lines:
        if m := _LETTER_CLAUSE.match(line.strip()):
            if any(c["no"] == m[1] for c in clauses):
                continue
            current = {"no": m[1], "line": no, "paragraphs": [m[2].strip()]}
            clauses.append(current)
        elif current is not None and _CLAUSE_END.match(line.strip()):
            current = None
        elif current is not None and line.strip():
            current["paragraphs"].append(line.strip())
    if [c["no"] for c in clauses] != ["๕", "๖", "๗"]:
        problems.add(0, f"letter clauses ๕–๗ not found (found {[c['no'] for c in clauses]})")
    return clauses


def _first(lines: list[tuple[int, str]], pattern: re.Pattern[str], problems: Problems) -> int:
    found = next((no for no, line in lines if pattern.match(line)), None)
    if found is None:
        problems.add(0, f"heading {pattern.pattern!r} not found")
        return len(lines) + 1
    return found


def _between(lines: list[tuple[int, str]], start: int, end: int) -> list[tuple[int, str]]:
    """The numbered lines strictly between two line numbers."""
    return [(no, line) for no, line in lines if start < no < end]
