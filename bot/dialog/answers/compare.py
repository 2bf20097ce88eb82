"""``compare``: two units, one code in two frameworks, two phases or two groups, side by side.

Short on purpose: for each side its title and what it holds (elements or units), then what the two
share and what only one has; the full answer of either side is one tap away.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from bot.dialog.actions import code_action, node_action, role_action, text_action
from bot.dialog.answers import missing
from bot.dialog.answers.common import (
    BULLET,
    DETAILED_FRAMEWORK,
    detail_lines,
    framework_label,
    resolve_codes,
    short_framework,
)
from bot.dialog.answers.paging import PAGE_CHARS
from bot.dialog.answers.roles import ROLE_FRAMEWORK, unit_lines
from bot.dialog.limits import MAX_BUTTONS, button
from bot.dialog.phrases import (
    ASPECT_BUTTON_LABELS,
    ASPECT_LABELS,
    GROUP_BUTTON_LABELS,
    GROUP_LABELS,
    PHASE_LABELS,
    label,
    say,
)
from bot.dialog.replies import Button, Reply
from content.catalog import Catalog
from content.model import Node, Unit
from content.schema import DETAIL_ASPECTS, GROUPS, PHASES
from intents import entities
from intents.normalise import fold
from intents.result import Understanding

MAX_SIDE_LINES = 8
EXAMPLE_UNITS = ("DS700", "DL200")  # the detailed units, whose parts give the examples
# Title similarity (parentheses and spaces left out) that tells the same competency from another one.
SAME_TITLE, RELATED_TITLE, RELATED_PART = 85, 58, 70


def answer(understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]:
    e = understanding.entities
    groups, unresolved = resolve_codes(e.get("codes") or [], catalog)
    unknown = [*(c for c in e.get("unknown_codes") or () if c not in unresolved), *unresolved]
    if unknown:
        # "compare DL203 and DL204": a side that exists nowhere is said so (with the nearest real codes), not
        # silently dropped, nor replaced by the unit talked about before
        said = missing.answer_codes(unknown, catalog, language=language)
        if len(groups) < 2:
            return said
        return [*answer(replace(understanding, entities={**e, "unknown_codes": []}), catalog, language=language),
                *said][:3]
    part = entities.aspect(fold(understanding.text)) if len(groups) >= 2 and not e.get("aspects") else None
    if part in DETAIL_ASPECTS:
        # "หลักฐาน DS700 กับ DL200 ต่างกันยังไง": that part of each unit, counted first, not their elements
        from bot.dialog.answers import aspect as aspect_answer  # aspect reads kinship from here

        firsts = [nodes[0] for _, nodes in groups[:2]]
        if catalog.unit_of(firsts[0]) == catalog.unit_of(firsts[1]):
            # "หลักฐาน DS701 กับ DS702 ต่างกันมั้ย": one unit's part, set for both alike: shown once, saying so
            return aspect_answer.answer_nodes(tuple(firsts), str(part), catalog, language=language)
        return [reply for _, nodes in groups[:2]
                for reply in aspect_answer.answer_nodes(nodes[:1], str(part), catalog, language=language, count=True)]
    if len(groups) >= 2:
        a, b = groups[0][1][0], groups[1][1][0]
        detailed = _pair_with_parts(groups[0][1], groups[1][1], catalog)
        if detailed == (a, b):
            return [_two(a, b, catalog, language, same_code=False)]
        # A title only in the first framework (DS600 in the 2567 standard): the pair in the framework that
        # lists both units' parts side by side, then the first pair's titles in a line each (not two more
        # blocks repeating DS700's elements), each side one tap away.
        parts = _two(*detailed, catalog, language, same_code=False, other=False)
        if a.framework == b.framework:
            titles = [say("compare_also_in", language, framework=framework_label(catalog, a.framework, language)),
                      *(_title_line(n, shown, catalog, language) for n, shown in zip((a, b), detailed, strict=True))]
        else:  # "DS700 กับ DT600": DT600 is only the OCSC letter's; DS700 of the 2567 standard in a line of its own
            titles = [line for n, shown in zip((a, b), detailed, strict=True) if n != shown for line in (
                say("compare_one_also_in", language, code=n.code,
                    framework=framework_label(catalog, n.framework, language)),
                _title_line(n, shown, catalog, language))]
        buttons = (*parts.buttons, *(_side_button(n, language) for n in (a, b) if n not in detailed))
        return [Reply("text", "\n".join([parts.text, "", *titles]), buttons[:MAX_BUTTONS])]
    if len(groups) == 1 and len(groups[0][1]) >= 2:
        return [_two(groups[0][1][0], groups[0][1][1], catalog, language, same_code=True)]
    if e.get("groups") or e.get("phases"):
        groups_named = list(e.get("groups") or ([e["group"]] if e.get("group") else []))
        phases_named = list(e.get("phases") or ([e["phase"]] if e.get("phase") else []))
        return [_roles(groups_named, phases_named, catalog, language)]
    if len(e.get("aspects") or []) >= 2:
        return [_aspects(e["aspects"], catalog, language)]
    if len(groups) == 1:  # one meaning only: nothing to compare it with
        node = groups[0][1][0]
        return [Reply("text", say("compare_one", language, code=node.code, title=node.title_th,
                                  framework=framework_label(catalog, node.framework, language)),
                      (button(node.code, node_action(node.framework, node.code)),))]
    return [Reply("text", say("compare_what", language))]


def _aspects(aspects: list[str], catalog: Catalog, language: str) -> Reply:
    """Parts of a detailed unit compared as concepts ("ความรู้ต่างจากทักษะยังไง"): what each part means
    in the standard, with its first item in DS700 and DL200 as the example, and buttons to both."""
    units = [u for code in EXAMPLE_UNITS if (u := catalog.unit(DETAILED_FRAMEWORK, code)) is not None]
    lines = [say("compare_aspects", language)]
    buttons: list[Button] = []
    for aspect in aspects:
        lines += ["", f"{label(ASPECT_LABELS, aspect, language)}: {say('aspect_means_' + aspect, language)}"]
        for unit in units:
            example = next((line for line in detail_lines(unit.details.get(aspect))
                            if line.startswith(BULLET)), None)
            if example:
                lines.append(say("aspect_example", language, code=unit.code, text=example.removeprefix(BULLET).strip()))
                buttons.append(button(f"{label(ASPECT_BUTTON_LABELS, aspect, language)} {unit.code}",
                                      node_action(unit.framework, unit.code, aspect)))
    return Reply("text", "\n".join(lines), tuple(buttons[:MAX_BUTTONS]))


def _side_button(node: Node, language: str) -> Button:
    return button(f"{node.code} ({short_framework(node.framework, language)})", node_action(node.framework, node.code))


def _title_line(node: Node, shown: Node, catalog: Catalog, language: str) -> str:
    """One side in the other framework, in a line: its title, how much it holds, and whether it is another
    competency than the one shown under the same code (DL100)."""
    unit = catalog.unit_of(node)
    notes = [say("compare_elements_n", language, n=len(unit.elements)) if unit.elements else
             say("compare_title_only", language)]
    if kinship(node, shown) == "compare_same_code":
        notes.append(say("compare_other_competency", language, code=shown.code))
    return f"{BULLET} {node.code} {node.title_th} ({'; '.join(notes)})"


def _pair_with_parts(first: Sequence[Node], second: Sequence[Node], catalog: Catalog) -> tuple[Node, Node]:
    """Two codes, each with its meanings (one per framework, no framework named): the first meanings when
    both list their parts there, else the pair from a framework in which both units do (DL100 is a title
    only in the 2567 standard, detailed in ก.พ. 2561)."""
    for a in first:  # one framework for both first ("DS700 กับ DT600": DT600 is the OCSC letter's only)
        b = next((n for n in second if n.framework == a.framework), None)
        if b is not None and catalog.unit_of(a).elements and catalog.unit_of(b).elements:
            return a, b
    return first[0], second[0]


def _parts(node: Node, catalog: Catalog) -> tuple[Unit, list[str]]:
    unit = catalog.unit_of(node)
    return unit, [f"{BULLET} {e.code} {e.title_th}" for e in unit.elements][:MAX_SIDE_LINES]


def _two(a: Node, b: Node, catalog: Catalog, language: str, *, same_code: bool, other: bool = True) -> Reply:
    lines: list[str] = []
    if same_code:
        lines.append(say(kinship(a, b), language, code=a.code,
                         a=framework_label(catalog, a.framework, language),
                         b=framework_label(catalog, b.framework, language)))
    if not same_code:
        lines += _same_text(a, b, catalog, language)
    for node in (a, b):
        unit, parts = _parts(node, catalog)
        title = node.title_th
        lines += ["", f"[{framework_label(catalog, node.framework, language)}]", f"{node.code} {title}"]
        if unit is node:
            lines += parts or [say("no_elements", language)]  # a title only: said, not an empty side
        else:  # an element: its unit, and its own criteria (what it asks, side by side with the other)
            lines.append(say("element_of_unit", language, code=unit.code, title=unit.title_th))
            lines += [f"{BULLET} {c.code} {c.title_th}" for c in catalog.children(node)][:MAX_SIDE_LINES]
    buttons = [_side_button(n, language) for n in (a, b)]
    if not same_code and other and (framework := _both_in_other_framework(a, b, catalog)):
        # DL100 and DL300 are other competencies in the other framework: say so, and offer that pair.
        lines += ["", say("compare_other_framework", language, a=a.code, b=b.code,
                          framework=short_framework(framework, language))]
        ask = text_action(f"เทียบ {a.code} กับ {b.code} {_FRAMEWORK_WORDS[framework]}")
        if ask:
            buttons.append(button(say("compare_in", language, framework=short_framework(framework, language)), ask))
    return Reply("text", "\n".join(lines).strip(), tuple(buttons))


def _same_text(a: Node, b: Node, catalog: Catalog, language: str) -> list[str]:
    """Two codes whose texts are word for word the same (DL202.03 and DL203.03): said first, since that is
    what "ต่างกันยังไง" asks, with where each sits; nothing for texts that differ. Titles alike over criteria that
    differ (SPM203 and DL203: only their third criterion) are no same text: what differs is said instead."""
    if a.code == b.code or _words(a.title_th) != _words(b.title_th):
        return []
    only_a, only_b = _criteria_apart(a, b, catalog), _criteria_apart(b, a, catalog)
    if only_a or only_b:
        return [say("compare_same_title", language, a=a.code, b=b.code),
                *(f"{BULLET} {c.code} {c.title_th}" for c in (*only_a, *only_b))]
    lines = [say("compare_same_text", language, a=a.code, b=b.code)]
    pa, pb = catalog.parent(a), catalog.parent(b)
    if pa is not None and pb is not None and pa.code != pb.code:
        lines.append(say("compare_same_text_where", language, a=a.code, b=b.code, pa=pa.code, pa_title=pa.title_th,
                         pb=pb.code, pb_title=pb.title_th))
    return lines


def _words(text: str) -> str:
    return " ".join(text.split())


def _criteria_apart(node: Node, other: Node, catalog: Catalog) -> list[Node]:
    """``node``'s criteria that ``other`` has none worded alike."""
    theirs = {_words(c.title_th) for c in catalog.children(other)}
    return [c for c in catalog.children(node) if _words(c.title_th) not in theirs]


