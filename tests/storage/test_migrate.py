from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from storage import (
    MigrationError,
    create_engine,
    current_revision,
    downgrade,
    head_revision,
    upgrade,
    upgrade_async,
)
from storage.models import Base
from tests.conftest import create_postgres_database, drop_postgres_database

TABLES = set(Base.metadata.tables)


async def _inspect(url: str, action: Any) -> Any:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return await conn.run_sync(action)
    finally:
        await engine.dispose()


def _table_names(conn: Connection) -> set[str]:
    return set(inspect(conn).get_table_names())


def _diff(conn: Connection) -> list[Any]:
    context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
    return list(compare_metadata(context, Base.metadata))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database, never migrated."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'nested' / 'fresh.db'}"
        return
    url = create_postgres_database()
    try:
        yield url
    finally:
        drop_postgres_database(url)


def test_upgrade_then_downgrade_to_base(fresh_url: str) -> None:
    assert current_revision(fresh_url) is None
    upgrade(fresh_url)
    assert current_revision(fresh_url) == head_revision()
    assert asyncio.run(_inspect(fresh_url, _table_names)) >= TABLES
    assert asyncio.run(_inspect(fresh_url, _diff)) == []
    upgrade(fresh_url)  # a second upgrade is a no-op
    downgrade(fresh_url, "base")
    assert current_revision(fresh_url) is None
    assert asyncio.run(_inspect(fresh_url, _table_names)) & TABLES == set()


async def test_models_and_migrations_agree(db_url: str) -> None:
    """Autogenerate finds nothing to do on a freshly upgraded database."""
    assert await _inspect(db_url, _diff) == []


async def test_upgrade_works_inside_a_running_loop(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'loop.db'}"
    await upgrade_async(url)
    upgrade(url)  # the sync form runs on a helper thread when a loop is running
    assert await _inspect(url, _table_names) >= TABLES


def test_bad_url_raises_migration_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(MigrationError):
        upgrade(f"sqlite:///{blocker / 'x.db'}")


@pytest.mark.postgres
def test_concurrent_upgrades_on_postgres_do_not_collide() -> None:
    url = create_postgres_database()

    async def three_replicas_start() -> None:
        await asyncio.gather(upgrade_async(url), upgrade_async(url), upgrade_async(url))

    try:
        asyncio.run(three_replicas_start())
        assert current_revision(url) == head_revision()
        assert asyncio.run(_inspect(url, _diff)) == []
    finally:
        drop_postgres_database(url)
