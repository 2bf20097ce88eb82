"""What every channel shares: the handler seam, tracked background tasks, deduplication.

Exceptions raised on purpose by ``bot.channels``::

    ChannelError            base class
    └── ChannelOffError     a channel was asked to act without its credentials
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, Protocol

from bot.dialog.replies import Reply
from bot.incoming import Incoming

log = logging.getLogger(__name__)

APOLOGY = "ขออภัย ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้งในภายหลัง"


class ChannelError(Exception):
    """Base class of the channel layer's own errors."""


class ChannelOffError(ChannelError):
    """The channel has no credentials configured."""


class Handler(Protocol):
    """The conversation: one neutral event in, the replies to send out."""

    async def __call__(self, incoming: Incoming) -> list[Reply]: ...


class Deduplicator(Protocol):
    async def mark_processed(self, platform: str, key: str) -> bool:
        """Record ``key``; True when it was new (the event must be handled)."""
        ...


class TaskTracker:
    """Background work spawned by request handlers: kept in a set, drained on shutdown.

    A task that is not referenced can be garbage-collected mid-flight, and one that is not awaited
    at shutdown is cut off half-way; the set prevents both.
    """

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()

    def spawn(self, coro: Coroutine[Any, Any, None], name: str = "") -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(coro, name=name or None)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def __len__(self) -> int:
        return len(self._tasks)

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait for running tasks (new ones spawned meanwhile too); cancel what outlives ``timeout``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self._tasks:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            await asyncio.wait(set(self._tasks), timeout=remaining)
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)


class MemoryDeduplicator:
    """Process-local deduplication: for tests and the console, never for replicas."""

    def __init__(self) -> None:
        self._seen: set[tuple[str, str]] = set()

    async def mark_processed(self, platform: str, key: str) -> bool:
        if (platform, key) in self._seen:
            return False
        self._seen.add((platform, key))
        return True
