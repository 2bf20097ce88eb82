"""Intents that start a conversation (self-assessment, reminders, profile, progress, deletion), asked
where only a pure answer can be given (``respond`` without the dialog engine: a button's question).

The dialog engine runs these conversations itself; here the reply names what was understood (codes,
the date the Thai way) and offers the button that starts it. Nothing is stored here.
"""

from __future__ import annotations

from typing import Any

from bot.dialog.actions import code_action, flow_action, role_action
from bot.dialog.limits import MAX_LABEL_CHARS, button
from bot.dialog.phrases import GROUP_BUTTON_LABELS, GROUP_LABELS, PHASE_LABELS, label, say
from bot.dialog.replies import Button, Reply
from bot.dialog.thaidate import show_date
from content.catalog import Catalog
from intents.result import Understanding

INTENTS: tuple[str, ...] = ("quiz_start", "reminder_set", "reminder_list", "reminder_cancel", "profile_set",
                            "profile_show", "progress", "data_delete", "flow_resume", "news_opt_out", "news_opt_in",
                            "handoff", "flow_stop")

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
    "flow_resume": ("ทำแบบประเมินที่ค้างไว้ต่อ", "to continue where you stopped"),
    "flow_stop": ("หยุดไว้ก่อน", "to pause"),
    "news_opt_out": ("หยุดรับข่าว", "to stop the news"),
    "news_opt_in": ("รับข่าว", "to get the news"),
    "handoff": ("คุยกับเจ้าหน้าที่", "to talk to staff"),
}
# Button labels where the description does not fit LINE's 20 characters.
_BUTTON: dict[str, tuple[str, str]] = {
    "quiz_start": ("ทำแบบประเมินตนเอง", "Self-assessment"),
    "reminder_set": ("ตั้งการเตือน", "Set a reminder"),
    "reminder_list": ("ดูรายการเตือน", "My reminders"),
    "reminder_cancel": ("ยกเลิกการเตือน", "Cancel a reminder"),
    "profile_set": ("บันทึกข้อมูลของคุณ", "Set my profile"),
    "profile_show": ("ดูข้อมูลของคุณ", "My profile"),
    "progress": ("ดูความก้าวหน้า", "My progress"),
    "data_delete": ("ลบข้อมูลของคุณ", "Delete my data"),
    "flow_resume": ("ทำต่อจากที่ค้างไว้", "Continue"),
}
# The button that starts each conversation (see ``bot.dialog.actions``).
_START: dict[str, str] = {
    "quiz_start": flow_action("q", "s", "a"),
    "reminder_list": flow_action("w", "l"),
    "reminder_cancel": flow_action("w", "l"),
    "profile_set": flow_action("m", "g"),
    "profile_show": flow_action("m", "s"),
    "progress": flow_action("q", "p"),
    "data_delete": flow_action("d", "ask"),
    "flow_resume": flow_action("q", "c"),
}


def _codes(entities: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for entry in entities.get("codes") or []:
        code = entry.get("code") if isinstance(entry, dict) else str(entry)
        if code and code not in out:
            out.append(code)
    return out


def button_label(intent: str, entities: dict[str, Any], language: str) -> str:
    """The offer's button: its short name, with the code when that still fits."""
    name = label(_BUTTON, intent, language) if intent in _BUTTON else label(_WHAT, intent, language)
    codes = _codes(entities)
    with_code = f"{name} {codes[0]}" if codes else name
    return with_code if len(with_code) <= MAX_LABEL_CHARS else name


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


def _start_action(intent: str, entities: dict[str, Any], catalog: Catalog) -> str | None:
    units = [catalog.unit_of(n) for code in _codes(entities) for n in catalog.find(code)]
    unit = next((u for u in units if u.criteria), None)
    if intent == "quiz_start" and unit is not None:
        return flow_action("q", "s", "a", unit.framework, unit.code)
    if intent == "reminder_set" and unit is not None:
        return flow_action("w", "s", unit.framework, unit.code)
    return _START.get(intent)


def answer(understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]:
    e, intent = understanding.entities, understanding.intent
    if intent == "handoff":
        return [Reply("text", say("handoff", language))]
    if intent == "flow_stop":
        return [Reply("text", say("flow_stopped_none", language))]
    what = describe(intent, e, language)
    buttons: list[Button] = []
    start = _start_action(intent, e, catalog)
    if start is not None:
        buttons.append(button(button_label(intent, {}, language), start))
    buttons += [button(code, code_action(code)) for code in _codes(e) if catalog.find(code)]
    if intent == "profile_set" and e.get("group"):
        group_label = label(GROUP_BUTTON_LABELS, str(e["group"]), language)
        buttons.append(button(group_label, role_action(e["group"], e.get("phase"))))
    return [Reply("buttons" if buttons else "text", say("start_offer", language, what=what, what_en=what),
                  tuple(buttons))]
