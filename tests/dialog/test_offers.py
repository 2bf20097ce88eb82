from __future__ import annotations

import pytest

from bot.dialog.answers.offers import INTENTS
from tests.dialog.conftest import Ask, all_data, all_text


@pytest.mark.parametrize("intent", INTENTS)
def test_no_intent_says_not_available(ask: Ask, intent: str) -> None:
    replies = ask(intent)
    assert replies and "ยังไม่เปิดให้ใช้" not in all_text(replies)
    assert "not available" not in ask(intent, language="en")[0].text


def test_reminder_offers_to_start_it_for_the_unit(ask: Ask) -> None:
    [reply] = ask("reminder_set", codes=[{"framework": "std-2567", "code": "DL200"}], due="2027-03-03")
    assert "DL200" in reply.text and "3 มี.ค. 2570" in reply.text
    assert all_data([reply])[0] == "w:s:std-2567:DL200"


def test_quiz_and_profile_buttons_start_them(ask: Ask) -> None:
    [quiz] = ask("quiz_start", codes=[{"framework": "ocsc-2561", "code": "DG500"}])
    assert "แบบประเมินตนเอง" in quiz.text and "DG500" in quiz.text
    assert all_data([quiz])[0] == "q:s:a:ocsc-2561:DG500"
    [profile] = ask("profile_set", group="Technologist")
    assert "ผู้ปฏิบัติงานด้านเทคโนโลยี" in profile.text
    assert all_data([profile]) == ["m:g", "r:Technologist:"]


def test_offer_in_english(ask: Ask) -> None:
    [reply] = ask("reminder_set", language="en", due="2026-12-15")
    assert "15 Dec 2026" in reply.text and "Press the button" in reply.text
