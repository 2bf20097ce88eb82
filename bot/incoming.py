"""The platform-neutral incoming event every channel adapter produces."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Platform = Literal["line", "telegram", "web", "console"]
EventKind = Literal["text", "postback", "follow", "unfollow", "start"]


@dataclass(frozen=True, slots=True)
class Incoming:
    platform: Platform
    user_id: str  # the platform's user id (LINE userId, Telegram chat id, web session id)
    kind: EventKind
    text: str = ""  # the message text (kind "text") or the button's action data (kind "postback")
    event_id: str = ""  # LINE webhookEventId / Telegram update_id: the deduplication key
    reply_handle: str = ""  # LINE reply token / Telegram callback query id; "" when none
    timestamp: datetime | None = None
    display_name: str = ""
    language: str = ""  # the platform's language hint ("th", "en"), "" when unknown
