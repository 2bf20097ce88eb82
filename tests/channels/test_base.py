"""Tracked background tasks; text cleaning and JSON decoding at the edge."""

from __future__ import annotations

import asyncio

import pytest

from bot.channels.base import BadPayloadError, TaskTracker, clean_text, load_json


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


def test_clean_text_strips_control_characters_keeps_line_breaks_and_thai() -> None:
    assert clean_text("ab\x00c\x07d\x1b[0m\x9f") == "abcd[0m"
    assert clean_text("บรรทัด 1\nบรรทัด\t2\r\n") == "บรรทัด 1\nบรรทัด\t2\r\n"
    assert clean_text(None) == "" and clean_text(42) == ""
    assert clean_text("x" * 50, limit=10) == "x" * 10


@pytest.mark.parametrize("body", [b"", b"{", b"\xff\xfe", b"[" * 10_000 + b"]" * 10_000])
def test_load_json_refuses_garbage_and_absurd_nesting(body: bytes) -> None:
    with pytest.raises(BadPayloadError):
        load_json(body)
