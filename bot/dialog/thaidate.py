"""Dates as people in Thailand read them: "15 ธ.ค. 2569" (Buddhist era = Common Era + 543)."""

from __future__ import annotations

from datetime import date

THAI_MONTHS_SHORT: tuple[str, ...] = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)
BUDDHIST_ERA_OFFSET = 543


def thai_date(day: date) -> str:
    return f"{day.day} {THAI_MONTHS_SHORT[day.month - 1]} {day.year + BUDDHIST_ERA_OFFSET}"


def english_date(day: date) -> str:
    return f"{day.day} {day.strftime('%b')} {day.year}"


def show_date(value: str | date, language: str) -> str:
    """An ISO date (or a date) the way the reader expects; unparsable text is shown as it is."""
    if isinstance(value, str):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return value
    else:
        day = value
    return english_date(day) if language == "en" else thai_date(day)
