"""The HTTP process's side of the core process (``serve`` on a machine with two cores or more).

One Python process cannot use the second core: the HTTP server, the dialog engine, the database and
the sending shared one, and ``serve`` used about a third of what the bare channel layer can (the
profile: HTTP ~20%, the batch transaction and engine ~40%, sending ~25%). So ``serve`` starts a
second process, the core (``bot.pipeline.core_process``): it owns the inbox writer, the batch
processor and the embedded worker, exactly as a single process does. This process keeps HTTP and
the sending of replies: it verifies and decodes a webhook, hands the events to the core and answers
200 when the core says they are committed (503 when it cannot: the platform redelivers); when a
batch is committed the core hands its replies back, this process sends them and returns the outcome,
which the core writes with its next batch. The web simulator's messages go to the core too, so one
process writes the conversation tables.

The core dies with this process (``PR_SET_PDEATHSIG``), so a crash of either leaves only what the
inbox and outbox hold, which the next start finishes. A core that exits on its own is started again.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import socket
import sys
import time
from collections import deque
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.dialog.replies import Reply
from bot.incoming import Incoming
from bot.pipeline.dispatch import Outcome, ReplyDispatch
from bot.pipeline.frames import (
    WireOutgoing,
    events_to_wire,
    outcome_to_wire,
    outgoing_from_wire,
    read_frame,
    write_frame,
)
from bot.pipeline.processor import MAX_ATTEMPTS, REPLY_LEASE
from bot.senders import Sender, Verdict
from bot.senders.base import SENT
from storage import NewInboxEvent, Outbox, utcnow
from storage.engine import transaction

log = logging.getLogger(__name__)

RESTART_SECONDS = 1.0


class CoreUnavailable(RuntimeError):
    """The core process is starting, restarting or gone: nothing was stored."""


class CoreLink:
    def __init__(
        self, *, workers: bool, verbose: bool = False, restart_after: float = RESTART_SECONDS,
        max_attempts: int = MAX_ATTEMPTS, lease: timedelta = REPLY_LEASE,
    ) -> None:
        self._args = ["--workers"] if workers else []
        if verbose:
            self._args.append("--verbose")
        self._restart_after = restart_after
        self._writer: asyncio.StreamWriter | None = None
        self._waiting: dict[int, asyncio.Future[Any]] = {}
        self._ids = itertools.count()
        self._ready = asyncio.Event()
        self._stopping = False
        self._supervisor: asyncio.Task[None] | None = None
        self._process: asyncio.subprocess.Process | None = None
        self._dispatch: ReplyDispatch | None = None
        self._sessions: async_sessionmaker[AsyncSession] | None = None
        self._max_attempts = max_attempts
        self._generation = 0  # one per core process: outcomes of an earlier one's sends are orphans
        self._orphans: Outcome = []
        # What was sent lately and reported to the core, which writes it with its next batch: if the core dies first,
        # this process writes it (else the rows, still 'sending', would be sent twice). A row's lease bounds the wait.
        self._lease = lease.total_seconds()
        self._recently_sent: deque[tuple[float, list[int]]] = deque()

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    async def start(self, senders: dict[str, Sender], sessions: async_sessionmaker[AsyncSession]) -> None:
        """Start the core; the replies it asks for go out through ``senders`` (started by the caller)."""
        self._dispatch, self._sessions = ReplyDispatch(senders), sessions
        self._supervisor = asyncio.get_running_loop().create_task(self._supervise(), name="core-supervisor")

    async def wait_ready(self, timeout: float) -> bool:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._ready.wait(), timeout)
        return self.ready

    async def store(self, events: list[NewInboxEvent]) -> None:
        """Return once the core has committed ``events`` to the inbox; raise if it has not."""
        await self._ask("store", events_to_wire(events))

    async def chat(self, incoming: Incoming) -> list[Reply]:
        """The web simulator's turn, run by the core in its own transaction."""
        replies: list[Reply] = await self._ask("chat", incoming)
        return replies

    async def stop(self, timeout: float) -> None:
        """The core finishes the batch in hand and its sends (sent from here), then exits."""
        self._stopping = True
        if self._writer is not None and not self._writer.is_closing():
            write_frame(self._writer, ("stop",))
        process = self._process
        if process is not None and process.returncode is None:
            try:
                await asyncio.wait_for(process.wait(), timeout)
            except TimeoutError:
                log.warning("core: did not stop within %.0f s; killed", timeout)
                process.kill()
                await process.wait()
        if self._supervisor is not None:
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(self._supervisor, timeout)
        await self._settle_sends(timeout)

    async def _ask(self, kind: str, payload: object) -> Any:
        writer = self._writer
        if writer is None or not self.ready or writer.is_closing():
            raise CoreUnavailable("the core process is not running")
        request_id = next(self._ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._waiting[request_id] = future
        try:
            write_frame(writer, (kind, request_id, payload))
            await writer.drain()
            return await future
        finally:
            self._waiting.pop(request_id, None)

    async def _supervise(self) -> None:
        while not self._stopping:
            try:
                await self._run_once()
            except Exception:
                log.exception("core: the link failed")
            self._ready.clear()
            self._fail_waiting()
            if self._stopping:
                return
            await self._settle_sends(self._restart_after * 10)
            log.error("core: the core process ended; starting it again in %.0f s", self._restart_after)
            await asyncio.sleep(self._restart_after)

    async def _run_once(self) -> None:
        ours, theirs = socket.socketpair()
        try:
            self._process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.pipeline.core_process", str(theirs.fileno()), *self._args,
                pass_fds=[theirs.fileno()],
            )
        finally:
            theirs.close()
        reader, self._writer = await asyncio.open_unix_connection(sock=ours)
        generation = self._generation
        try:
            while (message := await read_frame(reader)) is not None:
                kind, *rest = message
                if kind == "send":
                    self._send(generation, *rest)
                elif kind == "ready":
                    log.info("core: process %s ready", self._process.pid)
                    self._ready.set()
                elif kind == "answer":
                    request_id, ok, value = rest
                    future = self._waiting.get(request_id)
                    if future is not None and not future.done():
                        if ok:
                            future.set_result(value)
                        else:
                            future.set_exception(CoreUnavailable(value))
        finally:
            self._generation += 1
            self._writer.close()
            self._writer = None
            await self._process.wait()

    def _send(self, generation: int, token: int, items: list[WireOutgoing], received_at: datetime | None) -> None:
        def done(outcome: Outcome) -> None:
            writer = self._writer
            if generation == self._generation and writer is not None and not writer.is_closing():
                write_frame(writer, ("sent", token, outcome_to_wire(outcome)))
                self._remember_sent(outcome)
            else:  # its core is gone: written from here (_settle_sends), so nobody sends these rows again
                self._orphans.extend(outcome)

        assert self._dispatch is not None
        self._dispatch.send(outgoing_from_wire(items), received_at, done)

    def _remember_sent(self, outcome: Outcome) -> None:
        now = time.monotonic()
        self._recently_sent.append((now, [delivery for delivery, result in outcome if result.verdict is Verdict.SENT]))
        while self._recently_sent[0][0] < now - self._lease:
            self._recently_sent.popleft()

    async def _settle_sends(self, timeout: float) -> None:
        """After a core ended: finish its sends in flight and record the outcomes it can no longer record, and
        those it may not have recorded yet (marking a row sent again changes nothing)."""
        if self._dispatch is not None:
            await self._dispatch.drain(timeout)
        orphans, self._orphans = self._orphans, []
        orphans.extend((delivery, SENT) for _, sent in self._recently_sent for delivery in sent)
        self._recently_sent.clear()
        if orphans and self._sessions is not None:
            try:
                async with transaction(self._sessions) as session:
                    await Outbox(session).record_results(orphans, utcnow(), max_attempts=self._max_attempts)
            except Exception:
                log.exception("core: %d send outcomes not recorded (their rows are sent again)", len(orphans))

    def _fail_waiting(self) -> None:
        for future in self._waiting.values():
            if not future.done():
                future.set_exception(CoreUnavailable("the core process ended"))
