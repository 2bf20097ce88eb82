"""CLI command groups, in the order ``--help`` lists them."""

from types import ModuleType

from bot.commands import admin, ask, broadcast, campaign, chat, content, db, line, serve, settings, telegram, worker

COMMAND_MODULES: tuple[ModuleType, ...] = (
    content, db, ask, serve, worker, broadcast, campaign, chat, line, telegram, settings, admin
)
