"""Neutral replies → Telegram messages: HTML text (escaped) with inline keyboards.

Limits (Bot API): text ≤ 4,096 characters, ``callback_data`` ≤ 64 bytes (``Button`` enforces it).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.dialog.limits import split_text
from bot.dialog.replies import Reply

MAX_TEXT = 4096
SHORT_LABEL = 12  # labels this short go two to a row


@dataclass(frozen=True, slots=True)
class OutMessage:
    html: str
    keyboard: InlineKeyboardMarkup | None = None


def html_for(reply: Reply) -> str:
    parts: list[str] = []
    if reply.title:
        parts.append(f"<b>{escape(reply.title)}</b>")
    if reply.text:
        parts.append(escape(reply.text))
    for label, value in reply.fields:
        parts.append(f"<b>{escape(label)}</b>: {escape(value)}")
    return "\n".join(parts) or "…"


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


def _entity_safe_cut(line: str, limit: int) -> int:
    """Where to cut an over-long line of escaped text without splitting an HTML entity."""
    cut = limit
    while "&" in line[max(0, cut - 8) : cut] and ";" not in line[line.rfind("&", 0, cut) : cut]:
        cut = line.rfind("&", 0, cut)
    return cut


def _split_html(html: str) -> list[str]:
    """Pieces ≤ 4,096 characters, cut at line breaks so no tag is split (tags never span lines)."""
    return split_text(html, MAX_TEXT, _entity_safe_cut)


def render(replies: list[Reply]) -> list[OutMessage]:
    out: list[OutMessage] = []
    for reply in replies:
        pieces = _split_html(html_for(reply))
        out.extend(OutMessage(p) for p in pieces[:-1])
        out.append(OutMessage(pieces[-1], keyboard(reply)))
    return out
