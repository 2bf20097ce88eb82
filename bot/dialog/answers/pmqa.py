"""``pmqa``: PMQA 4.0 categories, items, levels and self-assessment questions.

- nothing named: the seven categories as buttons;
- a category: its intent and items; with a level: that level's requirement for every item;
- an item: each level's summary; with a level: that level's detailed guidance;
- a question: its text and sub-points;
- two levels of one item ("6.1 basic กับ advance"): both levels' guidance;
- category 7's indicators (``aspect`` "indicators"): measure groups, the mandatory ones marked *;
- a topic without a number ("ข้อที่ว่าด้วยเรื่องร้องเรียน"): the item whose wording holds it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from rapidfuzz import fuzz

from bot.dialog.actions import pmqa_action, text_action
from bot.dialog.answers.common import BULLET, cite_at
from bot.dialog.limits import MAX_BUTTONS, button
from bot.dialog.phrases import say
from bot.dialog.replies import Button, Reply
from content.catalog import Catalog
from content.documents import document_name, source_lines
from content.model import PmqaCategory, PmqaItem, PmqaQuestion
from content.parsers.pmqa import SOURCE as PMQA_SOURCE
from content.schema import PMQA_LEVELS
from intents import entities, lexicon
from intents.normalise import bare, fold, squash
from intents.result import Understanding

_PERCENT = re.compile(r"%|เปอร์เซ็น|percent", re.IGNORECASE)  # "ดีกว่าเป้ากี่ %": the level bands
_MANDATORY = re.compile(r"บังคับ|mandatory|required", re.IGNORECASE)  # only the groups marked *
# The self-assessment questions asked after ("ข้อคำถามหมวด 4 มีกี่ข้อ", "4.2 มีคำถามอะไรบ้าง"), not the items or levels.
# The deck's success factors of Government 4.0 ("ระบบราชการ 4.0 มีปัจจัยความสำเร็จอะไรบ้าง", "key success factors").
_SUCCESS_FACTORS = lexicon.compile_any(r"ปัจจัย\s?(?:แห่ง|ของ|ที่ทำให้|สู่)?\s?(?:ความ)?สำเร็จ|ปัจจัยหลัก",
                                       lexicon.word("(?:key )?success factors?", "ksf"))
_QUESTIONS = lexicon.compile_any(r"คำถาม|คําถาม", lexicon.word("questions?"))

TOPIC_CUTOFF = 70.0
# A guidance row whose letters stand this fully in a longer row of the same level repeats it: the deck
# gives item 1.1 both as bullets and as one run-on row, and a phone shows the two as the same text twice.
NEAR_DUPLICATE = 0.9


def answer(understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]:
    e = understanding.entities
    level = e.get("level") if e.get("level") in PMQA_LEVELS else None
    if e.get("aspect") == "indicators" and int(e.get("category") or 7) == 7:
        if _MANDATORY.search(understanding.text):
            reply = _mandatory(catalog, str(e.get("item") or ""), language)
            if named := _measures_said(catalog, understanding.text, str(e.get("item") or "")):
                # "7.6 ประสิทธิภาพการบรรเทาผลกระทบด้านภัยพิบัติ เป็นตัววัดบังคับไหม": that measure answered first (the
                # list holds only the marked ones)
                lines = [say("pmqa_measure_mandatory" if m["mandatory"] else "pmqa_measure_optional", language,
                             code=g["code"], measure=m["text"]) for g, m in named]
                reply = replace(reply, text="\n".join([*lines, "", reply.text]))
            return [reply]
        topic = str(e.get("query") or "") or _indicator_topic(understanding.text)
        # an item found by its title's words ("…เรื่องนวัตกรรม" is in 7.6's), not typed as a number: every item's
        # measures naming the topic
        numbered = bool(e.get("item")) and str(e["item"]) in understanding.text
        if not numbered and (measured := measure_found(catalog, topic, language)):
            return [measured]  # "ตัวชี้วัด data governance อยู่ข้อไหน": the item whose measure names it
        if lexicon.COUNT.search(bare(understanding.text)) and not (e.get("item") or level) and \
                not _PERCENT.search(understanding.text):
            return [_how_many(catalog, language)]  # "ต้องกรอกกี่ตัว": the deck's rule, not every group again
        # "7.3 ต้องกรอกกี่ตัว": the rule (how many) first, then the item's groups
        counted = bool(lexicon.COUNT.search(bare(understanding.text))) and not _PERCENT.search(understanding.text)
        return [_indicators(catalog, str(e.get("item") or ""), language, rule_first=counted)]
    compared = [c for n in e.get("categories") or () if (c := catalog.pmqa_category(int(n))) is not None]
    topic = pmqa_topic(str(e.get("query") or ""))
    if len(compared) >= 2 and not e.get("question") and not e.get("item"):
        # "หมวด 4 กับหมวด 6 ข้อไหนพูดเรื่องไซเบอร์": the items of those categories that hold the topic
        holding = [i for c in compared if topic and (i := find_item(topic, catalog, category=c.no)) is not None]
        if holding:
            return [_with_match(_item(holding[0], language), holding[0], topic, language)] if len(holding) == 1 \
                else [_items_side_by_side(holding, level, language, catalog)]
        side = _categories_side_by_side(compared, level, language)  # "หมวด 4 กับ หมวด 5 ต่างกันยังไง"
        if _QUESTIONS.search(bare(understanding.text)):
            # "…และแต่ละหมวดมีข้อคำถามกี่ข้อ" asked beside: each category's questions counted too (dropped, before)
            return [side, *(_category_questions(c, language) for c in compared if any(i.questions for i in c.items))]
        return [side]
    items = [i for code in e.get("items") or () if (i := catalog.pmqa_item(str(code))) is not None]
    if len(items) >= 2 and not e.get("question"):
        return [_items_side_by_side(items, level, language, catalog)]  # "4.4 กับ 4.3 ต่างกันยังไง"
    if len(questions := [str(q) for q in e.get("questions") or ()]) >= 2:
        # "4.1.1 กับ 4.1.2 ต่างกันยังไง": each question in full, one after the other
        return [r for q in questions for r in _question(q, catalog, language)]
    if e.get("question") and level and (item := catalog.pmqa_item(str(e["question"]).rsplit(".", 1)[0])):
        # "ระดับ Advance ของข้อนี้ต้องทำอะไร" after 4.2.1: levels are the item's, so its guidance for that level (the
        # question's text again, before)
        reply = _item_level(item, level, language)
        lead = say("pmqa_level_of_question", language, question=e["question"], item=item.code, level=level)
        return [replace(reply, text=f"{lead}\n\n{reply.text}")]
    if e.get("question"):
        return _question(str(e["question"]), catalog, language,
                         asks_level=bool(_WHICH_LEVEL.search(bare(understanding.text))))
    asks_questions = bool(_QUESTIONS.search(bare(understanding.text)))
    if e.get("item"):
        item = catalog.pmqa_item(str(e["item"]))
        if item is None:
            return [Reply("text", say("pmqa_missing", language, what=e["item"]))]
        if asks_questions and item.questions:
            # a level carried from before does not apply: questions have none; one asked in the same message
            # ("4.4 ระดับ Advance เป็นยังไง และมีข้อคำถามอะไร") is answered first
            said = [lv for lv in _said_levels(e, level) if _LEVEL_SAID.search(understanding.text)]
            return [*(_item_level(item, lv, language) for lv in said), _item_questions(item, language)]
        levels = [lv for lv in e.get("levels") or () if lv in PMQA_LEVELS]
        groups = (catalog.pmqa_extra.get("category7") or {}).get("measure_groups", ())
        if not level and not levels and any(g["code"] == item.code for g in groups):
            return [_indicators(catalog, item.code, language)]  # "แล้ว 7.3 ล่ะ": a result item is its indicators
        if len(levels) >= 2:
            return [_item_level(item, lv, language) for lv in levels]
        if level and e.get("level_from") in PMQA_LEVELS:  # "4.2 จาก Basic ขึ้นเป็น Advance": what the level reached adds
            return [_moved(_item_level(item, level, language), str(e["level_from"]), level, language)]
        return [_item_level(item, level, language) if level else _item(item, language)]
    if e.get("category") is None and (_only_levels(str(e.get("query") or "")) or len(e.get("levels") or ()) >= 2):
        return [_levels(catalog, language)]  # "ระดับของ PMQA มีอะไรบ้าง": the levels themselves, not a topic
    if asks_questions and e.get("category") is None and not level and \
            _only_question_words(str(e.get("query") or "")):
        return [_all_questions(catalog, language)]  # "PMQA มีข้อคำถามทั้งหมดกี่ข้อ": counted, not a topic "คำถาม"
    factors = catalog.pmqa_extra.get("success_factors") or ()
    if factors and e.get("category") is None and not level and _SUCCESS_FACTORS.search(bare(understanding.text)):
        return [_success_factors(factors, language)]  # "ปัจจัยความสำเร็จ" is the deck's framing, in no category
    if topic:  # a topic, in the category named if any ("หมวด 4 เรื่องการจัดการความรู้อยู่ข้อไหน")
        category_no = int(e["category"]) if e.get("category") is not None else None
        found = find_item(topic, catalog, category=category_no)
        naming = entities.pmqa_items_naming(topic, catalog, category=category_no)
        # category 7 names topics in its measures, not in levels ("…การกำกับข้อมูลที่ดี (data governance)" of 7.1)
        measures = _measures_naming(catalog, topic) if category_no in (None, 7) else []
        if len(naming) + len(measures) >= 2 and any(where == "" for _, where, _ in naming):
            # "data governance อยู่หมวดไหน": 4.4 and 4.3, and 7.1's measure
            return [_items_naming(naming, topic, language, measures, catalog)]
        if found is not None:
            reply = _item_level(found, level, language) if level else _item(found, language)
            return [_with_match(reply, found, topic, language)]
        if category_no == 7 and not level and (measured := measure_found(catalog, topic, language)):
            return [measured]  # "หมวด 7 ข้อไหนเกี่ยวกับ data governance": the item whose measure names it
    if e.get("category") is not None:
        category = catalog.pmqa_category(int(e["category"]))
        if category is None:
            return [Reply("text", say("pmqa_missing", language, what=f"หมวด {e['category']}"))]
        if asks_questions and any(i.questions for i in category.items):
            # "ข้อคำถามหมวด 4 มีกี่ข้อ": counted per item; a level asked beside ("หมวด 1 ระดับ Significance เป็นยังไง
            # และมีข้อคำถามอะไรบ้าง"), first (it was dropped)
            said = [lv for lv in _said_levels(e, level) if _LEVEL_SAID.search(understanding.text)]
            return [*(_category_level(category, lv, language) for lv in said), _category_questions(category, language)]
        levels = [lv for lv in PMQA_LEVELS if lv in (e.get("levels") or ())]
        if len(levels) >= 2:
            return [_category_levels(category, levels, language)]  # "หมวด 4 advance ต่างจาก basic ยังไง"
        if level and e.get("level_from") in PMQA_LEVELS:
            return [_moved(_category_level(category, level, language), str(e["level_from"]), level, language)]
        if level:
            return [_category_level(category, level, language)]
        reply = _category(category, language, (catalog.pmqa_extra.get("category7") or {}).get("level_bands", ()))
        if e.get("query"):  # "หมวด 5 ข้อไหนพูดเรื่อง well-being": no item says it; said so, before the items
            lead = say("pmqa_not_named", language, query=e["query"], no=category.no)
            reply = replace(reply, text=f"{lead}\n\n{reply.text}")
        return [reply]
    if level:  # a level named alone ("Advance level ชื่อเรียกอีกอย่างว่าอะไร"): the levels and their names
        return [_levels(catalog, language)]
    reply = _categories(catalog, language, meaning=bool(lexicon.MEANING.search(bare(fold(understanding.text)))))
    if e.get("query"):  # "well-being อยู่หมวดไหน": no item says it; said so, before the categories
        reply = replace(reply, text=f"{say('pmqa_not_named_anywhere', language, query=e['query'])}\n\n{reply.text}")
    return [reply]


# A level named in the message itself (not carried from the answer before).
_LEVEL_SAID = re.compile(r"basic|advance|significance|ระดับ", re.IGNORECASE)


def _said_levels(e: Mapping[str, Any], level: str | None) -> list[str]:
    """The levels a message names: both of "Advance กับ Significance", else the one."""
    levels = [lv for lv in e.get("levels") or () if lv in PMQA_LEVELS]
    return levels if len(levels) >= 2 else [level] if level else []


# What is left of "ระดับของ PMQA มีอะไรบ้าง", "แบ่งเป็นกี่ระดับ", "PMQA levels" once the question words are gone.
_LEVELS_WORDS = re.compile(r"(?:ระดับ|แบ่ง|levels?|ขั้น)(?:\s+(?:ระดับ|แบ่ง|levels?|ขั้น))*", re.IGNORECASE)


def _moved(reply: Reply, start: str, level: str, language: str) -> Reply:
    """A level's answer led by the move asked: the levels build on each other, so what the higher one asks is the
    step up (the lower one's answer a press away)."""
    key = "pmqa_level_up" if PMQA_LEVELS.index(level) > PMQA_LEVELS.index(start) else "pmqa_level_down"
    return replace(reply, text=f"{say(key, language, start=start, level=level)}\n\n{reply.text}")


def _only_levels(query: str) -> bool:
    return bool(query.strip()) and _LEVELS_WORDS.fullmatch(query.strip()) is not None


def _levels(catalog: Catalog, language: str) -> Reply:
    """The three levels every item is assessed at, with the deck's names, and category 7's result bands."""
    labels = catalog.pmqa_extra.get("level_labels") or {}
    lines = [say("pmqa_levels", language, n=len(PMQA_LEVELS))]
    lines += [f"{BULLET} {lv} ({labels[lv]})" if labels.get(lv) else f"{BULLET} {lv}" for lv in PMQA_LEVELS]
    bands = (catalog.pmqa_extra.get("category7") or {}).get("level_bands", ())
    if bands:
        lines += ["", say("pmqa_levels_results", language)]
        lines += [f"{BULLET} {b['level']} ({b['label']}): {b['band']}" for b in bands]
    lines += ["", say("pmqa_levels_hint", language), "", cite(f"{PMQA_LEVELS[0]} (", language)]
    buttons = tuple(button(_category_label(c.no, language), pmqa_action(c.no))
                    for c in catalog.pmqa_categories)
    return Reply("text", "\n".join(lines), buttons)


def _categories(catalog: Catalog, language: str, *, meaning: bool = False) -> Reply:
    """The seven categories; asked what PMQA is ("PMQA คืออะไร"), led by the deck's own title and the
    three aims of its concept slide."""
    cats = catalog.pmqa_categories
    lines: list[str] = []
    deck, concept = catalog.pmqa_extra.get("deck") or {}, catalog.pmqa_extra.get("concept") or ()
    if meaning and deck.get("title_th"):
        lines += [say("pmqa_is", language, title=" ".join(str(deck["title_th"]).split())),
                  *(f"{BULLET} {c['title_th']}" for c in concept), ""]
    lines.append(say("pmqa_categories", language, n=len(cats)))
    lines += [f"{BULLET} {say('pmqa_category', language, no=c.no, title=c.title_th)}" for c in cats]
    return Reply("list", "\n".join(lines), tuple(button(_category_label(c.no, language), pmqa_action(c.no))
                                                for c in cats))


def _success_factors(factors: Sequence[Any], language: str) -> Reply:
    """The deck's success factors of Government 4.0, each by its English name and its Thai meaning."""
    lines = [say("pmqa_success_factors", language, n=len(factors)),
             *(f"{BULLET} {f['name_en']}: {f['text_th']}" for f in factors)]
    return Reply("text", "\n".join(lines))


def _category_label(no: int, language: str) -> str:
    return say("pmqa_category", language, no=no, title="").strip()


def _category(category: PmqaCategory, language: str, bands: Any = ()) -> Reply:
    """A category's intent and items; category 7's with its result level bands (its levels are bands of
    results against targets, not guidance rows)."""
    lines = [say("pmqa_category", language, no=category.no, title=category.title_th)]
    if category.intent_th:
        lines.append(say("pmqa_intent", language, intent=category.intent_th))
    lines += ["", say("pmqa_items_n", language, n=len(category.items))]
    lines += [f"{BULLET} {i.code} {i.title_th}" for i in category.items]
    if category.no == 7 and bands:
        lines += ["", say("pmqa_bands", language)]
        lines += [f"{BULLET} {b['level']} ({b['label']}): {b['text']}" for b in bands]
    buttons: list[Button] = [button(i.code, pmqa_action(i.code)) for i in category.items]
    buttons += [button(lv, pmqa_action(category.no, lv)) for lv in PMQA_LEVELS]
    lines += ["", cite(f"หมวด {category.no}", language)]
    return Reply("card", "\n".join(lines), tuple(buttons), title=f"{category.no} {category.title_th}")


def _categories_side_by_side(categories: list[PmqaCategory], level: str | None, language: str) -> Reply:
    """Two or more categories, each by its intent and items (a level named: each item's summary at it), in one
    short answer rather than a card each."""
    lines: list[str] = []
    for category in categories:
        lines += ["", say("pmqa_category", language, no=category.no, title=category.title_th)]
        if category.intent_th:
            lines.append(say("pmqa_intent", language, intent=category.intent_th))
        for item in category.items:
            summary = item.level_summary.get(level, "") if level else ""
            lines.append(f"{BULLET} {item.code} {item.title_th}" + (f" ({level}: {summary})" if summary else ""))
    lines += ["", cite(f"หมวด {categories[0].no}", language)]
    buttons = [button(_category_label(c.no, language), pmqa_action(c.no)) for c in categories]
    return Reply("text", "\n".join(lines).strip(), tuple(buttons))


def _items_side_by_side(items: list[PmqaItem], level: str | None, language: str, catalog: Catalog) -> Reply:
    """Two or more items, each by its title and each level's summary (a level named: that level's only). Items
    whose levels read alike (category 7's) differ in their indicators: those are shown, and the shared levels once."""
    levels = PMQA_LEVELS if level is None else (level,)
    groups = {g["code"]: g for g in (catalog.pmqa_extra.get("category7") or {}).get("measure_groups", ())}
    alike = all(i.code in groups for i in items) and \
        all(_level_text(i, lv) == _level_text(items[0], lv) for i in items for lv in levels)
    lines: list[str] = [say("pmqa_same_levels", language)] if alike else []
    for item in items:
        lines += ["", say("pmqa_item", language, code=item.code, title=item.title_th)]
        if alike:
            lines += [f"{BULLET} {m['text']}{' *' if m['mandatory'] else ''}" for m in groups[item.code]["measures"]]
            continue
        for lv in levels:
            text = _level_text(item, lv)
            if text:
                lines.append(f"{BULLET} {lv}: {text[0]}")
    if alike:
        lines.append("")
        lines += [f"{BULLET} {lv}: {text[0]}" for lv in levels if (text := _level_text(items[0], lv))]
    lines += ["", cite(items[0].code, language)]
    buttons = [button(i.code, pmqa_action(i.code)) for i in items]
    return Reply("text", "\n".join(lines).strip(), tuple(buttons))


def _items_naming(naming: list[tuple[PmqaItem, str, str]], query: str, language: str,
                  measures: Sequence[tuple[dict[str, Any], dict[str, Any]]], catalog: Catalog) -> Reply:
    """Where the PMQA criteria name a topic: each item, in a title or an overview cell first, then in guidance,
    then category 7's measures that name it."""
    codes = [item.code for item, _, _ in naming]
    codes += [str(g["code"]) for g, _ in measures if str(g["code"]) not in codes]
    lines = [say("pmqa_named_in", language, query=query, n=len(dict.fromkeys(codes)))]
    if (most := _naming_most(naming, measures)) is not None and (category := catalog.pmqa_category(most)) is not None:
        # "หมวดไหนเกี่ยวกับงาน IT มากที่สุด": the category that names it most, said first
        lines.append(say("pmqa_named_most", language, no=most, title=category.title_th))
    for item, level, text in naming:
        lines += ["", f"{say('pmqa_category', language, no=item.category, title='').strip()} "
                      f"{say('pmqa_item', language, code=item.code, title=item.title_th)}"]
        if level:
            lines.append(say("pmqa_found_in_row", language, code=item.code, level=level, text=text))
        elif text != item.title_th:
            lines.append(f"{BULLET} {text}")
    for group, measure in measures:
        lines += ["", f"{say('pmqa_category', language, no=7, title='').strip()} "
                      f"{say('pmqa_item', language, code=group['code'], title=group['title_th'])}",
                  say("pmqa_found_in_measure_mandatory" if measure["mandatory"] else "pmqa_found_in_measure", language,
                      text=measure["text"])]
    lines += ["", cite(naming[0][0].code, language)]
    buttons = [button(code, pmqa_action(code)) for code in dict.fromkeys(codes)]
    return Reply("text", "\n".join(lines).strip(), tuple(buttons[:MAX_BUTTONS]))


def _naming_most(naming: list[tuple[PmqaItem, str, str]],
                 measures: Sequence[tuple[dict[str, Any], dict[str, Any]]]) -> int | None:
    """The one category that names a topic most: an item whose title names it weighs as three that mention it
    (4.4 is digital by its title; 1.2 and 1.4 only use digital means); None for a tie or a single category."""
    weight: Counter[int] = Counter()
    for item, _, text in dict((i.code, (i, lv, t)) for i, lv, t in reversed(naming)).values():
        weight[item.category] += TITLE_WEIGHT if text == item.title_th else 1
    weight[7] += len({str(g["code"]) for g, _ in measures})
    ranked = [c for c in weight.most_common() if c[1]]
    if len(ranked) < 2 or ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def _measures(catalog: Catalog) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Category 7's measures, each with its group (the result item it measures)."""
    groups = (catalog.pmqa_extra.get("category7") or {}).get("measure_groups", ())
    return [(g, m) for g in groups for m in g["measures"]]


def _measures_naming(catalog: Catalog, query: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Category 7's measures whose text holds the whole topic (as ``pmqa_items_naming`` reads the other items)."""
    key = squash(query).lower()
    if len(key) < 3:
        return []
    return [(g, m) for g, m in _measures(catalog) if key in squash(str(m["text"])).lower()]


MEASURE_SAID = 0.75  # of a measure's letter trigrams in the message: the measure is named (its "ต่างๆ" may be left off)


def _measures_said(catalog: Catalog, text: str, item_code: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Category 7's measures (of the item, when one is named) that the message writes out, nearly word for word."""
    said = _trigrams(text)
    found = []
    for g, m in _measures(catalog):
        if item_code and g["code"] != item_code:
            continue
        own = _trigrams(str(m["text"]))
        if len(own) >= 8 and len(own & said) >= MEASURE_SAID * len(own):
            found.append((g, m))
    return found


def _trigrams(text: str) -> set[str]:
    text = squash(text)
    return {text[i:i + 3] for i in range(len(text) - 2)}


def guidance_rows(item: PmqaItem, level: str) -> list[str]:
    """The level's guidance rows (แนวทางการดำเนินงาน), each said once: a row that a longer row of the
    level already holds (nearly letter for letter) is left out, the longer row kept."""
    rows = list(item.levels.get(level, ()))
    grams = [_trigrams(r) for r in rows]
    return [row for i, row in enumerate(rows)
            if not any(len(rows[j]) > len(row) and grams[i] and
                       len(grams[i] & grams[j]) / len(grams[i]) >= NEAR_DUPLICATE for j in range(len(rows)))]


def _level_text(item: PmqaItem, level: str) -> list[str]:
    summary = item.level_summary.get(level, "")
    if summary:
        return [summary]
    return guidance_rows(item, level)


def _category_levels(category: PmqaCategory, levels: list[str], language: str) -> Reply:
    """Two or more levels of a category side by side: each item's overview cell at each level."""
    lines = [say("pmqa_levels_of_category", language, no=category.no, title=category.title_th,
                 levels=" / ".join(levels))]
    for item in category.items:
        lines += ["", f"{item.code} {item.title_th}"]
        lines += [f"{BULLET} {lv}: {item.level_summary.get(lv) or say('pmqa_no_level_text', language)}"
                  for lv in levels]
    lines += ["", cite(f"หมวด {category.no}", language)]
    buttons = tuple(button(f"{category.no} {lv}", pmqa_action(category.no, lv)) for lv in levels)
    return Reply("list", "\n".join(lines), buttons, title=f"{category.no} {' / '.join(levels)}")


TITLE_WEIGHT = 3
# Said around a topic but no part of it ("ข้อไหนพูดเรื่อง…", "เกี่ยวกับ…"), and English topics in the criteria's
# own Thai words (the deck writes "ไซเบอร์", "การจัดการความรู้"), so that the topic is looked up as the deck says it.
_TOPIC_FILLER = lexicon.compile_any(r"พูด(?:ถึง)?|กล่าวถึง|ว่าด้วย|เกี่ยวกับ|เกี่ยว|เรื่อง", lexicon.word("about", "talks?"))
_PMQA_ENGLISH: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.IGNORECASE), th) for p, th in (
    (r"\bcyber\s?(?:security)?\b", "ไซเบอร์"), (r"\bknowledge management\b|\bkm\b", "การจัดการความรู้"),
    (r"\bbig data\b", "ข้อมูลขนาดใหญ่"), (r"\bcomplaints?\b", "ข้อร้องเรียน"), (r"\binnovations?\b", "นวัตกรรม"),
    (r"\brisks?\b", "ความเสี่ยง"), (r"\bcorruption\b|\banti.?corruption\b", "ทุจริต"),
))


