"""Follow-ups: a short message that leans on the one before ("แล้วหลักฐานล่ะ" after DS700).

``topic_of(understanding)`` is what a message leaves for the next one to lean on (codes, group and
phase, PMQA reference), or None; ``follow_up(understanding, topic)`` completes a message that names
no code, group or PMQA item of its own from that topic. Both are pure: the dialog engine keeps the
topic between messages.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from typing import Any

import orjson
from rapidfuzz import fuzz

from content.model import Criterion, Element, Unit
from content.schema import PHASES
from intents import entities, lexicon
from intents.dates import ImpossibleDate, parse_due
from intents.normalise import bare, bare_number, fold, squash
from intents.recent import Recent
from intents.result import Understanding

Topic = dict[str, Any]

# Words that say "the same thing as before": แล้ว…ล่ะ, …ด้วย, เรื่องนี้, ถ้าเป็น…
# "ล่ะ" is the particle only at a phrase's end (bare it is "ละ", also inside "และ", "แต่ละ", "รายละเอียด").
_LEAN = lexicon.thai_pattern(r"^(?:แล้ว|ถ้า|และ|ส่วน|ขอ)|"
                   r"(?<!แ)(?<!แต)ล่ะ(?=$|[\s?!.,~]|ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|นะ|ฮะ|ฮับ|เนี่ย)|ละ$|ละคะ|ด้วย(?:ครับ|ค่ะ|คะ|นะ)?$|เรื่องนี้|อันนี้|ตัวนี้|หน่วยนี้|ข้อนี้|"
                   r"อันไหน|what about|and the|how about|^and\b|\b(?:it|its|this one|that one)\b", re.IGNORECASE)
# A correction of the code just asked about ("เอ้ย ไม่ใช่ หมายถึง DS600", "พิมพ์ผิด DS600", "sorry, I meant DS600").
_CORRECTION = lexicon.thai_pattern(r"^(?:เอ้ย|เอ๊ย|อ้ะ|อ๊ะ|อุ๊ย|ขอโทษ|โทษที|ไม่ใช่|พิมพ์ผิด|ผิด)|ไม่ใช่\s?(?:อันนี้|ตัวนี้)?\s?หมายถึง|"
                                   r"หมายถึง\s?[A-Za-z]{2,5}\s?\d|พิมพ์ผิด|\bi meant\b|\bsorry\b|\bnot that\b",
                                   re.IGNORECASE)
_NEXT = lexicon.thai_pattern(r"ข้อ(?:ถัดไป|ต่อไป)|อันต่อไป|ถัดไป|ต่อจากนี้|\bnext\b")
# The one before ("ข้อก่อนหน้าล่ะ", "ย้อนไปข้อที่แล้ว", "previous question"): a step back, as "next" is one on.
_PREVIOUS = lexicon.thai_pattern(r"ข้อ\s?(?:ก่อนหน้า|ที่แล้ว|ก่อน(?!\S))|ย้อน(?:กลับ)?(?:ไป)?\s?ข้อ|อัน(?:ก่อนหน้า|ที่แล้ว)|"
                                 r"\bprevious\b|\bthe one before\b|\bgo back\b")
_PART_REST = 4  # letters a search's query holds besides a part of a unit when it asks only for that part
_YES_NO_TAIL = lexicon.thai_pattern(r"(?:หรือ)?(?:ไม่|เปล่า|ป่าว|ป่ะ|ปะ)$|ไหม$|มั้ย$|มั๊ย$|บ้าง$")
LEAN_CHARS = 32  # a message leaning on the one before is short: "ต้องมีความรู้อะไรบ้างครับ" is 25
_MAX_WORDS = 10
# The PMQA category just shown, pointed at ("หมวดนี้", "this category").
_THIS_CATEGORY = lexicon.thai_pattern(r"หมวด\s?(?:นี้|นั้น|เดียวกัน)|\b(?:this|that|the same) (?:category|section)\b")
# "ต่างกับ…" compares too, beside the classifier's comparison words.
_DIFFERS = lexicon.thai_pattern(r"ต่าง(?:กับ|จาก)")
# The level a PMQA question belongs to, asked after it ("อยู่ระดับไหน", "which level is it?").
_WHICH_LEVEL = lexicon.thai_pattern(r"ระดับ\s?(?:ไหน|ใด|อะไร)|\b(?:which|what) level\b")
# The phase after (or before) the one just shown ("แล้วระยะถัดไปล่ะ", "ขั้นต่อไป", "next stage").
_NEXT_PHASE = lexicon.thai_pattern(r"(?:ระยะ|ขั้น|เฟส|phase)\s?(?:ที่)?\s?(?:ถัดไป|ต่อไป|หน้า(?!ที่)|ถัดจากนี้|ถัดจากนั้น|สูงขึ้น)|"
                                   r"\bnext (?:phase|stage)\b")
_PREVIOUS_PHASE = lexicon.thai_pattern(r"(?:ระยะ|ขั้น|เฟส|phase)\s?(?:ที่)?\s?(?:ก่อนหน้า|ที่แล้ว|ก่อนนี้|ก่อน)|"
                                       r"\b(?:previous|earlier) (?:phase|stage)\b|\b(?:phase|stage) before\b")
# The person's own role named ("what knowledge does my role need?", "ตำแหน่งผมต้องรู้อะไร"): not the unit before's.
_OWN_ROLE = lexicon.thai_pattern(r"\bmy (?:role|group|position|job)\b|(?:ตำแหน่ง|บทบาท|กลุ่ม|สายงาน|หน้าที่)\s?(?:ของ)?\s?"
                                 r"(?:ผม|ฉัน|หนู|ดิฉัน|เรา|กระผม)")
# What a phase brings that the one before did not, asked in English ("what's new compared to the previous phase?").
_NEW_VS = lexicon.thai_pattern(r"\bwhat'?s new\b|\bnew (?:compared (?:to|with)|vs\.?|versus)\b")
# A unit asked for by which one it is ("which unit covers…", "หน่วยไหนสอน…"): a search, when it names a topic.
_WHICH_UNIT = lexicon.thai_pattern(r"(?:หน่วย(?:สมรรถนะ)?|สมรรถนะ|unit)\s?(?:ไหน|ใด)|"
                                   r"\b(?:which|what) (?:units?|elements?|criteri(?:on|a)|competenc(?:y|ies))\b")
# After a role: its knowledge, experience, competencies ("แล้วประสบการณ์ล่ะ").
_ROLE_ABOUT = lexicon.thai_pattern(r"ความรู้|ประสบการณ์|คุณลักษณะ|"
                                   r"\b(?:knowledge|experiences?|attributes|competenc(?:y|ies))\b|"
                                   # the role's competencies asked alone ("สมรรถนะล่ะ"), not "ต้องมีสมรรถนะอะไร"
                                   r"^(?:แล้ว|ส่วน)?\s?สมรรถนะ\s?(?:ล่ะ|ละ|หละ|ด้วย)?\s?(?:ครับ|คับ|ค่ะ|คะ|จ้า)?$")
# What a role has and no unit lists: experience, attributes.
_EXPERIENCE = lexicon.thai_pattern(r"ประสบการณ์|คุณลักษณะ|\b(?:experiences?|attributes?)\b")
# A count that names the criteria ("มีเกณฑ์กี่ข้อ"), not the part just shown ("มีทั้งหมดกี่ข้อ").
_CRITERIA_NOUN = lexicon.thai_pattern(r"เกณฑ์|สมรรถนะย่อย|หน่วยย่อย|องค์ประกอบ")
SURE_PROFILE = 0.9  # a profile change this sure is one, even right after a role was shown
TITLE_NAMED = 85.0  # a title this close, written in the message, names its unit as its code would
# What "the next/previous one" is read as without a PMQA answer before it (a test's flow words).
_STEP_GUESSES = ("flow_stop", "flow_resume", "quiz_start", "help")
# The unit a code belongs to: DS700, DS701, DS701.3 → DS700; DL1001 → DL1000.
_UNIT_OF = re.compile(r"([A-Za-z]+\d*?)\d{2}(?:\.\d+)?")
_PREFIX = re.compile(r"[A-Za-z]+")


def _main_unit(codes: list[str]) -> str | None:
    """The unit most of a search's findings belong to, the best match (found first) counted twice; None when
    no unit holds more of them than all the others together (the answer then lists several as equals, and the
    one listed first is the one "หน่วยนี้" points at)."""
    counts: dict[str, int] = {}
    for n, code in enumerate(codes):
        if m := _UNIT_OF.fullmatch(code):
            counts[m[1] + "00"] = counts.get(m[1] + "00", 0) + (2 if n == 0 else 1)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] <= sum(ranked[1:]):
        return None
    return max(counts, key=lambda k: counts[k])


# A place in a list of units just shown ("ตัวที่สอง", "หน่วยที่ 3", "อันสุดท้าย", "the second one", "the last unit").
_LISTED_PLACE = lexicon.thai_pattern(
    r"(?:อัน|ตัว|หน่วย|รายการ)\s?(?:ที่)?\s?(แรก|สุดท้าย|หนึ่ง|สอง|สาม|สี่|ห้า|[1-5](?![\d.]))|"
    r"\bthe (first|second|third|fourth|fifth|last)(?: one| unit)?\b")
_PLACES = {bare(w): n for w, n in (("แรก", 0), ("หนึ่ง", 0), ("สอง", 1), ("สาม", 2), ("สี่", 3), ("ห้า", 4),
                                     ("สุดท้าย", -1), ("first", 0), ("second", 1), ("third", 2), ("fourth", 3),
                                     ("fifth", 4), ("last", -1))}


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    """A message as the follow-up checks read it (asked of each message more than once)."""
    return bare(fold(text))


def listed_place(u: Understanding) -> int | None:
    """The place (0-based; -1 the last) in a list of units just shown that a question about one of them names
    ("ตัวที่สองต้องรู้อะไร", "what evidence for the second one?"); None when it names none, or asks something else
    (a code of its own, a group's or a phase's needs)."""
    e = u.entities
    if u.codes_written() or e.get("unknown_codes") or not (
            u.intent in ("unknown", "unit_info", "search", "help") or
            (u.intent == "role_requirements" and not (e.get("group") or e.get("phase")))):
        return None
    folded = _folded(u.normalised or u.text)
    m = _LISTED_PLACE.search(folded) if len(folded.split()) <= _MAX_WORDS else None
    if m is None:
        return None
    word = (m[1] or m[2]).lower()
    return int(word) - 1 if word.isdigit() else _PLACES.get(word)


_REMINDER_INTENTS = ("reminder_set", "reminder_list", "reminder_cancel")
REMINDERS = "reminders"  # a topic's mark: the conversation is about one's reminders
# One named thing taken away ("ลบ DL200 ออก", "อันของ DS700 ไม่เอาแล้ว", "DT600 ไม่ต้องแล้ว", "remove DG500"): with the
# conversation on one's reminders, that unit's reminder.
_TAKEN_AWAY = lexicon.thai_pattern(
    r"ลบ|ยกเลิก|ไม่เอา|ไม่ต้อง\s?(?:แล้ว|ละ|เตือน|(?:ครับ|ค่ะ|คะ|นะ|จ้า|\s)*$)|(?:เอา|ตัด).{0,30}ออก|ถอน|เลิก|"
    r"\b(?:cancel|delete|remove|drop)\b")
# A swap is no removal ("ไม่เอา DS700 เอา DS600 แทน": the reminder moved to another unit, not both cancelled).
_INSTEAD = lexicon.thai_pattern(r"แทน|เปลี่ยน|\binstead\b")
# A question about the unit itself stays one ("DS700 ต้องมีหลักฐานอะไร", "ยกเลิกได้ไหม" is asked, not told).
_ASKED = lexicon.thai_pattern(r"อะไร|ไร|ไหน|ยังไง|อย่างไร|ไหม|มั้ย|หรือเปล่า|\?|\b(?:what|which|how)\b")
ANNOUNCING = "announcing"  # a topic's mark: the answer was how HR announces to many (campaigns on /admin)
REDATE = "redate"  # a topic's mark: the reminder's date was no real day, and the bot asked for another
_TOPIC_INTENTS = ("unit_info", "search", "role_requirements", "compare", "pmqa", "quiz_start", "reminder_set", "help")
_NEEDS_CODES = ("quiz_start", "reminder_set", "reminder_cancel", "progress")


def topic_of(u: Understanding) -> Topic | None:
    """What the next message may lean on; None when this one leaves nothing."""
    e = u.entities
    if u.intent not in _TOPIC_INTENTS:
        return None
    topic: Topic = {"intent": u.intent}
    codes = [c["code"] if isinstance(c, dict) else c for c in e.get("codes") or []]
    if codes and u.intent != "search":
        topic["codes"] = list(dict.fromkeys(codes))[:3]
        if (framework := _framework_of_every(e.get("codes") or [])) is not None:
            topic["framework"] = framework  # "DL200 ปี 67", then "แล้วเกณฑ์ล่ะ": still the 2567 standard's
        if u.intent == "unit_info" and e.get("aspect"):
            topic["aspect"] = e["aspect"]  # "มีกี่อย่าง" next counts this part of the unit
    elif u.intent == "search" and (unit := _main_unit(codes)) is not None:
        # A search that found mostly one unit (in either framework, by its parts): "ประเมินวิธีไหน" next asks about it.
        topic["codes"] = [unit]
    elif codes and (e.get("found") or u.intent == "search"):
        topic["codes"] = codes[:1]  # else its first result, listed first (units found by title too: "that one")
    for key in ("group", "phase"):
        if e.get(key):
            topic[key] = e[key]
    if u.intent == "help" and e.get("due"):
        topic["due"] = e["due"]  # HR's deadline for others: one's own reminder next may take the same day
    if u.intent == "help" and lexicon.ANNOUNCED.search(_folded(u.normalised or u.text)):
        topic[ANNOUNCING] = True  # "ส่งให้เฉพาะกลุ่มบริการได้ไหม" next asks whom an announcement reaches
    if u.intent == "reminder_set" and e.get("due_error"):
        topic[REDATE] = True  # "31 เม.ย. 70": "อ้าว… งั้น 30 เม.ย. 70" next is the date asked for
    if u.intent == "compare":  # the two groups (or phases) compared: "แล้วระยะกำลังพัฒนาล่ะ" compares them there
        for key in ("groups", "phases"):
            if len(e.get(key) or ()) == 2:
                topic[key] = list(e[key])
    for key in ("category", "item", "question", "level"):
        if e.get(key) is not None:
            topic.setdefault("pmqa", {})[key] = e[key]
    if u.intent == "pmqa" and e.get("aspect") and topic.get("pmqa"):
        topic["pmqa"]["aspect"] = e["aspect"]  # "7.5 ด้วย" after 7.3's indicators asks for 7.5's
    return topic if len(topic) > 1 else None


def _framework_of_every(refs: list[Any]) -> str | None:
    """The one framework every code of an answer was taken in (a framework named, a button of one
    framework pressed); None when any code stands for every framework that has it."""
    frameworks = {str(r.get("framework") or "") if isinstance(r, dict) else "" for r in refs}
    return frameworks.pop() if len(frameworks) == 1 and "" not in frameworks else None


def topic_refs(topic: Topic) -> list[dict[str, str]]:
    """The topic's codes as references (with its framework, when it names one)."""
    framework = topic.get("framework")
    return [{"code": c, "framework": framework} if framework else {"code": c} for c in topic.get("codes") or []]


