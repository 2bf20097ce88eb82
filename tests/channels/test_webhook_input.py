"""Hostile or broken webhook input: a precise 4xx, nothing stored, no 500; the database down: 503."""

from __future__ import annotations

import asyncio
import socket

import pytest

from bot.config import Settings
from tests.channels.conftest import (
    LINE_SECRET,
    LINE_TOKEN,
    TELEGRAM_SECRET,
    AppClient,
    ClientFactory,
    RecordingHandler,
    inbox_count,
    line_body,
    line_signature,
    settle,
    text_event,
)
from tests.fakes import FakeLineApi

DEEP = b"[" * 10_000 + b"]" * 10_000


async def _post_line(client: AppClient, body: bytes) -> int:
    headers = {"X-Line-Signature": line_signature(body), "Content-Type": "application/json"}
    response = await client.post("/webhook/line", data=body, headers=headers)
    await response.read()
    return response.status


async def _raw_post(client: AppClient, path: str, header: bytes, body: bytes) -> int:
    """A request with a header value as raw bytes (clients refuse to send non-ASCII ones)."""
    reader, writer = await asyncio.open_connection(client.host, client.port)
    head = (
        f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n"
    ).encode()
    writer.write(head + header + b"\r\n\r\n" + body)
    await writer.drain()
    status_line = await reader.readline()
    writer.close()
    return int(status_line.split()[1])


@pytest.mark.parametrize("body", [b"[]", b"null", b'{"events":"zzz"}', b'{"events":[1,2]}', b"{", DEEP])
async def test_signed_line_body_of_the_wrong_shape_is_400_and_stores_nothing(
    client: AppClient, line_api: FakeLineApi, handler: RecordingHandler, body: bytes
) -> None:
    assert await _post_line(client, body) == 400
    await settle(client)
    assert await inbox_count(client) == 0
    assert handler.seen == [] and not [c for c in line_api.calls if "/message/" in c.path]


@pytest.mark.parametrize("body", [b"[]", b"null", b'{"message": {}}', b'{"update_id": "7"}', DEEP])
async def test_telegram_update_of_the_wrong_shape_is_400(
    client: AppClient, handler: RecordingHandler, body: bytes
) -> None:
    headers = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET, "Content-Type": "application/json"}
    response = await client.post("/webhook/telegram", data=body, headers=headers)
    assert response.status == 400
    assert await inbox_count(client) == 0 and handler.seen == []


async def test_non_ascii_signature_and_secret_headers_are_401(client: AppClient, handler: RecordingHandler) -> None:
    body = line_body(text_event("E-u"))
    assert await _raw_post(client, "/webhook/line", "X-Line-Signature: ลายเซ็น".encode(), body) == 401
    telegram = b'{"update_id": 1}'
    header = "X-Telegram-Bot-Api-Secret-Token: ความลับ".encode()
    assert await _raw_post(client, "/webhook/telegram", header, telegram) == 401
    assert await _raw_post(client, "/webhook/telegram", b"X-Telegram-Bot-Api-Secret-Token: \xff\xfe", telegram) == 401
    assert await inbox_count(client) == 0 and handler.seen == []


async def test_control_characters_never_reach_the_conversation(
    client: AppClient, line_api: FakeLineApi, handler: RecordingHandler
) -> None:
    assert await _post_line(client, line_body(text_event("E-nul", "DL201\x00 คือ\x07อะไร\x1b"))) == 200
    await settle(client)
    assert [i.text for i in handler.seen] == ["DL201 คืออะไร"]


async def test_web_simulator_refuses_absurd_nesting(client: AppClient) -> None:
    response = await client.post("/api/chat", data=DEEP, headers={"Content-Type": "application/json"})
    assert response.status == 400


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_database_unreachable_webhook_answers_503(
    make_client: ClientFactory, line_api: FakeLineApi, handler: RecordingHandler
) -> None:
    settings = Settings.model_validate({
        "DATABASE_URL": f"postgresql+asyncpg://postgres@127.0.0.1:{_closed_port()}/nowhere",
        "LINE_CHANNEL_SECRET": LINE_SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": LINE_TOKEN,
        "LINE_API_BASE_URL": line_api.url,
    })
    client = await make_client(settings, handler)
    body = line_body(text_event("E-down"))
    response = await client.post("/webhook/line", data=body, headers={"X-Line-Signature": line_signature(body)})
    assert response.status == 503 and response.headers["Retry-After"]
    assert (await client.get("/readyz")).status == 503
    assert handler.seen == [] and not [c for c in line_api.calls if "/message/" in c.path]
