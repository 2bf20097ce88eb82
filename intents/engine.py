"""The pipeline: normalise, pull codes, read entities, score intents, rank candidates."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from typing import Any

from content.catalog import Catalog, get_catalog
from intents import classify, context, entities, fallback, keyboard, layout, lexicon, romanized
from intents.codes import find_codes
from intents.commands import slash_wording
from intents.dates import ImpossibleDate, parse_due
from intents.details import DetailIndex
from intents.dialect import central_thai
from intents.normalise import bare, bare_sub, fold, normalise, squash, typed_span
from intents.recent import Recent
from intents.result import Candidate, Understanding
from intents.titles import MATCH_SPREAD, MAX_MATCHES, TitleHit, TitleIndex, core

# Below this confidence the answer layer does not guess: it asks "หมายถึง … ใช่ไหม" with the top
# three ``alternatives`` as buttons.
CONFIDENCE_THRESHOLD = 0.6
# Two interpretations this close are a coin toss: the top one's confidence is lowered to say so.
AMBIGUITY_MARGIN = 0.05
ALTERNATIVES = 3
FALLBACK_WEIGHT = 0.9  # the second opinion's posterior, discounted: it never outranks a rule's sure match

_NEXT_PHASE = {"Early": "Developing", "Developing": "Mature"}
_SPELLING = tuple((re.compile(p), r) for p, r in lexicon.SPELLING)
# searched in bare text (no tone marks): the patterns in bare form too ("excel…สูตร" is "excel…สุตร" there)
_ENGLISH_TOPICS = tuple((lexicon.thai_pattern(p), r) for p, r in lexicon.ENGLISH_TOPICS)
_THAI_TOPICS = tuple((lexicon.thai_pattern(p), r) for p, r in lexicon.THAI_TOPICS)
_BROAD_TOPICS = tuple((lexicon.thai_pattern(p), r) for p, r in lexicon.BROAD_TOPICS)
_OWN_LABELS = tuple((lexicon.thai_pattern(p), w) for p, w in lexicon.OWN_LABELS)
_EVERYDAY = tuple((lexicon.thai_pattern(p), r) for p, r in lexicon.EVERYDAY_WORDS)
NAMED_UNIT_TITLE = 85.0  # a unit title this close, right after "หน่วยสมรรถนะ", names the unit
TOPIC_WORDINGS = 3  # other wordings of a topic looked up besides the words as typed
SPECIFIC_PART = 8  # texts at most that hold a part of a topic for the part to name it on its own
LEAD_WORD = 8  # characters: a word this long that one text alone holds may lead a weak whole on its own
DEEPEN_WORDS = 4  # a topic this long, found whole, is also looked into by its specific parts
PART_MIN = 85.0  # a part's match this good (the part contained whole in a criterion scores about 85–90)
# A PMQA item named by its topic inside a named category: most of the topic's letters in its title, clearly ahead.
ITEM_TOPIC_MIN = 4
ITEM_TOPIC_SHARE = 0.55
ITEM_TOPIC_MARGIN = 0.25
CATEGORY_TITLE_SHARE = 0.6  # of a category's title's letters, a topic that says this much of it names the category
MIN_TOPIC_AFTER_INTRO = 12  # characters: what must follow an opening about oneself for it to be dropped from a topic
LONG_WORD = 6  # characters: a word this long, looked up alone among a topic's parts, is specific enough
# Messages repeat (a code, a typed button label, "สวัสดีครับ"): the last ones' readings are kept.
RECENT_MESSAGES = 4096
# Where a comparison splits into its two sides ("|" marks where a comparison word was).
_COMPARED = re.compile(r"\|| (?:vs\.?|versus|and) |กับ|และ", re.IGNORECASE)
_ACTIONS = ("PMQA", "REMIND", "PROGRESS", "PROFILE_SHOW", "DATA_DELETE", "HELP", "THANKS", "CANCEL", "FLOW_STOP",
            "FLOW_RESUME", "HANDOFF", "NEWS_OPT_OUT", "NEWS_OPT_IN", "ROLE_OVERVIEW", "PHASE_INFO")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
# Where in a named category a topic is ("หมวด 4 เรื่องการจัดการความรู้อยู่ข้อไหน"): the topic is looked up there.
_WHICH_ITEM = re.compile(bare(r"ข้อ(?:ย่อย)?(?:ไหน|ใด)|ประเด็น(?:ไหน|ใด)|อยู่(?:ตรง)?ไหน|หัวข้อไหน"))
_ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}|\b(?:I|a)\b")  # "I agree" is two English words
# Words that are the same in a Thai conversation ("ok", "help", a code): they do not switch to English.
_NEUTRAL = frozenset({"ok", "okay", "help", "start", "hi", "yes", "no", "pmqa", "it", "ai", "hr", "cio", "menu",
                      "thx", "ty", "quiz", "stop", "cancel", "skip", "back", "continue"})


def fix_spelling(text: str) -> str:
    # a guessed slash command in the words of its request; Isan words in Central Thai ("ต้องเฮ็ดหยังแหน่" is read as
    # "ต้องทำอะไรบ้าง" by every rule after)
    text = central_thai(slash_wording(text))
    for regex, right in _SPELLING:
        text = regex.sub(right, text)
    plain = bare(text)
    for regex, wording in _OWN_LABELS:
        if regex.search(plain):
            return wording
    return text


def _without_titles(folded: str, codes: tuple[dict[str, str], ...], catalog: Catalog) -> str:
    """``folded`` without the words it quotes of a named unit's title: "DG100 ที่ว่าปฏิบัติตามกฎหมาย มีเกณฑ์อะไร"
    asks for the criteria, its "กฎหมาย" is the title's (the laws, before)."""
    if not codes:
        return folded
    for ref in codes[:2]:
        node = catalog.get(ref["framework"], ref["code"])
        for word in (node.title_th.split() if node is not None else ()):
            if len(word) >= LONG_WORD and word in folded:
                folded = folded.replace(word, " ")
    return folded


# What follows a part's noun that is itself asked about ("กฎหมายอะไร", "กฎหมายที่เกี่ยวข้อง", "ขอบเขตคือ").
_ASKED_OF = re.compile(bare(r"\s?(?:อะไร|ไร|ไหน|ใด|บ้าง|ที่เกี่ยวข้อง|ที่ต้อง|คือ|หมายถึง|มี(?:กี่|อะไร))"))


