"""Tracked background tasks and process-local deduplication."""

from __future__ import annotations

import asyncio

from bot.channels.base import MemoryDeduplicator, TaskTracker


async def test_tracker_discards_done_tasks_and_drains() -> None:
    tracker = TaskTracker()
    finished: list[int] = []

    async def work(i: int, delay: float) -> None:
        await asyncio.sleep(delay)
        finished.append(i)

    tracker.spawn(work(1, 0))
    tracker.spawn(work(2, 0.05))
    await asyncio.sleep(0.01)
    assert len(tracker) == 1
    await tracker.drain(1)
    assert finished == [1, 2] and len(tracker) == 0


async def test_drain_cancels_what_outlives_the_timeout() -> None:
    tracker = TaskTracker()
    task = tracker.spawn(asyncio.sleep(10))
    await tracker.drain(0.05)
    assert task.cancelled() and len(tracker) == 0


async def test_memory_dedup() -> None:
    dedup = MemoryDeduplicator()
    assert await dedup.mark_processed("line", "a")
    assert not await dedup.mark_processed("line", "a")
    assert await dedup.mark_processed("telegram", "a")
