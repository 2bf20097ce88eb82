from __future__ import annotations

from datetime import date, datetime

import pytest

from intents.dates import BANGKOK, ImpossibleDate, parse_due, to_common_era
from intents.normalise import normalise
from tests.intents.conftest import NOW  # Sunday 2026-11-22


@pytest.mark.parametrize(("text", "expected"), [
    ("15 ธ.ค.", date(2026, 12, 15)),
    ("25 ธันวา", date(2026, 12, 25)),
    ("1 มีนา 2570", date(2027, 3, 1)),
    ("15 ธันวาคม 2569", date(2026, 12, 15)),
    ("3 มี.ค. 2570", date(2027, 3, 3)),
    ("1 ม.ค.", date(2027, 1, 1)),  # passed this year: next year
    ("พรุ่งนี้", date(2026, 11, 23)),
    ("มะรืนนี้", date(2026, 11, 24)),
    ("อีก 3 วัน", date(2026, 11, 25)),
    ("อีก 2 สัปดาห์", date(2026, 12, 6)),
    ("ศุกร์หน้า", date(2026, 11, 27)),
    ("วันศุกร์หน้า", date(2026, 11, 27)),
    ("วันจันทร์", date(2026, 11, 23)),
    ("2026-12-01", date(2026, 12, 1)),
    ("15/12/2569", date(2026, 12, 15)),
    ("tomorrow", date(2026, 11, 23)),
    ("next friday", date(2026, 11, 27)),
    ("December 15", date(2026, 12, 15)),
    ("in 3 days", date(2026, 11, 25)),
])
def test_due_dates(text: str, expected: date) -> None:
    assert parse_due(text, now=NOW) == expected


def test_next_weekday_from_midweek() -> None:
    wednesday = NOW.replace(day=25)
    assert parse_due("ศุกร์นี้", now=wednesday) == date(2026, 11, 27)
    assert parse_due("ศุกร์หน้า", now=wednesday) == date(2026, 12, 4)


def test_dateparser_fallback_reads_other_forms() -> None:
    assert parse_due("next month", now=NOW) == date(2026, 12, 22)


def test_no_date() -> None:
    assert parse_due("เตือนส่งหลักฐาน", now=NOW) is None


@pytest.mark.parametrize("text", ["ขอทราบหน่วยตามมาตรฐาน ก.พ. 2561 ทั้งหมดค่ะ", "DL200 อยู่มาตรฐานไหน ก.พ. หรือ 2567",
                                  "ส่งภายในปี 2570"])
def test_a_year_alone_is_no_day(text: str) -> None:
    # dateparser gave a year alone today's day and month: a past deadline in 2561, a made-up one in 2570
    assert parse_due(text, now=NOW) is None


def test_buddhist_era() -> None:
    assert to_common_era(2569) == 2026
    assert to_common_era(69) == 2026
    assert to_common_era(2026) == 2026


@pytest.mark.parametrize("text", ["31 ก.พ. 2570", "30 กุมภาพันธ์", "2026-02-30", "31/4/2570", "45 ธ.ค."])
def test_an_impossible_date_is_an_error_not_another_day(text: str) -> None:
    with pytest.raises(ImpossibleDate) as caught:
        parse_due(normalise(text), now=NOW)
    assert caught.value.written.startswith(text.split()[0].split("/")[0].split("-")[0])


@pytest.mark.parametrize(("text", "due"), [
    ("ภายในสิ้นปีนี้", date(2026, 12, 31)), ("ส่งก่อนสิ้นปีค่ะ", date(2026, 12, 31)),
    ("สิ้นปีหน้า", date(2027, 12, 31)), ("by the end of the year", date(2026, 12, 31)),
])
def test_end_of_the_year(text: str, due: date) -> None:
    assert parse_due(normalise(text), now=NOW) == due


def test_end_of_the_fiscal_year_is_not_read_as_december() -> None:
    assert parse_due(normalise("ภายในสิ้นปีงบประมาณ"), now=NOW) != date(2026, 12, 31)


@pytest.mark.parametrize(("text", "due"), [
    ("ส่งภายในสิ้นปีงบประมาณนะ", date(2027, 9, 30)), ("ก่อนปิดปีงบค่ะ", date(2027, 9, 30)),
    ("หมดปีงบ 2570", date(2027, 9, 30)), ("สิ้นปีงบหน้า", date(2028, 9, 30)),
    ("before the end of the fiscal year", date(2027, 9, 30)), ("by fiscal year-end", date(2027, 9, 30)),
])
def test_end_of_the_fiscal_year_is_30_september(text: str, due: date) -> None:
    """The Thai fiscal year runs 1 October - 30 September: FY 2570 ends on 30 September 2027."""
    assert parse_due(normalise(text), now=NOW) == due


def test_the_fiscal_year_in_progress_is_the_one_that_ends_next() -> None:
    spring = datetime(2027, 3, 1, 10, 0, tzinfo=BANGKOK)
    assert parse_due(normalise("ภายในสิ้นปีงบ"), now=spring) == date(2027, 9, 30)
    assert parse_due(normalise("สิ้นปีงบประมาณหน้า"), now=spring) == date(2028, 9, 30)


@pytest.mark.parametrize(("text", "due"), [
    ("ขอเป็นกลางเดือนกุมภาค่ะ", date(2027, 2, 15)), ("ปลาย มี.ค. 70", date(2027, 3, 31)),
    ("ต้นเมษายน", date(2027, 4, 1)), ("by the end of February", date(2027, 2, 28)),
    ("mid-December", date(2026, 12, 15)),
])
def test_a_part_of_a_named_month_is_that_month(text: str, due: date) -> None:
    """"กลางเดือนกุมภา" was the 15th of the current month: the month named was dropped."""
    assert parse_due(normalise(text), now=NOW) == due


@pytest.mark.parametrize(("text", "due"), [
    ("อีกสัปดาห์นึงค่ะ", date(2026, 11, 29)), ("อีกเดือนหนึ่ง", date(2026, 12, 22)),
])
def test_one_unit_said_after_it(text: str, due: date) -> None:
    assert parse_due(normalise(text), now=NOW) == due


def test_a_thai_month_followed_by_a_year_is_no_day_of_it() -> None:
    """"ม.ค. 70" is January of 2570, not the 70th of January (an impossible date)."""
    assert parse_due(normalise("ภายใน ม.ค. 70"), now=NOW) is None
    assert parse_due(normalise("Jan 20"), now=NOW) == date(2027, 1, 20)


def test_an_impossible_day_knows_its_month_for_the_last_day() -> None:
    with pytest.raises(ImpossibleDate) as caught:
        parse_due(normalise("31 เม.ย. 70"), now=NOW)
    assert caught.value.last_day(date(2026, 11, 22)) == date(2027, 4, 30)
    with pytest.raises(ImpossibleDate) as caught:
        parse_due(normalise("30 ก.พ."), now=NOW)  # no year: the next February
    assert caught.value.last_day(date(2026, 11, 22)) == date(2027, 2, 28)
