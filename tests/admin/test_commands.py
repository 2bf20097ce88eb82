"""``python -m bot admin create|list|revoke`` on a real database, and the token it prints works."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from storage import Admins, Audit, create_engine, hash_token, session_factory


async def _stored(url: str) -> tuple[list[tuple[str, str, str | None, str, bool]], list[str]]:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            admins = [(a.name, a.role, a.agency, a.token_hash, a.revoked_at is not None)
                      for a in await Admins(session).list(include_revoked=True)]
            actions = [e.action for e in reversed(await Audit(session).recent())]
            return admins, actions
    finally:
        await engine.dispose()


def test_create_list_revoke(tmp_path: Path, template_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(template_db, tmp_path / "a.db")
    db = f"sqlite:///{tmp_path / 'a.db'}"
    assert main(["admin", "create", "--name", "HR เอ", "--role", "hr", "--agency", "กรมเอ", "--db", db]) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["admin", "create", "--name", "Root", "--role", "super", "--db", db]) == 0
    capsys.readouterr()
    assert main(["admin", "create", "--name", "x", "--role", "hr", "--db", db]) == 2  # hr needs an agency
    assert "--agency" in capsys.readouterr().out
    admins, _ = asyncio.run(_stored(db.replace("sqlite:", "sqlite+aiosqlite:")))
    assert admins[0] == ("HR เอ", "agency_hr", "กรมเอ", hash_token(token), False)
    assert token not in str(admins)
    assert main(["admin", "list", "--db", db]) == 0
    listing = capsys.readouterr().out
    assert "HR เอ" in listing and "กรมเอ" in listing and "Root" in listing and token not in listing
    assert main(["admin", "revoke", "1", "--db", db]) == 0
    assert main(["admin", "revoke", "99", "--db", db]) == 1
    capsys.readouterr()
    assert main(["admin", "list", "--db", db]) == 0
    assert "HR เอ" not in capsys.readouterr().out
    admins, actions = asyncio.run(_stored(db.replace("sqlite:", "sqlite+aiosqlite:")))
    assert admins[0][4] is True
    assert actions == ["admin.create", "admin.create", "admin.revoke"]
