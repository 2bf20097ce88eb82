"""``role_requirements``: what a person group needs in an organisation phase (OCSC 2561).

Both group and phase are needed; a missing one is asked for with a button per choice (the group
first), each button carrying what is already known.
"""

from __future__ import annotations

from bot.dialog.actions import code_action, role_action
from bot.dialog.answers.common import BULLET
from bot.dialog.limits import button
from bot.dialog.phrases import GROUP_BUTTON_LABELS, GROUP_LABELS, PHASE_LABELS, label, say
from bot.dialog.replies import Reply
from content.catalog import Catalog
from content.schema import GROUPS, PHASES
from intents.result import Understanding

ROLE_FRAMEWORK = "ocsc-2561"


def answer(understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]:
    group = understanding.entities.get("group")
    phase = understanding.entities.get("phase")
    if group not in GROUPS:
        buttons = tuple(button(label(GROUP_BUTTON_LABELS, g, language), role_action(g, phase)) for g in GROUPS)
        return [Reply("buttons", say("ask_group", language), buttons)]
    if phase not in PHASES:
        buttons = tuple(button(label(PHASE_LABELS, p, language), role_action(group, p)) for p in PHASES)
        return [Reply("buttons", say("ask_phase", language), buttons)]
    names = {"group": label(GROUP_LABELS, group, "th"), "group_en": label(GROUP_LABELS, group, "en"),
             "phase": label(PHASE_LABELS, phase, "th"), "phase_en": label(PHASE_LABELS, phase, "en")}
    role = catalog.role(phase, group, ROLE_FRAMEWORK)
    if role is None:
        return [Reply("text", say("role_missing", language, **names))]
    lines = [say("role_heading", language, **names), say("role_title", language, title=role.role_title_th)]
    if role.description_th:
        lines.append(role.description_th)
    lines += ["", say("role_units", language, n=len(role.units))]
    for code in role.units:
        unit = catalog.unit(ROLE_FRAMEWORK, code)
        lines.append(f"{BULLET} {code} {unit.title_th}" if unit else f"{BULLET} {code}")
    for key, entries in (("role_knowledge", role.knowledge), ("role_experience", role.experience),
                         ("role_competencies", role.competencies)):
        if entries:
            lines += ["", say(key, language), *(f"{BULLET} {e}" for e in entries)]
    buttons = tuple(button(code, code_action(code)) for code in role.units)
    return [Reply("list", "\n".join(lines), buttons, title=role.role_title_th)]
