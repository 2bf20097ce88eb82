"""Fake platform APIs on 127.0.0.1 that record every call the real SDK clients make."""

from tests.fakes.base import Call, RecordingServer
from tests.fakes.line_api import FakeLineApi
from tests.fakes.telegram_api import FakeTelegramApi

__all__ = ["Call", "FakeLineApi", "FakeTelegramApi", "RecordingServer"]