# What names a framework in a typed comparison (the understanding's own framework words).
_FRAMEWORK_WORDS = {"std-2567": "2567", "ocsc-2561": "ของ ก.พ."}  # short: button data fits 64 bytes


def _both_in_other_framework(a: Node, b: Node, catalog: Catalog) -> str | None:
    if a.framework != b.framework:
        return None
    for framework in _FRAMEWORK_WORDS:
        if framework != a.framework and catalog.get(framework, a.code) and catalog.get(framework, b.code):
            return framework
    return None


def kinship(a: Node, b: Node) -> str:
    """How one code's two meanings relate, judged on their titles (the sources' own words): the same
    competency worded a little differently (DS700), a related one of another scope (DS600), or a
    different competency under the same code (DL201)."""
    first, second = (re.sub(r"\s+|\([^)]*\)", "", node.title_th) for node in (a, b))
    ratio = fuzz.ratio(first, second)
    if ratio >= SAME_TITLE:
        return "compare_same_competency"
    if ratio >= RELATED_TITLE or fuzz.partial_ratio(first, second) >= RELATED_PART:
        return "compare_related_competency"
    return "compare_same_code"


def _roles(groups: list[str], phases: list[str], catalog: Catalog, language: str) -> Reply:
    """Two roles: the same group in two phases, or two groups in one phase."""
    groups = [g for g in groups if g in GROUPS] or []
    phases = [p for p in phases if p in PHASES] or []
    pairs: list[tuple[str, str]]
    if len(phases) >= 2 and groups:
        pairs = [(groups[0], p) for p in phases[:2]]
    elif len(groups) >= 2 and phases:
        pairs = [(g, phases[0]) for g in groups[:2]]
    elif len(groups) >= 2:
        return _groups_in_every_phase(groups[:2], catalog, language)
    elif len(phases) >= 2:
        return _phases_for_every_group(phases[:2], catalog, language)
    else:
        return Reply("text", say("compare_what", language))
    roles = [catalog.role(p, g, ROLE_FRAMEWORK) for g, p in pairs]
    if any(r is None for r in roles):
        return Reply("text", say("compare_what", language))
    first, second = roles[0], roles[1]
    assert first is not None and second is not None
    lines: list[str] = []
    for role in (first, second):
        lines += ["", f"{label(GROUP_LABELS, role.group, language)} · {label(PHASE_LABELS, role.phase, language)}",
                  say("role_title", language, title=role.role_title_th),
                  say("n_units", language, n=len(role.units))]
    shared = [c for c in first.units if c in second.units]
    only_first = [c for c in first.units if c not in second.units]
    only_second = [c for c in second.units if c not in first.units]
    lines += ["", say("compare_shared", language, n=len(shared))]
    sides = [(role, only) for role, only in ((first, only_first), (second, only_second)) if only]
    titled = sum(len(line) + 1 for _, only in sides for line in unit_lines(only, catalog))
    for role, only in sides:
        name = f"{label(GROUP_LABELS, role.group, language)} · {label(PHASE_LABELS, role.phase, language)}"
        lines += ["", say("compare_only", language, who=name, n=len(only))]
        # Short first: titles while the answer stays about a screen, else the codes (tap or type one).
        lines += unit_lines(only, catalog) if len("\n".join(lines)) + titled <= PAGE_CHARS else [" · ".join(only)]
    buttons: list[Button] = [
        button(f"{label(PHASE_LABELS, r.phase, language)}" if len(phases) >= 2
               else label(GROUP_BUTTON_LABELS, r.group, language), role_action(r.group, r.phase))
        for r in (first, second)]
    buttons += [button(code, code_action(code)) for code in (*only_first, *only_second)]  # the differences
    # A card: on LINE its buttons sit in its bubble, so a first contact's consent buttons keep their room.
    return Reply("card", "\n".join(lines).strip(), tuple(buttons[:MAX_BUTTONS]), title=say("compare_roles", language))


