"""``python -m bot admin create|list|revoke``: admin accounts and their login tokens.

``create`` prints the token once, on its last line; only its hash is stored.
"""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from bot.config import get_settings

ROLES = {"super": "super", "hr": "agency_hr"}


def register(commands: Any) -> None:
    parser = commands.add_parser("admin", help="admin accounts: create (prints a token), list, revoke")
    sub = parser.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    create = sub.add_parser("create", help="a new admin; prints the login token once, on the last line")
    create.add_argument("--name", required=True)
    create.add_argument("--role", required=True, choices=tuple(ROLES), help="super: every agency; hr: one agency")
    create.add_argument("--agency", help="the HR admin's agency, exactly as people's profiles name it")
    create.add_argument("--db", metavar="URL", help="database URL (default: DATABASE_URL)")
    create.set_defaults(handler=lambda args: asyncio.run(_create(args)))
    listing = sub.add_parser("list", help="admins that are not revoked (--all: every one)")
    listing.add_argument("--all", action="store_true")
    listing.add_argument("--db", metavar="URL")
    listing.set_defaults(handler=lambda args: asyncio.run(_list(args)))
    revoke = sub.add_parser("revoke", help="revoke an admin: their token and sessions stop working")
    revoke.add_argument("id", type=int)
    revoke.add_argument("--db", metavar="URL")
    revoke.set_defaults(handler=lambda args: asyncio.run(_revoke(args)))


async def _run(args: argparse.Namespace, action: Any) -> int:
    import storage
    from bot.database import open_engine

    engine = await open_engine(args.db or get_settings().database_url)
    try:
        async with storage.session_factory(engine).begin() as session:
            code: int = await action(session)
            return code
    finally:
        await engine.dispose()


async def _create(args: argparse.Namespace) -> int:
    from storage import Admins, Audit, InvalidValueError

    if args.role == "hr" and not args.agency:
        print("error: an hr admin needs --agency")
        return 2

    async def create(session: Any) -> int:
        try:
            admin, token = await Admins(session).create(args.name, ROLES[args.role], args.agency)
        except InvalidValueError as exc:
            print(f"error: {exc}")
            return 2
        await Audit(session).record(None, "admin.create", f"admin:{admin.id}", {"role": admin.role,
                                                                               "agency": admin.agency})
        print(f"admin {admin.id} ({admin.name}, {args.role}{', ' + admin.agency if admin.agency else ''}) created;"
              " its login token is shown once, below:")
        print(token)
        return 0

    return await _run(args, create)


async def _list(args: argparse.Namespace) -> int:
    from storage import Admins

    async def show(session: Any) -> int:
        admins = await Admins(session).list(include_revoked=args.all)
        print(f"{'id':>4}  {'role':<6} {'agency':<30} {'created':<17} name")
        for admin in admins:
            role = "super" if admin.role == "super" else "hr"
            revoked = f"  (revoked {admin.revoked_at:%Y-%m-%d})" if admin.revoked_at else ""
            print(f"{admin.id:>4}  {role:<6} {admin.agency or '-':<30} {admin.created_at:%Y-%m-%d %H:%M}  "
                  f"{admin.name}{revoked}")
        return 0

    return await _run(args, show)


async def _revoke(args: argparse.Namespace) -> int:
    from storage import Admins, Audit, NotFoundError

    async def revoke(session: Any) -> int:
        try:
            admin = await Admins(session).revoke(args.id)
        except NotFoundError:
            print(f"error: admin {args.id} does not exist")
            return 1
        await Audit(session).record(None, "admin.revoke", f"admin:{admin.id}")
        print(f"admin {admin.id} ({admin.name}) revoked")
        return 0

    return await _run(args, revoke)
