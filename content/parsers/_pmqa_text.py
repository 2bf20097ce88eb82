"""Line-level helpers for the PMQA 4.0 deck: patterns, cell splitting and text cleaning."""

from __future__ import annotations

import re

from content.text import arabic_digits, clean

LEVELS: tuple[str, ...] = ("Basic", "Advance", "Significance")

# "หมวด 1 การนำองค์การ (ใหม่)": a slide's category header; status in brackets when the deck marks it.
CATEGORY_HEADER = re.compile(r"^หมวด\s*([0-9๐-๙])\s+(.+?)\s*$")
STATUS_MARK = re.compile(r"\s*\((ใหม่|คงเดิม)\)\s*$")
STATUS_NAMES = {"ใหม่": "new", "คงเดิม": "unchanged"}
GUIDANCE_MARK = "แนวทางการดำเนินงาน"
INTENT_MARK = "เจตนารมณ์"
CHANGES_HEADER = re.compile(r"^หัวข้อ\tแนวทางการปรับปรุง")
# "Basic\t<ul ...> text": one level's guidance cell on a tab-separated slide row.
LEVEL_ROW = re.compile(r"^(Basic|Advance|Significance)\t(.*)$")
# "Basic" alone: a level label followed by bullet lines.
LEVEL_LABEL = re.compile(r"^(Basic|Advance|Significance)$")
# "Basic (A&D)" / "**Advance\n(Alignment)**": the overview's column headers.
OVERVIEW_LABEL = re.compile(r"^(Basic|Advance|Significance)\s*\(([^)]*)\)$")
# "1.1 title", "1.1" alone, "**6.1 title": an item heading (never a question code).
ITEM_HEADING = re.compile(r"^([0-9๐-๙])\.([0-9๐-๙])(?![.0-9๐-๙])\s*(.*)$")
# "- 1.1.1 text" or "2.1.1 text" at the start of a line: a self-assessment question.
QUESTION = re.compile(r"^(?:-\s?)?([0-9๐-๙])\.([0-9๐-๙])\.([0-9๐-๙]+)\s*(.*)$")
# "term = definition": a glossary line at the foot of a slide.
DEFINITION = re.compile(r"^([^=\-\s][^=]{0,80}?)\s*=\s*(.+)$")
# Level tags the deck appends to questions: "(Advance)", "(Sig)", "(A/D)".
LEVEL_TAG = re.compile(r"\((Basic|Advance|Significance|Sig|A/D)\)")
TAG_LEVELS = {"Basic": "Basic", "A/D": "Basic", "Advance": "Advance", "Sig": "Significance",
              "Significance": "Significance"}

_BOLD = re.compile(r"\*\*")
_TAG_SPLIT = re.compile(r"<p>|</p>|<ul[^>]*>|</ul>|<li>|</li>")
_DASH_ITEM = re.compile(r"(?:^|\s)-\s*(?=\S)")


def text_of(raw: str) -> str:
    """Deck text as a user should read it: bold markers and HTML dropped, whitespace normalised."""
    return clean(_BOLD.sub("", raw))


def code_of(*parts: str) -> str:
    return ".".join(arabic_digits(p) for p in parts)


def cell_lines(raw: str) -> list[str]:
    """Split one table cell into its paragraphs / list items, in order.

    The extraction kept the ``<p>`` and ``<ul>`` boundaries but joined list items: items are
    recovered only where the deck marks them (``•`` bullets, or ``- `` inside a list).
    """
    lines: list[str] = []
    for segment in _TAG_SPLIT.split(raw):
        seg = segment.strip()
        if not seg:
            continue
        if "•" in seg:
            parts = seg.split("•")
        elif seg.startswith("-"):
            parts = _DASH_ITEM.split(seg)
        else:
            parts = [seg]
        lines.extend(t for t in (text_of(p) for p in parts) if t)
    return lines


def level_tags(text: str) -> list[str]:
    """Levels a question is tagged with, in deck order, without repeats."""
    found: list[str] = []
    for match in LEVEL_TAG.finditer(text):
        level = TAG_LEVELS[match.group(1)]
        if level not in found:
            found.append(level)
    return found


def strip_dash(raw: str) -> str:
    """A list line without its bullet dash."""
    return re.sub(r"^\s*-\s?", "", raw)
