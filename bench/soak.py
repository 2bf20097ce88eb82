"""Soak: a steady mixed load on one ``python -m bot serve`` (SQLite) for a bounded time, loopback
only. Every minute (and at the start and the end) it prints the server's RSS, its open sockets and
file descriptors, the p50/p99 of webhook-to-reply latency over that minute, and failures, so a
leak or a slow drift shows as a trend. Figures only: nothing is asserted.

The mix, per event: a LINE text question (a rotating set: codes, topics, small talk), a LINE
postback (a button), or a web simulator message with its cookie session; 1,000 distinct users.

    .venv/bin/python bench/soak.py [--minutes 10] [--rate 30]   # at most 30 minutes, 200 events/s
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parent))
from webhooks import SECRET, TOKEN, FakeLine, free_ports, rss_mb, wait_ready

ROOT = Path(__file__).resolve().parent.parent
USERS = 1000
QUESTIONS = ("DL201 ต้องทำอะไรบ้าง", "หลักฐานของ DS700 มีอะไร", "หมวด 4 ระดับ Advance", "สวัสดี",
             "วิเคราะห์ข้อมูล", "ขอบคุณ", "DL200 คืออะไร", "ความคืบหน้า")  # fmt: skip
BUTTONS = ("i:help", "c:DL201", "p:4", "u:std-2567:DL200:evidence", "r:Service:Early", "q:p")


def line_event(i: int, run: str) -> tuple[bytes, str, str]:
    import base64
    import hashlib
    import hmac

    token = f"{run}-rt-{i}"
    source = {"type": "user", "userId": f"U{i % USERS:032x}"}
    base = {"mode": "active", "timestamp": int(time.time() * 1000), "source": source,
            "webhookEventId": f"{run}-{i:08d}", "deliveryContext": {"isRedelivery": False}, "replyToken": token}
    if i % 3 == 1:
        event = {**base, "type": "postback", "postback": {"data": BUTTONS[i % len(BUTTONS)]}}
    else:
        event = {**base, "type": "message",
                 "message": {"id": str(i), "type": "text", "text": QUESTIONS[i % len(QUESTIONS)], "quoteToken": "q"}}
    body = json.dumps({"destination": "Usoak", "events": [event]}, ensure_ascii=False).encode()
    signature = base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()
    return body, signature, token  # fmt: skip


def sockets_and_fds(pid: int) -> tuple[int, int]:
    fds = os.listdir(f"/proc/{pid}/fd")
    sockets = 0
    for fd in fds:
        with contextlib.suppress(OSError):  # closed meanwhile
            sockets += os.readlink(f"/proc/{pid}/fd/{fd}").startswith("socket:")
    return sockets, len(fds)


class Window:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.failures = 0


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=30.0, help="events per second (open loop)")
    args = parser.parse_args()
    minutes, rate = min(args.minutes, 30.0), min(args.rate, 200.0)

    fake = FakeLine()
    fake_runner = web.AppRunner(fake.app, access_log=None)
    await fake_runner.setup()
    fake_port, port = free_ports(2)
    await web.TCPSite(fake_runner, "127.0.0.1", fake_port).start()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "LINE_CHANNEL_SECRET": SECRET, "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
               "LINE_API_BASE_URL": f"http://127.0.0.1:{fake_port}", "DATABASE_URL": f"sqlite:///{tmp}/soak.db",
               "WEB_CHAT": "on", "WEB_CHAT_RATE_PER_MINUTE": "1000000", "LOG_LEVEL": "WARNING"}  # fmt: skip
        for key in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET"):
            env.pop(key, None)
        cmd = [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port)]
        proc = subprocess.Popen(cmd, cwd=tmp, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            await wait_ready(url, proc)
            print(f"soak: {minutes:g} min at {rate:g} events/s on serve (SQLite), pid {proc.pid}; "
                  f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)  # fmt: skip
            print(f"{'minute':>6} {'events':>7} {'p50 ms':>7} {'p99 ms':>7} {'fail':>5} {'RSS MB':>7} "
                  f"{'sockets':>7} {'fds':>5} {'WAL MB':>7}", flush=True)  # fmt: skip
            windows = await run_load(url, fake, proc.pid, minutes, rate, Path(tmp) / "soak.db-wal")
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            await fake_runner.cleanup()
    first, last = windows[0], windows[-1]
    print(f"start: p99 {first[2]:.1f} ms, RSS {first[4]:.0f} MB, sockets {first[5]}, fds {first[6]}")
    print(f"end:   p99 {last[2]:.1f} ms, RSS {last[4]:.0f} MB, sockets {last[5]}, fds {last[6]}")
    print(f"total: {sum(w[0] for w in windows)} events answered, {sum(w[3] for w in windows)} failures")
    return 0


async def run_load(url: str, fake: FakeLine, pid: int, minutes: float, rate: float, wal: Path) -> list[tuple]:  # type: ignore[type-arg]
    loop = asyncio.get_running_loop()
    windows: list[tuple] = []  # type: ignore[type-arg]
    window = Window()
    started = time.perf_counter()
    window_started = started
    tasks: set[asyncio.Task[None]] = set()
    jar = [aiohttp.CookieJar(unsafe=True) for _ in range(20)]

    async def line(session: aiohttp.ClientSession, i: int, scheduled: float, into: Window) -> None:
        body, signature, token = line_event(i, "soak")
        waiter = fake.waiters[token] = loop.create_future()
        try:
            async with session.post(f"{url}/webhook/line", data=body,
                                    headers={"Content-Type": "application/json", "X-Line-Signature": signature}) as r:
                await r.read()
                if r.status != 200:
                    into.failures += 1
                    return
            into.latencies.append((await asyncio.wait_for(waiter, 30) - scheduled) * 1000)
        except (aiohttp.ClientError, TimeoutError):
            into.failures += 1

    async def web_chat(i: int, scheduled: float, into: Window) -> None:
        async with aiohttp.ClientSession(cookie_jar=jar[i % len(jar)]) as session:
            try:
                async with session.post(f"{url}/api/chat", json={"text": QUESTIONS[i % len(QUESTIONS)]}) as r:
                    await r.read()
                    if r.status != 200:
                        into.failures += 1
                        return
                into.latencies.append((time.perf_counter() - scheduled) * 1000)
            except aiohttp.ClientError:
                into.failures += 1

    def close_window(minute: int) -> None:
        nonlocal window, window_started
        ordered = sorted(window.latencies) or [float("nan")]
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        sockets, fds = sockets_and_fds(pid)
        wal_mb = wal.stat().st_size / 1e6 if wal.exists() else 0.0  # checkpoints keep it from growing
        p50 = statistics.median(ordered)
        row = (len(window.latencies), p50, p99, window.failures, rss_mb(pid), sockets, fds, wal_mb)
        windows.append(row)
        print(f"{minute:>6} {row[0]:>7} {row[1]:>7.1f} {row[2]:>7.1f} {row[3]:>5} {row[4]:>7.0f} {row[5]:>7} "
              f"{row[6]:>5} {row[7]:>7.1f}", flush=True)  # fmt: skip
        window, window_started = Window(), time.perf_counter()

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=256)) as session:
        i, minute = 0, 0
        end = started + minutes * 60
        while (now := time.perf_counter()) < end:
            scheduled = started + i / rate
            if scheduled > now:
                await asyncio.sleep(scheduled - now)
            coro = web_chat(i, scheduled, window) if i % 10 == 9 else line(session, i, scheduled, window)
            task = asyncio.ensure_future(coro)
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            i += 1
            if time.perf_counter() - window_started >= 60:
                await asyncio.gather(*list(tasks))
                minute += 1
                close_window(minute)
        await asyncio.gather(*list(tasks))
        if window.latencies or window.failures or not windows:
            close_window(minute + 1)
    return windows


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