def _aspect_asked(folded: str, codes: tuple[dict[str, str], ...], catalog: Catalog) -> str | None:
    """The part of the named unit a message asks for. A part's noun that names the unit's own subject is not the part
    asked when the question names another: "DG600 เรื่องแก้กฎหมาย ต้องทำอะไรบ้าง" asks DG600's criteria (its title is
    about laws), "DT601 กำหนดขอบเขต ต้องทำอะไร" its criteria (its title sets a scope); "DG600 มีกฎหมายอะไรเกี่ยวข้อง"
    and "DG600 ต้องรู้กฎหมายอะไร", where the noun itself is asked about, are still its laws."""
    kept = _without_titles(folded, codes, catalog)
    asked = entities.aspect(kept)
    if not codes:  # (a unit named by a code: "DL200 ทักษะการสื่อสาร" asks its skills)
        return entities.aspect_past_skill_names(kept)
    if asked is None:
        return asked
    titles = ""
    for ref in codes[:2]:
        node = catalog.get(ref["framework"], ref["code"])
        titles += squash(bare(node.title_th)) if node is not None else ""
    plain = bare(kept)
    masked = plain
    for name in lexicon.ASPECT_ORDER:
        for m in lexicon.ASPECTS[name].finditer(plain):
            if len(m[0].strip()) >= 3 and squash(m[0]) in titles and not _ASKED_OF.match(plain, m.end()):
                masked = masked[:m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
    if masked == plain:
        return asked
    return entities.aspect(masked) or asked


def _in_named_framework(codes: tuple[dict[str, str], ...], plain: str) -> tuple[dict[str, str], ...]:
    """Only the named framework's meanings of the codes when the message names one framework
    ("DS700 ของ ก.พ. อย่างเดียว"); every meaning otherwise ("DL201 ปี 61 กับ 67": both, side by side)."""
    named = entities.one_framework(plain)
    if named is None or len({c["framework"] for c in codes}) < 2:
        return codes
    return tuple(c for c in codes if c["framework"] == named) or codes


# "ไม่ใช่ DG200 ครับ ผมอยากประเมิน DS700": the code after a leading "not" is the one corrected.
_CORRECTED = re.compile(r"^\W*(?:เอ้ย|เอ๊ย|อ่า|อ๋อ|เอ่อ|อุ๊ย)?\s*(?:ไม่ใช่|ไม่ใช้|not)\s*(?:หน่วย|รหัส|unit)?\s*"
                        r"([a-z]{2,4})\s?(\d{3})\b", re.IGNORECASE)


def _without_corrected(codes: tuple[dict[str, str], ...], normalised: str) -> tuple[dict[str, str], ...]:
    """The codes but the one a message corrects at its start, when it names another (the corrected one was taken)."""
    corrected = _CORRECTED.match(normalised)
    if corrected is None:
        return codes
    wrong = f"{corrected[1]}{corrected[2]}".lower()
    kept = tuple(c for c in codes if c["code"].lower() != wrong)
    return kept or codes


def topic_wordings(query: str, *, english: bool, everyday: bool = True) -> list[str]:
    """The catalog's wordings of a topic typed in other words: English topics by the titles' Thai
    wording; Thai spellings of English words and everyday names ("บิ๊กดาต้า", "เอ็กเซล") by the
    criteria's; a term the sources give in both languages in both."""
    tables = _ENGLISH_TOPICS if english else (*_THAI_TOPICS, *_ENGLISH_TOPICS)
    plain = bare(query)
    joined = plain.replace(" ", "")
    found = [r for p, r in tables if p.search(plain) or p.search(joined)]
    # one step further: "ดาต้าโกเวอร์แนนซ์" → "ธรรมาภิบาลข้อมูล" → "data governance" (the English in parentheses)
    found += [r for wording in map(bare, found) for p, r in tables if p.search(wording)]
    found = found or [r for p, r in _BROAD_TOPICS if p.search(plain)]
    # the topic in the catalog's own words ("ความเสี่ยง ไอที" → "ความเสี่ยง ดิจิทัล")
    if everyday:  # (not when the everyday word named a person group: "ฉันทำงานสายไอที")
        said = [(p, r) for p, r in _EVERYDAY if p.search(plain) and p.sub(r, plain).strip() != r]
        if len(said) > 1:  # all of them at once first ("ความเห็น ผู้ใช้บริการ" → "ความคิดเห็น ผู้รับบริการ")
            every = plain
            for p, r in said:
                every = p.sub(r, every)
            found.append(every)
        found += [p.sub(r, plain) for p, r in said]
    # a wording the message is, as typed, adds nothing (a wording it holds among other words does: it is focused)
    return [w for w in dict.fromkeys(found) if bare(w).replace(" ", "") != joined][:TOPIC_WORDINGS]


# The setting of a topic, after what is done ("แชร์หน้าจอ ตอน ประชุมออนไลน์", "ใช้ excel เวลา ทำรายงาน"): not its subject.
_SETTING_WORDS = r" (?:ตอน|ตอนที่|ระหว่าง|ขณะ|ขณะที่|เวลา|เวลาที่|during|while|when) "
_SETTING = re.compile(f"{_SETTING_WORDS}|{bare(_SETTING_WORDS)}", re.IGNORECASE)  # (typed with its tone marks or not)


def _before_setting(query: str) -> str:
    """The words of a topic before its setting ("แชร์ หน้าจอ" of "แชร์ หน้าจอ ตอน ประชุม ออนไลน์"); "" when it names
    none, or too little comes before it to be a topic."""
    m = _SETTING.search(f" {query} ")
    lead = query[:max(0, m.start())].strip() if m else ""
    return lead if len(lead.split()) >= 2 and len(lead.replace(" ", "")) >= LONG_WORD else ""


def language(text: str) -> str:
    """"en" only for a message that is clearly English: no Thai, and English words beyond the few
    that Thai speakers type too ("ok", "help", a code). Thai is the default."""
    if _THAI.search(text):
        return "th"
    words = [w.lower() for w in _ENGLISH_WORD.findall(text)]
    return "en" if any(w not in _NEUTRAL for w in words) and len(words) >= 2 else "th"


# What a guess of news on or off must say: the news itself.
_NEWS_WORD = lexicon.thai_pattern(r"ข่าว|ประกาศ|ประชาสัมพันธ์|ปชส|แจ้งเตือน|broadcast|\bnews|\bpr\b|อัปเดต|อัพเดท|update")
# A number of parts counted ("มีเกณฑ์ 3 ข้อ", "สมรรถนะย่อยสี่ตัว"), not the place of one part.
_COUNTED = re.compile(bare(r"(?:ข้อ|ตัว|อัน|สมรรถนะย่อย|เกณฑ์)\s?(?:ที่)?\s?(?:[1-9]|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด)\s?"
                           r"(?:ข้อ|อย่าง|ตัว|รายการ|เกณฑ์|หน่วย)(?!ง)"))  # (bare "ข้อ" is "ของ"'s start)


class Understander:
    """Understanding against one catalog; build once (it indexes the vocabulary), call often."""

    def __init__(self, catalog: Catalog, model: fallback.NaiveBayes | object | None = fallback.DEFAULT_MODEL, *,
                 arbitration: bool = True) -> None:
        """``model``: the second opinion (the one trained on the labelled sets by default; None for rules alone);
        ``arbitration``: whether it may overrule a weak rule match, or only read what the rules call unknown."""
        self.catalog = catalog
        self.model = model
        self.arbitration = arbitration
        self.titles = TitleIndex(catalog)
        self.reader = entities.EntityReader(catalog.synonyms)
        self.details = DetailIndex(catalog)
        # The catalog's wordings of topics typed in other words are a fixed list: look each up once.
        self._wording_hits = {w: self.titles.search(w) for _, w in (*_THAI_TOPICS, *_ENGLISH_TOPICS, *_BROAD_TOPICS)}
        self._recent: Recent[str, Understanding] = Recent(RECENT_MESSAGES)

    def features(self, normalised: str, now: datetime | None) -> classify.Features:
        found = find_codes(normalised, self.catalog)
        rest = found.without_codes(normalised)
        folded = fold(rest)
        f = classify.Features(folded=folded, words=len(folded.split()) + len(folded) // 12,
                              codes=found.codes, unknown_codes=found.unknown)
        f.aspect = _aspect_asked(folded, found.codes, self.catalog)
        f.codes = _in_named_framework(f.codes, f.bare)
        f.codes = _without_corrected(f.codes, normalised)
        f.score = bool(lexicon.SCORE_OUT_OF.search(normalised))
        if f.codes and (number := entities.part_number(folded)) is not None and not _COUNTED.search(bare(folded)) \
                and not (f.has("QUIZ") or f.has("REMIND")) and \
                (part := context.nth_part(list(f.codes), number, self.catalog)) is not None:
            # "ข้อ 3 ของ DS701", "DS700 ตัวที่ 2": that part of the one code named (each framework's), not the code
            f.codes = tuple(part)
        f.aspects = entities.aspect_nouns(folded)
        cased = " ".join(bare_sub(lexicon.STANDARD_TITLE, " ", rest).split())  # (its title names no one's group)
        f.groups = self.reader.groups(cased)  # every one named, in order; the first is "the" group
        # A bare area word names a group beside another ("ไอทีกับบริการ") or in a profile setting
        # ("เปลี่ยนกลุ่มเป็น tech").
        if (len(f.groups) == 1 and (f.has("COMPARE") or f.has("MORE_THAN"))) or \
                (not f.groups and f.has("PROFILE_SET")):
            f.groups = self.reader.groups(cased, paired=True)
        elif not f.groups and not found.codes and f.has("COMPARE") and \
                len(paired := self.reader.groups(cased, paired=True)) >= 2:
            f.groups = paired  # "บริการกับวิชาการ ต่างกันตรงไหน": two area words compared are two groups
        elif len(f.groups) <= 1 and not found.codes and rest.count("#") >= 2 and \
                len(paired := self.reader.groups(cased, paired=True)) >= 2:
            f.groups, f.tagged_groups = paired, True  # "#บริการ #อำนวยการ ระยะ1": groups tagged side by side
        if len(f.groups) >= 3 and "Others" not in f.groups and f.has("NONE_OF"):
            f.groups = ["Others"]  # none of the groups listed ("ไม่ได้อยู่ในสายบริหาร สายวิชาการ หรือ…"): the others
        elif len(f.groups) == 2 and (f.has("NOT_THIS_GROUP") or f.has("WRONGLY_SAVED")):
            f.groups = f.groups[1:]  # "ไม่ใช่ผู้บริหาร เป็นนักวิชาการ": the second is the one meant
            f.corrected = True
        elif len(f.groups) >= 2 and (negated := self.reader.negated_groups(cased)) and \
                (kept := [g for g in f.groups if g not in negated]):
            f.groups = kept  # "เป็นเจ้าหน้าที่ทั่วไป ไม่ใช่สายไอที กลุ่มอื่นมั้ง": the group denied is not one's own
        elif len(f.groups) == 1 and f.has("NOT_THIS_GROUP") and set(self.reader.negated_groups(cased)) == set(f.groups):
            f.groups, f.denied = [], True  # "ไม่ใช่ค่ะ ดิฉันไม่ใช่ผู้บริหารนะคะ": denied, none told (it was saved, before)
        f.phases = self.reader.phases(cased)
        if f.has("SAME_ASKED"):
            f.phase_mentions = self.reader.phase_mentions(cased)
        if len(f.phases) == 2 and f.phases[0] != f.phases[1] and f.has("PHASE_MOVE"):
            f.phases, f.moved = f.phases[1:], True  # "ขึ้นจากระยะเริ่มต้นไประยะกำลังพัฒนา": the one it moves to
        elif len(f.phases) == 2 and _NEXT_PHASE.get(f.phases[0]) == f.phases[1] and f.has("ADDED") and \
                not f.has("COMPARE"):
            # "ระยะกำลังพัฒนากับพัฒนาแล้ว กลุ่มเทคโนโลยีเพิ่มอะไรมาบ้าง": a phase and the next named, what the later adds
            f.phases, f.moved = f.phases[1:], True
        if len(f.phases) == 1 and (m := lexicon.ADDED_FROM.search(cased)) and \
                self.reader.phases(cased[m.end():])[:1] == f.phases and f.phases[0] in _NEXT_PHASE:
            # "เพิ่มจากระยะเริ่มต้นกี่ตัว": the phase named is the one added to; the one asked is the next
            f.phases, f.moved = [_NEXT_PHASE[f.phases[0]]], True
        if not f.groups and f.phases and not found.codes and (beside := self.reader.group_beside_phase(cased)):
            f.groups = [beside]  # "บริการ ระยะเริ่มต้น ต้องมีอะไรบ้าง": the area word beside the phase is the group
        f.group = f.groups[0] if f.groups else None
        if f.codes and (f.groups or f.phases or f.has("FIRST_PERSON")) and f.aspect in (None, "overview") and \
                f.has("NEEDS_OF_ONE") and (f.has("YES_NO") or f.has("WHY")) and not f.has("QUIZ"):
            # "ผอ.กองต้องมี DS700 มั้ย", "ผมต้องผ่าน DS700 ไหม", "ทำไมผมต้องมี DG500": does the group (or the
            # person's own) need the unit, and in which phases
            f.aspect = "occupations"
        f.group_words = self.reader.group_wordings(cased) if f.group else []
        f.group_choices = self.reader.group_choices(cased) if len(f.groups) == 1 else []
        f.phase = f.phases[0] if f.phases else None
        f.agency = entities.agency(rest)
        if f.agency and f.groups and not self.reader.groups(cased.replace(f.agency, " ")):
            f.groups, f.group = [], None  # "สำนักงานปลัดกระทรวง…": the word "ปลัด" is the agency's, not a group
        f.pmqa = entities.pmqa(folded)
        which = bool(f.pmqa.get("category")) and not f.pmqa.get("item") and bool(_WHICH_ITEM.search(bare(folded)))
        if f.has("PMQA") and (not f.pmqa.get("category") or which) and not found.codes:  # "PMQA ข้อที่ว่าด้วยเรื่อง…"
            # ("…ต้องมีในหมวดไหน", "หัวหน้าให้ช่วยทำ": not the topic)
            topic = self.titles.topic(bare_sub(lexicon.PMQA, " ", _unframed(rest)))
            topic = bare_sub(lexicon.SEARCH, " ", bare_sub(lexicon.PMQA, " ", topic))
            topic = " ".join(bare_sub(lexicon.PMQA_IT, " ดิจิทัล ", topic).split())
            if which and self._category_title_holds(int(f.pmqa["category"]), topic):
                topic = ""  # "หมวด 5 การมุ่งเน้นบุคลากร มีประเด็นไหนบ้าง": the category by its own title, its items asked
            if not f.pmqa.get("category") and lexicon.PMQA_WHICH_CATEGORY.search(f.bare) and \
                    (named_no := entities.category_of_topic(topic)) is not None:
                f.pmqa["category"], topic = named_no, ""  # "เรื่องบุคลากรอยู่หมวดไหน": the category of that name
            if len(topic.replace(" ", "")) >= 3:
                f.pmqa["query"] = topic
            if topic and not f.has("PMQA_NAMED"):
                # "ไซเบอร์ซีเคียวริตี้อยู่ในหมวดไหน", "AI อยู่หมวดไหน": people call a competency area a หมวด too; a
                # topic the competency catalog knows (a wording of its vocabulary, or a strong title) is searched
                # there, not in PMQA
                wordings = topic_wordings(topic, english=language(rest) == "en")
                hits = self._search([topic, *wordings])
                if (wordings or (hits and hits[0].score >= classify.STRONG_TITLE)) and \
                        not self._pmqa_headline(topic, hits):
                    f.pmqa.pop("query", None)
                    f.query, f.hits, f.area_topic = topic, hits, True
        if f.pmqa.get("category") and not f.pmqa.get("item") and "query" not in f.pmqa and not found.codes:
            self._item_by_title(f, rest)
        if (f.has("REMIND") or f.has("RESCHEDULE") or (found.codes and f.has("DEADLINE"))) and \
                not f.has("REMIND_LIST"):  # (a cancellation may name its reminder by its day)
            f.dated = True  # the reading depends on today: never reused
            try:
                due = parse_due(rest, now=now)
            except ImpossibleDate as exc:
                due, f.due_error = None, exc.written
            f.due = due.isoformat() if due else None
        if not found.codes and not f.pmqa.get("category") and not self._other_action(f):
            # "ในมาตรฐานปี67 มีหน่วยเรื่องข้อมูลไหม": that framework's units, the framework's name no topic word
            within = f.within = entities.one_framework(f.bare)
            topic = bare_sub(lexicon.FRAMEWORK_PHRASE[within], " ", rest) if within else \
                bare_sub(lexicon.BOTH_FRAMEWORKS_PHRASE, " ", rest)
            unframed = _unframed(topic)
            f.query = self.titles.topic(unframed)
            if f.query and set(f.query.split()) <= lexicon.DOMAIN_ONLY_WORDS:
                # "ต้องมีทักษะดิจิทัลอะไรบ้าง": digital is what every unit is about, no topic to look up (it found
                # the units with ดิจิทัล in their titles and showed their skills)
                f.query = ""
            queries = [f.query]
            if f.query:
                english, everyday = language(rest) == "en", not f.groups or f.has("WHERE_IS")
                # (a long topic's wordings also as typed: "ทำตัวต้นแบบ" loses "ทำตัว" to the question words; they come
                # first, the more specific, also when the topic has one of its own: "แอป รับ" is software developed,
                # "ทำตัวต้นแบบ" beside it the prototype)
                wordings = topic_wordings(f.query, english=english, everyday=everyday)
                typed = topic_wordings(" ".join(unframed.split()), english=english, everyday=False) \
                    if len(f.query.split()) >= DEEPEN_WORDS else []
                queries += list(dict.fromkeys([*typed, *wordings] if wordings and typed else wordings or typed))
                # the English terms of a Thai topic, alone: "ใช้ sum avg หาค่าเฉลี่ย" is about the texts that write them
                if latin := self.titles.latin_terms(f.query):
                    queries.append(latin)
            f.hits = self._search(queries, framework=within)
            lead = _before_setting(f.query)
            led = self._search([lead, *topic_wordings(lead, english=english, everyday=everyday)],
                               framework=within) if lead else []
            if led and led[0].score >= PART_MIN:
                # "แชร์หน้าจอตอนประชุมออนไลน์": what is done (แบ่งปันหน้าจอ) first, the setting's own topics after it;
                # that part is the specific one, nothing deeper to look for
                first = {(h.framework, h.code) for h in led}
                f.hits = [*led, *(h for h in f.hits if (h.framework, h.code) not in first)][:len(f.hits) or len(led)]
            elif (not f.hits or f.hits[0].score < classify.STRONG_TITLE) and \
                    (not (f.groups or f.phases) or f.has("WHERE_IS")) and f.has("SEARCH_ASKED"):
                # nothing, or nothing strong: the topic's specific parts may name it (a group's word inside a topic
                # asked "…อยู่หน่วยไหน" is part of it)
                # (the topic as typed, and in the catalog's everyday words: "ชาวบ้าน" is the criteria's ผู้รับบริการ)
                parts = [(n, h) for query in queries[:2] for n, h in self._specific_parts(query)
                         if within is None or h.framework == within]
                parts = list({(h.framework, h.code): (n, h) for n, h in reversed(parts)}.values())[::-1]
                f.hits = self._beside(f.hits, parts)
            elif f.hits and len(f.query.split()) >= DEEPEN_WORDS and f.has("SEARCH_ASKED"):
                # a strong unit for a long topic: a specific part of the topic may say where in it ("ไอ้ที่ทำให้ตัว
                # หนังสือในสไลด์มันเคลื่อนไหวได้…": the presentation unit, and in it "กำหนดการเคลื่อนไหว")
                parts = self._specific_parts(f.query)
                f.hits = self._quoted(self._deepened(f.hits, [h for _, h in parts]), parts)
            if within and f.query and (not f.hits or f.hits[0].score < classify.STRONG_TITLE) and \
                    (everywhere := self._search(queries)) and everywhere[0].score >= classify.STRONG_TITLE:
                # "สำรองข้อมูลของ 2567 มีไหม": the framework named has nothing strong (a fuzzy "ข้อมูล" in DUS100),
                # the other has the criterion: show where it is, each result naming its framework
                f.hits, f.within = everywhere, None
        self._aspect_from_details(f, rest)
        self._compared_titles(f, rest)
        return f

    def _category_title_holds(self, number: int, topic: str) -> bool:
        """Whether ``topic`` is PMQA category ``number``'s own title: every word in it, and most of it said
        ("จัดการความรู้" is a part of category 4's "การวัด วิเคราะห์ และการจัดการความรู้", asked where it is)."""
        category = next((c for c in self.catalog.pmqa_categories if c.no == number), None)
        words = [core(w) for w in (bare(squash(t)) for t in topic.split()) if len(w) >= 3]
        if category is None or not words:
            return False
        title = bare(squash(category.title_th))
        return all(w in title for w in words) and sum(map(len, words)) >= CATEGORY_TITLE_SHARE * len(title)

    def _item_by_title(self, f: classify.Features, rest: str) -> None:
        """A category named with one of its items' topic ("หมวด๗ด้านผู้รับบริการวัดอะไรบ้าง", "หมวด 6 เรื่องลดต้นทุน"): that
        item, when the topic's words are mostly in its title and clearly more than in any other's."""
        topic = self.titles.topic(bare_sub(lexicon.PMQA_CATEGORY, " ", rest))
        words = [core(w) for w in (bare(squash(t)) for t in topic.split()) if len(w) >= 3 and not w.isdigit()]
        total = sum(len(w) for w in words)
        category = next((c for c in self.catalog.pmqa_categories if c.no == f.pmqa["category"]), None)
        if category is None or total < ITEM_TOPIC_MIN:
            return
        scored = sorted(((sum(len(w) for w in words if w in title) / total, item.code)
                         for item in category.items
                         for title in [bare(squash(" ".join((item.title_th, *item.title_variants))))]), reverse=True)
        # The category's own title ("หมวด 1 การนำองค์การ") names the category, not the item it shares words with.
        own = sum(len(w) for w in words if w in bare(squash(category.title_th))) / total
        if scored and scored[0][0] >= ITEM_TOPIC_SHARE and scored[0][0] > own and \
                (len(scored) == 1 or scored[0][0] - scored[1][0] >= ITEM_TOPIC_MARGIN):
            f.pmqa["item"] = scored[0][1]

    def _compared_titles(self, f: classify.Features, rest: str) -> None:
        """Two units compared by their titles ("ออกแบบองค์กรดิจิทัล กับ บริหารประสิทธิภาพการบริการ ต่างกันยังไง"):
        each side names its unit, as a code would."""
        if f.codes or f.unknown_codes or f.groups or f.phases or len(f.aspects) >= 2 or \
                not (f.has("COMPARE") or f.has("MORE_THAN")):
            return
        topics = [t for t in (self.titles.topic(s) for s in _COMPARED.split(bare_sub(lexicon.COMPARE, " | ", rest)))
                  if len(t.replace(" ", "")) >= 4]
        if len(topics) != 2:
            return
        found = []
        for topic in topics:
            named = [h for h in self.titles.search(topic) if h.level == "unit" and h.score >= classify.STRONG_TITLE]
            if not named:
                return
            found.append({"framework": named[0].framework, "code": named[0].code})
        if found[0] != found[1]:
            f.codes = tuple(found)

    def _aspect_from_details(self, f: classify.Features, rest: str) -> None:
        """No aspect word, but words found in one part of the named detailed unit: that part."""
        if f.aspect is not None or f.has("QUIZ") or f.has("REMIND") or f.has("PROGRESS") or f.due or f.due_error:
            return
        units = [(c["framework"], c["code"]) for c in f.codes]
        if not units and f.hits and f.hits[0].level == "unit" and f.hits[0].score >= NAMED_UNIT_TITLE \
                and f.has("NAMES_UNIT"):  # "หน่วยสมรรถนะออกแบบองค์กรดิจิทัล …": the unit by its title
            units = [(h.framework, h.code) for h in f.hits if h.level == "unit" and h.score >= f.hits[0].score - 1]
        if units and self.details.has_any(units):
            rest = _without_framework(rest)  # "DL200 มาตรฐานปี 67": the framework's words are in no part
            found = self.details.aspect(units, self.details.words(f.query or self.titles.topic(rest), rest))
            if found:
                f.aspect, f.detail_aspect = found, True
                if not f.codes:  # the detailed unit(s) the title named, not their namesakes without details
                    f.codes = tuple({"framework": fw, "code": code} for fw, code in units
                                    if self.details.has_any([(fw, code)]))

    def _specific_parts(self, query: str) -> list[tuple[int, TitleHit]]:
        """A topic whose words, all together, match no title well ("ยกเลิก กฎหมาย อุปสรรค", a long chatty sentence
        around "คลังความรู้"): each run of two or three neighbouring words and each long word, looked up alone. A run
        that few texts hold names its topic; one that many hold ("หน่วยงาน", "ข้อมูล") is an everyday word. The units
        found are ordered by how specific the part that found them is, then by how many words it has, then by score;
        each comes with the number of words of its part (2 for one long word only its text holds, which may lead a
        weak whole as a run of words may; 1 for the other single words)."""
        words = query.split()
        if len(words) < 3:
            return []
        runs = [" ".join(words[i:i + n]) for n in (3, 2) for i in range(len(words) - n + 1)]
        singles = [w for w in words if len(w) >= LONG_WORD]
        found: dict[tuple[str, str], list[tuple[int, int, TitleHit]]] = {}
        for part in dict.fromkeys([*runs, *singles]):
            held = self.titles.holding(part)
            if not 0 < held <= SPECIFIC_PART:
                continue
            for hit in self.titles.search(part):
                if hit.score >= PART_MIN and any(self.titles.coverage(part, m[2]) == 1.0 for m in hit.matches):
                    found.setdefault((hit.framework, hit.code), []).append((held, len(part.split()), hit))
        merged = []
        for hits in found.values():  # a unit's matches from every specific part, the most specific first
            hits.sort(key=lambda x: (x[0], -x[1], -x[2].score))
            held, size, lead = hits[0]
            # where each part matched best first ("ร่างกฎหมาย": DG603.1, "รับฟัง ความคิดเห็น": DG603.2), then the rest
            firsts = [h.matches[0] for _, _, h in hits if h.matches]
            matches = tuple(dict.fromkeys([*firsts, *(m for _, _, h in hits for m in h.matches)]))[:MAX_MATCHES]
            best = max(h.score for _, _, h in hits)
            merged.append((held, size, replace(lead, score=best, matches=matches)))
        merged.sort(key=lambda x: (x[0], -x[1], -x[2].score))
        # what may lead a weak whole: a run of words, or one long word a single text holds ("ระบบปฏิบัติการ")
        return [(size if size >= 2 else 2 if held == 1 and self._one_long_word(query, hit) else 1, hit)
                for held, size, hit in merged[:5]]

    def _one_long_word(self, query: str, hit: TitleHit) -> bool:
        """Whether a long word of ``query`` (``LEAD_WORD`` letters or more) is held by one text, this hit's."""
        return any(len(w) >= LEAD_WORD and self.titles.holding(w) == 1 and
                   any(self.titles.coverage(w, m[2]) == 1.0 for m in hit.matches) for w in query.split())

    def similar_units(self, title: str) -> list[tuple[str, str]]:
        """Units whose texts share a strong part of ``title`` (two neighbouring words of it, or a long word), best
        first: what is related to a unit the sources give only a title for ("DG700 …ข้อมูล…ธรรมาภิบาล" → DT600,
        whose DT604 is data governance)."""
        words = self.titles.topic(title).split()
        pairs = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]
        found = self._strong([*pairs, *(w for w in words if len(w) >= LONG_WORD)])
        return [(h.framework, h.code) for h in found]

    def _strong(self, queries: list[str]) -> list[TitleHit]:
        merged: dict[tuple[str, str], TitleHit] = {}
        for query in queries:
            for hit in self.titles.search(query):
                ref = (hit.framework, hit.code)
                if hit.score >= classify.STRONG_TITLE and (ref not in merged or merged[ref].score < hit.score):
                    merged[ref] = hit
        return sorted(merged.values(), key=lambda h: -h.score)[:5]

    @staticmethod
    def _quoted(hits: list[TitleHit], parts: list[tuple[int, TitleHit]]) -> list[TitleHit]:
        """A run of three words or more that a few texts hold, matched strongly, quotes a criterion: it comes first,
        whatever everyday word of the topic found the others ("…กำหนดขอบเขตทรัพยากรสารสนเทศที่มีความเสี่ยง…" is DT501.1,
        though "ไวรัส" found the malware criterion)."""
        quoted = [h for n, h in parts if n >= 3 and h.score >= classify.STRONG_TITLE]
        seen = {(h.framework, h.code) for h in quoted}
        return [*quoted, *(h for h in hits if (h.framework, h.code) not in seen)][:5] if quoted else hits

    @staticmethod
    def _deepened(hits: list[TitleHit], parts: list[TitleHit]) -> list[TitleHit]:
        """The units found, each led by where a specific part of the topic matched inside it (a criterion that a
        long topic's whole did not reach); units only the parts found are not added."""
        inside = {(h.framework, h.code): h for h in parts}
        out = []
        for hit in hits:
            part = inside.get((hit.framework, hit.code))
            if part is not None:
                hit = replace(hit, matches=tuple(dict.fromkeys((*part.matches, *hit.matches)))[:MAX_MATCHES])
            out.append(hit)
        return out

    @staticmethod
    def _beside(whole: list[TitleHit], parts: list[tuple[int, TitleHit]]) -> list[TitleHit]:
        """The whole topic's hits first, its parts' hits after them (two words of a topic are weaker evidence than
        all of it, however well they match); except that a run of words specific to a few texts that matches
        strongly leads a whole that matched weakly ("…ต้องทำแผนบำรุงรักษาระบบ…": "แผน บำรุงรักษา")."""
        if not whole:
            return [h for _, h in parts]
        lead = [h for n, h in parts if n >= 2 and h.score >= classify.STRONG_TITLE]  # (n: see _specific_parts)
        seen = {(h.framework, h.code) for h in lead}
        known = {(h.framework, h.code) for h in whole}
        below = whole[0].score - 1
        rest = [h for h in whole if (h.framework, h.code) not in seen]
        extra = [replace(h, score=min(h.score, below)) for _, h in parts
                 if (h.framework, h.code) not in seen | known]
        lead = [replace(h, matches=tuple(dict.fromkeys((*h.matches, *next(
            (w.matches for w in whole if (w.framework, w.code) == (h.framework, h.code)), ()))))[:MAX_MATCHES])
            for h in lead]
        return [*lead, *sorted([*rest, *extra], key=lambda h: -h.score)][:5]

    def _pmqa_headline(self, topic: str, hits: list[TitleHit]) -> bool:
        """The PMQA criteria name the topic whole in an item's title or a level's overview cell ("Data Governance"
        is 4.4 Basic's), and no competency unit's title found names it whole ("ไซเบอร์" is CS100's too)."""
        key = squash(topic)
        if len(key) < 3 or any(h.level == "unit" and key in squash(h.title) for h in hits):
            return False
        return any(level == "" for _, level, _ in entities.pmqa_items_naming(topic, self.catalog))

    def _search(self, queries: list[str], *, framework: str | None = None) -> list[TitleHit]:
        if len(queries) == 1:
            return self.titles.search(queries[0], framework=framework) if queries[0] else []
        merged: dict[tuple[str, str], TitleHit] = {}
        for query in queries:
            hits = self._wording_hits.get(query) if framework is None else None
            for hit in self.titles.search(query, framework=framework) if hits is None else hits:
                ref = (hit.framework, hit.code)
                known = merged.get(ref)
                if known is None:
                    merged[ref] = hit
                    continue
                # one unit found by two wordings: the better hit, with where each wording matched (the words as
                # typed may match a criterion that a wording of part of them does not: "excel สูตร คำนวณ")
                best, other = (hit, known) if hit.score > known.score else (known, hit)
                matches = tuple(dict.fromkeys((*best.matches, *(m for m in other.matches
                                                                 if other.score >= best.score - MATCH_SPREAD))))
                # where the words as typed are most fully found first ("ใช้สูตรฟังก์ชันเพื่อการคำนวณ" covers
                # "สูตร" and "คำนวณ", before "จัดการตารางคำนวณ", found by the wording "ตารางคำนวณ" of "excel")
                matches = tuple(sorted(matches, key=lambda m: -self.titles.coverage(queries[0], m[2])))
                merged[ref] = replace(best, matches=matches[:MAX_MATCHES])
        typed, ranked = queries[0], sorted(merged.values(), key=lambda h: -h.score)
        if self.titles.writes_latin_terms(typed):  # the text that writes the English term as typed ("(Project
            # Charter)") before those that a Thai wording of part of it found ("โครงการ" for "project")
            ranked.sort(key=lambda h: not any(self.titles.coverage(typed, m[2]) == 1.0 for m in h.matches))
        return ranked[:5]

    @staticmethod
    def _other_action(f: classify.Features) -> bool:
        """A message that clearly asks for something else needs no title search (the slow part)."""
        if f.phase and (f.has("ROLE_NEED") or f.has("COMPARE") or f.has("ADDED")):  # phase words are in no title
            return True
        if f.has("SEARCH") or f.has("QUIZ"):
            return False
        return any(f.has(name) for name in _ACTIONS)

    def understand(self, text: str, *, now: datetime | None = None) -> Understanding:
        """What ``text`` means; a message read before (and not relative to today) is not read again."""
        known = self._recent.get(text)
        if known is not None:
            return known
        understood, dated = self._read(text, now)
        if not dated:
            self._recent.put(text, understood)
        return understood

    def read(self, text: str, *, now: datetime | None = None) -> Understanding:
        """What ``text`` means, read afresh (what a message never seen before costs)."""
        return self._read(text, now)[0]

    def _read(self, text: str, now: datetime | None) -> tuple[Understanding, bool]:
        """The reading, and whether it depends on today."""
        text = layout.canonical_letters(text)  # ("กําหนด" pasted from a PDF is กำหนด, also where it is echoed)
        plain = _as_meant(text)
        understood, dated = self._read_plain(text, layout.sentence_lines_together(plain), now)
        lines = layout.lines(plain)
        if len(lines) > 1 and (asked := [line for line in lines if not layout.courtesy_line(line)]) and \
                len(asked) < len(lines):
            # "ขอบคุณมากค่ะ⏎แล้วถ้าเป็นระยะเริ่มต้นล่ะคะ", "สวัสดีครับ⏎…": a greeting, a thanks or a preface on a line of
            # its own does not hide the question on the others ("สวัสดีคับ⏎พึ่งเข้ามาใช้ครั้งแรก" asks nothing: a hello)
            rest, rest_dated = self._read_plain(text, layout.sentence_lines_together("\n".join(asked)), now)
            if (rest.intent not in _COURTESY_OR_NOTHING and not _weak_search(rest)) or rest.entities.get("off_topic"):
                # ("ขอบคุณมากครับ⏎เดี๋ยวลองทำดูครับ" is thanks, not a search for "ลอง"; "สวัสดีครับ⏎เงินเดือน…" off-topic)
                return rest, rest_dated
        return understood, dated

    def _read_plain(self, text: str, plain: str, now: datetime | None) -> tuple[Understanding, bool]:
        normalised = fix_spelling(normalise(plain))
        f = self.features(normalised, now)
        return self._rank(text, normalised, f), f.dated

    def _rank(self, text: str, normalised: str, f: classify.Features) -> Understanding:
        scores = classify.score(f)
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        candidates = [Candidate(intent, round(min(conf, 1.0), 3), classify.entities_for(intent, f))
                      for intent, conf in ranked]
        top = candidates[0]
        guess = not f.has("OFF_TOPIC")  # salaries, leave, prices: no likeness makes these a request of ours
        if guess and top.intent == "unknown" and \
                (opinion := fallback.second_opinion(normalised, self.model)) is not None and _plausible(opinion[0], f):
            # Words no rule holds, but like the labelled examples of one intent: that intent, less sure.
            intent, probability = opinion
            top = Candidate(intent, round(probability * FALLBACK_WEIGHT, 3), classify.entities_for(intent, f))
            candidates = [top, *(c for c in candidates if c.intent != intent)]
        elif guess and self.arbitration and \
                (ruling := fallback.arbitrate(normalised, top.intent, top.confidence, self.model)) is not None:
            # A weak rule match, and the model confidently reads another request: that request, as sure as the
            # rule was (or as the model is), with the rule's reading just below it among the alternatives.
            intent, probability = ruling
            found = classify.entities_for(intent, f)
            if _has_what_it_needs(intent, found) and not _asked_of_unit(intent, top.intent, f) and \
                    (intent not in ("handoff", "thanks", "greeting", *_REMINDER_INTENTS) or _plausible(intent, f)):
                # (a courtesy overruling a question: "ขอบคุณค่ะ แล้วถ้าเป็นระยะเริ่มต้นล่ะคะ" asks on, it does not thank)
                sure = max(top.confidence, round(probability * FALLBACK_WEIGHT, 3))
                # just below: outside the ambiguity margin, so the overruling reading is answered, not asked about
                overruled = Candidate(top.intent, round(max(0.0, sure - 2 * AMBIGUITY_MARGIN), 3), top.entities)
                top = Candidate(intent, sure, found)
                candidates = [top, overruled, *(c for c in candidates[1:] if c.intent != intent)]
        confidence = top.confidence
        if len(candidates) > 1 and top.confidence - candidates[1].confidence < AMBIGUITY_MARGIN:
            confidence = max(0.0, confidence - 0.15)
        return Understanding(
            text=text, normalised=normalised, language=language(normalised),
            intent=top.intent, confidence=round(confidence, 3), entities=top.entities,
            alternatives=tuple(c for c in candidates[1:1 + ALTERNATIVES] if c.confidence > 0.2),
        )


    def group_and_phase(self, text: str) -> tuple[str | None, str | None]:
        """The person group and the phase a short message names, whatever its intent (a typed button
        label: "ด้านเทคโนโลยี", "ระยะกำลังพัฒนา")."""
        cased = " ".join(fix_spelling(normalise(_as_meant(layout.canonical_letters(text)))).split())
        return self.reader.group(cased), self.reader.phase(cased)


