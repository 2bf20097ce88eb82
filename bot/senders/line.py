"""LINE outbound: reply token while valid, else push (or multicast) with ``X-Line-Retry-Key``.

- A row with a still-valid ``reply_token`` uses the reply API (no retry key there); a 400 (the token
  was used or expired) falls back to push with the row's retry key.
- Broadcast rows that share one ``retry_key`` were fanned out as one multicast group (≤ 500
  recipients, identical payload): they go out in one multicast call with that key, so a retry after
  a crash repeats the same call and LINE answers 409 instead of sending twice.
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
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from typing import Any, cast

import aiohttp
from linebot.v3.messaging import (
    ApiException,
    AsyncApiClient,
    AsyncMessagingApi,
    Configuration,
    MulticastRequest,
    PushMessageRequest,
    ReplyMessageRequest,
)

from bot.senders.base import SENT, Outgoing, Result, SenderNotStarted, Verdict, by_recipient, pace, send_in_order

log = logging.getLogger(__name__)

MULTICAST_MAX = 500
QUOTA_PAUSE = 3600.0  # seconds: the monthly quota will not come back sooner than this
REQUEST_TIMEOUT = 15.0
QUOTA_MARK = "LINE monthly quota exhausted"
_BLOCKED_WORDS = ("block", "unfollow", "not a friend", "hasn't added", "has not added")


class _Rendered:
    """Mixin: the request body is already the API's JSON; the SDK must not re-validate it."""

    def to_dict(self) -> dict[str, Any]:
        return cast(dict[str, Any], self.__dict__["_body"])


class _Reply(_Rendered, ReplyMessageRequest):
    pass


class _Push(_Rendered, PushMessageRequest):
    pass


class _Multicast(_Rendered, MulticastRequest):
    pass


def _request(cls: type[Any], body: dict[str, Any]) -> Any:
    request = cls.construct()
    object.__setattr__(request, "_body", body)
    return request


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
    platform = "line"

    def __init__(
        self,
        access_token: str,
        api_base_url: str,
        *,
        calls_per_second: float = 200.0,
        max_in_flight: int = 32,
    ) -> None:
        self._token = access_token
        self._base_url = api_base_url.rstrip("/")
        self._max_in_flight = max_in_flight
        self._pace = pace(calls_per_second)
        self._client: AsyncApiClient | None = None
        self._api: AsyncMessagingApi | None = None
        self._quota_until = 0.0

    async def start(self) -> None:
        if self._client is not None:
            return
        config = Configuration(host=self._base_url, access_token=self._token)
        config.connection_pool_maxsize = self._max_in_flight
        self._client = AsyncApiClient(config)
        # The SDK's session resolves proxy settings and ~/.netrc in a thread on every call
        # (trust_env=True): swap in one session without that, sized to what is in flight.
        rest = self._client.rest_client
        await rest.pool_manager.close()
        rest.pool_manager = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=self._max_in_flight), trust_env=False
        )
        self._api = AsyncMessagingApi(self._client)

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client, self._api = None, None

    @property
    def quota_exhausted(self) -> bool:
        return time.monotonic() < self._quota_until

    async def send(self, items: Sequence[Outgoing]) -> list[Result]:
        if self._api is None:
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
        now = datetime.now(UTC)
        if _reply_token_valid(item.payload, now):
            body = {"replyToken": item.payload["reply_token"], "messages": messages}
            result = await self._call(
                lambda: self._api_or_fail().reply_message(_request(_Reply, body), _request_timeout=REQUEST_TIMEOUT)
            )
            if result.verdict != Verdict.DEAD or not result.error.startswith("400"):
                return result
            log.info("line: reply token refused for delivery %s, pushing instead", item.id)
        body = {"to": item.recipient, "messages": messages}
        return await self._call(
            lambda: self._api_or_fail().push_message(
                _request(_Push, body), x_line_retry_key=item.retry_key, _request_timeout=REQUEST_TIMEOUT
            )
        )

    async def _multicast(self, group: list[Outgoing]) -> Result:
        if len(group) == 1:
            return await self._send_one(group[0])
        messages = group[0].payload.get("messages") or []
        if not messages:
            return Result(Verdict.DEAD, "no messages in payload")
        body = {"to": [item.recipient for item in group], "messages": messages}
        return await self._call(
            lambda: self._api_or_fail().multicast(
                _request(_Multicast, body), x_line_retry_key=group[0].retry_key, _request_timeout=REQUEST_TIMEOUT
            )
        )

    def _api_or_fail(self) -> AsyncMessagingApi:
        if self._api is None:
            raise SenderNotStarted("LineSender.start() was not called")
        return self._api

    async def _call(self, call: Callable[[], Awaitable[object]]) -> Result:
        if self.quota_exhausted:
            return Result(Verdict.QUOTA, QUOTA_MARK)
        await self._pace.acquire()
        try:
            await call()
        except ApiException as exc:
            result = classify(exc.status or 0, exc.body, exc.headers)
            if result.verdict == Verdict.QUOTA:
                self._quota_until = time.monotonic() + QUOTA_PAUSE
                log.error("line: %s; LINE sending paused", QUOTA_MARK)
            return result
        except (TimeoutError, aiohttp.ClientError) as exc:
            return Result(Verdict.RETRY, f"network: {type(exc).__name__}")
        return SENT
