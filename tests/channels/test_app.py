"""The application: health, readiness, metrics, channels that are off, shutdown draining."""

from __future__ import annotations

import asyncio

from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_app
from bot.channels.handlers import StatelessHandler
from bot.config import Settings
from bot.incoming import Incoming
from tests.channels.conftest import AppClient, ClientFactory, RecordingHandler, line_body, line_signature, text_event
from tests.fakes import FakeLineApi


async def test_healthz_and_readyz(client: AppClient) -> None:
    health = await client.get("/healthz")
    assert (health.status, await health.json()) == (200, {"status": "ok"})
    ready = await client.get("/readyz")
    assert (ready.status, (await ready.json())["database"]) == (200, "up")


async def test_metrics_count_requests(client: AppClient) -> None:
    await client.get("/healthz")
    response = await client.get("/metrics")
    body = await response.text()
    assert response.status == 200
    assert 'bot_http_requests_total{route="/healthz",status="200"} 1.0' in body


async def test_channels_without_credentials_are_404_and_app_runs(
    make_client: ClientFactory, app_db_url: str, handler: RecordingHandler
) -> None:
    settings = Settings.model_validate(
        {"DATABASE_URL": app_db_url, "LINE_CHANNEL_SECRET": "only-the-secret", "WEB_CHAT": "on"}
    )
    client = await make_client(settings, handler)
    body = line_body(text_event("E1"))
    line = await client.post("/webhook/line", data=body, headers={"X-Line-Signature": line_signature(body)})
    assert line.status == 404
    telegram = await client.post("/webhook/telegram", json={"update_id": 1})
    assert telegram.status == 404
    web = await client.post("/api/chat", json={"text": "hi"})
    assert web.status == 200
    assert handler.seen[0].platform == "web"


async def test_sqlite_database_is_migrated_at_start(
    make_client: ClientFactory, tmp_path: object, handler: RecordingHandler
) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    url = f"sqlite+aiosqlite:///{tmp_path / 'fresh' / 'new.db'}"
    client = await make_client(Settings.model_validate({"DATABASE_URL": url}), handler)
    ready = await client.get("/readyz")
    assert ready.status == 200
    assert (tmp_path / "fresh" / "new.db").exists()


async def test_shutdown_drains_running_event_tasks(
    settings: Settings, line_api: FakeLineApi, handler: RecordingHandler
) -> None:
    handler.delay = 0.3
    client: AppClient = TestClient(TestServer(create_app(settings, handler)))
    await client.start_server()
    body = line_body(text_event("E-drain"))
    response = await client.post("/webhook/line", data=body, headers={"X-Line-Signature": line_signature(body)})
    assert response.status == 200
    await asyncio.sleep(0.05)  # the processor has the event in hand
    assert handler.seen and not line_api.paths("/message/reply")
    await client.close()  # finishes the batch in hand and sends its reply before closing
    assert len(line_api.paths("/message/reply")) == 1


async def test_stateless_handler_answers_from_the_catalog() -> None:
    handler = StatelessHandler()
    replies = await handler(Incoming(platform="web", user_id="u", kind="text", text="DL201 คืออะไร"))
    assert replies and "DL201" in " ".join(r.title + r.text for r in replies)
    assert await handler(Incoming(platform="web", user_id="u", kind="unfollow")) == []
    pressed = await handler(Incoming(platform="web", user_id="u", kind="postback", text="garbage-data"))
    assert pressed and pressed[0].text
