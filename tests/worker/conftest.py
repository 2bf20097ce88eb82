"""The worker against the fake platform APIs, on both databases."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.senders import create_senders
from bot.worker import Worker
from tests.fakes import FakeLineApi, FakeTelegramApi
from tests.senders.conftest import LINE_TOKEN, TELEGRAM_TOKEN, line_api, telegram_api

__all__ = ["line_api", "telegram_api"]


def make_settings(db_url: str, line: FakeLineApi, telegram: FakeTelegramApi, **extra: Any) -> Settings:
    values = {
        "DATABASE_URL": db_url,
        "LINE_CHANNEL_ACCESS_TOKEN": LINE_TOKEN,
        "LINE_API_BASE_URL": line.url,
        "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
        "TELEGRAM_API_BASE_URL": telegram.url,
        "TELEGRAM_MAX_PER_SECOND": 500,
        "TELEGRAM_MAX_PER_CHAT_PER_SECOND": 100,
        "LINE_MAX_CALLS_PER_SECOND": 1000,
    }
    values.update(extra)
    return Settings.model_validate(values)


WorkerFactory = Callable[..., Any]


@pytest.fixture
def settings(db_url: str, line_api: FakeLineApi, telegram_api: FakeTelegramApi) -> Settings:
    return make_settings(db_url, line_api, telegram_api)


@pytest.fixture
def new_worker(engine: AsyncEngine, settings: Settings) -> WorkerFactory:
    """``async with new_worker() as worker``: a worker with started senders (a fresh process, as it were)."""

    @asynccontextmanager
    async def factory(settings_: Settings | None = None) -> AsyncIterator[Worker]:
        chosen = settings_ or settings
        senders = create_senders(chosen)
        for sender in senders.values():
            await sender.start()
        try:
            yield Worker(chosen, engine, senders)
        finally:
            for sender in senders.values():
                await sender.close()

    return factory
