"""Roles (OCSC 2561): what a person group needs in an organisation phase, and the questions around it.

- ``answer`` (``role_requirements``): both group and phase are needed; a missing one is asked with a
  button per choice (the group first). The answer is short first, one phone screen a page: the role,
  its first units one line each and every other code by name, "ดูเพิ่ม" for the next page (``page``);
  knowledge, experience and competencies behind a button (``aspect`` "description"). With ``aspect``
  "added", what the phase adds over the phase before (units, knowledge, experience, competencies).
- ``overview`` (``role_overview``): the 6 × 3 table of role titles and unit counts.
- ``phases`` (``phase_info``): short first, the three phases as the letter names them (with a group's
  role in each), how to tell which one applies, and the letter's own clauses behind a button.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.dialog.actions import code_action, intent_action, role_action
from bot.dialog.answers.common import BULLET, cite_at, source_at, source_line
from bot.dialog.answers.paging import PAGE_CHARS, first_page_count, more_button, slices
from bot.dialog.limits import MAX_BUTTONS, button
from bot.dialog.phrases import GROUP_BUTTON_LABELS, GROUP_LABELS, PHASE_LABELS, label, say
from bot.dialog.replies import Button, Reply
from content.catalog import Catalog
from content.model import Role
from content.parsers.ocsc import SOURCE as LETTER
from content.schema import GROUPS, PHASES
from intents import lexicon
from intents.normalise import bare
from intents.result import Understanding

ROLE_FRAMEWORK = "ocsc-2561"
GROUPS_ASKED = "groups"  # ``aspect`` of ``role_overview``: the groups themselves counted or listed
BASICS = "basics"  # ``aspect`` of ``role_overview``: what every group shares (basic knowledge, experience, attributes)
BASICS_PARTS = ("knowledge", "experience", "attribute")  # its parts, by the catalog's item kinds ("basics.experience")
_BASICS_WORDS = {"knowledge": lexicon.thai_pattern(r"ความรู้|knowledge"),
                 "experience": lexicon.thai_pattern(r"ประสบการณ์|ประสพการณ์|experience"),
                 "attribute": lexicon.thai_pattern(r"คุณลักษณะ|คุณสมบัติ|attribute|trait")}


def names(group: str, phase: str) -> dict[str, str]:
    return {"group": label(GROUP_LABELS, group, "th"), "group_en": label(GROUP_LABELS, group, "en"),
            "phase": label(PHASE_LABELS, phase, "th"), "phase_en": label(PHASE_LABELS, phase, "en")}


def unit_lines(codes: tuple[str, ...] | list[str], catalog: Catalog) -> list[str]:
    lines = []
    for code in codes:
        unit = catalog.unit(ROLE_FRAMEWORK, code)
        lines.append(f"{BULLET} {code} {unit.title_th}" if unit else f"{BULLET} {code}")
    return lines


def answer(understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]:
    entities = understanding.entities
    group = entities.get("group")
    phase = entities.get("phase")
    if group not in GROUPS:
        # "กลุ่มบริหาร": the groups that wording may mean, each a button; any group otherwise
        choices = [g for g in entities.get("group_choices") or () if g in GROUPS]
        asked = say("ask_which_group", language, groups=say("phases_and", language).join(
            label(GROUP_LABELS, g, language) for g in choices)) if choices else \
            say("ask_team_group" if lexicon.MY_TEAM.search(bare(understanding.text)) else "ask_group", language)
        buttons = tuple(button(label(GROUP_BUTTON_LABELS, g, language), role_action(g, phase))
                        for g in choices or GROUPS)
        return [Reply("buttons", asked, buttons)]
    if phase not in PHASES:
        buttons = tuple(button(label(PHASE_LABELS, p, language), role_action(group, p)) for p in PHASES)
        return [Reply("buttons", say("ask_phase", language), buttons)]
    role = catalog.role(phase, group, ROLE_FRAMEWORK)
    if role is None:
        return [Reply("text", say("role_missing", language, **names(group, phase)))]
    shown = _role_part(role, understanding, catalog, language)
    if entities.get("phase_end") in ("first", "last"):  # "แล้วระยะถัดไปล่ะ" after the mature phase: there is none
        end = say("phase_end_" + str(entities["phase_end"]), language, n=len(PHASES), **names(group, phase))
        return [Reply("text", end), shown]
    return [shown]


def _role_part(role: Role, understanding: Understanding, catalog: Catalog, language: str) -> Reply:
    """The part of the role asked: what its phase adds, its knowledge and more, or a page of its units."""
    entities = understanding.entities
    if entities.get("aspect") == "added":
        return added(role, catalog, language)
    if entities.get("aspect") in _PART_KEYS:
        return about(role, catalog, language, only=str(entities["aspect"]))
    if entities.get("aspect") == "description":
        named = [key for key, words in _PART_WORDS.items() if words.search(bare(understanding.text))]
        return about(role, catalog, language, only=named[0] if len(named) == 1 else None)
    page = entities.get("page")
    return describe(role, catalog, language, page=page if isinstance(page, int) else 1)


def role_source(catalog: Catalog, key: str, language: str) -> str:
    """Where a role (``role:PHASE:GROUP``) or the letter's chapter on roles (``role:overview``) is, to cite: the
    letter, the section and the line."""
    return source_at(catalog, key, ROLE_FRAMEWORK, language)


def _more_codes(codes: tuple[str, ...], language: str) -> str:
    return say("role_more_units", language, n=len(codes), codes=" · ".join(codes))


def describe(role: Role, catalog: Catalog, language: str, *, page: int = 1, lead: str = "") -> Reply:
    """One page of the role's units. The first page is one phone screen: the first units with their
    titles, every other code by name (tap "ดูเพิ่ม" for their titles, or type one), and where it
    comes from; knowledge, experience and competencies are one tap away ("about")."""
    units, items = role.units, unit_lines(role.units, catalog)
    heading = lead or say("role_heading", language, **names(role.group, role.phase))
    hint = say("type_a_code", language, code=units[0] if units else "DS100")
    source = role_source(catalog, f"role:{role.phase}:{role.group}", language)
    head = [heading, "", say("role_units", language, n=len(units))]
    fixed = sum(len(line) + 1 for line in (*head, "", hint, source))
    first = first_page_count(items, PAGE_CHARS - fixed, lambda k: _more_codes(units[k:], language))
    page_head = say("role_units_page", language, first=len(units), last=len(units), n=len(units))
    later = PAGE_CHARS - sum(len(line) + 1 for line in (heading, "", page_head, "", hint))
    pages = slices(items, first, later)
    page = min(max(page, 1), len(pages))
    start, end = pages[page - 1]
    if page == 1:
        body = [*head, *items[start:end]]
        if end < len(units):
            body.append(_more_codes(units[end:], language))
        body += ["", hint, source]
    else:
        which = say("role_units_page", language, first=start + 1, last=end, n=len(units)) if end > start + 1 else \
            say("role_unit_page", language, first=end, n=len(units))
        body = [heading, "", which,
                *items[start:end], "", hint]
    buttons: list[Button] = []
    if page < len(pages):
        buttons.append(more_button(language, page + 1, len(pages), role_action(role.group, role.phase, page + 1)))
    buttons.append(button(say("role_about_button", language), role_action(role.group, role.phase, "about")))
    shown = [*units[start:end], *(units[end:] if page == 1 else ())]
    buttons += [button(code, code_action(code)) for code in shown]
    return Reply("list", "\n".join(body), tuple(buttons[:MAX_BUTTONS]), title=role.role_title_th)


# One part of a role asked by name ("แล้วความรู้ล่ะ"): only that part, the others a press away.
_PART_KEYS = ("role_knowledge", "role_experience", "role_competencies")
_PART_WORDS = {"role_knowledge": lexicon.thai_pattern(r"ความรู้|knowledge"),
               "role_experience": lexicon.thai_pattern(r"ประสบการณ์|experience"),
               "role_competencies": lexicon.thai_pattern(r"สมรรถนะ|คุณลักษณะ|competenc")}
_PART_VIEWS = {"role_knowledge": "knowledge", "role_experience": "experience", "role_competencies": "competencies"}


def about(role: Role, catalog: Catalog, language: str, *, only: str | None = None) -> Reply:
    """The role's expected behaviour, knowledge, experience and competencies, as the letter gives them;
    ``only`` one of them (a ``_PART_KEYS`` key), with the others behind buttons."""
    lines = [say("role_heading", language, **names(role.group, role.phase))]
    if role.description_th and only is None:
        lines += ["", say("role_expected", language), role.description_th]
    parts = (("role_knowledge", role.knowledge), ("role_experience", role.experience),
             ("role_competencies", role.competencies))
    for key, entries in parts:
        if entries and only in (None, key):
            lines += ["", say(key, language), *(f"{BULLET} {e}" for e in entries)]
    if only is not None and role.units:  # one part asked: the role's units still in sight, by code
        lines += ["", say("role_unit_codes", language, n=len(role.units), codes=" · ".join(role.units))]
    lines += ["", role_source(catalog, f"role:{role.phase}:{role.group}", language)]
    buttons = [button(say("role_units_button", language), role_action(role.group, role.phase))]
    if only is not None:
        buttons += [button(say(key, language).rstrip(":"), role_action(role.group, role.phase, _PART_VIEWS[key]))
                    for key, entries in parts if entries and key != only]
    if PHASES.index(role.phase) > 0:
        buttons.append(button(say("role_added_button", language), role_action(role.group, role.phase, "added")))
    return Reply("list", "\n".join(lines), tuple(buttons), title=role.role_title_th)


def added(role: Role, catalog: Catalog, language: str) -> Reply:
    """What this phase asks of the group beyond the phase before (Early has nothing before it): the
    new units, and the knowledge, experience and competencies the phase before did not list."""
    index = PHASES.index(role.phase)
    if index == 0:  # everything is new: the role's own answer, saying why
        lead = say("role_added_first", language, **names(role.group, role.phase))
        return describe(role, catalog, language, lead=lead)
    before = catalog.role(PHASES[index - 1], role.group, ROLE_FRAMEWORK)
    earlier = set(before.units) if before else set()
    new = [c for c in role.units if c not in earlier]
    dropped = [c for c in (before.units if before else ()) if c not in role.units]
    lines = [say("role_added", language, **names(role.group, role.phase),
                 before=label(PHASE_LABELS, PHASES[index - 1], language), n=len(new)), *unit_lines(new, catalog)]
    for key, now, then in (("role_knowledge", role.knowledge, before.knowledge if before else ()),
                           ("role_experience", role.experience, before.experience if before else ()),
                           ("role_competencies", role.competencies, before.competencies if before else ())):
        fresh = [entry for entry in now if entry not in then]
        if fresh:
            lines += ["", say(key, language), *(f"{BULLET} {entry}" for entry in fresh)]
        elif now:  # said, so that nothing looks left out
            lines += ["", say("role_nothing_added", language, what=say(key, language),
                              before=label(PHASE_LABELS, PHASES[index - 1], language))]
    if dropped:
        lines += ["", say("role_not_listed", language, n=len(dropped)), *unit_lines(dropped, catalog)]
    lines += ["", role_source(catalog, f"role:{role.phase}:{role.group}", language)]
    buttons = [button(say("role_units_button", language), role_action(role.group, role.phase)),
               button(say("role_about_button", language), role_action(role.group, role.phase, "about")),
               *(button(code, code_action(code)) for code in new)]
    return Reply("list", "\n".join(lines), tuple(buttons[:MAX_BUTTONS]), title=role.role_title_th)


def overview(understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]:
    """Every group in every phase, one line each: the role it plays and how many units (a phase a
    paragraph, so LINE shows one phase a bubble)."""
    e = understanding.entities
    if str(e.get("aspect") or "").partition(".")[0] == BASICS:
        # the part pressed ("basics.experience"), else the one the message names ("ประสบการณ์พื้นฐาน"), else knowledge
        said = [k for k in BASICS_PARTS if _BASICS_WORDS[k].search(bare(understanding.text))]
        part = str(e["aspect"]).partition(".")[2] or (said[0] if len(said) == 1 else BASICS_PARTS[0])
        return [basics(catalog, language, phase=e.get("phase"), part=part if part in BASICS_PARTS else BASICS_PARTS[0])]
    # One group named ("นักวิชาการ ทั้ง 3 ระยะ"): its row; one phase ("ระยะเริ่มต้น ทุกกลุ่ม"): its column.
    groups = [e["group"]] if e.get("group") in GROUPS else list(GROUPS)
    phases = [e["phase"]] if e.get("phase") in PHASES else list(PHASES)
    lines = []
    if e.get("aspect") == GROUPS_ASKED:  # "มีกี่กลุ่ม", "แบ่งเป็นกลุ่มใดบ้าง": the count and the letter's names first
        no = catalog.letter[0]["no"] if catalog.letter else "๕"
        lines += [say("groups_count", language, n=len(GROUPS), no=no),
                  *(f"{BULLET} {label(GROUP_LABELS, g, 'th')} ({label(GROUP_LABELS, g, 'en')})" for g in GROUPS), ""]
    row = label(GROUP_LABELS, groups[0], language) if len(groups) == 1 else None  # one group: its row
    lines.append(say("role_row", language, group=row) if row else say("role_overview", language))
    for phase in phases:
        lines += ["", label(PHASE_LABELS, phase, language)]
        for group in groups:
            role = catalog.role(phase, group, ROLE_FRAMEWORK)
            if role is not None:
                lines.append(f"{BULLET} {label(GROUP_BUTTON_LABELS, group, language)}: {role.role_title_th} "
                             f"({len(role.units)})")
    hint = say("role_row_hint", language, group=row) if row else say("role_overview_hint", language)
    where = f"role:{phases[0]}:{groups[0]}" if len(groups) == len(phases) == 1 else "role:overview"
    lines += ["", hint, role_source(catalog, where, language)]
    if len(groups) == 1:  # the group's role in each phase, a tap each
        buttons = tuple(button(label(PHASE_LABELS, p, language), role_action(groups[0], p)) for p in PHASES)
    else:
        buttons = tuple(button(label(GROUP_BUTTON_LABELS, g, language), role_action(g, phases[0] if len(phases) == 1
                                                                                  else None)) for g in GROUPS)
    return [Reply("list", "\n".join(lines), buttons, title=say("role_overview_title", language))]


def basics(catalog: Catalog, language: str, *, phase: object = None, part: str = "knowledge") -> Reply:
    """What the letter sets for every group alike ("ทุกกลุ่มต้องรู้อะไรเหมือนกัน"), short first: one of its basic
    knowledge, basic experience or attributes (``part``; the others a press away), then the units every group's role
    has (in the phase asked, else in every phase, with what the last phase adds to them)."""
    entries = [i for i in catalog.items if i.framework == ROLE_FRAMEWORK and i.kind == part and
               i.scope in ("basic", "")]
    lines = [say("basics_lead", language), "", say(f"basics_{part}", language, n=len(entries)),
             *(f"{BULLET} {i.title_th}" for i in entries)]
    phases = [phase] if phase in PHASES else list(PHASES)
    shared = [_shared_units(catalog, p) for p in phases]
    common = [c for c in shared[0] if all(c in later for later in shared[1:])]
    if common:
        where = say("basics_units_where", language) if len(phases) > 1 else \
            say("basics_units_in", language, phase=label(PHASE_LABELS, phases[0], language))
        line = say("basics_units", language, where=where, codes=" · ".join(common))
        extra = [c for c in shared[-1] if c not in common] if len(phases) > 1 else []
        if extra:
            line += say("basics_units_mature", language, codes=" · ".join(extra))
        lines += ["", line]
    lines += ["", say("basics_hint", language), source_line(catalog, ROLE_FRAMEWORK, language)]
    one = phases[0] if len(phases) == 1 else None
    buttons = [*(button(say(f"basics_{other}_button", language), intent_action("role_overview", f"{BASICS}.{other}"))
                 for other in BASICS_PARTS if other != part),
               *(button(code, code_action(code)) for code in common),
               *(button(label(GROUP_BUTTON_LABELS, g, language), role_action(g, one)) for g in GROUPS)]
    return Reply("list", "\n".join(lines), tuple(buttons[:MAX_BUTTONS]), title=say("basics_title", language))


def _shared_units(catalog: Catalog, phase: str) -> list[str]:
    """The units every group's role in the phase has, in the order of the first group's role."""
    roles = [r for g in GROUPS if (r := catalog.role(phase, g, ROLE_FRAMEWORK)) is not None]
    return [c for c in roles[0].units if all(c in r.units for r in roles[1:])] if roles else []


# The phases as the letter's clause ๕ names them: "ระยะเริ่มต้น (Early Stage)".
_PHASE_NAMED = re.compile(r"(ระยะ[^\s(]+)\s*\(([A-Za-z]+ Stage)\)")
FULL = "full"  # ``aspect`` of ``phase_info``: the letter's clauses in full
COUNT = "count"  # ``aspect`` of ``phase_info``: the phases counted ("มีกี่ระยะ")
SAME = "same"  # ``aspect`` of ``phase_info``: whether the phases named are one ("…เป็นระยะเดียวกันไหม")


def phases(understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]:
    """Short first: the three phases as the letter's clause ๕ names them (for a group, named or the
    profile's, each phase's role and number of units), how to tell which applies (clause ๖), and
    the clauses in full behind a button (``aspect`` "full")."""
    if not catalog.letter:
        return [Reply("text", say("phases_missing", language))]
    if understanding.entities.get("aspect") == FULL:
        return [_letter(catalog, language)]
    named = dict(
        (m[1], f"{m[1]} ({m[2]})") for clause in catalog.letter[:1] for p in clause["paragraphs"]
        for m in _PHASE_NAMED.finditer(p))
    asked = [p for p in understanding.entities.get("phases") or [] if p in PHASES]
    if understanding.entities.get("aspect") == SAME and len(asked) >= 2:
        # "ระยะพัฒนาแล้ว กับระยะสมบูรณ์ เป็นระยะเดียวกันไหม": yes or no first, each wording's phase as the letter names it
        distinct = list(dict.fromkeys(asked))
        names = [named.get(label(PHASE_LABELS, p, "th"), label(PHASE_LABELS, p, language)) for p in distinct]
        answer = say("phases_same", language, phase=names[0]) if len(distinct) == 1 else \
            say("phases_not_same", language, phases=say("phases_and", language).join(names))
        lines = [answer, "", say("phases_short", language, n=len(PHASES), no=catalog.letter[0]["no"]),
                 *(f"{BULLET} {named.get(label(PHASE_LABELS, p, 'th'), label(PHASE_LABELS, p, language))}"
                   for p in PHASES), "", _letter_source(catalog, language)]
        buttons = (button(say("phases_full", language), intent_action("phase_info", FULL)),
                   *(button(label(PHASE_LABELS, p, language), role_action(None, p)) for p in distinct))
        return [Reply("text", "\n".join(lines), buttons)]
    group = understanding.entities.get("group")
    group = group if group in GROUPS else None
    if len(set(asked)) == 2 and understanding.entities.get("aspect") is None:
        # "early vs mature?": the two phases side by side (each group's role in both, or the group's own), not the list
        from bot.dialog.answers.compare import phase_roles  # (compare draws on this module)

        pair = list(dict.fromkeys(asked))
        reply = phase_roles([group] if group else [], pair, catalog, language)
        letter_names = [named.get(label(PHASE_LABELS, p, "th"), label(PHASE_LABELS, p, language)) for p in pair]
        return [replace(reply, text=f"{say('phases_compared', language, a=letter_names[0], b=letter_names[1])}\n\n"
                                    f"{reply.text}")]
    counted = understanding.entities.get("aspect") == COUNT  # "มีกี่ระยะ": the number first
    lines = [say("phases_count" if counted else "phases_short", language, n=len(PHASES), no=catalog.letter[0]["no"])]
    if group:
        lines.append(say("phases_for_group", language, group=label(GROUP_LABELS, group, language)))
    for phase in PHASES:
        name = named.get(label(PHASE_LABELS, phase, "th"), label(PHASE_LABELS, phase, language))
        role = catalog.role(phase, group, ROLE_FRAMEWORK) if group else None
        lines.append(f"{BULLET} {name}" + (f": {role.role_title_th} ({say('n_units', language, n=len(role.units))})"
                                           if role else ""))
    which = catalog.letter[1]["no"] if len(catalog.letter) > 1 else catalog.letter[0]["no"]
    lines += ["", say("phases_which", language, no=which),
              "", _letter_source(catalog, language)]
    buttons = (button(say("phases_full", language), intent_action("phase_info", FULL)),
               *(button(label(PHASE_LABELS, p, language), role_action(group, p)) for p in PHASES))
    return [Reply("text", "\n".join(lines), buttons)]


def _letter_source(catalog: Catalog, language: str, *, named: bool = True) -> str:
    first = catalog.letter[0]
    return cite_at(LETTER, first["line"], language, say("letter_clause", language, no=first["no"]), named=named)


def _letter(catalog: Catalog, language: str) -> Reply:
    """The letter's clauses on the phases (๕) and on which one applies to a person (๖, ๗)."""
    lines: list[str] = []
    for clause in catalog.letter:
        lines += ["", f"{clause['no']}. " + "\n".join(clause["paragraphs"])]
    lines += ["", _letter_source(catalog, language, named=False)]  # the card's title names the letter
    buttons = tuple(button(label(PHASE_LABELS, p, language), role_action(None, p)) for p in PHASES)
    # A card: the heading as its title, and LINE shows a clause a bubble.
    return Reply("card", "\n".join(lines).strip(), buttons, title=say("phases_heading", language))
