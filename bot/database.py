"""Opening the database for a process: the embedded SQLite default migrates itself first.

The app's engine is sized for the hot path: SQLite runs inline on one connection (no thread hop
per statement, transactions take turns in the pool's queue); PostgreSQL gets a small asyncpg pool
(the batch processor, the inbox writer and the odd health check are all that is ever in flight),
no overflow connections (opened and closed per burst, they cost more than waiting), and connect
and statement timeouts so a database that stops answering makes webhooks fail fast with 503.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

import storage

PG_POOL_SIZE = 4
PG_CONNECT_TIMEOUT_SECONDS = 5
PG_COMMAND_TIMEOUT_SECONDS = 15
POOL_WAIT_SECONDS = 10


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


async def open_engine(url: str) -> AsyncEngine:
    """An engine for ``url``; SQLite (one process, no operator) is upgraded to the newest schema.

    PostgreSQL is migrated by ``python -m bot db upgrade`` (a deploy step), never by a replica.
    """
    if is_sqlite(url):
        await storage.upgrade_async(url)
        return storage.create_engine(url, inline=True, pool_timeout=POOL_WAIT_SECONDS)
    return storage.create_engine(
        url,
        pool_size=PG_POOL_SIZE,
        max_overflow=0,
        pool_timeout=POOL_WAIT_SECONDS,
        connect_args={"timeout": PG_CONNECT_TIMEOUT_SECONDS, "command_timeout": PG_COMMAND_TIMEOUT_SECONDS},
    )
