"""Logging for every process: text or JSON lines, the event id on each line, secrets never written.

``configure(level, fmt, secrets)`` is called once by the CLI. Where an event is processed, wrap the
work in ``with event_scope(event_id):`` (or call ``bind_event_id``): every line logged inside it,
in that task, carries ``event_id``. Two guards keep secrets out of the output at every level:

- httpx and httpcore log each request URL (at INFO and DEBUG), a Telegram Bot API URL contains the
  bot token, and python-telegram-bot logs that URL and every call's parameters (the webhook secret
  among them) at DEBUG: those loggers are held at WARNING whatever the chosen level;
- a filter on the handler replaces any configured secret value that still reaches a line with
  ``***`` (message, arguments and traceback alike).

Personal data (user ids, message text) is logged at DEBUG only, never at the default INFO.
"""

from __future__ import annotations

import contextvars
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Literal

LogFormat = Literal["text", "json"]
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s%(event_suffix)s: %(message)s"
# Loggers that write request URLs (with the Telegram token in them) or call parameters below WARNING.
URL_LOGGERS: tuple[str, ...] = ("httpx", "httpcore", "telegram.Bot", "telegram.request")
REDACTED = "***"

_event_id: contextvars.ContextVar[str] = contextvars.ContextVar("event_id", default="")


def bind_event_id(event_id: str) -> contextvars.Token[str]:
    """Tag this task's log lines with ``event_id`` from now on; ``reset_event_id(token)`` undoes it."""
    return _event_id.set(event_id)


def reset_event_id(token: contextvars.Token[str]) -> None:
    _event_id.reset(token)


def current_event_id() -> str:
    return _event_id.get()


@contextmanager
def event_scope(event_id: str) -> Iterator[None]:
    token = bind_event_id(event_id)
    try:
        yield
    finally:
        reset_event_id(token)


class EventIdFilter(logging.Filter):
    """Puts the current event id on the record (``event_id``, and ``event_suffix`` for text)."""

    def filter(self, record: logging.LogRecord) -> bool:
        event_id = _event_id.get()
        record.event_id = event_id
        record.event_suffix = f" [{event_id}]" if event_id else ""
        return True


class RedactingFilter(logging.Filter):
    """Replaces every configured secret in a record's rendered text with ``***``."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        # Longest first, so a secret that contains another is replaced whole.
        self._secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        redacted = self.redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, event_id, exception."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        event_id = getattr(record, "event_id", "")
        if event_id:
            entry["event_id"] = event_id
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def make_handler(fmt: LogFormat, secrets: Iterable[str] = (), stream: object = None) -> logging.Handler:
    """A stream handler (stderr by default) with the event-id and redaction filters."""
    handler = logging.StreamHandler(stream or sys.stderr)  # type: ignore[arg-type]
    handler.addFilter(EventIdFilter())
    handler.addFilter(RedactingFilter(secrets))
    handler.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter(TEXT_FORMAT))
    return handler


def quiet_url_loggers() -> None:
    """Hold the request-URL loggers at WARNING (call before any Telegram API call)."""
    for name in URL_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def configure(level: int = logging.INFO, fmt: LogFormat = "text", secrets: Iterable[str] = ()) -> None:
    """Set up the root logger for a process (replacing handlers set up before)."""
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(make_handler(fmt, secrets))
    root.setLevel(level)
    quiet_url_loggers()
