"""Platform limits every reply list keeps, whatever channel renders it.

LINE: ≤ 5 messages per reply, ≤ 13 quick-reply items, text ≤ 5,000 characters; Telegram: text
≤ 4,096 characters, callback_data ≤ 64 bytes (``Button`` checks that). We keep the stricter of each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from bot.dialog.replies import Button, Reply

MAX_TEXT_CHARS = 4000
MAX_BUTTONS = 13
MAX_REPLIES = 5
MAX_LABEL_CHARS = 20  # LINE quick-reply label limit
ELLIPSIS = "…"


def button(label: str, data: str) -> Button:
    """A button whose label fits LINE's quick-reply limit. Labels are chosen to fit; one that does
    not (a typed query) is shortened at a word boundary, never inside a word."""
    return Button(short_label(label), data)


def word_prefix(text: str, fits: Callable[[str], bool]) -> str:
    """The longest run of whole words of ``text`` that ``fits`` (Thai words found by pythainlp's
    dictionary tokenizer); when not even the first word fits, its longest prefix that does."""
    if fits(text):
        return text
    from pythainlp.tokenize import word_tokenize

    kept = ""
    for word in word_tokenize(text, keep_whitespace=True):
        if not fits(kept + word):
            break
        kept += word
    if kept.strip():
        return kept.rstrip()
    while text and not fits(text):
        text = text[:-1]
    return text


def short_label(label: str, limit: int = MAX_LABEL_CHARS) -> str:
    if len(label) <= limit:
        return label
    room = limit - len(ELLIPSIS)
    return word_prefix(label, lambda s: len(s) <= room).rstrip(" \"'(:") + ELLIPSIS


def split_text(text: str, limit: int = MAX_TEXT_CHARS) -> list[str]:
    """Split at line breaks into chunks of at most ``limit`` characters; an over-long line is cut
    at ``limit``."""
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            if current:
                chunks.append(current)
                current = ""
            chunks.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            chunks.append(current)
            current = line
        else:
            current = candidate
    if current or not chunks:
        chunks.append(current)
    return chunks


def fit(replies: Iterable[Reply], truncated_note: str = ELLIPSIS) -> list[Reply]:
    """Split long texts, cap buttons, and keep at most ``MAX_REPLIES`` replies.

    Buttons stay on the last piece of a split reply (that is where a reader's eye ends). When the
    answer needs more than five replies, the fifth ends with ``truncated_note`` and carries the
    buttons of the last reply that was dropped, so the way on is never lost.
    """
    pieces: list[Reply] = []
    for reply in replies:
        if _fits(reply):  # most replies, and every one fitted before: kept as it is
            pieces.append(reply)
            continue
        chunks = split_text(reply.text)
        for n, chunk in enumerate(chunks):
            last = n == len(chunks) - 1
            pieces.append(Reply(
                reply.type if n == 0 else "text",
                chunk,
                _dedupe(reply.buttons)[:MAX_BUTTONS] if last else (),
                reply.title if n == 0 else "",
                reply.fields if n == 0 else (),
            ))
    if len(pieces) <= MAX_REPLIES:
        return pieces
    kept = pieces[:MAX_REPLIES]
    tail = kept[-1]
    buttons = tail.buttons or next((p.buttons for p in reversed(pieces) if p.buttons), ())
    text = tail.text
    if len(text) + len(truncated_note) + 1 > MAX_TEXT_CHARS:
        text = text[: MAX_TEXT_CHARS - len(truncated_note) - 1]
    kept[-1] = Reply(tail.type, f"{text}\n{truncated_note}", buttons, tail.title, tail.fields)
    return kept


def _fits(reply: Reply) -> bool:
    buttons = reply.buttons
    return isinstance(buttons, tuple) and len(reply.text) <= MAX_TEXT_CHARS and len(buttons) <= MAX_BUTTONS and \
        len({b.data for b in buttons}) == len(buttons)


def _dedupe(buttons: Sequence[Button]) -> tuple[Button, ...]:
    seen: set[str] = set()
    out: list[Button] = []
    for b in buttons:
        if b.data not in seen:
            seen.add(b.data)
            out.append(b)
    return tuple(out)
