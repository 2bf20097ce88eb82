"""``python -m bot ask [--json] [--user ID] [--db URL] TEXT`` and ``--batch FILE``.

One message through understanding and answering as a local user. ``--user`` and ``--db`` are
accepted for the command-line contract but unused until conversations are stored: every message is
answered as a fresh local user, without state.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.dialog import respond
from bot.dialog.replies import Reply
from content.catalog import Catalog, get_catalog
from intents.result import Understanding

Understand = Callable[[str], Understanding]


def register(commands: Any) -> None:
    parser = commands.add_parser("ask", help="answer one message (or a file of messages) as a local user")
    parser.add_argument("text", nargs="?", metavar="TEXT", help="the message")
    parser.add_argument("--batch", type=Path, metavar="FILE",
                        help="one message per line, each as a fresh local user; prints JSON lines")
    parser.add_argument("--json", action="store_true",
                        help='print {"intent", "confidence", "entities", "replies"}')
    parser.add_argument("--user", default="local", metavar="ID",
                        help="local user id (unused until storage lands)")
    parser.add_argument("--db", metavar="URL", help="database URL (unused until storage lands)")
    parser.set_defaults(handler=ask)


def pipeline() -> tuple[Catalog, Understand]:
    """The catalog and the understanding function (a seam for tests)."""
    from intents import understand

    return get_catalog(), understand


def run(text: str, catalog: Catalog, understand: Understand) -> tuple[Understanding, list[Reply]]:
    understanding = understand(text)
    return understanding, respond(understanding, catalog)


def as_json(understanding: Understanding, replies: list[Reply]) -> dict[str, Any]:
    return {**understanding.as_json(), "replies": [r.as_json() for r in replies]}


def render(replies: list[Reply]) -> str:
    """Replies as a person reads them: each text, then its buttons as [label]."""
    blocks = []
    for reply in replies:
        block = reply.text
        if reply.buttons:
            block += "\n" + " ".join(f"[{b.label}]" for b in reply.buttons)
        blocks.append(block)
    return "\n\n".join(blocks)


def ask(args: argparse.Namespace) -> int:
    if (args.text is None) == (args.batch is None):
        print("give either TEXT or --batch FILE", file=sys.stderr)
        return 2
    catalog, understand = pipeline()
    if args.batch is not None:
        for line in args.batch.read_text(encoding="utf-8").splitlines():
            if line.strip():
                result = as_json(*run(line.strip(), catalog, understand))
                print(json.dumps({"text": line.strip(), **result}, ensure_ascii=False))
        return 0
    understanding, replies = run(args.text, catalog, understand)
    if args.json:
        print(json.dumps(as_json(understanding, replies), ensure_ascii=False, indent=1))
    else:
        print(render(replies))
    return 0
