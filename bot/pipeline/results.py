"""What the Sender said, written back to the outbox in one short transaction.

Sent rows are done; transient failures go back to ``pending`` with ``next_attempt_at`` (the
platform's Retry-After, else exponential backoff); a blocked recipient's rows are skipped and the
user marked inactive; permanent errors are ``failed`` with the error kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.pipeline._standin_senders import Outgoing, Result, Verdict
from storage import Delivery, DeliveryStatus, User

BACKOFF_BASE = 2.0
BACKOFF_MAX = 600.0
QUOTA_PAUSE = timedelta(hours=1)


def retry_at(now: datetime, attempts: int, retry_after: float | None) -> datetime:
    if retry_after is not None and retry_after >= 0:
        return now + timedelta(seconds=min(retry_after, BACKOFF_MAX))
    return now + timedelta(seconds=min(BACKOFF_BASE ** max(attempts, 1), BACKOFF_MAX))


async def record_results(
    session: AsyncSession, sent: Sequence[tuple[Outgoing, Result, int]], now: datetime
) -> None:
    """``sent``: (item, result, attempts so far) for each row sent."""
    done = [item.id for item, result, _ in sent if result.verdict is Verdict.SENT]
    if done:
        await session.execute(
            update(Delivery).where(Delivery.id.in_(done))
            .values(status=DeliveryStatus.SENT, sent_at=now, last_error=None)
            .execution_options(synchronize_session=False)
        )
    for item, result, attempts in sent:
        values: dict[str, object]
        if result.verdict is Verdict.SENT:
            continue
        if result.verdict is Verdict.RETRY:
            values = {"status": DeliveryStatus.PENDING, "next_attempt_at": retry_at(now, attempts, result.retry_after)}
        elif result.verdict is Verdict.QUOTA:
            values = {"status": DeliveryStatus.PENDING, "next_attempt_at": now + QUOTA_PAUSE}
        elif result.verdict is Verdict.BLOCKED:
            values = {"status": DeliveryStatus.SKIPPED}
            await session.execute(
                update(User).where(User.platform == item.platform, User.platform_user_id == item.recipient)
                .values(active=False, blocked_at=now).execution_options(synchronize_session=False)
            )
        else:
            values = {"status": DeliveryStatus.FAILED}
        await session.execute(
            update(Delivery).where(Delivery.id == item.id).values(last_error=result.error[:500], **values)
            .execution_options(synchronize_session=False)
        )
