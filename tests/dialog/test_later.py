from __future__ import annotations

import pytest

from bot.dialog.answers.later import INTENTS
from tests.dialog.conftest import Ask, all_data


@pytest.mark.parametrize("intent", INTENTS)
def test_later_flows_say_not_available_and_save_nothing(ask: Ask, intent: str) -> None:
    [reply] = ask(intent)
    assert "ยังไม่เปิดให้ใช้" in reply.text and "ยังไม่ได้บันทึกอะไรไว้" in reply.text
    assert "บันทึกแล้ว" not in reply.text


def test_reminder_names_code_and_thai_date(ask: Ask) -> None:
    [reply] = ask("reminder_set", codes=[{"framework": "std-2567", "code": "DL200"}], due="2027-03-03")
    assert "DL200" in reply.text and "3 มี.ค. 2570" in reply.text
    assert all_data([reply]) == ["c:DL200"]


def test_quiz_and_profile(ask: Ask) -> None:
    [quiz] = ask("quiz_start", codes=[{"framework": "ocsc-2561", "code": "DG500"}])
    assert "แบบประเมินตนเอง" in quiz.text and "DG500" in quiz.text
    [profile] = ask("profile_set", group="Technologist")
    assert "ผู้ปฏิบัติงานด้านเทคโนโลยี" in profile.text
    assert all_data([profile]) == ["r:Technologist:"]


def test_later_in_english(ask: Ask) -> None:
    [reply] = ask("reminder_set", language="en", due="2026-12-15")
    assert "15 Dec 2026" in reply.text and "nothing has been saved" in reply.text