# What is left of a search for "เทียบกับของ ก.พ. ล่ะ" once the framework's name is gone: no topic of its own.
_NO_TOPIC = lexicon.thai_pattern(r"แล้ว|เทียบ|ต่าง(?:กัน)?|เหมือน(?:กัน)?|ล่ะ|หรอ|\s")


def _in_other_framework(u: Understanding, folded: str, topic: Topic, catalog: Any) -> Understanding | None:
    """The topic's code in the one framework a short follow-up names: side by side with its other framework's
    when the follow-up compares, else that framework's unit (the part asked, or the one talked about)."""
    codes = topic.get("codes") or []
    if catalog is None or not codes or u.intent not in ("unknown", "search", "unit_info", "compare") or \
            (u.intent == "search" and len(_NO_TOPIC.sub("", bare(str(u.entities.get("query") or "")))) >= 3):
        return None
    framework, code = entities.one_framework(folded), str(codes[0])
    if framework is None or catalog.get(framework, code) is None:
        return None
    others = [n.framework for n in catalog.find(code) if n.framework != framework]
    if others and (lexicon.COMPARE.search(folded) or _DIFFERS.search(folded) or u.intent == "compare"):
        return replace(u, intent="compare", confidence=0.9, entities={
            "codes": [{"framework": others[0], "code": code}, {"framework": framework, "code": code}]})
    aspect = entities.aspect(folded) or (topic.get("aspect") if topic.get("intent") == "unit_info" else None)
    return replace(u, intent="unit_info", confidence=0.9,
                   entities={"codes": [{"framework": framework, "code": code}],
                             **({"aspect": aspect} if aspect else {})})


