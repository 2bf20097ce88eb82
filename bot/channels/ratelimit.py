"""A per-key token bucket that refuses (429) instead of queueing, with bounded memory.

aiolimiter's ``AsyncLimiter`` makes callers wait for capacity; a public endpoint should rather
answer "too many requests" at once, so a flood costs the server nothing but this check.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable


class RateLimiter:
    """``rate`` requests per ``per`` seconds per key, bursts up to ``burst``; at most ``max_keys`` tracked.

    When more keys are seen than ``max_keys``, the least recently seen ones are forgotten (a
    forgotten key starts again with a full bucket, which errs on the side of serving).
    """

    def __init__(
        self,
        rate: float,
        per: float = 60.0,
        burst: int | None = None,
        max_keys: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate <= 0 or per <= 0:
            raise ValueError("rate and per must be positive")
        self._refill = rate / per  # tokens per second
        self._burst = float(burst if burst is not None else max(1, int(rate)))
        self._max_keys = max_keys
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # key -> (tokens, at)

    def acquire(self, key: str) -> float:
        """0.0 when the request may go ahead (a token is taken), else the seconds until one is free."""
        now = self._clock()
        tokens, at = self._buckets.pop(key, (self._burst, now))
        tokens = min(self._burst, tokens + (now - at) * self._refill)
        wait = 0.0
        if tokens >= 1.0:
            tokens -= 1.0
        else:
            wait = (1.0 - tokens) / self._refill
        self._buckets[key] = (tokens, now)
        while len(self._buckets) > self._max_keys:
            self._buckets.popitem(last=False)
        return wait

    def __len__(self) -> int:
        return len(self._buckets)