def pmqa_topic(query: str) -> str:
    """The topic as the criteria would word it: fillers gone, English topics in the deck's Thai."""
    topic = _TOPIC_FILLER.sub(" ", bare(query)) if _TOPIC_FILLER.search(bare(query)) else query
    for regex, thai in _PMQA_ENGLISH:
        topic = regex.sub(thai, topic)
    return " ".join(topic.split())


def _category_level(category: PmqaCategory, level: str, language: str) -> Reply:
    """Each item's overview cell for the level, then its guidance rows (แนวทางการดำเนินงาน)."""
    lines = [say("pmqa_level_of_category", language, no=category.no, title=category.title_th, level=level)]
    for item in category.items:
        lines += ["", f"{item.code} {item.title_th}"]
        text = _level_text(item, level)
        text += [t for t in guidance_rows(item, level) if t not in text]
        lines += [f"{BULLET} {t}" for t in text] or [say("pmqa_no_level_text", language)]
    buttons = tuple(button(f"{i.code} {level}", pmqa_action(i.code, level)) for i in category.items)
    lines += ["", cite(f"หมวด {category.no}", language)]
    return Reply("list", "\n".join(lines), buttons, title=f"{category.no} {level}")


# What is left of "PMQA มีข้อคำถามทั้งหมดกี่ข้อ", "แบบประเมิน PMQA มีกี่คำถาม" once PMQA and the question words are gone.
_QUESTION_WORDS = lexicon.compile_any(r"ข้อ|คำถาม|คําถาม|แบบประเมิน|ประเมิน|ทั้งหมด|รวม|เกณฑ์|pmqa|4\.0|questions?|\s")


