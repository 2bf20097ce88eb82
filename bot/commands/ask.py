"""``python -m bot ask [--json] [--user ID] [--db URL] TEXT`` and ``--batch FILE``.

One message through the whole dialog pipeline (understanding, the dialog engine, storage) as a
local console user. The local user is the operator at the terminal, so their consent is recorded
as given: a question that starts a flow (a self-assessment, a reminder) starts it at once.
``--user`` keeps a conversation across calls; ``--batch`` answers each line as a fresh user.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.config import get_settings
from bot.database import open_engine
from bot.dialog.replies import Reply
from bot.incoming import Incoming
from intents.result import Understanding
from storage import utcnow


def register(commands: Any) -> None:
    parser = commands.add_parser("ask", help="answer one message (or a file of messages) as a local user")
    parser.add_argument("text", nargs="?", metavar="TEXT", help="the message")
    parser.add_argument("--batch", type=Path, metavar="FILE",
                        help="one message per line, each as a fresh local user; prints JSON lines")
    parser.add_argument("--json", action="store_true",
                        help='print {"intent", "confidence", "entities", "replies"}')
    parser.add_argument("--user", default="local", metavar="ID",
                        help="local user id; the conversation continues across calls (default: local)")
    parser.add_argument("--db", metavar="URL", help="database URL (default: DATABASE_URL)")
    parser.set_defaults(handler=ask)


async def answer_all(
    url: str, messages: list[tuple[str, str]], now: datetime | None = None
) -> list[tuple[Understanding, list[Reply]]]:
    """Each (user id, text) through understanding and the dialog engine, in order; with ``now``, as if
    it were then (the evaluation's labels read dates from a fixed day)."""
    import storage
    from bot.dialog.engine import DialogEngine
    from intents import understand as understand_now

    def understand(text: str) -> Understanding:
        return understand_now(text, now=now)

    engine = await open_engine(url)
    try:
        sessions = storage.session_factory(engine)
        clock = (lambda: now.astimezone(UTC)) if now is not None else utcnow
        dialog = DialogEngine(sessions, understand=understand, clock=clock)
        results = []
        for user_id, text in messages:
            async with sessions.begin() as session:
                users = storage.Users(session)
                user = await users.get_or_create("console", user_id, now=clock())
                if user.consent_at is None:
                    await users.give_consent(user.id, now=clock())
            replies = await dialog(Incoming(platform="console", user_id=user_id, kind="text", text=text))
            results.append((understand(text), replies))
        return results
    finally:
        await engine.dispose()


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
    url = args.db or get_settings().database_url
    if args.batch is not None:
        lines = [line.strip() for line in args.batch.read_text(encoding="utf-8").splitlines() if line.strip()]
        batch = [(f"batch-{uuid.uuid4().hex[:12]}", line) for line in lines]
        for (_, text), result in zip(batch, asyncio.run(answer_all(url, batch)), strict=True):
            print(json.dumps({"text": text, **as_json(*result)}, ensure_ascii=False))
        return 0
    ((understanding, replies),) = asyncio.run(answer_all(url, [(args.user, args.text)]))
    if args.json:
        print(json.dumps(as_json(understanding, replies), ensure_ascii=False, indent=1))
    else:
        print(render(replies))
    return 0
