"""``python -m bot chat``: the conversation in the terminal (buttons numbered; type the number)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from typing import Any

from bot.config import get_settings
from bot.database import open_engine


def register(commands: Any) -> None:
    parser = commands.add_parser("chat", help="talk to the assistant in the terminal")
    parser.add_argument("--user", default="local", metavar="ID", help="console user id (default: local)")
    parser.add_argument("--db", metavar="URL", help="database URL (default: DATABASE_URL)")
    parser.set_defaults(handler=chat)


async def _chat(url: str, user: str) -> None:
    import storage
    from bot.channels import console
    from bot.channels.handlers import default_handler

    engine = await open_engine(url)
    try:
        await console.run(default_handler(storage.session_factory(engine)), user_id=user)
    finally:
        await engine.dispose()


def chat(args: argparse.Namespace) -> int:
    url = args.db or get_settings().database_url
    print("Type a message; a number presses that button; /quit or Ctrl+D ends.", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_chat(url, args.user))
    return 0
