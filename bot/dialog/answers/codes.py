"""``unit_info``: what a code means, in every framework that has it (the detailed standard first).

A unit shows its elements and criteria (summarised with a "ดูทั้งหมด" button when long); an element
its criteria with codes and system codes; a criterion its text with its element and unit. An aspect
(evidence, range, …) goes to ``answers.aspect``; codes that exist nowhere to ``answers.missing``.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.dialog.actions import node_action
from bot.dialog.answers import aspect as aspect_answer
from bot.dialog.answers import missing, needed, search
from bot.dialog.answers.common import (
    BULLET,
    DETAILED_FRAMEWORK,
    criterion_line,
    detail_lines,
    framework_line,
    resolve_codes,
    unit_source,
)
from bot.dialog.answers.compare import kinship
from bot.dialog.answers.paging import PAGE_CHARS
from bot.dialog.limits import button
from bot.dialog.phrases import ASPECT_BUTTON_LABELS, ASPECT_LABELS, label, say
from bot.dialog.replies import Button, Reply
from content.catalog import Catalog
from content.model import Criterion, Element, Node, Unit
from intents.lexicon import COUNT
from intents.normalise import bare
from intents.result import Understanding

# Above either bound a unit is summarised (elements with counts) behind a "see all" button: the
# first answer stays about one phone screen (``paging.PAGE_CHARS`` with the source line).
SUMMARY_CRITERIA = 12
SUMMARY_CHARS = PAGE_CHARS - 100
# Detail fields offered as buttons under a detailed unit, in reading order.
ASPECT_BUTTONS: tuple[str, ...] = ("evidence", "knowledge", "skills", "prerequisites", "range", "laws",
                                   "assessment")
ASPECTS_ANSWERED_HERE = ("overview", "criteria")


def answer(understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]:
    entities = understanding.entities
    groups, unresolved = resolve_codes(entities.get("codes") or [], catalog)
    unknown = [c for c in entities.get("unknown_codes") or [] if c not in unresolved] + unresolved
    aspect = entities.get("aspect") or "overview"
    aspects = list(entities.get("aspects") or ())
    part = aspect_answer.evidence_part(understanding.text) if "evidence" in (aspect, *aspects) else None
    if part is not None:  # "หลักฐานความรู้ของ DS700" is one part of the evidence guide, not evidence and knowledge
        aspect, aspects = "evidence", []
    count = bool(COUNT.search(bare(understanding.text)))  # "มีกี่ข้อ": the number first, then the short form
    replies: list[Reply] = []
    if (number := entities.get("part_past_end")) and groups:  # "ข้อ 3" after DT400: it has two; DT400 again
        replies.append(_past_the_end(groups[0][0], groups[0][1], str(number), language))
    answered: set[tuple[str, str]] = set()  # units whose part is shown: two of one unit's criteria ask it once
    for code, nodes in groups:
        if aspect not in ASPECTS_ANSWERED_HERE or len(aspects) >= 2:
            units = {(unit.framework, unit.code) for unit in (catalog.unit_of(node) for node in nodes)}
            # (DS704.02 and DS704.2: the OCSC meaning borrows the part from the 2567 unit shown for the other)
            shown = {(u.framework, u.code) for u in (_shown_for(catalog.unit_of(node), aspect, catalog)
                                                     for node in nodes)}
            if units <= answered or (aspect not in ("overview", "criteria") and not aspects and shown <= answered):
                continue
            answered |= units | shown
        if len(aspects) >= 2:  # "ds700 ความรู้ ทักษะ": each part asked, in order
            for each in aspects:
                replies.extend(aspect_answer.answer_nodes(nodes[:1], each, catalog, language=language))
            continue
        if aspect in ASPECTS_ANSWERED_HERE:
            replies.extend(describe(code, nodes, catalog, language, full=aspect == "criteria" and not count,
                                    count=count))
        elif aspect == "occupations":
            # "DS700 ใช้กับกลุ่มไหน", "ผอ.กองต้องมี DS700 มั้ย": the letter's groups and phases first, then the
            # 2567 standard's occupations when the unit has them
            who = needed.answer(nodes, catalog, language, group=entities.get("group"), phase=entities.get("phase"))
            replies.extend([who] if who is not None else [])
            if who is None or any(catalog.unit_of(n).details.get("occupations") for n in nodes):
                replies.extend(aspect_answer.answer_nodes(nodes, aspect, catalog, language=language))
        elif (line := entities.get("line")) and \
                (one := aspect_answer.one_line(nodes, aspect, int(line), catalog, language)) is not None:
            replies.append(one)  # "ข้อ 2 คืออะไร" after the knowledge listed: that line
        else:
            replies.extend(aspect_answer.answer_nodes(nodes, aspect, catalog, language=language, count=count,
                                                      part=part))
    detailed = sorted({u.code for u in catalog.units_in(DETAILED_FRAMEWORK) if u.is_detailed})
    if replies and aspect not in ASPECTS_ANSWERED_HERE and not understanding.codes_written() and \
            sorted(code for code, _ in groups) == detailed:
        # "หลักฐานมีไรบ้าง" with no unit named: every unit with a detailed document, and why only those
        lead = say("aspect_of_detailed_only", language, aspect=label(ASPECT_LABELS, aspect, language),
                   n=len(detailed), codes=", ".join(detailed))
        first = replies[0]
        replies[0] = Reply(first.type, f"{lead}\n\n{first.text}", first.buttons, first.title, first.fields)
    if unknown:
        replies.extend(missing.answer_codes(unknown, catalog, language=language))
    if not replies:
        if entities.get("query"):
            return search.answer(understanding, catalog, language=language)
        replies.append(Reply("text", say("no_codes_given", language)))
    return replies


def _shown_for(unit: Unit, aspect: str, catalog: Catalog) -> Unit:
    """The unit whose part answers for ``unit``: itself when it has it, else the detailed unit it borrows from."""
    if unit.details.get(aspect):
        return unit
    related = aspect_answer.related_detailed(unit, catalog)
    return related if related is not None and related.details.get(aspect) else unit


def describe(code: str, nodes: tuple[Node, ...], catalog: Catalog, language: str, *,
             full: bool = False, count: bool = False) -> list[Reply]:
    """One reply per meaning of ``code``; a heading first when several frameworks share it. ``count``:
    a unit's numbers of elements and criteria come first."""
    # The same competency in a second framework, worded a little differently (DS700): its criteria are
    # one press away, not a second phone-length list of nearly the same lines.
    # Unless the first framework's text has no criteria to show (DG100 in the standard's list): then
    # the second one's are the answer.
    # A meaning with content leads one that is a title only (DLit100 of the 2567 standard's list against the
    # OCSC letter's three elements): the first screen answers the question, whichever framework has it.
    nodes = tuple(sorted(nodes, key=lambda n: isinstance(n, Unit) and not n.elements))
    shown_above = not isinstance(nodes[0], Unit) or bool(nodes[0].elements)
    replies = [describe_node(node, catalog, language, full=full) if n == 0 or not full or not shown_above or
               kinship(nodes[0], node) != "compare_same_competency" else
               _same_as_above(describe_node(node, catalog, language), language)
               for n, node in enumerate(nodes)]
    if count:
        replies = [_counted(node, reply, language) for node, reply in zip(nodes, replies, strict=True)]
    if len(replies) > 1:
        first = replies[0]
        heading = say("code_in_frameworks", language, code=code, n=len({n.framework for n in nodes}))
        replies[0] = Reply(first.type, f"{heading}\n\n{first.text}", first.buttons, first.title, first.fields)
    return replies


