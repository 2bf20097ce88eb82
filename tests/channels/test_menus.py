"""The menus: LINE's rich menu (drawn, created, replaced, deleted against the fake API) and
Telegram's command menu; every entry is an action the dialog engine accepts."""

from __future__ import annotations

import asyncio
import io
import os
import sys
from pathlib import Path

import pytest
from PIL import Image

from bot.channels.line_richmenu import HEIGHT, MENU_NAME, WIDTH, RichMenus, tiles
from bot.channels.menu import MENU
from bot.channels.menu_image import ASSETS, find_thai_font
from bot.channels.telegram import to_event
from bot.commands import telegram as telegram_command
from bot.config import get_settings
from bot.dialog.actions import parse_button
from tests.channels.conftest import LINE_TOKEN, TELEGRAM_SECRET, TELEGRAM_TOKEN
from tests.channels.test_telegram import message_update
from tests.fakes import FakeLineApi, FakeTelegramApi

ROOT = Path(__file__).resolve().parents[2]
LABELS = ["ถามมาตรฐาน", "ประเมินตนเอง", "การเตือนของฉัน", "ความคืบหน้า", "ช่วยเหลือ"]


def test_the_menu_has_the_five_entries_and_each_is_a_valid_action() -> None:
    assert [entry.label for entry in MENU] == LABELS
    for entry in MENU:
        parse_button(entry.data)  # raises on anything the engine would call stale
        assert entry.command.isascii() and entry.command.islower()


def test_tiles_cover_the_picture_without_overlap() -> None:
    laid = tiles()
    assert sum(t.width * t.height for t in laid) == WIDTH * HEIGHT
    for i, a in enumerate(laid):
        for b in laid[i + 1 :]:
            assert a.x + a.width <= b.x or b.x + b.width <= a.x or a.y + a.height <= b.y or b.y + b.height <= a.y


async def test_create_uploads_a_thai_picture_and_sets_it_as_default(line_api: FakeLineApi) -> None:
    async with RichMenus(LINE_TOKEN, line_api.url, line_api.url) as menus:
        first = await menus.create()
        assert line_api.default_rich_menu == first
        menu = line_api.rich_menus[first]
        assert menu["name"] == MENU_NAME and len(menu["areas"]) == 5
        assert [a["action"]["label"] for a in menu["areas"]] == LABELS
        assert [a["action"]["data"] for a in menu["areas"]] == [e.data for e in MENU]
        picture = Image.open(io.BytesIO(line_api.rich_menu_images[first])).convert("RGB")
        assert picture.size == (WIDTH, HEIGHT)
        for tile in tiles():  # a coloured tile with white text drawn across its middle row
            row = [picture.getpixel((x, tile.y + tile.height // 2)) for x in range(tile.x, tile.x + tile.width, 4)]
            assert (255, 255, 255) in row and len(set(row)) > 2
        second = await menus.create()  # re-running replaces, never stacks
        assert list(line_api.rich_menus) == [second] and line_api.default_rich_menu == second
        assert await menus.delete() == [second]
        assert line_api.rich_menus == {} and line_api.default_rich_menu is None


def test_the_bundled_thai_font_is_found() -> None:
    assert find_thai_font() == ASSETS / "Loma-Bold.ttf"
    assert (ASSETS / "Loma-Bold.COPYRIGHT").read_text(encoding="utf-8").count("Font exception") >= 1


async def _cli(*args: str, env: dict[str, str]) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=ROOT, env={**os.environ, **env},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    out, _ = await asyncio.wait_for(proc.communicate(), 60)
    return proc.returncode or 0, out.decode()


async def test_rich_menu_commands(line_api: FakeLineApi) -> None:
    env = {"LINE_CHANNEL_ACCESS_TOKEN": LINE_TOKEN, "LINE_API_BASE_URL": line_api.url,
           "LINE_API_DATA_BASE_URL": line_api.url}  # fmt: skip
    code, out = await _cli("line", "rich-menu", "create", env=env)
    assert code == 0 and "is now the default" in out and LINE_TOKEN not in out
    assert line_api.default_rich_menu is not None
    code, out = await _cli("line", "rich-menu", "delete", env=env)
    assert code == 0 and "deleted 1 rich menu" in out


def test_rich_menu_needs_the_token(
    monkeypatch: pytest.MonkeyPatch, fresh_settings: None, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from bot.commands import line as line_command

    monkeypatch.delenv("LINE_CHANNEL_ACCESS_TOKEN", raising=False)
    assert line_command.create_rich_menu(argparse.Namespace()) == 2
    assert "LINE_CHANNEL_ACCESS_TOKEN" in capsys.readouterr().err


@pytest.fixture
def fresh_settings() -> object:
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


async def test_set_commands_registers_the_same_menu(
    telegram_api: FakeTelegramApi, monkeypatch: pytest.MonkeyPatch, fresh_settings: None
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", TELEGRAM_SECRET)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", telegram_api.url)
    assert await telegram_command._call(get_settings(), TELEGRAM_TOKEN, "commands")
    [call] = telegram_api.calls_to("setMyCommands")
    assert call["commands"] == [{"command": e.command, "description": e.label} for e in MENU]


@pytest.mark.parametrize("entry", MENU, ids=lambda e: e.command)
def test_a_telegram_command_is_its_menu_button(entry: object) -> None:
    from bot.channels.menu import MenuEntry

    assert isinstance(entry, MenuEntry)
    event = to_event(message_update(5, f"/{entry.command}"), "123456")
    assert event is not None and (event.kind, event.text) == ("postback", entry.data)
