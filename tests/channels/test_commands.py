"""The serve, chat and telegram commands."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from bot.cli import build_parser
from bot.commands import telegram as telegram_command
from bot.commands.serve import browse_url
from bot.config import get_settings
from tests.channels.conftest import TELEGRAM_SECRET, TELEGRAM_TOKEN
from tests.fakes import FakeTelegramApi


@pytest.fixture
def fresh_settings() -> Iterator[None]:
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_parser_knows_the_commands() -> None:
    parser = build_parser()
    args = parser.parse_args(["serve", "--host", "0.0.0.0", "--port", "9000", "--no-workers"])
    assert (args.host, args.port, args.no_workers) == ("0.0.0.0", 9000, True)
    assert parser.parse_args(["chat"]).user == "local"
    assert parser.parse_args(["telegram", "set-webhook", "https://x/webhook/telegram"]).url.startswith("https")


def test_browse_url() -> None:
    assert browse_url("0.0.0.0", 8080) == "http://127.0.0.1:8080/"
    assert browse_url("example.org", 80) == "http://example.org:80/"
    assert browse_url("::1", 8080) == "http://[::1]:8080/"


async def test_set_webhook_sends_the_secret(
    telegram_api: FakeTelegramApi, monkeypatch: pytest.MonkeyPatch, fresh_settings: None
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", TELEGRAM_SECRET)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", telegram_api.url)
    settings = get_settings()
    assert await telegram_command._call(settings, TELEGRAM_TOKEN, "set", "https://bot.example/webhook/telegram", "s")
    [call] = telegram_api.calls_to("setWebhook")
    assert call["url"] == "https://bot.example/webhook/telegram"
    assert call["secret_token"] == "s"
    assert call["allowed_updates"] == ["message", "callback_query"]


def test_set_webhook_refuses_without_secret_or_https(
    monkeypatch: pytest.MonkeyPatch, fresh_settings: None, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN)
    monkeypatch.delenv("TELEGRAM_WEBHOOK_SECRET", raising=False)
    assert telegram_command.set_webhook(argparse.Namespace(url="https://x/webhook/telegram")) == 2
    assert "TELEGRAM_WEBHOOK_SECRET" in capsys.readouterr().err
    assert telegram_command.set_webhook(argparse.Namespace(url="http://x/webhook/telegram")) == 2
