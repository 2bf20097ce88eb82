"""Neutral replies → Telegram messages: HTML text (escaped) with inline keyboards.

Limits (Bot API): text ≤ 4,096 characters, ``callback_data`` ≤ 64 bytes (``Button`` enforces it).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.dialog.replies import Reply

MAX_TEXT = 4096
MAX_TITLE = 256
SHORT_LABEL = 12  # labels this short go two to a row


@dataclass(frozen=True, slots=True)
class OutMessage:
    html: str
    keyboard: InlineKeyboardMarkup | None = None


def _escaped_chunks(raw: str, limit: int) -> list[str]:
    """``raw`` escaped, in chunks of at most ``limit`` characters, never cutting an entity (``&amp;``)."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for ch in raw:
        piece = escape(ch)
        if size + len(piece) > limit:
            chunks.append("".join(current))
            current, size = [], 0
        current.append(piece)
        size += len(piece)
    chunks.append("".join(current))
    return chunks


def _lines(reply: Reply) -> list[str]:
    """The message's HTML lines, each whole in itself (a tag opens and closes on its line) and short
    enough for one message."""
    lines: list[str] = []
    if reply.title:
        title = reply.title if len(reply.title) <= MAX_TITLE else reply.title[: MAX_TITLE - 1] + "…"
        lines.append(f"<b>{escape(title)}</b>")
    for raw in (reply.text.split("\n") if reply.text else []):
        lines.extend(_escaped_chunks(raw, MAX_TEXT))
    for label, value in reply.fields:
        head = f"<b>{escape(label[:MAX_TITLE])}</b>: "
        first, *rest = _escaped_chunks(value, MAX_TEXT - len(head))
        lines.append(head + first)
        lines.extend(rest)
    return lines or ["…"]


def html_for(reply: Reply) -> str:
    return "\n".join(_lines(reply))


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    rows: list[list[InlineKeyboardButton]] = []
    for button in reply.buttons:
        key = InlineKeyboardButton(button.label, callback_data=button.data)
        last = rows[-1] if rows else None
        if (
            last is not None
            and len(last) == 1
            and len(button.label) <= SHORT_LABEL
            and len(str(last[0].text)) <= SHORT_LABEL
        ):
            last.append(key)
        else:
            rows.append([key])
    return InlineKeyboardMarkup(rows)


def _split_html(reply: Reply) -> list[str]:
    """Pieces ≤ 4,096 characters cut between lines: every tag and entity stays whole, so each piece
    parses on its own."""
    pieces: list[str] = []
    current = ""
    for line in _lines(reply):
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > MAX_TEXT:
            pieces.append(current)
            current = line
        else:
            current = candidate
    pieces.append(current)
    return pieces


def render(replies: list[Reply]) -> list[OutMessage]:
    out: list[OutMessage] = []
    for reply in replies:
        pieces = _split_html(reply)
        out.extend(OutMessage(p) for p in pieces[:-1])
        out.append(OutMessage(pieces[-1], keyboard(reply)))
    return out
