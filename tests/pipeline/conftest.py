"""Fixtures for the hot path: apps on either database, signed LINE events, replies by token."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import pytest

from bot.config import Settings
from storage import create_engine
from tests.channels.conftest import (  # noqa: F401 - fixtures shared with the channel tests
    LINE_SECRET,
    LINE_TOKEN,
    AppClient,
    app_db_url,
    handler,
    line_api,
    line_body,
    line_signature,
    make_client,
    settings,
    telegram_api,
    template_db,
)
from tests.conftest import empty_tables
from tests.fakes import FakeLineApi

_ids = itertools.count()


async def settings_for(db_url: str, api: FakeLineApi) -> Callable[..., Settings]:
    """Settings for apps on ``db_url`` against ``api``, the database's tables emptied first."""
    engine = create_engine(db_url)
    await empty_tables(engine)
    await engine.dispose()

    def make(**extra: Any) -> Settings:
        values = {
            "DATABASE_URL": db_url,
            "LINE_CHANNEL_SECRET": LINE_SECRET,
            "LINE_CHANNEL_ACCESS_TOKEN": LINE_TOKEN,
            "LINE_API_BASE_URL": api.url,
            **extra,
        }
        return Settings.model_validate(values)

    return make


@pytest.fixture
async def db_settings(db_url: str, line_api: FakeLineApi) -> Callable[..., Settings]:  # noqa: F811
    """``settings_for`` on each backend."""
    return await settings_for(db_url, line_api)


def line_event(user: str, kind: str, value: str = "") -> dict[str, Any]:
    """A LINE event of ``kind`` ("text", "postback", "follow") with fresh ids; its reply token is its id."""
    n = next(_ids)
    event: dict[str, Any] = {
        "type": "message" if kind == "text" else kind,
        "mode": "active",
        "timestamp": 1_760_000_000_000,
        "source": {"type": "user", "userId": user},
        "webhookEventId": f"EV{n:06d}",
        "replyToken": f"EV{n:06d}",
        "deliveryContext": {"isRedelivery": False},
    }
    if kind == "text":
        event["message"] = {"id": str(n), "type": "text", "text": value, "quoteToken": "q"}
    elif kind == "postback":
        event["postback"] = {"data": value}
    return event


async def post_events(client: AppClient, *events: dict[str, Any]) -> None:
    body = line_body(*events)
    response = await client.post("/webhook/line", data=body, headers={"X-Line-Signature": line_signature(body)})
    assert response.status == 200, await response.text()


async def reply_to(api: FakeLineApi, event: dict[str, Any], timeout: float = 10.0) -> str:
    """All text of the reply to ``event`` (waits for it)."""
    token = event["replyToken"]
    while not (calls := [c for c in api.paths("/message/reply") if c.body.get("replyToken") == token]):
        await api.wait_for("/message/reply", len(api.paths("/message/reply")) + 1, timeout)
    return _texts(calls[-1].body["messages"])


def _texts(node: Any) -> str:
    if isinstance(node, dict):
        own = [node["text"]] if isinstance(node.get("text"), str) else []
        own += [node["data"]] if isinstance(node.get("data"), str) else []
        return "\n".join(own + [_texts(v) for k, v in node.items() if k not in ("text", "data")])
    if isinstance(node, list):
        return "\n".join(_texts(item) for item in node)
    return ""
