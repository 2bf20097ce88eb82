"""A stand-in for ``bot.senders`` (SENDER.md, owned by the delivery-worker engineer) until it lands.

Same names and signatures: ``Outgoing``, ``Verdict``, ``Result``, ``Sender``, ``create_senders``.
One aiohttp session per platform per process, ``trust_env`` off, bodies sent as the JSON the
renderers built. Replace the import in ``bot.pipeline`` with ``bot.senders`` and delete this file.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Protocol

import aiohttp

from bot.config import Settings

TIMEOUT = aiohttp.ClientTimeout(total=10, connect=3)
CONNECTIONS = 64


@dataclass(frozen=True, slots=True)
class Outgoing:
    id: int
    platform: str
    recipient: str
    payload: dict[str, Any]
    retry_key: str
    kind: str = "reply"


class Verdict(StrEnum):
    SENT = "sent"
    RETRY = "retry"
    DEAD = "dead"
    BLOCKED = "blocked"
    QUOTA = "quota"


@dataclass(frozen=True, slots=True)
class Result:
    verdict: Verdict
    error: str = ""
    retry_after: float | None = None


class Sender(Protocol):
    platform: str

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def send(self, items: Sequence[Outgoing]) -> list[Result]: ...


def _secret(value: object) -> str:
    getter = getattr(value, "get_secret_value", None)
    return str(getter()) if getter is not None else ""


def _retry_after(headers: Any, default: float | None = None) -> float | None:
    try:
        return float(headers.get("Retry-After", ""))
    except ValueError:
        return default


def _verdict(status: int, text: str, retry_after: float | None) -> Result:
    if 200 <= status < 300:
        return Result(Verdict.SENT)
    error = f"{status} {text[:200]}"
    if status == 429 or status >= 500:
        return Result(Verdict.RETRY, error, retry_after)
    return Result(Verdict.DEAD, error)


class _HttpSender:
    platform = ""

    def __init__(self) -> None:
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        connector = aiohttp.TCPConnector(limit=CONNECTIONS)
        self._session = aiohttp.ClientSession(connector=connector, timeout=TIMEOUT, trust_env=False)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    @property
    def session(self) -> aiohttp.ClientSession:
        assert self._session is not None, "start() was not called"
        return self._session

    async def send(self, items: Sequence[Outgoing]) -> list[Result]:
        """Each recipient's items in order; recipients concurrently."""
        results: list[Result | None] = [None] * len(items)
        by_recipient: dict[str, list[int]] = {}
        for index, item in enumerate(items):
            by_recipient.setdefault(item.recipient, []).append(index)

        async def one_recipient(indexes: list[int]) -> None:
            for index in indexes:
                try:
                    results[index] = await self._send_one(items[index])
                except (aiohttp.ClientError, TimeoutError) as exc:
                    results[index] = Result(Verdict.RETRY, type(exc).__name__)

        await asyncio.gather(*(one_recipient(ix) for ix in by_recipient.values()))
        return [r if r is not None else Result(Verdict.RETRY, "not sent") for r in results]

    async def _send_one(self, item: Outgoing) -> Result:
        raise NotImplementedError


class LineSender(_HttpSender):
    platform = "line"

    def __init__(self, token: str, base_url: str) -> None:
        super().__init__()
        self._headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        self._base = base_url.rstrip("/")

    async def _post(self, path: str, body: dict[str, Any], headers: dict[str, str] | None = None) -> Result:
        data = json.dumps(body, ensure_ascii=False).encode()
        async with self.session.post(self._base + path, data=data, headers={**self._headers, **(headers or {})}) as r:
            text = await r.text()
            if r.status == 409 and headers:  # the retry key was accepted before: sent already
                return Result(Verdict.SENT)
            return _verdict(r.status, text, _retry_after(r.headers))

    async def _send_one(self, item: Outgoing) -> Result:
        payload = item.payload
        token = str(payload.get("reply_token") or "")
        expires = payload.get("reply_token_expires_at")
        valid = bool(token) and (not expires or datetime.fromisoformat(expires) > datetime.now(UTC))
        if valid:
            result = await self._post("/v2/bot/message/reply", {"replyToken": token, "messages": payload["messages"]})
            if result.verdict is not Verdict.DEAD or not result.error.startswith("400"):
                return result
            # 400 "Invalid reply token": used or expired; push instead (the retry key makes it once).
        retry_key = item.retry_key or str(payload.get("retry_key") or "")
        body = {"to": item.recipient, "messages": payload["messages"]}
        return await self._post("/v2/bot/message/push", body, {"X-Line-Retry-Key": retry_key} if retry_key else None)


class TelegramSender(_HttpSender):
    platform = "telegram"

    def __init__(self, token: str, base_url: str) -> None:
        super().__init__()
        self._base = f"{base_url.rstrip('/')}/bot{token}"

    async def _send_one(self, item: Outgoing) -> Result:
        method = str(item.payload.get("method") or "sendMessage")
        async with self.session.post(f"{self._base}/{method}", json=item.payload.get("params") or {}) as r:
            text = await r.text()
            if r.status == 403:
                return Result(Verdict.BLOCKED, f"403 {text[:200]}")
            retry_after = _retry_after(r.headers)
            if r.status == 429:
                with contextlib.suppress(ValueError, KeyError, TypeError):
                    retry_after = float(json.loads(text)["parameters"]["retry_after"])
            return _verdict(r.status, text, retry_after)


def create_senders(settings: Settings) -> dict[str, Sender]:
    senders: dict[str, Sender] = {}
    line_token = _secret(settings.line_channel_access_token)
    if line_token and _secret(settings.line_channel_secret):
        senders["line"] = LineSender(line_token, settings.line_api_base_url)
    tg_token = _secret(settings.telegram_bot_token)
    if tg_token and _secret(settings.telegram_webhook_secret):
        senders["telegram"] = TelegramSender(tg_token, settings.telegram_api_base_url)
    return senders
