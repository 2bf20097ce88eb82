"""The scale-out proof, with real processes: two ``serve`` replicas and one ``worker`` on one
PostgreSQL database, webhooks spread over both replicas (loopback, fake LINE API in this process).

- a self-assessment started on one replica continues on the other;
- the same LINE event delivered to both at once is answered once;
- reminders that fell due are each sent once.
"""

from __future__ import annotations

import asyncio
import copy
import os
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import func, select

import storage
from bot.dialog.engine import DialogEngine
from bot.incoming import Incoming
from storage.models import Reminder, ReminderStatus
from tests.channels.conftest import LINE_SECRET, LINE_TOKEN, fixture_events, line_body, line_signature
from tests.conftest import create_postgres_database, drop_postgres_database
from tests.fakes import FakeLineApi

ROOT = Path(__file__).resolve().parents[2]
USER = "U0000000000000000000000000000a11ce"
pytestmark = pytest.mark.postgres


def _data(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["data"]] if isinstance(node.get("data"), str) else []
        return own + [d for value in node.values() for d in _data(value)]
    if isinstance(node, list):
        return [d for item in node for d in _data(item)]
    return []


@pytest.fixture
async def cluster(
    unused_tcp_port_factory: Any, tmp_path: Path
) -> AsyncIterator[tuple[list[str], FakeLineApi, str]]:
    url = await asyncio.to_thread(create_postgres_database)
    await asyncio.to_thread(storage.upgrade, url)
    api = FakeLineApi()
    await api.start()
    env = {**os.environ, "DATABASE_URL": url, "LINE_CHANNEL_SECRET": LINE_SECRET,
           "LINE_CHANNEL_ACCESS_TOKEN": LINE_TOKEN, "LINE_API_BASE_URL": api.url, "REMINDER_MAX_LATE": "P30D",
           "WORKER_POLL_SECONDS": "0.2", "LOG_LEVEL": "WARNING"}  # fmt: skip
    for key in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "WEB_CHAT"):
        env.pop(key, None)
    ports = [unused_tcp_port_factory(), unused_tcp_port_factory()]
    commands = [["serve", "--host", "127.0.0.1", "--port", str(p), "--no-workers"] for p in ports] + [["worker"]]
    logs = [open(tmp_path / f"replica-{i}.log", "wb") for i in range(len(commands))]  # noqa: SIM115
    procs = [await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", *c, cwd=ROOT, env=env,
                                                  stdout=log, stderr=log)
             for c, log in zip(commands, logs, strict=True)]  # fmt: skip
    urls = [f"http://127.0.0.1:{p}" for p in ports]
    try:
        async with aiohttp.ClientSession() as http:
            for replica in urls:
                for _ in range(300):
                    try:
                        async with http.get(f"{replica}/readyz") as r:
                            if r.status == 200:
                                break
                    except aiohttp.ClientError:
                        pass
                    await asyncio.sleep(0.2)
                else:
                    pytest.fail(f"{replica} never became ready")
        yield urls, api, url
    finally:
        died = [" ".join(c) for c, proc in zip(commands, procs, strict=True) if proc.returncode is not None]
        for log in logs:
            log.close()
        for proc in procs:
            if proc.returncode is None:
                proc.terminate()
        for proc in procs:
            await asyncio.wait_for(proc.wait(), 30)
        await api.close()
        await asyncio.to_thread(drop_postgres_database, url)
    assert not died, f"exited during the test: {died} (see {tmp_path}/replica-*.log)"


async def _post(http: aiohttp.ClientSession, replica: str, event: dict[str, Any]) -> None:
    body = line_body(event)
    async with http.post(f"{replica}/webhook/line", data=body, headers={"X-Line-Signature": line_signature(body)}) as r:
        assert r.status == 200


async def _replies_to(api: FakeLineApi, token: str, timeout: float = 20) -> list[dict[str, Any]]:
    for _ in range(int(timeout / 0.1)):
        calls = [c for c in api.paths("/message/reply") if c.body.get("replyToken") == token]
        if calls:
            return calls
        await asyncio.sleep(0.1)
    raise AssertionError(f"no reply for {token}")


def _event(n: int, text: str | None = None, data: str | None = None) -> dict[str, Any]:
    event = copy.deepcopy(fixture_events()[0 if text is not None else 10])
    if text is not None:
        event["message"] = {"id": str(n), "type": "text", "text": text, "quoteToken": "q"}
    else:
        event["postback"] = {"data": data}
    event.update(webhookEventId=f"REPL{n:06d}", replyToken=f"repl-{n}", mode="active",
                 source={"type": "user", "userId": USER})  # fmt: skip
    return event


