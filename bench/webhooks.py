"""Benchmark: signed LINE webhook events per second through ``python -m bot serve`` on SQLite.

The real server runs as a subprocess (``serve --no-workers``, a fresh SQLite file, the default
conversation handler: the dialog engine, one database transaction per event) with
``LINE_API_BASE_URL`` pointing at a fake LINE API inside this process.
Each request carries one text event with its own ``webhookEventId`` and reply token; latency runs
from sending the webhook until the reply call for that token reaches the fake API. A bare aiohttp
handler (answers 200, does nothing) is measured in the same run, the same way, for the ratio; so
is the same app with the stateless answers instead of the dialog engine (webhook, dedup, answer,
reply: the channel layer's own cost).

    .venv/bin/python bench/webhooks.py [--events 3000] [--concurrency 32] [--text "DL201 คืออะไร"]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import hmac
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SECRET = "bench-channel-secret"
TOKEN = "bench-access-token"
USERS = 500  # events cycle through this many distinct LINE users

BARE_SERVER = """
import sys
from aiohttp import web
async def ok(request):
    await request.read()
    return web.Response(text="OK")
app = web.Application()
app.router.add_post("/webhook/line", ok)
app.router.add_get("/healthz", ok)
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)
"""


STATELESS_APP = """
import sys
from aiohttp import web
from bot.app import create_app
from bot.channels.handlers import StatelessHandler
from bot.config import Settings
app = create_app(Settings(), StatelessHandler())
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)
"""


def free_ports(n: int) -> list[int]:
    """``n`` distinct free ports (all held open while choosing, so none is handed out twice)."""
    sockets = [socket.socket() for _ in range(n)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [int(s.getsockname()[1]) for s in sockets]
    finally:
        for s in sockets:
            s.close()


def event_body(i: int, text: str, run: str) -> tuple[bytes, str]:
    event = {
        "type": "message",
        "mode": "active",
        "timestamp": int(time.time() * 1000),
        "source": {"type": "user", "userId": f"U{i % USERS:032x}"},
        "webhookEventId": f"{run}-{i:07d}",
        "deliveryContext": {"isRedelivery": False},
        "replyToken": f"{run}-rt-{i}",
        "message": {"id": str(i), "type": "text", "text": text, "quoteToken": "q"},
    }
    body = json.dumps({"destination": "Ubench", "events": [event]}, ensure_ascii=False).encode()
    signature = base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()
    return body, signature


class FakeLine:
    """Records when each reply token's reply call arrives."""

    def __init__(self) -> None:
        self.arrived: dict[str, float] = {}
        self.waiters: dict[str, asyncio.Future[float]] = {}
        self.app = web.Application()
        self.app.router.add_post("/v2/bot/message/reply", self.reply)
        self.app.router.add_post("/v2/bot/chat/loading/start", self.loading)
        self.loading_calls = 0

    async def reply(self, request: web.Request) -> web.Response:
        data = await request.json()
        now = time.perf_counter()
        token = data["replyToken"]
        self.arrived[token] = now
        waiter = self.waiters.pop(token, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(now)
        return web.json_response({"sentMessages": [{"id": "1"}]})

    async def loading(self, request: web.Request) -> web.Response:
        self.loading_calls += 1
        return web.json_response({}, status=202)


async def wait_healthy(url: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited with {proc.returncode}")
            try:
                async with session.get(f"{url}/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    raise RuntimeError("server did not become healthy")


async def load(
    url: str, bodies: list[tuple[bytes, str]], concurrency: int, fake: FakeLine | None, run: str
) -> tuple[float, list[float], int]:
    """Send every body; returns (elapsed seconds, latencies in ms, failures)."""
    latencies: list[float] = []
    failures = 0
    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(len(bodies)):
        queue.put_nowait(i)
    connector = aiohttp.TCPConnector(limit=concurrency)
    loop = asyncio.get_running_loop()

    async def worker(session: aiohttp.ClientSession) -> None:
        nonlocal failures
        while not queue.empty():
            i = queue.get_nowait()
            body, signature = bodies[i]
            waiter: asyncio.Future[float] | None = None
            if fake is not None:
                waiter = loop.create_future()
                fake.waiters[f"{run}-rt-{i}"] = waiter
            started = time.perf_counter()
            headers = {"Content-Type": "application/json", "X-Line-Signature": signature}
            async with session.post(f"{url}/webhook/line", data=body, headers=headers) as response:
                await response.read()
                status = response.status
            if status != 200:
                failures += 1
                continue
            if waiter is None:
                latencies.append((time.perf_counter() - started) * 1000)
                continue
            try:
                arrived = await asyncio.wait_for(waiter, 10)
            except TimeoutError:
                failures += 1
                continue
            latencies.append((arrived - started) * 1000)

    started = time.perf_counter()
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(*(worker(session) for _ in range(concurrency)))
    return time.perf_counter() - started, latencies, failures


def report(name: str, count: int, elapsed: float, latencies: list[float], failures: int) -> float:
    rate = len(latencies) / elapsed if elapsed else 0.0
    ordered = sorted(latencies) or [float("nan")]
    p50 = statistics.median(ordered)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    print(
        f"{name:<34} {count:>6} events  {rate:>8.0f}/s  p50 {p50:>6.1f} ms  p99 {p99:>6.1f} ms"
        f"  max {ordered[-1]:>6.1f} ms  failures {failures}"
    )
    return rate


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--text", default="DL201 คืออะไร", help="the message every event carries")
    args = parser.parse_args()

    fake = FakeLine()
    runner = web.AppRunner(fake.app, access_log=None)
    await runner.setup()
    fake_port, port, bare_port, stateless_port = free_ports(4)
    await web.TCPSite(runner, "127.0.0.1", fake_port).start()

    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp}/bench.db",
            "LINE_CHANNEL_SECRET": SECRET,
            "LINE_CHANNEL_ACCESS_TOKEN": TOKEN,
            "LINE_API_BASE_URL": f"http://127.0.0.1:{fake_port}",
        }
        for key in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET"):
            env.pop(key, None)
        serve = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port", str(port), "--no-workers"],
            cwd=tmp,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        bare = subprocess.Popen([sys.executable, "-c", BARE_SERVER, str(bare_port)], cwd=tmp)
        stateless = subprocess.Popen(
            [sys.executable, "-c", STATELESS_APP, str(stateless_port)],
            cwd=tmp,
            env={**env, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp}/stateless.db"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            url, bare_url = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{bare_port}"
            stateless_url = f"http://127.0.0.1:{stateless_port}"
            await wait_healthy(url, serve)
            await wait_healthy(bare_url, bare)
            await wait_healthy(stateless_url, stateless)
            warm = [event_body(i, args.text, "warm") for i in range(args.warmup)]
            await load(url, warm, args.concurrency, fake, "warm")
            stateless_warm = [event_body(i, args.text, "swarm") for i in range(args.warmup)]
            await load(stateless_url, stateless_warm, args.concurrency, fake, "swarm")
            await load(bare_url, warm, args.concurrency, None, "warm")

            bodies = [event_body(i, args.text, "run") for i in range(args.events)]
            print(f"{args.events} signed LINE text events ({args.text!r}), concurrency {args.concurrency}")
            bare_rate = report(
                "bare aiohttp (request → 200)",
                args.events,
                *await load(bare_url, bodies, args.concurrency, None, "run"),
            )
            stateless_bodies = [event_body(i, args.text, "srun") for i in range(args.events)]
            channel_rate = report(
                "app + stateless answers (→ reply)",
                args.events,
                *await load(stateless_url, stateless_bodies, args.concurrency, fake, "srun"),
            )
            rate = report(
                "serve + dialog engine (→ reply)",
                args.events,
                *await load(url, bodies, args.concurrency, fake, "run"),
            )
            print(
                f"ratio to bare: serve {rate / bare_rate:.3f}, stateless app {channel_rate / bare_rate:.3f};"
                f" loading animations sent: {fake.loading_calls}"
            )
        finally:
            for proc in (serve, bare, stateless):
                proc.terminate()
                proc.wait(15)
            await runner.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
