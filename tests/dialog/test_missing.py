from __future__ import annotations

from bot.dialog.answers.missing import nearest_codes
from content.catalog import Catalog
from tests.dialog.conftest import Ask, all_data


def test_missing_code_says_so_and_suggests_real_codes(ask: Ask, catalog: Catalog) -> None:
    [reply] = ask("unit_info", unknown_codes=["DL209"])
    assert reply.text.startswith("ไม่พบรหัส DL209 ในมาตรฐานใดเลย")
    data = all_data([reply])
    assert data[:4] == ["c:DL200", "c:DL201", "c:DL202", "c:DL203"]
    assert all(catalog.known_code(d[2:]) for d in data)
    assert "DL201 วิเคราะห์องค์กรปัจจุบันเปรียบเทียบกับองค์กรดิจิทัลอนาคต" in reply.text


def test_criterion_like_code_suggests_criteria(catalog: Catalog) -> None:
    suggestions = nearest_codes("DS704.09", catalog)
    assert suggestions[0].startswith("DS704.0")
    assert all("." in s for s in suggestions)


def test_known_and_unknown_together(ask: Ask) -> None:
    replies = ask("unit_info", codes=[{"framework": "std-2567", "code": "DS700"}], unknown_codes=["XX999"])
    assert "DS700" in replies[0].text
    assert replies[-1].text.startswith("ไม่พบรหัส XX999")


def test_missing_code_in_english(ask: Ask) -> None:
    [reply] = ask("unit_info", language="en", unknown_codes=["DL209"])
    assert reply.text.startswith("There is no code DL209 in any framework.")
