"""LINE outbound: reply token while valid, else push (or multicast) with ``X-Line-Retry-Key``.

- A row with a still-valid ``reply_token`` uses the reply API (no retry key there); a 400 (the token
  was used or expired) falls back to push with the row's retry key.
- Broadcast rows that share one ``retry_key`` were fanned out as one multicast group (≤ 500
  recipients, identical payload): they go out in one multicast call with that key, so a retry after
  a crash repeats the same call and LINE answers 409 instead of sending twice.
- Pacing: reply calls at LINE's reply limit (``REPLY_CALLS_PER_SECOND``), push and multicast at the
  configured ``calls_per_second`` (``LINE_MAX_CALLS_PER_SECOND``).
- 409 = the key was accepted before = sent. 429 is a rate limit (retry) unless its message says the
  monthly quota is used up (QUOTA: LINE sending stops until ``QUOTA_PAUSE`` has passed). 5xx and
  timeouts retry; 403, or a 400 that names a blocked / unfriended user, is BLOCKED (LINE usually
  drops such pushes silently; the unfollow webhook is the main signal); any other 4xx is DEAD.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import aiohttp
import orjson

from bot.senders.base import SENT, Outgoing, Result, SenderNotStarted, Verdict, by_recipient, pace, send_in_order

log = logging.getLogger(__name__)

MULTICAST_MAX = 500
QUOTA_PAUSE = 3600.0  # seconds: the monthly quota will not come back sooner than this
REQUEST_TIMEOUT = 15.0
# LINE limits each endpoint separately: multicast 200 calls/s, reply (like most) 2,000/s. Replies
# answer what people send, so their pace is LINE's; ``calls_per_second`` paces push and multicast.
REPLY_CALLS_PER_SECOND = 2000.0
QUOTA_MARK = "LINE monthly quota exhausted"
_BLOCKED_WORDS = ("block", "unfollow", "not a friend", "hasn't added", "has not added")
REPLY_PATH, PUSH_PATH, MULTICAST_PATH = "/v2/bot/message/reply", "/v2/bot/message/push", "/v2/bot/message/multicast"


def _encode(body: dict[str, Any]) -> bytes:
    """The request body: the rows already hold the API's JSON (rendered once, not re-validated)."""
    return orjson.dumps(body)


def classify(status: int, body: str | bytes | None, headers: Any = None) -> Result:
    """The verdict for a LINE error answer."""
    message = _message(body)
    if status == 409:
        return SENT
    if status == 429:
        if "monthly limit" in message.lower() or "quota" in message.lower():
            return Result(Verdict.QUOTA, f"{QUOTA_MARK}: {message}"[:300])
        return Result(Verdict.RETRY, f"429 {message}"[:300], _retry_after(headers))
    if status >= 500:
        return Result(Verdict.RETRY, f"{status} {message}"[:300])
    if status == 403 or (status == 400 and any(word in message.lower() for word in _BLOCKED_WORDS)):
        return Result(Verdict.BLOCKED, f"{status} {message}"[:300])
    return Result(Verdict.DEAD, f"{status} {message}"[:300])


def _message(body: str | bytes | None) -> str:
    if not body:
        return ""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
    try:
        data = json.loads(text)
    except ValueError:
        return text[:200]
    return str(data.get("message", "")) if isinstance(data, dict) else text[:200]


def _retry_after(headers: Any) -> float | None:
    value = headers.get("Retry-After") if headers else None
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _reply_token_valid(payload: dict[str, Any], now: datetime) -> bool:
    if not payload.get("reply_token"):
        return False
    expires = payload.get("reply_token_expires_at")
    if not expires:
        return True
    try:
        return datetime.fromisoformat(str(expires)).astimezone(UTC) > now
    except ValueError:
        return False


