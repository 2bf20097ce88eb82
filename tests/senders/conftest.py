"""Fake LINE and Telegram servers and started senders pointed at them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, Protocol, TypeVar

import pytest

from bot.senders import LineSender, TelegramSender
from tests.fakes import FakeLineApi, FakeTelegramApi

LINE_TOKEN = "test-access-token"
TELEGRAM_TOKEN = "123456:TEST-token"


class _Startable(Protocol):
    async def start(self) -> Any: ...
    async def close(self) -> Any: ...


T = TypeVar("T", bound=_Startable)


@asynccontextmanager
async def started(thing: T) -> AsyncIterator[T]:
    """A fake server or a sender, started for the test and closed after it."""
    await thing.start()
    try:
        yield thing
    finally:
        await thing.close()


@pytest.fixture
async def line_api() -> AsyncIterator[FakeLineApi]:
    async with started(FakeLineApi()) as api:
        yield api


@pytest.fixture
async def telegram_api() -> AsyncIterator[FakeTelegramApi]:
    async with started(FakeTelegramApi()) as api:
        yield api


@pytest.fixture
async def line_sender(line_api: FakeLineApi) -> AsyncIterator[LineSender]:
    async with started(LineSender(LINE_TOKEN, line_api.url, calls_per_second=1000)) as sender:
        yield sender


@pytest.fixture
async def telegram_sender(telegram_api: FakeTelegramApi) -> AsyncIterator[TelegramSender]:
    sender = TelegramSender(TELEGRAM_TOKEN, telegram_api.url, per_second=200, per_chat_per_second=50)
    async with started(sender) as running:
        yield running