def _only_question_words(query: str) -> bool:
    return not _QUESTION_WORDS.sub("", bare(query))  # nothing left: no topic besides the questions


def _all_questions(catalog: Catalog, language: str) -> Reply:
    """Every category's self-assessment questions counted (category 7 has measures, not questions)."""
    asked = [c for c in catalog.pmqa_categories if any(i.questions for i in c.items)]
    n = sum(len(i.questions) for c in asked for i in c.items)
    lines = [say("pmqa_all_questions", language, n=n), ""]
    lines += [f"{BULLET} {say('pmqa_category', language, no=c.no, title=c.title_th)}: "
              f"{say('pmqa_n_questions', language, n=sum(len(i.questions) for i in c.items))}" for c in asked]
    if len(asked) < len(catalog.pmqa_categories):
        lines.append(say("pmqa_results_no_questions", language))
    lines += ["", say("source", language, title=document_name(PMQA_SOURCE, language))]
    buttons = tuple(button(_category_label(c.no, language),
                           text_action(say("pmqa_category_questions_text", language, no=c.no)) or pmqa_action(c.no))
                    for c in asked)
    return Reply("card", "\n".join(lines), buttons, title=f"PMQA 4.0 {say('pmqa_questions_word', language)}")


def _item_questions(item: PmqaItem, language: str) -> Reply:
    """An item's self-assessment questions, counted first."""
    lines = [say("pmqa_item_questions", language, code=item.code, title=item.title_th, n=len(item.questions)), ""]
    lines += [f"{q.code} {q.text}" for q in item.questions]
    lines += ["", cite(item.code, language)]
    buttons = (*(button(q.code, pmqa_action(q.code)) for q in item.questions),
               button(_category_label(item.category, language), pmqa_action(item.category)))
    return Reply("card", "\n".join(lines), buttons, title=f"{item.code} {say('pmqa_questions_word', language)}")


