"""Intents whose flows later work builds (quizzes, reminders, profile, progress, data deletion).

They are recognised with their entities; the reply names what was understood (codes, the date the
Thai way) and says plainly that the feature is not available yet. Nothing is stored here, and the
reply never suggests otherwise.
"""

from __future__ import annotations

from typing import Any

from bot.dialog.actions import code_action, role_action
from bot.dialog.limits import button
from bot.dialog.phrases import GROUP_BUTTON_LABELS, GROUP_LABELS, PHASE_LABELS, label, say
from bot.dialog.replies import Button, Reply
from bot.dialog.thaidate import show_date
from content.catalog import Catalog
from intents.result import Understanding

INTENTS: tuple[str, ...] = ("quiz_start", "reminder_set", "reminder_list", "reminder_cancel", "profile_set",
                            "profile_show", "progress", "data_delete")

# intent -> (Thai, English) description of the request; "{codes}" and "{due}" filled when known.
_WHAT: dict[str, tuple[str, str]] = {
    "quiz_start": ("ทำแบบประเมินตนเอง", "a self-assessment"),
    "reminder_set": ("ตั้งการเตือน", "a reminder"),
    "reminder_list": ("ดูรายการเตือน", "to see your reminders"),
    "reminder_cancel": ("ยกเลิกการเตือน", "to cancel a reminder"),
    "profile_set": ("บันทึกข้อมูลของคุณ", "to set your profile"),
    "profile_show": ("ดูข้อมูลของคุณ", "to see your profile"),
    "progress": ("ดูความก้าวหน้าของคุณ", "to see your progress"),
    "data_delete": ("ลบข้อมูลของคุณ", "to delete your data"),
}


def _codes(entities: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for entry in entities.get("codes") or []:
        code = entry.get("code") if isinstance(entry, dict) else str(entry)
        if code and code not in out:
            out.append(code)
    return out


def describe(intent: str, entities: dict[str, Any], language: str) -> str:
    th, en = _WHAT.get(intent, (intent, intent))
    parts = [en if language == "en" else th]
    codes = _codes(entities)
    if codes:
        parts.append(("on " if language == "en" else "เรื่อง ") + ", ".join(codes))
    if entities.get("due"):
        parts.append(("on " if language == "en" else "วันที่ ") + show_date(str(entities["due"]), language))
    if entities.get("group"):
        parts.append(label(GROUP_LABELS, str(entities["group"]), language))
    if entities.get("phase"):
        parts.append(label(PHASE_LABELS, str(entities["phase"]), language))
    if entities.get("agency"):
        parts.append(str(entities["agency"]))
    return " ".join(parts)


def answer(understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]:
    e = understanding.entities
    what = describe(understanding.intent, e, language)
    buttons: list[Button] = [button(code, code_action(code)) for code in _codes(e) if catalog.find(code)]
    if understanding.intent == "profile_set" and e.get("group"):
        group_label = label(GROUP_BUTTON_LABELS, str(e["group"]), language)
        buttons.append(button(group_label, role_action(e["group"], e.get("phase"))))
    return [Reply("text", say("not_available", language, what=what, what_en=what), tuple(buttons))]
