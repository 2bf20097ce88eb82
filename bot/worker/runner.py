"""The worker: the scheduler and one delivery loop per configured channel.

``run_once(now)`` is one pass at a given clock (``python -m bot worker --once``). ``run(stop)``
runs until ``stop`` is set; each channel loop finishes the batch in hand first (SIGTERM).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import signal
from collections import Counter
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

import storage
from bot.config import Settings
from bot.database import is_sqlite, open_engine
from bot.senders import Sender, create_senders
from bot.worker.delivery import ChannelDelivery
from bot.worker.lock import ChannelLock
from bot.worker.scheduler import Scheduler
from content.catalog import Catalog, get_catalog
from storage.types import utcnow

log = logging.getLogger(__name__)

LOCK_RETRY_SECONDS = 2.0  # how soon a standby worker notices the holder has gone
SCHEDULER_EVERY_SECONDS = 2.0
STOP_GRACE_SECONDS = 60.0
SCHEDULER_LOCK = "worker:scheduler"


@dataclass
class PassReport:
    """What one pass did (``worker --once`` prints it)."""

    scheduled: Counter[str] = field(default_factory=Counter)
    sent: dict[str, Counter[str]] = field(default_factory=dict)
    skipped_channels: list[str] = field(default_factory=list)


def telegram_batch(settings: Settings) -> int:
    """A Telegram batch is about one second of sending at the configured pace: Telegram has no
    idempotency key, so what a crash can double is at most the batch in flight; keep it small."""
    return max(1, min(settings.worker_batch_size, math.ceil(settings.telegram_max_per_second)))


class Worker:
    def __init__(
        self,
        settings: Settings,
        engine: AsyncEngine,
        senders: dict[str, Sender],
        catalog: Catalog | None = None,
        sessions: async_sessionmaker[AsyncSession] | None = None,
    ) -> None:
        self.settings, self.engine, self.senders = settings, engine, senders
        self.sessions = sessions or storage.session_factory(engine)
        self.scheduler = Scheduler(self.sessions, catalog or get_catalog(), max_late=settings.reminder_max_late)
        lease = timedelta(seconds=settings.worker_lease_seconds)
        self.channels = {
            platform: ChannelDelivery(
                self.sessions,
                sender,
                batch_size=telegram_batch(settings) if platform == "telegram" else settings.worker_batch_size,
                lease=lease,
                max_attempts=settings.delivery_max_attempts,
            )
            for platform, sender in senders.items()
        }

    async def run_once(
        self, now: datetime | None = None, progress: Callable[[str, int], None] | None = None
    ) -> PassReport:
        """Schedule at ``now`` and send everything sendable at that clock, then return."""
        at = now or utcnow()
        report = PassReport()
        scheduler_lock = ChannelLock(self.engine, SCHEDULER_LOCK)
        try:
            if await scheduler_lock.ensure():
                report.scheduled = await self.scheduler.run(at)
        finally:
            await scheduler_lock.release()
        for platform, channel in self.channels.items():
            lock = ChannelLock(self.engine, f"sender:{platform}")
            try:
                if not await lock.ensure():
                    report.skipped_channels.append(platform)
                    continue
                before = Counter(channel.totals)
                while (count := await channel.run_batch(lambda: at)) > 0:
                    if progress is not None:
                        progress(platform, count)
                report.sent[platform] = channel.totals - before
            finally:
                await lock.release()
        await self.scheduler.finish_broadcasts(at)
        return report

    async def run(self, stop: asyncio.Event) -> None:
        """Until ``stop``: the scheduler every few seconds, each channel sending while it holds its lock."""
        tasks = [asyncio.create_task(self._schedule_loop(stop), name="worker:scheduler")]
        tasks += [
            asyncio.create_task(self._channel_loop(p, c, stop), name=f"worker:{p}") for p, c in self.channels.items()
        ]
        try:
            await asyncio.gather(*tasks)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _schedule_loop(self, stop: asyncio.Event) -> None:
        lock = ChannelLock(self.engine, SCHEDULER_LOCK)
        try:
            while not stop.is_set():
                try:
                    if await lock.ensure():
                        await self.scheduler.run(utcnow())
                except Exception:  # one bad pass must not stop reminders for good
                    log.exception("worker: scheduler pass failed")
                await _wait(stop, SCHEDULER_EVERY_SECONDS)
        finally:
            await lock.release()

    async def _channel_loop(self, platform: str, channel: ChannelDelivery, stop: asyncio.Event) -> None:
        lock = ChannelLock(self.engine, f"sender:{platform}")
        try:
            while not stop.is_set():
                if not await lock.ensure():
                    await _wait(stop, LOCK_RETRY_SECONDS)
                    continue
                try:
                    await channel.run(stop, lock.ensure, self.settings.worker_poll_seconds)
                except Exception:
                    log.exception("worker: %s delivery failed; starting again", platform)
                    await _wait(stop, self.settings.worker_poll_seconds)
        finally:
            await lock.release()


async def _wait(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


@contextlib.asynccontextmanager
async def open_worker(settings: Settings, engine: AsyncEngine | None = None) -> AsyncIterator[Worker]:
    """A worker with its own engine (or ``engine``, left open) and started senders, closed on exit."""
    shared = engine is not None
    engine = engine or await open_engine(settings.database_url)
    senders = create_senders(settings)
    started: list[Sender] = []
    try:
        for sender in senders.values():
            await sender.start()
            started.append(sender)
        yield Worker(settings, engine, senders)
    finally:
        for sender in started:
            try:
                await sender.close()
            except Exception:
                log.exception("worker: closing the %s sender failed", sender.platform)
        if not shared:
            await engine.dispose()


def worker_context(settings: Settings) -> Callable[[web.Application], AsyncIterator[None]]:
    """An aiohttp ``cleanup_ctx`` entry: the worker loop runs beside the web app (``serve``)."""

    async def context(app: web.Application) -> AsyncIterator[None]:
        from bot.app import ENGINE

        stop = asyncio.Event()
        # On SQLite the web app's engine runs inline on one connection: a second engine in the same
        # process could hold the write lock across an await while the inline one waits for it on the
        # loop's own thread. Sharing makes them take turns in the pool instead. (PostgreSQL: the
        # worker's lock connections stay out of the web app's small pool.)
        shared = app.get(ENGINE) if is_sqlite(settings.database_url) else None
        async with open_worker(settings, shared) as worker:
            task = asyncio.create_task(worker.run(stop), name="worker")
            log.info("worker: embedded (%s)", ", ".join(worker.channels) or "no channel configured")
            try:
                yield
            finally:
                stop.set()
                try:
                    await asyncio.wait_for(task, STOP_GRACE_SECONDS)
                except TimeoutError:
                    log.warning("worker: the batch in hand did not finish in %s s", STOP_GRACE_SECONDS)

    return context


def install_stop_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
