"""The command line: ``python -m bot <command>``; every command has ``--help``.

Each command group lives in ``bot/commands/<name>.py`` and exposes ``register(subparsers)``; the
handler it sets returns the process exit code.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence

from bot.commands import COMMAND_MODULES


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
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    code: int = args.handler(args)
    return code
