"""The aiohttp application: LINE and Telegram webhooks, the web chat simulator, health and metrics.

``create_app(settings, handler=None)`` builds it. At start-up (inside the running loop, before the
server listens): the database engine, the platform clients and Senders, the inbox writer and the
batch processor, then the warm-up (catalog, tokeniser, matcher; ``gc.freeze()``) so that the first
event is as fast as any. A webhook verifies, decodes, stores its events in the inbox and answers
200 only after that commit (503 if the database fails: the platform redelivers). At shutdown the
server stops taking requests first; then the processor finishes the batch in hand and its sends;
what is left stays in the inbox and outbox for the next start. A channel without credentials is
off: its route is 404. ``handler`` replaces the dialog engine (tests, the benchmark's stateless
baseline). With ``core`` (``serve`` on two cores, ``CORE_PROCESS``) the app is only the HTTP side: a core
process stores, answers and hands back the replies, which are sent from here (``bot.pipeline.core_link``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta

from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Histogram
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

import storage
from bot import hardening, logs, metrics
from bot.admin import create_admin_app
from bot.channels import line as line_inbound
from bot.channels import telegram as telegram_inbound
from bot.channels.base import BadPayloadError, Conversation, Handler, InTransaction, TaskTracker, as_conversation
from bot.channels.line import LineChannel
from bot.channels.ratelimit import RateLimiter
from bot.channels.telegram import TelegramChannel
from bot.channels.web import WebChannel
from bot.config import Settings
from bot.database import check_ready, is_sqlite, open_engine
from bot.dialog.engine import DialogEngine
from bot.dialog.replies import Reply
from bot.incoming import Incoming
from bot.pipeline import BatchProcessor, InboxWriter
from bot.pipeline.core_link import CoreLink
from bot.pipeline.dispatch import Dispatch
from bot.pipeline.inbox_writer import into_database
from bot.pipeline.processor import BATCH_LINGER_SECONDS
from bot.pipeline.warmup import freeze_heap, warm_up
from bot.senders import Sender, create_senders
from storage import NewInboxEvent

log = logging.getLogger(__name__)

SETTINGS = web.AppKey("settings", Settings)
TASKS = web.AppKey("tasks", TaskTracker)
ENGINE = web.AppKey("engine", AsyncEngine)
SESSIONS = web.AppKey("sessions", async_sessionmaker[AsyncSession])
INBOX = web.AppKey("inbox", InboxWriter)
CHAT: web.AppKey[Handler] = web.AppKey("chat")  # the web simulator's turn (the core process answers it for serve)
CORE: web.AppKey[CoreLink | None] = web.AppKey("core")
PROCESSOR = web.AppKey("processor", BatchProcessor)
# The started senders, shared with the worker embedded by ``serve`` (one client and one pace per process).
SENDERS: web.AppKey[dict[str, Sender]] = web.AppKey("senders")
LINE: web.AppKey[LineChannel | None] = web.AppKey("line")
TELEGRAM: web.AppKey[TelegramChannel | None] = web.AppKey("telegram")
METRICS = web.AppKey("metrics", CollectorRegistry)
SHUTDOWN_GRACE_SECONDS = 10.0
CORE_START_SECONDS = 120.0
LOADING_AFTER_SECONDS = 0.8  # an event that waited this long gets LINE's loading animation
LOADING_REPEAT_SECONDS = 15.0
LOADING_PER_SECOND = 20


class _LateHandler:
    """Stands for the web simulator's handler until start-up has opened the database."""

    def __init__(self) -> None:
        self.target: Handler | None = None

    async def __call__(self, incoming: Incoming) -> list[Reply]:
        assert self.target is not None, "the app has not started"
        return await self.target(incoming)


class _PlatformEffects:
    """The processor's best-effort calls: LINE's loading animation, Telegram's callback answers.

    The loading dots are for a person left waiting; under overload every event waits, and a call
    per event would only deepen the overload. So: once per person per ``LOADING_REPEAT_SECONDS``
    (the dots last ``LOADING_SECONDS`` anyway) and at most ``LOADING_PER_SECOND`` calls a second.
    """

    def __init__(self, app: web.Application, slow_after: float = LOADING_AFTER_SECONDS) -> None:
        self._app, self.slow_after = app, slow_after
        self._shown: dict[str, float] = {}
        self._second, self._in_second = 0, 0

    def claimed(self, incoming: Incoming, waited: float) -> None:
        line = self._app[LINE]
        if line is None or incoming.platform != "line" or waited < self.slow_after:
            return
        now = time.monotonic()
        if now - self._shown.get(incoming.user_id, -LOADING_REPEAT_SECONDS) < LOADING_REPEAT_SECONDS:
            return
        if int(now) != self._second:
            self._second, self._in_second = int(now), 0
            if len(self._shown) > 10_000:  # forget people whose dots are long gone
                self._shown = {u: t for u, t in self._shown.items() if now - t < LOADING_REPEAT_SECONDS}
        if self._in_second >= LOADING_PER_SECOND:
            return
        self._in_second += 1
        self._shown[incoming.user_id] = now
        self._app[TASKS].spawn(line.show_loading(incoming), name="line-loading")

    def committed(self, incoming: Incoming) -> None:
        telegram = self._app[TELEGRAM]
        if telegram is not None and incoming.platform == "telegram" and incoming.kind == "postback":
            self._app[TASKS].spawn(telegram.answer_query(incoming), name="telegram-answer")