_REMINDER_INTENTS = ("reminder_set", "reminder_list", "reminder_cancel")
_COURTESY_OR_NOTHING = ("unknown", "greeting", "thanks")
WEAK_SEARCH = 0.7  # a search this unsure is a look-up of the message's own words, no request


def _weak_search(u: Understanding) -> bool:
    """A search this unsure, for words that ask nothing ("เดี๋ยวลองทำดูครับ"; "แล้วหลักฐานล่ะ" asks, after a topic)."""
    plain = bare(u.normalised)
    return u.intent == "search" and u.confidence < WEAK_SEARCH and \
        not (lexicon.QUESTION.search(plain) or bare("ล่ะ") in plain)


def _as_meant(text: str) -> str:
    """The message's words as meant: a memo's wording around the question dropped ("เรียน ผู้ดูแลระบบ", "อ้างถึง
    หนังสือ นร ๑๐๑๓/ว ๖", "จึงเรียนมาเพื่อโปรดทราบ"), words typed on the wrong keyboard layout retyped, Thai written
    in Latin letters read in Thai script ("tong chai lak tharn arai bang krub")."""
    return romanized.thai_reading(keyboard.retyped(layout.without_correction_lead(layout.without_memo_wording(text))))


def _names_a_day(text: str) -> bool:
    """Whether the text names a day ("แล้วก็ DS700 วันที่ 12 ธ.ค. ด้วย"), real or not; which day is not asked (no
    dependence on today)."""
    try:
        return parse_due(text, fallback=False) is not None
    except ImpossibleDate:
        return True


