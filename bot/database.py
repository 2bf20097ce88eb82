"""Opening the database for a process: the embedded SQLite default migrates itself first.

``hot_path=True`` (``serve``) sizes the engine for the webhook path: SQLite runs inline on one
connection (``storage.inline_sqlite``: no thread hop per statement, transactions take turns in the
pool's queue); PostgreSQL gets a small asyncpg pool with no overflow (the batch processor, the
inbox writer and the odd health check are all that is ever in flight; overflow connections,
opened and closed per burst, cost more than waiting).

Also the readiness probe's check (``check_ready``): the database answers ``SELECT 1`` within the
connect timeout, and for SQLite the file is still there (a deleted file would otherwise go
unnoticed: open connections keep the unlinked inode alive, and a new one would create it empty).
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

import storage
from bot.config import Settings


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for in-memory databases and other backends."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def ensure_private_sqlite_file(url: str) -> None:
    """Create the SQLite file (and its directory) readable by this user only, before SQLite does.

    SQLite gives its -wal and -shm files the main file's permissions, so 0600 here covers them.
    """
    path = sqlite_path(url)
    if path is None:
        return
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


PG_POOL_SIZE = 4


async def open_engine(url: str, settings: Settings | None = None, *, hot_path: bool = False) -> AsyncEngine:
    """An engine for ``url``; SQLite (one process, no operator) is upgraded to the newest schema.

    With ``settings``, the engine gets their connect and statement timeouts. PostgreSQL is
    migrated by ``python -m bot db upgrade`` (a deploy step), never by a replica.
    """
    options: dict[str, Any] = settings.engine_options() if settings is not None else {}
    if hot_path and is_sqlite(url):
        options["inline"] = True
    elif hot_path:
        options.update(pool_size=PG_POOL_SIZE, max_overflow=0)
    if is_sqlite(url):
        ensure_private_sqlite_file(url)
        await storage.upgrade_async(url)
    engine = storage.create_engine(url, **options)
    if is_sqlite(url) and settings is not None:
        busy_ms = int(settings.db_statement_timeout * 1000)

        def busy_timeout(dbapi_connection: Any, _record: Any) -> None:  # after storage's own pragmas
            dbapi_connection.execute(f"PRAGMA busy_timeout={busy_ms}")

        event.listen(engine.sync_engine, "connect", busy_timeout)
    return engine


async def check_ready(engine: AsyncEngine, url: str, timeout: float) -> str | None:
    """None when the database answers within ``timeout`` seconds, else what is wrong."""
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return "database file missing"
    try:
        async with asyncio.timeout(timeout), engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except TimeoutError:
        return "database timed out"
    except Exception as exc:
        return f"database unreachable ({type(exc).__name__})"
    return None
