"""Short first: a long list cut into phone-screen pages, each page's "ดูเพิ่ม" button asks for the next.

A page is measured in characters of the reply's text (Thai counts one per code point, as both
platforms do for Thai), so the first message of an answer stays about one phone screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.dialog.limits import button
from bot.dialog.phrases import say
from bot.dialog.replies import Button

PAGE_CHARS = 700  # a phone screen of Thai text, with the heading and the hint lines


def _size(lines: Sequence[str]) -> int:
    return sum(len(line) + 1 for line in lines)


def first_page_count(items: Sequence[str], budget: int, rest_line: Callable[[int], str]) -> int:
    """How many of ``items`` fit on the first page in ``budget`` characters, when the items left for
    later pages are named on it by ``rest_line(k)`` (k items shown); at least one."""
    for k in range(len(items), 0, -1):
        extra = len(rest_line(k)) + 1 if k < len(items) else 0
        if _size(items[:k]) + extra <= budget:
            return k
    return 1


def slices(items: Sequence[str], first: int, budget: int) -> list[tuple[int, int]]:
    """Pages as (start, end) of ``items``: the first holds ``first`` items, each later one as many
    as fit in ``budget`` characters (at least one)."""
    pages = [(0, min(first, len(items)))]
    start = pages[0][1]
    while start < len(items):
        end = start + 1
        while end < len(items) and _size(items[start : end + 1]) <= budget:
            end += 1
        pages.append((start, end))
        start = end
    return pages


def more_button(language: str, page: int, pages: int, data: str) -> Button:
    """The "ดูเพิ่ม" button to page ``page`` of ``pages``."""
    return button(say("see_more", language, page=page, pages=pages), data)
