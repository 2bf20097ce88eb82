"""Broadcasts: count, create (queued for the worker), progress, cancel, retry dead letters."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from storage import Audit, Broadcast, Broadcasts, BroadcastStatus, InvalidValueError
from storage.repos.broadcasts import Progress
from storage.segment import Segment

# Telegram's 4,096 characters, less the opt-out footer the worker adds.
MAX_BROADCAST_TEXT = 3900


async def count_recipients(session: AsyncSession, segment: Segment) -> dict[str, int]:
    """People a broadcast to ``segment`` reaches now: ``{"line": n, "telegram": m, "total": n + m}``."""
    counts = await Broadcasts(session).count_recipients(segment)
    return {"line": counts.get("line", 0), "telegram": counts.get("telegram", 0), "total": sum(counts.values())}


async def create_broadcast(
    session: AsyncSession,
    text: str,
    segment: Segment,
    author_admin_id: int | None = None,
    now: datetime | None = None,
) -> Broadcast:
    """Queue ``text`` for everyone in ``segment`` (the worker fans it out and sends it once each)."""
    text = text.strip()
    if not text:
        raise InvalidValueError("the broadcast text is empty")
    if len(text) > MAX_BROADCAST_TEXT:
        raise InvalidValueError(f"the broadcast text is {len(text)} characters; at most {MAX_BROADCAST_TEXT}")
    unknown = set(segment.platforms) - {"line", "telegram"}
    if unknown:
        raise InvalidValueError(f"unknown platform(s): {', '.join(sorted(unknown))}")
    broadcast = await Broadcasts(session).create(author_admin_id, text, segment, now, status=BroadcastStatus.QUEUED)
    await Audit(session).record(
        author_admin_id,
        "broadcast.create",
        f"broadcast:{broadcast.id}",
        {"segment": segment.to_json(), "characters": len(text)},
        now,
    )
    return broadcast


async def broadcast_status(session: AsyncSession, broadcast_id: int) -> Progress:
    return await Broadcasts(session).progress(broadcast_id)


async def cancel_broadcast(session: AsyncSession, broadcast_id: int, author_admin_id: int | None = None) -> int:
    """Nothing more goes out; returns how many queued messages were cancelled."""
    cancelled = await Broadcasts(session).cancel(broadcast_id)
    await Audit(session).record(
        author_admin_id, "broadcast.cancel", f"broadcast:{broadcast_id}", {"cancelled": cancelled}
    )
    return cancelled


async def retry_dead(session: AsyncSession, broadcast_id: int, author_admin_id: int | None = None) -> int:
    """Dead letters of the broadcast are queued again (same LINE retry keys); returns how many."""
    count = await Broadcasts(session).retry_dead(broadcast_id)
    await Audit(session).record(
        author_admin_id, "broadcast.retry_dead", f"broadcast:{broadcast_id}", {"requeued": count}
    )
    return count
