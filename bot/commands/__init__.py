"""CLI command groups, in the order ``--help`` lists them."""

from types import ModuleType

from bot.commands import ask, content, db

COMMAND_MODULES: tuple[ModuleType, ...] = (content, db, ask)
