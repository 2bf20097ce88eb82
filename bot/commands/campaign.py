"""``python -m bot campaign create|list|cancel``: evidence-deadline campaigns for a segment.

``create`` prints the campaign id on its last line; people who join the segment later get the
deadline too (the worker's scheduler adds them).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import date
from typing import Any

from bot.commands.segment_args import add_segment_arguments, describe, segment_from


def register(commands: Any) -> None:
    parser = commands.add_parser("campaign", help="deadline campaigns: create, list, cancel")
    sub = parser.add_subparsers(dest="campaign_command", metavar="ACTION", required=True)
    create = sub.add_parser("create", help="set an evidence deadline for everyone in a segment")
    create.add_argument("--unit", required=True, type=_unit, metavar="FRAMEWORK:CODE", help="e.g. std-2567:DS700")
    create.add_argument("--due", required=True, type=_due, metavar="YYYY-MM-DD", help="the due date")
    add_segment_arguments(create)
    create.set_defaults(handler=lambda a: asyncio.run(_create(a)))
    listing = sub.add_parser("list", help="every campaign, newest first")
    listing.add_argument("--agency", help="only this agency's campaigns")
    listing.set_defaults(handler=lambda a: asyncio.run(_list(a)))
    cancel = sub.add_parser("cancel", help="cancel a campaign's reminders")
    cancel.add_argument("id", type=int, help="campaign id")
    cancel.set_defaults(handler=lambda a: asyncio.run(_cancel(a)))


def _unit(value: str) -> tuple[str, str]:
    framework, sep, code = value.partition(":")
    if not sep or not framework or not code:
        raise argparse.ArgumentTypeError(f"expected FRAMEWORK:CODE (e.g. std-2567:DS700), got {value!r}")
    return framework, code.upper()


def _due(value: str) -> date:
    """YYYY-MM-DD, the year in the Common or the Buddhist era (2569-12-15 is 2026-12-15), or D/M/YYYY."""
    from intents.dates import to_common_era

    parts = value.strip().replace("/", "-").split("-")
    try:
        if len(parts) == 3 and len(parts[0]) == 4:
            year, month, day = (int(p) for p in parts)
        elif len(parts) == 3 and len(parts[2]) == 4:
            day, month, year = (int(p) for p in parts)
        else:
            raise ValueError(value)
        return date(to_common_era(year), month, day)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD (or D/M/YYYY; 2569 is 2026), got {value!r}") from exc


async def _create(args: argparse.Namespace) -> int:
    from bot.commands._db import command_sessions
    from bot.hr import create_campaign
    from storage import InvalidValueError

    framework, code = args.unit
    segment = segment_from(args)
    async with command_sessions() as sessions:
        try:
            async with sessions.begin() as session:
                campaign = await create_campaign(session, framework, code, args.due, segment)
        except InvalidValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    print(
        f"campaign {framework}:{code} due {args.due.isoformat()} for {describe(segment)}: "
        f"{campaign.user_count} people now; later joiners get it too"
    )
    print(campaign.id)
    return 0


async def _list(args: argparse.Namespace) -> int:
    from bot.commands._db import command_sessions
    from bot.hr import list_campaigns
    from storage.segment import Segment

    async with command_sessions() as sessions, sessions() as session:
        campaigns = await list_campaigns(session, args.agency)
    if not campaigns:
        print("no campaigns")
    for c in campaigns:
        state = "cancelled" if c.cancelled_at else "active"
        print(
            f"{c.id}\t{c.framework}:{c.unit_code}\tdue {c.due_date.isoformat()}\t{c.user_count} people\t"
            f"{state}\t{describe(Segment.from_json(c.segment))}"
        )
    return 0


async def _cancel(args: argparse.Namespace) -> int:
    from bot.commands._db import command_sessions
    from bot.hr import cancel_campaign
    from storage import NotFoundError

    async with command_sessions() as sessions:
        try:
            async with sessions.begin() as session:
                count = await cancel_campaign(session, args.id)
        except NotFoundError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    print(f"campaign {args.id} cancelled: {count} deadlines and their reminders")
    return 0