def _plausible(intent: str, f: classify.Features) -> bool:
    """A guess names what its request is about: the groups' overview says a group or role word ("มีทั้งหมดกี่ข้อ" after
    a unit's knowledge is like "มีทั้งหมดกี่กลุ่ม" in letters, not in meaning), a reminder request a reminder word,
    a handoff a way of reaching someone, news on or off the news."""
    if intent == "reminder_cancel":  # it deletes: only ever with a word that says so ("wait, my reminder is for which
        # DL200?" cancelled it, the model's guess over the rule's reminder)
        return f.has("REMIND_CANCEL") or f.has("REMOVE_LISTED")
    if intent in _REMINDER_INTENTS:  # "แล้ว เจ็ดร้อยสาม ล่ะ", "DL202 ด้วยค่ะ" are no reminder
        return f.has("REMIND") or (intent == "reminder_set" and (bool(f.due or f.due_error) or _names_a_day(f.bare)))
    if intent == "cancel":  # "ห๊ะ ผมไม่ได้สั่งยกเลิกนะ" denies one
        return not f.has("NOT_CANCELLING")
    if intent == "handoff":  # "สวัสดีค่ะ เป็นเจ้าหน้าที่ HR ค่ะ" introduces herself: the bot must not go quiet
        return f.has("REACH_SOMEONE")
    if intent in ("news_opt_in", "news_opt_out"):  # "ทำใหม่อีกรอบ" (a quiz again) turned the news on, before
        return bool(_NEWS_WORD.search(f.bare))
    if intent == "progress":  # "ยังไม่ได้ทำเลยค่ะ" (where one stands with a unit) is like "ข้อไหนยังไม่ได้ทำ" in letters
        return bool(_RESULT_WORD.search(f.bare))
    if intent in ("thanks", "greeting"):  # "ข้อถัดไปล่ะ" is like "ไปละครับ" in letters; courtesy asks for nothing
        return not (f.has("QUESTION") or "ล่ะ" in f.folded)  # (also "หล่ะ")
    return intent != "role_overview" or f.has("GROUP_WORD")


