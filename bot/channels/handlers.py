"""Which conversation handler the app runs: the dialog engine when it exists, else a fallback.

The dialog engine (``bot.dialog.engine``) is expected to expose ``create_handler(sessions)``
returning a ``Handler``; until it does, stateless question answering (``bot.dialog``'s
``answer(text) -> list[Reply]``) is wrapped, and failing that a notice that the assistant is not
ready is sent.
"""

from __future__ import annotations

import importlib
import inspect
import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.base import Handler
from bot.dialog.replies import Reply
from bot.incoming import Incoming

log = logging.getLogger(__name__)

NOT_READY = "ผู้ช่วยยังไม่พร้อมให้บริการ กรุณาลองใหม่ภายหลัง"


class FallbackHandler:
    async def __call__(self, incoming: Incoming) -> list[Reply]:
        if incoming.kind == "unfollow":
            return []
        return [Reply("text", NOT_READY)]


class StatelessHandler:
    """Wraps ``answer(text) -> list[Reply]`` (sync or async); postback data is treated as text."""

    def __init__(self, answer: Callable[..., Any]) -> None:
        self._answer = answer

    async def __call__(self, incoming: Incoming) -> list[Reply]:
        if incoming.kind not in ("text", "postback") or not incoming.text:
            return []
        result = self._answer(incoming.text)
        if inspect.isawaitable(result):
            result = await result
        return list(result)


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
        handler: Handler = engine.create_handler(sessions)
        log.info("conversation: dialog engine")
        return handler
    for name in ("bot.dialog", "bot.dialog.answers"):
        module = _optional(name)
        if module is not None and callable(getattr(module, "answer", None)):
            log.info("conversation: stateless answers from %s", name)
            return StatelessHandler(module.answer)
    log.warning("conversation: no dialog engine found, answering with a not-ready notice")
    return FallbackHandler()
