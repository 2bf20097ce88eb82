"""Outbound senders: one per configured platform, one shared HTTP client each per process."""

from __future__ import annotations

from bot.config import Settings
from bot.senders.base import Outgoing, Result, Sender, SenderNotStarted, Verdict, backoff_seconds
from bot.senders.line import LineSender
from bot.senders.telegram import TelegramSender

__all__ = [
    "LineSender",
    "Outgoing",
    "Result",
    "Sender",
    "SenderNotStarted",
    "TelegramSender",
    "Verdict",
    "backoff_seconds",
    "create_senders",
]


def _secret(value: object) -> str:
    getter = getattr(value, "get_secret_value", None)
    return str(getter()) if getter is not None else ""


def create_senders(settings: Settings) -> dict[str, Sender]:
    """A sender for each platform whose credentials are set (not yet started)."""
    senders: dict[str, Sender] = {}
    line_token = _secret(settings.line_channel_access_token)
    if line_token:
        senders["line"] = LineSender(
            line_token, settings.line_api_base_url, calls_per_second=settings.line_max_calls_per_second
        )
    tg_token = _secret(settings.telegram_bot_token)
    if tg_token:
        senders["telegram"] = TelegramSender(
            tg_token,
            settings.telegram_api_base_url,
            per_second=settings.telegram_max_per_second,
            per_chat_per_second=settings.telegram_max_per_chat_per_second,
        )
    return senders