def _category_questions(category: PmqaCategory, language: str) -> Reply:
    """How many self-assessment questions a category has, item by item; each item's questions one press away."""
    n = sum(len(i.questions) for i in category.items)
    lines = [say("pmqa_category_questions", language, no=category.no, title=category.title_th, n=n), ""]
    lines += [f"{BULLET} {i.code} {i.title_th}: {say('pmqa_n_questions', language, n=len(i.questions))}"
              for i in category.items if i.questions]
    lines += ["", say("pmqa_questions_hint", language), "", cite(f"หมวด {category.no}", language)]
    buttons = tuple(button(i.code, text_action(say("pmqa_item_questions_text", language, code=i.code)) or
                           pmqa_action(i.code)) for i in category.items if i.questions)
    return Reply("card", "\n".join(lines), buttons, title=f"{category.no} {say('pmqa_questions_word', language)}")


def _item(item: PmqaItem, language: str) -> Reply:
    lines = [say("pmqa_item", language, code=item.code, title=item.title_th)]
    for lv in PMQA_LEVELS:
        summary = item.level_summary.get(lv)
        if summary:
            lines.append(f"{BULLET} {lv}: {summary}")
    if item.questions:
        lines.append("")
        lines += [f"{q.code} {q.text}" for q in item.questions]
    buttons: list[Button] = [button(lv, pmqa_action(item.code, lv)) for lv in PMQA_LEVELS]
    buttons.append(button(_category_label(item.category, language), pmqa_action(item.category)))
    lines += ["", cite(item.code, language)]
    return Reply("card", "\n".join(lines), tuple(buttons), title=f"{item.code} {item.title_th}")


