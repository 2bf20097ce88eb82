from __future__ import annotations

import asyncio
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
            order.append(f"{name} commit")

        await asyncio.gather(writer("a", 0.05), writer("b", 0))
        assert order == ["a begin", "a commit", "b begin", "b commit"]
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
    monkeypatch.setattr(inline_sqlite, "CHECKPOINT_SECONDS", 0.0)  # a checkpoint whenever none is running
    threads: set[int] = set()
    checkpoint = inline_sqlite.InlineConnection._checkpoint

    def recorded(self: inline_sqlite.InlineConnection) -> tuple[int, int]:
        threads.add(threading.get_ident())
        return checkpoint(self)

    monkeypatch.setattr(inline_sqlite.InlineConnection, "_checkpoint", recorded)
    engine = create_engine(f"sqlite:///{tmp_path}/hot.db", inline=True)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("CREATE TABLE payloads (body BLOB)"))
        for _ in range(50):  # 5 MB in all: the WAL would hold every byte if nothing checkpointed
            async with engine.begin() as conn:
                await conn.execute(text("INSERT INTO payloads VALUES (:b)"), {"b": b"x" * 100_000})
            await asyncio.sleep(0.005)  # the loop serves others meanwhile, as in the server
        wal = (tmp_path / "hot.db-wal").stat().st_size  # while open: the last close removes the file
    finally:
        await engine.dispose()
    assert threads and threading.get_ident() not in threads  # never on the loop's thread
    assert wal < 1_000_000


async def test_a_commit_does_not_wait_for_a_running_checkpoint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inline_sqlite, "CHECKPOINT_SECONDS", 0.0)
    release = threading.Event()
    checkpoint = inline_sqlite.InlineConnection._checkpoint

    def slow(self: inline_sqlite.InlineConnection) -> tuple[int, int]:
        release.wait(5)  # a checkpoint syncing a slow disk
        return checkpoint(self)

    monkeypatch.setattr(inline_sqlite.InlineConnection, "_checkpoint", slow)
    engine = create_engine(f"sqlite:///{tmp_path}/slow.db", inline=True)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("CREATE TABLE t (x INTEGER)"))  # its commit starts the checkpoint
        driver = await _driver(engine)
        assert driver.checkpointing
        for i in range(20):  # transactions go on while it runs
            async with engine.begin() as conn:
                await conn.execute(text("INSERT INTO t VALUES (:x)"), {"x": i})
        assert driver.checkpointing
        release.set()
        await driver.wait_for_checkpoint()
        async with engine.connect() as conn:
            assert (await conn.execute(text("SELECT count(*) FROM t"))).scalar() == 20
    finally:
        release.set()
        await engine.dispose()


async def test_a_wal_that_never_catches_up_makes_the_next_commit_wait_for_a_checkpoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inline_sqlite, "CHECKPOINT_SECONDS", 0.0)
    monkeypatch.setattr(inline_sqlite, "WAL_LIMIT_PAGES", 0)
    calls: list[str] = []
    checkpoint = inline_sqlite.InlineConnection._checkpoint

    def behind(self: inline_sqlite.InlineConnection) -> tuple[int, int]:
        wal_pages, _copied = checkpoint(self)
        calls.append("checkpoint")
        return wal_pages + 1, 0  # as if writers always outran it

    monkeypatch.setattr(inline_sqlite.InlineConnection, "_checkpoint", behind)
    engine = create_engine(f"sqlite:///{tmp_path}/behind.db", inline=True)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("CREATE TABLE t (x INTEGER)"))
        driver = await _driver(engine)
        await driver.wait_for_checkpoint()
        assert calls == ["checkpoint"] * inline_sqlite.CATCH_UP_ROUNDS
        async with engine.begin() as conn:
            await conn.execute(text("INSERT INTO t VALUES (1)"))
        assert len(calls) == inline_sqlite.CATCH_UP_ROUNDS + 1  # this commit waited for one more
        assert not driver.checkpointing
    finally:
        await engine.dispose()
