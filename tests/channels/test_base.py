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


async def test_storage_dedup_batches_concurrent_marks(db_url: str) -> None:
    import storage
    from bot.channels.dedup import StorageDeduplicator

    engine = storage.create_engine(db_url)
    try:
        dedup = StorageDeduplicator(storage.session_factory(engine))
        keys = [f"k{i % 50}" for i in range(200)]  # each key four times, all at once
        results = await asyncio.gather(*(dedup.mark_processed("line", k) for k in keys))
        assert sum(results) == 50
        assert {k for k, new in zip(keys, results, strict=True) if new} == {f"k{i}" for i in range(50)}
        assert await dedup.mark_processed("telegram", "k1")
        assert not await dedup.mark_processed("line", "k1")
    finally:
        await engine.dispose()
