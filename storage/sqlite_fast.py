"""The batch processor's fixed statements as plain ``sqlite3``, on the inline connection's transaction.

Measured on this project's 2-core machine (2026-11-29, batches of 16, busy machine): taking a batch
from the inbox cost 950 µs through SQLAlchemy and 240 µs as the same SQL through ``sqlite3``;
inserting its replies 1,330 µs and 380 µs. The difference is SQLAlchemy's per-value work: every
datetime through its type and parsed back with a regular expression, every row through
"insertmanyvalues". Only these statements go around it, and they write exactly what SQLAlchemy
writes (UTC text with microseconds, the enums' values, orjson text), so every other query reads
their rows as before. PostgreSQL keeps the Core statements (asyncpg does this work in C).
"""

from __future__ import annotations

import sqlite3
import weakref
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from storage.inline_sqlite import InlineConnection

_KEY = "sqlite_fast.connection"
SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"  # SQLAlchemy's SQLite DATETIME text, for UTC (``storage.types``)


def to_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(SQLITE_TIME)


def from_text(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


async def inline_connection(session: AsyncSession) -> sqlite3.Connection | None:
    """The ``sqlite3`` connection under ``session``'s transaction when it runs on the inline driver
    (``serve`` on SQLite), else None. Looked up once per transaction."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    known = session.info.get(_KEY)
    transaction = session.get_transaction()
    if known is not None and transaction is not None and known[0]() is transaction:
        return known[1]
    pooled = await (await session.connection()).get_raw_connection()
    driver = pooled.driver_connection
    found = driver.sqlite if isinstance(driver, InlineConnection) else None
    # A weak reference: the transaction refers to the session, and a strong one here made a cycle of each session
    # and everything it held, which only the garbage collector freed (in serve's core process ~15,000 objects, a
    # 6–8 ms young collection every ~0.45 s, each a pause for every event in flight).
    session.info[_KEY] = (weakref.ref(session.get_transaction()), found)
    return found


def many(sql_head: str, row_sql: str, rows: int, returning: str = "") -> str:
    """One multi-row ``INSERT`` of ``rows`` rows: ``sql_head VALUES row_sql, row_sql, … returning``."""
    return f"{sql_head} VALUES {', '.join([row_sql] * rows)}{returning}"


def placeholders(n: int) -> str:
    return ", ".join("?" * n)
