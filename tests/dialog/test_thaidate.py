from __future__ import annotations

from datetime import date

from bot.dialog.thaidate import show_date, thai_date


def test_buddhist_era_and_short_months() -> None:
    assert thai_date(date(2026, 12, 15)) == "15 ธ.ค. 2569"
    assert thai_date(date(2027, 1, 1)) == "1 ม.ค. 2570"
    assert show_date("2027-03-03", "th") == "3 มี.ค. 2570"
    assert show_date("2027-03-03", "en") == "3 Mar 2027"
    assert show_date("not a date", "th") == "not a date"
