"""``search``: the units whose titles best match a topic, up to five, with their codes as buttons.

Titles are Thai, so matching uses a Thai-safe processor (rapidfuzz's ``default_process`` would turn
vowel and tone marks into spaces). Units the understanding already named come first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.dialog.actions import node_action
from bot.dialog.answers import pmqa
from bot.dialog.answers.common import BULLET, resolve_codes, short_framework
from bot.dialog.limits import button
from bot.dialog.phrases import ASPECT_LABELS, label, say
from bot.dialog.replies import Button, Reply
from content.catalog import FRAMEWORK_PRIORITY, Catalog
from content.model import Area, Criterion, Element, Node, TitleEntry, Unit
from intents import lexicon
from intents.normalise import bare, squash
from intents.result import Understanding
from intents.titles import MIN_QUERY

MAX_RESULTS = 5
SCORE_CUTOFF = 60.0
_SPACE = re.compile(r"\s+")
_SEARCHABLE_KINDS = frozenset({"unit", "element"})


ECHOED_WORDS = 6  # a searched topic of more words is not repeated in the answer's first line


def thai_safe(text: str) -> str:
    """Lower-case and collapse whitespace; vowel and tone marks stay."""
    return _SPACE.sub(" ", text).strip().lower()


@lru_cache(maxsize=4)
def _searchable(catalog: Catalog) -> tuple[list[TitleEntry], list[str]]:
    """The unit and element titles and their matching forms: prepared once per catalog, not per question."""
    entries = [t for t in catalog.titles() if t.kind in _SEARCHABLE_KINDS]
    return entries, [thai_safe(t.text) for t in entries]


def find_units(query: str, catalog: Catalog, limit: int = MAX_RESULTS) -> list[Unit]:
    entries, texts = _searchable(catalog)
    if not query.strip() or not entries:
        return []
    matches = process.extract(thai_safe(query), texts, scorer=fuzz.WRatio,
                              processor=None, limit=limit * 6, score_cutoff=SCORE_CUTOFF)
    rank = {fw: n for n, fw in enumerate(FRAMEWORK_PRIORITY)}
    best: dict[tuple[str, str], float] = {}
    for _, score, index in matches:
        entry = entries[index]
        node = catalog.get(entry.framework, entry.code)
        if node is None:
            continue
        unit = catalog.unit_of(node)
        key = (unit.framework, unit.code)
        # A unit's own title counts a little more than one of its elements' titles.
        weighted = score if entry.kind == "unit" else score - 5
        best[key] = max(best.get(key, 0.0), weighted)
    ordered = sorted(best.items(), key=lambda kv: (-kv[1], rank.get(kv[0][0], 99), kv[0][1]))
    units = [catalog.unit(fw, code) for (fw, code), _ in ordered[:limit]]
    return [u for u in units if u is not None]


def where_line(node: Node, catalog: Catalog, language: str) -> str:
    """Where a match is inside its unit: a criterion and its element, or an element ("" for the unit)."""
    unit = catalog.unit_of(node)
    if isinstance(node, Criterion):
        return say("found_in_criterion", language, code=node.code, text=node.text_th, element=node.element_code,
                   unit=unit.code, title=unit.title_th)
    if isinstance(node, Element):
        return say("found_in_element", language, code=node.code, text=node.title_th, unit=unit.code,
                   title=unit.title_th)
    return ""


def answer(understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]:
    query = str(understanding.entities.get("query") or understanding.normalised or understanding.text).strip()
    groups, _ = resolve_codes(understanding.entities.get("codes") or [], catalog)
    units: list[Unit] = []
    found_at: dict[tuple[str, str], list[str]] = {}
    for match in understanding.entities.get("found") or []:  # where the topic matched, as understood
        ref = (match["framework"], match["unit"])
        node = catalog.get(match["framework"], match["code"])
        line = where_line(node, catalog, language) if node is not None and match["level"] in ("element", "criterion") \
            else say("found_in_detail", language, aspect=label(ASPECT_LABELS, match["level"], language),
                     text=match["text"], unit=match["unit"])
        if line and line not in found_at.setdefault(ref, []):
            found_at[ref].append(line)
    for _, nodes in groups:
        for node in nodes:
            unit = catalog.unit_of(node)
            if node is not unit and (unit.framework, unit.code) not in found_at:
                found_at[(unit.framework, unit.code)] = [where_line(node, catalog, language)]
            if unit not in units:
                units.append(unit)
    within = understanding.entities.get("framework")  # "ในมาตรฐานปี 67 …": that framework's units only
    if len(squash(query)) >= MIN_QUERY:  # a fuzzy title match of three letters ("rov") is noise
        units += [u for u in find_units(query, catalog) if u not in units and within in (None, u.framework)]
    units = units[:MAX_RESULTS]
    # A topic read from a long message is many words cut apart ("แด ช บอร์ด"): not echoed back, the places are said below
    long_topic = len(query.split()) > ECHOED_WORDS
    if not units:
        if lexicon.PMQA_INDICATORS.search(bare(understanding.text)) and \
                (measured := pmqa.measure_found(catalog, query, language)) is not None:
            return [measured]  # "ตัวชี้วัดความพึงพอใจอยู่ข้อไหน": no unit holds it, a category 7 measure does
        return [Reply("text", say("search_none_long" if long_topic else "search_none", language, query=query))]
    lines = [say("search_results_long" if long_topic else "search_results", language, query=query)]
    if within and not long_topic:
        lines[0] = say("search_results_in", language, query=query, framework=short_framework(str(within), language))
    for unit in units:
        # Where each match is sits under its unit's line, so it need not name the unit again.
        lines.append(f"{BULLET} {unit.code} {unit.title_th} ({short_framework(unit.framework, language)})")
        lines.extend(f"   {line}" for line in found_at.get((unit.framework, unit.code), []) if line)
    buttons = [_unit_button(u, units, language) for u in units]
    if (area := _area_named(query, catalog, within)) is not None:
        # "หน่วยเกี่ยวกับข้อมูล": a whole area is about it (DUS, ใช้ประโยชน์ข้อมูล…): said, its other units offered
        rest = [u for u in catalog.units_in(area.framework, area.code) if u not in units]
        if rest:
            lines += ["", say("search_area", language, code=area.code, title=area.title_th,
                              framework=short_framework(area.framework, language),
                              units=" · ".join(u.code for u in catalog.units_in(area.framework, area.code)))]
            buttons += [_unit_button(u, units + rest, language) for u in rest]
    return [Reply("list", "\n".join(lines), tuple(buttons), title=query)]


def _unit_button(unit: Unit, shown: list[Unit], language: str) -> Button:
    """A unit's button: its code, and its framework when the other framework's unit of that code is shown too
    (two buttons "DG500" would look the same)."""
    twin = any(u.code == unit.code and u.framework != unit.framework for u in shown)
    label = f"{unit.code} {short_framework(unit.framework, language)}" if twin else unit.code
    return button(label, node_action(unit.framework, unit.code))


def _area_named(query: str, catalog: Catalog, within: object) -> Area | None:
    """The one competency area whose title holds the whole topic ("ข้อมูล" is DUS's "ใช้ประโยชน์ข้อมูลและการใช้ข้อมูล
    ร่วมกัน" in the 2567 standard), in the framework asked about if any; None for none or several."""
    key = squash(query)
    if len(key) < MIN_QUERY:
        return None
    areas = [a for a in catalog.areas if within in (None, a.framework) and key in squash(a.title_th)]
    return areas[0] if len(areas) == 1 else None
