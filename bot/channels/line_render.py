"""Neutral replies → LINE messages: text, Flex bubbles for cards and lists, quick replies for buttons.

Messages are rendered as the API's JSON objects (plain dicts): the SDK's generated ``to_dict``
re-serialises every nested model once per level, which cost more than everything else together in
the benchmark. ``tests/channels/test_line_render.py`` checks each shape round-trips through the
SDK's own models, so the SDK still vouches for them.

Limits (LINE Messaging API): ≤ 5 messages per reply token, text ≤ 5,000 characters, ≤ 13 quick
reply items, action labels ≤ 20 characters, postback data ≤ 300 characters, altText ≤ 400.
"""

from __future__ import annotations

from typing import Any

from bot.dialog.replies import Button, Reply

MAX_MESSAGES_PER_REPLY = 5
MAX_TEXT = 5000
MAX_QUICK_REPLIES = 13
MAX_LABEL = 20
MAX_POSTBACK_DATA = 300
MAX_ALT_TEXT = 400


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Split long text on line breaks where possible, each piece ≤ ``limit`` characters."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit)
        if cut <= 0:
            cut = limit
        pieces.append(rest[:cut])
        rest = rest[cut:].lstrip("\n")
    pieces.append(rest)
    return pieces


Message = dict[str, Any]


def postback(button: Button) -> dict[str, Any]:
    return {
        "type": "postback",
        "label": _clip(button.label, MAX_LABEL),
        "data": button.data[:MAX_POSTBACK_DATA],
        "displayText": button.label[:300],
    }


def _text_component(text: str, **extra: Any) -> dict[str, Any]:
    return {"type": "text", "text": text, "wrap": True, **extra}


def bubble(reply: Reply) -> dict[str, Any]:
    """A Flex bubble: the title as header, the text and the (label, value) rows as body."""
    body: list[dict[str, Any]] = []
    if reply.text:
        body.append(_text_component(_clip(reply.text, 2000), size="sm"))
    for label, value in reply.fields:
        body.append(
            {
                "type": "box",
                "layout": "baseline",
                "spacing": "sm",
                "contents": [
                    _text_component(label or " ", size="sm", color="#888888", flex=2),
                    _text_component(value or "-", size="sm", flex=5),
                ],
            }
        )
    if not body:
        body.append(_text_component(reply.title or " "))
    out: dict[str, Any] = {
        "type": "bubble",
        "body": {"type": "box", "layout": "vertical", "spacing": "md", "contents": body},
    }
    if reply.title:
        out["header"] = {
            "type": "box",
            "layout": "vertical",
            "contents": [_text_component(_clip(reply.title, 200), weight="bold", size="lg")],
        }
    return out


def _messages_for(reply: Reply) -> list[Message]:
    if reply.type in ("card", "list") and (reply.title or reply.fields):
        alt = _clip(reply.title or reply.text or "card", MAX_ALT_TEXT)
        return [{"type": "flex", "altText": alt, "contents": bubble(reply)}]
    text = f"{reply.title}\n{reply.text}" if reply.title else reply.text
    return [{"type": "text", "text": piece} for piece in split_text(text or " ")]


def render(replies: list[Reply]) -> list[Message]:
    """All messages for ``replies``; the last one carries every button as a quick reply."""
    messages: list[Message] = []
    for reply in replies:
        messages.extend(_messages_for(reply))
    buttons = [b for reply in replies for b in reply.buttons][:MAX_QUICK_REPLIES]
    if messages and buttons:
        messages[-1]["quickReply"] = {"items": [{"type": "action", "action": postback(b)} for b in buttons]}
    return messages


def batches(messages: list[Message]) -> list[list[Message]]:
    """Groups of ≤ 5 (one reply call, then pushes for the rest)."""
    return [messages[i : i + MAX_MESSAGES_PER_REPLY] for i in range(0, len(messages), MAX_MESSAGES_PER_REPLY)]
