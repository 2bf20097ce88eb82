"""A whole run (webhooks on both platforms, the web simulator, the telegram CLI) writes no secret.

Logs are captured at DEBUG from every logger, without the redaction filter, so a pass means no
secret was ever produced, not that it was masked. Personal data (user ids, message text) may appear
at DEBUG only: the INFO-and-above lines are checked for it too.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import logs
from bot.config import Settings
from tests.channels.conftest import (
    LINE_SECRET,
    LINE_TOKEN,
    LINE_USER,
    TELEGRAM_SECRET,
    TELEGRAM_TOKEN,
    ClientFactory,
    line_body,
    line_signature,
    text_event,
)
from tests.channels.test_telegram import CHAT, message_update, post_update
from tests.fakes import FakeLineApi, FakeTelegramApi

ROOT = Path(__file__).resolve().parents[2]
SECRETS = (LINE_SECRET, LINE_TOKEN, TELEGRAM_TOKEN, TELEGRAM_TOKEN.split(":", 1)[1], TELEGRAM_SECRET)
LINE_TEXT = "ข้อความลับของผู้ใช้ DL201"
TELEGRAM_TEXT = "หลักฐานของ DS700 มีอะไร"


@pytest.fixture
def captured() -> Iterator[tuple[io.StringIO, io.StringIO]]:
    """Every record at DEBUG (raw) and the INFO-and-above lines, as JSON lines; restored after."""
    root = logging.getLogger()
    saved_level, saved_handlers = root.level, list(root.handlers)
    debug_out, info_out = io.StringIO(), io.StringIO()
    logs.configure(logging.DEBUG, "json")
    root.handlers[0].setStream(debug_out)  # type: ignore[attr-defined]
    info = logs.make_handler("json", stream=info_out)
    info.setLevel(logging.INFO)
    root.addHandler(info)
    yield debug_out, info_out
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in saved_handlers:
        root.addHandler(handler)
    root.setLevel(saved_level)


async def _cli(*args: str, env: dict[str, str]) -> str:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args,
        cwd=ROOT, env={**os.environ, **env},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    out, _ = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, out.decode()
    return out.decode()


async def test_a_whole_run_logs_no_secret_and_no_personal_data_at_info(
    make_client: ClientFactory,
    settings: Settings,
    line_api: FakeLineApi,
    telegram_api: FakeTelegramApi,
    captured: tuple[io.StringIO, io.StringIO],
) -> None:
    debug_out, info_out = captured
    client = await make_client(settings)  # the real dialog engine
    body = line_body(text_event("01SECRETS0001", LINE_TEXT, reply_token="rt-secrets"))
    response = await client.post("/webhook/line", data=body, headers={"X-Line-Signature": line_signature(body)})
    assert response.status == 200
    assert await post_update(client, message_update(7001, TELEGRAM_TEXT)) == 200
    chat = await client.post("/api/chat", json={"text": "DL201 ต้องทำอะไรบ้าง"})
    assert chat.status == 200
    await line_api.wait_for("/reply", timeout=20)
    await telegram_api.wait_for("/sendMessage", timeout=20)
    await client.close()

    env = {
        "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
        "TELEGRAM_WEBHOOK_SECRET": TELEGRAM_SECRET,
        "TELEGRAM_API_BASE_URL": telegram_api.url,
        "LINE_CHANNEL_SECRET": LINE_SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": LINE_TOKEN,
    }
    cli_output = await _cli("-v", "telegram", "set-webhook", "https://bot.example/webhook/telegram", env=env)
    cli_output += await _cli("-v", "telegram", "delete-webhook", env=env)
    assert telegram_api.calls_to("setWebhook") and telegram_api.calls_to("deleteWebhook")

    everything = debug_out.getvalue() + cli_output
    assert "webhook" in everything  # the capture really captured
    assert '"event_id": "line:01SECRETS0001"' in debug_out.getvalue()
    for secret in SECRETS:
        assert secret not in everything, f"secret {secret!r} was written"
    info_lines = info_out.getvalue()
    for personal in (LINE_USER, str(CHAT), LINE_TEXT, TELEGRAM_TEXT):
        assert personal not in info_lines, f"{personal!r} logged at INFO or above"
