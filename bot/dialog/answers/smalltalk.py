"""``help``, ``greeting``, ``thanks``, ``cancel``: short replies, with example questions as buttons.

Each example button carries the structured action that answers it (see ``bot.dialog.actions``),
so pressing it gives the same answer as typing the question.
"""

from __future__ import annotations

from bot.dialog.actions import code_action, node_action, pmqa_action, role_action, search_action
from bot.dialog.limits import button
from bot.dialog.phrases import say
from bot.dialog.replies import Button, Reply
from content.catalog import Catalog
from intents.result import Understanding

# (Thai label, English label, action)
EXAMPLES: tuple[tuple[str, str, str], ...] = (
    ("DL201 ต้องทำอะไรบ้าง", "What is DL201?", code_action("DL201")),
    ("ขอบเขตของ DS700", "DS700 range", node_action("std-2567", "DS700", "range")),
    ("หลักฐานของ DL200", "DL200 evidence", node_action("std-2567", "DL200", "evidence")),
    ("บริการ ระยะเริ่มต้น", "Service, Early phase", role_action("Service", "Early")),
    ("PMQA หมวด 2", "PMQA category 2", pmqa_action(2)),
    ("วิเคราะห์ข้อมูล", "Find: data analysis", search_action("วิเคราะห์ข้อมูล")),
)


def example_buttons(language: str) -> tuple[Button, ...]:
    return tuple(button(en if language == "en" else th, data) for th, en, data in EXAMPLES)


def help_reply(language: str, lead: str = "") -> Reply:
    text = say("help", language)
    return Reply("buttons", f"{lead}\n{text}" if lead else text, example_buttons(language))


def answer(understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]:
    intent = understanding.intent
    if intent == "greeting":
        return [help_reply(language, say("greeting", language))]
    if intent == "thanks":
        return [Reply("text", say("thanks", language))]
    if intent == "cancel":
        return [Reply("text", say("cancel", language))]
    return [help_reply(language)]
