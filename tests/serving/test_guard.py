"""The HTTP front's bounds (``bot.serving``): slow and surplus connections, on both event loops."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import ClientSession

from bot import serving
from bot.app import create_app
from bot.config import Settings
from bot.hardening import SERVER_NAME
from tests.channels.conftest import RecordingHandler


@pytest.fixture
async def guarded(tmp_path: Path) -> AsyncIterator[tuple[int, serving.ConnectionGuard]]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'g.db'}"
    settings = Settings.model_validate(
        {"DATABASE_URL": url, "WEB_CHAT": "on", "HTTP_READ_TIMEOUT": "0.5", "HTTP_MAX_CONNECTIONS": "3"}
    )
    app = create_app(settings, RecordingHandler())
    runner, site = await serving.start(app, settings, "127.0.0.1", 0)
    try:
        yield site.port, app[serving.GUARD]
    finally:
        await runner.cleanup()


async def _closed_within(reader: asyncio.StreamReader, seconds: float) -> bool:
    try:
        async with asyncio.timeout(seconds):
            while await reader.read(1024):
                pass
        return True
    except TimeoutError:
        return False


async def test_half_sent_headers_are_closed_after_the_read_timeout(
    guarded: tuple[int, serving.ConnectionGuard],
) -> None:
    port, guard = guarded
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # never finished
    await writer.drain()
    started = time.perf_counter()
    assert await _closed_within(reader, 3)
    assert 0.3 < time.perf_counter() - started < 2
    writer.close()
    await asyncio.sleep(0.05)
    assert guard.open == 0


async def test_a_trickled_body_gets_408(guarded: tuple[int, serving.ConnectionGuard]) -> None:
    port, _guard = guarded
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"POST /api/chat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{")
    await writer.drain()
    status_line = await asyncio.wait_for(reader.readline(), 3)
    assert status_line.startswith(b"HTTP/1.1 408"), status_line
    writer.close()


async def test_connections_over_the_cap_are_closed_and_normal_requests_still_work(
    guarded: tuple[int, serving.ConnectionGuard],
) -> None:
    port, guard = guarded
    idle = [await asyncio.open_connection("127.0.0.1", port) for _ in range(3)]
    extra_reader, extra_writer = await asyncio.open_connection("127.0.0.1", port)
    assert await _closed_within(extra_reader, 0.4)  # refused at once, long before the read timeout
    assert guard.refused == 1
    for _reader, writer in idle:
        writer.close()
    extra_writer.close()
    await asyncio.sleep(0.1)
    async with ClientSession() as http, http.get(f"http://127.0.0.1:{port}/healthz") as response:
        assert response.status == 200
        assert response.headers["Server"] == SERVER_NAME


def test_serve_runs_on_the_event_loop_the_setting_names() -> None:
    loops: list[str] = []

    async def note_the_loop() -> None:
        loops.append(type(asyncio.get_running_loop()).__module__)

    serving.run(note_the_loop(), "uvloop")
    serving.run(note_the_loop(), "asyncio")
    assert loops[0].startswith("uvloop") and loops[1].startswith("asyncio"), loops
    assert Settings.model_validate({"EVENT_LOOP": "asyncio"}).event_loop == "asyncio"
    assert Settings().event_loop == "uvloop"  # the default: less CPU per event