# The two units just talked about, pointed at ("สองหน่วยนี้", "ทั้งสองตัว", "these two", "both units").
_THESE_TWO = lexicon.thai_pattern(r"(?:สอง|2)\s?(?:หน่วย|อัน|ตัว|รหัส|ข้อ)?\s?(?:นี้|นั้น|ที่ว่า)|"
                                  r"ทั้ง\s?(?:สอง|2)\s?(?:หน่วย|อัน|ตัว|รหัส)?|"
                                  # "อันนี้ต่างจากอันเมื่อกี้ยังไง": this one and the one asked just before
                                  r"(?:หน่วย|อัน|ตัว|รหัส)\s?(?:ที่)?\s?(?:เมื่อกี้|เมื่อกี๊|ก่อนหน้า(?:นี้)?|ที่แล้ว|ที่ถามไป)|"
                                  r"\b(?:these|those|the) two\b|\bboth(?: units)?\b|"
                                  r"\b(?:the )?(?:previous|last|other) one\b|\bthe one before\b", re.IGNORECASE)


# Which framework or document a unit comes from, asked after it ("ของกรอบไหน", "อยู่มาตรฐานอะไร", "มาจากเอกสารไหน",
# "อ้างอิงจากหนังสือฉบับไหน"); no topic of its own.
_WHICH_SOURCE = lexicon.thai_pattern(r"^(?:แล้ว)?\s?(?:อันนี้|หน่วยนี้|ตัวนี้|ข้อนี้)?\s?(?:เป็น|อยู่|มา|อ้างอิง)?\s?(?:หน่วย)?\s?"
                                     r"(?:ของ|ใน|จาก|ตาม)?\s?(?:กรอบ|มาตรฐาน|เอกสาร|หนังสือ|ฉบับ|ประกาศ)\s?(?:ฉบับ)?\s?"
                                     r"(?:ไหน|ใด|อะไร|ไร)|\bwhich (?:framework|standard|document)\b")


# "กี่" counting hours, days, baht or people ("ต้องอบรมกี่ชั่วโมง", "ใช้เวลากี่วัน"): no count of the part just listed.
_COUNTED_IN_UNITS = lexicon.thai_pattern(r"กี่\s?(?:ชั่วโมง|ชม|นาที|วัน|สัปดาห์|อาทิตย์|เดือน|ปี|บาท|คน|ครั้ง|รุ่น|หลักสูตร)|"
                                         r"\bhow (?:many (?:hours|days|weeks|months|years|people|times)|long|much)\b")


# The person speaking of themself ("ของผม", "หนูต้อง…"): their own role, not the one talked about.
_FIRST_PERSON = lexicon.thai_pattern(r"ผม|ฉัน|หนู|ดิฉัน|กระผม|ของเรา|\b(?:i|my|me)\b")


def next_topic(u: Understanding, before: Topic | None) -> Topic | None:
    """The topic after ``u``: what it leaves (``topic_of``), else the one before; a unit asked right after another
    keeps the other as ``earlier``, for "สองหน่วยนี้ต่างกันยังไง" next. A reminder request marks the conversation as
    about one's reminders (``REMINDERS``) until another topic comes: "ลบอันของ DT600 ออก" next removes that one."""
    return _next_topic(u, before, topic_of(u))


def topic_after(u: Understanding, before: Topic | None) -> Topic | None:
    """``next_topic`` for a message that leaves a topic of its own (``topic_of``); None for one that leaves none."""
    topic = topic_of(u)
    return None if topic is None else _next_topic(u, before, topic)


def _next_topic(u: Understanding, before: Topic | None, topic: Topic | None) -> Topic | None:
    if u.intent in _REMINDER_INTENTS:
        marked = {**(topic or before or {}), REMINDERS: True}
        if not (topic or {}).get(REDATE):
            marked.pop(REDATE, None)  # (a date asked again only right after the impossible one)
        return marked
    if topic is None:
        return before
    if u.intent == "help" and before and not topic.get("codes"):
        # how HR announces, asked after DL200: marked so, and DL200 still the subject ("ต้องมีความรู้อะไรบ้าง" next)
        return {**before, **{k: v for k, v in topic.items() if k != "intent"}}
    earlier = (before or {}).get("codes") or []
    if u.intent in ("unit_info", "search") and topic.get("codes") and earlier:
        if earlier[0] not in topic["codes"]:
            topic = {**topic, "earlier": earlier[0]}
        elif (kept := (before or {}).get("earlier")) and kept not in topic["codes"]:
            # the same unit asked on ("DLit500" found, then "แล้วอันนี้มีเกณฑ์อะไร"): the one before it is still before
            topic = {**topic, "earlier": kept}
    return topic


