"""Who needs a unit ("DS700 ใช้กับกลุ่มไหน", "ผอ.กองต้องมี DS700 มั้ย"): the groups and phases whose role in the
OCSC letter (พ.ศ. 2561, หมวด 3) lists the unit, and, when a group (and phase) is asked about, whether it is one of
them. The 2567 standard's own occupations field, when the unit has one, is answered beside it (``answers.aspect``).
"""

from __future__ import annotations

from bot.dialog.actions import node_action, role_action
from bot.dialog.answers.common import BULLET
from bot.dialog.answers.roles import ROLE_FRAMEWORK
from bot.dialog.limits import button
from bot.dialog.phrases import GROUP_LABELS, PHASE_LABELS, label, say
from bot.dialog.replies import Button, Reply
from content.catalog import Catalog
from content.model import Node
from content.schema import GROUPS, PHASES


def answer(nodes: tuple[Node, ...], catalog: Catalog, language: str, *, group: str | None = None,
           phase: str | None = None) -> Reply | None:
    """The letter's groups and phases that need the unit of ``nodes``; None when the letter has no unit of that
    code (a unit of the 2567 standard only)."""
    code = next((catalog.unit_of(n).code for n in nodes if catalog.unit_of(n).framework == ROLE_FRAMEWORK), None)
    if code is None:
        code = next((c for n in nodes if catalog.unit(ROLE_FRAMEWORK, (c := catalog.unit_of(n).code)) is not None),
                    None)
    if code is None:
        return None
    needs: dict[str, list[str]] = {}
    for g in GROUPS:
        for p in PHASES:
            role = catalog.role(p, g, ROLE_FRAMEWORK)
            if role is not None and code in role.units:
                needs.setdefault(g, []).append(p)

    def phases_of(g: str) -> str:
        return say("needed_and", language).join(label(PHASE_LABELS, p, language) for p in needs[g])

    lines: list[str] = []
    buttons: list[Button] = []
    if group in GROUPS:
        named = label(GROUP_LABELS, group, language)
        if group not in needs:
            lines.append(say("needed_not", language, group=named, code=code))
        elif phase in PHASES:
            # needed: the role the letter expects of the group in that phase is the reason it lists the unit
            role = catalog.role(phase, group, ROLE_FRAMEWORK)
            key = "needed_yes_phase" if phase in needs[group] else "needed_not_phase"
            lines.append(say(key, language, group=named, code=code, phase=label(PHASE_LABELS, phase, language),
                             phases=phases_of(group), role=role.role_title_th if role is not None else ""))
        else:
            lines.append(say("needed_yes", language, group=named, code=code, phases=phases_of(group)))
        if phase in PHASES:
            buttons.append(button(say("needed_role_button", language), role_action(group, phase)))
        lines.append("")
    if needs:
        lines.append(say("needed_by", language, code=code))
        lines += [f"{BULLET} {label(GROUP_LABELS, g, language)}: {phases_of(g)}" for g in needs]
    else:
        lines.append(say("needed_by_none", language, code=code))
    buttons.append(button(code, node_action(ROLE_FRAMEWORK, code)))
    return Reply("text", "\n".join(lines), tuple(buttons))
