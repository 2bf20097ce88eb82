"""bot.logs: JSON lines with the event id, secrets redacted, the URL loggers held at WARNING."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot import logs
from bot.config import Settings


@pytest.fixture
def restore_root() -> Iterator[None]:
    root = logging.getLogger()
    saved_level, saved_handlers = root.level, list(root.handlers)
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in saved_handlers:
        root.addHandler(handler)
    root.setLevel(saved_level)


def _logger_to(stream: io.StringIO, fmt: logs.LogFormat, secrets: tuple[str, ...] = ()) -> logging.Logger:
    logger = logging.getLogger(f"test.logs.{fmt}.{len(secrets)}")
    logger.handlers = [logs.make_handler(fmt, secrets, stream)]
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    return logger


async def test_json_lines_carry_the_event_id_of_their_own_task_only() -> None:
    out = io.StringIO()
    log = _logger_to(out, "json")

    async def process(event_id: str) -> None:
        logs.bind_event_id(event_id)
        log.info("handling")
        await asyncio.sleep(0)
        log.info("sending")

    await asyncio.gather(process("line:A"), process("telegram:B"))
    log.info("outside")
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert sorted((line["event_id"], line["message"]) for line in lines if "event_id" in line) == [
        ("line:A", "handling"), ("line:A", "sending"), ("telegram:B", "handling"), ("telegram:B", "sending"),
    ]  # fmt: skip
    assert lines[-1] == {k: lines[-1][k] for k in ("time", "level", "logger", "message")}
    assert lines[-1]["message"] == "outside" and lines[-1]["level"] == "INFO"


def test_event_scope_resets_and_text_format_shows_the_id() -> None:
    out = io.StringIO()
    log = _logger_to(out, "text")
    with logs.event_scope("line:X"):
        assert logs.current_event_id() == "line:X"
        log.warning("inside")
    log.warning("after")
    first, second = out.getvalue().splitlines()
    assert first.endswith("[line:X]: inside")
    assert second.endswith(": after") and "[" not in second


def test_secrets_are_redacted_in_messages_arguments_and_tracebacks() -> None:
    out = io.StringIO()
    log = _logger_to(out, "json", ("123456:SECRET-token", "SECRET"))
    log.info("calling https://api.telegram.org/bot%s/getMe", "123456:SECRET-token")
    try:
        raise RuntimeError("bad SECRET in here")
    except RuntimeError:
        log.exception("failed")
    text = out.getvalue()
    assert "SECRET" not in text
    assert "bot***/getMe" in text and "bad *** in here" in text


def test_configure_holds_the_url_loggers_at_warning_even_in_debug(restore_root: None) -> None:
    logs.configure(logging.DEBUG, "json")
    for name in logs.URL_LOGGERS:
        assert not logging.getLogger(name).isEnabledFor(logging.INFO)
    assert logging.getLogger("bot.anything").isEnabledFor(logging.DEBUG)


def test_settings_list_every_configured_secret() -> None:
    settings = Settings.model_validate(
        {"LINE_CHANNEL_SECRET": "s1", "TELEGRAM_BOT_TOKEN": "t:2", "LOG_FORMAT": "json", "LINE_API_BASE_URL": "x"}
    )
    assert sorted(settings.secret_values()) == ["s1", "t:2"]
    assert settings.log_format == "json"
