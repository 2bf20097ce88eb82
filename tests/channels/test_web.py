"""The web simulator's JSON API and page."""

from __future__ import annotations

from typing import Any

import pytest

from bot.channels.ratelimit import RateLimiter
from bot.channels.web import COOKIE, parse_request, reply_json, session_user_id
from bot.config import Settings
from bot.dialog.replies import Button, Reply
from tests.channels.conftest import AppClient, ClientFactory, RecordingHandler


async def chat(client: AppClient, payload: Any) -> tuple[int, dict[str, Any]]:
    response = await client.post("/api/chat", json=payload)
    return response.status, await response.json()


async def test_round_trip_text_then_button(client: AppClient, handler: RecordingHandler) -> None:
    status, data = await chat(client, {"text": "  DL201  "})
    assert status == 200
    [card] = data["replies"]
    assert card == {
        "type": "card",
        "title": "DL201 <unit>",
        "text": "echo: DL201",
        "fields": [{"label": "ระดับ", "value": "1 & 2"}],
        "buttons": [{"label": "ดีมาก", "data": "rate:4"}, {"label": "พอใช้", "data": "rate:2"}],
    }
    status, data = await chat(client, {"action": card["buttons"][0]["data"]})
    assert status == 200
    assert data["replies"][0]["text"] == "pressed rate:4"
    first, second = handler.seen
    assert (first.platform, first.kind, first.text) == ("web", "text", "DL201")
    assert (second.kind, second.text) == ("postback", "rate:4")
    assert first.user_id == second.user_id and first.user_id.startswith("web-")  # one cookie session


async def test_the_server_issues_the_session_in_an_httponly_cookie(
    client: AppClient, handler: RecordingHandler
) -> None:
    response = await client.post("/api/chat", json={"session": "victim", "text": "hi"})
    assert response.status == 200
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith(f"{COOKIE}=") and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    token = response.cookies[COOKIE].value
    assert len(token) >= 32 and token != "victim"
    assert handler.seen[0].user_id == session_user_id(token)  # a hash: the database never holds the cookie
    assert token not in handler.seen[0].user_id
    # The client's cookie jar sends it back: no new cookie, same user.
    again = await client.post("/api/chat", json={"text": "again"})
    assert "Set-Cookie" not in again.headers
    assert handler.seen[1].user_id == handler.seen[0].user_id


async def test_a_client_chosen_cookie_is_replaced(client: AppClient, handler: RecordingHandler) -> None:
    response = await client.post("/api/chat", json={"text": "hi"}, cookies={COOKIE: "guessable"})
    assert response.cookies[COOKIE].value != "guessable"
    assert handler.seen[0].user_id != session_user_id("guessable")


async def test_start_event_opens_a_new_session(client: AppClient, handler: RecordingHandler) -> None:
    first = await client.post("/api/chat", json={"event": "start"})
    data = await first.json()
    assert data["replies"][0]["text"] == "welcome"
    second = await client.post("/api/chat", json={"event": "start"})
    assert second.cookies[COOKIE].value != first.cookies[COOKIE].value
    assert [i.kind for i in handler.seen] == ["start", "start"]
    assert handler.seen[0].user_id != handler.seen[1].user_id


async def test_each_client_address_is_rate_limited(
    make_client: ClientFactory, settings: Settings, handler: RecordingHandler
) -> None:
    client = await make_client(settings.model_copy(update={"web_chat_rate_per_minute": 3}), handler)
    statuses = [(await client.post("/api/chat", json={"text": f"m{i}"})).status for i in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    refused = await client.post("/api/chat", json={"event": "start"})
    assert refused.status == 429 and int(refused.headers["Retry-After"]) >= 1
    assert len(handler.seen) == 3  # refused requests reach nothing


async def test_off_by_default(make_client: ClientFactory, settings: Settings, handler: RecordingHandler) -> None:
    client = await make_client(settings.model_copy(update={"web_chat": "off"}), handler)
    assert (await client.get("/")).status == 404
    assert (await client.post("/api/chat", json={"text": "hi"})).status == 404
    assert Settings.model_validate({}).web_chat == "off"
    assert handler.seen == []


@pytest.mark.parametrize(
    "payload",
    [
        [],
        {"session": "s"},
        {"text": "   "},
        {"text": "x" * 2001},
        {"action": "a" * 65},
    ],
)
async def test_bad_requests_are_400(client: AppClient, handler: RecordingHandler, payload: Any) -> None:
    status, data = await chat(client, payload)
    assert status == 400
    assert data["error"]
    assert handler.seen == []


async def test_deeply_nested_json_is_400(client: AppClient, handler: RecordingHandler) -> None:
    response = await client.post("/api/chat", data=b"[" * 100_000 + b"]" * 100_000)
    assert response.status == 400
    assert handler.seen == []


async def test_non_json_is_400(client: AppClient) -> None:
    response = await client.post("/api/chat", data=b"{nope")
    assert response.status == 400


async def test_handler_failure_is_an_apology(client: AppClient, handler: RecordingHandler) -> None:
    handler.fail_on = "boom"
    status, data = await chat(client, {"text": "boom"})
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
    assert parse_request({"action": "x:1"}, "web-a").kind == "postback"  # type: ignore[union-attr]
    assert parse_request({"text": "x"}, "web-a").kind == "text"  # type: ignore[union-attr]
    assert parse_request({"session": "a"}, "web-a") == "send 'text', 'action' or 'event': 'start'"


def test_rate_limiter_refills_and_forgets_the_oldest_keys() -> None:
    now = [0.0]
    limiter = RateLimiter(2, per=60.0, max_keys=2, clock=lambda: now[0])
    assert [limiter.acquire("a") for _ in range(2)] == [0.0, 0.0]
    assert limiter.acquire("a") == pytest.approx(30.0)
    now[0] = 30.0
    assert limiter.acquire("a") == 0.0
    limiter.acquire("b")
    limiter.acquire("c")
    assert len(limiter) == 2  # "a" was forgotten


def test_reply_json_keeps_fields_and_buttons() -> None:
    out = reply_json(Reply("list", "a\nb", title="T", buttons=(Button("x", "y"),)))
    assert out == {"type": "list", "title": "T", "text": "a\nb", "fields": [], "buttons": [{"label": "x", "data": "y"}]}
