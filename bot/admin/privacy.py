"""Small groups are never shown: a figure over fewer than ``MIN_GROUP`` people reads "< 5".

The group size counts live people and the anonymous counters deleted people left behind, so a
deleted person's sums never show on their own.
"""

from __future__ import annotations

MIN_GROUP = 5
SUPPRESSED = f"< {MIN_GROUP}"


def too_small(people: int) -> bool:
    return people < MIN_GROUP


def people_label(people: int) -> str:
    return SUPPRESSED if too_small(people) else str(people)


def mean_label(people: int, mean: float) -> str:
    return SUPPRESSED if too_small(people) else f"{mean:.2f}"


def percent_label(people: int, part: int) -> str:
    return SUPPRESSED if too_small(people) else f"{round(100 * part / people)}%"
