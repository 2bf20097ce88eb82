"""``python -m bot telegram set-webhook URL`` / ``delete-webhook`` / ``set-commands``: the bot's set-up."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from bot import logs
from bot.config import Settings, get_settings

ALLOWED_UPDATES = ("message", "callback_query")


def register(commands: Any) -> None:
    parser = commands.add_parser("telegram", help="Telegram bot set-up")
    sub = parser.add_subparsers(dest="telegram_command", metavar="ACTION", required=True)
    setter = sub.add_parser("set-webhook", help="point the bot at URL (…/webhook/telegram) with the secret")
    setter.add_argument("url", metavar="URL")
    setter.set_defaults(handler=set_webhook)
    sub.add_parser("delete-webhook", help="remove the bot's webhook").set_defaults(handler=delete_webhook)
    sub.add_parser("set-commands", help="set the bot's command menu (/assess, /reminders, …)").set_defaults(
        handler=set_commands
    )


def _credentials(settings: Settings, need_secret: bool) -> tuple[str, str] | None:
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    secret = settings.telegram_webhook_secret.get_secret_value() if settings.telegram_webhook_secret else ""
    if not token:
        print("TELEGRAM_BOT_TOKEN is not set", file=sys.stderr)
        return None
    if need_secret and not secret:
        print("TELEGRAM_WEBHOOK_SECRET is not set (the webhook would accept anyone)", file=sys.stderr)
        return None
    return token, secret


async def _call(settings: Settings, token: str, action: str, url: str = "", secret: str = "") -> bool:
    from bot.channels.telegram import make_bot

    logs.quiet_url_loggers()  # httpx would log the request URL, which contains the token
    async with make_bot(token, settings.telegram_api_base_url) as bot:
        if action == "set":
            return bool(await bot.set_webhook(url, secret_token=secret, allowed_updates=list(ALLOWED_UPDATES)))
        if action == "commands":
            return bool(await bot.set_my_commands(bot_commands()))
        return bool(await bot.delete_webhook())


def set_webhook(args: argparse.Namespace) -> int:
    if not args.url.startswith("https://"):
        print("Telegram only delivers to https:// URLs", file=sys.stderr)
        return 2
    settings = get_settings()
    creds = _credentials(settings, need_secret=True)
    if creds is None:
        return 2
    ok = asyncio.run(_call(settings, creds[0], "set", args.url, creds[1]))
    print(f"webhook set to {args.url}" if ok else "Telegram refused the webhook")
    return 0 if ok else 1


def delete_webhook(args: argparse.Namespace) -> int:
    settings = get_settings()
    creds = _credentials(settings, need_secret=False)
    if creds is None:
        return 2
    ok = asyncio.run(_call(settings, creds[0], "delete"))
    print("webhook deleted" if ok else "Telegram refused")
    return 0 if ok else 1


def bot_commands() -> list[tuple[str, str]]:
    """(command, Thai description) pairs: the same menu as LINE's rich menu."""
    from bot.channels.menu import MENU

    return [(entry.command, entry.label) for entry in MENU]


def set_commands(_args: argparse.Namespace) -> int:
    settings = get_settings()
    creds = _credentials(settings, need_secret=False)
    if creds is None:
        return 2
    ok = asyncio.run(_call(settings, creds[0], "commands"))
    print("command menu set: " + ", ".join(f"/{c}" for c, _ in bot_commands()) if ok else "Telegram refused")
    return 0 if ok else 1
