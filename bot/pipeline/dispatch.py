"""Sending a committed batch's replies: each person's in order, batches side by side.

``ReplyDispatch`` sends through this process's Senders. A batch's task waits for the same people's
earlier batches, sends, records the reply metrics and hands its outcome (outbox id, result) to
``done``; the batch processor writes the outcomes in its next transaction. ``RemoteDispatch`` (the
core process) asks the HTTP process to do the same with its Senders (``bot.pipeline.core_link``),
so the two processes share the work: one sends while the other runs the dialog engine.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from bot import metrics
from bot.senders import Outgoing, Result, Sender, Verdict

log = logging.getLogger(__name__)

Outcome = list[tuple[int, Result]]
OnOutcome = Callable[[Outcome], None]


class Dispatch(Protocol):
    @property
    def in_flight(self) -> int: ...

    def send(self, items: list[Outgoing], received_at: datetime | None, done: OnOutcome) -> None: ...

    async def wait_for_room(self, limit: int) -> None: ...

    async def drain(self, timeout: float) -> None: ...


class ReplyDispatch:
    def __init__(self, senders: dict[str, Sender]) -> None:
        self._senders = senders
        self._sending: set[asyncio.Task[None]] = set()
        self._last: dict[tuple[str, str], asyncio.Task[None]] = {}

    @property
    def in_flight(self) -> int:
        return len(self._sending)

    def send(self, items: list[Outgoing], received_at: datetime | None, done: OnOutcome) -> None:
        people = {(i.platform, i.recipient) for i in items}
        before = {t for p in people if (t := self._last.get(p)) is not None and not t.done()}
        task = asyncio.get_running_loop().create_task(self._send(items, before, received_at, done), name="reply-send")
        self._sending.add(task)
        for person in people:
            self._last[person] = task

        def forget(finished: asyncio.Task[None]) -> None:
            self._sending.discard(finished)
            for person in people:
                if self._last.get(person) is finished:
                    del self._last[person]

        task.add_done_callback(forget)

    async def wait_for_room(self, limit: int) -> None:
        while len(self._sending) >= limit:
            await asyncio.wait(set(self._sending), return_when=asyncio.FIRST_COMPLETED)

    async def drain(self, timeout: float) -> None:
        """Wait for the sends in flight; cut off the rest (their rows stay 'sending': the lease brings them back)."""
        if self._sending:
            await asyncio.wait(set(self._sending), timeout=timeout)
        for task in list(self._sending):
            task.cancel()

    async def _send(
        self, items: Sequence[Outgoing], before: set[asyncio.Task[None]], received_at: datetime | None, done: OnOutcome
    ) -> None:
        if before:  # the same people's earlier replies go first
            await asyncio.wait(before)
        outcome: Outcome = []
        by_platform: dict[str, list[Outgoing]] = {}
        for item in items:
            by_platform.setdefault(item.platform, []).append(item)
        for platform, group in by_platform.items():
            sender = self._senders.get(platform)
            if sender is None:
                results = [Result(Verdict.RETRY, f"{platform}: no sender configured")] * len(group)
            else:
                try:
                    results = await sender.send(group)
                except Exception as exc:
                    log.exception("dispatch: %s sender failed", platform)
                    results = [Result(Verdict.RETRY, type(exc).__name__)] * len(group)
            outcome.extend((item.id, result) for item, result in zip(group, results, strict=True))
            metrics.record_replies(platform, results, received_at)
        failed = sum(1 for _, r in outcome if r.verdict is not Verdict.SENT)
        if failed:
            log.warning("dispatch: %d of %d replies not sent; kept in the outbox", failed, len(outcome))
        done(outcome)


class RemoteDispatch:
    """The core process's side: a batch's replies are sent by the HTTP process, its outcome comes back.

    ``ask`` writes the request to the link; ``answered`` is called with the outcome when it returns.
    """

    def __init__(self, ask: Callable[[int, list[Outgoing], datetime | None], None]) -> None:
        self._ask = ask
        self._pending: dict[int, OnOutcome] = {}
        self._tokens = itertools.count()
        self._changed = asyncio.Event()
        self.closed = False  # the link is gone: nothing more will be answered

    @property
    def in_flight(self) -> int:
        return len(self._pending)

    def send(self, items: list[Outgoing], received_at: datetime | None, done: OnOutcome) -> None:
        token = next(self._tokens)
        self._pending[token] = done
        self._ask(token, items, received_at)

    def answered(self, token: int, outcome: Outcome) -> None:
        done = self._pending.pop(token, None)
        if done is not None:
            done(outcome)
        self._changed.set()

    def close(self) -> None:
        self.closed = True
        self._changed.set()

    async def wait_for_room(self, limit: int) -> None:
        while len(self._pending) >= limit and not self.closed:
            self._changed.clear()
            await self._changed.wait()

    async def drain(self, timeout: float) -> None:
        """Wait for the outcomes in flight (their rows stay 'sending' otherwise: the lease brings them back)."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                while self._pending and not self.closed:
                    self._changed.clear()
                    await self._changed.wait()
