"""Answers behind holdout_2911c's misses, through the whole engine, in wordings other than the holdout's."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.dialog.thaidate import show_date
from storage.repos.reminders import LOCAL_TZ
from tests.dialog.conftest import Ask, all_text
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]


def _in_days(n: int) -> date:
    return datetime.now(LOCAL_TZ).date() + timedelta(days=n)


async def _reminder_set(chat: Chat, code: str, due: date) -> None:
    await chat.send(f"ตั้งเตือน {code} วันที่ {show_date(due, 'th')}")
    await chat.send("ยืนยัน")
    assert "ตั้งเตือนแล้ว" in chat.text()


async def test_a_relative_move_starts_from_the_reminders_own_date(chat: Chat) -> None:
    await consented(chat)
    due = _in_days(20)
    await _reminder_set(chat, "DL201", due)
    await chat.send("ขอเลื่อนออกไปอีก 3 วันครับ")
    assert show_date(due, "th") in chat.text() and show_date(due + timedelta(days=3), "th") in chat.text()
    assert f"วันที่ {show_date(_in_days(3), 'th')}" not in chat.text()  # not three days from today


async def test_a_move_with_the_code_typed_names_the_old_date(chat: Chat) -> None:
    await consented(chat)
    due, later = _in_days(15), _in_days(25)
    await _reminder_set(chat, "DS700", due)
    await chat.send("สวัสดีครับ")  # something else in between: the code typed says which reminder
    await chat.send(f"ขอเลื่อน DS700 ไปเป็น {show_date(later, 'th')} ค่ะ")
    assert show_date(due, "th") in chat.text() and show_date(later, "th") in chat.text()
    await chat.send(f"ไม่ใช่ เอาเป็น {show_date(later + timedelta(days=2), 'th')}")  # another date while it is asked
    assert show_date(due, "th") in chat.text() and show_date(later + timedelta(days=2), "th") in chat.text()


async def test_the_groups_counted_come_first_with_the_letters_names(chat: Chat) -> None:
    await consented(chat)
    await chat.send("บุคลากรภาครัฐมีทั้งหมดกี่กลุ่มครับ")
    assert chat.last[0].text.startswith("6 กลุ่ม")
    assert "ผู้ปฏิบัติงานด้านเทคโนโลยี (Technologist)" in chat.text()


async def test_the_phases_counted_come_first(chat: Chat) -> None:
    await consented(chat)
    await chat.send("หน่วยงานแบ่งเป็นกี่ระยะคะ")
    assert chat.last[0].text.startswith("3 ระยะ") and "ระยะกำลังพัฒนา (Developing Stage)" in chat.text()


async def test_help_says_hr_sends_to_many_from_the_admin_pages(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ตั้งเตือนให้ลูกน้องทั้งกองส่งหลักฐาน DL201 ได้มั้ยครับ")
    assert "/admin" in chat.text() and "แคมเปญ" in chat.text()
    await chat.send("บอทนี้ช่วยอะไรได้บ้าง")
    assert "/admin" in chat.text()


def test_two_phases_compared_without_a_group_give_each_groups_role_in_both(ask: Ask) -> None:
    replies = ask("compare", phases=["Developing", "Mature"])
    text = all_text(replies)
    assert "ผู้สร้างองค์กรอัจฉริยะ" in text and "ผู้ปรับเปลี่ยนเทคโนโลยีขององค์กร" in text  # Technologist, both phases
    assert "ระยะกำลังพัฒนาไม่มี" in text  # what the later phase adds, counted


async def test_a_topic_only_a_knowledge_line_holds_says_where_and_adds_no_noise(chat: Chat) -> None:
    await consented(chat)
    await chat.send("VOI อยู่หน่วยไหนครับ")
    assert "DS700" in chat.text() and "(VOI: Value of Investment)" in chat.text()
    assert [b.label for r in chat.last for b in r.buttons] == ["DS700"]  # no three-letter fuzzy matches beside it


async def test_a_topic_only_a_criterion_holds_names_the_criterion(chat: Chat) -> None:
    await consented(chat)
    await chat.send("การสำรองข้อมูลเป็นเกณฑ์ของหน่วยไหน")
    assert "DLit101.4" in chat.text() and "สำรองข้อมูล" in chat.text()


def test_a_level_named_alone_gets_the_levels_and_their_names(ask: Ask) -> None:
    text = all_text(ask("pmqa", level="Significance", query="significance เรียก อีก ชื่อ"))
    assert "Significance (Integration)" in text and "Advance (Alignment)" in text
