"""The command line: ``python -m bot <command>``; every command has ``--help``.

Each command group lives in ``bot/commands/<name>.py`` and exposes ``register(subparsers)``; the
handler it sets returns the process exit code.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from pydantic import ValidationError

from bot import logs
from bot.commands import COMMAND_MODULES
from bot.config import get_settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Competency assistant: a Thai-first LINE/Telegram chatbot for the digital competency standards.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = get_settings()
    except ValidationError as exc:
        print(f"invalid settings in the environment:\n{exc}", file=sys.stderr)
        return 2
    level = logging.DEBUG if args.verbose else logging.getLevelName(settings.log_level)
    logs.configure(level, settings.log_format, settings.secret_values())
    code: int = args.handler(args)
    return code
