from __future__ import annotations

from bot.dialog.limits import MAX_BUTTONS, MAX_REPLIES, MAX_TEXT_CHARS, button, fit, split_text
from bot.dialog.replies import Button, Reply
from tests.dialog.conftest import Ask


def test_split_text_keeps_lines_whole() -> None:
    text = "\n".join(f"บรรทัด {n} " + "ก" * 90 for n in range(100))
    chunks = split_text(text)
    assert all(len(c) <= MAX_TEXT_CHARS for c in chunks)
    assert "\n".join(chunks) == text


def test_fit_caps_replies_buttons_and_keeps_the_way_on() -> None:
    many = tuple(Button(f"b{n}", f"c:X{n}") for n in range(20))
    replies = [Reply("text", "ข" * 9000, many), Reply("text", "ค" * 9000, (Button("ต่อ", "c:LAST"),))]
    out = fit(replies, "(ตัด)")
    assert len(out) == MAX_REPLIES
    assert all(len(r.text) <= MAX_TEXT_CHARS and len(r.buttons) <= MAX_BUTTONS for r in out)
    assert out[-1].text.endswith("(ตัด)") and out[-1].buttons


def test_button_label_fits_line() -> None:
    assert len(button("ก" * 30, "c:X").label) == 20


def test_every_answer_keeps_limits(ask: Ask) -> None:
    cases = [
        ask("unit_info", codes=[{"framework": "ocsc-2561", "code": "SPM400"}], aspect="criteria"),
        ask("pmqa", category=7, level="Basic"),
        ask("role_requirements", group="Technologist", phase="Mature"),
        ask("unit_info", codes=[{"framework": "", "code": "DS700"}], aspect="evidence"),
    ]
    for replies in cases:
        assert 1 <= len(replies) <= MAX_REPLIES
        for r in replies:
            assert len(r.text) <= MAX_TEXT_CHARS and len(r.buttons) <= MAX_BUTTONS
            assert all(len(b.data.encode()) <= 64 for b in r.buttons)
