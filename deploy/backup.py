#!/usr/bin/env python3
"""Back up, restore and verify the assistant's database. Needs Python 3.11+ only (and, for
PostgreSQL, the client tools pg_dump, pg_restore and psql of the server's major version).

    python3 deploy/backup.py backup  DATABASE_URL FILE     # SQLite: online .backup; PostgreSQL: pg_dump -Fc
    python3 deploy/backup.py restore FILE DATABASE_URL     # into a NEW, empty database (refuses otherwise)
    python3 deploy/backup.py verify  DATABASE_URL OTHER_URL  # same tables, same row counts? exit 1 if not
    python3 deploy/backup.py drill   DATABASE_URL SCRATCH_URL  # backup, restore into SCRATCH, verify

DATABASE_URL is the app's own (sqlite+aiosqlite:///./data/assistant.db,
postgresql+asyncpg://user:password@host:5432/assistant); the driver part is ignored. A SQLite
backup is taken with SQLite's online backup API (the same as the shell's ``.backup``), so the
service can keep running. Passwords are passed to the PostgreSQL tools in PGPASSWORD, never on
the command line.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlsplit


class BackupError(Exception):
    """A step failed; the message says which and why."""


def _kind(url: str) -> str:
    scheme = urlsplit(url).scheme.split("+", 1)[0]
    if scheme == "sqlite":
        return "sqlite"
    if scheme in ("postgresql", "postgres"):
        return "postgresql"
    raise BackupError(f"unsupported database URL scheme {scheme!r}")


def _sqlite_file(url: str) -> Path:
    # sqlite:///relative/path or sqlite:////absolute/path (SQLAlchemy's form)
    rest = url.split(":///", 1)[1] if ":///" in url else ""
    if not rest or rest.startswith(":memory:"):
        raise BackupError("an in-memory SQLite database cannot be backed up")
    return Path(rest.split("?", 1)[0])


def _pg(url: str) -> tuple[list[str], dict[str, str]]:
    """libpq connection arguments and environment (the password stays out of argv)."""
    parts = urlsplit(url)
    env = dict(os.environ)
    if parts.password:
        env["PGPASSWORD"] = unquote(parts.password)
    args = ["-h", parts.hostname or "127.0.0.1", "-p", str(parts.port or 5432)]
    if parts.username:
        args += ["-U", unquote(parts.username)]
    return args, env | {"PGDATABASE": parts.path.lstrip("/")}


def _run(cmd: list[str], env: dict[str, str] | None = None) -> str:
    result = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{cmd[0]} failed: {result.stderr.strip()}")
    return result.stdout


def counts(url: str) -> dict[str, int]:
    """Row count of every table."""
    if _kind(url) == "sqlite":
        path = _sqlite_file(url)
        if not path.exists():
            raise BackupError(f"{path} does not exist")
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            names = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
            return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    args, env = _pg(url)
    names = _run(["psql", *args, "-XAtc",
                  "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"], env).split()
    if not names:
        return {}
    query = " UNION ALL ".join(f"SELECT '{n}', count(*) FROM public.\"{n}\"" for n in names)
    rows = _run(["psql", *args, "-XAt", "-F", "\t", "-c", query], env).splitlines()
    return {name: int(count) for name, count in (row.split("\t") for row in rows)}


def backup(url: str, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if _kind(url) == "sqlite":
        with sqlite3.connect(_sqlite_file(url)) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
    else:
        args, env = _pg(url)
        _run(["pg_dump", *args, "--format=custom", "--no-owner", "--no-privileges", "--file", str(target)], env)
    os.chmod(target, 0o600)  # a backup holds everything the database does


def restore(source: Path, url: str) -> None:
    if not source.exists():
        raise BackupError(f"{source} does not exist")
    if _kind(url) == "sqlite":
        target = _sqlite_file(url)
        if target.exists() and target.stat().st_size > 0:
            raise BackupError(f"{target} exists: restore into a new file, then swap it in with the service stopped")
        target.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(source) as backup_db, sqlite3.connect(target) as fresh:
            backup_db.backup(fresh)
        os.chmod(target, 0o600)
        return
    if counts(url):
        raise BackupError("the target database has tables: restore into a new, empty database")
    args, env = _pg(url)
    _run(["pg_restore", *args, "--dbname", env["PGDATABASE"], "--no-owner", "--no-privileges",
          "--exit-on-error", str(source)], env)


def verify(url: str, other: str) -> list[str]:
    """The differences in tables and row counts (empty when the two databases agree)."""
    a, b = counts(url), counts(other)
    problems = [f"table {t}: only in one database" for t in sorted(set(a) ^ set(b))]
    problems += [f"table {t}: {a[t]} rows vs {b[t]}" for t in sorted(set(a) & set(b)) if a[t] != b[t]]
    return problems


def drill(url: str, scratch: str) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / ("backup.db" if _kind(url) == "sqlite" else "backup.dump")
        backup(url, file)
        restore(file, scratch)
    return verify(url, scratch)


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in ("backup", "restore", "verify", "drill"):
        print(__doc__, file=sys.stderr)
        return 2
    action, first, second = argv
    try:
        if action == "backup":
            backup(first, Path(second))
            print(f"backed up to {second}: {sum(counts(first).values())} rows in {len(counts(first))} tables")
            return 0
        if action == "restore":
            restore(Path(first), second)
            print(f"restored into the new database: {sum(counts(second).values())} rows")
            return 0
        problems = verify(first, second) if action == "verify" else drill(first, second)
    except BackupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for problem in problems:
        print(problem)
    totals = counts(first)
    print(f"{'MISMATCH' if problems else 'OK'}: {len(totals)} tables, {sum(totals.values())} rows compared")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
