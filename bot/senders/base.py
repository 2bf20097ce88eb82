"""The outbound port shared by the request path and the delivery worker.

One delivery row is one platform API call (see docs/architecture.md, "Sender"). A sender turns
``Outgoing`` items into ``Result`` verdicts and never touches the database: the caller records the
verdicts (``Outbox.record_results``) in one short transaction.

Exceptions: a sender never raises for a platform's answer; every HTTP status, timeout and
connection error becomes a ``Result``. ``SenderNotStarted`` is the one programming error.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol


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


def backoff_seconds(attempt: int, base: float = 2.0, cap: float = 900.0) -> float:
    """Exponential backoff with full jitter for the ``attempt``-th try (1-based)."""
    ceiling = min(cap, base * 2 ** max(0, attempt - 1))
    return random.uniform(ceiling / 2, ceiling)


def by_recipient(items: Sequence[Outgoing]) -> dict[str, list[int]]:
    """Indexes of ``items`` per recipient, each list in the given (id) order."""
    groups: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        groups.setdefault(item.recipient, []).append(index)
    return groups
