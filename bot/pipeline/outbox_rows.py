"""Replies → outbox rows in SENDER.md's format, and the rows back into the Sender's ``Outgoing``.

LINE: one row per ≤ 5 messages; the first carries the reply token and when it stops being good.
Telegram: one row per message (Telegram has no idempotency key: one row never sends two).
"""

from __future__ import annotations

import hashlib
import sqlite3
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
from storage import Delivery, DeliveryStatus, Outbox, sqlite_fast
from storage.types import json_dumps

# LINE reply tokens are good for about a minute after the event; past this, push.
REPLY_TOKEN_LIFETIME = timedelta(seconds=50)
_TABLE = cast(Table, Delivery.__table__)  # Core: the ORM's bulk-insert bookkeeping cost more than the insert
# One multi-row statement, built once. Asking for the ids in parameter order makes SQLAlchemy insert
# SQLite rows one statement each; each row's unique key maps its id back instead.
_INSERT = insert(_TABLE).returning(_TABLE.c.id, _TABLE.c.idempotency_key)
_COLUMNS = ("kind", "platform", "recipient", "user_id", "payload", "body_digest", "idempotency_key", "retry_key",
            "status", "attempts", "next_attempt_at", "created_at")
_SQLITE_HEAD = f"INSERT INTO deliveries ({', '.join(_COLUMNS)})"  # ``_INSERT`` as SQLite text (``storage.sqlite_fast``)
_SQLITE_ROW = f"({sqlite_fast.placeholders(len(_COLUMNS))})"
_SQLITE_ROWS_PER_STATEMENT = 500  # SQLite's limit is 32,766 parameters
_SQLITE_BODIES_HEAD = "INSERT OR IGNORE INTO reply_bodies (digest, messages, created_at)"


@dataclass(frozen=True, slots=True)
class Body:
    """Messages stored once (``storage.ReplyBody``) and named by their rows: ``digest`` of ``json``."""

    digest: str
    json: str

    @classmethod
    def of(cls, messages: list[dict[str, Any]]) -> Body:
        text = json_dumps(messages)
        return cls(hashlib.blake2b(text.encode(), digest_size=16).hexdigest(), text)


@dataclass(slots=True)
class _Rendering:
    replies: tuple[Reply, ...]  # kept so that a reused id is never taken for the same answer
    groups: list[list[dict[str, Any]]]  # the LINE messages, five per call
    bodies: list[Body] | None = None  # once the same answer is given again: stored once from then on


# Answers repeat (see ``bot.dialog.answers.respond``), and so do their LINE messages: the last few
# hundred renderings are kept. They are shared between payloads, so nothing may change them.
_rendered: Recent[tuple[int, ...], _Rendering] = Recent(512)


@dataclass(frozen=True, slots=True)
class ReplyRow:
    platform: str
    recipient: str
    payload: dict[str, Any]  # as sent
    idempotency_key: str
    retry_key: str
    body: Body | None = None  # the messages are stored once, apart from the row

    def stored_payload(self) -> dict[str, Any]:
        """The row's payload as written: without the messages when ``body`` holds them."""
        if self.body is None:
            return self.payload
        return {key: value for key, value in self.payload.items() if key != "messages"}


def _render(replies: list[Reply]) -> tuple[list[list[dict[str, Any]]], list[Body] | None]:
    """``line_render``'s messages in calls of five, kept for the same reply objects: a remembered answer
    is the same objects each time, and comparing identities is cheaper than hashing the replies (ids
    are checked against the objects kept beside them, since an id can be reused once its object is
    gone). Only such an answer, given to many people and never personal, is stored once (its
    ``Body``s); a reply rendered for the first time is written inline."""
    key = tuple(map(id, replies))
    known = _rendered.get(key)
    if known is not None and all(a is b for a, b in zip(known.replies, replies, strict=True)):
        if known.bodies is None:
            known.bodies = [Body.of(group) for group in known.groups]
        return known.groups, known.bodies
    groups = line_render.batches(line_render.render(replies))
    _rendered.put(key, _Rendering(tuple(replies), groups))
    return groups, None


