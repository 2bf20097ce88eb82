from __future__ import annotations

from bot.dialog import answer_action
from content.catalog import Catalog
from tests.dialog.conftest import Ask, all_data


def test_help_lists_abilities_with_example_buttons_that_answer(ask: Ask, catalog: Catalog) -> None:
    [reply] = ask("help")
    assert "PMQA 4.0" in reply.text and "DL201" in reply.text
    assert len(reply.buttons) >= 4
    for data in all_data([reply]):
        replies = answer_action(data, catalog)
        assert replies and "ไม่พบ" not in replies[0].text


def test_greeting_thanks_cancel(ask: Ask) -> None:
    assert ask("greeting")[0].text.startswith("สวัสดี")
    assert ask("thanks")[0].text.startswith("ยินดี")
    assert "หยุด" in ask("cancel")[0].text
    assert ask("greeting", language="en")[0].text.startswith("Hello")


def test_off_topic_says_it_is_none_of_ours_and_offers_no_guesses(ask: Ask) -> None:
    [reply] = ask("unknown", off_topic=True)
    assert reply.text.startswith("เรื่องนี้อยู่นอกสิ่งที่ผู้ช่วยนี้ตอบได้") and "ติดต่อฝ่ายที่ดูแลในหน่วยงาน" in reply.text
    assert "หมายถึง" not in reply.text and len(reply.text.splitlines()) == 1  # one line, the examples as buttons
    assert len(reply.buttons) >= 4
    [english] = ask("unknown", language="en", off_topic=True)
    assert english.text.startswith("That is outside what this assistant covers")
