"""Fake LINE and Telegram servers and started senders pointed at them."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.senders import LineSender, TelegramSender
from tests.fakes import FakeLineApi, FakeTelegramApi

LINE_TOKEN = "test-access-token"
TELEGRAM_TOKEN = "123456:TEST-token"


@pytest.fixture
async def line_api() -> AsyncIterator[FakeLineApi]:
    api = FakeLineApi()
    await api.start()
    try:
        yield api
    finally:
        await api.close()


@pytest.fixture
async def telegram_api() -> AsyncIterator[FakeTelegramApi]:
    api = FakeTelegramApi()
    await api.start()
    try:
        yield api
    finally:
        await api.close()


@pytest.fixture
async def line_sender(line_api: FakeLineApi) -> AsyncIterator[LineSender]:
    sender = LineSender(LINE_TOKEN, line_api.url, calls_per_second=1000)
    await sender.start()
    try:
        yield sender
    finally:
        await sender.close()


@pytest.fixture
async def telegram_sender(telegram_api: FakeTelegramApi) -> AsyncIterator[TelegramSender]:
    sender = TelegramSender(TELEGRAM_TOKEN, telegram_api.url, per_second=200, per_chat_per_second=50)
    await sender.start()
    try:
        yield sender
    finally:
        await sender.close()
