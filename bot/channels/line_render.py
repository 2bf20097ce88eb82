"""Neutral replies → LINE messages: text, Flex bubbles for cards and lists, quick replies for buttons.

Messages are rendered as the API's JSON objects (plain dicts): the SDK's generated ``to_dict``
re-serialises every nested model once per level, which cost more than everything else together in
the benchmark. ``tests/channels/test_line_render.py`` checks each shape round-trips through the
SDK's own models, so the SDK still vouches for them.

Limits (LINE Messaging API): ≤ 5 messages per reply token, text ≤ 5,000 characters counted in
UTF-16 code units (a character outside the Basic Multilingual Plane counts two), ≤ 13 quick reply
items, action labels ≤ 20 characters, postback data ≤ 300 characters, altText ≤ 400, a carousel ≤ 12
bubbles.

Nothing the person needs to act is dropped: a long card becomes a carousel of bubbles, about a phone
screen each and cut at its paragraphs (never cut with "…"); the last reply's buttons (the consent's,
on first contact) come first in the quick reply, and a card's own buttons go in its bubble's footer.
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
MAX_BUBBLES = 12
BUBBLE_TEXT = 1500  # UTF-16 units of body text per bubble at most: well inside a bubble's 30 KB
BUBBLE_SCREEN = 800  # UTF-16 units a carousel page holds: about one phone screen
BUBBLE_HEADING = 100  # a first paragraph this short is a heading: never a bubble of its own
MAX_FOOTER_BUTTONS = 10


def utf16_len(text: str) -> int:
    """Length as LINE counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def _utf16_prefix(text: str, limit: int) -> int:
    """How many characters of ``text`` fit in ``limit`` UTF-16 units."""
    units = 0
    for n, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit:
            return n
    return len(text)