def _redated(u: Understanding, now: datetime | None) -> dict[str, str] | None:
    """The day a message names with its number ("งั้น 30 เม.ย. 70", "เอาเป็น 1 พ.ค."), as a reminder's ``due`` (or its
    ``due_error`` when it is no real day either); None when it names none."""
    text = u.normalised or u.text
    if not any(ch.isdigit() for ch in text):
        return None
    try:
        due = parse_due(text, now=now, fallback=False)
    except ImpossibleDate as exc:
        return {"due_error": exc.written}
    return {"due": due.isoformat()} if due is not None else None


def _written_in_alternatives(u: Understanding) -> list[dict[str, str]]:
    """The codes a message writes that only its other readings carry ("DS600 ไม่เอาแล้ว" read as a cancel)."""
    written = (u.normalised or u.text).upper()
    found = [c for alt in u.alternatives for c in alt.entities.get("codes") or () if str(c["code"]).upper() in written]
    return list({(c.get("framework"), c["code"]): c for c in found}.values())


def _pair(topic: Topic) -> tuple[str, str] | None:
    """The two units "this one and the one before" point at: the unit asked and the one asked before it, or, right
    after two units were compared, those two ("อันนี้ต่างจากอันเมื่อกี้" after "DS700 กับ DS600": not understood, before)."""
    codes = topic.get("codes") or []
    if topic.get("earlier") and codes:
        return str(topic["earlier"]), str(codes[0])
    if topic.get("intent") == "compare" and len(codes) >= 2:
        return str(codes[0]), str(codes[1])
    return None


# Follow-ups repeat (the same message after the same topic, from many people): the last few thousand are kept, by
# the message's understanding (itself remembered: the same object each time, checked beside its id) and the topic
# as JSON. Not a topic that reads a date against the clock (REDATE).
_followed: Recent[tuple[int, int, bytes], tuple[Understanding, Any, Understanding]] = Recent(4096)


def follow_up(u: Understanding, topic: Topic | None, *, catalog: Any = None,
              now: datetime | None = None) -> Understanding:
    """``u`` completed from ``topic`` when it leans on it; ``u`` itself otherwise (``now``: the clock a date named
    is read against)."""
    if not topic:
        return u
    if topic.get(REDATE):
        return _follow_up(u, topic, catalog, now)
    try:
        key = (id(u), id(catalog), orjson.dumps(topic, option=orjson.OPT_SORT_KEYS))
    except TypeError:  # (a topic is kept as JSON: never, but then not remembered)
        return _follow_up(u, topic, catalog, now)
    known = _followed.get(key)
    if known is not None and known[0] is u and known[1] is catalog:
        return known[2]
    followed = _follow_up(u, topic, catalog, now)
    _followed.put(key, (u, catalog, followed))
    return followed


