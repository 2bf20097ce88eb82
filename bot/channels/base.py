"""What every channel shares: the conversation seams, tracked background tasks, text cleaning.

Exceptions raised on purpose by ``bot.channels``::

    ChannelError            base class
    ├── ChannelOffError     a channel was asked to act without its credentials
    └── BadPayloadError     a verified webhook body of the wrong shape (the webhook answers 400)
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Coroutine
from typing import Any, Protocol, runtime_checkable

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.dialog.replies import Reply
from bot.incoming import Incoming

log = logging.getLogger(__name__)

APOLOGY = "ขออภัย ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้งในภายหลัง"
# C0/C1 control characters except tab and line breaks; NUL among them (PostgreSQL refuses it in text).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class ChannelError(Exception):
    """Base class of the channel layer's own errors."""


class ChannelOffError(ChannelError):
    """The channel has no credentials configured."""


class BadPayloadError(ChannelError):
    """A webhook body that verified but is not what the platform sends."""


def clean_text(value: object, limit: int = 10_000) -> str:
    """Text from a webhook field: a string without control characters, at most ``limit`` long."""
    if not isinstance(value, str):
        return ""
    return _CONTROL.sub("", value[:limit])


def load_json(body: bytes) -> Any:
    """The decoded body; ``BadPayloadError`` for anything that is not JSON (or nested absurdly deep)."""
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise BadPayloadError(f"not JSON ({type(exc).__name__})") from exc


class Handler(Protocol):
    """The conversation as one call: an event in, the replies out (its own transaction)."""

    async def __call__(self, incoming: Incoming) -> list[Reply]: ...


@runtime_checkable
class Conversation(Protocol):
    """The conversation inside a transaction the caller owns (the batch processor's savepoint)."""

    async def handle(self, session: AsyncSession, incoming: Incoming) -> list[Reply]: ...


class _Sessionless:
    """A ``Handler`` that keeps no state in the database, used as a ``Conversation``."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler

    async def handle(self, _session: AsyncSession, incoming: Incoming) -> list[Reply]:
        return await self._handler(incoming)


def as_conversation(handler: Conversation | Handler) -> Conversation:
    """``handler`` itself if it can run in the caller's transaction, else a wrapper that ignores it."""
    if isinstance(handler, Conversation):
        return handler
    return _Sessionless(handler)


class InTransaction:
    """A ``Handler`` running ``conversation`` in one transaction per event (web simulator, console)."""

    def __init__(self, conversation: Conversation, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._conversation, self._sessions = conversation, sessions

    async def __call__(self, incoming: Incoming) -> list[Reply]:
        async with self._sessions.begin() as session:
            return await self._conversation.handle(session, incoming)


class TaskTracker:
    """Best-effort background calls (loading animations, callback answers): kept, drained on shutdown.

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