def _phases_for_every_group(phases: list[str], catalog: Catalog, language: str) -> Reply:
    """Two phases and no group ("ระยะกำลังพัฒนากับระยะพัฒนาแล้ว ต่างกันอย่างไร"): each group's role in the one and
    the other, one line each, with the number of units each needs and how many the later one adds; then how to see
    one group's differences. The profile is not asked, since the question named no group."""
    names = [label(PHASE_LABELS, p, language) for p in phases]
    lines = [say("compare_phases_groups", language, a=names[0], b=names[1])]
    for group in GROUPS:
        roles = [catalog.role(p, group, ROLE_FRAMEWORK) for p in phases]
        if any(r is None for r in roles):
            continue
        first, second = (r for r in roles if r is not None)
        added = sum(1 for c in second.units if c not in first.units)
        lines += ["", label(GROUP_LABELS, group, language),
                  f"{BULLET} {names[0]}: {first.role_title_th} ({say('n_units', language, n=len(first.units))})",
                  f"{BULLET} {names[1]}: {second.role_title_th} ({say('n_units', language, n=len(second.units))}, "
                  f"{say('compare_new_units', language, n=added, a=names[0])})"]
    lines += ["", say("compare_pick_group", language, a=names[0], b=names[1])]
    buttons = tuple(button(label(PHASE_LABELS, p, language), role_action(None, p)) for p in phases)
    return Reply("card", "\n".join(lines), buttons, title=say("compare_roles", language))


