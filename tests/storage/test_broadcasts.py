from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from storage import Broadcast, Broadcasts, BroadcastStatus, InvalidValueError, NotFoundError, Outbox, Segment, Users

NOW = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)
PAYLOAD = {"messages": [{"type": "text", "text": "x"}]}


async def _people(session: AsyncSession) -> list[int]:
    users = Users(session)
    ids = []
    for platform, pid, agency in (("line", "a", "DGA"), ("telegram", "b", "DGA"), ("line", "c", "OCSC")):
        user = await users.get_or_create(platform, pid)
        await users.set_agency(user.id, agency)
        ids.append(user.id)
    return ids


async def fan_out(repo: Broadcasts, broadcast: Broadcast, chunk: int = 500) -> int:
    """What the worker's scheduler does, chunk by chunk."""
    for platform in ("line", "telegram"):
        after = await repo.last_queued_user(broadcast.id, platform)
        while users := await repo.fan_out_chunk(broadcast, platform, PAYLOAD, after, NOW, chunk):
            after = users[-1]
    return await repo.finish_fan_out(broadcast.id, NOW)


async def test_queue_then_fan_out_once_per_recipient(session: AsyncSession) -> None:
    await _people(session)
    repo = Broadcasts(session)
    broadcast = await repo.create(None, "ส่งหลักฐานภายใน 15 ธ.ค.", Segment(agency="DGA"), now=NOW)
    assert broadcast.status == BroadcastStatus.DRAFT and broadcast.agency == "DGA"
    await repo.queue(broadcast.id, now=NOW)
    assert (broadcast.status, broadcast.queued_at) == (BroadcastStatus.QUEUED, NOW)
    assert [b.id for b in await repo.to_fan_out()] == [broadcast.id]
    assert await fan_out(repo, broadcast) == 2
    assert await fan_out(repo, broadcast) == 2  # resumed / repeated: nothing added twice
    assert await repo.to_fan_out() == []
    outbox = Outbox(session)
    line = await outbox.claim_batch("line", 10, now=NOW)
    telegram = await outbox.claim_batch("telegram", 10, now=NOW)
    assert [(d.kind, d.recipient, d.payload) for d in line + telegram] == [
        ("broadcast", "a", PAYLOAD),
        ("broadcast", "b", PAYLOAD),
    ]
    with pytest.raises(InvalidValueError):
        await repo.queue(broadcast.id)  # a queued broadcast cannot be queued twice


async def test_line_chunks_share_one_retry_key(session: AsyncSession) -> None:
    users = Users(session)
    for i in range(5):
        await users.get_or_create("line", f"U{i}")
    repo = Broadcasts(session)
    broadcast = await repo.create(None, "x", Segment(), now=NOW, status=BroadcastStatus.QUEUED)
    assert await fan_out(repo, broadcast, chunk=2) == 5
    rows = await Outbox(session).claim_batch("line", 10, now=NOW)
    keys = [d.retry_key for d in rows]
    assert keys[0] == keys[1] != keys[2] == keys[3] != keys[4]


async def test_refresh_counts_and_done(session: AsyncSession) -> None:
    await _people(session)
    repo = Broadcasts(session)
    broadcast = await repo.create(None, "hello", Segment(), now=NOW, status=BroadcastStatus.QUEUED)
    await fan_out(repo, broadcast)
    outbox = Outbox(session)
    first, second = await outbox.claim_batch("line", 10, now=NOW)
    [third] = await outbox.claim_batch("telegram", 10, now=NOW)
    await outbox.mark_sent(first.id)
    await outbox.mark_failed(second.id, "HTTP 400", retry_at=None)
    refreshed = await repo.refresh_counts(broadcast.id, now=NOW)
    assert (refreshed.sent_count, refreshed.failed_count, refreshed.status) == (1, 1, BroadcastStatus.QUEUED)
    await outbox.mark_skipped(third.id, "blocked")
    done = await repo.refresh_counts(broadcast.id, now=NOW)
    assert (done.sent_count, done.failed_count, done.status, done.finished_at) == (1, 2, "done", NOW)


async def test_cancel_list_and_missing(session: AsyncSession) -> None:
    await _people(session)
    repo = Broadcasts(session)
    dga = await repo.create(None, "one", Segment(agency="DGA"), now=NOW)
    everyone = await repo.create(None, "two", Segment(), now=NOW, status=BroadcastStatus.QUEUED)
    await fan_out(repo, everyone)
    assert await repo.cancel(everyone.id, now=NOW) == 3
    assert everyone.status == BroadcastStatus.CANCELLED
    assert await Outbox(session).claim_batch("line", 10) == []
    assert [b.id for b in await repo.list()] == [everyone.id, dga.id]
    assert [b.id for b in await repo.list(agency="DGA")] == [dga.id]
    with pytest.raises(NotFoundError):
        await repo.queue(999)


async def test_opted_out_and_blocked_users_get_no_broadcast(session: AsyncSession) -> None:
    a, b, _ = await _people(session)
    await Users(session).set_broadcast_opt_out(a, True)
    await Users(session).mark_blocked(b)
    repo = Broadcasts(session)
    assert await repo.count_recipients(Segment(agency="DGA")) == {}
    broadcast = await repo.create(None, "x", Segment(agency="DGA"), status=BroadcastStatus.QUEUED)
    assert await fan_out(repo, broadcast) == 0
