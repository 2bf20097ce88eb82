"""The aiohttp application: LINE and Telegram webhooks, the web chat simulator, health and metrics.

``create_app(settings, handler=None)`` builds it; the database engine, the platform clients and the
conversation handler are opened at start-up (inside the running loop) and closed at shutdown, after
the background event tasks have drained. A channel without credentials is off: its route is 404.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

import storage
from bot import hardening, logs
from bot.admin import create_admin_app
from bot.channels.base import Deduplicator, Handler, TaskTracker
from bot.channels.dedup import StorageDeduplicator
from bot.channels.handlers import default_handler
from bot.channels.line import LineChannel
from bot.channels.ratelimit import RateLimiter
from bot.channels.telegram import TelegramChannel
from bot.channels.web import WebChannel
from bot.config import Settings
from bot.database import check_ready, is_sqlite, open_engine
from bot.dialog.replies import Reply
from bot.incoming import Incoming

log = logging.getLogger(__name__)

SETTINGS = web.AppKey("settings", Settings)
TASKS = web.AppKey("tasks", TaskTracker)
ENGINE = web.AppKey("engine", AsyncEngine)
SESSIONS = web.AppKey("sessions", async_sessionmaker[AsyncSession])
LINE: web.AppKey[LineChannel | None] = web.AppKey("line")
TELEGRAM: web.AppKey[TelegramChannel | None] = web.AppKey("telegram")
METRICS = web.AppKey("metrics", CollectorRegistry)
SHUTDOWN_GRACE_SECONDS = 10.0


class _SerialHandler:
    """SQLite has one writer: taking turns here keeps waiting in the event loop, in order, instead of
    in SQLite's busy handler (which sleeps up to 100 ms between tries and made the p99 explode)."""

    def __init__(self, handler: Handler, lock: asyncio.Lock) -> None:
        self._handler, self._lock = handler, lock

    async def __call__(self, incoming: Incoming) -> list[Reply]:
        async with self._lock:
            return await self._handler(incoming)


class _LateHandler:
    """Stands for the handler until start-up has chosen it (the default one needs the database)."""

    def __init__(self) -> None:
        self.target: Handler | None = None

    async def __call__(self, incoming: Incoming) -> list[Reply]:
        assert self.target is not None, "the app has not started"
        return await self.target(incoming)


def _secret(value: object) -> str:
    getter = getattr(value, "get_secret_value", None)
    return str(getter()) if getter is not None else ""


def create_app(
    settings: Settings,
    handler: Handler | None = None,
    *,
    dedup: Deduplicator | None = None,
) -> web.Application:
    logs.quiet_url_loggers()  # before any Telegram call: httpx logs URLs, which contain the token
    app = web.Application(client_max_size=1024**2, middlewares=[_metrics_middleware, hardening.read_body_in_time])
    hardening.install(app, settings)
    late = _LateHandler()
    app[SETTINGS] = settings
    app[TASKS] = TaskTracker()
    app[LINE] = None
    app[TELEGRAM] = None
    app[METRICS] = registry = CollectorRegistry()
    app[_REQUESTS] = Counter(
        "bot_http_requests", "HTTP requests by route and status", ["route", "status"], registry=registry
    )
    app[_LATENCY] = Histogram("bot_http_request_seconds", "HTTP request latency", ["route"], registry=registry)

    async def lifecycle(app: web.Application) -> AsyncIterator[None]:
        url = settings.database_url
        engine = await open_engine(url, settings)
        sessions = storage.session_factory(engine)
        app[ENGINE], app[SESSIONS] = engine, sessions
        chosen = handler or default_handler(sessions)
        if is_sqlite(url):
            write_lock = asyncio.Lock()
            late.target = _SerialHandler(chosen, write_lock)
            marks = dedup or StorageDeduplicator(sessions, write_lock)
        else:
            late.target = chosen
            marks = dedup or StorageDeduplicator(sessions)
        started: list[LineChannel | TelegramChannel] = []
        try:
            secret, token = _secret(settings.line_channel_secret), _secret(settings.line_channel_access_token)
            if secret and token:
                line = LineChannel(secret, token, settings.line_api_base_url, late, marks, app[TASKS])
                await line.start()
                started.append(line)
                app[LINE] = line
            tg_token = _secret(settings.telegram_bot_token)
            tg_secret = _secret(settings.telegram_webhook_secret)
            if tg_token and tg_secret:
                telegram = TelegramChannel(tg_token, tg_secret, settings.telegram_api_base_url, late, marks, app[TASKS])
                await telegram.start()
                started.append(telegram)
                app[TELEGRAM] = telegram
            elif tg_token:
                log.warning("telegram: TELEGRAM_WEBHOOK_SECRET is not set, the channel stays off")
            web_chat = ["web"] if settings.web_chat == "on" else []
            log.info("channels on: %s", ", ".join([*web_chat, *(c.platform for c in started)]) or "none")
            yield
        finally:
            await app[TASKS].drain(SHUTDOWN_GRACE_SECONDS)
            for channel in reversed(started):
                try:
                    await channel.close()
                except Exception:
                    log.exception("%s: closing the client failed", channel.platform)
            await engine.dispose()

    app.cleanup_ctx.append(lifecycle)
    app.router.add_post("/webhook/line", _line_webhook)
    app.router.add_post("/webhook/telegram", _telegram_webhook)
    app.router.add_get("/healthz", _healthz)
    app.router.add_get("/readyz", _readyz)
    app.router.add_get("/metrics", _metrics)
    if settings.web_chat == "on":
        limiter = RateLimiter(settings.web_chat_rate_per_minute, per=60.0)
        WebChannel(late, limiter, settings.trust_forwarded_for).add_routes(app)
    app.add_subapp("/admin", create_admin_app(settings, lambda: app[SESSIONS]))
    return app


async def _line_webhook(request: web.Request) -> web.StreamResponse:
    channel = request.app[LINE]
    if channel is None:
        raise web.HTTPNotFound(text="LINE channel is not configured")
    return await channel.webhook(request)


async def _telegram_webhook(request: web.Request) -> web.StreamResponse:
    channel = request.app[TELEGRAM]
    if channel is None:
        raise web.HTTPNotFound(text="Telegram channel is not configured")
    return await channel.webhook(request)


async def _healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def _readyz(request: web.Request) -> web.Response:
    settings = request.app[SETTINGS]
    problem = await check_ready(request.app[ENGINE], settings.database_url, settings.db_connect_timeout)
    if problem is not None:
        log.warning("readyz: %s", problem)
        return web.json_response({"status": "unavailable", "database": "down"}, status=503)
    return web.json_response({"status": "ready", "database": "up"})


async def _metrics(request: web.Request) -> web.Response:
    body = generate_latest(request.app[METRICS])
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


_REQUESTS = web.AppKey("requests_counter", Counter)
_LATENCY = web.AppKey("latency_histogram", Histogram)


@web.middleware
async def _metrics_middleware(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    route = request.match_info.route.resource
    name = route.canonical if route is not None else "unmatched"
    started = time.perf_counter()
    status = 500
    try:
        response = await handler(request)
        status = response.status
        return response
    except web.HTTPException as exc:
        status = exc.status
        raise
    finally:
        request.app[_REQUESTS].labels(name, str(status)).inc()
        request.app[_LATENCY].labels(name).observe(time.perf_counter() - started)
