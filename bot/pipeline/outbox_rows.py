"""Replies → outbox rows in SENDER.md's format, and the rows back into the Sender's ``Outgoing``.

LINE: one row per ≤ 5 messages; the first carries the reply token and when it stops being good.
Telegram: one row per message (Telegram has no idempotency key: one row never sends two).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels import line_render, telegram_render
from bot.dialog.replies import Reply
from bot.incoming import Incoming
from bot.senders import Outgoing
from intents.recent import Recent
from storage import Delivery, DeliveryStatus

# LINE reply tokens are good for about a minute after the event; past this, push.
REPLY_TOKEN_LIFETIME = timedelta(seconds=50)
_TABLE = cast(Table, Delivery.__table__)  # Core: the ORM's bulk-insert bookkeeping cost more than the insert
# One multi-row statement, built once. Asking for the ids in parameter order makes SQLAlchemy insert
# SQLite rows one statement each; each row's unique key maps its id back instead.
_INSERT = insert(_TABLE).returning(_TABLE.c.id, _TABLE.c.idempotency_key)


# Answers repeat (see ``bot.dialog.answers.respond``), and so do their LINE messages: the last few
# hundred renderings are kept. They are shared between payloads, so nothing may change them.
_rendered: Recent[tuple[Reply, ...], list[dict[str, Any]]] = Recent(512)


@dataclass(frozen=True, slots=True)
class ReplyRow:
    platform: str
    recipient: str
    payload: dict[str, Any]
    idempotency_key: str
    retry_key: str


def line_payloads(incoming: Incoming, replies: list[Reply], received_at: datetime) -> list[dict[str, Any]]:
    key = tuple(replies)
    if (messages := _rendered.get(key)) is None:
        messages = line_render.render(replies)
        _rendered.put(key, messages)
    groups = line_render.batches(messages)
    payloads: list[dict[str, Any]] = [{"messages": group} for group in groups]
    if payloads and incoming.reply_handle:
        payloads[0]["reply_token"] = incoming.reply_handle
        payloads[0]["reply_token_expires_at"] = (received_at + REPLY_TOKEN_LIFETIME).isoformat()
    return payloads


def telegram_payloads(incoming: Incoming, replies: list[Reply]) -> list[dict[str, Any]]:
    payloads: list[dict[str, Any]] = []
    for message in telegram_render.render(replies):
        params: dict[str, Any] = {"chat_id": incoming.user_id, "text": message.html, "parse_mode": "HTML"}
        if message.keyboard is not None:
            params["reply_markup"] = message.keyboard.to_dict()
        payloads.append({"method": "sendMessage", "params": params})
    return payloads


def reply_rows(incoming: Incoming, replies: list[Reply], received_at: datetime) -> list[ReplyRow]:
    """The outbox rows answering ``incoming`` (none for an unfollow: nobody is left to read)."""
    if not replies or incoming.kind == "unfollow":
        return []
    if incoming.platform == "line":
        payloads = line_payloads(incoming, replies, received_at)
    elif incoming.platform == "telegram":
        payloads = telegram_payloads(incoming, replies)
    else:
        return []
    rows = []
    for n, payload in enumerate(payloads):
        retry_key = str(uuid.uuid4())
        key = f"reply:{incoming.platform}:{incoming.event_id}:{n}"
        rows.append(ReplyRow(incoming.platform, incoming.user_id, payload, key, retry_key))
    return rows


async def insert_sending(
    session: AsyncSession, rows: Sequence[ReplyRow], user_ids: dict[tuple[str, str], int], now: datetime,
    lease: timedelta,
) -> list[Outgoing]:
    """Insert ``rows`` as ``sending`` (ours for ``lease``) in one statement; their ``Outgoing``s."""
    if not rows:
        return []
    params = [
        {
            "kind": "reply",
            "platform": r.platform,
            "recipient": r.recipient,
            "user_id": user_ids.get((r.platform, r.recipient)),
            "payload": r.payload,
            "idempotency_key": r.idempotency_key,
            "retry_key": r.retry_key,
            "status": DeliveryStatus.SENDING,
            "attempts": 1,
            "next_attempt_at": now + lease,
            "created_at": now,
        }
        for r in rows
    ]
    ids = {key: i for i, key in (await session.execute(_INSERT, params)).all()}
    return [Outgoing(ids[r.idempotency_key], r.platform, r.recipient, r.payload, r.retry_key) for r in rows]
