"""The deck's framing slides: title page, the 4.0 concept, success factors, lessons, closing line."""

from __future__ import annotations

import re
from typing import Any

from content.parsers._pmqa_text import OVERVIEW_LABEL, strip_dash, text_of

CONCEPT_MARK = "แนวคิดระบบราชการ 4.0"
FACTORS_MARK = re.compile(r"^ปัจจัยความสำเร็จ\s*(\d+)\s*ประการ")
LEVELS_MARK = "ระดับของการพัฒนาสู่ระบบราชการ"
LESSONS_MARK = "สรุปบทเรียนจากการตรวจรางวัล"
_LATIN = re.compile(r"^[A-Za-z][A-Za-z &-]*$")


def _nonblank(lines: list[str], start: int, end: int) -> list[tuple[int, str]]:
    return [(i, lines[i]) for i in range(start, end) if lines[i].strip()]


def _find(lines: list[str], predicate: Any, start: int = 0) -> int:
    for i in range(start, len(lines)):
        if predicate(lines[i].strip()):
            return i
    raise ValueError("marker not found in the PMQA deck")


def parse_front(lines: list[str], end: int) -> dict[str, Any]:
    """Title page, concept and success factors from the slides before หมวด 1 (``lines[:end]``)."""
    concept_at = _find(lines, lambda s: s == CONCEPT_MARK)
    factors_at = _find(lines, lambda s: bool(FACTORS_MARK.match(s)), concept_at)
    levels_at = _find(lines, lambda s: s.startswith(LEVELS_MARK), factors_at)
    title_page = [text_of(line) for _, line in _nonblank(lines, 0, concept_at)]
    concept: list[dict[str, Any]] = []
    for _, raw in _nonblank(lines, concept_at + 1, factors_at):
        if raw.strip().startswith("-"):
            concept[-1]["points"].append(text_of(strip_dash(raw)))
        else:
            concept.append({"title_th": text_of(raw), "points": []})
    factors: list[dict[str, str]] = []
    for _, raw in _nonblank(lines, factors_at + 1, levels_at):
        text = text_of(raw)
        if _LATIN.match(text):
            factors.append({"name_en": text, "text_th": ""})
        elif factors and text:
            factors[-1]["text_th"] = text_of(f"{factors[-1]['text_th']} {text}")
    stated = int(FACTORS_MARK.match(lines[factors_at].strip()).group(1))  # type: ignore[union-attr]
    labels: dict[str, str] = {}
    for raw in lines:
        label = OVERVIEW_LABEL.match(text_of(raw))
        if label and label.group(1) not in labels:
            labels[label.group(1)] = label.group(2)
    return {
        "deck": {"title_th": title_page[0] if title_page else "", "presenter": title_page[1:]},
        # The centre of the concept diagram ("ระบบราชการ 4.0") has no points of its own.
        "concept": [group for group in concept if group["points"]],
        "success_factors": factors,
        "success_factors_stated": stated,
        "levels_title": text_of(lines[levels_at]),
        "level_labels": labels,
    }


def parse_lessons(lines: list[str], start: int) -> dict[str, Any]:
    """Lessons-learned slides and the closing slide, from the first lessons title to the end.

    Slides are separated by runs of blank lines; each lessons slide opens with its title, and the
    last slide that does not is the closing slogan.
    """
    slides: list[list[str]] = [[]]
    blanks = 0
    for raw in lines[start:]:
        if not raw.strip():
            blanks += 1
            continue
        if blanks >= 2 and slides[-1]:
            slides.append([])
        blanks = 0
        slides[-1].append(text_of(raw))
    lessons = [{"title_th": s[0], "points": s[1:]} for s in slides if s and s[0].startswith(LESSONS_MARK)]
    closing = [line for s in slides if s and not s[0].startswith(LESSONS_MARK) for line in s]
    return {"lessons": lessons, "closing": closing}
