"""Due dates for reminders, as people write them in Thai (and English), in Asia/Bangkok.

The common forms are read here directly ("15 ธ.ค.", "15 ธันวาคม 2569", "พรุ่งนี้", "อีก 3 วัน",
"ศุกร์หน้า", ISO, "15/12/2569"): they are exact and take microseconds. Anything else goes to
dateparser (``languages=["th", "en"]``, future preferred). Buddhist-era years (> 2400) become
Common Era by subtracting 543, which dateparser does not do. A date without a year that has passed
this year means next year: a reminder is always about the future.

Weekdays: "ศุกร์นี้" / "this friday" / "ศุกร์" is the next Friday from today on (today included);
"ศุกร์หน้า" / "next friday" is the Friday of next week (weeks start on Monday).

A date written out in full that names no real day ("31 ก.พ. 2570", "2026-02-30") raises
``ImpossibleDate``: guessing another day would set a reminder nobody asked for.

Exceptions::

    ValueError
     └ ImpossibleDate   a day/month (and year) that is not in the calendar; ``written`` says which
"""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from intents.normalise import YEAR, bare, typed_span

BANGKOK = ZoneInfo("Asia/Bangkok")


def _bare_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Patterns are read in bare form (no tone marks), as the text is: "พรุงนี้" is "พรุ่งนี้"."""
    return re.compile(bare(pattern), flags)

BE_OFFSET = 543

# Full name, abbreviation, abbreviation without dots, and the spoken short form ("ธันวา").
_TH_MONTHS: tuple[tuple[str, ...], ...] = (
    ("มกราคม", "ม.ค.", "มค", "มกรา"), ("กุมภาพันธ์", "ก.พ.", "กพ", "กุมภา"), ("มีนาคม", "มี.ค.", "มีค", "มีนา"),
    ("เมษายน", "เม.ย.", "เมย", "เมษา"), ("พฤษภาคม", "พ.ค.", "พค", "พฤษภา"), ("มิถุนายน", "มิ.ย.", "มิย", "มิถุนา"),
    ("กรกฎาคม", "ก.ค.", "กค", "กรกฎา"), ("สิงหาคม", "ส.ค.", "สค", "สิงหา"), ("กันยายน", "ก.ย.", "กย", "กันยา"),
    ("ตุลาคม", "ต.ค.", "ตค", "ตุลา"), ("พฤศจิกายน", "พ.ย.", "พย", "พฤศจิกา"), ("ธันวาคม", "ธ.ค.", "ธค", "ธันวา"),
)
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTHS: dict[str, int] = {}
for _n, _forms in enumerate(_TH_MONTHS, start=1):
    for _form in _forms:
        MONTHS[bare(_form)] = _n
        MONTHS[bare(_form).rstrip(".")] = _n  # "ธ.ค" without the final dot
for _n, _form in enumerate(_EN_MONTHS, start=1):
    MONTHS[_form] = _n
_EN_LONG = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december")
for _n, _form in enumerate(_EN_LONG, start=1):
    MONTHS[_form] = _n
_MONTH_ALT = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))

_DAY_MONTH = _bare_re(
    rf"(?<!\d)(\d{{1,2}})\s*({_MONTH_ALT})\.?(?:\s*(?:พ\.?ศ\.?|ค\.?ศ\.?)?\s*(\d{{4}}|\d{{2}})(?!\d))?",
    re.IGNORECASE,
)
_MONTH_DAY = _bare_re(
    rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*(\d{{4}}))?\b", re.IGNORECASE
)
_ISO = _bare_re(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_SLASHED = _bare_re(r"(?<!\d)(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?!\d)")
# Numbers people spell out ("อีกสองวัน", "in two weeks"), by their bare spelling.
_NUMBER_WORDS = {bare(word): n for n, words in enumerate((
    (), ("หนึ่ง", "one", "a"), ("สอง", "two"), ("สาม", "three"), ("สี่", "four"), ("ห้า", "five"), ("หก", "six"),
    ("เจ็ด", "seven"), ("แปด", "eight"), ("เก้า", "nine"), ("สิบ", "ten")), start=0) for word in words}
_NUMBER = r"\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_IN_N = _bare_re(
    rf"(?:อีก|in)\s*({_NUMBER})\s*(วัน|สัปดาห์|อาทิตย์|เดือน|days?|weeks?|months?)|"
    rf"({_NUMBER})\s*(วัน|สัปดาห์|อาทิตย์|เดือน)ข้างหน้า",
    re.IGNORECASE,
)
# One of a unit said after it ("อีกเดือนนึง", "อีกอาทิตย์หนึ่ง"): a day, week or month from today.
_IN_ONE = _bare_re(r"อีก\s*(วัน|สัปดาห์|อาทิตย์|เดือน)\s*(?:นึง|หนึ่ง)")
# A deadline moved by an amount, not to a day: "เลื่อน 2 วัน", "เลื่อน DS700 ออกไปอีกสัปดาห์", "postpone by 3 days".
_SHIFT = _bare_re(
    rf"(?:เลื่อน|ขยาย|ยืด|postpone|push|delay|extend)(?:เวลา)?.{{0,20}}?\s*(?:ออก)?\s*(?:ไป)?\s*(?:อีก|by|for)?\s*"
    rf"({_NUMBER})\s*(วัน|สัปดาห์|อาทิตย์|เดือน|days?|weeks?|months?)(?!\s*ข้างหน้า)(?!\s*ที่)",
    re.IGNORECASE,
)
_SHIFT_ONE = _bare_re(
    r"(?:เลื่อน|ขยาย|ยืด|postpone|push|delay|extend)(?:เวลา)?.{0,20}?\s*(?:ออก)?\s*(?:ไป)?\s*(?:อีก\s*(วัน|สัปดาห์|อาทิตย์|เดือน)"
    r"(?!\s*(?:ที่|หน้า))|(?:by|for) an?\s*(day|week|month))",
    re.IGNORECASE,
)
_WEEKDAYS: dict[str, int] = {
    "จันทร์": 0, "อังคาร": 1, "พุธ": 2, "พฤหัสบดี": 3, "พฤหัส": 3, "ศุกร์": 4, "เสาร์": 5, "อาทิตย์": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
}
_WEEKDAYS = {bare(name): day for name, day in _WEEKDAYS.items()}
_WD_ALT = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_WEEKDAY_TH = _bare_re(rf"(วัน)?({_WD_ALT})\s*(หน้า|นี้)?", re.IGNORECASE)
_WD_EN_ALT = "|".join(sorted((w for w in _WEEKDAYS if w.isascii()), key=len, reverse=True))
_WEEKDAY_EN = _bare_re(rf"\b(next|this|on)?\s*\b({_WD_EN_ALT})\b", re.IGNORECASE)
_RELATIVE_DAYS: tuple[tuple[re.Pattern[str], int], ...] = (
    # (Isan days too, typed raw as an answer to the reminder's date question: มื้ออื่น tomorrow, มื้อนี้ today, มื้อฮือ
    # the day after tomorrow)
    (_bare_re(r"มะรืน|มื้อฮื|day after tomorrow", re.IGNORECASE), 2),
    (_bare_re(r"พรุ่งนี้|พรุ่งนี|มื้ออื่น|tomorrow|tmr", re.IGNORECASE), 1),
    (_bare_re(r"วันนี้|มื้อนี้|today|tonight|คืนนี้", re.IGNORECASE), 0),
    (_bare_re(r"สัปดาห์หน้า|อาทิตย์หน้า|next week", re.IGNORECASE), 7),
)
# A part of a month: its end ("สิ้นเดือนหน้า", "ปลายเดือน"), its middle (the 15th) or its start (the 1st); this month's
# when still ahead, else next month's; "หน้า" / "next" is next month's.
_MONTH_PART = _bare_re(r"(สิ้น|ปลาย|กลาง|ต้น)\s*เดือน\s*(หน้า|นี้)?|"
                       r"(end|middle|mid|start|beginning)(?: of)? (this|next|the) month|(mid)-?(next) month",
                       re.IGNORECASE)
_MONTH_PART_DAY = {bare("สิ้น"): 0, bare("ปลาย"): 0, "end": 0, bare("กลาง"): 15, "middle": 15, "mid": 15,
                   bare("ต้น"): 1, "start": 1, "beginning": 1}
_PAST_DAYS: tuple[tuple[re.Pattern[str], int], ...] = (
    (_bare_re(r"เมื่อวานซืน", re.IGNORECASE), -2),
    (_bare_re(r"เมื่อวาน|มื้อวาน|yesterday", re.IGNORECASE), -1),
)
# "วันที่ 20" without a month: the next 20th (this month if still ahead, else next month).
_DAY_ONLY = _bare_re(r"วันที่\s*(\d{1,2})(?![\d/.:-])|\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
_NEXT_TH = bare("หน้า")
_DATE_HINT = _bare_re(r"\d|เดือนหน้า|สิ้นเดือน|ปลายเดือน|กลางเดือน|ต้นเดือน|สิ้นปี|next month|end of", re.IGNORECASE)
# "สิ้นปีนี้", "สิ้นปีหน้า", "end of the year": 31 December of that calendar year (never the fiscal "สิ้นปีงบประมาณ").
_END_OF_YEAR = _bare_re(r"สิ้นปี(?!\s*งบ)\s*(หน้า|นี้)?|end of (this|next|the) year", re.IGNORECASE)
# The end of the government's fiscal year ("ก่อนสิ้นปีงบ", "ปิดปีงบประมาณ 2570", "สิ้นปีงบหน้า", "end of the fiscal
# year"): 30 September, the last day of the Thai fiscal year (1 October - 30 September; FY 2570 ends on 30 Sep 2027).
_FISCAL_END = _bare_re(r"(?:สิ้น|ปิด|หมด|ปลาย)\s*ปี\s*งบ(?:ประมาณ)?\s*(?:พ\.?ศ\.?\s*)?(หน้า|นี้|\d{4}|\d{2}(?!\d))?|"
                       r"\bend of (?:the |this )?(next )?(?:fiscal|financial|budget) year(?:\s+(\d{4}))?|"
                       r"\b(next )?(?:fiscal|financial|budget) year(?:\s+(\d{4}))?[- ]end\b", re.IGNORECASE)
FISCAL_YEAR_END = (9, 30)
# A part of a month named ("กลางเดือนมกรา", "สิ้น ม.ค. 70", "ปลายมีนาคม", "end of January"): that day of that month.
_NAMED_MONTH_PART = _bare_re(
    rf"(สิ้น|ปลาย|กลาง|ต้น)\s*(?:เดือน)?\s*({_MONTH_ALT})\.?(?:\s*(?:พ\.?ศ\.?\s*)?(\d{{4}}|\d{{2}})(?!\d))?|"
    rf"\b(end|middle|mid|start|beginning|early|late)(?:\s+of)?[- ]({_MONTH_ALT})\b\.?(?:\s*(\d{{4}}))?",
    re.IGNORECASE)


# A time of day written beside the date ("14:30 น.", "9 โมงเช้า", "บ่ายสอง", "2 ทุ่ม", "เที่ยง", "3pm"): read apart, so
# that "20 ธ.ค. 14:30" is never the 20th of December 2014. Thai hours: "โมง(เช้า)" as said, "บ่าย N" and "N โมงเย็น"
# after noon, "N ทุ่ม" from 6 pm, "ตี N" before dawn.
_HOUR_WORDS = {bare(w): n for n, w in enumerate(("", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า",
                                                 "สิบ", "สิบเอ็ด")) if w}
_HOUR = r"(\d{1,2}|" + "|".join(sorted(_HOUR_WORDS, key=len, reverse=True)) + ")"
_CLOCK = _bare_re(r"(?<![\d/.:-])(\d{1,2})[:.](\d{2})(?![\d/.:-])\s*(?:น\.?|นาฬิกา)?|(?<![\d/.:-])(\d{1,2})\s*นาฬิกา")
_THAI_HOUR = _bare_re(
    rf"บ่าย\s*(?:{_HOUR}\s*(?:โมง)?|โมง)(\s*ครึ่ง)?|{_HOUR}\s*โมง\s*(เช้า|เย็น)?(\s*ครึ่ง)?|{_HOUR}\s*ทุ่ม(\s*ครึ่ง)?|"
    rf"ตี\s*{_HOUR}(\s*ครึ่ง)?|เที่ยง(?:วัน|ตรง)?(?!\s*คืน)"
)
_EN_HOUR = re.compile(r"\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\b\.?|\bnoon\b", re.IGNORECASE)


def _hour(written: str | None) -> int | None:
    if not written:
        return None
    return int(written) if written.isdigit() else _HOUR_WORDS.get(written)


def _thai_hour(m: re.Match[str]) -> time | None:
    half = 30 if any(m[g] for g in (2, 5, 7, 9)) else 0
    if m[0].startswith(bare("บ่าย")):
        after_noon = _hour(m[1]) or 1  # "บ่ายโมง" is 1 pm
        return time(12 + after_noon, half) if after_noon <= 11 else None
    hour = _hour(m[3] or m[6] or m[8])
    if hour is None:
        return time(12, 0) if not (m[3] or m[6] or m[8]) else None  # เที่ยง
    if m[3]:
        # "N โมงเย็น"; and "4 โมง" with "บ่าย" left out is 4 pm
        if (m[4] == bare("เย็น") and hour <= 11) or (m[4] is None and 1 <= hour <= 5):
            hour += 12
        return time(hour, half) if hour <= 23 else None
    if m[6]:  # "N ทุ่ม": from 7 pm
        return time(18 + hour, half) if 1 <= hour <= 5 else None
    return time(hour, half) if 1 <= hour <= 6 else None  # "ตี N"


def _clock(m: re.Match[str]) -> time | None:
    hour, minute = (int(m[1]), int(m[2])) if m[1] else (int(m[3]), 0)
    return time(hour, minute) if hour <= 23 and minute <= 59 else None


def _english_hour(m: re.Match[str]) -> time | None:
    if m[0].lower() == "noon":
        return time(12, 0)
    hour, minute = int(m[1]), int(m[2] or 0)
    return time(hour % 12 + (12 if m[3].lower() == "p" else 0), minute) if hour <= 12 and minute <= 59 else None


_TIME_READERS = ((_CLOCK, _clock), (_THAI_HOUR, _thai_hour), (_EN_HOUR, _english_hour))


def time_of_day(text: str) -> tuple[time | None, str]:
    """The time of day ``text`` writes beside a date, and ``text`` without it (the same text when none)."""
    folded = bare(text)
    for regex, read in _TIME_READERS:
        m = regex.search(folded)
        if m is not None and (found := read(m)) is not None:
            start, end = typed_span(text, m.start(), m.end())
            return found, f"{text[:start]} {text[end:]}".strip()
    return None, text


class ImpossibleDate(ValueError):
    """The text names a day that does not exist (31 February); ``written`` is that date as typed."""

    def __init__(self, written: str, month: int | None = None, year: int | None = None) -> None:
        super().__init__(f"no such day: {written!r}")
        self.written = written
        self.month = month if month is not None and 1 <= month <= 12 else None  # the month written, when real
        self.year = year  # as written (Buddhist era or two digits allowed), when written

    def last_day(self, today: date) -> date | None:
        """The last day of the month written ("31 เม.ย." → 30 April): the day meant, most likely; None without a
        real month. A month without a year is the next one from today on."""
        if self.month is None:
            return None
        year = to_common_era(self.year) if self.year is not None else today.year
        last = _add_months(date(year, self.month, 1), 1) - timedelta(days=1)
        return last if self.year is not None or last >= today else \
            _add_months(date(year + 1, self.month, 1), 1) - timedelta(days=1)


def to_common_era(year: int) -> int:
    """Buddhist-era years (2569) become Common Era (2026); two-digit years are read too."""
    if year > 2400:
        return year - BE_OFFSET
    if year < 100:
        return 2500 + year - BE_OFFSET if year >= 60 else 2000 + year
    return year


def _today(now: datetime | None) -> date:
    now = now or datetime.now(BANGKOK)
    if now.tzinfo is not None:
        now = now.astimezone(BANGKOK)
    return now.date()


def _make(year: int | None, month: int, day: int, today: date) -> date | None:
    try:
        if year is not None:
            return date(to_common_era(year), month, day)
        found = date(today.year, month, day)
        return found if found >= today else date(today.year + 1, month, day)
    except ValueError:
        return None


def _add_months(start: date, months: int) -> date:
    month0 = start.month - 1 + months
    year, month = start.year + month0 // 12, month0 % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _weekday(weekday: int, modifier: str, today: date) -> date:
    if modifier in (_NEXT_TH, "next"):
        monday_next = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return monday_next + timedelta(days=weekday)
    return today + timedelta(days=(weekday - today.weekday()) % 7)


def _explicit(text: str, today: date, typed: str | None = None) -> date | None:
    """``text`` is bare; ``typed`` the same text as written (for the error's ``written``)."""
    found: date | None = None
    year: int | None = None
    month = 0
    if m := _ISO.search(text):
        year, month = int(m[1]), int(m[2])
        found = _make(year, month, int(m[3]), today)
    elif m := _DAY_MONTH.search(text):
        year, month = (int(m[3]) if m[3] else None), MONTHS[m[2].lower()]
        found = _make(year, month, int(m[1]), today)
    elif (m := _MONTH_DAY.search(text)) and (m[1].isascii() or int(m[2]) <= 31):  # "ม.ค. 70": a year, not a day
        year, month = (int(m[3]) if m[3] else None), MONTHS[m[1].lower()]
        found = _make(year, month, int(m[2]), today)
    elif m := _SLASHED.search(text):
        year, month = (int(m[3]) if m[3] else None), int(m[2])
        found = _make(year, month, int(m[1]), today)
    if m and found is None:
        start, end = typed_span(typed, m.start(), m.end()) if typed is not None else (m.start(), m.end())
        raise ImpossibleDate((typed if typed is not None else text)[start:end].strip(), month, year)
    return found


def _later(start: date, written: str, unit: str) -> date:
    """``start`` moved on by a number (digits or a word) of days, weeks or months."""
    written, unit = written.lower(), unit.lower()
    n = int(written) if written.isdigit() else _NUMBER_WORDS[written]
    if unit.startswith(("เดือน", "month")):
        return _add_months(start, n)
    weeks = unit.startswith((bare("สัปดาห์"), bare("อาทิตย์"), "week"))
    return start + timedelta(days=n * 7 if weeks else n)


def shifted(text: str, start: date) -> date | None:
    """A date moved by an amount ("เลื่อน 2 วัน", "ขยายเวลาไปอีก 1 สัปดาห์", "เลื่อนไปอีกอาทิตย์นึง", "postpone it by a
    week"): ``start`` (the reminder's own date) plus that amount; None when the message names no amount but a day."""
    text = bare(text)
    if m := _SHIFT.search(text):
        return _later(start, m[1], m[2])
    if m := _SHIFT_ONE.search(text):
        return _later(start, "1", m[1] or m[2])
    return None


def day_moved(text: str, start: date, *, now: datetime | None = None) -> date | None:
    """A day named alone for a date being moved ("เลื่อนเป็นวันที่ 20 แทน" for 15 ม.ค.): that day in ``start``'s month
    (or the next that has it), never before today; None when the text names more than a day, or no day."""
    today = _today(now)
    text = bare(time_of_day(text)[1])
    if _explicit(text, today) is not None:
        return None
    return _day_only(text, max(today, start.replace(day=1)))


def _relative(text: str, today: date) -> date | None:
    if m := _IN_N.search(text):
        return _later(today, m[1] or m[3], m[2] or m[4])
    if m := _IN_ONE.search(text):
        return _later(today, "1", m[1])
    for m in _WEEKDAY_TH.finditer(text):
        if m[2] == bare("อาทิตย์") and not m[1] and m[3] == _NEXT_TH:
            continue  # "อาทิตย์หน้า" alone is "next week", read below
        if m[1] or m[3] or not m[2].isascii():
            return _weekday(_WEEKDAYS[m[2].lower()], (m[3] or "").lower(), today)
    for m in _WEEKDAY_EN.finditer(text):
        return _weekday(_WEEKDAYS[m[2].lower()], (m[1] or "").lower(), today)
    for regex, days in _RELATIVE_DAYS:
        if regex.search(text):
            return today + timedelta(days=days)
    return None


def _day_only(text: str, today: date) -> date | None:
    if not (m := _DAY_ONLY.search(text)):
        return None
    day = int(m[1] or m[2])
    for months in range(3):  # the 31st may skip a month or two
        start = _add_months(today.replace(day=1), months)
        try:
            found = start.replace(day=day)
        except ValueError:
            continue
        if found >= today:
            return found
    return None


def _end_of_year(text: str, today: date) -> date | None:
    if not (m := _END_OF_YEAR.search(text)):
        return None
    return date(today.year + (1 if (m[1] == _NEXT_TH or (m[2] or "").lower() == "next") else 0), 12, 31)


def _fiscal_end(text: str, today: date) -> date | None:
    if not (m := _FISCAL_END.search(text)):
        return None
    month, day = FISCAL_YEAR_END
    written = m[1] or m[3] or m[5]
    if written and written.isdigit():
        return date(to_common_era(int(written)), month, day)
    current = today.year + (1 if today.month > month else 0)  # from October on, the fiscal year ends next September
    return date(current + (1 if written == _NEXT_TH or m[2] or m[4] else 0), month, day)


def _named_month_part(text: str, today: date) -> date | None:
    if not (m := _NAMED_MONTH_PART.search(text)):
        return None
    part, month_name, year = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
    month = MONTHS[month_name.lower()]
    day = {"early": 1, "late": 0}.get(part.lower(), _MONTH_PART_DAY.get(part.lower(), 0))

    def in_year(y: int) -> date:
        start = date(y, month, 1)
        return _add_months(start, 1) - timedelta(days=1) if day == 0 else start.replace(day=day)

    if year:
        return in_year(to_common_era(int(year)))
    found = in_year(today.year)
    return found if found >= today else in_year(today.year + 1)


def _month_part(text: str, today: date) -> date | None:
    if not (m := _MONTH_PART.search(text)):
        return None
    part = (m[1] or m[3] or m[5]).lower()
    following = m[2] == _NEXT_TH or (m[4] or m[6] or "").lower() == "next"
    day = _MONTH_PART_DAY[part]

    def in_month(months: int) -> date:
        start = _add_months(today.replace(day=1), months)
        return _add_months(start, 1) - timedelta(days=1) if day == 0 else start.replace(day=day)

    found = in_month(1 if following else 0)
    return found if following or found >= today else in_month(1)


def past_date(text: str, *, now: datetime | None = None) -> date | None:
    """A day in the past the message names ("เมื่อวาน", a dated year gone by), else None."""
    today = _today(now)
    typed, text = text, bare(text)
    for regex, days in _PAST_DAYS:
        if regex.search(text):
            return today + timedelta(days=days)
    found = _explicit(text, today, typed)
    return found if found is not None and found < today else None


def _dateparser(text: str, now: datetime | None) -> date | None:
    import dateparser.search  # imported lazily: loading it costs ~0.5 s

    base = (now or datetime.now(BANGKOK)).astimezone(BANGKOK).replace(tzinfo=None)
    settings = {"PREFER_DATES_FROM": "future", "RELATIVE_BASE": base, "TIMEZONE": "Asia/Bangkok",
                "RETURN_AS_TIMEZONE_AWARE": False}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dateparser warns about pytz/regex internals
        found = dateparser.search.search_dates(text, languages=["th", "en"], settings=settings)
    # A year alone is no day: dateparser gives it today's day and month ("มาตรฐาน ก.พ. 2561" was 30 Nov 2018, a past
    # deadline; "ส่งภายในปี 2570", 30 Nov 2027)
    days = [value for said, value in found or () if not YEAR.fullmatch(said.strip())]
    if not days:
        return None
    value = days[0]
    if value.year > 2400:
        value = value.replace(year=value.year - BE_OFFSET)
    return value.date()


def load_dateparser() -> None:
    """Import dateparser and load its Thai and English data now (a server's warm-up), not in the
    first event that needs it (about a second)."""
    _dateparser("ส่งงาน 15 ธันวาคม", None)


def parse_due(text: str, *, now: datetime | None = None, fallback: bool = True) -> date | None:
    """The date a message names, or None. ``text`` should be normalised (Arabic digits).

    Raises ``ImpossibleDate`` for a fully written date that is not in the calendar."""
    today = _today(now)
    text = time_of_day(text)[1]  # "20 ธ.ค. 14:30": the time is no year
    typed, text = text, bare(text)  # read without tone marks: "พรุงนี้" as typed on a phone
    if any(regex.search(text) for regex, _ in _PAST_DAYS):
        return None  # "เมื่อวาน": never guess a future day for it (``past_date`` reads it)
    found = _explicit(text, today, typed) or _day_only(text, today) or _named_month_part(text, today) or \
        _month_part(text, today) or _fiscal_end(text, today) or _end_of_year(text, today) or _relative(text, today)
    if found is None and fallback and _DATE_HINT.search(text):
        found = _dateparser(typed, now)
    return found
