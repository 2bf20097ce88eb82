"""Storing webhook events on SQLite's inline connection: past the pool when it is free, never inside another
transaction or beside the checkpoint that holds it."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.pipeline.inbox_writer import into_database
from storage import Inbox, NewInboxEvent, create_engine, inline_sqlite, session_factory, upgrade_async
from storage.engine import transaction


def _event(key: str) -> NewInboxEvent:
    return NewInboxEvent(platform="line", event_key=key, user_key="U1", kind="text", text=f"ข้อความ {key}",
                         reply_handle=f"token-{key}")


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    url = f"sqlite:///{tmp_path}/inbox.db"
    await upgrade_async(url)
    engine = create_engine(url, inline=True)
    yield engine
    await engine.dispose()


def _checkouts(engine: AsyncEngine) -> list[object]:
    seen: list[object] = []
    event.listen(engine.sync_engine, "checkout", lambda *args: seen.append(args))
    return seen


async def _stored(engine: AsyncEngine) -> list[tuple[object, ...]]:
    async with engine.connect() as conn:
        rows = await conn.execute(text(
            "SELECT event_key, user_key, kind, text, reply_handle, language, occurred_at, status, "
            "length(received_at) FROM inbox ORDER BY id"))
        return [tuple(row) for row in rows]


async def test_stored_at_once_past_the_pool_as_a_session_would_store_them(engine: AsyncEngine) -> None:
    sessions = session_factory(engine)
    store = into_database(sessions)
    async with transaction(sessions) as session:  # through the session: the connection opens
        await Inbox(session).add_many([_event("a")])
    checkouts = _checkouts(engine)
    await store([_event("b"), _event("c")])
    await store([_event("c"), _event("d")])  # a redelivery of c inserts nothing
    assert checkouts == []  # neither took the pool's turn
    rows = await _stored(engine)
    assert [row[0] for row in rows] == ["a", "b", "c", "d"]
    by_session = rows[0]
    for row in rows[1:]:  # written as the session writes them: the same values in the same forms
        assert row[1:3] + row[5:] == by_session[1:3] + by_session[5:]
    assert rows[1][3:5] == ("ข้อความ b", "token-b")


async def test_a_store_during_an_open_transaction_waits_for_it_and_outlives_its_rollback(engine: AsyncEngine) -> None:
    sessions = session_factory(engine)
    store = into_database(sessions)
    await store([_event("first")])  # opens the connection
    session = sessions()
    await Inbox(session).add_many([_event("rolled-back")])  # a transaction is open on the connection
    assert inline_sqlite.free_connection(engine.sync_engine) is None
    storing = asyncio.create_task(store([_event("kept")]))
    await asyncio.sleep(0.05)
    assert not storing.done()  # its turn in the pool comes after the open transaction
    await session.rollback()
    await session.close()
    await asyncio.wait_for(storing, 5)
    assert [row[0] for row in await _stored(engine)] == ["first", "kept"]


async def test_a_store_waits_while_the_checkpoint_holds_the_connection(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inline_sqlite, "CHECKPOINT_SECONDS", 0.0)
    sessions = session_factory(engine)
    store = into_database(sessions)
    release = threading.Event()
    checkpoint = inline_sqlite._checkpoint
    on_connection: list[sqlite3.Connection] = []

    def held(connection: sqlite3.Connection) -> None:
        if not on_connection and _is_inline(engine, connection):
            on_connection.append(connection)
            release.wait(5)  # step 2: the connection itself, in a worker thread
        checkpoint(connection)

    monkeypatch.setattr(inline_sqlite, "_checkpoint", held)
    async with transaction(sessions) as session:  # opens the connection; its commit starts step 1 beside
        await Inbox(session).add_many([_event("a")])
    driver = inline_sqlite._opened[engine.sync_engine].connection
    assert driver is not None
    await driver.wait_for_checkpoint()
    committing = asyncio.create_task(_insert_through_the_pool(sessions, "b"))  # its commit runs step 2
    for _ in range(100):
        if on_connection:
            break
        await asyncio.sleep(0.01)
    assert on_connection and inline_sqlite.free_connection(engine.sync_engine) is None
    storing = asyncio.create_task(store([_event("c")]))
    await asyncio.sleep(0.05)
    assert not storing.done() and not committing.done()
    release.set()
    await asyncio.wait_for(asyncio.gather(committing, storing), 5)
    assert [row[0] for row in await _stored(engine)] == ["a", "b", "c"]


def _is_inline(engine: AsyncEngine, connection: sqlite3.Connection) -> bool:
    opened = inline_sqlite._opened[engine.sync_engine].connection
    return opened is not None and opened.sqlite is connection


async def _insert_through_the_pool(sessions: async_sessionmaker[AsyncSession], key: str) -> None:
    async with transaction(sessions) as session:
        await Inbox(session).add_many([_event(key)])
