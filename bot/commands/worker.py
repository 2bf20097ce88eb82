"""``python -m bot worker [--once] [--now ISO-8601]``: the reminder scheduler and delivery worker.

Without ``--once`` it runs until SIGTERM / Ctrl+C (the batch in hand is finished first). With
``--once`` it runs one pass at ``--now`` (default: the current time) and prints what it did.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, datetime
from typing import Any

from bot.config import get_settings


def register(commands: Any) -> None:
    parser = commands.add_parser("worker", help="run the reminder scheduler and the delivery worker")
    parser.add_argument("--once", action="store_true", help="one pass, then exit")
    parser.add_argument(
        "--now",
        type=parse_now,
        metavar="ISO-8601",
        help="the clock for --once (default: now; a time without a zone is UTC)",
    )
    parser.set_defaults(handler=worker)


def parse_now(value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO-8601 time: {value!r}") from exc
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def worker(args: argparse.Namespace) -> int:
    if args.now is not None and not args.once:
        print("--now only applies to --once", file=sys.stderr)
        return 2
    return asyncio.run(_once(args.now) if args.once else _forever())


async def _once(now: datetime | None) -> int:
    from bot.commands.progress import ProgressBars
    from bot.worker import open_worker

    settings = get_settings()
    async with open_worker(settings) as worker:
        if not worker.channels:
            print("no channel configured (LINE_CHANNEL_ACCESS_TOKEN / TELEGRAM_BOT_TOKEN): nothing is sent")
        with ProgressBars() as bars:
            report = await worker.run_once(now, progress=bars.advance)
    scheduled = report.scheduled
    print(
        f"reminders: {scheduled['reminders_sent']} queued, {scheduled['reminders_missed']} missed; "
        f"broadcast rows queued: {scheduled['broadcast_rows']}; "
        f"campaign deadlines added: {scheduled['campaign_deadlines']}"
    )
    for platform, counts in report.sent.items():
        print(
            f"{platform}: sent {counts['sent']}, retry later {counts['retry']}, dead {counts['dead']}, "
            f"blocked {counts['blocked']}, waiting for quota {counts['quota']}"
        )
    for platform in report.skipped_channels:
        print(f"{platform}: another worker holds the sender lock; nothing sent here")
    return 0


async def _forever() -> int:
    from bot.worker import install_stop_signals, open_worker

    settings = get_settings()
    stop = asyncio.Event()
    install_stop_signals(stop)
    async with open_worker(settings) as worker:
        print(f"worker running ({', '.join(worker.channels) or 'no channel configured'}); Ctrl+C stops", flush=True)
        await worker.run(stop)
    print("worker stopped", flush=True)
    return 0
