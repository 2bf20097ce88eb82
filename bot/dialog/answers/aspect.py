"""One aspect of a detailed unit (evidence, knowledge, skills, laws, range, …): that field, exactly.

Only detailed units (std-2567 units with a full competency-unit document) carry these fields. When
a code means several things, the meanings whose unit has the field answer; when none has it, the
reply says so and offers the sections that do exist.
"""

from __future__ import annotations

import re

from bot.dialog.actions import flow_action, node_action
from bot.dialog.answers.common import (
    BULLET,
    DETAILED_FRAMEWORK,
    HEADING_PREFIXES,
    detail_items,
    detail_lines,
    framework_label,
    framework_line,
    short_framework,
    unit_source,
)
from bot.dialog.answers.compare import kinship
from bot.dialog.answers.roles import ROLE_FRAMEWORK
from bot.dialog.limits import button
from bot.dialog.phrases import ASPECT_BUTTON_LABELS, ASPECT_LABELS, label, say
from bot.dialog.replies import Button, Reply
from content.catalog import Catalog
from content.model import Node, Unit
from content.schema import DETAIL_ASPECTS
from intents.normalise import bare

# One part of the evidence guide asked for ("เอาแค่ performance evidence", "หลักฐานการปฏิบัติงานของ DL200"): the
# part's heading in the unit's document says it in Thai and in English. "หลักฐานความรู้" is the part only written as
# one word; "หลักฐาน ความรู้" asks for the evidence and the knowledge.
_EVIDENCE_PARTS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(bare(r"performance|หลักฐาน\s?(?:การ|ด้าน)?\s?ปฏิบัติ(?:งาน)?|หลักฐาน\s?(?:ด้าน)?ผลงาน"), re.IGNORECASE),
     re.compile(r"Performance|ปฏิบัติงาน")),
    (re.compile(bare(r"knowledge evidence|หลักฐาน(?:ด้าน)?ความรู้"), re.IGNORECASE), re.compile(r"Knowledge|ความรู้")),
    (re.compile(bare(r"คำแนะนำ\s?(?:ใน|การ)?\s?(?:การ)?ประเมิน"), re.IGNORECASE), re.compile(r"คำแนะนำ")),
)


# Each part named at all, however loosely: two of them named ask about the whole guide.
_PARTS_NAMED = tuple(re.compile(bare(p), re.IGNORECASE) for p in (r"performance|ปฏิบัติ", r"knowledge|ความรู้",
                                                                   r"คำแนะนำ"))


def evidence_part(text: str) -> re.Pattern[str] | None:
    """The heading of the one part of the evidence guide a message asks for, or None for the whole guide
    (two parts named: the whole)."""
    plain = bare(text)
    asked = [heading for said, heading in _EVIDENCE_PARTS if said.search(plain)]
    named = [part for part in _PARTS_NAMED if part.search(plain)]  # "performance กับ knowledge ใช่ป่ะ": both
    return asked[0] if len(asked) == 1 and len(named) <= 1 else None


def _section(items: list[str], heading: re.Pattern[str]) -> list[str]:
    """The part of a field under the heading that matches, with its heading; [] when no heading matches."""
    start = next((n for n, item in enumerate(items) if item.startswith(HEADING_PREFIXES) and heading.search(item)),
                 None)
    if start is None:
        return []
    end = next((n for n in range(start + 1, len(items)) if items[n].startswith(HEADING_PREFIXES)), len(items))
    return items[start:end]


def answer_nodes(nodes: tuple[Node, ...], aspect: str, catalog: Catalog, *, language: str,
                 count: bool = False, part: re.Pattern[str] | None = None) -> list[Reply]:
    """``count``: the question asks how many ("หลักฐานมีกี่อย่าง"): the number comes first. ``part``: the
    heading of the one part of the field asked for (``evidence_part``)."""
    units: list[Unit] = []
    for node in nodes:
        unit = catalog.unit_of(node)
        if unit not in units:
            units.append(unit)
    with_field = [u for u in units if u.details.get(aspect)]
    if with_field:
        return [_field(u, aspect, catalog, language, count=count, part=part,
                       lead=unit_level(nodes, u, aspect, catalog, language)) for u in with_field]
    for node in nodes:
        related = related_detailed(catalog.unit_of(node), catalog)
        if related is not None and related.details.get(aspect):
            lead = _borrowed(node, related, aspect, catalog, language)
            return [_field(related, aspect, catalog, language, lead=lead, count=count, part=part)]
    return [_missing(units, aspect, catalog, language)]


