from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import DeliveryStatus, NewDelivery, NotFoundError, Outbox, Users

NOW = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)


async def test_enqueue_is_idempotent(session: AsyncSession) -> None:
    outbox = Outbox(session)
    assert await outbox.enqueue("reply", "line", "U1", {"text": "สวัสดี"}, "reply:1", now=NOW) is True
    assert await outbox.enqueue("reply", "line", "U1", {"text": "again"}, "reply:1", now=NOW) is False
    items = [NewDelivery("broadcast", "telegram", str(i), {"text": "x"}, f"b:{i}") for i in range(3)]
    assert await outbox.enqueue_many([*items, items[0]], now=NOW) == 3
    assert await outbox.enqueue_many(items, now=NOW) == 0
    assert await outbox.enqueue_many([]) == 0
    assert await outbox.status_counts() == {"pending": 4}


async def test_claim_batch_takes_due_rows_of_one_channel_oldest_first(session: AsyncSession) -> None:
    outbox = Outbox(session)
    for i in range(5):
        await outbox.enqueue("reply", "line", f"U{i}", {"n": i}, f"line:{i}", now=NOW + timedelta(seconds=i))
    await outbox.enqueue("reply", "telegram", "T", {}, "tg:1", now=NOW)
    await outbox.enqueue("reminder", "line", "later", {}, "line:later", not_before=NOW + timedelta(hours=1), now=NOW)
    batch = await outbox.claim_batch("line", 3, now=NOW + timedelta(minutes=1))
    assert [d.payload["n"] for d in batch] == [0, 1, 2]
    assert all(d.status == DeliveryStatus.SENDING and d.attempts == 1 for d in batch)
    rest = await outbox.claim_batch("line", 10, now=NOW + timedelta(minutes=1))
    assert [d.payload["n"] for d in rest] == [3, 4]  # the claimed rows and the future one stay out
    assert [d.recipient for d in await outbox.claim_batch("telegram", 10, now=NOW)] == ["T"]


async def test_mark_sent_failed_retry_and_skip(session: AsyncSession) -> None:
    outbox = Outbox(session)
    for key in ("a", "b", "c", "d"):
        await outbox.enqueue("reply", "line", key, {}, key, now=NOW)
    a, b, c, d = await outbox.claim_batch("line", 10, now=NOW)
    sent_at = NOW + timedelta(seconds=5)
    await outbox.mark_sent(a.id, now=sent_at)
    await outbox.mark_failed(b.id, "HTTP 429", retry_at=NOW + timedelta(minutes=1))
    await outbox.mark_failed(c.id, "HTTP 400 invalid", retry_at=None)
    await outbox.mark_skipped(d.id, "user blocked the bot")
    assert (a.status, a.sent_at, a.last_error) == (DeliveryStatus.SENT, sent_at, None)
    assert (b.status, b.last_error) == (DeliveryStatus.PENDING, "HTTP 429")
    assert (c.status, d.status) == (DeliveryStatus.FAILED, DeliveryStatus.SKIPPED)
    assert await outbox.claim_batch("line", 10, now=NOW + timedelta(seconds=59)) == []
    retried = await outbox.claim_batch("line", 10, now=NOW + timedelta(minutes=1))
    assert [(r.id, r.attempts) for r in retried] == [(b.id, 2)]
    with pytest.raises(NotFoundError):
        await outbox.mark_sent(999)


async def test_expired_claim_is_reclaimed(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions.begin() as s:
        await Outbox(s).enqueue("reminder", "line", "U1", {}, "k", now=NOW)
    async with sessions.begin() as s:  # a worker claims, then dies without marking anything
        [claimed] = await Outbox(s).claim_batch("line", 10, now=NOW, lease=timedelta(minutes=5))
    async with sessions.begin() as s:
        assert await Outbox(s).claim_batch("line", 10, now=NOW + timedelta(minutes=4)) == []
        [again] = await Outbox(s).claim_batch("line", 10, now=NOW + timedelta(minutes=5))
        assert again.id == claimed.id and again.attempts == 2


async def test_cancel_pending_and_prune(session: AsyncSession) -> None:
    user = await Users(session).get_or_create("line", "U1")
    outbox = Outbox(session)
    await outbox.enqueue("reminder", "line", "U1", {}, "u1", user_id=user.id, now=NOW)
    await outbox.enqueue("reminder", "line", "U2", {}, "u2", now=NOW)
    assert await outbox.cancel_pending() == 0
    assert await outbox.cancel_pending(user_id=user.id) == 1
    assert await outbox.status_counts() == {"cancelled": 1, "pending": 1}
    assert await outbox.prune_finished(older_than=NOW) == 0
    assert await outbox.prune_finished(older_than=NOW + timedelta(days=1)) == 1
    assert await outbox.status_counts() == {"pending": 1}
