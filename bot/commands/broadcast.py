"""``python -m bot broadcast send|status|cancel|retry-dead``: HR broadcasts from the command line.

``send`` shows the recipient count and the message and asks (``--yes`` skips the question); the
broadcast id is the last line of its output. The worker (``serve`` or ``worker``) delivers it.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from bot.commands.segment_args import add_segment_arguments, describe, segment_from

POLL_SECONDS = 1.0


def register(commands: Any) -> None:
    parser = commands.add_parser("broadcast", help="HR broadcasts: send, status, cancel, retry-dead")
    sub = parser.add_subparsers(dest="broadcast_command", metavar="ACTION", required=True)
    send = sub.add_parser("send", help="queue a message for everyone in a segment")
    send.add_argument("--text", required=True, help="the message")
    add_segment_arguments(send, platform=True)
    send.add_argument("--yes", action="store_true", help="queue without asking")
    send.set_defaults(handler=lambda a: asyncio.run(_send(a)))
    for name, handler, text in (
        ("status", _status, "progress counts (a live bar on a terminal)"),
        ("cancel", _cancel, "stop a broadcast: nothing more goes out"),
        ("retry-dead", _retry_dead, "queue the dead letters of a broadcast again"),
    ):
        action = sub.add_parser(name, help=text)
        action.add_argument("id", type=int, help="broadcast id")
        action.set_defaults(handler=lambda a, h=handler: asyncio.run(h(a)))


async def _send(args: argparse.Namespace) -> int:
    from bot.commands._db import command_sessions
    from bot.hr import count_recipients, create_broadcast
    from storage import InvalidValueError

    segment = segment_from(args)
    async with command_sessions() as sessions:
        async with sessions() as session:
            counts = await count_recipients(session, segment)
        print(f"segment: {describe(segment)}")
        print(f"recipients: {counts['total']} (LINE {counts['line']}, Telegram {counts['telegram']})")
        print("message:")
        print(args.text)
        if not args.yes and not _confirm("queue this broadcast? [y/N] "):
            print("not sent")
            return 1
        try:
            async with sessions.begin() as session:
                broadcast = await create_broadcast(session, args.text, segment)
        except InvalidValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    print("queued: the worker (serve or python -m bot worker) sends it")
    print(broadcast.id)
    return 0


def _confirm(question: str) -> bool:
    try:
        return input(question).strip().lower() in ("y", "yes", "ใช่", "ok")
    except EOFError:
        return False


async def _status(args: argparse.Namespace) -> int:
    from bot.commands._db import command_sessions
    from bot.commands.progress import ProgressBars
    from bot.hr import broadcast_status
    from storage import NotFoundError

    async with command_sessions() as sessions:
        try:
            with ProgressBars() as bars:
                while True:
                    async with sessions() as session:
                        progress = await broadcast_status(session, args.id)
                    bars.set(f"broadcast {args.id}", progress.done, progress.recipients)
                    running = progress.status == "queued" and (progress.queued or not progress.fanned_out)
                    if not (running and sys.stderr.isatty()):
                        break
                    await asyncio.sleep(POLL_SECONDS)
        except NotFoundError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    fan_out = "" if progress.fanned_out else " (still fanning out)"
    print(f"broadcast {progress.id}: {progress.status}{fan_out}")
    print(
        f"recipients {progress.recipients}: queued {progress.queued}, sent {progress.sent}, "
        f"failed {progress.skipped}, dead {progress.failed}, cancelled {progress.cancelled}"
    )
    if progress.waiting_for_quota:
        print(f"LINE monthly quota exhausted: {progress.waiting_for_quota} LINE messages wait for the quota")
    return 0


async def _cancel(args: argparse.Namespace) -> int:
    from bot.hr import cancel_broadcast

    return await _act(args.id, cancel_broadcast, "cancelled: {n} queued messages will not go out")


async def _retry_dead(args: argparse.Namespace) -> int:
    from bot.hr import retry_dead

    return await _act(args.id, retry_dead, "queued again: {n} dead messages")


async def _act(broadcast_id: int, action: Any, message: str) -> int:
    from bot.commands._db import command_sessions
    from storage import InvalidValueError, NotFoundError

    async with command_sessions() as sessions:
        try:
            async with sessions.begin() as session:
                count = await action(session, broadcast_id)
        except (NotFoundError, InvalidValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    print(message.format(n=count))
    return 0
