"""Serving the app on a socket with bounds aiohttp does not set itself.

aiohttp waits for a request's headers forever and accepts any number of connections, so 900
half-sent requests stayed open. Here every connection must complete its request headers within
``HTTP_READ_TIMEOUT`` seconds of opening (or of its previous response: an idle keep-alive
connection gets the same time), and a process holds at most ``HTTP_MAX_CONNECTIONS``: the ones
over it are closed at once. A reverse proxy in front (deploy/README.md) adds the same limits per
client address.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable, Coroutine
from typing import Any, Literal

from aiohttp import web

from bot.config import Settings

log = logging.getLogger(__name__)


def run(main: Coroutine[Any, Any, None], loop: Literal["uvloop", "asyncio"]) -> None:
    """Run ``main`` to the end on the event loop asked for. uvloop (libuv) spends less CPU on every
    socket read, write and callback than the standard loop (``serve`` did about 10% more webhook events
    a second in ``bench/webhooks.py``); where it is not installed (Windows) the standard loop runs."""
    if loop == "uvloop":
        try:
            import uvloop
        except ImportError:
            log.warning("uvloop is not installed; serving on the standard asyncio loop")
        else:
            uvloop.run(main)
            return
    asyncio.run(main)


class ConnectionGuard:
    """Counts connections and closes the ones that are full or too slow to send their headers."""

    def __init__(self, read_timeout: float, max_connections: int) -> None:
        self.read_timeout, self.max_connections = read_timeout, max_connections
        self.open = 0
        self.refused = 0
        self._timers: dict[asyncio.BaseTransport, asyncio.TimerHandle] = {}

    def wrap(self, factory: Callable[[], asyncio.Protocol]) -> Callable[[], asyncio.Protocol]:
        return lambda: _GuardedProtocol(factory(), self)

    def arm(self, transport: asyncio.BaseTransport) -> None:
        self.disarm(transport)
        loop = asyncio.get_running_loop()
        self._timers[transport] = loop.call_later(self.read_timeout, transport.close)

    def disarm(self, transport: asyncio.BaseTransport) -> None:
        timer = self._timers.pop(transport, None)
        if timer is not None:
            timer.cancel()


class _GuardedProtocol(asyncio.Protocol):
    """Forwards everything to aiohttp's protocol; arms the header timer and counts the connection."""

    def __init__(self, inner: asyncio.Protocol, guard: ConnectionGuard) -> None:
        self._inner, self._guard = inner, guard
        self._transport: asyncio.BaseTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if self._guard.open >= self._guard.max_connections:
            self._guard.refused += 1
            transport.abort()  # type: ignore[attr-defined]
            return
        self._guard.open += 1
        self._transport = transport
        self._guard.arm(transport)
        self._inner.connection_made(transport)

    def data_received(self, data: bytes) -> None:
        if self._transport is not None:
            self._inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self._inner.eof_received() if self._transport is not None else None

    def pause_writing(self) -> None:
        self._inner.pause_writing()

    def resume_writing(self) -> None:
        self._inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._transport is None:
            return
        self._guard.open -= 1
        self._guard.disarm(self._transport)
        self._transport = None
        self._inner.connection_lost(exc)


GUARD = web.AppKey("connection_guard", ConnectionGuard)


@web.middleware
async def headers_arrived(request: web.Request, handler: Callable[[web.Request], Any]) -> web.StreamResponse:
    """The request's headers are in: stop the timer; when its response is written, start it again."""
    guard, transport = request.app.get(GUARD), request.transport
    if guard is None or transport is None:
        return await handler(request)
    guard.disarm(transport)
    try:
        return await handler(request)
    finally:
        if not transport.is_closing():
            guard.arm(transport)


class GuardedSite(web.TCPSite):
    """A TCP site whose connections go through a ``ConnectionGuard``."""

    def __init__(self, runner: web.AppRunner, host: str, port: int, guard: ConnectionGuard, **kwargs: Any) -> None:
        super().__init__(runner, host, port, **kwargs)
        self._guard = guard

    async def start(self) -> None:
        await web.BaseSite.start(self)
        server = self._runner.server
        assert server is not None
        self._server = await asyncio.get_running_loop().create_server(
            self._guard.wrap(server), self._host, self._port, backlog=self._backlog, reuse_address=True
        )
        self._bound_port = self._server.sockets[0].getsockname()[1] if self._server.sockets else self._port


def prepare(app: web.Application, settings: Settings) -> ConnectionGuard:
    """Attach a guard to ``app`` (before it starts); serve it with ``GuardedSite``."""
    guard = ConnectionGuard(settings.http_read_timeout, settings.http_max_connections)
    app[GUARD] = guard
    app.middlewares.insert(0, headers_arrived)
    return guard


async def start(app: web.Application, settings: Settings, host: str, port: int) -> tuple[web.AppRunner, GuardedSite]:
    """Start serving ``app`` (and ``/metrics`` on ``METRICS_PORT`` if set); stop with ``runner.cleanup()``."""
    guard = prepare(app, settings)
    metrics_runners: list[web.AppRunner] = []

    async def stop_metrics(_app: web.Application) -> None:
        for metrics_runner in metrics_runners:
            await metrics_runner.cleanup()

    app.on_cleanup.insert(0, stop_metrics)
    runner = web.AppRunner(app, access_log=None, keepalive_timeout=settings.http_read_timeout, shutdown_timeout=15)
    await runner.setup()
    site = GuardedSite(runner, host, port, guard)
    await site.start()
    if settings.metrics_port is not None:
        metrics_runner = await _start_metrics(app, host, settings.metrics_port)
        metrics_runners.append(metrics_runner)
    return runner, site


async def _start_metrics(main: web.Application, host: str, port: int) -> web.AppRunner:
    """``/metrics`` alone on its own port (for a scraper inside the network), reading ``main``'s state."""
    from bot.app import metrics_response

    async def handle(request: web.Request) -> web.Response:
        return await metrics_response(main, request)

    app = web.Application()
    app.router.add_get("/metrics", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner


async def serve_forever(app: web.Application, settings: Settings, host: str, port: int) -> None:
    """Serve until SIGINT or SIGTERM, then shut down cleanly (drain, close clients, dispose)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    runner, _site = await start(app, settings, host, port)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
