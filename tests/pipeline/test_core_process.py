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

from tests.channels.conftest import TELEGRAM_SECRET, TELEGRAM_TOKEN
from tests.fakes import FakeLineApi
from tests.fakes.telegram_api import FakeTelegramApi
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


async def test_telegram_is_answered_through_the_core(
    sqlite_url: str, line_api: FakeLineApi, telegram_api: FakeTelegramApi
) -> None:
    """Telegram takes the same way as LINE: verified here, stored and answered by the core, sent from here; a forged
    update changes nothing."""
    await settings_for(sqlite_url, line_api)
    env = {"TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN, "TELEGRAM_WEBHOOK_SECRET": TELEGRAM_SECRET,
           "TELEGRAM_API_BASE_URL": telegram_api.url,
           "TELEGRAM_MAX_PER_CHAT_PER_SECOND": "100"}  # (the answer's messages at once, not one a second)
    update = {"update_id": 7001, "message": {"message_id": 1, "date": 1_760_000_000, "text": "DL201 คืออะไร",
                                             "chat": {"id": 4242, "type": "private"},
                                             "from": {"id": 4242, "is_bot": False, "first_name": "ก"}}}
    async with serving(sqlite_url, line_api, CORE_PROCESS="on", **env) as (base, start):
        await start()
        async with aiohttp.ClientSession() as http:
            forged = {"X-Telegram-Bot-Api-Secret-Token": "not-the-secret"}
            async with http.post(f"{base}/webhook/telegram", json={**update, "update_id": 7000}, headers=forged) as r:
                assert r.status == 401
            secret = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
            async with http.post(f"{base}/webhook/telegram", json=update, headers=secret) as response:
                assert response.status == 200
            await _until(lambda: telegram_api.delivered_to("4242") >= 1)
            await asyncio.sleep(1.0)  # the answer and the welcome after it (a first message)
            answered = telegram_api.calls_to("sendMessage")
            async with http.post(f"{base}/webhook/telegram", json=update, headers=secret) as response:
                assert response.status == 200  # a redelivery: stored once, answered once
            await asyncio.sleep(1.0)
    assert {str(a["chat_id"]) for a in answered} == {"4242"}
    assert "DL201" in str(answered[0]["text"])
    assert telegram_api.calls_to("sendMessage") == answered