async def test_two_replicas_and_a_worker_on_one_database(cluster: tuple[list[str], FakeLineApi, str]) -> None:
    (a, b), api, url = cluster
    async with aiohttp.ClientSession() as http:
        # The same event to both replicas at once: one answer.
        twice = _event(1, text="สวัสดี")
        await asyncio.gather(_post(http, a, twice), _post(http, b, copy.deepcopy(twice)))
        await _replies_to(api, "repl-1")
        await asyncio.sleep(1.0)
        assert len([c for c in api.paths("/message/reply") if c.body["replyToken"] == "repl-1"]) == 1

        # A self-assessment started on A continues on B, then on A again.
        await _post(http, a, _event(2, data="k:y"))
        await _replies_to(api, "repl-2")
        await _post(http, a, _event(3, text="ทำแบบประเมิน DL200"))
        [started] = await _replies_to(api, "repl-3")
        first = next(d for d in _data(started.body) if d.startswith("q:r:") and d.split(":")[3] == "0")
        await _post(http, b, _event(4, data=first))
        [second_q] = await _replies_to(api, "repl-4")
        second = next(d for d in _data(second_q.body) if d.startswith("q:r:"))
        assert second.split(":")[2] == first.split(":")[2] and second.split(":")[3] == "1"  # same run, next
        await _post(http, a, _event(5, data=second))
        [third_q] = await _replies_to(api, "repl-5")
        assert any(d.startswith("q:r:") and d.split(":")[3] == "2" for d in _data(third_q.body))

    # Reminders that fell due (set with a clock 20 days back): the one worker sends each once.
    past = datetime.now(UTC) - timedelta(days=20)
    engine = storage.create_engine(url)
    try:
        chat = DialogEngine(storage.session_factory(engine), clock=lambda: past)
        await chat(Incoming("line", USER, "postback", f"w:y:std-2567:DL200:{(past + timedelta(days=10)).date()}"))
        async with engine.connect() as conn:
            planned = (await conn.execute(select(func.count()).select_from(Reminder))).scalar_one()
        assert planned >= 1
        for _ in range(300):
            async with engine.connect() as conn:
                pending = (await conn.execute(select(func.count()).select_from(Reminder).where(
                    Reminder.status == ReminderStatus.PENDING))).scalar_one()  # fmt: skip
            pushed = api.delivered_to(USER)
            if pending == 0 and pushed >= planned:
                break
            await asyncio.sleep(0.2)
        await asyncio.sleep(1.0)  # would a second send come?
        assert api.delivered_to(USER) == planned
        keys = [c.headers.get("X-Line-Retry-Key") for c in api.paths("/message/push")]
        assert len(keys) == len(set(keys)) == planned
    finally:
        await engine.dispose()


async def _set_connections(url: str, allowed: bool) -> None:
    """Take the database away as a restart would (for this database only: others share the server)."""
    import asyncpg

    name = url.rsplit("/", 1)[1]
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg", "postgresql").rsplit("/", 1)[0] + "/postgres")
    try:
        await conn.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(allowed).lower()}')
        if not allowed:
            await conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", name)
    finally:
        await conn.close()


async def test_database_outage_mid_traffic_loses_nothing_acknowledged(
    cluster: tuple[list[str], FakeLineApi, str],
) -> None:
    """Events keep coming while the database goes away for 3 s: a webhook that got 200 is answered
    exactly once; one that got 503 is redelivered (as LINE does) until it gets 200."""
    urls, api, url = cluster
    acknowledged: list[int] = []
    refused = 0

    async def deliver(http: aiohttp.ClientSession, n: int) -> None:
        nonlocal refused
        event = _event(100 + n, text="DL201 ต้องทำอะไรบ้าง")
        event["source"] = {"type": "user", "userId": f"U{n:032x}"}
        body = line_body(event)
        for attempt in range(40):  # LINE's redelivery, compressed
            try:
                async with http.post(f"{urls[(n + attempt) % 2]}/webhook/line", data=body,
                                     headers={"X-Line-Signature": line_signature(body)}) as r:  # fmt: skip
                    if r.status == 200:
                        acknowledged.append(n)
                        return
                    assert r.status == 503, r.status
            except aiohttp.ClientError:
                pass
            refused += 1
            await asyncio.sleep(0.5)

    async with aiohttp.ClientSession() as http:
        async def outage() -> None:
            await asyncio.sleep(1.0)
            await _set_connections(url, False)
            await asyncio.sleep(3.0)
            await _set_connections(url, True)

        senders = [asyncio.create_task(_paced(deliver, http, n)) for n in range(40)]
        await asyncio.gather(outage(), *senders)
    assert sorted(acknowledged) == list(range(40))
    for n in acknowledged:
        calls = await _replies_to(api, f"repl-{100 + n}", timeout=60)
        assert len(calls) == 1, n
    assert refused > 0, "the outage refused nothing: it did not happen during the traffic"


async def _paced(deliver: Any, http: aiohttp.ClientSession, n: int) -> None:
    await asyncio.sleep(n * 0.15)  # 40 events over 6 s, the outage in the middle
    await deliver(http, n)
