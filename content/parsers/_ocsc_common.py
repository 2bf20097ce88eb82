"""Shared pieces of the OCSC letter parser: code pattern, line helpers and the problem list.

The parser never guesses around a defect: whatever does not fit the document's own structure is
reported as a *problem* (with its source line), and ``content.parsers.ocsc.parse`` refuses to
build while any problem remains. Defects are corrected in ``content/errata``, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from content.text import arabic_digits, clean

FRAMEWORK = "ocsc-2561"

# Area prefixes, longest first so that "DLit" wins over "DL" and "DTr" over "DT".
CODE = re.compile(r"(?<![A-Za-z])(DLit|DTr|DT|DG|DS|DL|SPM)(\d{3})(?:\.(\d+))?(?!\d)")
# Anything shaped like a code (letters then three digits), to catch mistyped prefixes.
CODE_LIKE = re.compile(r"^([A-Za-z]{1,5})(\d{3})(?:\.\d+)?\b")
_TRAILING_EN = re.compile(r"\(([A-Za-z][^()\u0E00-\u0E7F]*)\)$")
_HEADING_MARKS = re.compile(r"^[#*\s]+|[*\s]+$")


class OcscParseError(ValueError):
    """The OCSC letter does not parse cleanly: the message lists every problem found."""


@dataclass
class Problems:
    """Problems found while parsing, each naming the source line it concerns."""

    items: list[str] = field(default_factory=list)

    def add(self, line: int, message: str) -> None:
        self.items.append(f"line {line}: {message}")


def plain(line: str) -> str:
    """A line with HTML stripped, markdown heading/bold marks removed and whitespace normalised."""
    return _HEADING_MARKS.sub("", clean(line))


def thai_number(text: str) -> int:
    """A number printed in Thai (or Arabic) digits."""
    return int(arabic_digits(text))


def trailing_english(title: str) -> str | None:
    """The English name a title ends with in parentheses, e.g. "... (Digital Risk Management)"."""
    match = _TRAILING_EN.search(title)
    return match.group(1).strip() if match else None