def one_line(nodes: tuple[Node, ...], aspect: str, number: int, catalog: Catalog, language: str) -> Reply | None:
    """Line ``number`` of a unit's knowledge or skills list ("ข้อ 2 คืออะไร" after the list), with the whole list a
    press away; None when no unit of ``nodes`` lists that many."""
    for node in nodes:
        unit = catalog.unit_of(node)
        lines = unit.details.get(aspect)
        if isinstance(lines, (list, tuple)) and 1 <= number <= len(lines):
            name = label(ASPECT_LABELS, aspect, language)
            head = say("aspect_line", language, aspect=name, n=number, total=len(lines), code=unit.code,
                       title=unit.title_th)
            body = [framework_line(catalog, unit.framework, language), head, "", str(lines[number - 1]), "",
                    unit_source(catalog, unit, language, detail=aspect)]
            buttons = (button(say("aspect_line_all", language, aspect=name),
                              node_action(unit.framework, unit.code, aspect)),
                       button(unit.code, node_action(unit.framework, unit.code)))
            return Reply("card", "\n".join(body), buttons, title=f"{unit.code} {name} {number}")
    return None


def unit_level(nodes: tuple[Node, ...], unit: Unit, aspect: str, catalog: Catalog, language: str) -> str:
    """Said when the part was asked of an element or a criterion ("DS702 ใช้หลักฐานอะไร"): the document sets it
    for the whole unit, one for all its elements; "" when the unit itself was asked."""
    asked = [n.code for n in nodes if not isinstance(n, Unit) and catalog.unit_of(n) == unit]
    if not asked:
        return ""
    return say("aspect_unit_level", language, codes=" และ ".join(dict.fromkeys(asked)) if language != "en"
               else " and ".join(dict.fromkeys(asked)), unit=unit.code,
               aspect=label(ASPECT_LABELS, aspect, "th"), aspect_en=label(ASPECT_LABELS, aspect, "en"))


def related_detailed(unit: Unit, catalog: Catalog) -> Unit | None:
    """The detailed standard's unit of the same code when it is the same competency or a related one
    (OCSC DS700 and 2567 DS700); None when there is none, or when the code names another competency
    there (OCSC DL200 is not 2567 DL200)."""
    if unit.framework == DETAILED_FRAMEWORK:
        return None
    other = catalog.unit(DETAILED_FRAMEWORK, unit.code)
    if other is None or kinship(unit, other) == "compare_same_code":
        return None
    return other


def _borrowed(node: Node, related: Unit, aspect: str, catalog: Catalog, language: str) -> str:
    """Says plainly that the field is the related unit's, and why."""
    key = "aspect_from_same" if kinship(catalog.unit_of(node), related) == "compare_same_competency" \
        else "aspect_from_related"
    return say(key, language, code=node.code, framework=framework_label(catalog, node.framework, language),
               aspect=label(ASPECT_LABELS, aspect, "th"), aspect_en=label(ASPECT_LABELS, aspect, "en"),
               unit=related.code, related=framework_label(catalog, related.framework, language))


def count_line(unit: Unit, aspect: str, language: str) -> str:
    """How many items a detail field lists, by its parts ("(ก) หลักฐานการปฏิบัติงาน") when it has them;
    "" when it lists none ("N/A")."""
    parts: list[tuple[str, int]] = []
    for item in detail_items(unit.details.get(aspect)):
        if item.startswith(HEADING_PREFIXES):
            parts.append((_part_name(item), 0))
        elif item.strip() and item.strip().upper() != "N/A":
            if not parts:
                parts.append(("", 0))
            parts[-1] = (parts[-1][0], parts[-1][1] + 1)
    total = sum(n for _, n in parts)
    if not total:
        return ""
    names = {"aspect": label(ASPECT_LABELS, aspect, "th"), "aspect_en": label(ASPECT_LABELS, aspect, "en"),
             "code": unit.code, "n": total}
    if len(parts) < 2 or not all(name for name, _ in parts):
        return say("aspect_count_laws" if aspect == "laws" else "aspect_count", language, **names)
    shown = " · ".join(say("aspect_count_part", language, name=name, n=n) for name, n in parts)
    return say("aspect_count_parts", language, parts=shown, **{**names, "n": len(parts)})


