from __future__ import annotations

import asyncio
import os
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import (
    DEFAULT_DATABASE_URL,
    InvalidValueError,
    advisory_lock,
    create_engine,
    inline_sqlite,
    try_advisory_lock,
)
from storage.engine import lock_id, normalise_url


def test_default_url_is_a_sqlite_file_under_data() -> None:
    assert DEFAULT_DATABASE_URL == "sqlite+aiosqlite:///./data/assistant.db"


def test_plain_urls_get_the_async_driver() -> None:
    assert normalise_url("sqlite:///x.db").drivername == "sqlite+aiosqlite"
    assert normalise_url("postgresql://u@h/db").drivername == "postgresql+asyncpg"
    assert normalise_url("postgres://u@h/db").drivername == "postgresql+asyncpg"
    with pytest.raises(InvalidValueError):
        normalise_url("mysql://u@h/db")


async def test_sqlite_file_url_creates_its_directory_and_sets_pragmas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    engine = create_engine(DEFAULT_DATABASE_URL)
    try:
        assert (tmp_path / "data").is_dir()
        async with engine.connect() as conn:
            assert (await conn.execute(text("PRAGMA journal_mode"))).scalar_one() == "wal"
            assert (await conn.execute(text("PRAGMA foreign_keys"))).scalar_one() == 1
            assert (await conn.execute(text("PRAGMA busy_timeout"))).scalar_one() == 10_000
    finally:
        await engine.dispose()
    assert (tmp_path / "data" / "assistant.db").is_file()


async def test_sqlite_transactions_take_the_write_lock_up_front(tmp_path: Path) -> None:
    """BEGIN IMMEDIATE: a second writer waits for the first instead of failing half-way."""
    engine = create_engine(f"sqlite:///{tmp_path / 'w.db'}", connect_args={"timeout": 0.2})
    try:
        async with engine.begin() as conn:
            await conn.execute(text("CREATE TABLE t (n INTEGER)"))
        order: list[str] = []

        async def writer(name: str, hold: float) -> None:
            async with engine.begin() as conn:
                order.append(f"{name} begin")
                await conn.execute(text("SELECT count(*) FROM t"))
                await asyncio.sleep(hold)
                await conn.execute(text("INSERT INTO t VALUES (1)"))
                order.append(f"{name} wrote")

        await asyncio.gather(writer("a", 0.05), writer("b", 0))
        # b's transaction began only once a's had written (and so committed); whether "b begin" or a's return from
        # its commit is resumed first is the event loop's choice, so a commit line after the block would race
        assert order == ["a begin", "a wrote", "b begin", "b wrote"]
    finally:
        await engine.dispose()


def test_lock_id_is_stable_and_signed_64_bit() -> None:
    assert lock_id("sender:line") == lock_id("sender:line") != lock_id("sender:telegram")
    assert -(2**63) <= lock_id("sender:line") < 2**63


async def test_advisory_lock_excludes_a_second_holder(engine: AsyncEngine) -> None:
    async with engine.connect() as first, engine.connect() as second:
        async with advisory_lock(first, "sender:line") as held:
            assert held is True
            if engine.dialect.name == "postgresql":
                async with advisory_lock(second, "sender:line") as other:
                    assert other is False
                assert await try_advisory_lock(second, "sender:telegram") is True  # other keys are free
                assert not second.in_transaction()  # holding a lock leaves no transaction open
            else:
                async with advisory_lock(second, "sender:line") as other:
                    assert other is True  # SQLite: one process, nothing to exclude
        async with advisory_lock(second, "sender:line") as after_release:
            assert after_release is True


async def _driver(engine: AsyncEngine) -> inline_sqlite.InlineConnection:
    async with engine.connect() as conn:
        raw = await conn.get_raw_connection()
        driver = raw.driver_connection
    assert isinstance(driver, inline_sqlite.InlineConnection)
    return driver


async def test_inline_sqlite_checkpoints_off_the_loop_and_its_wal_starts_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inline_sqlite, "CHECKPOINT_SECONDS", 0.1)
    threads: set[int] = set()
    checkpoint = inline_sqlite._checkpoint

    def recorded(connection: sqlite3.Connection) -> None:
        threads.add(threading.get_ident())
        checkpoint(connection)

    monkeypatch.setattr(inline_sqlite, "_checkpoint", recorded)
    engine = create_engine(f"sqlite:///{tmp_path}/hot.db", inline=True)
    written = 0
    try:
        async with engine.begin() as conn:
            await conn.execute(text("CREATE TABLE payloads (body BLOB)"))
        while written < 4_800_000:  # steady writes, as under load (at least ~0.6 s): checkpoints race with them
            async with engine.begin() as conn:
                for _ in range(4):
                    await conn.execute(text("INSERT INTO payloads VALUES (:b)"), {"b": os.urandom(4000)})
            written += 16_000
            await asyncio.sleep(0.002)
        wal = (tmp_path / "hot.db-wal").stat().st_size  # while open: the last close removes the file
    finally:
        await engine.dispose()
    assert threads and threading.get_ident() not in threads  # never on the loop's thread
    assert wal < written / 3  # it grew by every byte written when it never started over


async def test_a_commit_does_not_wait_for_the_checkpoint_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inline_sqlite, "CHECKPOINT_SECONDS", 0.0)
    release = threading.Event()
    checkpoint = inline_sqlite._checkpoint
    calls: list[sqlite3.Connection] = []

    def slow_first(connection: sqlite3.Connection) -> None:
        calls.append(connection)
        if len(calls) == 1:
            release.wait(5)  # the bulk of the WAL, syncing a slow disk
        checkpoint(connection)

    monkeypatch.setattr(inline_sqlite, "_checkpoint", slow_first)
    engine = create_engine(f"sqlite:///{tmp_path}/slow.db", inline=True)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("CREATE TABLE t (x INTEGER)"))  # its commit starts the checkpoint
        driver = await _driver(engine)
        assert driver.checkpointing
        for i in range(20):  # transactions go on while it runs
            async with engine.begin() as conn:
                await conn.execute(text("INSERT INTO t VALUES (:x)"), {"x": i})
        assert driver.checkpointing and len(calls) == 1 and calls[0] is not driver.sqlite
        release.set()
        await driver.wait_for_checkpoint()
        async with engine.begin() as conn:  # the next commit copies the rest on its own connection
            await conn.execute(text("INSERT INTO t VALUES (20)"))
        assert len(calls) == 2 and calls[1] is driver.sqlite
        async with engine.connect() as conn:
            assert (await conn.execute(text("SELECT count(*) FROM t"))).scalar() == 21
    finally:
        release.set()
        await engine.dispose()


async def test_a_failed_checkpoint_fails_no_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(inline_sqlite, "CHECKPOINT_SECONDS", 0.0)
    engine = create_engine(f"sqlite:///{tmp_path}/broken.db", inline=True)
    try:
        driver = await _driver(engine)
        broken = sqlite3.connect(":memory:")
        broken.close()  # every statement on it raises sqlite3.ProgrammingError
        driver._open_checkpointer = lambda: broken
        for i in range(3):
            async with engine.begin() as conn:
                await conn.execute(text("CREATE TABLE IF NOT EXISTS t (x INTEGER)"))
                await conn.execute(text("INSERT INTO t VALUES (:x)"), {"x": i})
            await driver.wait_for_checkpoint()
        async with engine.connect() as conn:
            assert (await conn.execute(text("SELECT count(*) FROM t"))).scalar() == 3
    finally:
        await engine.dispose()
    assert "a WAL checkpoint failed (ProgrammingError)" in caplog.text