def _item_level(item: PmqaItem, level: str, language: str) -> Reply:
    lines = [say("pmqa_level_of_item", language, code=item.code, title=item.title_th, level=level)]
    detailed = guidance_rows(item, level)
    summary = item.level_summary.get(level, "")
    if summary and summary not in detailed:
        lines.append(summary)
    lines += [f"{BULLET} {t}" for t in detailed]
    if len(lines) == 1:
        lines.append(say("pmqa_no_level_text", language))
    buttons = tuple(button(lv, pmqa_action(item.code, lv)) for lv in PMQA_LEVELS if lv != level)
    lines += ["", cite(item.code, language)]
    return Reply("card", "\n".join(lines), (*buttons, button(item.code, pmqa_action(item.code))),
                 title=f"{item.code} {level}")


def _topic_words(query: str) -> list[str]:
    """The words of a topic that can tell one item from another (three letters or more, squashed)."""
    return [w for w in map(squash, query.split()) if len(w) >= 3]


def find_item(query: str, catalog: Catalog, *, category: int | None = None) -> PmqaItem | None:
    """The item (of ``category`` when given) whose title, overview cells or guidance hold the topic best
    (None below the cutoff)."""
    key = squash(query)
    words = _topic_words(query)
    if len(key) < 3 or not words:
        return None
    total = sum(len(w) for w in words)
    best: tuple[float, PmqaItem] | None = None
    for cat in catalog.pmqa_categories:
        if category is not None and cat.no != category:
            continue
        for item in cat.items:
            title = squash(" ".join((item.title_th, *item.title_variants)))
            body = squash(" ".join([*item.level_summary.values(), *(t for rows in item.levels.values() for t in rows)]))
            # Words of the topic found in the item's title (best) or its guidance, longest words counting most.
            in_title = 100.0 * sum(len(w) for w in words if w in title) / total
            in_body = 100.0 * sum(len(w) for w in words if w in body) / total - 10
            score = max(fuzz.partial_ratio(key, title), in_title, in_body)
            if best is None or score > best[0]:
                best = (score, item)
    return best[1] if best and best[0] >= TOPIC_CUTOFF else None


