"""Database fixtures shared by every test package.

``db_url`` runs a test on SQLite (a temp file) and on PostgreSQL (127.0.0.1:5432, user postgres,
a fresh randomly named database per test session, dropped at the end). Both are migrated once;
``engine`` empties every table before each test. The PostgreSQL cases carry the ``postgres`` mark
and fail, not skip, when the server cannot be reached.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from storage import create_engine, session_factory, upgrade
from storage.models import Base

PG_HOST = os.environ.get("TEST_POSTGRES_HOST", "127.0.0.1:5432")
PG_ADMIN_DSN = f"postgresql://postgres@{PG_HOST}/postgres"


async def _pg_admin(sql: str) -> None:
    conn = await asyncpg.connect(PG_ADMIN_DSN, timeout=5)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def create_postgres_database() -> str:
    """A new, empty PostgreSQL database; returns its async URL. Fails the test if unreachable."""
    name = f"test_assistant_{secrets.token_hex(6)}"
    try:
        asyncio.run(_pg_admin(f'CREATE DATABASE "{name}"'))
    except (TimeoutError, OSError, asyncpg.PostgresError) as exc:
        pytest.fail(f"PostgreSQL at {PG_HOST} is not reachable: {exc!r}", pytrace=False)
    return f"postgresql+asyncpg://postgres@{PG_HOST}/{name}"


def drop_postgres_database(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    url = create_postgres_database()
    try:
        upgrade(url)
        yield url
    finally:
        drop_postgres_database(url)


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path: Path = tmp_path_factory.mktemp("db") / "assistant.db"
    url = f"sqlite+aiosqlite:///{path}"
    upgrade(url)
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A migrated database URL, once per backend."""
    return str(request.getfixturevalue(f"{request.param}_url"))


async def empty_tables(engine: AsyncEngine) -> None:
    tables = list(reversed(Base.metadata.sorted_tables))
    async with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            names = ", ".join(f'"{table.name}"' for table in tables)
            await conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                await conn.execute(table.delete())


@pytest.fixture
async def engine(db_url: str) -> AsyncIterator[AsyncEngine]:
    """An engine on ``db_url`` whose tables are empty at the start of the test."""
    engine = create_engine(db_url)
    await empty_tables(engine)
    try:
        yield engine
    finally:
        await engine.dispose()


@pytest.fixture
def sessions(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return session_factory(engine)


@pytest.fixture
async def session(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """One session for a test; commit inside the test where the commit matters."""
    async with sessions() as session:
        yield session
