"""The web simulator's JSON API and page."""

from __future__ import annotations

from typing import Any

import pytest

from bot.channels.web import parse_request, reply_json
from bot.dialog.replies import Button, Reply
from tests.channels.conftest import AppClient, RecordingHandler


async def chat(client: AppClient, payload: Any) -> tuple[int, dict[str, Any]]:
    response = await client.post("/api/chat", json=payload)
    return response.status, await response.json()


async def test_round_trip_text_then_button(client: AppClient, handler: RecordingHandler) -> None:
    status, data = await chat(client, {"session": "abc123", "text": "  DL201  "})
    assert status == 200
    [card] = data["replies"]
    assert card == {
        "type": "card",
        "title": "DL201 <unit>",
        "text": "echo: DL201",
        "fields": [{"label": "ระดับ", "value": "1 & 2"}],
        "buttons": [{"label": "ดีมาก", "data": "rate:4"}, {"label": "พอใช้", "data": "rate:2"}],
    }
    status, data = await chat(client, {"session": "abc123", "action": card["buttons"][0]["data"]})
    assert status == 200
    assert data["replies"][0]["text"] == "pressed rate:4"
    assert [(i.platform, i.user_id, i.kind, i.text) for i in handler.seen] == [
        ("web", "web-abc123", "text", "DL201"),
        ("web", "web-abc123", "postback", "rate:4"),
    ]


async def test_start_event(client: AppClient, handler: RecordingHandler) -> None:
    status, data = await chat(client, {"session": "s1", "event": "start"})
    assert status == 200
    assert data["replies"][0]["text"] == "welcome"
    assert handler.seen[0].kind == "start"


@pytest.mark.parametrize(
    "payload",
    [
        [],
        {"text": "hi"},
        {"session": "bad session!", "text": "hi"},
        {"session": "s", "text": "   "},
        {"session": "s", "text": "x" * 2001},
        {"session": "s", "action": "a" * 65},
        {"session": "x" * 65, "text": "hi"},
    ],
)
async def test_bad_requests_are_400(client: AppClient, handler: RecordingHandler, payload: Any) -> None:
    status, data = await chat(client, payload)
    assert status == 400
    assert data["error"]
    assert handler.seen == []


async def test_non_json_is_400(client: AppClient) -> None:
    response = await client.post("/api/chat", data=b"{nope")
    assert response.status == 400


async def test_handler_failure_is_an_apology(client: AppClient, handler: RecordingHandler) -> None:
    handler.fail_on = "boom"
    status, data = await chat(client, {"session": "s", "text": "boom"})
    assert status == 200
    assert "ขออภัย" in data["replies"][0]["text"]


async def test_page_and_assets_are_served_without_external_urls(client: AppClient) -> None:
    page = await client.get("/")
    assert page.status == 200
    html = await page.text()
    assert "/static/chat.js" in html and "/static/chat.css" in html
    for asset in ("/static/chat.js", "/static/chat.css"):
        response = await client.get(asset)
        assert response.status == 200
        body = await response.text()
        assert "http://" not in body and "https://" not in body
    assert "https://" not in html and "http://" not in html


def test_parse_request_kinds() -> None:
    assert parse_request({"session": "a", "action": "x:1"}).kind == "postback"  # type: ignore[union-attr]
    assert parse_request({"session": "a", "text": "x"}).kind == "text"  # type: ignore[union-attr]
    assert parse_request({"session": "a"}) == "send 'text', 'action' or 'event': 'start'"


def test_reply_json_keeps_fields_and_buttons() -> None:
    out = reply_json(Reply("list", "a\nb", title="T", buttons=(Button("x", "y"),)))
    assert out == {"type": "list", "title": "T", "text": "a\nb", "fields": [], "buttons": [{"label": "x", "data": "y"}]}
