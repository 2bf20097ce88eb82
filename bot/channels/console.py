"""The conversation in a terminal: plain-text rendering and a read-eval-print loop.

Buttons are numbered; typing a number presses the button of the last replies.
"""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from bot.channels.base import Handler
from bot.dialog.replies import Button, Reply
from bot.incoming import Incoming

QUIT_WORDS = frozenset({"/quit", "/exit", "quit", "exit"})


def render(replies: list[Reply]) -> tuple[str, list[Button]]:
    """The text to print, and the buttons in the order they are numbered."""
    lines: list[str] = []
    buttons: list[Button] = []
    for reply in replies:
        if reply.title:
            lines.append(f"== {reply.title} ==")
        if reply.text:
            lines.append(reply.text)
        width = max((len(label) for label, _ in reply.fields), default=0)
        for label, value in reply.fields:
            lines.append(f"  {label.ljust(width)} : {value}")
        for button in reply.buttons:
            buttons.append(button)
            lines.append(f"  [{len(buttons)}] {button.label}")
        lines.append("")
    return "\n".join(lines), buttons


def to_incoming(line: str, buttons: list[Button], user_id: str) -> Incoming | None:
    text = line.strip()
    if not text:
        return None
    if text.isascii() and text.isdigit() and 1 <= int(text) <= len(buttons):
        data = buttons[int(text) - 1].data
        return Incoming(platform="console", user_id=user_id, kind="postback", text=data)
    return Incoming(platform="console", user_id=user_id, kind="text", text=text)


async def run(
    handler: Handler,
    user_id: str = "console",
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> None:
    """Read lines until end of input or /quit; print each answer."""
    source = stdin or sys.stdin
    out = stdout or sys.stdout
    loop = asyncio.get_running_loop()
    text, buttons = render(await handler(Incoming(platform="console", user_id=user_id, kind="start")))
    out.write(text + "\n")
    out.flush()
    while True:
        if source.isatty():
            out.write("> ")
            out.flush()
        line = await loop.run_in_executor(None, source.readline)
        if not line or line.strip().lower() in QUIT_WORDS:
            return
        incoming = to_incoming(line, buttons, user_id)
        if incoming is None:
            continue
        text, buttons = render(await handler(incoming))
        out.write(text + "\n")
        out.flush()
