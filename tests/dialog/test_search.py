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


def test_a_code_found_in_both_frameworks_gets_two_buttons_that_differ(ask: Ask) -> None:
    [reply] = ask("search", query="ความเสี่ยงดิจิทัล")  # DG500 in both: two buttons both labelled "DG500", before
    twins = [b for b in reply.buttons if b.label.startswith("DG500")]
    assert {b.data for b in twins} == {"u:std-2567:DG500", "u:ocsc-2561:DG500"}
    assert len({b.label for b in twins}) == 2 and all(len(b.label) <= 20 for b in twins)
    assert all(" " not in b.label for b in reply.buttons if not b.label.startswith("DG500"))  # a code alone: its code


def test_a_long_topic_is_not_echoed_back_word_by_word(ask: Ask) -> None:
    for query in ("โรงพยาบาล ระบบ นัดหมาย ออนไลน์ คนไข้ จอง คิว แด ช บอร์ด",  # as read from a long message
                  "ผู้บริหาร อยาก ดู แด ช บอร์ด วิเคราะห์ ข้อมูล พื้นฐาน"):
        [reply] = ask("search", query=query)
        first = reply.text.splitlines()[0]
        assert query not in first and "หน่วยที่ตรงกับเรื่องที่ถาม" in first, first
    [short] = ask("search", query="สำรองข้อมูล")
    assert '"สำรองข้อมูล"' in short.text.splitlines()[0]
