"""Wrong turns found by chatting as a university intern, a district chief who types by voice and an IT officer
(answers8, 2026-11-29), in what a message means. Each test uses other wordings than the ones found."""

from __future__ import annotations

import pytest

from intents import CONFIDENCE_THRESHOLD, understand


@pytest.mark.parametrize(("typed", "group"), [
    ("กลุ่มบริการต้องเรียนหน่วยอะไรบ้างคะ", "Service"),
    ("ฝ่ายบริการต้องมีสมรรถนะไหนบ้าง", "Service"),
    ("กลุ่มวิชาการต้องมีหน่วยไหนบ้างครับ", "Academic"),
])
def test_a_group_named_with_what_it_needs_is_the_role_not_a_search(typed: str, group: str) -> None:
    # "กลุ่มบริการ…" was a search for "กลุ่ม บริการ" (a criterion's "กลุ่มเป้าหมายผู้รับบริการ" holds both words)
    u = understand(typed)
    assert u.intent == "role_requirements" and u.confidence >= CONFIDENCE_THRESHOLD, u
    assert u.entities.get("group") == group, u


@pytest.mark.parametrize("typed", ["งานบริการ", "ออกแบบนวัตกรรมบริการ"])
def test_a_group_word_inside_a_title_is_still_the_title(typed: str) -> None:
    assert understand(typed).intent != "role_requirements"
