"""A broadcast to N recipients through a real ``python -m bot worker`` process and fake platforms.

    .venv/bin/python bench/broadcast.py [N ...] [--telegram-share 0.1] [--telegram-rate 500]
                                        [--line-calls 20] [--db URL]

For each N (default: 10000 100000): N users (LINE and Telegram by the share), one broadcast to
all of them, a worker process started against fake LINE / Telegram servers on loopback with the
platform ceilings configured (LINE: LINE_MAX_CALLS_PER_SECOND multicast calls of ≤ 500; Telegram:
TELEGRAM_MAX_PER_SECOND, scaled up for the run). Prints, per platform, messages per second from
the first to the last call and that as a percentage of the configured ceiling; the time until the
broadcast is "done"; and the worker's peak RSS (VmHWM). Prints figures; not a timed test.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

import storage  # noqa: E402
from bot.hr import broadcast_status, create_broadcast  # noqa: E402
from storage.models import User  # noqa: E402
from storage.segment import Segment  # noqa: E402
from storage.types import utcnow  # noqa: E402
from tests.fakes import FakeLineApi, FakeTelegramApi  # noqa: E402

MULTICAST = 500


async def add_users(sessions: storage.async_sessionmaker, n: int, telegram_share: float) -> tuple[int, int]:  # type: ignore[name-defined]
    telegram = int(n * telegram_share)
    now = utcnow()
    for start in range(0, n, 5000):
        rows = []
        for i in range(start, min(n, start + 5000)):
            on_telegram = i < telegram
            rows.append({"platform": "telegram" if on_telegram else "line",
                         "platform_user_id": str(10_000_000 + i) if on_telegram else f"U{i:032x}",
                         "language": "th", "broadcast_opt_out": False, "active": True,
                         "created_at": now, "last_seen_at": now})
        async with sessions.begin() as session:
            await session.execute(insert(User), rows)
    return n - telegram, telegram


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def rate(times: list[float], count: int) -> float:
    return count / (times[-1] - times[0]) if len(times) > 1 and times[-1] > times[0] else float("nan")


async def run(n: int, args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite+aiosqlite:///{tmp}/bench.db"
        await storage.upgrade_async(url)
        engine = storage.create_engine(url)
        sessions = storage.session_factory(engine)
        line_n, tg_n = await add_users(sessions, n, args.telegram_share)
        async with sessions.begin() as session:
            broadcast = await create_broadcast(session, "ประกาศ: ส่งหลักฐานภายใน 15 ธ.ค. 2569", Segment())
        line, telegram = FakeLineApi(), FakeTelegramApi()
        await line.start()
        await telegram.start()
        env = {**os.environ, "DATABASE_URL": url, "LINE_CHANNEL_ACCESS_TOKEN": "bench", "LINE_API_BASE_URL": line.url,
               "TELEGRAM_BOT_TOKEN": "123:bench", "TELEGRAM_API_BASE_URL": telegram.url,
               "TELEGRAM_MAX_PER_SECOND": str(args.telegram_rate), "TELEGRAM_MAX_PER_CHAT_PER_SECOND": "1",
               "LINE_MAX_CALLS_PER_SECOND": str(args.line_calls), "WORKER_BATCH_SIZE": "2000",
               "WORKER_POLL_SECONDS": "0.2"}
        started = time.perf_counter()
        worker = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "worker", cwd=ROOT, env=env,
                                                      stdout=asyncio.subprocess.DEVNULL,
                                                      stderr=asyncio.subprocess.DEVNULL)
        try:
            while True:
                await asyncio.sleep(1.0)
                async with sessions() as session:
                    progress = await broadcast_status(session, broadcast.id)
                if progress.status == "done" or worker.returncode is not None:
                    break
            done = time.perf_counter() - started
            rss = peak_rss_mb(worker.pid)
        finally:
            worker.terminate()
            await worker.wait()
            await line.close()
            await telegram.close()
            await engine.dispose()
    line_times = [c.at for c in line.calls if c.path.endswith(("/multicast", "/push"))]
    tg_times = sorted(at for _, at in telegram.sent_at)
    line_rate, tg_rate = rate(line_times, len(line.delivered)), rate(tg_times, len(tg_times))
    line_ceiling, tg_ceiling = args.line_calls * MULTICAST, args.telegram_rate
    print(f"N={n:,} (LINE {line_n:,}, Telegram {tg_n:,}); sent {progress.sent:,}, queued {progress.queued}, "
          f"dead {progress.failed}")
    print(f"  LINE     {len(line.delivered):>7,} msgs in {len(line_times)} calls: {line_rate:,.0f} msgs/s "
          f"= {100 * line_rate / line_ceiling:.1f}% of {line_ceiling:,}/s ({args.line_calls} calls/s x 500)")
    print(f"  Telegram {len(tg_times):>7,} msgs: {tg_rate:,.0f} msgs/s = {100 * tg_rate / tg_ceiling:.1f}% "
          f"of {tg_ceiling:,}/s")
    print(f"  broadcast done {done:.1f} s after the worker started (start-up, fan-out, sending); "
          f"worker peak RSS {rss:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--telegram-share", type=float, default=0.1)
    parser.add_argument("--telegram-rate", type=int, default=500)
    parser.add_argument("--line-calls", type=int, default=20)
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    for n in args.sizes:
        asyncio.run(run(n, args))


if __name__ == "__main__":
    main()
