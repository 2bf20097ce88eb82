"""The conversation handlers the app can run.

``default_handler`` is the dialog engine (state in the database). ``StatelessHandler`` answers
every message on its own from the catalog and remembers nothing: the benchmark's baseline. Both
can run in their own transaction (``await h(incoming)``) or in the caller's (``h.handle``).
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.base import Handler
from bot.dialog import answer_action, respond
from bot.dialog.engine import create_handler
from bot.dialog.replies import Reply
from bot.incoming import Incoming
from content.catalog import get_catalog
from intents import understand

GREETING = "สวัสดี"


class StatelessHandler:
    def __init__(self) -> None:
        self._catalog = get_catalog()

    async def handle(self, _session: AsyncSession, incoming: Incoming) -> list[Reply]:
        return await self(incoming)

    async def __call__(self, incoming: Incoming) -> list[Reply]:
        language = incoming.language if incoming.language in ("th", "en") else "th"
        if incoming.kind == "postback":
            return answer_action(incoming.text, self._catalog, language=language)
        if incoming.kind in ("start", "follow"):
            return respond(understand(GREETING), self._catalog)
        if incoming.kind == "text" and incoming.text:
            return respond(understand(incoming.text), self._catalog)
        return []


def default_handler(sessions: async_sessionmaker[AsyncSession]) -> Handler:
    """The conversation the app runs: the dialog engine, state in the database."""
    return create_handler(sessions)
