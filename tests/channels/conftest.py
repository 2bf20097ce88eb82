"""Fixtures for the channel tests: fake platform APIs, a recording handler, the running app."""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import json
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import func, select

import storage
from bot.app import ENGINE, PROCESSOR, create_app
from bot.config import Settings
from bot.dialog.replies import Button, Reply
from bot.incoming import Incoming
from tests.fakes import FakeLineApi, FakeTelegramApi

FIXTURE = Path(__file__).parent.parent / "fixtures" / "line_webhook.json"
LINE_SECRET = "test-channel-secret"
LINE_TOKEN = "test-access-token"
TELEGRAM_TOKEN = "123456:TEST-token"
TELEGRAM_SECRET = "test-webhook-secret"
LINE_USER = "U206d25c2ea6bd87c17655609a1c37cb8"


class RecordingHandler:
    """A conversation that echoes: text → "echo: …" with two buttons; a button → "pressed …"."""

    def __init__(self) -> None:
        self.seen: list[Incoming] = []
        self.fail_on: str | None = None
        self.delay = 0.0
        self.answer: list[Reply] | None = None  # replaces the echo when set

    async def handle(self, _session: object, incoming: Incoming) -> list[Reply]:
        return await self(incoming)

    async def __call__(self, incoming: Incoming) -> list[Reply]:
        import asyncio

        self.seen.append(incoming)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fail_on is not None and incoming.text == self.fail_on:
            raise RuntimeError("boom")
        if self.answer is not None:
            return list(self.answer)
        if incoming.kind == "postback":
            return [Reply("text", f"pressed {incoming.text}")]
        if incoming.kind in ("follow", "start"):
            return [Reply("text", "welcome", buttons=(Button("เริ่ม", "go"),))]
        if incoming.kind == "unfollow":
            return []
        return [
            Reply(
                "card",
                f"echo: {incoming.text}",
                title="DL201 <unit>",
                fields=(("ระดับ", "1 & 2"),),
                buttons=(Button("ดีมาก", "rate:4"), Button("พอใช้", "rate:2")),
            )
        ]


def line_signature(body: bytes, secret: str = LINE_SECRET) -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def fixture_events() -> list[dict[str, Any]]:
    """The SDK fixture's 28 events, each with its own webhookEventId."""
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    events: list[dict[str, Any]] = data["events"]
    for i, event in enumerate(events):
        event["webhookEventId"] = f"01FIXTURE{i:04d}"
    return events


def text_event(event_id: str, text: str = "สวัสดี", reply_token: str = "rt-1", **extra: Any) -> dict[str, Any]:
    event = copy.deepcopy(fixture_events()[0])
    event.update(webhookEventId=event_id, replyToken=reply_token, **extra)
    event["message"] = {"id": "m1", "type": "text", "text": text, "quoteToken": "q"}
    return event


def line_body(*events: dict[str, Any]) -> bytes:
    return json.dumps({"destination": "Ubot", "events": list(events)}).encode()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "assistant.db"
    storage.upgrade(f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture
def app_db_url(tmp_path: Path, template_db: Path) -> str:
    target = tmp_path / "assistant.db"
    shutil.copy(template_db, target)
    return f"sqlite+aiosqlite:///{target}"


@pytest.fixture
async def line_api() -> AsyncIterator[FakeLineApi]:
    server = FakeLineApi()
    await server.start()
    yield server
    await server.close()


@pytest.fixture
async def telegram_api() -> AsyncIterator[FakeTelegramApi]:
    server = FakeTelegramApi()
    await server.start()
    yield server
    await server.close()


@pytest.fixture
def settings(app_db_url: str, line_api: FakeLineApi, telegram_api: FakeTelegramApi) -> Settings:
    return Settings.model_validate(
        {
            "DATABASE_URL": app_db_url,
            "LINE_CHANNEL_SECRET": LINE_SECRET,
            "LINE_CHANNEL_ACCESS_TOKEN": LINE_TOKEN,
            "LINE_API_BASE_URL": line_api.url,
            "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
            "TELEGRAM_WEBHOOK_SECRET": TELEGRAM_SECRET,
            "TELEGRAM_API_BASE_URL": telegram_api.url,
            "WEB_CHAT": "on",
        }
    )


@pytest.fixture
def handler() -> RecordingHandler:
    return RecordingHandler()


AppClient = TestClient[Any, Any]
ClientFactory = Callable[..., Awaitable[AppClient]]


@pytest.fixture
async def make_client() -> AsyncIterator[ClientFactory]:
    clients: list[AppClient] = []

    async def make(settings: Settings, handler: Any = None) -> AppClient:
        client: AppClient = TestClient(TestServer(create_app(settings, handler)))
        await client.start_server()
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


@pytest.fixture
async def client(make_client: ClientFactory, settings: Settings, handler: RecordingHandler) -> AppClient:
    return await make_client(settings, handler)


async def inbox_count(client: AppClient) -> int:
    """Events stored in the inbox (handled or not)."""
    engine = client.app[ENGINE]
    async with engine.connect() as conn:
        result = await conn.execute(select(func.count()).select_from(storage.InboxEvent))
        return int(result.scalar_one())


async def settle(client: AppClient, timeout: float = 10) -> None:
    """Wait until every stored event is handled and its replies sent."""
    await client.app[PROCESSOR].settle(timeout)
