"""Outbox.record_results and multicast-group claims (the delivery worker's writes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncSession

from storage import DeliveryStatus, NewDelivery, Outbox, Users

NOW = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)


@dataclass(frozen=True)
class R:
    verdict: str
    error: str = ""
    retry_after: float | None = None


async def test_each_verdict_lands_in_its_state(session: AsyncSession) -> None:
    users = Users(session)
    blocked = await users.get_or_create("line", "UB", now=NOW)
    outbox = Outbox(session)
    items = [NewDelivery("reply", "line", f"U{i}", {"messages": []}, f"k{i}") for i in range(5)]
    items.append(NewDelivery("reply", "line", "UB", {"messages": []}, "kb", user_id=blocked.id))
    items.append(NewDelivery("reply", "line", "UB", {"messages": []}, "kb2", user_id=blocked.id))
    await outbox.enqueue_many(items, now=NOW)
    rows = await outbox.claim_batch("line", 6, now=NOW)
    assert all(r.retry_key and len(r.retry_key) == 36 for r in rows)
    ids = [r.id for r in rows]
    verdicts = [
        R("sent"),
        R("retry", "500", None),
        R("retry", "429", 30.0),
        R("dead", "400 bad"),
        R("quota", "q"),
        R("blocked", "403"),
    ]
    counts = await outbox.record_results(list(zip(ids, verdicts, strict=True)), now=NOW, max_attempts=3)
    assert counts == {"sent": 1, "retry": 2, "dead": 1, "quota": 1, "blocked": 1}
    session.expunge_all()
    got = {r.id: r for r in [await outbox.get(i) for i in ids] if r is not None}
    assert got[ids[0]].status == DeliveryStatus.SENT and got[ids[0]].sent_at == NOW
    assert got[ids[1]].status == DeliveryStatus.PENDING and NOW < got[ids[1]].next_attempt_at <= NOW + timedelta(
        seconds=2
    )
    assert got[ids[2]].next_attempt_at == NOW + timedelta(seconds=30)
    assert got[ids[3]].status == DeliveryStatus.FAILED and got[ids[3]].last_error == "400 bad"
    assert got[ids[4]].status == DeliveryStatus.PENDING and got[ids[4]].attempts == 0
    assert got[ids[5]].status == DeliveryStatus.SKIPPED
    assert (await users.require(blocked.id)).active is False
    assert await outbox.status_counts() == {"sent": 1, "pending": 3, "failed": 1, "skipped": 2}


async def test_retry_gives_up_after_the_limit_and_retry_dead_requeues(session: AsyncSession) -> None:
    outbox = Outbox(session)
    await outbox.enqueue("broadcast", "line", "U1", {}, "b1", broadcast_id=None, now=NOW)
    for attempt in range(1, 4):
        [row] = await outbox.claim_batch("line", 10, now=NOW + timedelta(hours=attempt))
        await outbox.record_results([(row.id, R("retry", "503"))], now=NOW + timedelta(hours=attempt), max_attempts=3)
    session.expunge_all()
    row = await outbox.get(row.id)
    assert row is not None and row.status == DeliveryStatus.FAILED and "after 3 attempts" in (row.last_error or "")


async def test_a_multicast_group_is_claimed_whole(session: AsyncSession) -> None:
    outbox = Outbox(session)
    items = [NewDelivery("broadcast", "line", f"U{i}", {}, f"b{i}", retry_key="group-a") for i in range(10)]
    await outbox.enqueue_many(items, now=NOW)
    claimed = await outbox.claim_groups("line", 3, now=NOW)
    assert len(claimed) == 10 and {d.retry_key for d in claimed} == {"group-a"}
    assert all(d.attempts == 1 for d in claimed)


async def test_a_group_is_found_by_the_retry_key_index_which_holds_broadcast_rows_only(session: AsyncSession) -> None:
    """Reply rows stay out of the retry-key index (each random key cost their inserts), and the sibling claim still
    finds a broadcast group through it: the kind is in the statement as the index's condition is written."""
    outbox = Outbox(session)
    await outbox.enqueue_many([NewDelivery("broadcast", "line", f"U{i}", {}, f"b{i}", retry_key="group-a")
                               for i in range(4)] + [NewDelivery("reply", "line", "U9", {}, "r1")], now=NOW)
    statements: list[tuple[str, object]] = []
    sync_engine = session.get_bind()

    def seen(_conn: object, _cursor: object, statement: str, parameters: object, *_: object) -> None:
        if statement.lstrip().upper().startswith("UPDATE") and "retry_key IN" in statement:
            statements.append((statement, parameters))

    event.listen(sync_engine, "before_cursor_execute", seen)
    try:
        assert len(await outbox.claim_groups("line", 1, now=NOW)) == 4
    finally:
        event.remove(sync_engine, "before_cursor_execute", seen)
    [(statement, parameters)] = statements
    assert "kind = 'broadcast'" in statement
    if session.get_bind().dialect.name == "sqlite":
        index_sql = (await session.execute(text(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_deliveries_retry_key'"))).scalar_one()
        assert index_sql.endswith("WHERE kind = 'broadcast'")
        raw = (await (await session.connection()).get_raw_connection()).driver_connection
        cursor = await raw.cursor()
        await cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
        plan = " ".join(str(row[-1]) for row in await cursor.fetchall())
        assert "ix_deliveries_retry_key" in plan, plan
