"""Reminders end to end: due → delivered once on LINE and Telegram; late → sent once or missed."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.worker.scheduler import REDELIVERY_WINDOW
from storage import Events, Inbox, NewInboxEvent, ProcessedEvent, Reminders, ReminderStatus, Users
from storage.models import InboxEvent, Reminder
from tests.fakes import FakeLineApi, FakeTelegramApi
from tests.worker.conftest import WorkerFactory

CREATED = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
DUE = date(2026, 12, 15)
SEVEN_DAYS_BEFORE = datetime(2026, 12, 8, 2, 0, tzinfo=UTC)  # 09:00 in Bangkok


async def _setup(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions.begin() as session:
        users = Users(session)
        for platform, pid in (("line", "Uline1"), ("telegram", "5001")):
            user = await users.get_or_create(platform, pid, now=CREATED)
            await Reminders(session).set_deadline(user.id, "std-2567", "DS700", DUE, now=CREATED)


async def _statuses(sessions: async_sessionmaker[AsyncSession]) -> list[tuple[int, str]]:
    async with sessions() as session:
        rows = await session.execute(select(Reminder.offset_days, Reminder.status).order_by(Reminder.id))
        return [(int(o), str(s)) for o, s in rows.tuples().all()]


async def test_due_reminder_arrives_once_on_both_platforms(
    sessions: async_sessionmaker[AsyncSession],
    new_worker: WorkerFactory,
    line_api: FakeLineApi,
    telegram_api: FakeTelegramApi,
) -> None:
    await _setup(sessions)
    async with new_worker() as worker:
        early = await worker.run_once(SEVEN_DAYS_BEFORE - timedelta(minutes=1))
        assert early.scheduled["reminders_sent"] == 0 and line_api.delivered == []
        report = await worker.run_once(SEVEN_DAYS_BEFORE)
    assert report.scheduled["reminders_sent"] == 2
    assert report.sent["line"]["sent"] == 1 and report.sent["telegram"]["sent"] == 1
    [(to, messages)] = line_api.delivered
    text = " ".join(m.get("text", "") for m in messages)
    assert to == "Uline1" and "DS700" in text and "15 ธ.ค. 2569" in text and "อีก 7 วัน" in text
    labels = [item["action"]["label"] for item in messages[-1]["quickReply"]["items"]]
    assert labels[:2] == ["ส่งแล้ว", "เลื่อน"]
    [tg] = telegram_api.calls_to("sendMessage")
    assert "DS700" in tg["text"] and "15 ธ.ค. 2569" in tg["text"]
    assert [b["text"] for b in tg["reply_markup"]["inline_keyboard"][0]][:1] == ["ส่งแล้ว"]
    # A restarted worker at the same clock sends nothing more.
    async with new_worker() as again:
        repeat = await again.run_once(SEVEN_DAYS_BEFORE + timedelta(minutes=5))
    assert repeat.scheduled["reminders_sent"] == 0
    assert len(line_api.delivered) == 1 and telegram_api.delivered_to("5001") == 1
    assert (await _statuses(sessions)).count((7, ReminderStatus.SENT)) == 2


async def test_reminders_due_while_down_are_sent_once_or_missed(
    sessions: async_sessionmaker[AsyncSession],
    new_worker: WorkerFactory,
    line_api: FakeLineApi,
    telegram_api: FakeTelegramApi,
) -> None:
    await _setup(sessions)
    # Down from before the 7-day reminder until 23 h after the 1-day one: the 7-day one is
    # six days late (missed), the 1-day one 23 h late (still sent, once).
    one_day_before = datetime(2026, 12, 14, 2, 0, tzinfo=UTC)
    async with new_worker() as worker:
        report = await worker.run_once(one_day_before + timedelta(hours=23))
    assert (report.scheduled["reminders_sent"], report.scheduled["reminders_missed"]) == (2, 2)
    assert line_api.delivered_to("Uline1") == 1 and telegram_api.delivered_to("5001") == 1
    [(_, messages)] = line_api.delivered
    assert "กำหนดส่งวันนี้ 15 ธ.ค. 2569" in messages[0]["text"]  # sent late: it is the due day by now
    statuses = await _statuses(sessions)
    assert statuses.count((7, ReminderStatus.MISSED)) == 2
    assert statuses.count((1, ReminderStatus.SENT)) == 2
    assert statuses.count((0, ReminderStatus.PENDING)) == 2


async def test_a_pass_forgets_webhook_events_past_the_redelivery_window(
    sessions: async_sessionmaker[AsyncSession], new_worker: WorkerFactory
) -> None:
    now = datetime(2026, 12, 10, 3, 0, tzinfo=UTC)
    old, recent = now - REDELIVERY_WINDOW - timedelta(hours=1), now - timedelta(hours=1)
    async with sessions.begin() as session:
        inbox = Inbox(session)
        await inbox.add_many([NewInboxEvent("line", key, "U1", "text", "hi") for key in ("old", "recent", "open")])
        ids = dict((await session.execute(select(InboxEvent.event_key, InboxEvent.id))).tuples().all())
        await inbox.mark_done([ids["old"]], old)
        await inbox.mark_done([ids["recent"]], recent)
        await Events(session).mark_processed("telegram", "1:old", old)
        await Events(session).mark_processed("telegram", "1:recent", recent)
    async with new_worker() as worker:
        report = await worker.run_once(now)
    assert report.scheduled["events_pruned"] == 2
    async with sessions() as session:
        left = set((await session.scalars(select(InboxEvent.event_key))).all())
        keys = set((await session.scalars(select(ProcessedEvent.event_key))).all())
    assert left == {"recent", "open"} and keys == {"1:recent"}  # a pending event is never pruned


async def test_an_element_deadline_is_sent_under_the_element_with_its_unit(
    sessions: async_sessionmaker[AsyncSession], new_worker: WorkerFactory, line_api: FakeLineApi
) -> None:
    async with sessions.begin() as session:
        user = await Users(session).get_or_create("line", "Uline1", now=CREATED)
        await Reminders(session).set_deadline(user.id, "std-2567", "DS703", DUE, now=CREATED)
    async with new_worker() as worker:
        report = await worker.run_once(SEVEN_DAYS_BEFORE)
    assert report.scheduled["reminders_sent"] == 1
    [(_, messages)] = line_api.delivered
    text = " ".join(m.get("text", "") for m in messages)
    assert "เตือนส่งหลักฐาน DS703" in text and "สมรรถนะย่อย DS703 วิเคราะห์ประสิทธิภาพการให้บริการดิจิทัล" in text
    assert "ในหน่วย DS700" in text and "อีก 7 วัน" in text
