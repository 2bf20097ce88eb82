"""The batch processor: inbox rows → the dialog engine → outbox rows, one transaction per batch.

One per process. A batch is claimed in arrival order (up to ``batch_size`` rows). On PostgreSQL
the rows are claimed ``FOR UPDATE SKIP LOCKED`` and the batch's people are then locked with
transaction-scoped advisory locks, taken in sorted order (no deadlock between replicas). The lock
is keyed by (platform, platform user id) rather than the ``users`` row so that it covers people
who have no row yet. A person whose older event is still pending elsewhere (claimed by another
replica) is left for later, so one person's events never run out of order or side by side.

One event that raises never sinks its neighbours: the batch then runs again with a SAVEPOINT per
event, and only the failing one gets the apology (see ``_process``). Replies become outbox rows
(``sending``, leased to this process) and the inbox rows are marked done, in the same
transaction. After the commit the rows are sent (``bot.pipeline.dispatch``: through this process's
Senders, or by the HTTP process when a core process runs this; each person's in order); the
results ride in the next batch's transaction (if none comes within 50 ms, a pass writes them alone; a stop
writes what is left). A failed send stays in the outbox as ``pending`` with ``next_attempt_at``
for the delivery worker (``bot.worker``); so does what a crash interrupts (a row whose result was
not yet written is still ``sending``: sent again once its lease runs out, LINE pushes with the same
retry key).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol, cast

from sqlalchemy import ARRAY, BigInteger, bindparam, select, text, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.base import APOLOGY, Conversation
from bot.dialog.replies import Reply
from bot.incoming import EventKind, Incoming, Platform
from bot.logs import bind_event_id, reset_event_id
from bot.pipeline.dispatch import Dispatch, Outcome, ReplyDispatch
from bot.pipeline.outbox_rows import ReplyRow, insert_sending, reply_rows
from bot.senders import Outgoing, Result, Sender
from storage import (
    Delivery,
    DeliveryStatus,
    Inbox,
    InboxRow,
    MessageStats,
    Outbox,
    User,
    Users,
    utcnow,
)
from storage.engine import lock_id, transaction
from storage.repos._base import BATCHED_STATS, PREFETCHED
from storage.repos.conversations import StateRow

log = logging.getLogger(__name__)

BATCH_SIZE = 16
REPLY_LEASE = timedelta(seconds=30)
POLL_SECONDS = 1.0
MAX_SENDS_IN_FLIGHT = 8
MAX_ATTEMPTS = 8
BATCH_LINGER_SECONDS = 0.003  # with the checkpoint off the commit path, 3 ms beat 10 and 0 (measured)
# Send results wait this long for a batch to carry them before a pass writes them alone: under load one always comes
# first (a pass of their own after each send was a transaction per batch more, ~150 µs, in a core process).
RESULTS_ALONE_AFTER = 0.05


class _EventFailed(Exception):
    """An event raised during an optimistic (savepoint-free) batch: run the batch carefully."""


class Effects(Protocol):
    """Best-effort platform calls around a batch (loading animation, callback answers)."""

    def claimed(self, incoming: Incoming, waited: float) -> None: ...

    def committed(self, incoming: Incoming) -> None: ...


class NoEffects:
    def claimed(self, incoming: Incoming, waited: float) -> None:
        return None

    def committed(self, incoming: Incoming) -> None:
        return None


def to_incoming(row: InboxRow) -> Incoming:
    return Incoming(
        platform=cast(Platform, row.platform),
        user_id=row.user_key,
        kind=cast(EventKind, row.kind),
        text=row.text,
        event_id=row.event_key,
        reply_handle=row.reply_handle,
        timestamp=row.occurred_at,
        language=row.language,
    )


@dataclass
class _Batch:
    sends: list[Outgoing] = field(default_factory=list)
    committed: list[Incoming] = field(default_factory=list)
    handled: int = 0
    received_at: datetime | None = None  # the batch's oldest webhook arrival (for the latency metric)


class BatchProcessor:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        conversation: Conversation,
        senders: dict[str, Sender],
        *,
        effects: Effects | None = None,
        batch_size: int = BATCH_SIZE,
        lease: timedelta = REPLY_LEASE,
        poll: float = POLL_SECONDS,
        max_attempts: int = MAX_ATTEMPTS,
        linger: float = BATCH_LINGER_SECONDS,
        single_process: bool = False,
        dispatch: Dispatch | None = None,
    ) -> None:
        self._sessions, self._conversation = sessions, conversation
        self._effects = effects or NoEffects()
        self._batch_size, self._lease, self._poll, self._max_attempts = batch_size, lease, poll, max_attempts
        self._linger = linger
        self._single_process = single_process  # SQLite: nobody else can own a 'sending' row
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None
        self._dispatch: Dispatch = dispatch or ReplyDispatch(senders)
        self._results: list[tuple[int, Result]] = []  # sent, not yet written: the next batch writes them
        self._results_due = False  # a pass to write them is planned
        self._busy = False

    # -- lifecycle ------------------------------------------------------------------------------
    def wake(self) -> None:
        self._wake.set()

    async def start(self) -> None:
        """Release what a crash left (before any delivery worker of this process claims), then run."""
        if self._single_process:
            await self._guard(self._release_sending())
        self._task = asyncio.get_running_loop().create_task(self._run(), name="batch-processor")

    async def stop(self, timeout: float = 10.0) -> None:
        """Finish the batch in hand and its sends; leave the rest in the inbox for the next start."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(asyncio.shield(self._task), timeout)
        await self._dispatch.drain(timeout)
        await self._guard(self._write_results())

    async def settle(self, timeout: float = 10.0) -> None:
        """Wait until the inbox has nothing pending and nothing is being sent (tests, benchmarks)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            self._wake.set()
            await asyncio.sleep(0.01)
            if self._idle():
                async with self._sessions() as session:
                    pending = await Inbox(session).pending_count()
                if pending == 0 and self._idle():
                    return
            if loop.time() > deadline:
                raise TimeoutError("the inbox did not empty in time")

    def _idle(self) -> bool:
        return not self._busy and not self._dispatch.in_flight and not self._results

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while not self._stopping:
            self._wake.clear()  # what is stored from here on may come after this pass's take: it wakes the next one
            started = loop.time()
            handled = await self._guard(self.run_once())
            if handled >= self._batch_size:  # a backlog: straight on
                continue
            if not self._wake.is_set():  # nothing stored since the pass began: wait (a pass now would find nothing,
                # and cost a transaction: half of a core process's passes did, measured)
                with contextlib.suppress(TimeoutError):  # another replica's rows need a look now and then
                    await asyncio.wait_for(self._wake.wait(), self._poll)
                started = loop.time()
            # Let a few more events arrive: every batch costs the same handful of statements, so a
            # batch of one pays them all alone (measured: ~2 events per batch without this). The
            # pause counts from the batch's start: a batch that took that long has let them arrive
            # already (a pause after each one capped a closed loop of 32 at ~600 events/s).
            pause = self._linger - (loop.time() - started)
            if pause > 0:
                await asyncio.sleep(pause)

    async def _guard(self, work: object) -> int:
        try:
            return int(await work or 0)  # type: ignore[misc]
        except Exception:
            log.exception("processor: a pass failed; retrying in %.1f s", self._poll)
            await asyncio.sleep(self._poll)
            return 0

    # -- one batch ------------------------------------------------------------------------------
    async def run_once(self) -> int:
        """Handle one batch; the number of inbox rows it took (0: nothing pending)."""
        await self._dispatch.wait_for_room(MAX_SENDS_IN_FLIGHT)
        self._busy = True
        try:
            batch = await self._process()
        finally:
            self._busy = False
        for incoming in batch.committed:
            self._effects.committed(incoming)
        if batch.sends:
            self._dispatch.send(batch.sends, batch.received_at, self._sent)
        return batch.handled

    async def _process(self) -> _Batch:
        """One batch in one transaction. Optimistic first: no savepoints (two statements less per
        event); if an event fails, the whole batch is rolled back and run again with a SAVEPOINT per
        event, so the failing one gets the apology and its neighbours keep their work."""
        try:
            return await self._process_batch(careful=False)
        except _EventFailed:
            log.info("processor: an event failed; running its batch again one savepoint per event")
            return await self._process_batch(careful=True)

    async def _process_batch(self, *, careful: bool) -> _Batch:
        batch = _Batch()
        with self._unwritten_results() as results:
            async with transaction(self._sessions) as session:
                now = utcnow()
                if results:  # the previous batches' send results ride in this transaction
                    await Outbox(session).record_results(results, now, max_attempts=self._max_attempts)
                inbox = Inbox(session)
                rows = await inbox.take(self._batch_size, now)  # claimed and marked done: one statement
                if not rows:
                    return batch
                batch.handled = len(rows)
                batch.received_at = min(row.received_at for row in rows)
                if session.get_bind().dialect.name == "postgresql":
                    rows = await self._lock_people(session, inbox, rows)
                ahead = await _prefetch(session, rows, now)
                session.info[BATCHED_STATS] = []  # the events' message counts: one insert at the end
                known = {person: loaded.user.id for person, loaded in ahead.items()}
                replies: list[ReplyRow] = []
                for row in rows:
                    incoming = to_incoming(row)
                    replies.extend(await self._one(session, row, incoming, ahead, careful=careful))
                    batch.committed.append(incoming)
                people = {(r.platform, r.recipient) for r in replies}
                user_ids = {**known, **await _user_ids(session, people - set(known))}
                batch.sends = await insert_sending(session, replies, user_ids, now, self._lease)
                await MessageStats(session).insert_batched()
        return batch

    async def _one(
        self, session: AsyncSession, row: InboxRow, incoming: Incoming, ahead: dict[tuple[str, str], _Prefetched],
        *, careful: bool,
    ) -> list[ReplyRow]:
        """One event (``row``, read as ``incoming``) inside the batch's transaction: its reply rows."""
        event_log = bind_event_id(f"{row.platform}:{row.event_key}")  # this event's log lines say so
        try:
            log.debug("processor: %s from %s", incoming.kind, incoming.user_id)  # personal data: debug only
            if not careful:
                self._effects.claimed(incoming, (utcnow() - row.received_at).total_seconds())
            _hand_over(session, ahead.pop((row.platform, row.user_key), None))
            answer = await (self._handle_carefully(session, incoming) if careful else self._handle(session, incoming))
            # The next event starts as if in its own session: nothing read before can be stale.
            session.info.pop(PREFETCHED, None)
            session.expunge_all()
            return reply_rows(incoming, answer, row.received_at)
        finally:
            reset_event_id(event_log)

    async def _handle(self, session: AsyncSession, incoming: Incoming) -> list[Reply]:
        try:
            answer = await self._conversation.handle(session, incoming)
            if session.new or session.dirty:  # written before the next event's fresh start drops them
                await session.flush()
            return answer
        except Exception as exc:
            raise _EventFailed from exc

    async def _handle_carefully(self, session: AsyncSession, incoming: Incoming) -> list[Reply]:
        try:
            async with session.begin_nested():
                return await self._conversation.handle(session, incoming)
        except Exception:
            log.exception("processor: event %s (%s) failed", incoming.event_id, incoming.kind)
            return [Reply("text", APOLOGY)]

    async def _lock_people(self, session: AsyncSession, inbox: Inbox, rows: list[InboxRow]) -> list[InboxRow]:
        people = sorted({(r.platform, r.user_key) for r in rows})
        # One round trip; the ids in ascending order (unnest keeps the array's), so two replicas
        # locking overlapping people never wait on each other in a circle.
        ids = sorted({lock_id(f"user:{platform}:{user}") for platform, user in people})
        await session.execute(_LOCK_PEOPLE, {"ids": ids})
        oldest = await inbox.oldest_pending(people)
        first_mine: dict[tuple[str, str], int] = {}
        for row in rows:
            first_mine.setdefault((row.platform, row.user_key), row.id)
        later = {p for p, first in first_mine.items() if oldest.get(p, first) < first}
        if later:
            log.debug("processor: %d people have older events claimed elsewhere; left for later", len(later))
            await inbox.put_back([r.id for r in rows if (r.platform, r.user_key) in later])
            self.wake()  # a look again after the linger, as the other replica may be done by then
        return [r for r in rows if (r.platform, r.user_key) not in later]

    # -- sending --------------------------------------------------------------------------------
    def _sent(self, outcome: Outcome) -> None:
        self._results.extend(outcome)  # a transaction per send costs more than the send: the next batch writes them
        if not self._results_due:  # and a pass of their own only if no batch has come to carry them meanwhile
            self._results_due = True
            asyncio.get_running_loop().call_later(RESULTS_ALONE_AFTER, self._write_results_if_left)

    def _write_results_if_left(self) -> None:
        self._results_due = False
        if self._results:
            self.wake()

    async def _write_results(self) -> None:
        """The send results not yet written, in their own transaction (at stop)."""
        with self._unwritten_results() as results:
            if results:
                async with transaction(self._sessions) as session:
                    await Outbox(session).record_results(results, utcnow(), max_attempts=self._max_attempts)

    @contextlib.contextmanager
    def _unwritten_results(self) -> Iterator[list[tuple[int, Result]]]:
        """The send results not yet written, taken for a transaction to write; if it fails they are put
        back for the next one (their rows stay 'sending' meanwhile, and a crash's lease brings them back)."""
        results, self._results = self._results, []
        try:
            yield results
        except BaseException:
            self._results[:0] = results
            raise

    # -- crash recovery -------------------------------------------------------------------------
    async def _release_sending(self) -> None:
        """SQLite runs one process: rows left 'sending' by a crash are due now, not after the lease
        (the delivery worker sends them; on PostgreSQL it takes them once their lease runs out)."""
        async with self._sessions.begin() as session:
            await session.execute(
                update(Delivery)
                .where(Delivery.kind == "reply", Delivery.status == DeliveryStatus.SENDING)
                .values(next_attempt_at=utcnow())
                .execution_options(synchronize_session=False)
            )


