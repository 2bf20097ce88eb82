"""A 200 is a promise, across crashes: ``python -m bot serve`` killed or stopped mid-burst, restarted.

The server runs as a real subprocess against the fake LINE API in this process. Each event comes
from its own LINE user, so "answered exactly once" is one accepted reply or push per user.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.channels.conftest import LINE_SECRET, LINE_TOKEN, line_body, line_signature
from tests.fakes import FakeLineApi
from tests.pipeline.conftest import line_event, settings_for

ROOT = Path(__file__).resolve().parents[2]
Serve = Callable[[], Awaitable["asyncio.subprocess.Process"]]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@asynccontextmanager
async def serving(db_url: str, api: FakeLineApi, **extra_env: str) -> AsyncIterator[tuple[str, Serve]]:
    """(base URL, start): ``start()`` launches ``serve`` and waits for /readyz; all are ended at exit."""
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": db_url,
        "LINE_CHANNEL_SECRET": LINE_SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": LINE_TOKEN,
        "LINE_API_BASE_URL": api.url,
        # Long enough for a loaded machine to send and record; short enough for the restart to wait.
        "REPLY_LEASE_SECONDS": "8",
        "TELEGRAM_BOT_TOKEN": "",
        **extra_env,
    }
    base = f"http://127.0.0.1:{port}"
    started: list[asyncio.subprocess.Process] = []

    async def start() -> asyncio.subprocess.Process:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port),
            cwd=ROOT, env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )
        started.append(proc)
        async with aiohttp.ClientSession() as http:
            for _ in range(600):
                if proc.returncode is not None:
                    raise AssertionError(f"serve exited with {proc.returncode}")
                try:
                    async with http.get(f"{base}/readyz") as response:
                        if response.status == 200:
                            return proc
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
        raise AssertionError("serve did not become ready in 60 s")

    try:
        yield base, start
    finally:
        for proc in started:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()


async def _post(http: aiohttp.ClientSession, base: str, events: list[dict[str, Any]]) -> bool:
    body = line_body(*events)
    headers = {"X-Line-Signature": line_signature(body)}
    try:
        async with http.post(f"{base}/webhook/line", data=body, headers=headers) as r:
            return r.status == 200
    except aiohttp.ClientError:
        return False


async def _burst(base: str, events: list[dict[str, Any]], per_request: int = 10) -> list[dict[str, Any]]:
    """Post ``events`` concurrently, ``per_request`` to a body; the events acknowledged with 200."""
    chunks = [events[i : i + per_request] for i in range(0, len(events), per_request)]
    async with aiohttp.ClientSession() as http:
        ok = await asyncio.gather(*(_post(http, base, chunk) for chunk in chunks))
    return [e for chunk, good in zip(chunks, ok, strict=True) if good for e in chunk]


async def _answered(api: FakeLineApi, users: set[str], timeout: float = 60) -> Counter[str]:
    """Wait until every one of ``users`` was answered, then a moment for any duplicate to show."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not users <= set(api.accepted):
        missing = len(users - set(api.accepted))
        assert loop.time() < deadline, f"{missing} of {len(users)} acknowledged events never answered"
        await asyncio.sleep(0.05)
    await asyncio.sleep(1.5)
    return Counter(api.accepted)


def _follows(prefix: str, n: int, api: FakeLineApi) -> list[dict[str, Any]]:
    events = [line_event(f"{prefix}{i:04d}", "follow") for i in range(n)]
    for event in events:
        api.token_users[event["replyToken"]] = event["source"]["userId"]
    return events


# Either shape of serve: one process, or the HTTP process with its core process (the default on two cores).
PROCESSES = pytest.mark.parametrize("processes", ["off", "on"], ids=["one-process", "core-process"])


@PROCESSES
async def test_sigkill_after_300_acknowledged_events_then_restart_answers_each_once(
    db_url: str, line_api: FakeLineApi, processes: str
) -> None:
    await settings_for(db_url, line_api)  # empties the tables
    early, burst = _follows("Uearly", 20, line_api), _follows("Uburst", 280, line_api)
    async with serving(db_url, line_api, CORE_PROCESS=processes) as (base, start):
        proc = await start()
        assert len(await _burst(base, early)) == 20
        await _answered(line_api, {e["source"]["userId"] for e in early})
        line_api.hold = asyncio.Event()  # replies from here on never reach LINE before the kill
        acknowledged = await _burst(base, burst)
        proc.send_signal(signal.SIGKILL)
        await proc.wait()
        await asyncio.sleep(0.5)  # the fake notices the dead connections before the hold ends
        line_api.hold.set()
        await asyncio.sleep(0.1)
        line_api.hold = None
        assert len(acknowledged) == 280
        await start()
        counts = await _answered(line_api, {e["source"]["userId"] for e in early + burst})
    assert {user: n for user, n in counts.items() if n != 1} == {}


@PROCESSES
async def test_sigterm_mid_burst_finishes_the_batch_and_loses_nothing_acknowledged(
    sqlite_url: str, line_api: FakeLineApi, processes: str
) -> None:
    await settings_for(sqlite_url, line_api)
    events = _follows("Uterm", 300, line_api)
    async with serving(sqlite_url, line_api, CORE_PROCESS=processes) as (base, start):
        proc = await start()
        burst = asyncio.ensure_future(_burst(base, events, per_request=5))
        await asyncio.sleep(0.15)
        proc.send_signal(signal.SIGTERM)
        acknowledged = await burst
        assert await asyncio.wait_for(proc.wait(), 30) == 0
        assert acknowledged, "the stop came before any event was acknowledged"
        await start()
        counts = await _answered(line_api, {e["source"]["userId"] for e in acknowledged})
    assert {user: n for user, n in counts.items() if n != 1} == {}

