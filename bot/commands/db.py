"""``python -m bot db upgrade|downgrade``: apply the Alembic migrations."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy.engine import make_url

from bot.config import get_settings


def register(commands: Any) -> None:
    parser = commands.add_parser("db", help="database migrations")
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = sub.add_parser("upgrade", help="apply migrations (default: to the newest)")
    up.add_argument("revision", nargs="?", default="head")
    up.add_argument("--db", metavar="URL", help="database URL (default: DATABASE_URL)")
    up.set_defaults(handler=upgrade)
    down = sub.add_parser("downgrade", help="revert migrations to REVISION ('base' for none)")
    down.add_argument("revision")
    down.add_argument("--db", metavar="URL", help="database URL (default: DATABASE_URL)")
    down.set_defaults(handler=downgrade)


def upgrade(args: argparse.Namespace) -> int:
    import storage

    url = args.db or get_settings().database_url
    storage.upgrade(url, args.revision)
    print(f"database at {_redact(url)} upgraded to {args.revision}")
    return 0


def downgrade(args: argparse.Namespace) -> int:
    import storage

    url = args.db or get_settings().database_url
    storage.downgrade(url, args.revision)
    print(f"database at {_redact(url)} downgraded to {args.revision}")
    return 0


def _redact(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)