def _part_name(heading: str) -> str:
    """"(ก) หลักฐานการปฏิบัติงาน (Performance Evidence)" → "หลักฐานการปฏิบัติงาน"."""
    name = heading.strip()[3:].strip()
    return re.sub(r"\s*\([A-Za-z ]+\)$", "", name).strip() or name


def _field(unit: Unit, aspect: str, catalog: Catalog, language: str, *, lead: str = "",
           count: bool = False, part: re.Pattern[str] | None = None) -> Reply:
    heading = say("aspect_of", language, aspect=label(ASPECT_LABELS, aspect, "th"),
                  aspect_en=label(ASPECT_LABELS, aspect, "en"), code=unit.code, title=unit.title_th)
    if count and (counted := count_line(unit, aspect, language)):
        lead = f"{counted}\n\n{lead}".strip()
    value = unit.details.get(aspect)
    section = _section(detail_items(value), part) if part is not None else []
    body = [section[0], *(f"{BULLET} {item}" for item in section[1:])] if section else detail_lines(value)
    lines = [*([lead, ""] if lead else []), framework_line(catalog, unit.framework, language), heading, "",
             *body, "", unit_source(catalog, unit, language, detail=aspect)]
    others = [button(label(ASPECT_BUTTON_LABELS, a, language), node_action(unit.framework, unit.code, a))
              for a in _present(unit) if a != aspect]
    buttons = [button(unit.code, node_action(unit.framework, unit.code)), *others]
    title = f"{unit.code} {label(ASPECT_LABELS, aspect, language)}"
    return Reply("card", "\n".join(lines), tuple(buttons), title=title)


def _missing(units: list[Unit], aspect: str, catalog: Catalog, language: str) -> Reply:
    """No such part in any framework's text of the code: said for each (DS600 is in both), with what there is."""
    unit = units[0]
    lines = [say("aspect_missing", language, code=u.code, aspect=label(ASPECT_LABELS, aspect, "th"),
                 aspect_en=label(ASPECT_LABELS, aspect, "en"),
                 framework=framework_label(catalog, u.framework, language)) for u in units]
    present = _present(unit)
    buttons: list[Button] = [button(f"{u.code} ({short_framework(u.framework, language)})"
                                    if len(units) > 1 else u.code, node_action(u.framework, u.code)) for u in units]
    lettered = next((u for u in units if u.framework == ROLE_FRAMEWORK and u.criteria), None)
    if aspect in _PER_ROLE and lettered is not None:
        # the 2561 letter gives each unit its criteria only; knowledge and experience are per group and phase
        # (evidence is no part of the roles either: said plainly, with what the letter does give)
        note = "aspect_per_role_evidence" if aspect == "evidence" else "aspect_per_role"
        lines.append(say(note, language, code=lettered.code, n=len(lettered.criteria)))
        buttons.append(button(say("see_all", language), node_action(lettered.framework, lettered.code, "criteria")))
    if aspect == "assessment" and unit.criteria:  # no written method: the person can still assess themself
        lines.append(say("aspect_self_assess", language, code=unit.code))
        buttons.append(button(say("self_assess_button", language), flow_action("q", "s", "a", unit.framework,
                                                                               unit.code)))
    if present:
        lines.append(say("aspect_available", language) + " "
                     + ", ".join(label(ASPECT_LABELS, a, language) for a in present))
        buttons.extend(button(label(ASPECT_BUTTON_LABELS, a, language), node_action(unit.framework, unit.code, a))
                       for a in present)
    return Reply("text", "\n".join(lines), tuple(buttons))


# What the OCSC letter says per group and phase (the roles' knowledge and experience), not per unit.
_PER_ROLE = ("knowledge", "skills", "evidence", "prerequisites")


def _present(unit: Unit) -> list[str]:
    """Detail fields this unit has that the action grammar can ask for."""
    askable = set(ASPECT_LABELS) - {"overview", "criteria", "description", "occupations"}
    return [a for a in DETAIL_ASPECTS if a in askable and unit.details.get(a)]