def cite(ref: str, language: str) -> str:
    """Where a category ("หมวด 5"), item ("5.2") or question ("5.2.1") first stands in the criteria deck."""
    starts = re.compile(rf"^\s*(?:-\s*)?{re.escape(ref)}(?![\d.])")  # a list item ("- หมวด 7 …") too
    line = next((n for n, text in enumerate(source_lines(PMQA_SOURCE), start=1) if starts.match(text)), None)
    number = ref.removeprefix("หมวด").strip()
    section = ""  # a category ("หมวด 5") or a numbered item or question ("ข้อ 5.2"); other starts are no section
    if re.fullmatch(r"\d+(?:\.\d+)*", number):
        section = say("pmqa_category_ref" if number != ref else "pmqa_ref", language, ref=number)
    return cite_at(PMQA_SOURCE, line, language, section) if line else say("source", language,
                                                                   title=document_name(PMQA_SOURCE, language))


def _with_match(reply: Reply, item: PmqaItem, query: str, language: str) -> Reply:
    """The item's answer led by the guidance row that holds the topic, when the row is not shown yet."""
    words = _topic_words(query)
    total = sum(len(w) for w in words) or 1
    best: tuple[float, str, str] | None = None
    for level, rows in item.levels.items():
        for row in rows:
            score = sum(len(w) for w in words if w in squash(row)) / total
            if score >= 0.5 and (best is None or score > best[0]):
                best = (score, level, row)
    if best is None or best[2] in reply.text:
        return reply
    lead = say("pmqa_found_in_row", language, code=item.code, level=best[1], text=best[2])
    return replace(reply, text=f"{lead}\n\n{reply.text}")