EFFECTS = web.AppKey("effects", _PlatformEffects)


def _secret(value: object) -> str:
    getter = getattr(value, "get_secret_value", None)
    return str(getter()) if getter is not None else ""


def _channels(settings: Settings) -> tuple[LineChannel | None, TelegramChannel | None]:
    """The platforms with credentials, not yet started (a channel without them is off)."""
    secret, token = _secret(settings.line_channel_secret), _secret(settings.line_channel_access_token)
    line = LineChannel(secret, token, settings.line_api_base_url) if secret and token else None
    tg_token, tg_secret = _secret(settings.telegram_bot_token), _secret(settings.telegram_webhook_secret)
    if tg_token and not tg_secret:
        log.warning("telegram: TELEGRAM_WEBHOOK_SECRET is not set, the channel stays off")
    telegram = TelegramChannel(tg_token, tg_secret, settings.telegram_api_base_url) if tg_token and tg_secret else None
    return line, telegram


def create_app(
    settings: Settings,
    handler: Conversation | Handler | None = None,
    core: CoreLink | None = None,
    dispatch: Dispatch | None = None,
) -> web.Application:
    """The app; ``core`` makes it the HTTP side of a core process, ``dispatch`` sends its replies elsewhere."""
    logs.quiet_url_loggers()  # before any Telegram call: httpx logs URLs, which contain the token
    app = web.Application(client_max_size=1024**2, middlewares=[_metrics_middleware, hardening.read_body_in_time])
    hardening.install(app, settings)
    late = _LateHandler()
    app[SETTINGS] = settings
    app[TASKS] = TaskTracker()
    app[LINE] = None
    app[TELEGRAM] = None
    app[EFFECTS] = _PlatformEffects(app)
    app[METRICS] = registry = CollectorRegistry()
    app[_REQUESTS] = Counter(
        "bot_http_requests", "HTTP requests by route and status", ["route", "status"], registry=registry
    )
    app[_LATENCY] = Histogram("bot_http_request_seconds", "HTTP request latency", ["route"], registry=registry)

    async def front(app: web.Application) -> AsyncIterator[None]:
        """HTTP only: the core process (``core``) stores, answers and sends."""
        assert core is not None
        engine = await open_engine(settings.database_url, settings)  # health and the admin pages
        app[ENGINE], app[SESSIONS] = engine, storage.session_factory(engine)
        app[LINE], app[TELEGRAM] = _channels(settings)  # they verify here; the core makes their calls
        # One message to the core for the requests arriving together (those of one turn of the loop: a pause here
        # is latency every event pays, and the core is not short of work to group; measured).
        app[INBOX] = InboxWriter(core.store, linger=0)
        late.target = core.chat
        senders = create_senders(settings)  # the core's replies go out from here
        for sender in senders.values():
            await sender.start()
        await core.start(senders, app[SESSIONS])
        try:
            if not await core.wait_ready(CORE_START_SECONDS):
                log.error("core: not ready after %.0f s; /readyz says so until it is", CORE_START_SECONDS)
            freeze_heap()
            yield
        finally:
            await core.stop(SHUTDOWN_GRACE_SECONDS + 5)
            for sender in senders.values():
                await sender.close()
            await engine.dispose()

    async def lifecycle(app: web.Application) -> AsyncIterator[None]:
        url = settings.database_url
        engine = await open_engine(url, settings, hot_path=True)
        sessions = storage.session_factory(engine)
        app[ENGINE], app[SESSIONS] = engine, sessions
        conversation = as_conversation(handler) if handler is not None else DialogEngine(sessions)
        late.target = InTransaction(conversation, sessions)
        started: list[LineChannel | TelegramChannel] = []
        senders: dict[str, Sender] = create_senders(settings)
        processor: BatchProcessor | None = None
        try:
            for sender in senders.values():
                await sender.start()
            app[SENDERS] = senders
            app[LINE], app[TELEGRAM] = _channels(settings)
            for channel in (app[LINE], app[TELEGRAM]):
                if channel is not None:
                    await channel.start()
                    started.append(channel)
            processor = BatchProcessor(
                sessions, conversation, senders, effects=app[EFFECTS],
                lease=timedelta(seconds=settings.reply_lease_seconds), max_attempts=settings.delivery_max_attempts,
                single_process=is_sqlite(url), dispatch=dispatch,
                # A core process (``dispatch``) starts its batches at once: the HTTP process keeps it from being full,
                # and lingering there only added latency (~8% of a closed loop's throughput, measured).
                linger=BATCH_LINGER_SECONDS if dispatch is None else 0.0,
            )
            app[PROCESSOR] = processor
            app[INBOX] = InboxWriter(into_database(sessions), on_commit=processor.wake)
            app[CHAT] = late
            if handler is None:
                warm_up()
            await processor.start()  # finishes what a previous run left in the inbox and outbox first
            web_chat = ["web"] if settings.web_chat == "on" else []
            log.info("channels on: %s", ", ".join([*web_chat, *(c.platform for c in started)]) or "none")
            yield
        finally:
            if processor is not None:
                await processor.stop(SHUTDOWN_GRACE_SECONDS)
            await app[TASKS].drain(SHUTDOWN_GRACE_SECONDS)
            for closable in [*reversed(started), *senders.values()]:
                try:
                    await closable.close()
                except Exception:
                    log.exception("closing the %s client failed", closable.platform)
            await engine.dispose()

    app[CORE] = core
    app.cleanup_ctx.append(lifecycle if core is None else front)
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