def line_payloads(
    incoming: Incoming, replies: list[Reply], received_at: datetime
) -> list[tuple[dict[str, Any], Body | None]]:
    groups, bodies = _render(replies)
    payloads: list[tuple[dict[str, Any], Body | None]] = [
        ({"messages": group}, None if bodies is None else bodies[n]) for n, group in enumerate(groups)
    ]
    if payloads and incoming.reply_handle:
        payloads[0][0]["reply_token"] = incoming.reply_handle
        payloads[0][0]["reply_token_expires_at"] = (received_at + REPLY_TOKEN_LIFETIME).isoformat()
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
    elif incoming.platform == "telegram":  # each carries its chat id: nothing to share
        payloads = [(payload, None) for payload in telegram_payloads(incoming, replies)]
    else:
        return []
    return [
        ReplyRow(incoming.platform, incoming.user_id, payload, f"reply:{incoming.platform}:{incoming.event_id}:{n}",
                 str(uuid.uuid4()), body)
        for n, (payload, body) in enumerate(payloads)
    ]


async def insert_sending(
    session: AsyncSession, rows: Sequence[ReplyRow], user_ids: dict[tuple[str, str], int], now: datetime,
    lease: timedelta,
) -> list[Outgoing]:
    """Insert ``rows`` as ``sending`` (ours for ``lease``) in one statement, and the bodies they name
    that are not stored yet; their ``Outgoing``s (which carry the messages, as sent)."""
    if not rows:
        return []
    bodies = sorted({(r.body.digest, r.body.json) for r in rows if r.body is not None})  # sorted: no deadlock
    raw = await sqlite_fast.inline_connection(session)
    if raw is not None:
        ids = _insert_sqlite(raw, rows, bodies, user_ids, now, lease)
    else:
        await Outbox(session).store_bodies(bodies, now)
        params = [dict(zip(_COLUMNS, _values(r, r.stored_payload(), user_ids, now + lease, now), strict=True))
                  for r in rows]
        ids = {key: i for i, key in (await session.execute(_INSERT, params)).all()}
    return [Outgoing(ids[r.idempotency_key], r.platform, r.recipient, r.payload, r.retry_key) for r in rows]


def _values(
    row: ReplyRow, payload: Any, user_ids: dict[tuple[str, str], int], lease_end: Any, now: Any
) -> tuple[Any, ...]:
    """A row's values in ``_COLUMNS`` order (``payload``, the times: as the statement takes them)."""
    return ("reply", row.platform, row.recipient, user_ids.get((row.platform, row.recipient)), payload,
            row.body and row.body.digest, row.idempotency_key, row.retry_key, DeliveryStatus.SENDING.value, 1,
            lease_end, now)


def _insert_sqlite(
    raw: sqlite3.Connection, rows: Sequence[ReplyRow], bodies: list[tuple[str, str]],
    user_ids: dict[tuple[str, str], int], now: datetime, lease: timedelta,
) -> dict[str, int]:
    lease_end, created = sqlite_fast.to_text(now + lease), sqlite_fast.to_text(now)
    if bodies:
        raw.execute(sqlite_fast.many(_SQLITE_BODIES_HEAD, "(?, ?, ?)", len(bodies)),
                    [v for digest, messages in bodies for v in (digest, messages, created)])
    ids: dict[str, int] = {}
    for start in range(0, len(rows), _SQLITE_ROWS_PER_STATEMENT):
        chunk = rows[start : start + _SQLITE_ROWS_PER_STATEMENT]
        values = [v for r in chunk for v in _values(r, json_dumps(r.stored_payload()), user_ids, lease_end, created)]
        sql = sqlite_fast.many(_SQLITE_HEAD, _SQLITE_ROW, len(chunk), " RETURNING id, idempotency_key")
        ids.update((key, i) for i, key in raw.execute(sql, values))
    return ids
