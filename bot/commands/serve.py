"""``python -m bot serve [--host H] [--port P] [--no-workers]``: the web app, webhooks and simulator."""

from __future__ import annotations

import argparse
import logging
import os
from datetime import timedelta
from typing import Any

from bot.config import get_settings
from bot.database import is_sqlite


def register(commands: Any) -> None:
    parser = commands.add_parser("serve", help="run the web app: webhooks, web chat simulator at /, health")
    parser.add_argument("--host", help="address to listen on (default: HOST or 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port to listen on (default: PORT or 8080)")
    parser.add_argument(
        "--no-workers",
        action="store_true",
        help="do not run the reminder scheduler and delivery worker in this process "
        "(run python -m bot worker separately)",
    )
    parser.set_defaults(handler=serve)


def browse_url(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def uses_core_process(setting: str, database_url: str) -> bool:
    """``CORE_PROCESS``: auto means a core process on SQLite where this process may run on two cores or more (on
    PostgreSQL replicas scale out instead; a core process beside each measured no faster there)."""
    return setting == "on" or (setting == "auto" and is_sqlite(database_url) and len(os.sched_getaffinity(0)) >= 2)


def serve(args: argparse.Namespace) -> int:
    from bot import serving
    from bot.app import create_app, with_worker

    settings = get_settings()
    host = args.host or settings.host
    port = args.port or settings.port
    if uses_core_process(settings.core_process, settings.database_url):
        from bot.pipeline.core_link import CoreLink

        verbose = logging.getLogger().getEffectiveLevel() <= logging.DEBUG
        app = create_app(settings, core=CoreLink(
            workers=not args.no_workers, verbose=verbose, max_attempts=settings.delivery_max_attempts,
            lease=timedelta(seconds=settings.reply_lease_seconds),
        ))
    else:
        app = with_worker(create_app(settings), settings, not args.no_workers)
    print(f"Competency assistant: open {browse_url(host, port)} to chat (Ctrl+C stops)", flush=True)
    serving.run(serving.serve_forever(app, settings, host, port), settings.event_loop)
    return 0