_HOW_OR_WHAT = lexicon.compile_any(r"ยังไง|อย่างไร|ไง|(?:อะ)?ไร|แบบไหน|วิธีไหน", lexicon.word("how", "what", "which"))


def _asked_of_unit(guess: str, rule: str, f: classify.Features) -> bool:
    """A question about a unit ("DG501 ประเมินความเสี่ยงยังไง": how its element assesses risk) that the model reads as
    the request its subject's words look like (a self-assessment for "ประเมิน"): how or what is asked, no request
    word said, so the unit is what is asked about."""
    return rule == "unit_info" and guess == "quiz_start" and bool(f.codes) and not f.has("QUIZ") and \
        bool(_HOW_OR_WHAT.search(f.bare))


# What a question about one's own results says one of (a guess of progress must): results, scores, passing, answers,
# how far, what is lacking or weak.
_RESULT_WORD = lexicon.compile_any(r"ผล|คะแนน|ผ่าน|เฉลย|คำตอบ|ถึงไหน|คืบหน้า|ก้าวหน้า|ขาด|อ่อน|ได้กี่|gap|แก็ป|แกป",
                                   lexicon.word("results?", "score", "progress", "pass(?:ed)?", "how far"))


def _has_what_it_needs(intent: str, found: dict[str, Any]) -> bool:
    """A request taken from the model carries what answering it needs: the things compared, the profile's new
    value. The others need nothing or ask for it."""
    if intent == "compare":  # two things: two codes, one code in two frameworks, two groups, phases or aspects
        codes = found.get("codes") or []
        return len({c["code"] for c in codes}) >= 2 or len({c["framework"] for c in codes}) >= 2 or \
            any(len(found.get(k) or []) >= 2 for k in ("groups", "phases", "aspects"))
    if intent == "profile_set":
        return any(found.get(k) for k in ("group", "phase", "agency"))
    return True