class LineSender:
    """Posts the rows' pre-rendered bodies on one plain aiohttp session (the official SDK's client
    re-validated each body with pydantic and hopped to threads for proxy look-ups: a third of a
    reply's CPU). The SDK's models still build the messages (``bot.channels.line_render``)."""

    platform = "line"

    def __init__(
        self,
        access_token: str,
        api_base_url: str,
        *,
        calls_per_second: float = 200.0,
        max_in_flight: int = 32,
    ) -> None:
        self._base_url = api_base_url.rstrip("/")
        self._headers = {"Authorization": f"Bearer {access_token}", "Content-Type": "application/json"}
        self._max_in_flight = max_in_flight
        self._pace = pace(calls_per_second)
        self._reply_pace = pace(REPLY_CALLS_PER_SECOND)
        self._http: aiohttp.ClientSession | None = None
        self._quota_until = 0.0

    async def start(self) -> None:
        if self._http is not None:
            return
        # One session per process, sized to what is in flight; no proxy or netrc look-ups per call.
        self._http = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=self._max_in_flight), trust_env=False
        )

    async def close(self) -> None:
        if self._http is not None:
            http, self._http = self._http, None
            await http.close()

    @property
    def quota_exhausted(self) -> bool:
        return time.monotonic() < self._quota_until

    async def send(self, items: Sequence[Outgoing]) -> list[Result]:
        if self._http is None:
            raise SenderNotStarted("LineSender.start() was not called")
        results: list[Result] = [SENT] * len(items)
        multicast, single = self._plan(items)
        semaphore = asyncio.Semaphore(self._max_in_flight)

        async def run_group(indexes: list[int]) -> None:
            async with semaphore:
                result = await self._multicast([items[i] for i in indexes])
            for i in indexes:
                results[i] = result

        await asyncio.gather(
            *(run_group(group) for group in multicast),
            *(send_in_order(items, idx, results, self._send_one, semaphore) for idx in single.values()),
        )
        return results

    def _plan(self, items: Sequence[Outgoing]) -> tuple[list[list[int]], dict[str, list[int]]]:
        """Multicast groups (broadcast rows sharing a retry key) and the rest per recipient."""
        groups: dict[str, list[int]] = {}
        rest: list[Outgoing] = []
        rest_index: list[int] = []
        for index, item in enumerate(items):
            if item.kind == "broadcast" and not item.payload.get("reply_token"):
                groups.setdefault(item.retry_key, []).append(index)
            else:
                rest.append(item)
                rest_index.append(index)
        multicast = [
            indexes[start : start + MULTICAST_MAX]
            for indexes in groups.values()
            for start in range(0, len(indexes), MULTICAST_MAX)
        ]
        single = {recipient: [rest_index[i] for i in idx] for recipient, idx in by_recipient(rest).items()}
        return multicast, single

    async def _send_one(self, item: Outgoing) -> Result:
        messages = item.payload.get("messages") or []
        if not messages:
            return Result(Verdict.DEAD, "no messages in payload")
        if _reply_token_valid(item.payload, datetime.now(UTC)):
            body = {"replyToken": item.payload["reply_token"], "messages": messages}
            result = await self._call(REPLY_PATH, body)  # the reply API takes no retry key
            if result.verdict != Verdict.DEAD or not result.error.startswith("400"):
                return result
            log.info("line: reply token refused for delivery %s, pushing instead", item.id)
        return await self._call(PUSH_PATH, {"to": item.recipient, "messages": messages}, item.retry_key)

    async def _multicast(self, group: list[Outgoing]) -> Result:
        if len(group) == 1:
            return await self._send_one(group[0])
        messages = group[0].payload.get("messages") or []
        if not messages:
            return Result(Verdict.DEAD, "no messages in payload")
        body = {"to": [item.recipient for item in group], "messages": messages}
        return await self._call(MULTICAST_PATH, body, group[0].retry_key)

    async def _call(self, path: str, body: dict[str, Any], retry_key: str | None = None) -> Result:
        if self._http is None:
            raise SenderNotStarted("LineSender.start() was not called")
        if self.quota_exhausted:
            return Result(Verdict.QUOTA, QUOTA_MARK)
        headers = self._headers if retry_key is None else {**self._headers, "X-Line-Retry-Key": retry_key}
        await (self._reply_pace if path == REPLY_PATH else self._pace).acquire()
        try:
            async with self._http.post(
                self._base_url + path, data=_encode(body), headers=headers,
                timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT),
            ) as response:
                if response.status < 300:
                    await response.read()  # the connection goes back to the pool
                    return SENT
                result = classify(response.status, await response.read(), response.headers)
        except (TimeoutError, aiohttp.ClientError) as exc:
            return Result(Verdict.RETRY, f"network: {type(exc).__name__}")
        if result.verdict == Verdict.QUOTA:
            self._quota_until = time.monotonic() + QUOTA_PAUSE
            log.error("line: %s; LINE sending paused", QUOTA_MARK)
        return result