def _indicators(catalog: Catalog, item_code: str, language: str, *, rule_first: bool = False) -> Reply:
    """Category 7: its measure groups per item, mandatory ones marked *, how many to fill, level bands.
    ``rule_first``: asked how many, the deck's rule on how many to fill comes first for one item too."""
    data = catalog.pmqa_extra.get("category7") or {}
    notes = list(data.get("notes", ()))
    before = not item_code or rule_first
    lines = [*notes, ""] if before else []  # one item: its own groups first, the general rule after
    lines.append(say("pmqa_indicators", language))
    for group in data.get("measure_groups", ()):
        if item_code and group["code"] != item_code:
            continue
        lines += ["", f"{group['code']} {group['title_th']}"]
        lines += [f"{BULLET} {m['text']}{' *' if m['mandatory'] else ''}" for m in group["measures"]]
    bands = data.get("level_bands", ())
    if bands:
        lines += ["", say("pmqa_bands", language)]
        lines += [f"{BULLET} {b['level']} ({b['label']}): {b['text']}" for b in bands]
    if not before:
        lines += ["", *notes]
    buttons = tuple(button(g["code"], pmqa_action(g["code"])) for g in data.get("measure_groups", ()))
    # A list with a title: LINE shows it as a carousel, a screen a bubble.
    return Reply("list", "\n".join(lines).strip(), buttons, title=say("pmqa_indicators_title", language))


# "อยู่ระดับไหน", "ระดับอะไร", "which level": the level a question belongs to.
_WHICH_LEVEL = re.compile(bare(r"ระดับ\s?(?:ไหน|ใด|อะไร)|(?:which|what) level"), re.IGNORECASE)
# Words of a category-7 topic question that name no measure ("ตัวชี้วัด", "ข้อไหน").
_MEASURE_STOP = re.compile(r"ตัว|ชี้|วัด|ตัวชี้วัด|ตัววัด|ข้อ|ไหน|หมวด|pmqa|อยู่|\d+", re.IGNORECASE)


# A category-7 question's own words around its topic ("ตัวชี้วัดหมวด 7 ที่เกี่ยวกับข้อมูลมีไหม" → "ข้อมูล").
_ABOUT = re.compile(r"(?:ที่)?(?:เกี่ยวกับ|เกี่ยวข้องกับ|ด้าน|เรื่อง)\s*(.+?)\s*(?:มี(?:ไหม|มั้ย|บ้าง|อะไร)|อะไร|บ้าง|ไหม|มั้ย|$)")


def _indicator_topic(text: str) -> str:
    """The topic a category-7 question asks the measures about, when it says it with เกี่ยวกับ/เรื่อง ("" if none)."""
    m = _ABOUT.search(text)
    return m[1].strip() if m else ""


