"""/metrics: what the engine, the channels and the worker count, the database gauges, and access."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp import ClientSession
from pydantic import SecretStr

import storage
from bot import serving
from bot.app import create_app
from bot.config import Settings
from bot.dialog.engine import DialogEngine
from bot.incoming import Incoming
from bot.senders import create_senders
from bot.worker import Worker
from tests.channels.conftest import AppClient, ClientFactory, line_body, line_signature, settle, text_event
from tests.channels.test_telegram import message_update, post_update
from tests.fakes import FakeLineApi, FakeTelegramApi


def sample(body: str, name: str, **labels: str) -> float:
    """The value of one sample in an exposition (0 when absent)."""
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in body.splitlines():
        match = re.fullmatch(r"([a-z_]+)(?:\{(.*)\})? (\S+)", line)
        if match and match.group(1) == name:
            got = ",".join(sorted((match.group(2) or "").split(","))) if match.group(2) else ""
            if got == wanted:
                return float(match.group(3))
    return 0.0


async def scrape(client: AppClient, **headers: str) -> str:
    response = await client.get("/metrics", headers=headers)
    assert response.status == 200
    return await response.text()


async def test_messages_latencies_replies_and_deliveries_are_counted(
    make_client: ClientFactory, settings: Settings, line_api: FakeLineApi, telegram_api: FakeTelegramApi
) -> None:
    client = await make_client(settings)  # the real dialog engine
    before = await scrape(client)
    body = line_body(text_event("01METRICS0001", "DL201 ต้องทำอะไรบ้าง", reply_token="rt-m"))
    await client.post("/webhook/line", data=body, headers={"X-Line-Signature": line_signature(body)})
    assert await post_update(client, message_update(9101, "สวัสดี")) == 200
    await line_api.wait_for("/reply", timeout=20)
    await telegram_api.wait_for("/sendMessage", timeout=20)
    await settle(client)
    after = await scrape(client)

    def grew(name: str, **labels: str) -> float:
        return sample(after, name, **labels) - sample(before, name, **labels)

    assert grew("bot_messages_total", platform="line", intent="unit_info") == 1
    assert grew("bot_messages_total", platform="telegram", intent="greeting") == 1
    assert grew("bot_understanding_seconds_count") == 2
    assert grew("bot_replies_total", platform="line", result="sent") >= 1
    assert grew("bot_replies_total", platform="telegram", result="sent") >= 1
    assert grew("bot_replies_total", platform="line", result="failed") == 0
    assert grew("bot_webhook_to_reply_seconds_count", platform="line") >= 1
    assert sample(after, "bot_webhook_to_reply_seconds_sum", platform="line") > 0


async def test_outbox_and_reminder_gauges_and_worker_counters(
    make_client: ClientFactory, settings: Settings, app_db_url: str, line_api: FakeLineApi
) -> None:
    # A reminder set long ago (a clock in the past): its reminder times have all come.
    past = datetime.now(UTC) - timedelta(days=20)
    engine = storage.create_engine(app_db_url)
    chat = DialogEngine(storage.session_factory(engine), clock=lambda: past)
    for data in ("k:y", f"w:y:std-2567:DL200:{(past + timedelta(days=10)).date().isoformat()}"):
        await chat(Incoming("line", "Ureminded", "postback", data))
    client = await make_client(settings)
    body = await scrape(client)
    assert sample(body, "bot_reminders_due") >= 1
    assert sample(body, "bot_outbox_depth") == 0

    senders = create_senders(settings.model_copy(update={"reminder_max_late": timedelta(days=30)}))
    for sender in senders.values():
        await sender.start()
    try:
        worker = Worker(settings.model_copy(update={"reminder_max_late": timedelta(days=30)}), engine, senders)
        before = body
        # Schedule only (no sending yet): the deliveries wait in the outbox.
        await worker.scheduler.run(datetime.now(UTC))
        waiting = await scrape(client)
        assert sample(waiting, "bot_outbox_depth") >= 1 and sample(waiting, "bot_reminders_due") == 0
        assert sample(waiting, "bot_outbox_oldest_age_seconds") >= 0
        sent_before = sample(before, "bot_reminders_total", outcome="sent")
        assert sample(waiting, "bot_reminders_total", outcome="sent") > sent_before
        await worker.run_once(datetime.now(UTC))
        done = await scrape(client)
        assert sample(done, "bot_outbox_depth") == 0
        assert sample(done, "bot_deliveries_total", platform="line", verdict="sent") > sample(
            waiting, "bot_deliveries_total", platform="line", verdict="sent"
        )
    finally:
        for sender in senders.values():
            await sender.close()
        await engine.dispose()


async def test_the_token_protects_metrics(make_client: ClientFactory, settings: Settings) -> None:
    client = await make_client(settings.model_copy(update={"metrics_token": SecretStr("scrape-secret-123")}))
    assert (await client.get("/metrics")).status == 401
    assert (await client.get("/metrics", headers={"Authorization": "Bearer wrong"})).status == 401
    assert "bot_outbox_depth" in await scrape(client, Authorization="Bearer scrape-secret-123")


@pytest.fixture
def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_metrics_on_their_own_port(settings: Settings, free_port: int) -> None:
    chosen = settings.model_copy(update={"metrics_port": free_port})
    runner, site = await serving.start(create_app(chosen), chosen, "127.0.0.1", 0)
    try:
        async with ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{site.port}/metrics") as main:
                assert main.status == 404
            async with http.get(f"http://127.0.0.1:{free_port}/metrics") as own:
                assert own.status == 200 and "bot_messages_total" in await own.text()
    finally:
        await runner.cleanup()
