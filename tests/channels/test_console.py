"""The terminal conversation: numbered buttons, typing the number presses it."""

from __future__ import annotations

import io

from bot.channels import console
from bot.dialog.replies import Button, Reply
from tests.channels.conftest import RecordingHandler


def test_render_numbers_buttons_across_replies() -> None:
    text, buttons = console.render(
        [
            Reply("card", "body", title="DL201", fields=(("ระดับ", "3"), ("กรอบ", "OCSC"))),
            Reply("buttons", "choose", buttons=(Button("ดีมาก", "r:4"), Button("พอใช้", "r:2"))),
        ]
    )
    assert "== DL201 ==" in text
    assert "  ระดับ : 3" in text
    assert "  [1] ดีมาก" in text and "  [2] พอใช้" in text
    assert [b.data for b in buttons] == ["r:4", "r:2"]


def test_number_presses_button_otherwise_text() -> None:
    buttons = [Button("a", "x:1"), Button("b", "x:2")]
    pressed = console.to_incoming("2\n", buttons, "me")
    assert pressed is not None and (pressed.kind, pressed.text) == ("postback", "x:2")
    typed = console.to_incoming("3", buttons, "me")
    assert typed is not None and (typed.kind, typed.text) == ("text", "3")
    assert console.to_incoming("   ", buttons, "me") is None


async def test_run_reads_lines_until_quit() -> None:
    handler = RecordingHandler()
    out = io.StringIO()
    await console.run(handler, "me", stdin=io.StringIO("1\nDL201\n/quit\nnever read\n"), stdout=out)
    assert [(i.kind, i.text) for i in handler.seen] == [("start", ""), ("postback", "go"), ("text", "DL201")]
    printed = out.getvalue()
    assert "welcome" in printed and "[1] เริ่ม" in printed and "pressed go" in printed and "echo: DL201" in printed
