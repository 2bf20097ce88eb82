"""deploy/backup.py: back up, restore into a fresh database and compare counts, on both backends."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

import storage
from bot.dialog.engine import DialogEngine
from bot.incoming import Incoming
from tests.conftest import create_postgres_database, drop_postgres_database

SCRIPT = Path(__file__).resolve().parents[2] / "deploy" / "backup.py"


async def _populate(url: str) -> None:
    """A few real conversations: users, consent, a started self-assessment, a reminder."""
    engine = storage.create_engine(url)
    try:
        chat = DialogEngine(storage.session_factory(engine))
        for uid in ("u1", "u2", "u3"):
            await chat(Incoming("web", uid, "text", "สวัสดี"))
            await chat(Incoming("web", uid, "postback", "k:y"))
            await chat(Incoming("web", uid, "text", "ทำแบบประเมิน DL200"))
        await chat(Incoming("web", "u1", "text", "เตือนส่งหลักฐาน DL200 อีก 30 วัน"))
    finally:
        await engine.dispose()


def _script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=120)


def _drill(url: str, scratch: str) -> str:
    result = _script("drill", url, scratch)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_sqlite_backup_restore_and_compare(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'live.db'}"
    storage.upgrade(url)
    asyncio.run(_populate(url))
    out = _drill(url, f"sqlite:///{tmp_path / 'restored.db'}")
    assert out.startswith("OK:") and " 0 rows" not in out
    # A restore never overwrites a database, and verify sees a difference.
    assert _script("restore", str(tmp_path / "restored.db"), url).returncode == 1
    asyncio.run(_delete_one_user(url))
    mismatch = _script("verify", url, f"sqlite:///{tmp_path / 'restored.db'}")
    assert mismatch.returncode == 1 and "table users: 2 rows vs 3" in mismatch.stdout


async def _delete_one_user(url: str) -> None:
    engine = storage.create_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("DELETE FROM conversation_states"))
            await conn.execute(text("DELETE FROM assessment_attempts"))
            await conn.execute(text("DELETE FROM evidence_deadlines"))
            await conn.execute(text("DELETE FROM reminders"))
            await conn.execute(text("DELETE FROM users WHERE platform_user_id = 'u3'"))
    finally:
        await engine.dispose()


@pytest.fixture
def two_postgres_databases() -> Iterator[tuple[str, str]]:
    live, scratch = create_postgres_database(), create_postgres_database()
    try:
        yield live, scratch
    finally:
        drop_postgres_database(live)
        drop_postgres_database(scratch)


@pytest.mark.postgres
def test_postgresql_backup_restore_and_compare(two_postgres_databases: tuple[str, str]) -> None:
    live, scratch = two_postgres_databases
    storage.upgrade(live)
    asyncio.run(_populate(live))
    out = _drill(live, scratch)
    assert out.startswith("OK:")
    tables = int(out.split()[1])
    assert tables >= 10