_LOCK_PEOPLE = text("SELECT pg_advisory_xact_lock(id) FROM unnest(CAST(:ids AS bigint[])) AS id").bindparams(
    bindparam("ids", type_=ARRAY(BigInteger))
)


@dataclass(slots=True)
class _Prefetched:
    user: User
    state: StateRow | None
    created: bool = False  # created by this batch: the event is the person's first contact


async def _prefetch(session: AsyncSession, rows: list[InboxRow], now: datetime) -> dict[tuple[str, str], _Prefetched]:
    """The batch's people and their states in one ``IN`` query; people not yet known are created
    in one insert (except someone whose first event here is an unfollow: nobody to keep).

    Each is handed to the first event of its person only (``_hand_over``); later events of the same
    person in the batch read afresh, after the earlier ones changed things.
    """
    first_kind: dict[tuple[str, str], str] = {}
    for r in rows:
        first_kind.setdefault((r.platform, r.user_key), r.kind)
    people = sorted(first_kind)
    users = Users(session)
    ahead = {(u.platform, u.platform_user_id): _Prefetched(u, s) for u, s in await users.with_states(people)}
    new = [p for p in people if p not in ahead and first_kind[p] != "unfollow"]
    for user in await users.create_many(new, now):
        ahead[(user.platform, user.platform_user_id)] = _Prefetched(user, None, created=True)
    session.expunge_all()
    return ahead


def _hand_over(session: AsyncSession, loaded: _Prefetched | None) -> None:
    """Make this event's prefetched user and state the answer to its engine's first lookups."""
    if loaded is None:
        return
    user = loaded.user
    session.add(user)
    key = (user.platform, user.platform_user_id)
    if loaded.created:  # a first contact: "not known yet" to the engine, its row ready for get_or_create
        session.info[PREFETCHED] = {("user", *key): None, ("created", *key): user, ("state", user.id): None}
    else:
        session.info[PREFETCHED] = {("user", *key): user, ("state", user.id): loaded.state}


async def _user_ids(session: AsyncSession, people: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    if not people:
        return {}
    stmt = select(User.id, User.platform, User.platform_user_id).where(
        tuple_(User.platform, User.platform_user_id).in_(sorted(people))
    )
    return {(p, u): int(i) for i, p, u in (await session.execute(stmt)).all()}

