"""``serve`` with its core process (``CORE_PROCESS``): the HTTP process and the core live and die together,
a core that ends is started again, and the web simulator is answered by the core.

Real processes against the fake LINE API in this process, as in ``test_crash``.
"""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import aiohttp

from tests.fakes import FakeLineApi
from tests.pipeline.conftest import settings_for
from tests.pipeline.test_crash import _answered, _burst, _follows, serving


def _children(pid: int) -> list[int]:
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


async def _until(condition: object, timeout: float = 20) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():  # type: ignore[operator]
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.05)


async def test_the_core_dies_with_serve_killed(sqlite_url: str, line_api: FakeLineApi) -> None:
    await settings_for(sqlite_url, line_api)
    async with serving(sqlite_url, line_api, CORE_PROCESS="on") as (_base, start):
        proc = await start()
        (core,) = _children(proc.pid)
        proc.send_signal(signal.SIGKILL)
        await proc.wait()
        await _until(lambda: not _alive(core), 5)


async def test_a_core_that_ends_is_started_again_and_nothing_acknowledged_is_lost(
    sqlite_url: str, line_api: FakeLineApi
) -> None:
    await settings_for(sqlite_url, line_api)
    before, during, after = (_follows(p, 40, line_api) for p in ("Ubefore", "Uduring", "Uafter"))
    async with serving(sqlite_url, line_api, CORE_PROCESS="on") as (base, start):
        proc = await start()
        assert len(await _burst(base, before)) == 40
        (core,) = _children(proc.pid)
        os.kill(core, signal.SIGKILL)
        acknowledged = await _burst(base, during)  # 503 while no core runs (the platform redelivers), or 200
        async with aiohttp.ClientSession() as http:

            async def ready() -> bool:
                async with http.get(f"{base}/readyz") as response:
                    return response.status == 200

            for _ in range(300):
                if await ready():
                    break
                await asyncio.sleep(0.1)
        assert len(_children(proc.pid)) == 1 and _children(proc.pid) != [core]
        assert len(await _burst(base, after)) == 40
        counts = await _answered(line_api, {e["source"]["userId"] for e in before + acknowledged + after})
    assert {user: n for user, n in counts.items() if n != 1} == {}


async def test_the_web_simulator_is_answered_by_the_core(sqlite_url: str, line_api: FakeLineApi) -> None:
    await settings_for(sqlite_url, line_api)
    async with serving(sqlite_url, line_api, CORE_PROCESS="on", WEB_CHAT="on") as (base, start):
        await start()
        async with aiohttp.ClientSession() as http:
            async with http.post(f"{base}/api/chat", json={"event": "start"}) as response:
                assert response.status == 200
                greeting = await response.json()
            async with http.post(f"{base}/api/chat", json={"text": "DL201 คืออะไร"}) as response:
                answer = await response.json()
    assert "ยินยอม" in str(greeting)
    assert "DL201" in str(answer)
