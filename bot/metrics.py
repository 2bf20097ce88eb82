"""The service's Prometheus metrics: the objects other modules increment, and the scrape.

Counters and histograms live in ``REGISTRY`` (one per process) and are incremented where things
happen: the dialog engine (messages by platform and intent, understanding latency), the channels
(webhook-to-reply latency, replies sent/failed), the delivery worker (deliveries by verdict) and
the scheduler (reminders). Gauges of the shared database (outbox depth and oldest age, reminders
due, inbox depth) are read at scrape time by ``refresh_gauges``, so every replica reports the same
truth without a worker owning them.

``/metrics`` is protected by ``METRICS_TOKEN`` (``Authorization: Bearer``) when it is set, and
served on its own port instead of the app's when ``METRICS_PORT`` is set (``bot.serving``).
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Mapping, Sequence
from datetime import datetime

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.senders.base import Result, Verdict
from storage.models import Delivery, DeliveryStatus, InboxEvent, InboxStatus, Reminder, ReminderStatus
from storage.types import utcnow

log = logging.getLogger(__name__)

REGISTRY = CollectorRegistry()
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

MESSAGES = Counter("bot_messages", "Messages handled, by platform and understood intent", ["platform", "intent"],
                   registry=REGISTRY)  # fmt: skip
UNDERSTANDING_SECONDS = Histogram("bot_understanding_seconds", "Time to understand one message",
                                  buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25),
                                  registry=REGISTRY)  # fmt: skip
WEBHOOK_TO_REPLY_SECONDS = Histogram("bot_webhook_to_reply_seconds", "From the webhook's arrival to the reply sent",
                                     ["platform"], buckets=LATENCY_BUCKETS, registry=REGISTRY)  # fmt: skip
REPLIES = Counter("bot_replies", "Replies to incoming messages, by platform and result (sent, failed)",
                  ["platform", "result"], registry=REGISTRY)  # fmt: skip
DELIVERIES = Counter("bot_deliveries", "Outbox deliveries by platform and verdict (sent, retry, dead, blocked, quota)",
                     ["platform", "verdict"], registry=REGISTRY)  # fmt: skip
REMINDERS = Counter("bot_reminders", "Reminders by outcome (sent: queued for delivery, missed: too late)",
                    ["outcome"], registry=REGISTRY)  # fmt: skip
OUTBOX_DEPTH = Gauge("bot_outbox_depth", "Deliveries waiting to be sent (pending or being sent)", registry=REGISTRY)
OUTBOX_OLDEST_AGE = Gauge("bot_outbox_oldest_age_seconds", "Age of the oldest waiting delivery", registry=REGISTRY)
REMINDERS_DUE = Gauge("bot_reminders_due", "Reminders whose time has come and that are not sent yet",
                      registry=REGISTRY)  # fmt: skip
INBOX_DEPTH = Gauge("bot_inbox_depth", "Incoming events stored and not processed yet", registry=REGISTRY)
SCRAPE_ERRORS = Counter("bot_metrics_database_errors", "Scrapes whose database gauges could not be read",
                        registry=REGISTRY)  # fmt: skip

WAITING = (DeliveryStatus.PENDING, DeliveryStatus.SENDING)


def record_deliveries(platform: str, verdicts: Mapping[str, int]) -> None:
    for verdict, count in verdicts.items():
        if count:
            DELIVERIES.labels(platform, verdict).inc(count)


def record_replies(platform: str, results: Sequence[Result], received_at: datetime | None) -> None:
    """A reply batch's outcome; the latency runs from the oldest webhook of its batch to now."""
    sent = sum(1 for r in results if r.verdict is Verdict.SENT)
    REPLIES.labels(platform, "sent").inc(sent)
    REPLIES.labels(platform, "failed").inc(len(results) - sent)
    if sent and received_at is not None:
        seconds, histogram = _age_seconds(received_at, utcnow()), WEBHOOK_TO_REPLY_SECONDS.labels(platform)
        for _ in range(sent):
            histogram.observe(seconds)


def record_reminders(sent: int, missed: int) -> None:
    REMINDERS.labels("sent").inc(sent)
    REMINDERS.labels("missed").inc(missed)


def _age_seconds(oldest: datetime | None, now: datetime) -> float:
    if oldest is None:
        return 0.0
    if oldest.tzinfo is None:  # SQLite hands back naive UTC
        oldest = oldest.replace(tzinfo=now.tzinfo)
    return max(0.0, (now - oldest).total_seconds())


async def refresh_gauges(engine: AsyncEngine, timeout: float) -> None:
    """Read the database gauges (a few indexed aggregates); on failure they keep their last value."""
    now = utcnow()
    try:
        async with asyncio.timeout(timeout), engine.connect() as conn:
            depth, oldest = (await conn.execute(
                select(func.count(), func.min(Delivery.created_at)).where(Delivery.status.in_(WAITING))
            )).one()  # fmt: skip
            inbox = (await conn.execute(
                select(func.count()).select_from(InboxEvent).where(InboxEvent.status == InboxStatus.PENDING)
            )).scalar_one()  # fmt: skip
            due = (await conn.execute(
                select(func.count()).select_from(Reminder)
                .where(Reminder.status == ReminderStatus.PENDING, Reminder.due_at <= now)
            )).scalar_one()  # fmt: skip
    except Exception as exc:
        SCRAPE_ERRORS.inc()
        log.warning("metrics: database gauges not read (%s)", type(exc).__name__)
        return
    OUTBOX_DEPTH.set(depth)
    OUTBOX_OLDEST_AGE.set(_age_seconds(oldest, now))
    REMINDERS_DUE.set(due)
    INBOX_DEPTH.set(inbox)


def authorised(request: web.Request, token: str) -> bool:
    """True when no token is configured, or the request carries it as a bearer token."""
    if not token:
        return True
    given = request.headers.get("Authorization", "")
    return hmac.compare_digest(given.encode(), f"Bearer {token}".encode())


def exposition(*registries: CollectorRegistry) -> web.Response:
    body = b"".join(generate_latest(r) for r in (*registries, REGISTRY))
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
