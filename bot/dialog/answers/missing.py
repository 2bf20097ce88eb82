"""A code that exists in no framework: say so plainly and offer the nearest real codes."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from bot.dialog.actions import code_action
from bot.dialog.answers.common import BULLET
from bot.dialog.limits import button
from bot.dialog.phrases import say
from bot.dialog.replies import Reply
from content.catalog import Catalog, code_key

MAX_SUGGESTIONS = 5
SCORE_CUTOFF = 50.0


def nearest_codes(code: str, catalog: Catalog, limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Real codes closest to ``code``, one edit away first (codes are ASCII, so plain ratio on
    upper-cased keys is safe)."""
    key = code_key(code)
    choices = catalog.all_codes()
    scored = process.extract(key, choices, scorer=fuzz.ratio, processor=code_key, limit=limit * 4,
                             score_cutoff=SCORE_CUTOFF)
    prefix = key.rstrip("0123456789.")
    # Same letter prefix first (DL209 → DL20x before DT209), then the same level (a criterion code
    # suggests criteria, a unit code units), then score, shorter codes, and code order for stability.
    dotted = "." in key
    # A code one edit away (DS710 → DS701: a swap; DL210 → DL201) is almost surely the one meant.
    ranked = sorted(scored, key=lambda m: (DamerauLevenshtein.distance(key, code_key(m[0])) > 1,
                                           not code_key(m[0]).startswith(prefix), ("." in m[0]) != dotted,
                                           -m[1], len(m[0]), m[0]))
    return [m[0] for m in ranked[:limit]]


def answer_codes(codes: Sequence[str], catalog: Catalog, *, language: str) -> list[Reply]:
    replies: list[Reply] = []
    for code in codes:
        lines = [say("missing_code", language, code=code)]
        suggestions = nearest_codes(code, catalog)
        if suggestions:
            lines.append(say("nearest_codes", language))
            for s in suggestions:
                nodes = catalog.find(s)
                title = nodes[0].title_th if nodes else ""
                lines.append(f"{BULLET} {s} {title}".rstrip())
        replies.append(Reply("text", "\n".join(lines), tuple(button(s, code_action(s)) for s in suggestions)))
    return replies
