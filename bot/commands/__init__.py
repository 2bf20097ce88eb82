"""CLI command groups, in the order ``--help`` lists them."""

from types import ModuleType

from bot.commands import admin, ask, chat, content, db, serve, telegram

COMMAND_MODULES: tuple[ModuleType, ...] = (content, db, ask, serve, chat, telegram, admin)
