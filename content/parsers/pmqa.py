"""Parser for the PMQA 4.0 criteria slide deck (framework ``pmqa-4.0``).

The deck is read in slide groups: framing slides (concept, success factors), then one run per
category หมวด 1–6 (opening overview, detail slides, changes table), then หมวด 7 (results: measure
groups and level bands) and the lessons-learned slides. Defects in the deck are corrected in
``content/errata/pmqa_4_0_criteria_2565.toml`` before parsing; :func:`problems` re-checks the
structure afterwards and :func:`parse` refuses a deck that fails it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from content.errata import corrected_source
from content.parsers._pmqa_detail import Detail, Question, parse_detail
from content.parsers._pmqa_front import LESSONS_MARK, parse_front, parse_lessons
from content.parsers._pmqa_overview import CategoryHead, header_parts, parse_head
from content.parsers._pmqa_results import parse_results
from content.parsers._pmqa_text import LEVELS
from content.parsers._pmqa_validate import PmqaError, problems

__all__ = ["SOURCE", "PmqaError", "parse", "parse_text", "problems"]

SOURCE = "pmqa_4_0_criteria_2565.txt"
_RESULTS_NOTES = re.compile(r"^-\s*หมวด\s*7")


def _category_starts(lines: list[str]) -> dict[int, int]:
    starts: dict[int, int] = {}
    for i, raw in enumerate(lines):
        found = header_parts(raw)
        if found and found[0] not in starts:
            starts[found[0]] = i
    return starts


def _distinct(values: list[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen


def _questions(found: list[Question]) -> list[dict[str, Any]]:
    """Questions of one item in deck order; a later slide's version of a code supersedes an earlier
    one (หมวด 1.1 is shown twice), whose wording is kept as ``text_variants``."""
    by_code: dict[str, dict[str, Any]] = {}
    for q in found:
        entry: dict[str, Any] = {"code": q.code, "text": q.text, "points": q.points, "levels": q.levels}
        earlier = by_code.get(q.code)
        if earlier is not None:
            variants = [*earlier.get("text_variants", []), earlier["text"]]
            entry["text_variants"] = [v for v in _distinct(variants) if v != q.text]
        by_code[q.code] = entry
    return list(by_code.values())


def _items(head: CategoryHead, detail: Detail, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    codes = _distinct([i.code for i in head.items] + [q.item for q in detail.questions])
    items = []
    for code in codes:
        overview = next((i for i in head.items if i.code == code), None)
        headings = [title for c, title, _ in detail.headings if c == code]
        changed = [row["title_th"] for row in changes if row["item"] == code]
        titles = _distinct(headings + ([overview.title] if overview else []) + changed)
        guidance = detail.guidance.get(code, {})
        items.append({
            "code": code,
            "title_th": titles[0] if titles else "",
            "title_variants": titles[1:],
            "level_summary": dict(zip(LEVELS, overview.cells, strict=False)) if overview else {},
            "levels": {level: guidance.get(level, []) for level in LEVELS},
            "questions": _questions([q for q in detail.questions if q.item == code]),
        })
    return items


def _definitions(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Glossary in deck order; a definition repeated word for word on a later slide is kept once."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in found:
        key = (entry["term"], entry["definition"].replace(" ", ""))
        if key in merged:
            merged[key]["items"] = _distinct(merged[key]["items"] + entry["items"])
            continue
        kept = {k: v for k, v in entry.items() if k != "line"}
        merged[key] = kept
    return list(merged.values())


def parse(sources_dir: Path) -> dict[str, Any]:
    """The ``pmqa`` part of the catalog from the deck with its errata applied."""
    pmqa, found = parse_text(corrected_source(SOURCE, sources_dir))
    if found:
        raise PmqaError("; ".join(found))
    return pmqa


def parse_text(text: str) -> tuple[dict[str, Any], list[str]]:
    """Parse deck text; return the result and every structural problem :func:`problems` finds."""
    lines = text.split("\n")
    starts = _category_starts(lines)
    notes_at = next((i for i, raw in enumerate(lines) if _RESULTS_NOTES.match(raw)), starts[7])
    lessons_at = next(i for i, raw in enumerate(lines) if raw.strip().startswith(LESSONS_MARK))
    front = parse_front(lines, starts[1])
    categories: list[dict[str, Any]] = []
    definitions: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    strays: list[str] = []
    misplaced: list[str] = []
    for no in range(1, 7):
        end = min(starts[no + 1], notes_at)
        head, detail_at = parse_head(lines, starts[no], end)
        detail = parse_detail(lines, detail_at, end, no)
        rows = [{"category": no, **{k: v for k, v in row.items() if k != "line"}} for row in detail.changes]
        changes.extend(rows)
        definitions.extend(detail.definitions)
        strays.extend(f"line {n}: {text[:50]}" for n, text in detail.strays)
        misplaced.extend(detail.misplaced)
        category: dict[str, Any] = {
            "no": no, "title_th": head.title, "status": head.status, "intent_th": head.intent,
            "items": _items(head, detail, rows),
        }
        if len(head.titles) > 1:
            category["title_variants"] = head.titles[1:]
        categories.append(category)
    results = parse_results(lines, notes_at, lessons_at)
    categories.append(_results_category(results))
    pmqa = {
        "deck": front["deck"],
        "concept": front["concept"],
        "success_factors": front["success_factors"],
        "level_labels": front["level_labels"],
        "categories": categories,
        "category7": {
            "notes": results["notes"],
            "measure_groups": [
                {k: v for k, v in g.items() if k != "line"} for g in results["measure_groups"]
            ],
            "level_bands": results["level_bands"],
            "target_setting": results["target_setting"],
        },
        "definitions": _definitions(definitions),
        "changes_2565": changes,
        **parse_lessons(lines, lessons_at),
    }
    stated = front["success_factors_stated"]
    return pmqa, problems(pmqa, strays=strays, misplaced=misplaced, factors_stated=stated)


def _results_category(results: dict[str, Any]) -> dict[str, Any]:
    """หมวด 7 as a category: its measure groups are its items; its levels are result bands, the same
    for every item."""
    bands = {band["level"]: band["text"] for band in results["level_bands"]}
    return {
        "no": results["no"],
        "title_th": results["title"],
        "status": results["status"],
        "intent_th": results["intent"],
        "level_summary": bands,
        "items": [
            {
                "code": group["code"],
                "title_th": group["title_th"],
                "title_variants": [],
                "level_summary": dict(bands),
                "levels": {},
                "questions": [],
                "measures": group["measures"],
            }
            for group in results["measure_groups"]
        ],
    }