def with_worker(app: web.Application, settings: Settings, workers: bool) -> web.Application:
    """``app`` with the reminder scheduler and delivery worker beside it (``serve`` without ``--no-workers``)."""
    if workers:
        from bot.worker import worker_context

        app.cleanup_ctx.append(worker_context(settings))
    return app


async def _store(request: web.Request, events: list[NewInboxEvent]) -> web.Response:
    """200 once ``events`` are committed to the inbox; 503 (the platform redelivers) if not."""
    try:
        await request.app[INBOX].add(events)
    except Exception as exc:
        log.warning("webhook: inbox unavailable (%s); answering 503", type(exc).__name__)
        return web.Response(status=503, text="temporarily unavailable", headers={"Retry-After": "5"})
    return web.Response(text="OK")


async def _line_webhook(request: web.Request) -> web.StreamResponse:
    channel = request.app[LINE]
    if channel is None:
        raise web.HTTPNotFound(text="LINE channel is not configured")
    body = await request.read()
    if not channel.verify(body, request.headers.get(line_inbound.SIGNATURE_HEADER)):
        return web.Response(status=401, text="invalid signature")
    try:
        events = line_inbound.decode(body)
    except BadPayloadError as exc:
        log.warning("line: refused a verified body (%s)", exc)
        return web.Response(status=400, text="bad request")
    return await _store(request, events)  # the console's verification request has no events: 200


async def _telegram_webhook(request: web.Request) -> web.StreamResponse:
    channel = request.app[TELEGRAM]
    if channel is None:
        raise web.HTTPNotFound(text="Telegram channel is not configured")
    if not channel.verify(request.headers.get(telegram_inbound.SECRET_HEADER)):
        return web.Response(status=401, text="invalid secret token")
    try:
        events = telegram_inbound.decode(await request.read(), channel.bot_id)
    except BadPayloadError as exc:
        log.warning("telegram: refused an update (%s)", exc)
        return web.Response(status=400, text="bad request")
    return await _store(request, events)


async def _healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def _readyz(request: web.Request) -> web.Response:
    settings = request.app[SETTINGS]
    core = request.app[CORE]
    if core is not None and not core.ready:
        return web.json_response({"status": "unavailable", "core": "starting"}, status=503)
    problem = await check_ready(request.app[ENGINE], settings.database_url, settings.db_connect_timeout)
    if problem is not None:
        log.warning("readyz: %s", problem)
        return web.json_response({"status": "unavailable", "database": "down"}, status=503)
    return web.json_response({"status": "ready", "database": "up"})


async def _metrics(request: web.Request) -> web.Response:
    settings = request.app[SETTINGS]
    if settings.metrics_port is not None:
        raise web.HTTPNotFound(text="metrics are served on METRICS_PORT")
    return await metrics_response(request.app, request)


async def metrics_response(app: web.Application, request: web.Request) -> web.Response:
    """The exposition (this app's HTTP metrics and the process's), after the token check."""
    settings = app[SETTINGS]
    if not metrics.authorised(request, _secret(settings.metrics_token)):
        return web.Response(status=401, text="metrics need the bearer token", headers={"WWW-Authenticate": "Bearer"})
    await metrics.refresh_gauges(app[ENGINE], settings.db_connect_timeout)
    return metrics.exposition(app[METRICS])


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
