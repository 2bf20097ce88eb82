from __future__ import annotations

from bot.dialog.limits import MAX_BUTTONS, MAX_REPLIES, MAX_TEXT_CHARS, button, fit, split_text
from bot.dialog.replies import Button, Reply
from content.catalog import Catalog
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
    assert len(button("ก" * 30, "c:X").label) <= 20
    # A label over LINE's 20 characters is cut between words, never inside one.
    assert button("ผู้ทำงานด้านนโยบายและวิชาการ", "r:Academic:").label == "ผู้ทำงานด้านนโยบาย…"
    assert button("to continue where you stopped", "q:c").label == "to continue where…"


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


def test_every_label_the_answers_produce_fits_line_whole(catalog: Catalog) -> None:
    """Every button two presses deep from the answers' main shapes: a label within LINE's 20
    characters, chosen to fit (only a typed query may be shortened, and then between words)."""
    from bot.dialog import answer_action, respond
    from tests.dialog.conftest import understood

    seeds = [
        understood("unit_info", codes=[{"framework": "", "code": "DL200"}]),
        understood("unit_info", codes=[{"framework": "", "code": "DS700"}], aspect="knowledge"),
        understood("unit_info", confidence=0.3, codes=[{"framework": "", "code": "DUS400"}], aspect="criteria"),
        understood("role_requirements", group="Academic"),
        understood("role_requirements", group="Technologist", phase="Mature"),
        understood("role_overview"), understood("phase_info"), understood("help"), understood("pmqa", category=2),
        understood("compare", groups=["Academic", "Technologist"], phase="Early"),
        understood("profile_set", group="Academic"), understood("flow_resume"),
        understood("search", query="วิเคราะห์ข้อมูลพื้นฐาน"),
    ]
    frontier = [b for seed in seeds for r in respond(seed, catalog) for b in r.buttons]
    seen: set[str] = set()
    for _ in range(2):
        following = []
        for b in frontier:
            assert len(b.label) <= 20, b
            assert not b.label.endswith("…") or b.data.startswith(("s:", "t:")), b
            if b.data not in seen and b.data[:2] not in ("k:", "m:", "q:", "d:", "w:"):
                seen.add(b.data)
                following += [x for r in answer_action(b.data, catalog) for x in r.buttons]
        frontier = following
    assert len(seen) > 80
