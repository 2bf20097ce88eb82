"""The outbound port shared by the request path and the delivery worker.

One delivery row is one platform API call (see docs/architecture.md, "Sender"). A sender turns
``Outgoing`` items into ``Result`` verdicts and never touches the database: the caller records the
verdicts (``Outbox.record_results``) in one short transaction.

Exceptions: a sender never raises for a platform's answer; every HTTP status, timeout and
connection error becomes a ``Result``. ``SenderNotStarted`` is the one programming error.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from aiolimiter import AsyncLimiter


class SenderNotStarted(RuntimeError):
    """``send`` was called before ``start`` (the HTTP client is opened inside the running loop)."""


@dataclass(frozen=True, slots=True)
class Outgoing:
    """What a sender needs of a delivery row."""

    id: int
    platform: str
    recipient: str
    payload: dict[str, Any] = field(hash=False)
    retry_key: str
    kind: str = "reply"


class Verdict(StrEnum):
    SENT = "sent"  # accepted by the platform (LINE 409 on a retry key counts as sent)
    RETRY = "retry"  # transient: 429 / 5xx / timeout; retry at ``retry_after`` seconds
    DEAD = "dead"  # permanent error (4xx other than the above); keep ``error``
    BLOCKED = "blocked"  # the user blocked / unfollowed: mark the user inactive, skip from now
    QUOTA = "quota"  # LINE monthly quota exhausted: stop LINE sending, say so


@dataclass(frozen=True, slots=True)
class Result:
    verdict: Verdict
    error: str = ""
    retry_after: float | None = None


SENT = Result(Verdict.SENT)


class Sender(Protocol):
    platform: str

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def send(self, items: Sequence[Outgoing]) -> list[Result]: ...


def pace(per_second: float) -> AsyncLimiter:
    """A limiter for ``per_second`` with a burst of 1/20 s of sending (at least one message): any
    one-second window holds at most 5% over the rate. A burst of exactly one wastes the timer's
    granularity (measured: 354 of 500/s); 1/20 s of burst reaches 99%."""
    burst = max(1.0, per_second / 20)
    return AsyncLimiter(burst, burst / per_second)


def backoff_seconds(attempt: int, base: float = 2.0, cap: float = 900.0) -> float:
    """Exponential backoff with full jitter for the ``attempt``-th try (1-based)."""
    ceiling = min(cap, base * 2 ** max(0, attempt - 1))
    return random.uniform(ceiling / 2, ceiling)


async def send_in_order(
    items: Sequence[Outgoing],
    indexes: Sequence[int],
    results: list[Result],
    send_one: Callable[[Outgoing], Awaitable[Result]],
    semaphore: asyncio.Semaphore,
) -> None:
    """One recipient's items, in order, into ``results``; after a failure the rest wait (RETRY),
    so a later message never overtakes an earlier one."""
    failed: Result | None = None
    for i in indexes:
        if failed is not None:
            results[i] = Result(Verdict.RETRY, "an earlier message to this recipient failed", failed.retry_after)
            continue
        async with semaphore:
            results[i] = await send_one(items[i])
        if results[i].verdict != Verdict.SENT:
            failed = results[i]


def by_recipient(items: Sequence[Outgoing]) -> dict[str, list[int]]:
    """Indexes of ``items`` per recipient, each list in the given (id) order."""
    groups: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        groups.setdefault(item.recipient, []).append(index)
    return groups
