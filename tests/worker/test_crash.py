"""Worker processes killed mid-broadcast (SIGKILL): nothing lost; LINE never doubled (the retry key
proves it); Telegram doubled at most for the batch in flight (measured and printed).

SQLite: the worker is killed and started again. PostgreSQL: a standby worker is already running and
takes over the advisory locks within seconds; two workers never send one row twice.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections import Counter
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.hr import broadcast_status, create_broadcast
from storage import BroadcastStatus
from storage.segment import Segment
from tests.fakes import FakeLineApi, FakeTelegramApi
from tests.senders.conftest import LINE_TOKEN, TELEGRAM_TOKEN
from tests.worker.test_broadcasts import add_users

ROOT = Path(__file__).resolve().parents[2]
TELEGRAM_RATE = 400  # messages/s, scaled up for the test; batches are ~1 s of sending
RECIPIENTS_PER_PLATFORM = 1000


async def start_worker(
    db_url: str, line: FakeLineApi, telegram: FakeTelegramApi, log: Path
) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "DATABASE_URL": db_url,
        "LINE_CHANNEL_ACCESS_TOKEN": LINE_TOKEN,
        "LINE_API_BASE_URL": line.url,
        "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
        "TELEGRAM_API_BASE_URL": telegram.url,
        "TELEGRAM_MAX_PER_SECOND": str(TELEGRAM_RATE),
        "TELEGRAM_MAX_PER_CHAT_PER_SECOND": "1",
        "WORKER_LEASE_SECONDS": "3",
        "WORKER_POLL_SECONDS": "0.2",
    }
    out = log.open("ab")
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "worker", cwd=ROOT, env=env, stdout=out, stderr=out
    )
    out.close()
    return proc


async def wait_until(condition: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def test_sigkill_mid_broadcast_sends_every_message_once(
    db_url: str,
    sessions: async_sessionmaker[AsyncSession],
    line_api: FakeLineApi,
    telegram_api: FakeTelegramApi,
    tmp_path: Path,
) -> None:
    line_ids = await add_users(sessions, "line", RECIPIENTS_PER_PLATFORM)
    tg_ids = await add_users(sessions, "telegram", RECIPIENTS_PER_PLATFORM)
    postgres = db_url.startswith("postgresql")
    log = tmp_path / "workers.log"
    first = await start_worker(db_url, line_api, telegram_api, log)
    standby = None
    try:
        await wait_until(lambda: b"worker running" in log.read_bytes(), 60, "the first worker")
        if postgres:
            standby = await start_worker(db_url, line_api, telegram_api, log)
            await wait_until(lambda: log.read_bytes().count(b"worker running") == 2, 60, "the standby")
        line_api.held = asyncio.Event()  # LINE accepts, then holds its answer: the kill lands in between
        async with sessions.begin() as session:
            broadcast = await create_broadcast(session, "ประกาศ", Segment())
        await wait_until(
            lambda: len(line_api.delivered) >= 500 and len(telegram_api.sent_at) >= 300, 60, "sending to be under way"
        )
        first.send_signal(signal.SIGKILL)
        await first.wait()
        killed_at = time.perf_counter()
        line_api.held.set()
        line_api.held = None
        sent_at_kill = len(telegram_api.sent_at)
        if not postgres:
            standby = await start_worker(db_url, line_api, telegram_api, log)

        def finished() -> bool:
            return (
                len(set(line_api.delivered_to_set())) == RECIPIENTS_PER_PLATFORM
                and len({c for c, _ in telegram_api.sent_at}) == RECIPIENTS_PER_PLATFORM
            )

        await wait_until(finished, 120, "every recipient to be reached")
        takeover = min(at for _, at in telegram_api.sent_at[sent_at_kill:]) - killed_at

        async def status() -> object:
            async with sessions() as session:
                return await broadcast_status(session, broadcast.id)

        deadline = time.monotonic() + 30
        while (progress := await status()).status != BroadcastStatus.DONE:  # type: ignore[attr-defined]
            assert time.monotonic() < deadline, f"broadcast not done: {progress}"
            await asyncio.sleep(0.2)
    finally:
        for proc in (first, standby):
            if proc is not None and proc.returncode is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    await asyncio.wait_for(proc.wait(), 30)
                except TimeoutError:
                    proc.kill()
                    await proc.wait()
    assert Counter(to for to, _ in line_api.delivered) == Counter(line_ids)  # LINE: exactly once
    conflicts = [c for c in line_api.paths("/multicast") if c.headers.get("X-Line-Retry-Key") in line_api.accepted_keys]
    assert len(conflicts) > len(line_api.accepted_keys)  # the resent group met its key again: 409
    per_chat = Counter(chat for chat, _ in telegram_api.sent_at)
    assert set(per_chat) == set(tg_ids)
    doubled = sum(1 for n in per_chat.values() if n > 1)
    assert max(per_chat.values()) <= 2 and doubled <= TELEGRAM_RATE  # at most the one batch in flight
    assert progress.sent == 2 * RECIPIENTS_PER_PLATFORM  # type: ignore[attr-defined]
    assert takeover < 10
    backend = "postgresql" if postgres else "sqlite"
    print(
        f"\n[{backend}] SIGKILL mid-broadcast: LINE doubles 0 of {RECIPIENTS_PER_PLATFORM}; Telegram doubles "
        f"{doubled} of {RECIPIENTS_PER_PLATFORM} (the batch in flight); sending resumed {takeover:.1f} s "
        f"after the kill ({'standby took over' if postgres else 'restarted worker'})"
    )
    if postgres:
        assert log.read_bytes().count(b"took the sender:line lock") == 2  # one holder at a time, then the standby
