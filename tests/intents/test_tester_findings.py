"""Wrong turns found by chatting as an IT officer, an executive and an HR officer (2026-11-29)."""

from __future__ import annotations

import pytest

from intents import understand


@pytest.mark.parametrize("typed", ["หลักฐานของ DS7000", "ความรู้ DX700 มีอะไรบ้าง", "DS9999 ต้องมีทักษะอะไร"])
def test_a_code_that_does_not_exist_is_not_swapped_for_units_a_search_finds(typed: str) -> None:
    u = understand(typed)  # "หลักฐานของ DS7000" showed DL200's evidence, before
    assert u.intent == "unit_info" and not u.entities.get("codes") and u.entities.get("unknown_codes")


@pytest.mark.parametrize(("typed", "meant"), [("ok ยินยอมค่ะ", "consent"), ("โอเค ทำต่อ", "resume"),
                                              ("ไม่แน่ใจ ข้ามไปก่อน", "skip")])
def test_an_acknowledgement_before_a_command_leaves_the_command(typed: str, meant: str) -> None:
    from intents.commands import command

    assert command(typed) == meant