def _follow_up(u: Understanding, topic: Topic, catalog: Any, now: datetime | None) -> Understanding:
    e = dict(u.entities)
    folded = _folded(u.normalised or u.text)
    if topic.get(REDATE) and u.intent in ("unknown", "search", "unit_info", "reminder_set") and \
            not u.codes_written() and not e.get("due") and (dated := _redated(u, now)) is not None:
        # "อ้าว เม.ย. มี 30 วัน งั้น 30 เม.ย. 70" after "31 เม.ย. 70" was no real day: the reminder, on the day named now
        return replace(u, intent="reminder_set", confidence=max(u.confidence, 0.9),
                       entities={**({"codes": topic_refs(topic)} if topic.get("codes") else {}), **dated})
    if topic.get(ANNOUNCING) and lexicon.SOME_ONLY.search(folded) and not u.codes_written() and \
            u.intent in ("role_requirements", "profile_set", "role_overview", "search", "unknown", "help"):
        # "ส่งให้เฉพาะกลุ่มบริการได้ไหมคะ" after how HR announces to everyone: whom an announcement reaches (a segment),
        # not the group's units
        return replace(u, intent="help", confidence=max(u.confidence, 0.9), entities={"about": "segments"})
    pair = _pair(topic)
    if pair and not u.codes_written() and not e.get("unknown_codes") and \
            _THESE_TWO.search(folded) and (lexicon.COMPARE.search(folded) or _DIFFERS.search(folded)):
        # "สองหน่วยนี้ต่างกันยังไง" after CS300 then CS400: those two, side by side
        return replace(u, intent="compare", confidence=max(u.confidence, 0.9),
                       entities={k: v for k, v in e.items() if k not in ("query", "found", "aspect")} |
                       {"codes": [{"code": code} for code in pair]})
    if topic.get("codes") and not u.codes_written() and not e.get("unknown_codes") and \
            u.intent in ("unknown", "unit_info", "search") and _WHICH_SOURCE.search(folded):
        # "เป็นหน่วยของกรอบไหน", "มาจากเอกสารอะไร" after DLit101: where the unit talked about comes from, which its
        # overview says (searched for "กรอบ", or read as its evidence "เอกสาร", before)
        return replace(u, intent="unit_info", confidence=max(u.confidence, 0.9),
                       entities={"codes": topic_refs(topic), "aspect": "overview"})
    short = len(folded.split()) <= _MAX_WORDS
    # English writes its words apart, so a short English question has more of them ("what are the skills?")
    # (Thai writes few spaces: a long sentence in three chunks says what it is about itself.)
    few = len(folded.split()) <= 6 if folded.isascii() else len(folded.split()) <= 3 and len(folded) <= LEAN_CHARS
    leans = bool(_LEAN.search(folded)) or few
    # A search's codes are its results; a unit_info's codes may be guessed from words ("หลักฐานความรู้"
    # finds the units whose evidence says so): only a code typed, or a title written out, names one.
    named = [c for c in e.get("codes") or () if _named(c, u, catalog)] if u.intent != "search" else None
    if topic.get(REMINDERS) and u.intent in ("unit_info", "unknown", "cancel", "reminder_set") and \
            not e.get("aspect") and _TAKEN_AWAY.search(folded) and not _ASKED.search(folded) and \
            not _INSTEAD.search(folded) and \
            (removed := named or _written_in_alternatives(u)):
        # "ลบอันของ DT600 ออก", "อันของ DS700 ไม่ต้องแล้ว" under one's reminders: that unit's reminder removed
        return replace(u, intent="reminder_cancel", confidence=max(u.confidence, 0.9),
                       entities={"codes": [dict(c) for c in removed]})
    compares = u.intent == "compare" or (u.intent == "unit_info" and not e.get("aspect") and
                                         bool(lexicon.COMPARE.search(folded) or _DIFFERS.search(folded)))
    if compares and named and topic.get("codes") and leans and short and not e.get("unknown_codes") and \
            len({c["code"] for c in named}) == 1 and named[0]["code"] not in topic["codes"]:
        # "แล้วเทียบกับ DS600 ล่ะ", "ลองเทียบกับ DS600 ดู" after DS700: the unit before, beside the one named now
        return replace(u, intent="compare", confidence=max(u.confidence, 0.9),
                       entities={**{k: v for k, v in e.items() if k != "aspect"},
                                 "codes": _same_level(topic_refs(topic)[:1], named, catalog)})
    if u.intent == "unit_info" and named and topic.get("aspect") and topic.get("intent") == "unit_info" and \
            e.get("aspect") in (None, "overview", "description") and short and _CORRECTION.search(folded) and \
            topic["aspect"] != "overview" and (meant := _meant(u, named, topic)):
        # "เอ้ย ไม่ใช่ หมายถึง DS600" after DS700's evidence: the code mistyped, the question the same
        # ("หมายถึง" there is not "what does DS600 mean"); "ไม่ใช่ DS700 หมายถึง DS701": the one meant
        return replace(u, entities={**e, "codes": meant, "aspect": topic["aspect"]})
    if u.intent == "unit_info" and named and topic.get("aspect") and topic.get("intent") == "unit_info" and \
            not e.get("aspect") and short and _LEAN.search(folded) and \
            not {c["code"] for c in named} & set(topic.get("codes") or ()):
        # "แล้ว DS600 ล่ะ", "DS600 ด้วย" after DS700's evidence: the same part of the unit named now
        return replace(u, entities={**e, "aspect": topic["aspect"]})
    if not u.codes_written() and not e.get("unknown_codes") and topic.get("codes") and short and leans and \
            u.intent in ("unknown", "unit_info", "search", "help") and topic.get("intent") == "unit_info" and \
            (line := _nth_line(folded, topic, catalog)) is not None:
        # "ข้อ 2 คืออะไร" after DS700's knowledge: the second knowledge line listed (the second element, before)
        return replace(u, intent="unit_info", confidence=0.9,
                       entities={"codes": topic_refs(topic), "aspect": topic["aspect"], "line": line})
    if not e.get("codes") and not e.get("unknown_codes") and topic.get("codes") and short and leans and \
            u.intent in ("unknown", "unit_info", "search") and (sibling := _sibling(u, topic, catalog)):
        # "แล้ว 201 ล่ะ", "แล้ว สองร้อยหนึ่ง ล่ะ" after DL203: the code of the same prefix, the part asked or the one before
        aspect = entities.aspect(folded) or (topic.get("aspect") if topic.get("intent") == "unit_info" else None)
        codes = [{"code": sibling}]
        if (number := entities.part_number(folded)) is not None and (part := nth_part(codes, number, catalog)):
            # "ข้อ3ของ701" after DS700: the third criterion of DS701, not DS701 itself
            codes, aspect = part, (None if aspect in ("criteria", "overview") else aspect)
        return replace(u, intent="unit_info", confidence=0.9,
                       entities={"codes": codes, **({"aspect": aspect} if aspect else {})})
    if not u.codes_written() and not e.get("unknown_codes") and topic.get("codes") and short and leans and \
            u.intent in ("unknown", "unit_info", "search", "help") and (part := _nth_part(folded, topic, catalog)):
        # "ข้อ 2 ต้องทำไรบ้าง" after DL200's elements: the second element listed (of the framework shown)
        aspect = entities.aspect(folded)
        return replace(u, intent="unit_info", confidence=0.9,
                       entities={"codes": part, **({"aspect": aspect} if aspect else {})})
    if not u.codes_written() and not e.get("unknown_codes") and topic.get("codes") and short and leans and \
            u.intent in ("unknown", "unit_info", "search", "help") and (past := _past_the_end(folded, topic, catalog)):
        # "ข้อ 3 ล่ะ" after DT400 (two elements): that unit again, with the count said first, not "not understood"
        return replace(u, intent="unit_info", confidence=0.9,
                       entities={"codes": topic_refs(topic), "aspect": "criteria", "part_past_end": past})
    if topic.get("pmqa") and u.intent == "search" and not named and e.get("query") and \
            lexicon.PMQA_INDICATORS.search(folded):
        # "ตัวชี้วัดเรื่องนวัตกรรมอยู่ข้อไหน" while on PMQA: category 7's measures, not the competency units
        return replace(u, intent="pmqa", confidence=0.9,
                       entities={"category": 7, "aspect": "indicators", "query": e["query"]})
    if named or e.get("unknown_codes") or not short or _finds_own_topic(u, folded) or e.get("topic_units"):
        return u  # ("ขอประเมินตนเองเรื่องสำรองข้อมูล" names its own topic: not the unit talked about before)
    if leans and (switched := _in_other_framework(u, folded, topic, catalog)) is not None:
        return switched  # "เทียบกับของ ก.พ. ล่ะ", "ของปี 61 ล่ะ" after DS700 of 2567
    if u.intent in _NEEDS_CODES and topic.get("codes") and \
            not (u.intent == "reminder_cancel" and lexicon.REMOVE_LISTED.search(folded)):
        # ("ลบอันที่ 2" points at a place in the list shown, not at the unit talked about)
        dated = {"due": topic["due"]} if u.intent == "reminder_set" and topic.get("due") and \
            not (e.get("due") or e.get("due_error")) else {}
        return replace(u, entities={**e, "codes": topic_refs(topic), **dated})
    if u.intent == "compare" and topic.get("codes") and not any(e.get(k) for k in ("groups", "phases", "aspects")):
        return replace(u, entities={**e, "codes": topic_refs(topic)})  # "อันเก่ากับอันใหม่ต่างกันยังไง" after DL201
    # (a unit the message names by its title: "ทักษะการใช้ข้อมูล คืออะไร" names a skill, asks no skills section)
    aspect = entities.aspect_past_skill_names(folded) if u.intent == "unit_info" and e.get("codes") and \
        not u.codes_written() else entities.aspect(folded)
    if topic.get("codes") and topic.get("aspect") and leans and lexicon.COUNT.search(folded) and \
            not _COUNTED_IN_UNITS.search(folded) and \
            (aspect is None or (aspect == "criteria" and not _CRITERIA_NOUN.search(folded))) and \
            u.intent in ("unit_info", "search", "unknown"):  # "มีกี่อย่าง", "มีทั้งหมดกี่ข้อ" after DS700's knowledge
        return replace(u, intent="unit_info", confidence=0.9,
                       entities={"codes": topic_refs(topic), "aspect": topic["aspect"]})
    # "ต้องมีความรู้อะไรบ้าง" after DS700 is DS700's knowledge, not the person's role, unless it names a role (or asks
    # its experience, which no unit lists: "ความรู้กับประสบการณ์ที่ผมต้องมีล่ะครับ")
    of_unit = ("unit_info", "search", "unknown", "help") if e.get("group") or e.get("phase") or \
        _OWN_ROLE.search(folded) or (u.intent == "role_requirements" and _EXPERIENCE.search(folded)) else \
        ("unit_info", "search", "unknown", "help", "role_requirements")
    if topic.get("codes") and aspect and leans and u.intent in of_unit:
        return replace(u, intent="unit_info", confidence=0.9, entities={"codes": topic_refs(topic), "aspect": aspect})
    if (compared := _compared_with_topic(u, folded, topic)) is not None:
        return compared
    if u.intent == "phase_info" and len(e.get("phases") or ()) == 2 and topic.get("group") and \
            not e.get("group") and e.get("aspect") != "same":
        # "ระยะแรกกับระยะสองต่างกันไง" after a group's role: the two phases compared for that group
        return replace(u, intent="compare", confidence=0.9,
                       entities={"group": topic["group"], "phases": list(e["phases"])})
    if _LEAN.search(folded) and (again := _comparison_elsewhere(u, topic)) is not None:
        return again
    if topic.get("group") and topic.get("phase") and leans and _ROLE_ABOUT.search(folded) and \
            not (e.get("group") or e.get("phase")) and \
            u.intent in ("role_requirements", "unknown", "search", "unit_info"):  # "แล้วประสบการณ์ล่ะ"
        # (a role named in the message is that role: "ผอ.กอง ระยะพัฒนาแล้ว ต้องมีความรู้และทักษะอะไร" after another)
        return replace(u, intent="role_requirements", confidence=0.9,
                       entities={"group": topic["group"], "phase": topic["phase"], "aspect": "description"})
    if topic.get("group") and topic.get("phase") in PHASES and not e.get("phase") and not e.get("phases") and \
            u.intent in ("role_requirements", "phase_info", "unknown", "search", "help") and \
            (step := _phase_step(folded)):
        # "แล้วระยะถัดไปล่ะ", "ระยะก่อนหน้าล่ะ" after a role: the same group one phase on (or back); past either end,
        # the phase shown is the last (or first), which the answer says. What is added ("ระยะต่อไปต้องเพิ่มอะไร"):
        # what that phase adds; what is added over the phase before ("เพิ่มจากระยะก่อนหน้า"): the phase shown adds
        added = bool(lexicon.ADDED.search(folded) or _NEW_VS.search(folded))
        step = 0 if added and step < 0 else step
        at = PHASES.index(topic["phase"]) + step
        phase = PHASES[at] if 0 <= at < len(PHASES) else topic["phase"]
        return replace(u, intent="role_requirements", confidence=0.9,
                       entities={"group": e.get("group") or topic["group"], "phase": phase,
                                 **({"aspect": "added"} if added else {}),
                                 **({} if 0 <= at < len(PHASES) else {"phase_end": "last" if step > 0 else "first"})})
    if topic.get("group") and topic.get("phase") in PHASES and \
            not any(e.get(k) for k in ("group", "phase", "phases")) and \
            (u.intent in ("role_requirements", "unknown", "search") or
             (u.intent == "unit_info" and not named)) and short and lexicon.ADDED.search(folded):
        # "ที่เพิ่มมามีอะไรบ้าง" after a group's role in a phase: what that phase adds over the one before
        return replace(u, intent="role_requirements", confidence=0.9,
                       entities={"group": topic["group"], "phase": topic["phase"], "aspect": "added"})
    if topic.get("group") and u.intent == "role_requirements" and e.get("phase") and e.get("aspect") == "added" and \
            not e.get("group") and not e.get("own_phase") and not _OWN_ROLE.search(folded) and \
            not _FIRST_PERSON.search(folded):
        # "ระยะพัฒนาแล้วต้องมีอะไรเพิ่มจากระยะกำลังพัฒนา" after a group's role, however long: that group's (the
        # person was asked for a group, before)
        return replace(u, entities={**e, "group": topic["group"]})
    sure_profile = u.intent == "profile_set" and u.confidence >= SURE_PROFILE  # "ตั้งค่าโปรไฟล์ …", "ผมเป็น…"
    # another group's role asked right after one in a phase, however long its name: in the same phase
    another_group = u.intent == "role_requirements" and bool(e.get("group")) and not e.get("phase") and short
    if (topic.get("group") or topic.get("phase")) and (leans or another_group) and not sure_profile and \
            u.intent in ("role_requirements", "profile_set", "unknown", "search"):
        group, phase = e.get("group"), e.get("phase")
        if group or phase:
            # "ระยะเรา…" points at the person's own phase (the profile's), not at the one talked about
            before = None if e.get("own_phase") else topic.get("phase")
            filled = {**e, "group": group or topic.get("group"), "phase": phase or before}
            return replace(u, intent="role_requirements", confidence=0.9,
                           entities={k: v for k, v in filled.items() if v and k != "agency"})
    pmqa = topic.get("pmqa")
    if pmqa and pmqa.get("category") and _THIS_CATEGORY.search(folded) and short and \
            not any(e.get(k) for k in ("category", "item", "question")):
        # "หัวข้อย่อยของหมวดนี้", "this category's items" after a PMQA category: that category (at the level said:
        # "ระดับ Advance ของหมวดนี้ล่ะ")
        level = {"level": e["level"]} if e.get("level") else {}
        return replace(u, intent="pmqa", confidence=0.9, entities={"category": pmqa["category"], **level})
    if pmqa and u.intent == "pmqa" and e.get("item") and pmqa.get("item") and e["item"] != pmqa["item"] and \
            _LEAN.search(folded) and e.get("question") is None and not e.get("level") and not e.get("aspect"):
        # "แล้ว 2.4 ล่ะ", "4.2 ด้วย" after an item's level or indicators: that part of the item named now
        carried = {k: pmqa[k] for k in ("level", "aspect") if pmqa.get(k)}
        if carried:
            return replace(u, entities={**e, **carried})
    if pmqa and u.intent == "pmqa" and e.get("category") and pmqa.get("level") and \
            e["category"] != pmqa.get("category") and _LEAN.search(folded) and \
            not any(e.get(k) for k in ("item", "question", "level", "levels", "aspect")):
        # "แล้วหมวด 5 ล่ะ" after category 4 at Advance: category 5 at that level too
        return replace(u, entities={**e, "level": pmqa["level"]})
    if pmqa and leans and _leans_on_pmqa(u, folded):
        return replace(u, intent="pmqa", confidence=0.9, entities=_pmqa(folded, e, pmqa, catalog))
    return u


