"""Timeouts and bounds: database connect/statement timeouts, /readyz, slow clients, headers, file mode."""

from __future__ import annotations

import asyncio
import stat
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import text

from bot.app import create_app
from bot.config import Settings
from bot.database import open_engine
from bot.hardening import SERVER_NAME
from tests.channels.conftest import RecordingHandler


@pytest.fixture
async def black_hole() -> AsyncIterator[int]:
    """A TCP port that accepts connections and never answers (a hung database host)."""
    held: list[asyncio.StreamWriter] = []

    async def accept(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    server = await asyncio.start_server(accept, "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[1]
    for writer in held:
        writer.close()
    server.close()
    await server.wait_closed()


async def _client(settings: Settings) -> TestClient:  # type: ignore[type-arg]
    client: TestClient = TestClient(TestServer(create_app(settings, RecordingHandler())))  # type: ignore[type-arg]
    await client.start_server()
    return client


async def test_readyz_answers_503_within_the_connect_timeout_when_the_database_hangs(black_hole: int) -> None:
    settings = Settings.model_validate(
        {"DATABASE_URL": f"postgresql+asyncpg://u@127.0.0.1:{black_hole}/db", "DB_CONNECT_TIMEOUT": "1"}
    )
    client = await _client(settings)
    try:
        started = time.perf_counter()
        response = await client.get("/readyz")
        elapsed = time.perf_counter() - started
        assert response.status == 503
        assert elapsed < 2.5, f"/readyz took {elapsed:.1f} s"
    finally:
        await client.close()


async def test_readyz_notices_a_deleted_sqlite_file_and_the_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "data" / "assistant.db"
    client = await _client(Settings.model_validate({"DATABASE_URL": f"sqlite+aiosqlite:///{path}"}))
    try:
        assert (await client.get("/readyz")).status == 200
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        path.unlink()
        response = await client.get("/readyz")
        assert response.status == 503
        assert (await response.json())["status"] == "unavailable"
    finally:
        await client.close()


@pytest.mark.postgres
async def test_a_statement_over_the_timeout_is_cut_short(postgres_url: str) -> None:
    settings = Settings.model_validate({"DATABASE_URL": postgres_url, "DB_STATEMENT_TIMEOUT": "0.5"})
    engine = await open_engine(postgres_url, settings)
    try:
        started = time.perf_counter()
        with pytest.raises(TimeoutError):
            async with engine.connect() as conn:
                await conn.execute(text("SELECT pg_sleep(5)"))
        assert time.perf_counter() - started < 3
    finally:
        await engine.dispose()


async def test_sqlite_busy_timeout_comes_from_the_setting(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'b.db'}"
    engine = await open_engine(url, Settings.model_validate({"DATABASE_URL": url, "DB_STATEMENT_TIMEOUT": "2.5"}))
    try:
        async with engine.connect() as conn:
            assert (await conn.execute(text("PRAGMA busy_timeout"))).scalar_one() == 2500
    finally:
        await engine.dispose()


async def test_pages_carry_security_headers_and_no_server_version(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'h.db'}"
    client = await _client(Settings.model_validate({"DATABASE_URL": url, "WEB_CHAT": "on"}))
    try:
        for path in ("/", "/healthz", "/nowhere"):
            response = await client.get(path)
            assert response.headers["Server"] == SERVER_NAME, path
            assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
            assert response.headers["X-Frame-Options"] == "DENY"
            assert response.headers["X-Content-Type-Options"] == "nosniff"
    finally:
        await client.close()
