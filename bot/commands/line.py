"""``python -m bot line rich-menu create|delete``: the menu under the LINE chat (five buttons)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from bot import logs
from bot.config import get_settings


def register(commands: Any) -> None:
    parser = commands.add_parser("line", help="LINE channel set-up")
    sub = parser.add_subparsers(dest="line_command", metavar="ACTION", required=True)
    menu = sub.add_parser("rich-menu", help="the rich menu under the chat")
    actions = menu.add_subparsers(dest="rich_menu_command", metavar="ACTION", required=True)
    actions.add_parser("create", help="draw, upload and make it every user's default").set_defaults(
        handler=create_rich_menu
    )
    actions.add_parser("delete", help="remove the assistant's rich menus").set_defaults(handler=delete_rich_menu)


def _token() -> str | None:
    settings = get_settings()
    token = settings.line_channel_access_token.get_secret_value() if settings.line_channel_access_token else ""
    if not token:
        print("LINE_CHANNEL_ACCESS_TOKEN is not set", file=sys.stderr)
        return None
    return token


async def _run(token: str, action: str) -> str:
    from bot.channels.line_richmenu import RichMenus

    logs.quiet_url_loggers()
    settings = get_settings()
    async with RichMenus(token, settings.line_api_base_url, settings.line_api_data_base_url) as menus:
        if action == "create":
            return f"rich menu {await menus.create()} is now the default"
        deleted = await menus.delete()
        return f"deleted {len(deleted)} rich menu(s)" + (f": {', '.join(deleted)}" if deleted else "")


def _main(action: str) -> int:
    token = _token()
    if token is None:
        return 2
    try:
        print(asyncio.run(_run(token, action)))
    except Exception as exc:  # the SDK's ApiException and network errors: one line, no traceback
        print(
            f"LINE refused: {type(exc).__name__}: {getattr(exc, 'status', '')} {getattr(exc, 'reason', exc)}",
            file=sys.stderr,
        )
        return 1
    return 0


def create_rich_menu(_args: argparse.Namespace) -> int:
    return _main("create")


def delete_rich_menu(_args: argparse.Namespace) -> int:
    return _main("delete")