def measure_found(catalog: Catalog, query: str, language: str) -> Reply | None:
    """The result items whose measures hold every word of the topic (the deck's own wording), with that measure
    line and the item's groups; None when the topic names no measure."""
    words = [w for w in bare(query.lower()).split() if len(w) >= 3 and not _MEASURE_STOP.fullmatch(w)]
    if not words:
        return None
    hits = [(g, m) for g, m in _measures(catalog) if all(w in bare(str(m["text"]).lower()) for w in words)]
    if not hits:
        return None
    # the topic as typed, without "ชี้ วัด" (of ตัวชี้วัด) or another word the search left out
    shown = [w for w in query.split() if len(bare(w)) >= 3 and not _MEASURE_STOP.fullmatch(bare(w.lower()))]
    lines = [say("pmqa_measure_found", language, query=" ".join(shown or query.split()))]
    lines += [f"{BULLET} {g['code']} {g['title_th']}: {m['text']}{' *' if m['mandatory'] else ''}" for g, m in hits]
    codes = list(dict.fromkeys(str(g["code"]) for g, _ in hits))
    reply = _indicators(catalog, codes[0], language) if len(codes) == 1 else None
    buttons = tuple(button(c, pmqa_action(c)) for c in codes)
    if reply is not None:
        return replace(reply, text="\n".join([*lines, "", reply.text]))
    return Reply("text", "\n".join(lines), buttons)


def _how_many(catalog: Catalog, language: str) -> Reply:
    """How many indicators to fill: the deck's own notes on category 7 (items, groups, how many per item,
    what to fill), the measure groups one press away."""
    data = catalog.pmqa_extra.get("category7") or {}
    every = text_action(say("pmqa_all_indicators_ask", "th"))
    buttons = (*((button(say("pmqa_all_indicators", language), every),) if every else ()),
               *(button(g["code"], pmqa_action(g["code"])) for g in data.get("measure_groups", ())))
    notes = list(data.get("notes", ()))
    source = [cite(notes[0], language)] if notes else []
    return Reply("text", "\n".join([*notes, "", *source]).strip(), buttons)


def _mandatory(catalog: Catalog, item_code: str, language: str) -> Reply:
    """Only the mandatory measure groups (marked *), counted per item and in all."""
    data = catalog.pmqa_extra.get("category7") or {}
    groups = [g for g in data.get("measure_groups", ()) if not item_code or g["code"] == item_code]
    lines: list[str] = []
    total = 0
    for group in groups:
        marked = [m["text"] for m in group["measures"] if m["mandatory"]]
        total += len(marked)
        lines += ["", f"{group['code']} {group['title_th']} ({say('pmqa_n_mandatory', language, n=len(marked))})"]
        lines += [f"{BULLET} {m} *" for m in marked]
    head = say("pmqa_mandatory_total", language, n=total, items=len(groups))
    notes = [n for n in data.get("notes", ()) if "*" in n]  # the deck's own words on what * requires
    buttons = tuple(button(g["code"], pmqa_action(g["code"])) for g in groups)
    return Reply("list", "\n".join([head, *notes, *lines]).strip(), buttons,
                 title=say("pmqa_indicators_title", language))


# A question's stem that ends in a word its points complete ("มีการกำหนดสารสนเทศที่สำคัญเพื่อ" + "ประกอบการตัดสินใจ
# ของผู้บริหาร …", "มีแผนยุทธศาสตร์และแผนงานที่" + "เพิ่มขีดความสามารถ …"): that word (not หน้าที่, พื้นที่, สถานที่).
_COMPLETED_BY_POINTS = re.compile(r"(?<=\S)(เพื่อ|(?<!หน้า)(?<!พื้น)(?<!สถาน)ที่)$")


def question_parts(question: PmqaQuestion) -> tuple[str, tuple[str, ...]]:
    """A question's stem and points as shown: a stem that ends in a word its points complete gives that word to each
    point, so every point reads whole as the question asks it ("เพื่อประกอบการตัดสินใจของผู้บริหาร …", not "เพื่อ" on one
    line and "ประกอบการตัดสินใจ…" on another)."""
    stem, points = question.text.strip(), tuple(question.points)
    m = _COMPLETED_BY_POINTS.search(stem)
    if m is None or not points:
        return question.text, points
    return stem[:m.start()].rstrip(), tuple(f"{m[1]}{p}" for p in points)


def _question(code: str, catalog: Catalog, language: str, *, asks_level: bool = False) -> list[Reply]:
    question = catalog.pmqa_question(code)
    if question is None:
        return [Reply("text", say("pmqa_missing", language, what=code))]
    item = catalog.pmqa_item(question.item_code)
    lines = [say("pmqa_question", language, code=question.code)]
    if item is not None:
        lines.append(say("pmqa_item", language, code=item.code, title=item.title_th))
    stem, points = question_parts(question)
    lines.append(stem)
    if points:
        lines += [say("pmqa_points", language), *(f"{BULLET} {p}" for p in points)]
    if question.levels:
        lines.append(say("pmqa_levels_of_question", language, levels=", ".join(question.levels)))
    elif asks_level:  # "4.2.1 อยู่ระดับไหน": the deck does not say; said, with where the levels are
        lines.append(say("pmqa_question_no_level", language, item=question.item_code))
    lines += ["", cite(question.code, language)]
    return [Reply("card", "\n".join(lines), (button(question.item_code, pmqa_action(question.item_code)),),
                  title=question.code)]