@lru_cache(maxsize=1)
def default_understander() -> Understander:
    return Understander(get_catalog())


_FRAMEWORK_SAID = (*lexicon.FRAMEWORK_NAMED.values(), lexicon.FRAMEWORK_WORDS,
                   re.compile(r"มาตรฐาน|ปี\s?\d{2,4}|ฉบับ"))


def _unframed(text: str) -> str:
    """The topic of a chatty question without its framing: the opening that says who one is, when a topic follows
    it, and the words that frame the topic (the standards as the place asked about, hearsay, one's own office)."""
    intro = lexicon.SELF_INTRO.search(bare(text))
    if intro is not None:
        _, end = typed_span(text, intro.start(), intro.end())
        rest = text[end:]
        if len(squash(bare_sub(lexicon.TOPIC_FRAMING, " ", rest))) >= MIN_TOPIC_AFTER_INTRO:
            text = rest
    return bare_sub(lexicon.TOPIC_FRAMING, " ", text)


def _without_framework(text: str) -> str:
    for regex in _FRAMEWORK_SAID:
        text = bare_sub(regex, " ", text)
    return text


def understand(text: str, *, now: datetime | None = None) -> Understanding:
    """What a message means, against the process-wide catalog. The first call builds the index."""
    return default_understander().understand(text, now=now)
