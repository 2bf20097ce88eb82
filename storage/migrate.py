"""Apply and revert the Alembic migrations from code (no alembic.ini in the working directory).

``upgrade(url)`` / ``downgrade(url, revision)`` are synchronous: call them from a plain ``main``
(``python -m bot db upgrade``). Inside a running event loop (the server's start-up auto-upgrade)
``await upgrade_async(url)``; the sync functions also work there, by running the migration on a
helper thread with its own loop, but they block the calling loop while they do.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import URL, Connection

from storage.engine import create_engine, lock_id, normalise_url
from storage.errors import MigrationError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
T = TypeVar("T")
MIGRATION_LOCK = "storage:migrations"


def alembic_config(url: str | URL | None = None) -> Config:
    """An Alembic ``Config`` pointing at the packaged migrations (and at ``url`` if given)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        rendered = normalise_url(url).render_as_string(hide_password=False)
        config.set_main_option("sqlalchemy.url", rendered.replace("%", "%%"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


async def _with_connection(url: str | URL, action: Callable[[Connection], T]) -> T:
    try:
        engine = create_engine(url)
    except OSError as exc:
        raise MigrationError(f"cannot open the database: {exc}") from exc
    try:
        async with engine.begin() as conn:
            return await conn.run_sync(action)
    except Exception as exc:  # one error route for callers: MigrationError names the cause
        raise MigrationError(f"migration failed: {exc}") from exc
    finally:
        await engine.dispose()


def _command(url: str | URL, name: str, revision: str) -> Callable[[Connection], None]:
    def run(connection: Connection) -> None:
        if connection.dialect.name == "postgresql":
            # Replicas starting together: one migrates, the others wait and then find nothing to do.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({lock_id(MIGRATION_LOCK)})")
        config = alembic_config(url)
        config.attributes["connection"] = connection
        getattr(command, name)(config, revision)

    return run


async def upgrade_async(url: str | URL, revision: str = "head") -> None:
    await _with_connection(url, _command(url, "upgrade", revision))


async def downgrade_async(url: str | URL, revision: str) -> None:
    await _with_connection(url, _command(url, "downgrade", revision))


async def current_revision_async(url: str | URL) -> str | None:
    return await _with_connection(url, lambda conn: MigrationContext.configure(conn).get_current_revision())


def _run(coro: Coroutine[Any, Any, T]) -> T:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def upgrade(url: str | URL, revision: str = "head") -> None:
    """Upgrade the database at ``url`` to ``revision`` (default: the newest)."""
    _run(upgrade_async(url, revision))


def downgrade(url: str | URL, revision: str) -> None:
    """Revert the database at ``url`` to ``revision`` ("base" removes every table)."""
    _run(downgrade_async(url, revision))


def current_revision(url: str | URL) -> str | None:
    return _run(current_revision_async(url))