def _groups_in_every_phase(groups: list[str], catalog: Catalog, language: str) -> Reply:
    """Two groups and no phase ("ผอ.กอง กับ ผู้บริหารระดับสูง ต่างกันยังไง"): each phase in three lines
    (each group's role and number of units, and how many they share), then how to see one phase's
    differences; the profile is not asked, since the question named no phase."""
    names = [label(GROUP_LABELS, g, language) for g in groups]
    lines = [say("compare_groups_phases", language, a=names[0], b=names[1])]
    for phase in PHASES:
        roles = [catalog.role(phase, g, ROLE_FRAMEWORK) for g in groups]
        if any(r is None for r in roles):
            continue
        lines += ["", label(PHASE_LABELS, phase, language)]
        lines += [f"{BULLET} {name}: {r.role_title_th} ({say('n_units', language, n=len(r.units))})"
                  for name, r in zip(names, roles, strict=True) if r is not None]
        first, second = (r.units for r in roles if r is not None)
        lines.append(f"{BULLET} {say('compare_shared', language, n=sum(1 for c in first if c in second))}")
    lines += ["", say("compare_pick_phase", language, a=names[0], b=names[1])]
    buttons = tuple(button(label(GROUP_BUTTON_LABELS, g, language), role_action(g, ""))
                    for g in groups)
    return Reply("card", "\n".join(lines), buttons, title=say("compare_roles", language))


def phase_roles(groups: list[str], phases: list[str], catalog: Catalog, language: str) -> Reply:
    """Two phases side by side, for a group or for every group (``phase_info`` naming two phases)."""
    return _roles(groups, phases, catalog, language)
