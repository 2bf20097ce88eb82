"""A category's opening slides: header, status, intent and the item × level overview table.

Three layouts occur: blocks of paragraphs under "Basic (A&D) / Advance / Significance" labels
(หมวด 1, 2, 3, 6), and a tab-separated table (หมวด 4, 5). Either way each item has one heading
and then exactly three cells, Basic → Advance → Significance.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from content.parsers._pmqa_text import (
    CATEGORY_HEADER,
    GUIDANCE_MARK,
    INTENT_MARK,
    ITEM_HEADING,
    OVERVIEW_LABEL,
    STATUS_MARK,
    STATUS_NAMES,
    code_of,
    text_of,
)


@dataclass
class OverviewItem:
    code: str
    title: str
    line: int  # 1-based source line of the heading
    cells: list[str] = field(default_factory=list)


@dataclass
class CategoryHead:
    no: int
    title: str
    status: str
    titles: list[str]  # every title the category's headers use, first one first
    intent: str = ""
    items: list[OverviewItem] = field(default_factory=list)


def header_parts(line: str) -> tuple[int, str, str] | None:
    """(number, title, status) of a category header line, or None."""
    match = CATEGORY_HEADER.match(line.strip())
    if not match:
        return None
    raw_title = match.group(2)
    status_match = STATUS_MARK.search(raw_title)
    status = STATUS_NAMES[status_match.group(1)] if status_match else ""
    title = text_of(STATUS_MARK.sub("", raw_title))
    return int(code_of(match.group(1))), title, status


def _blocks(lines: list[str], start: int, end: int) -> list[tuple[int, list[str]]]:
    """Paragraphs (runs of non-blank lines) as (0-based index of first line, lines)."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    first = start
    for i in range(start, end):
        if lines[i].strip():
            if not current:
                first = i
            current.append(lines[i])
        elif current:
            blocks.append((first, current))
            current = []
    if current:
        blocks.append((first, current))
    return blocks


def _overview_end(lines: list[str], start: int, end: int) -> int:
    """Index of the first guidance marker or repeated category header after ``start``."""
    for i in range(start + 1, end):
        stripped = lines[i].strip()
        if stripped == GUIDANCE_MARK or header_parts(lines[i]):
            return i
    return end


def parse_head(lines: list[str], start: int, end: int) -> tuple[CategoryHead, int]:
    """Parse the category opening at ``lines[start]``; return it and where the detail slides begin."""
    parts = header_parts(lines[start])
    if parts is None:
        raise ValueError(f"line {start + 1}: not a category header")
    no, title, _ = parts
    titles: list[str] = []
    status = ""
    for i in range(start, end):
        found = header_parts(lines[i])
        if found and found[0] == no:
            if found[1] not in titles:
                titles.append(found[1])
            status = status or found[2]
    head = CategoryHead(no=no, title=title, status=status, titles=titles)
    stop = _overview_end(lines, start, end)
    expect_intent = False
    for first, block in _blocks(lines, start + 1, stop):
        joined = text_of(" ".join(block))
        if expect_intent:
            head.intent, expect_intent = joined, False
            continue
        if joined == INTENT_MARK:
            expect_intent = True
            continue
        if "\t" in block[0]:
            _table_rows(head, first, block)
            continue
        if OVERVIEW_LABEL.match(joined):
            continue
        heading = ITEM_HEADING.match(joined)
        if heading and int(code_of(heading.group(1))) == no:
            code = code_of(heading.group(1), heading.group(2))
            if any(item.code == code for item in head.items):
                return head, first  # a detail slide's heading: the overview is over
            head.items.append(OverviewItem(code, heading.group(3), first + 1))
            continue
        if head.items and len(head.items[-1].cells) < 3:
            head.items[-1].cells.append(joined)
        elif head.items:
            return head, first
    return head, stop


def _table_rows(head: CategoryHead, first: int, block: list[str]) -> None:
    """Rows of a tab-separated overview: "4.1 title<TAB><TAB>Basic<TAB>Advance<TAB>Significance"."""
    for offset, row in enumerate(block):
        cells = [text_of(c) for c in row.split("\t")]
        heading = ITEM_HEADING.match(cells[0])
        if not heading:
            continue  # the header row of level names
        code = code_of(heading.group(1), heading.group(2))
        item = OverviewItem(code, heading.group(3), first + offset + 1)
        item.cells = [c for c in cells[1:] if c]
        head.items.append(item)
