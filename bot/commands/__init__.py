"""CLI command groups, in the order ``--help`` lists them."""

from types import ModuleType

from bot.commands import ask, chat, content, db, serve, settings, telegram

COMMAND_MODULES: tuple[ModuleType, ...] = (content, db, ask, serve, chat, telegram, settings)
