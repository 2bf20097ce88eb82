"""Which part of a detailed unit a question is about, from the words it shares with each part.

"Metric กับ Measurement ใน DS700 ต่างกันยังไง" names no aspect, but "Metric" and "Measurement" are
explained in DS700's range statement; "DL200 ต้องรู้ ITIL ด้วยหรอ" asks about a line of its
knowledge. Each message word found in a part counts for that part, weighted by how few parts hold
it (a word every part shares says nothing), and words of the unit's own title do not count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from content.catalog import Catalog
from intents.normalise import bare, squash

# The parts a question can be about, as the catalog names them (and as ``aspect`` does).
PARTS: tuple[str, ...] = ("range", "knowledge", "skills", "evidence", "prerequisites", "laws", "assessment",
                          "occupations")
# Only telling words count: a Latin term ("Metric", "ITIL"), a number range ("2-5"), a long Thai word.
# Short Thai words ("ถึง", "ผ่าน", "ควร") are in every part.
MIN_THAI = 5
MIN_LATIN = 3
_RANGE = re.compile(r"\d+\s*-\s*\d+")


def _plain(text: str) -> str:
    return bare(squash(text))


class DetailIndex:
    """The text of every part of every detailed unit, in the form messages are compared in."""

    def __init__(self, catalog: Catalog) -> None:
        self._parts: dict[tuple[str, str], dict[str, str]] = {}
        self._titles: dict[tuple[str, str], str] = {}
        for unit in catalog.units:
            if not unit.details:
                continue
            parts = {}
            for part in PARTS:
                lines = unit.details.get(part) or ()
                text = _plain(" ".join(str(line) for line in lines if isinstance(line, str)))
                if text and text.lower() != "n/a":
                    parts[part] = text.lower()
            self._parts[(unit.framework, unit.code)] = parts
            self._titles[(unit.framework, unit.code)] = _plain(unit.title_th).lower()

    def has_any(self, units: Iterable[tuple[str, str]]) -> bool:
        return any(ref in self._parts for ref in units)

    @staticmethod
    def words(topic: str, text: str) -> list[str]:
        """The words of a message to look for: its topic words and any number range ("2-5 ปี")."""
        return topic.split() + [m.replace(" ", "") for m in _RANGE.findall(text)]

    def aspect(self, units: Iterable[tuple[str, str]], words: Sequence[str]) -> str | None:
        """The part of these units that the words point to, or None when none stands out."""
        scores: dict[str, float] = {}
        for ref in units:
            parts = self._parts.get(ref)
            if not parts:
                continue
            title = self._titles.get(ref, "")
            for raw in set(words):
                word = _plain(raw).lower()  # "2-5" is "25" here, as in the parts' text
                long_enough = len(word) >= (MIN_LATIN if word.isascii() else MIN_THAI) and not word.isdigit()
                if not (_RANGE.fullmatch(raw) or long_enough) or word in title:
                    continue
                holders = [part for part, text in parts.items() if word in text]
                for part in holders:
                    scores[part] = scores.get(part, 0.0) + 1.0 / len(holders)
        if not scores:
            return None
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 0.5:
            return None  # no part stands out
        return ranked[0][0]
