"""The command-line contract: worker --once --now, broadcast send/status/cancel/retry-dead, campaigns."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable, Iterator
from contextlib import redirect_stdout
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.cli import main
from bot.config import get_settings
from storage import Reminders, Users
from tests.fakes import FakeLineApi, FakeTelegramApi
from tests.senders.conftest import LINE_TOKEN, TELEGRAM_TOKEN
from tests.worker.test_broadcasts import add_users

Run = Callable[..., tuple[int, str]]


@pytest.fixture
def run(
    db_url: str, line_api: FakeLineApi, telegram_api: FakeTelegramApi, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Run]:
    """``await run("worker", "--once")`` → (exit code, stdout), in a thread (the CLI runs its own loop)."""
    for name, value in {
        "DATABASE_URL": db_url,
        "LINE_CHANNEL_ACCESS_TOKEN": LINE_TOKEN,
        "LINE_API_BASE_URL": line_api.url,
        "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
        "TELEGRAM_API_BASE_URL": telegram_api.url,
        "TELEGRAM_MAX_PER_SECOND": "500",
    }.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()

    async def runner(*argv: str, stdin: str = "") -> tuple[int, str]:
        def call() -> tuple[int, str]:
            out = io.StringIO()
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
            with redirect_stdout(out):
                code = main(list(argv))
            return code, out.getvalue()

        return await asyncio.to_thread(call)

    yield runner  # type: ignore[misc]
    get_settings.cache_clear()


async def test_worker_once_at_a_given_clock(
    run: Run, sessions: async_sessionmaker[AsyncSession], line_api: FakeLineApi, telegram_api: FakeTelegramApi
) -> None:
    async with sessions.begin() as session:
        for platform, pid in (("line", "U1"), ("telegram", "42")):
            user = await Users(session).get_or_create(platform, pid)
            await Reminders(session).set_deadline(
                user.id, "std-2567", "DL200", date(2026, 12, 15), now=datetime(2026, 12, 1, tzinfo=UTC)
            )
    code, out = await run("worker", "--once", "--now", "2026-12-08T02:00:00Z")
    assert code == 0
    assert "reminders: 2 queued, 0 missed" in out and "line: sent 1" in out and "telegram: sent 1" in out
    assert line_api.delivered_to("U1") == 1 and telegram_api.delivered_to("42") == 1
    code, out = await run("worker", "--once", "--now", "2026-12-08T03:00:00+00:00")
    assert "reminders: 0 queued" in out and line_api.delivered_to("U1") == 1


async def test_broadcast_commands(
    run: Run, sessions: async_sessionmaker[AsyncSession], line_api: FakeLineApi, telegram_api: FakeTelegramApi
) -> None:
    await add_users(sessions, "line", 3, agency="DGA")
    await add_users(sessions, "telegram", 2, agency="DGA")
    await add_users(sessions, "line", 2, start=100, agency="OCSC")
    code, out = await run("broadcast", "send", "--text", "ข่าว", "--agency", "DGA", stdin="n\n")
    assert code == 1 and "recipients: 5 (LINE 3, Telegram 2)" in out and "ข่าว" in out
    code, out = await run("broadcast", "send", "--text", "ข่าว", "--agency", "DGA", "--platform", "line", "--yes")
    assert code == 0 and "recipients: 3 (LINE 3, Telegram 0)" in out
    broadcast_id = out.strip().splitlines()[-1]
    assert broadcast_id.isdigit()
    code, out = await run("broadcast", "status", broadcast_id)
    assert "queued" in out
    code, out = await run("worker", "--once")
    assert "line: sent 3" in out
    code, out = await run("broadcast", "status", broadcast_id)
    assert f"broadcast {broadcast_id}: done" in out and "sent 3" in out
    assert sorted(to for to, _ in line_api.delivered) == ["L00000", "L00001", "L00002"]
    assert await run("broadcast", "retry-dead", broadcast_id) == (0, "queued again: 0 dead messages\n")
    assert (await run("broadcast", "cancel", "999"))[0] == 1


async def test_campaign_commands(run: Run, sessions: async_sessionmaker[AsyncSession]) -> None:
    await add_users(sessions, "line", 2, agency="DGA")
    code, out = await run("campaign", "create", "--unit", "std-2567:DS700", "--due", "2099-12-15", "--agency", "DGA")
    assert code == 0 and "2 people now" in out
    campaign_id = out.strip().splitlines()[-1]
    code, out = await run("campaign", "list")
    assert out.startswith(f"{campaign_id}\tstd-2567:DS700\tdue 2099-12-15\t2 people\tactive\tagency=DGA")
    code, out = await run("campaign", "cancel", campaign_id)
    assert code == 0 and "2 deadlines" in out
    assert (await run("campaign", "create", "--unit", "std-2567:XX999", "--due", "2099-12-15"))[0] == 2


@pytest.mark.parametrize(("typed", "due"), [("2642-12-15", "2099-12-15"), ("15/12/2642", "2099-12-15"),
                                            ("2099-12-15", "2099-12-15")])
async def test_a_campaign_due_date_in_the_buddhist_era(run: Run, sessions: async_sessionmaker[AsyncSession],
                                                       typed: str, due: str) -> None:
    await add_users(sessions, "line", 1, agency="DGA")
    code, out = await run("campaign", "create", "--unit", "std-2567:DS700", "--due", typed, "--agency", "DGA")
    assert code == 0, out
    assert f"due {due}" in (await run("campaign", "list"))[1]


@pytest.mark.parametrize("typed", ["2569-02-30", "15-12", "tomorrow"])
async def test_a_campaign_due_date_that_is_no_date_is_refused(run: Run, typed: str) -> None:
    with pytest.raises(SystemExit):
        await run("campaign", "create", "--unit", "std-2567:DS700", "--due", typed)
