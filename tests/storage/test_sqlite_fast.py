"""The batch's statements around SQLAlchemy (``storage.sqlite_fast``) store exactly what SQLAlchemy stores."""

from __future__ import annotations

import gc
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from bot.pipeline.outbox_rows import Body, ReplyRow, insert_sending
from bot.senders import Result, Verdict
from storage import (
    Inbox,
    InboxRow,
    MessageStats,
    NewInboxEvent,
    Outbox,
    create_engine,
    session_factory,
    sqlite_fast,
    transaction,
    upgrade,
)
from storage.repos._base import BATCHED_STATS

NOW = datetime(2026, 11, 29, 3, 4, 5, 678901, tzinfo=UTC)
LATER = NOW + timedelta(seconds=2, microseconds=7)
TABLES = ("inbox", "reply_bodies", "deliveries", "message_stats")
SHARED = [{"type": "text", "text": "คำตอบเดียวกันของทุกคน ✓"}]


async def _one_batch(url: str, *, inline: bool) -> tuple[list[InboxRow], bool]:
    engine = create_engine(url, inline=True) if inline else create_engine(url)
    sessions = session_factory(engine)
    try:
        async with transaction(sessions) as session:
            await Inbox(session).add_many([
                NewInboxEvent("line", f"EV{n}", f"U{n % 2}", "text", f"คำถาม {n}", f"RT{n}", "th",
                              NOW - timedelta(seconds=n)) for n in range(3)], now=NOW)
        async with transaction(sessions) as session:  # a redelivery: dropped
            await Inbox(session).add_many([NewInboxEvent("line", "EV1", "U1", "text", "อีกครั้ง")], now=LATER)
        async with transaction(sessions) as session:
            fast = await sqlite_fast.inline_connection(session) is not None
            rows = await Inbox(session).take(16, NOW)
            replies = [ReplyRow("line", r.user_key, {"messages": [{"type": "text", "text": f"ตอบ {r.text} ✓"}]},
                                f"reply:line:{r.event_key}:0", f"retry-{r.id}") for r in rows]
            replies += [ReplyRow("line", r.user_key, {"messages": SHARED, "reply_token": f"RT-{r.id}"},  # stored once
                                 f"reply:line:{r.event_key}:1", f"retry-{r.id}-1", Body.of(SHARED)) for r in rows]
            sent = await insert_sending(session, replies, {}, NOW, timedelta(seconds=30))
            session.info[BATCHED_STATS] = [
                {"hour": NOW.replace(minute=0, second=0, microsecond=0), "intent": "unit_info", "agency": "",
                 "answered": n % 2 == 0, "unit": "std-2567:DS700" if n else None} for n in range(2)]
            await MessageStats(session).insert_batched()
        async with transaction(sessions) as session:
            await Outbox(session).record_results([(o.id, Result(Verdict.SENT)) for o in sent[:2]], LATER)
        return rows, fast
    finally:
        await engine.dispose()


def _stored(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(path) as db:
        return {t: db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


async def test_a_batch_stored_around_sqlalchemy_is_stored_as_sqlalchemy_stores_it(tmp_path: Path) -> None:
    paths = {name: tmp_path / f"{name}.db" for name in ("inline", "core")}
    for path in paths.values():
        upgrade(f"sqlite+aiosqlite:///{path}")
    fast_rows, fast = await _one_batch(f"sqlite+aiosqlite:///{paths['inline']}", inline=True)
    core_rows, core = await _one_batch(f"sqlite+aiosqlite:///{paths['core']}", inline=False)
    assert fast and not core  # each went its own way
    assert fast_rows == core_rows and [(r.event_key, r.text) for r in fast_rows] == [
        ("EV0", "คำถาม 0"), ("EV1", "คำถาม 1"), ("EV2", "คำถาม 2")]
    assert fast_rows[1].occurred_at == NOW - timedelta(seconds=1) and fast_rows[0].received_at == NOW
    stored = _stored(paths["inline"])
    assert stored == _stored(paths["core"])
    assert len(stored["reply_bodies"]) == 1 and len(stored["deliveries"]) == 6


async def test_a_batch_transaction_leaves_no_session_for_the_garbage_collector(tmp_path: Path) -> None:
    # In serve's core process, cycles through each session (~49 objects) were a young collection every ~0.45 s,
    # a pause of 6–8 ms for every event in flight.
    url = f"sqlite+aiosqlite:///{tmp_path}/gc.db"
    upgrade(url)
    engine = create_engine(url, inline=True)
    sessions = session_factory(engine)

    async def batch(n: int) -> None:
        async with transaction(sessions) as session:
            assert await sqlite_fast.inline_connection(session) is not None
            await Inbox(session).add_many([NewInboxEvent("line", f"GC{n}", "U1", "text", "DL201")], now=NOW)
            assert [r.event_key for r in await Inbox(session).take(16, NOW)] == [f"GC{n}"]

    try:
        await batch(0)
        gc.collect()
        gc.disable()
        try:
            for n in range(1, 21):
                await batch(n)
            gc.set_debug(gc.DEBUG_SAVEALL)  # what the collector finds is kept in gc.garbage to look at
            gc.collect()
        finally:
            gc.set_debug(0)
            gc.enable()
            found, gc.garbage[:] = list(gc.garbage), []
    finally:
        await engine.dispose()
    assert not [o for o in found if isinstance(o, AsyncSession | Session)]
