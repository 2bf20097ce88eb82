"""Telegram Bot API adapter, inbound: check the secret header, decode the update into an inbox event.

Decoded with the standard library (no ``Update.de_json`` on the hot path). Conversation state never
lives in python-telegram-bot's ConversationHandler or JobQueue (they keep it in one process's
memory): the dialog engine keeps it in the database. Replies go out through the outbox and the
Sender; only ``answerCallbackQuery`` (best effort, it stops the button's spinner) is sent from here.
"""

from __future__ import annotations

import hmac
import logging
from datetime import UTC, datetime
from typing import Any

from telegram import Bot
from telegram.error import TelegramError

from bot.channels.base import BadPayloadError, clean_text, load_json
from bot.channels.menu import COMMAND_ACTIONS
from bot.incoming import Incoming
from storage import NewInboxEvent

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_TEXT = 4096
MAX_HANDLE = 200


def verify(secret: str, header: str | None) -> bool:
    """Constant-time check; a header that is not ASCII (never a real secret) fails."""
    if not header or not header.isascii():
        return False
    return hmac.compare_digest(secret.encode(), header.encode())


def make_bot(token: str, api_base_url: str) -> Bot:
    base = api_base_url.rstrip("/")
    return Bot(token, base_url=f"{base}/bot", base_file_url=f"{base}/file/bot")


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _language(sender: dict[str, Any]) -> str:
    code = sender.get("language_code")
    return code[:16] if isinstance(code, str) else ""


def to_event(update: dict[str, Any], bot_id: str) -> NewInboxEvent | None:
    """The inbox event for a decoded update, or None when the conversation ignores it."""
    update_id = _int(update.get("update_id"))
    if update_id is None:
        raise BadPayloadError("no update_id")
    key = f"{bot_id}:{update_id}"
    query = update.get("callback_query")
    if isinstance(query, dict):
        sender = _dict(query.get("from"))
        chat_id = _int(_dict(_dict(query.get("message")).get("chat")).get("id")) or _int(sender.get("id"))
        query_id = query.get("id")
        if chat_id is None:
            return None
        return NewInboxEvent(
            platform="telegram", event_key=key, user_key=str(chat_id), kind="postback",
            text=clean_text(query.get("data"), 64),
            reply_handle=query_id if isinstance(query_id, str) and len(query_id) <= MAX_HANDLE else "",
            language=_language(sender),
        )
    message = update.get("message")
    if not isinstance(message, dict):
        return None
    chat = _dict(message.get("chat"))
    chat_id, text = _int(chat.get("id")), message.get("text")
    if chat_id is None or chat.get("type") != "private" or not isinstance(text, str):
        return None
    command = text.split(maxsplit=1)[0].split("@", 1)[0] if text.startswith("/") else ""
    date = _int(message.get("date"))
    kind, text = ("start", "") if command == "/start" else ("text", clean_text(text, MAX_TEXT))
    if command in COMMAND_ACTIONS:  # the command menu (telegram set-commands) works like its button
        kind, text = "postback", COMMAND_ACTIONS[command]
    return NewInboxEvent(
        platform="telegram", event_key=key, user_key=str(chat_id),
        kind=kind,
        text=text,
        language=_language(_dict(message.get("from"))),
        occurred_at=datetime.fromtimestamp(date, UTC) if date is not None and 0 < date < 10**11 else None,
    )


def decode(body: bytes, bot_id: str) -> list[NewInboxEvent]:
    """The inbox events (zero or one) of a verified update; ``BadPayloadError`` if malformed."""
    data = load_json(body)
    if not isinstance(data, dict):
        raise BadPayloadError("the update is not a JSON object")
    event = to_event(data, bot_id)
    return [event] if event is not None else []


class TelegramChannel:
    platform = "telegram"

    def __init__(self, token: str, webhook_secret: str, api_base_url: str) -> None:
        self._secret = webhook_secret
        self.bot_id = token.split(":", 1)[0]  # the public part: event keys are per bot
        self.bot = make_bot(token, api_base_url)

    def verify(self, header: str | None) -> bool:
        return verify(self._secret, header)

    async def start(self) -> None:
        await self.bot.initialize()

    async def close(self) -> None:
        await self.bot.shutdown()

    async def answer_query(self, incoming: Incoming) -> None:
        """Stop the pressed button's spinner (even for stale buttons); best effort, never raises."""
        if incoming.kind != "postback" or not incoming.reply_handle:
            return
        try:
            await self.bot.answer_callback_query(incoming.reply_handle)
        except TelegramError as exc:  # expired query: the reply still goes out
            log.warning("telegram: answer_callback_query failed (%s)", type(exc).__name__)
        except Exception as exc:
            log.warning("telegram: answer_callback_query failed (%s)", type(exc).__name__)
