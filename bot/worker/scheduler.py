"""The scheduler's pass: broadcast fan-out, campaign late joiners, due reminders, finished broadcasts,
and forgetting webhook events that the platforms can no longer redeliver.

Every step commits in small transactions (SQLite has one writer: never hold it for a whole
broadcast) and is idempotent, so a pass interrupted anywhere is simply run again:
- a broadcast's fan-out resumes after the highest user id already queued;
- a reminder becomes its deliveries and is marked ``sent`` in one transaction (idempotency key
  ``reminder:<id>:<n>``), so it is never queued twice; one older than ``max_late`` is ``missed``.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import metrics
from bot.dialog.flows.reminders import reminder_message
from bot.dialog.flows.wording import say
from bot.dialog.replies import Reply
from bot.senders.payloads import payloads_for
from content.catalog import Catalog
from storage import Broadcasts, Events, Inbox, NewDelivery, Outbox, Reminders
from storage.models import BroadcastStatus, DeliveryKind, EvidenceDeadline, Reminder, User
from storage.repos.reminders import LOCAL_TZ

log = logging.getLogger(__name__)

REMINDER_BATCH = 200
CHUNKS_PER_TRANSACTION = 8  # 8 x 500 rows: a few tens of ms of SQLite's write lock at a time
PUSH_PLATFORMS = ("line", "telegram")
# LINE and Telegram stop redelivering a webhook event within a day; a handled event's dedup key is
# kept well past that (a pruned key would let a late redelivery be answered twice), then forgotten.
REDELIVERY_WINDOW = timedelta(days=3)


def broadcast_replies(text: str, language: str = "th") -> list[Reply]:
    """A broadcast as people read it: the text, then how to stop receiving news."""
    return [Reply("text", f"{text}\n\n{say('broadcast_footer', language)}")]


class Scheduler:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        catalog: Catalog,
        *,
        max_late: timedelta,
        platforms: tuple[str, ...] = PUSH_PLATFORMS,
    ) -> None:
        self.sessions, self.catalog, self.max_late, self.platforms = sessions, catalog, max_late, platforms

    async def run(self, now: datetime) -> Counter[str]:
        report: Counter[str] = Counter()
        report["broadcast_rows"] = await self.fan_out(now)
        report["campaign_deadlines"] = await self.apply_campaigns(now)
        queued, missed = await self.reminders(now)
        report["reminders_sent"], report["reminders_missed"] = queued, missed
        metrics.record_reminders(queued, missed)
        report["broadcasts_finished"] = await self.finish_broadcasts(now)
        report["events_pruned"] = await self.prune_events(now)
        return report

    async def prune_events(self, now: datetime) -> int:
        """Delete handled inbox rows and processed-event keys older than the redelivery window."""
        older_than = now - REDELIVERY_WINDOW
        async with self.sessions.begin() as session:
            return await Inbox(session).prune(older_than) + await Events(session).prune(older_than)

    async def fan_out(self, now: datetime) -> int:
        async with self.sessions.begin() as session:
            pending = [(b.id, b.text) for b in await Broadcasts(session).to_fan_out()]
        total = 0
        for broadcast_id, text in pending:
            total += await self._fan_out_one(broadcast_id, text, now)
        return total

    async def _fan_out_one(self, broadcast_id: int, text: str, now: datetime) -> int:
        added = 0
        for platform in self.platforms:
            payload = payloads_for(platform, broadcast_replies(text))[0]
            async with self.sessions.begin() as session:
                after = await Broadcasts(session).last_queued_user(broadcast_id, platform)
            users: list[int] = [0]
            while users:
                async with self.sessions.begin() as session:  # a few chunks per short transaction
                    repo = Broadcasts(session)
                    broadcast = await repo.require(broadcast_id)
                    if broadcast.status != BroadcastStatus.QUEUED:
                        return added  # cancelled meanwhile: stop here
                    for _ in range(CHUNKS_PER_TRANSACTION):
                        users = await repo.fan_out_chunk(broadcast, platform, payload, after, now)
                        if not users:
                            break
                        broadcast.recipient_count += len(users)
                        added, after = added + len(users), users[-1]
        async with self.sessions.begin() as session:
            count = await Broadcasts(session).finish_fan_out(broadcast_id, now)
        log.info("worker: broadcast %s fanned out to %s recipients", broadcast_id, count)
        return added

    async def apply_campaigns(self, now: datetime) -> int:
        today = now.astimezone(LOCAL_TZ).date()
        added = 0
        async with self.sessions.begin() as session:
            repo = Reminders(session)
            for campaign in await repo.open_campaigns(today):
                added += await repo.apply_campaign(campaign, now)
        return added

    async def reminders(self, now: datetime) -> tuple[int, int]:
        """Due reminders → deliveries (or ``missed`` when older than ``max_late``)."""
        queued = missed = 0
        while True:
            async with self.sessions.begin() as session:
                repo = Reminders(session)
                due = await repo.claim_due(now, limit=REMINDER_BATCH)
                if not due:
                    return queued, missed
                rows = await session.execute(
                    select(Reminder.id, EvidenceDeadline, User)
                    .join(EvidenceDeadline, EvidenceDeadline.id == Reminder.deadline_id)
                    .join(User, User.id == Reminder.user_id)
                    .where(Reminder.id.in_([r.id for r in due]))
                )
                context = {rid: (deadline, user) for rid, deadline, user in rows.tuples().all()}
                items: list[NewDelivery] = []
                for reminder in due:
                    deadline, user = context[reminder.id]
                    payloads = [] if reminder.due_at < now - self.max_late else self._payloads(deadline, user, now)
                    if not payloads:
                        await repo.mark_missed(reminder.id)
                        missed += 1
                        continue
                    items += [
                        NewDelivery(
                            DeliveryKind.REMINDER,
                            user.platform,
                            user.platform_user_id,
                            payload,
                            f"reminder:{reminder.id}:{n}",
                            user_id=user.id,
                        )
                        for n, payload in enumerate(payloads)
                    ]
                    await repo.mark_sent(reminder.id, now)
                    queued += 1
                await Outbox(session).enqueue_many(items, now=now)

    def _payloads(self, deadline: EvidenceDeadline, user: User, now: datetime) -> list[dict[str, object]]:
        if user.platform not in self.platforms or not user.active:
            return []
        replies = reminder_message(
            self.catalog,
            deadline.framework,
            deadline.unit_code,
            deadline.due_date,
            deadline.id,
            now.astimezone(LOCAL_TZ).date(),
            user.language,
        )
        return list(payloads_for(user.platform, replies))

    async def finish_broadcasts(self, now: datetime) -> int:
        finished = 0
        async with self.sessions.begin() as session:
            repo = Broadcasts(session)
            for broadcast_id in await repo.unfinished():
                if not await repo.has_open_rows(broadcast_id):
                    await repo.refresh_counts(broadcast_id, now)
                    finished += 1
        return finished