def _phase_step(folded: str) -> int:
    """+1 for the next phase asked ("ระยะถัดไป", "next phase"), -1 for the one before, 0 for neither."""
    return 1 if _NEXT_PHASE.search(folded) else -1 if _PREVIOUS_PHASE.search(folded) else 0


def _finds_own_topic(u: Understanding, folded: str) -> bool:
    """A search asking where a topic of its own is ("which unit covers cloud?", "data pipeline อยู่หน่วยไหน"):
    it looks for that topic, not for a part of the unit before ("covers" is no overview of it, nor "หน่วยไหน")."""
    query = bare(str(u.entities.get("query") or ""))
    if not (u.intent == "search" and bool(lexicon.WHERE_IS.search(folded) or _WHICH_UNIT.search(folded)) and
            len(query.replace(" ", "")) >= 3):
        return False
    squashed = query.replace(" ", "")
    if (part := entities.aspect(squashed)) is not None and \
            len(_YES_NO_TAIL.sub("", lexicon.ASPECTS[part].sub("", squashed))) < _PART_REST:
        return False  # "ต้องผ่านหน่วยไหนมาก่อน": a part asked nearly alone, its words cut apart in the query
    query = lexicon.KNOWLEDGE_COMPOUND.sub(" ", query)
    # A part's word inside a topic of several other words ("การตรวจสอบการปฏิบัติตามกฎหมายและธรรมาภิบาลข้อมูล อยู่
    # หน่วยไหน") is the topic's; a part asked nearly alone ("กฎหมายที่เกี่ยวข้องอยู่ข้อไหน") is the unit before's.
    return entities.aspect(query) is None or \
        sum(1 for word in query.split() if entities.aspect(word) is None) >= 3


