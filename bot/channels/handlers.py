"""Which conversation handler the app runs: the dialog engine when it exists, else stateless answers.

The dialog engine (``bot.dialog.engine``) is expected to expose ``create_handler(sessions)``
returning a ``Handler``. Until it does, ``StatelessHandler`` wraps the question answering
(``bot.dialog.respond`` over ``intents.understand``, ``bot.dialog.answer_action`` for buttons):
every message is answered on its own, nothing is remembered.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.base import Handler
from bot.dialog.replies import Reply
from bot.incoming import Incoming

log = logging.getLogger(__name__)

GREETING = "สวัสดี"


class StatelessHandler:
    def __init__(self) -> None:
        from content.catalog import get_catalog
        from intents import understand

        self._catalog = get_catalog()
        self._understand = understand

    async def __call__(self, incoming: Incoming) -> list[Reply]:
        from bot.dialog import answer_action, respond

        language = incoming.language if incoming.language in ("th", "en") else "th"
        if incoming.kind == "postback":
            return answer_action(incoming.text, self._catalog, language=language)
        if incoming.kind in ("start", "follow"):
            return respond(self._understand(GREETING), self._catalog)
        if incoming.kind == "text" and incoming.text:
            return respond(self._understand(incoming.text), self._catalog)
        return []


def _optional(module: str) -> Any | None:
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None
        raise


def default_handler(sessions: async_sessionmaker[AsyncSession]) -> Handler:
    engine = _optional("bot.dialog.engine")
    if engine is not None and hasattr(engine, "create_handler"):
        log.info("conversation: dialog engine")
        handler: Handler = engine.create_handler(sessions)
        return handler
    log.info("conversation: stateless answers (no dialog engine yet)")
    return StatelessHandler()
