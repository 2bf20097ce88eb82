"""Opening the database for a one-shot command (the embedded SQLite default migrates itself)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

import storage
from bot.config import get_settings
from bot.database import open_engine


@asynccontextmanager
async def command_sessions(url: str | None = None) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = await open_engine(url or get_settings().database_url)
    try:
        yield storage.session_factory(engine)
    finally:
        await engine.dispose()
