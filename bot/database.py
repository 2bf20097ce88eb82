"""Opening the database for a process: the embedded SQLite default migrates itself first."""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

import storage


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


async def open_engine(url: str) -> AsyncEngine:
    """An engine for ``url``; SQLite (one process, no operator) is upgraded to the newest schema.

    PostgreSQL is migrated by ``python -m bot db upgrade`` (a deploy step), never by a replica.
    """
    if is_sqlite(url):
        await storage.upgrade_async(url)
    return storage.create_engine(url)
