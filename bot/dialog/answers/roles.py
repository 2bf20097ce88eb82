"""Roles (OCSC 2561): what a person group needs in an organisation phase, and the questions around it.

- ``answer`` (``role_requirements``): both group and phase are needed; a missing one is asked with a
  button per choice (the group first). The answer is short first: the role, then its units one line
  each (tap a code or type it); knowledge, experience and competencies follow in a second message.
  With ``aspect`` "added", only what the phase adds over the phase before.
- ``overview`` (``role_overview``): the 6 × 3 table of role titles and unit counts.
- ``phases`` (``phase_info``): the letter's own clauses on the three phases and how to tell which
  one applies, with where they are in the letter.
"""

from __future__ import annotations

from bot.dialog.actions import code_action, role_action
from bot.dialog.answers.common import BULLET, source_line
from bot.dialog.limits import MAX_BUTTONS, button
from bot.dialog.phrases import GROUP_BUTTON_LABELS, GROUP_LABELS, PHASE_LABELS, label, say
from bot.dialog.replies import Button, Reply
from content.catalog import Catalog
from content.model import Role
from content.schema import GROUPS, PHASES
from intents.result import Understanding

ROLE_FRAMEWORK = "ocsc-2561"
ROLE_SOURCE = "ocsc_digital_skills_2561.txt"


def names(group: str, phase: str) -> dict[str, str]:
    return {"group": label(GROUP_LABELS, group, "th"), "group_en": label(GROUP_LABELS, group, "en"),
            "phase": label(PHASE_LABELS, phase, "th"), "phase_en": label(PHASE_LABELS, phase, "en")}


def unit_lines(codes: tuple[str, ...] | list[str], catalog: Catalog) -> list[str]:
    lines = []
    for code in codes:
        unit = catalog.unit(ROLE_FRAMEWORK, code)
        lines.append(f"{BULLET} {code} {unit.title_th}" if unit else f"{BULLET} {code}")
    return lines


def unit_buttons(codes: tuple[str, ...] | list[str], extra: int = 0) -> list[Button]:
    return [button(code, code_action(code)) for code in codes[: MAX_BUTTONS - extra]]


def answer(understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]:
    group = understanding.entities.get("group")
    phase = understanding.entities.get("phase")
    if group not in GROUPS:
        buttons = tuple(button(label(GROUP_BUTTON_LABELS, g, language), role_action(g, phase)) for g in GROUPS)
        return [Reply("buttons", say("ask_group", language), buttons)]
    if phase not in PHASES:
        buttons = tuple(button(label(PHASE_LABELS, p, language), role_action(group, p)) for p in PHASES)
        return [Reply("buttons", say("ask_phase", language), buttons)]
    role = catalog.role(phase, group, ROLE_FRAMEWORK)
    if role is None:
        return [Reply("text", say("role_missing", language, **names(group, phase)))]
    if understanding.entities.get("aspect") == "added":
        return [added(role, catalog, language)]
    return describe(role, catalog, language)


def describe(role: Role, catalog: Catalog, language: str) -> list[Reply]:
    # The role's title is the card's title: said once, not again in the body.
    lines = [say("role_heading", language, **names(role.group, role.phase)), "",
             say("role_units", language, n=len(role.units)), *unit_lines(role.units, catalog), "",
             say("type_a_code", language), source_line(catalog, ROLE_FRAMEWORK, language)]
    first = Reply("list", "\n".join(lines), tuple(unit_buttons(role.units)), title=role.role_title_th)
    more: list[str] = []
    for key, entries in (("role_knowledge", role.knowledge), ("role_experience", role.experience),
                         ("role_competencies", role.competencies)):
        if entries:
            more += ["", say(key, language), *(f"{BULLET} {e}" for e in entries)]
    if role.description_th:
        more = [say("role_expected", language), role.description_th, *more]
    return [first, Reply("text", "\n".join(more).strip())] if more else [first]


def added(role: Role, catalog: Catalog, language: str) -> Reply:
    """What this phase asks of the group beyond the phase before (Early has nothing before it)."""
    index = PHASES.index(role.phase)
    if index == 0:
        return Reply("list", "\n".join([say("role_added_first", language, **names(role.group, role.phase)),
                                        *unit_lines(role.units, catalog)]),
                     tuple(unit_buttons(role.units)), title=role.role_title_th)
    before = catalog.role(PHASES[index - 1], role.group, ROLE_FRAMEWORK)
    earlier = set(before.units) if before else set()
    new = [c for c in role.units if c not in earlier]
    dropped = [c for c in (before.units if before else ()) if c not in role.units]
    lines = [say("role_title", language, title=role.role_title_th),
             say("role_added", language, **names(role.group, role.phase),
                 before=label(PHASE_LABELS, PHASES[index - 1], language), n=len(new)), *unit_lines(new, catalog)]
    new_knowledge = [k for k in role.knowledge if before is None or k not in before.knowledge]
    if new_knowledge:
        lines += ["", say("role_knowledge", language), *(f"{BULLET} {k}" for k in new_knowledge)]
    if dropped:
        lines += ["", say("role_not_listed", language, n=len(dropped)), *unit_lines(dropped, catalog)]
    return Reply("list", "\n".join(lines), tuple(unit_buttons(new)), title=role.role_title_th)


def overview(understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]:
    """Every group in every phase: the role's title and how many units, one line each."""
    lines = [say("role_overview", language)]
    for phase in PHASES:
        lines += ["", f"{label(PHASE_LABELS, phase, language)}"]
        for group in GROUPS:
            role = catalog.role(phase, group, ROLE_FRAMEWORK)
            if role is not None:
                lines.append(f"{BULLET} {label(GROUP_LABELS, group, language)}: {role.role_title_th} "
                             f"({say('n_units', language, n=len(role.units))})")
    lines += ["", say("role_overview_hint", language), source_line(catalog, ROLE_FRAMEWORK, language)]
    buttons = tuple(button(label(GROUP_BUTTON_LABELS, g, language), role_action(g, None)) for g in GROUPS)
    return [Reply("list", "\n".join(lines), buttons, title=say("role_overview_title", language))]


def phases(understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]:
    """The letter's clauses on the phases (๕) and on which one applies to a person (๖, ๗)."""
    if not catalog.letter:
        return [Reply("text", say("phases_missing", language))]
    lines = [say("phases_heading", language)]
    for clause in catalog.letter:
        lines += ["", f"{clause['no']}. " + "\n".join(clause["paragraphs"])]
    first_line = catalog.letter[0]["line"]
    lines += ["", say("source_at", language, source=ROLE_SOURCE, line=first_line)]
    buttons = tuple(button(label(PHASE_LABELS, p, language), role_action(None, p)) for p in PHASES)
    return [Reply("text", "\n".join(lines), buttons)]