def _sibling(u: Understanding, topic: Topic, catalog: Any) -> str | None:
    """The code a number alone names beside the code before it: the same prefix ("201" after DL203 is DL201)."""
    number = bare_number(u.normalised or u.text)
    prefix = _PREFIX.match(str(topic["codes"][0]))
    if catalog is None or prefix is None or number is None:
        return None
    code = prefix[0] + number
    return code if catalog.find(code) else None


# The parts of a unit listed line by line, a number of which points at one line.
_LISTED_LINES = ("knowledge", "skills")


def _nth_line(folded: str, topic: Topic, catalog: Any) -> int | None:
    """The line a number points at in the knowledge or skills list the topic's answer showed (one code, the number
    within the list, no other part named); None for anything else."""
    number, codes, aspect = entities.part_number(folded), topic.get("codes") or [], topic.get("aspect")
    if catalog is None or number is None or len(codes) != 1 or aspect not in _LISTED_LINES or \
            entities.aspect(folded) not in (None, "overview", aspect):  # ("คืออะไร" asks what the line is)
        return None
    framework = topic.get("framework")
    nodes = [catalog.get(framework, codes[0])] if framework else list(catalog.find(codes[0]))
    lines = [catalog.unit_of(n).details.get(aspect) for n in nodes if n is not None]
    listed = [ls for ls in lines if isinstance(ls, (list, tuple)) and all(isinstance(x, str) for x in ls)]
    return int(number) if any(1 <= int(number) <= len(ls) for ls in listed) else None


def _nth_part(folded: str, topic: Topic, catalog: Any) -> list[dict[str, str]] | None:
    """The part a number points at in the list the topic's answer showed: a unit's n-th element, an
    element's n-th criterion (in the topic's framework, else in each framework shown); None for anything else."""
    number = entities.part_number(folded)
    codes = topic.get("codes") or []
    if catalog is None or number is None or len(codes) != 1:
        return None
    framework = topic.get("framework")
    return nth_part([{"code": codes[0], **({"framework": framework} if framework else {})}], number, catalog)


def _past_the_end(folded: str, topic: Topic, catalog: Any) -> str | None:
    """The number a part is asked by ("ข้อ 3") when the one code the topic names has fewer parts than that."""
    number = entities.part_number(folded)
    codes = topic.get("codes") or []
    if catalog is None or number is None or len(codes) != 1:
        return None
    framework = topic.get("framework")
    nodes = [catalog.get(framework, codes[0])] if framework else list(catalog.find(codes[0]))
    listed = [getattr(n, "elements", None) or getattr(n, "criteria", None) or () for n in nodes if n is not None]
    return number if listed and any(listed) and all(int(number) > len(parts) for parts in listed) else None


def nth_part(refs: list[dict[str, str]], number: str, catalog: Any) -> list[dict[str, str]] | None:
    """Part ``number`` of the one code ``refs`` name (each framework's meaning, or the one framework given): a
    unit's n-th element, an element's n-th criterion; None when the code has no such part."""
    if len({r["code"] for r in refs}) != 1:
        return None
    nodes = [n for r in refs for n in ([catalog.get(r["framework"], r["code"])] if r.get("framework")
                                       else list(catalog.find(r["code"]))) if n is not None]
    parts = []
    for node in nodes:
        listed = getattr(node, "elements", None) or getattr(node, "criteria", None) or ()
        if int(number) <= len(listed):
            parts.append({"framework": listed[int(number) - 1].framework, "code": listed[int(number) - 1].code})
    if not parts:
        return None
    if len({p["code"] for p in parts}) == 1 and len(parts) == len(nodes) and not any(r.get("framework") for r in refs):
        return [{"code": parts[0]["code"]}]  # the same code in every framework shown: each meaning, as shown
    return parts


def _compared_with_topic(u: Understanding, folded: str, topic: Topic) -> Understanding | None:
    """One side of a comparison, the other the role just shown ("ต่างจากระยะกำลังพัฒนายังไง" after the
    executives' early phase): the two roles side by side; None for anything else."""
    e = u.entities
    if u.intent not in ("role_requirements", "compare", "unknown") or \
            not (lexicon.COMPARE.search(folded) or _DIFFERS.search(folded)) \
            or not (topic.get("group") and topic.get("phase")) or e.get("groups") or e.get("phases"):
        return None
    group, phase = e.get("group"), e.get("phase")
    if e.get("aspect") == "added":  # "ระยะกำลังพัฒนาเพิ่มอะไรเทียบกับระยะก่อน": what that phase adds, for the group shown
        return replace(u, intent="role_requirements", entities={**e, "group": topic["group"]}) if phase and not group \
            else None
    if phase and not group and phase != topic["phase"]:
        return replace(u, intent="compare", confidence=0.9,
                       entities={"group": topic["group"], "phases": [topic["phase"], phase]})
    if group and not phase and group != topic["group"]:
        return replace(u, intent="compare", confidence=0.9,
                       entities={"groups": [topic["group"], group], "phase": topic["phase"]})
    return None


def _comparison_elsewhere(u: Understanding, topic: Topic) -> Understanding | None:
    """After two groups compared in a phase, another phase alone ("แล้วระยะกำลังพัฒนาล่ะ"): the same two groups in
    it; after two phases compared for a group, another group alone: the same two phases for it. None otherwise."""
    e = u.entities
    if topic.get("intent") != "compare" or u.intent not in ("role_requirements", "unknown", "search", "compare") or \
            e.get("groups") or e.get("phases") or (e.get("group") and e.get("phase")):
        return None
    if topic.get("groups") and e.get("phase") and e["phase"] != topic.get("phase"):
        return replace(u, intent="compare", confidence=0.9, entities={"groups": topic["groups"], "phase": e["phase"]})
    if topic.get("phases") and e.get("group") and e["group"] != topic.get("group"):
        return replace(u, intent="compare", confidence=0.9, entities={"phases": topic["phases"], "group": e["group"]})
    return None


def _meant(u: Understanding, named: list[Any], topic: Topic) -> list[Any]:
    """The codes a correction means: those named after "หมายถึง/meant" when it says so ("ไม่ใช่ DS700 หมายถึง
    DS701"), else those named that are not the topic's (none: no correction of the code)."""
    typed = (u.normalised or u.text).upper()
    cut = max(typed.rfind("หมายถึง"), typed.rfind("MEANT"))
    after = [c for c in named if cut >= 0 and str(c["code"]).upper() in typed[cut:]]
    return after or [c for c in named if c["code"] not in set(topic.get("codes") or ())]


