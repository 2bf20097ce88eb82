"""``unknown`` and low-confidence understandings: never guess.

With plausible interpretations the reply asks which one was meant ("หมายถึงข้อไหน") and offers the
top three as buttons; with none it says what the assistant can do, with example questions.
"""

from __future__ import annotations

from bot.dialog.actions import candidate_action
from bot.dialog.answers import offers
from bot.dialog.answers.common import BULLET
from bot.dialog.answers.smalltalk import example_buttons, not_understood
from bot.dialog.limits import MAX_LABEL_CHARS, button
from bot.dialog.phrases import (
    ASPECT_BUTTON_LABELS,
    ASPECT_LABELS,
    GROUP_LABELS,
    GROUP_SHORT_LABELS,
    PHASE_LABELS,
    PHASE_SHORT_LABELS,
    label,
    say,
)
from bot.dialog.replies import Reply
from content.catalog import Catalog
from intents import CONFIDENCE_THRESHOLD
from intents.commands import slash_command, slash_wording
from intents.result import Candidate, Understanding

MAX_INTERPRETATIONS = 3

_INTENT_LABELS: dict[str, tuple[str, str]] = {
    "help": ("ดูว่าถามอะไรได้บ้าง", "what I can do"),
    "greeting": ("ทักทาย", "a greeting"),
    "thanks": ("ขอบคุณ", "thanks"),
    "cancel": ("ยกเลิก", "cancel"),
    "pmqa": ("เกณฑ์ PMQA 4.0", "PMQA 4.0"),
    "role_requirements": ("สิ่งที่แต่ละกลุ่มต้องมี", "what a role needs"),
    "search": ("ค้นหาหน่วยสมรรถนะ", "search units"),
    "unit_info": ("ข้อมูลหน่วยสมรรถนะ", "about a unit"),
    "compare": ("เปรียบเทียบ", "a comparison"),
    "role_overview": ("กลุ่มบุคลากรทั้งหมด", "the person groups"),
    "phase_info": ("ระยะขององค์กร", "the organisation phases"),
}


def needs_clarification(understanding: Understanding) -> bool:
    return understanding.intent == "unknown" or understanding.confidence < CONFIDENCE_THRESHOLD


def interpretations(understanding: Understanding) -> list[Candidate]:
    """The best distinct interpretations, the understood one first (``unknown`` is none)."""
    pool = [Candidate(understanding.intent, understanding.confidence, understanding.entities),
            *understanding.alternatives]
    out: list[Candidate] = []
    seen: set[str] = set()
    for candidate in sorted(pool, key=lambda c: -c.confidence):
        if candidate.intent == "unknown":
            continue
        action = candidate_action(candidate)
        if action not in seen:
            seen.add(action)
            out.append(candidate)
    return out[:MAX_INTERPRETATIONS]


def describe(candidate: Candidate, language: str) -> str:
    e = candidate.entities
    en = language == "en"
    codes = [c["code"] for c in e.get("codes") or [] if isinstance(c, dict) and c.get("code")]
    if candidate.intent == "unit_info" and codes:
        aspect = e.get("aspect")
        prefix = label(ASPECT_LABELS, aspect, language) + " " if aspect and aspect != "overview" else ""
        return f"{prefix}{codes[0]}" if en or prefix else f"ข้อมูล {codes[0]}"
    if candidate.intent == "search" and e.get("query"):
        return f"{'search' if en else 'ค้นหา'} \"{e['query']}\""
    if candidate.intent == "role_requirements" and (e.get("group") or e.get("phase")):
        parts = [label(GROUP_LABELS, e["group"], language) if e.get("group") else "",
                 label(PHASE_LABELS, e["phase"], language) if e.get("phase") else ""]
        return ("requirements: " if en else "สิ่งที่ต้องมี: ") + " ".join(p for p in parts if p)
    if candidate.intent == "pmqa":
        ref = e.get("question") or e.get("item") or e.get("category")
        parts = ["PMQA", f"{'category' if en else 'หมวด'} {ref}" if isinstance(ref, int) else str(ref or ""),
                 str(e.get("level") or "")]
        return " ".join(p for p in parts if p)
    if candidate.intent in offers.INTENTS:
        return offers.describe(candidate.intent, e, language)
    th_en = _INTENT_LABELS.get(candidate.intent, (candidate.intent, candidate.intent))
    return th_en[1] if en else th_en[0]


def button_label(candidate: Candidate, language: str) -> str:
    """A short name for the interpretation's button: what tells it apart first (the code, the group
    and phase), so that LINE's 20 characters keep the meaning; ``describe`` says it in full."""
    e = candidate.entities
    codes = [c["code"] for c in e.get("codes") or [] if isinstance(c, dict) and c.get("code")]
    if candidate.intent == "unit_info" and codes:
        aspect = e.get("aspect")
        return f"{codes[0]} {label(ASPECT_BUTTON_LABELS, aspect, language)}" if aspect and aspect != "overview" \
            else codes[0]
    if candidate.intent == "role_requirements" and (e.get("group") or e.get("phase")):
        group = label(GROUP_SHORT_LABELS, e["group"], language) if e.get("group") else ""
        phase = label(PHASE_SHORT_LABELS, e["phase"], language) if e.get("phase") else ""
        if group and phase:
            return f"{group} {phase}"
        return group or label(PHASE_LABELS, e["phase"], language)
    if candidate.intent == "search" and e.get("query"):
        with_verb = f"{'Find' if language == 'en' else 'ค้นหา'} {e['query']}"
        return with_verb if len(with_verb) <= MAX_LABEL_CHARS else str(e["query"])
    if candidate.intent in offers.INTENTS:
        return offers.button_label(candidate.intent, e, language)
    return describe(candidate, language)


def unknown_command(understanding: Understanding, language: str) -> list[Reply] | None:
    """"/abc", "/xyz123": a slash command the bot does not have (those whose word names a request were read as it, and
    one that names a unit is that unit): the commands it has; None for any other message."""
    command = slash_command(understanding.text)
    if command is None or understanding.entities.get("codes") or \
            slash_wording(understanding.text) != understanding.text:
        return None
    return [Reply("buttons", say("unknown_command", language, command=command), example_buttons(language)[:4])]


def answer(understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]:
    if understanding.intent == "unknown" and understanding.entities.get("off_topic"):
        # none of ours: said in one line, no guesses offered; the examples a tap away
        return [Reply("buttons", say("off_topic", language), example_buttons(language))]
    options = interpretations(understanding)
    if not options:
        return [not_understood(language, understanding.text)]
    names = [describe(c, language) for c in options]
    lines = [say("clarify", language), *(f"{BULLET} {n}" for n in names)]
    buttons = tuple(button(button_label(c, language), candidate_action(c)) for c in options)
    return [Reply("buttons", "\n".join(lines), buttons)]
