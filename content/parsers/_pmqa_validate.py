"""Cross-checks of the parsed PMQA deck: the structure the deck itself implies.

Items run N.1, N.2, … within each category; questions run N.M.1, N.M.2, … under their item; every
item of หมวด 1–6 has all three levels; หมวด 7 has the measure groups its notes announce.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from content.parsers._pmqa_text import LEVELS


class PmqaError(ValueError):
    """The PMQA deck (after errata) does not have the structure the parser relies on."""


def _sequence(codes: list[str], prefix: str) -> list[str]:
    expected = [f"{prefix}.{n}" for n in range(1, len(codes) + 1)]
    return [] if codes == expected else [f"{prefix}: codes {codes}, expected {expected}"]


def _item_problems(item: dict[str, Any]) -> list[str]:
    code = item["code"]
    found: list[str] = []
    if not item["title_th"]:
        found.append(f"{code}: no title")
    for level in LEVELS:
        if not item["level_summary"].get(level):
            found.append(f"{code}: no {level} summary")
        if not item["levels"].get(level):
            found.append(f"{code}: no {level} guidance")
    questions = item["questions"]
    if not questions:
        found.append(f"{code}: no questions")
    found.extend(_sequence([q["code"] for q in questions], code))
    found.extend(f"{q['code']}: empty text" for q in questions if not q["text"])
    return found


def problems(pmqa: dict[str, Any], *, strays: Sequence[str] = (), misplaced: Sequence[str] = (),
             factors_stated: int | None = None) -> list[str]:
    """Every structural defect left in a parsed deck (an empty list when it is sound)."""
    found = [f"unclaimed {s}" for s in strays] + list(misplaced)
    categories = pmqa["categories"]
    if [c["no"] for c in categories] != list(range(1, 8)):
        found.append(f"categories {[c['no'] for c in categories]}, expected 1-7")
    for category in categories:
        no = category["no"]
        found.extend(_sequence([i["code"] for i in category["items"]], str(no)))
        if no == 7:
            continue
        for item in category["items"]:
            found.extend(_item_problems(item))
    results = pmqa["category7"]
    stated = next((re.search(r"(\d+)\s*ข้อย่อย", n) for n in results["notes"] if "ข้อย่อย" in n), None)
    groups = results["measure_groups"]
    if stated and int(stated.group(1)) != len(groups):
        found.append(f"หมวด 7: notes state {stated.group(1)} groups, found {len(groups)}")
    found.extend(
        f"{g['code']}: no mandatory measure" for g in groups if not any(m["mandatory"] for m in g["measures"])
    )
    bands = results["level_bands"]
    if [b["level"] for b in bands] != list(LEVELS) or not all(b["band"] for b in bands):
        found.append(f"หมวด 7: level bands {bands}")
    if factors_stated is not None and factors_stated != len(pmqa["success_factors"]):
        found.append(f"success factors: {len(pmqa['success_factors'])}, deck states {factors_stated}")
    return found