def _same_level(before: list[dict[str, str]], named: list[Any], catalog: Any) -> list[Any]:
    """The part talked about (a criterion or an element) compared with a unit named now ("เทียบกับหน่วยข้างๆ DT400"
    after DT501.2): its unit beside that unit, in the part's framework when the named unit is there too (DT400 is
    another competency in the 2567 standard). As they were otherwise."""
    if catalog is None or len(before) != 1:
        return [*before, *named]
    ref = before[0]
    parts = [catalog.get(ref["framework"], ref["code"])] if ref.get("framework") else list(catalog.find(ref["code"]))
    parts = [p for p in parts if p is not None]
    if len(parts) != 1 or not isinstance(parts[0], (Criterion, Element)):
        return [*before, *named]
    part = parts[0]
    named_nodes = [n for c in named for n in catalog.find(c["code"] if isinstance(c, dict) else c)]
    if not named_nodes or not all(isinstance(n, Unit) for n in named_nodes):
        return [*before, *named]
    unit = catalog.unit_of(part)
    if any(n.code == unit.code for n in named_nodes):
        return [*before, *named]  # (its own unit: the part within it, as asked)
    same = [{"framework": part.framework, "code": n.code} for n in named_nodes if n.framework == part.framework]
    return [{"framework": unit.framework, "code": unit.code}, *(same[:1] or named)]


def _named(code: Any, u: Understanding, catalog: Any) -> bool:
    """Whether the message names ``code`` itself: the code typed, or its title written out."""
    ref = code if isinstance(code, dict) else {"code": code}
    typed = (u.normalised or u.text).upper().replace(" ", "")
    if catalog is None or str(ref.get("code", "")).upper() in typed:
        return True
    nodes = [catalog.get(ref["framework"], ref["code"])] if ref.get("framework") else catalog.find(ref["code"])
    if entities.part_number(bare(fold(u.normalised or u.text))) is not None and \
            any(whole.upper() in typed for node in nodes if node is not None for whole in _wholes(node, catalog)):
        return True  # "ข้อ 3 ของ DS701": DS701.03, a part of the code typed, by its place
    message = squash(u.normalised or u.text)
    titles = [squash(node.title_th) for node in nodes if node is not None]
    # the title, most of it at least, in the message: a word of a long title ("กฎหมาย") names nothing
    return any(len(t) <= 1.5 * len(message) and fuzz.partial_ratio(t, message) >= TITLE_NAMED for t in titles)


def _wholes(node: Any, catalog: Any) -> tuple[str, ...]:
    """The codes a node is a part of: its element (for a criterion) and its unit."""
    element = node.code.rsplit(".", 1)[0] if "." in node.code else None
    return (*((element,) if element else ()), catalog.unit_of(node).code)


def _leans_on_pmqa(u: Understanding, folded: str) -> bool:
    """Only a PMQA message without a reference of its own (or one that says only a level) leans on the
    last PMQA answer: a message that names a category, item, question, group, phase or a topic of its
    own ("PMQA ข้อที่ว่าด้วยความปลอดภัยไซเบอร์") is its own."""
    e = u.entities
    if any(e.get(key) is not None for key in ("category", "item", "question", "group", "phase")):
        return False
    asks_more = bool(entities.pmqa(folded).get("level") or _NEXT.search(folded) or _PREVIOUS.search(folded)
                     or _WHICH_LEVEL.search(folded)
                     or lexicon.PMQA_INDICATORS.search(folded) or entities.question_number(folded)
                     or entities.item_number(folded))
    if (e.get("query") is not None or lexicon.PMQA.search(folded)) and not asks_more:
        return False  # "PMQA คืออะไร" after 4.4.2 asks about PMQA itself; "ข้อที่ว่าด้วย…" names its own topic
    if u.intent == "pmqa":
        return True
    if (_NEXT.search(folded) or _PREVIOUS.search(folded)) and u.intent in _STEP_GUESSES:
        return True  # "ข้อก่อนหน้าล่ะ" is no stop, "แล้วข้อที่แล้วล่ะ" no resume of a test: a step through PMQA
    # A message nobody understood leans only when it asks for more of the same ("Advance ล่ะ", "ข้อถัดไป"):
    # "ทำแล้ว", "ไม่แน่ใจ" typed after an overview are no PMQA questions, and got the same overview again.
    return u.intent in ("search", "unknown") and asks_more


def _pmqa(folded: str, e: dict[str, Any], before: dict[str, Any], catalog: Any) -> dict[str, Any]:
    found = entities.pmqa(folded)
    out = {k: v for k, v in before.items() if k not in ("level", "aspect", "levels", "level_from")}
    for key in ("level", "levels", "level_from"):  # "ถ้าจะขึ้นจาก Basic เป็น Advance ล่ะ" after 4.2: both levels said
        if found.get(key):
            out[key] = found[key]
    if lexicon.PMQA_INDICATORS.search(folded):
        out["aspect"] = "indicators"
    if (n := entities.item_number(folded)) and out.get("category") and not _NEXT.search(folded):
        # "แล้วประเด็นที่สี่ล่ะ" after 2.3 (or category 2): the category's item of that number
        return {"category": out["category"], "item": f"{out['category']}.{n}"}
    if (n := entities.question_number(folded)) and out.get("item") and not _NEXT.search(folded):
        out.pop("level", None)  # "แล้วข้อที่ 2 ล่ะ": the item's question of that number
        return {**out, "question": f"{out['item']}.{n}"}
    if (n := entities.question_number(folded)) and out.get("category") and not _NEXT.search(folded):
        return {"category": out["category"], "item": f"{out['category']}.{n}"}  # "ข้อ 2 คืออะไร" after a category
    step = 1 if _NEXT.search(folded) else -1 if _PREVIOUS.search(folded) else 0
    if step and catalog is not None:
        out.pop("level", None)
        if out.get("question"):
            moved = _step(_question_codes(catalog), str(out["question"]), step)
            if moved:
                out.update(question=moved, item=moved.rsplit(".", 1)[0])
        elif out.get("item"):
            moved = _step(_item_codes(catalog), str(out["item"]), step)
            if moved:
                out["item"] = moved
        elif out.get("category") and 1 <= int(out["category"]) + step <= len(catalog.pmqa_categories):
            out["category"] = int(out["category"]) + step  # after a category's overview: the next (or previous) one
            if before.get("level") and not found.get("level"):
                out["level"] = before["level"]  # (at the level it was read at: "แล้วหมวดถัดไปล่ะ" after 1 at Advance)
    return out


def _item_codes(catalog: Any) -> list[str]:
    return [i.code for c in catalog.pmqa_categories for i in c.items]


def _question_codes(catalog: Any) -> list[str]:
    return [q.code for c in catalog.pmqa_categories for i in c.items for q in i.questions]


def _step(codes: list[str], code: str, step: int) -> str | None:
    """The code ``step`` places from ``code`` in reading order (None past either end)."""
    at = codes.index(code) + step if code in codes else -1
    return codes[at] if 0 <= at < len(codes) else None
