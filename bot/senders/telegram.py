"""Telegram outbound: ``sendMessage`` rows paced at the platform's limits.

Pacing (aiolimiter): one message per ``1/rate`` seconds overall and one per ``1/per_chat`` seconds
per chat, so no one-second window holds more than the configured count. A 429 pauses ALL Telegram
sending for its ``retry_after`` (the limit is per bot), then the same message is tried again, up to
``MAX_429_TRIES``. 403 (the user blocked the bot) is BLOCKED; other 400s are DEAD; timeouts,
network errors and 5xx retry. Telegram has no idempotency key: one row is one message, and a
message whose answer was lost in a crash may be sent again (the only possible double).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from aiolimiter import AsyncLimiter
from telegram import Bot, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.senders.base import SENT, Outgoing, Result, SenderNotStarted, Verdict, by_recipient, pace, send_in_order
from bot.senders.telegram_http import AiohttpRequest

log = logging.getLogger(__name__)

MAX_429_TRIES = 3
_IDLE_CHAT_LIMITERS = 10_000  # forget per-chat limiters beyond this many (they refill in a second)


def retry_after_seconds(exc: RetryAfter) -> float:
    value: Any = getattr(exc, "_retry_after", None)  # the property warns about its int form
    if isinstance(value, timedelta):
        return value.total_seconds()
    return float(value) if value is not None else 1.0


class TelegramSender:
    platform = "telegram"

    def __init__(
        self,
        token: str,
        api_base_url: str,
        *,
        per_second: float = 25.0,
        per_chat_per_second: float = 1.0,
        max_in_flight: int = 32,
    ) -> None:
        base = api_base_url.rstrip("/")
        self._token, self._base = token, base
        self._per_chat = per_chat_per_second
        self._pace = pace(per_second)
        self._chat_pace: dict[str, AsyncLimiter] = {}
        self._max_in_flight = max_in_flight
        self._paused_until = 0.0
        self._bot: Bot | None = None

    async def start(self) -> None:
        if self._bot is not None:
            return
        logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines carry the token
        # PTB 22 warns when RetryAfter.retry_after is an int; opt in to its timedelta form.
        os.environ.setdefault("PTB_TIMEDELTA", "1")
        request = AiohttpRequest(connections=self._max_in_flight)
        bot = Bot(self._token, base_url=f"{self._base}/bot", base_file_url=f"{self._base}/file/bot", request=request)
        await bot.initialize()
        self._bot = bot

    async def close(self) -> None:
        if self._bot is not None:
            await self._bot.shutdown()
            self._bot = None

    async def send(self, items: Sequence[Outgoing]) -> list[Result]:
        if self._bot is None:
            raise SenderNotStarted("TelegramSender.start() was not called")
        results: list[Result] = [SENT] * len(items)
        semaphore = asyncio.Semaphore(self._max_in_flight)

        await asyncio.gather(
            *(send_in_order(items, idx, results, self._send_one, semaphore) for idx in by_recipient(items).values())
        )
        return results

    def _chat_limiter(self, chat: str) -> AsyncLimiter:
        limiter = self._chat_pace.get(chat)
        if limiter is None:
            if len(self._chat_pace) >= _IDLE_CHAT_LIMITERS:
                self._chat_pace.clear()  # an old limiter's last slot is long past (≤ 1 s)
            limiter = self._chat_pace[chat] = AsyncLimiter(1, 1.0 / self._per_chat)
        return limiter

    async def _wait_pause(self) -> None:
        loop = asyncio.get_running_loop()
        while (delay := self._paused_until - loop.time()) > 0:
            await asyncio.sleep(delay)

    async def _send_one(self, item: Outgoing) -> Result:
        assert self._bot is not None
        if item.payload.get("method", "sendMessage") != "sendMessage":
            return Result(Verdict.DEAD, f"unsupported method {item.payload.get('method')!r}")
        params = dict(item.payload.get("params") or {})
        if not params.get("text"):
            return Result(Verdict.DEAD, "no text in payload")
        params.pop("chat_id", None)  # the row's recipient is the one source of truth
        text, parse_mode = params.pop("text"), params.pop("parse_mode", None)
        markup = params.pop("reply_markup", None)
        keyboard = InlineKeyboardMarkup.de_json(markup, self._bot) if isinstance(markup, dict) else None
        retry_after = 1.0
        loop = asyncio.get_running_loop()
        for _ in range(MAX_429_TRIES):
            await self._wait_pause()
            async with self._chat_limiter(item.recipient):
                await self._pace.acquire()
                await self._wait_pause()
                try:
                    await self._bot.send_message(
                        chat_id=item.recipient,
                        text=text,
                        parse_mode=parse_mode,
                        reply_markup=keyboard,
                        api_kwargs=params or None,
                    )
                    return SENT
                except RetryAfter as exc:
                    retry_after = retry_after_seconds(exc)
                    self._paused_until = max(self._paused_until, loop.time() + retry_after)
                    log.warning("telegram: 429, all sending paused for %.1f s", retry_after)
                except Forbidden as exc:
                    return Result(Verdict.BLOCKED, f"403 {exc.message}"[:300])
                except BadRequest as exc:
                    return Result(Verdict.DEAD, f"400 {exc.message}"[:300])
                except NetworkError as exc:  # timeouts, connection errors and 5xx answers
                    return Result(Verdict.RETRY, f"network: {exc.message}"[:300])
                except TelegramError as exc:
                    return Result(Verdict.DEAD, f"{type(exc).__name__}: {exc.message}"[:300])
        return Result(Verdict.RETRY, "429 too many requests", retry_after)
