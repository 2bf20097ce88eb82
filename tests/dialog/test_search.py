from __future__ import annotations

from tests.dialog.conftest import Ask, all_data


def test_search_finds_unit_by_title(ask: Ask) -> None:
    [reply] = ask("search", query="วิเคราะห์ข้อมูลพื้นฐาน")
    assert "DUS400 วิเคราะห์ข้อมูลพื้นฐาน" in reply.text
    assert all_data([reply])[0] == "u:std-2567:DUS400"
    assert 1 <= len(reply.buttons) <= 5


def test_search_with_typos_finds_both_frameworks(ask: Ask) -> None:
    [reply] = ask("search", query="ออกแบบองกรดิจิตอล")
    assert "u:std-2567:DL200" in all_data([reply])


def test_search_nothing(ask: Ask) -> None:
    [reply] = ask("search", query="zzzzqqqq")
    assert reply.text.startswith("ไม่พบหน่วยที่ตรงกับ") and not reply.buttons
