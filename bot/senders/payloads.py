"""Platform-neutral replies → outbox payloads (one delivery row = one API call).

LINE: ≤ 5 messages per row (``{"messages": [...]}``). Telegram: one ``sendMessage`` per row; the
row's recipient is the chat id, so payloads of a broadcast are identical for every recipient.
"""

from __future__ import annotations

from typing import Any

from bot.channels import line_render, telegram_render
from bot.dialog.replies import Reply


def line_payloads(replies: list[Reply]) -> list[dict[str, Any]]:
    return [{"messages": group} for group in line_render.batches(line_render.render(replies))]


def telegram_payloads(replies: list[Reply]) -> list[dict[str, Any]]:
    payloads: list[dict[str, Any]] = []
    for message in telegram_render.render(replies):
        params: dict[str, Any] = {"text": message.html, "parse_mode": "HTML"}
        if message.keyboard is not None:
            params["reply_markup"] = message.keyboard.to_dict()
        payloads.append({"method": "sendMessage", "params": params})
    return payloads


def payloads_for(platform: str, replies: list[Reply]) -> list[dict[str, Any]]:
    """The rows' payloads for ``platform``; empty for platforms nobody pushes to (web, console)."""
    if platform == "line":
        return line_payloads(replies)
    if platform == "telegram":
        return telegram_payloads(replies)
    return []