def _same_as_above(reply: Reply, language: str) -> Reply:
    return _below_framework(reply, say("same_as_above", language))


def _counted(node: Node, reply: Reply, language: str) -> Reply:
    if not isinstance(node, Unit) or not node.elements:
        return reply
    return _below_framework(reply, say("unit_count", language, code=node.code, elements=len(node.elements),
                                       criteria=len(node.criteria)))


def _below_framework(reply: Reply, line: str) -> Reply:
    """``reply`` with ``line`` right after its first line (the framework's)."""
    head, _, rest = reply.text.partition("\n")
    return Reply(reply.type, f"{head}\n{line}\n{rest}", reply.buttons, reply.title, reply.fields)


def describe_node(node: Node, catalog: Catalog, language: str, *, full: bool = False) -> Reply:
    if isinstance(node, Unit):
        return _unit(node, catalog, language, full=full)
    if isinstance(node, Element):
        return _element(node, catalog, language)
    return _criterion(node, catalog, language)


def _unit(unit: Unit, catalog: Catalog, language: str, *, full: bool) -> Reply:
    head = [framework_line(catalog, unit.framework, language),
            say("unit", language, code=unit.code, title=unit.title_th)]
    if unit.aliases:
        head.append(say("also_known_as", language, codes=", ".join(unit.aliases)))
    document_title = str(unit.details.get("document_title") or "")
    if document_title and document_title != unit.title_th:  # the standard's list and the unit's own document differ
        head.append(say("document_title", language, title=document_title))
    head.extend(detail_lines(unit.details.get("description"))[:1])
    body: list[str] = []
    for element in unit.elements:
        body.append(f"{element.code} {element.title_th}")
        body.extend(f"  {criterion_line(c, language)}" for c in element.criteria)
    if not unit.elements:
        body.append(say("no_elements", language))
    buttons: list[Button] = []
    n_criteria = len(unit.criteria)
    long = n_criteria > SUMMARY_CRITERIA or len("\n".join([*head, *body])) > SUMMARY_CHARS
    if long and not full:
        body = [f"{BULLET} {e.code} {e.title_th} ({say('criteria_count', language, n=len(e.criteria))})"
                for e in unit.elements]
        body.append(say("summary_note", language, elements=len(unit.elements), criteria=n_criteria))
        buttons.append(button(say("see_all", language), node_action(unit.framework, unit.code, "criteria")))
        buttons.extend(button(e.code, node_action(e.framework, e.code)) for e in unit.elements)
    buttons.extend(aspect_buttons(unit, language))
    text = "\n".join([*head, "", *body, "", unit_source(catalog, unit, language)]).rstrip()
    return Reply("card", text, tuple(buttons), title=f"{unit.code} {unit.title_th}")