def _clip(text: str, limit: int) -> str:
    if utf16_len(text) <= limit:
        return text
    return text[: _utf16_prefix(text, limit - 1)] + "…"


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Split long text on line breaks where possible, each piece ≤ ``limit`` UTF-16 units."""
    pieces: list[str] = []
    rest = text
    while utf16_len(rest) > limit:
        fits = _utf16_prefix(rest, limit)
        cut = rest.rfind("\n", 0, fits)
        if cut <= 0:
            cut = fits
        pieces.append(rest[:cut])
        rest = rest[cut:].lstrip("\n")
    pieces.append(rest)
    return pieces


def bubble_pages(text: str) -> list[str]:
    """A card's text as carousel pages of at most ``BUBBLE_SCREEN`` units: whole when it fits,
    else cut only between paragraphs (blank line apart), or between the lines of a paragraph too long
    for one page (a line over ``BUBBLE_TEXT`` is split). Of the cuts with the fewest pages, the one
    whose longest page is shortest: the 6 × 3 overview shows one phase a bubble."""
    if utf16_len(text) <= BUBBLE_SCREEN:
        return [text]
    blocks: list[tuple[str, str]] = []  # (joint before it, block)
    for paragraph in text.split("\n\n"):
        lines = [paragraph] if utf16_len(paragraph) <= BUBBLE_SCREEN else [
            piece for line in paragraph.split("\n") for piece in split_text(line, BUBBLE_TEXT)]
        blocks += [("\n\n" if n == 0 else "\n", line) for n, line in enumerate(lines)]
    if len(blocks) > 1 and utf16_len(blocks[0][1]) < BUBBLE_HEADING:  # a heading stays with what it heads
        blocks[:2] = [("", blocks[0][1] + blocks[1][0] + blocks[1][1])]

    def joined(i: int, j: int) -> str:
        return blocks[i][1] + "".join(joint + block for joint, block in blocks[i + 1 : j])

    # best[j]: (pages, longest page, where the last page starts) over the first j blocks
    best: list[tuple[int, int, int]] = [(0, 0, 0)]
    for j in range(1, len(blocks) + 1):
        options = []
        for i in range(j - 1, -1, -1):
            size = utf16_len(joined(i, j))
            if size > BUBBLE_SCREEN and i < j - 1:
                break
            options.append((best[i][0] + 1, max(best[i][1], size), i))
        best.append(min(options))
    pages: list[str] = []
    j = len(blocks)
    while j > 0:
        i = best[j][2]
        pages.append(joined(i, j))
        j = i
    return pages[::-1]


Message = dict[str, Any]


def postback(button: Button) -> dict[str, Any]:
    return {
        "type": "postback",
        "label": _clip(button.label, MAX_LABEL),
        "data": button.data[:MAX_POSTBACK_DATA],
        "displayText": _clip(button.label, 300),
    }


def _text_component(text: str, **extra: Any) -> dict[str, Any]:
    return {"type": "text", "text": text, "wrap": True, **extra}


def bubble(reply: Reply, text: str | None = None, *, fields: bool = True,
           footer: tuple[Button, ...] = ()) -> dict[str, Any]:
    """A Flex bubble: the title as header, the text (or ``text``, one page of it) and the (label,
    value) rows as body, ``footer`` buttons under it."""
    body: list[dict[str, Any]] = []
    shown = reply.text if text is None else text
    if shown:
        body.append(_text_component(shown, size="sm"))
    for label, value in reply.fields if fields else ():
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
    if footer:
        out["footer"] = {"type": "box", "layout": "vertical", "spacing": "sm", "contents": [
            {"type": "button", "style": "link", "height": "sm", "action": postback(b)}
            for b in footer[:MAX_FOOTER_BUTTONS]]}
    return out


def _flex(reply: Reply, footer: tuple[Button, ...]) -> list[Message]:
    """One bubble, or a carousel of pages when the text is long (more pages than a carousel holds
    continue as text messages)."""
    pages = bubble_pages(reply.text) if reply.text else [""]
    alt = _clip(reply.title or reply.text or "card", MAX_ALT_TEXT)
    if len(pages) == 1:
        return [{"type": "flex", "altText": alt, "contents": bubble(reply, footer=footer)}]
    shown, rest = pages[:MAX_BUBBLES], pages[MAX_BUBBLES:]
    bubbles = [bubble(reply, page, fields=n == len(shown) - 1,
                      footer=footer if n == len(shown) - 1 else ()) for n, page in enumerate(shown)]
    messages: list[Message] = [{"type": "flex", "altText": alt,
                                "contents": {"type": "carousel", "contents": bubbles}}]
    messages += [{"type": "text", "text": piece} for page in rest for piece in split_text(page)]
    return messages


def _is_flex(reply: Reply) -> bool:
    return reply.type in ("card", "list") and bool(reply.title or reply.fields)


def _messages_for(reply: Reply, footer: tuple[Button, ...] = ()) -> list[Message]:
    if _is_flex(reply):
        return _flex(reply, footer)
    text = f"{reply.title}\n{reply.text}" if reply.title else reply.text
    return [{"type": "text", "text": piece} for piece in split_text(text or " ")]


def render(replies: list[Reply]) -> list[Message]:
    """All messages for ``replies``. The last message's quick reply holds the last reply's buttons
    first (the consent's on first contact), then earlier text replies' buttons while room is left;
    an earlier card keeps its own buttons in its bubble's footer (ten; the rest join the quick reply)."""
    messages: list[Message] = []
    quick: list[Button] = list(replies[-1].buttons) if replies else []
    for n, reply in enumerate(replies):
        last = n == len(replies) - 1
        in_footer = reply.buttons[:MAX_FOOTER_BUTTONS] if _is_flex(reply) and not last else ()
        messages.extend(_messages_for(reply, in_footer))
        if not last:  # what the footer cannot hold goes to the quick reply, while room is left
            quick.extend(b for b in reply.buttons if b not in quick and b not in in_footer)
    buttons = quick[:MAX_QUICK_REPLIES]
    if messages and buttons:
        messages[-1]["quickReply"] = {"items": [{"type": "action", "action": postback(b)} for b in buttons]}
    return messages


def batches(messages: list[Message]) -> list[list[Message]]:
    """Groups of ≤ 5 (one reply call, then pushes for the rest)."""
    return [messages[i : i + MAX_MESSAGES_PER_REPLY] for i in range(0, len(messages), MAX_MESSAGES_PER_REPLY)]
