"""Platform-neutral replies: what the dialog engine says, before any channel renders it.

A reply's ``text`` is the full text a person would read (channels may add formatting, never
content). Buttons carry ``data``: a compact action string the dialog engine understands when it
comes back as a postback / callback (≤ 64 bytes so that Telegram's callback_data can hold it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ReplyType = Literal["text", "card", "list", "buttons"]
MAX_BUTTON_DATA_BYTES = 64


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    data: str

    def __post_init__(self) -> None:
        if len(self.data.encode("utf-8")) > MAX_BUTTON_DATA_BYTES:
            raise ValueError(f"button data over {MAX_BUTTON_DATA_BYTES} bytes: {self.data!r}")


@dataclass(frozen=True, slots=True)
class Reply:
    type: ReplyType
    text: str
    buttons: tuple[Button, ...] = ()
    title: str = ""  # cards and lists: the heading
    fields: tuple[tuple[str, str], ...] = field(default=())  # cards: (label, value) rows

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "text": self.text,
            "buttons": [{"label": b.label, "data": b.data} for b in self.buttons],
        }
        if self.title:
            out["title"] = self.title
        return out