def aspect_buttons(unit: Unit, language: str) -> list[Button]:
    return [button(label(ASPECT_BUTTON_LABELS, a, language), node_action(unit.framework, unit.code, a))
            for a in ASPECT_BUTTONS if unit.details.get(a)]


def _element(element: Element, catalog: Catalog, language: str) -> Reply:
    unit = catalog.unit_of(element)
    lines = [framework_line(catalog, element.framework, language),
             say("element", language, code=element.code, title=element.title_th),
             say("element_of_unit", language, code=unit.code, title=unit.title_th), ""]
    lines.extend(criterion_line(c, language) for c in element.criteria)
    lines += ["", unit_source(catalog, unit, language)]
    buttons = [button(unit.code, node_action(unit.framework, unit.code)), *aspect_buttons(unit, language)]
    return Reply("card", "\n".join(lines), tuple(buttons), title=f"{element.code} {element.title_th}")


def _criterion(criterion: Criterion, catalog: Catalog, language: str) -> Reply:
    element = catalog.parent(criterion)
    unit = catalog.unit_of(criterion)
    system = f" ({say('system_code', language, code=criterion.system_code)})" if criterion.system_code else ""
    lines = [framework_line(catalog, criterion.framework, language),
             say("criterion", language, code=criterion.code) + system,
             criterion.text_th, ""]
    if element is not None:
        lines.append(say("criterion_of", language, element=element.code, element_title=element.title_th,
                         unit=unit.code, unit_title=unit.title_th))
    lines.append(unit_source(catalog, unit, language))
    buttons = [button(criterion.element_code, node_action(criterion.framework, criterion.element_code)),
               button(unit.code, node_action(unit.framework, unit.code))]
    return Reply("card", "\n".join(lines), tuple(buttons), title=criterion.code)


def _past_the_end(code: str, nodes: Sequence[Node], number: str, language: str) -> Reply:
    """How many parts the code has, and that the number asked is not one of them."""
    counts = [len(getattr(n, "elements", None) or getattr(n, "criteria", None) or ()) for n in nodes]
    n = max(counts) if counts else 0
    unit = any(getattr(node, "elements", None) for node in nodes)
    what, what_en = ("สมรรถนะย่อย", "elements") if unit else ("เกณฑ์", "criteria")
    return Reply("text", say("part_past_end", language, code=code, what=what, what_en=what_en, n=n, number=number))
