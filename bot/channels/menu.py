"""The assistant's menu, one table for both platforms: LINE's rich menu areas and Telegram's
command menu (``/help`` …). Each entry's ``data`` is an action of ``bot.dialog.actions``, so a
press or a command is answered exactly like the matching button."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MenuEntry:
    label: str  # the rich menu's tile text and the message shown when it is pressed
    data: str  # the action it sends
    command: str  # the Telegram command (a-z, 0-9, _), without the slash


MENU: tuple[MenuEntry, ...] = (
    MenuEntry("ถามมาตรฐาน", "i:help", "ask"),
    MenuEntry("ประเมินตนเอง", "q:s:a", "assess"),
    MenuEntry("การเตือนของฉัน", "w:l", "reminders"),
    MenuEntry("ความคืบหน้า", "q:p", "progress"),
    MenuEntry("ช่วยเหลือ", "i:help", "help"),
)
COMMAND_ACTIONS: dict[str, str] = {f"/{entry.command}": entry.data for entry in MENU}
