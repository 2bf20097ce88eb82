"""A framework's competency areas (ด้าน): how many there are and which, and the units of one area.

"ทักษะดิจิทัลของข้าราชการมีกี่ด้าน", "มีทั้งหมดกี่หน่วย", "ด้าน Digital Literacy มีหน่วยอะไรบ้าง", "DLit มีกี่หน่วย".
The OCSC letter's 7 areas and 39 units lead (the letter every civil servant is measured by); the 2567 standard's
areas when it is named ("มาตรฐานสมรรถนะผู้บริหารไอที มีกี่ด้าน"), and one line pointing to it otherwise.
"""

from __future__ import annotations

import re

from bot.dialog.actions import node_action, text_action
from bot.dialog.answers.common import BULLET, short_framework, source_at
from bot.dialog.limits import MAX_BUTTONS, button
from bot.dialog.phrases import say
from bot.dialog.replies import Button, Reply
from content.catalog import Catalog
from content.model import Area
from intents import entities, lexicon
from intents.normalise import YEAR, bare
from intents.result import Understanding

LETTER = "ocsc-2561"
STANDARD = "std-2567"
_YEAR = {LETTER: "2561", STANDARD: "2567"}  # how a button's text names the framework (a button holds 64 bytes)

# The areas asked after, counted or listed ("มีกี่ด้าน", "ด้านอะไรบ้าง", "ทั้ง 7 ด้าน", "มีทั้งหมดกี่หน่วย").
AREAS_ASKED = lexicon.compile_any(
    r"กี่\s?ด้าน|ด้าน\s?(?:ใด|อะไร|ไหน|ไร)\s?บ้าง|(?:ทั้ง|มี)\s?(?:7|๗|เจ็ด)\s?ด้าน|"
    r"(?:มี|ทั้งหมด|รวม)\S{0,8}\s?กี่\s?หน่วย|หน่วย(?:ความสามารถ|สมรรถนะ)?\s?ทั้งหมด\s?(?:กี่|มี)|^กี่\s?หน่วย|"
    r"แบ่ง(?:ออก)?(?:เป็น)?\s?(?:กี่\s?)?ด้าน",
    lexicon.word("how many (?:competency )?(?:areas|units)", "which areas", "what areas"))
# One area's units asked for ("DLit มีหน่วยอะไรบ้าง", "ด้านผู้นำดิจิทัล มีกี่หน่วย").
UNITS_LISTED = lexicon.compile_any(
    r"หน่วย\S{0,14}\s?(?:อะไร|ไหน|ใด|ไร)\s?(?:บ้าง)?|กี่\s?หน่วย|มีอะไรบ้าง|มีไรบ้าง|ประกอบด้วย",
    lexicon.word("which units", "what units", "how many units", "units?"))  # ("any unit on digital leadership?")
# A framework's units asked for as a whole ("มาตรฐาน 2567 มีหน่วยอะไรบ้าง", "ขอทราบหน่วยสมรรถนะตามมาตรฐานผู้บริหาร 2567").
_WHOLE_LIST = lexicon.compile_any(r"(?:ขอ\s?(?:ทราบ|ดู|รายการ)|รายการ|ทั้งหมด)\S{0,6}\s?หน่วย|"
                                  r"หน่วย\S{0,10}\s?(?:ทั้งหมด|ตาม|ใน|ของ)",
                                  lexicon.word("list (?:of )?(?:the )?units", "all (?:the )?units", "units (?:of|in)"))
# An area asked what it is ("DS คืออะไร", "DT ย่อมาจากอะไร", "what is DLit"): by its prefix standing alone.
_AREA_WHAT = lexicon.compile_any(r"คือ\s?(?:อะไร|อะรัย|ไร|อัลไล)|หมายถึง|ย่อ\s?มา\s?จาก|แปลว่า|(?:กับ|และ).{0,12}ต่างกัน",
                                 lexicon.word("what is", "what's", "what are", "stand for", "stands for", "mean"))
# The 2567 standard named by what it is for ("มาตรฐานผู้บริหารไอที"), besides the names understanding knows.
_STANDARD_NAMED = lexicon.compile_any(r"มาตรฐาน\S{0,12}ผู้บริหาร|ผู้บริหาร(?:เทคโนโลยีสารสนเทศ|ไอที|\s?it)\s?ระดับสูง")
# An area's prefix standing alone: not the start of a code or a document's code ("DG-EJJM-026").
_TOPIC_AFTER = re.compile(r"เกี่ยว|เรื่อง|about", re.IGNORECASE)  # "DT ตัวไหนเกี่ยวกับ API" seeks a topic
_AREA_CODE = re.compile(r"(?<![A-Za-z0-9-])(DLit|DTr|DUS|SPM|DG|DT|DS|DL|CS)(?![A-Za-z0-9-])", re.IGNORECASE)


# What an area is also called, beside its titles: "การรู้ดิจิทัล" is Digital Literacy in Thai.
_ALSO_CALLED = {"DLit": ("การรู้ดิจิทัล",)}
# Words beside an area's name that ask nothing else ("digital literacy units", "ด้านการรู้ดิจิทัล ครับ").
_BESIDE_NAME = re.compile(bare(r"\b(?:the|units?|areas?|skills?|competenc(?:y|ies))\b|หน่วย(?:สมรรถนะ|ความสามารถ)?|"
                               r"ด้าน|ทักษะ|ความสามารถ|ครับ|ค่ะ|คะ|นะ|[\s?.!]"), re.IGNORECASE)


def framework_named(text: str) -> str | None:
    plain = bare(text)
    if _STANDARD_NAMED.search(plain):
        return STANDARD
    return entities.one_framework(plain)


def area_named(text: str, catalog: Catalog, framework: str | None) -> Area | None:
    """The one area the message names: by its prefix alone ("DLit") or its English or Thai title."""
    within = [a for a in catalog.areas if framework in (None, a.framework)]
    prefix = _AREA_CODE.search(text)
    if prefix is not None:
        found = [a for a in within if a.code.lower() == prefix[1].lower()]
        found.sort(key=lambda a: a.framework != LETTER)  # a prefix both have ("DS"): the letter's first
        return found[0] if found else None
    lowered, plain = text.lower(), bare(text)
    for area in within:
        if area.title_en and area.title_en.split(",")[0].lower() in lowered:  # "Digital Governance" is DG's
            return area
        title = bare(area.title_th)
        short = title.removeprefix(bare("ความสามารถ"))
        if (len(short) >= 8 and short in plain) or any(bare(name) in plain for name in _ALSO_CALLED.get(area.code, ())):
            return area
    return None


def _names(area: Area) -> list[str]:
    """How an area may be typed: its English title (before a comma), its Thai title, what else it is called."""
    thai = bare(area.title_th).removeprefix(bare("ความสามารถ"))
    return [bare(n).lower() for n in (area.title_en.split(",")[0], thai, *_ALSO_CALLED.get(area.code, ())) if n]


def named_alone(text: str, catalog: Catalog) -> bool:
    """Whether the message is an area's name and nothing else ("digital literacy", "การรู้ดิจิทัล"): its units."""
    area = area_named(text, catalog, framework_named(text))
    if area is None:
        return False
    rest = bare(text).lower()
    for name in _names(area):
        rest = rest.replace(name, " ")
    return not _BESIDE_NAME.sub("", rest)


# Read as these, a question about the areas has no answer of its own: no code, group or phase in it.
_TAKEN_FOR = frozenset({"unknown", "search", "help", "unit_info"})


def asked_by(understanding: Understanding, catalog: Catalog) -> bool:
    """Whether the message asks about the areas (or one area's units) and nothing else took it. A group's
    requirements ("ต้องมีกี่หน่วย") are the role's units, unless the 2567 standard is what is named
    ("มาตรฐานผู้บริหารไอทีมีกี่หน่วย": the standard for executives, not the executive group)."""
    text = understanding.text
    # "DS 800 คืออะไร": a code that does not exist, not the area DS ("DTr ของ ก.พ. 2561", a prefix beside a year, is)
    if understanding.codes_written() or \
            any(not YEAR.fullmatch(code[-4:]) for code in understanding.entities.get("unknown_codes") or ()):
        return False
    if understanding.intent not in _TAKEN_FOR and not (
            understanding.intent == "role_requirements" and framework_named(text) == STANDARD):
        return False
    return asked(text, catalog) or (understanding.intent == "unknown" and named_alone(text, catalog))


def asked(text: str, catalog: Catalog) -> bool:
    """Whether a message asks about the areas, or one area's units."""
    plain = bare(text)
    if AREAS_ASKED.search(plain):
        return True
    framework = framework_named(text)
    if _AREA_WHAT.search(plain) and _AREA_CODE.search(text) and _TOPIC_AFTER.search(text) is None:
        return area_named(text, catalog, framework) is not None
    if not (UNITS_LISTED.search(plain) or _WHOLE_LIST.search(plain)):
        return False
    if area_named(text, catalog, framework) is not None:
        return UNITS_LISTED.search(plain) is not None
    # no area: "มาตรฐาน 2567 มีหน่วยอะไรบ้าง" asks for that framework's areas and their units
    return framework is not None and _TOPIC_AFTER.search(text) is None


def answer(text: str, catalog: Catalog, language: str) -> list[Reply]:
    framework = framework_named(text)
    area = area_named(text, catalog, framework)
    named = _areas_by_prefix(text, catalog, framework)
    if len(named) > 1:  # "DS กับ DT คืออะไร": each area with its units
        return [_area(a, catalog, language) for a in named[:2]]
    if area is not None:
        return [_area(area, catalog, language)]
    return [_areas(framework or LETTER, catalog, language)]


def _areas_by_prefix(text: str, catalog: Catalog, framework: str | None) -> list[Area]:
    """Every area named by its prefix alone, in the order written (the letter's where both have one)."""
    found: list[Area] = []
    for m in _AREA_CODE.finditer(text):
        same = [a for a in catalog.areas if framework in (None, a.framework) and a.code.lower() == m[1].lower()]
        same.sort(key=lambda a: a.framework != LETTER)
        if same and same[0] not in found:
            found.append(same[0])
    return found


def _areas(framework: str, catalog: Catalog, language: str) -> Reply:
    areas = [a for a in catalog.areas if a.framework == framework]
    fw = catalog.frameworks[framework]
    lines = [say("areas_count", language, title=fw.title_th, n=len(areas), units=len(catalog.units_in(framework))), ""]
    for area in areas:
        english = _english(area)
        n = len(catalog.units_in(framework, area.code))
        lines.append(f"{BULLET} {area.code} {area.title_th}{english}: {say('areas_units', language, n=n)}")
    buttons: list[Button] = []
    for area in areas:
        action = text_action(say("areas_button_text", language, code=area.code, year=_YEAR[framework]))
        if action is not None:
            buttons.append(button(area.code, action))
    other = STANDARD if framework == LETTER else LETTER
    lines += ["", say("areas_other", language, framework=short_framework(other, language),
                      n=len([a for a in catalog.areas if a.framework == other]), units=len(catalog.units_in(other)))]
    if (switch := text_action(say("areas_other_text", language, framework=short_framework(other, language)))):
        buttons.append(button(short_framework(other, language), switch))
    lines += ["", source_at(catalog, f"area:{framework}:{areas[0].code if areas else ''}", framework, language)]
    return Reply("list", "\n".join(lines), tuple(buttons[:MAX_BUTTONS]), title=say("areas_title", language))


def _english(area: Area) -> str:
    """The English name beside the Thai, unless the Thai title holds it already."""
    return f" ({area.title_en})" if area.title_en and area.title_en not in area.title_th else ""


def _area(area: Area, catalog: Catalog, language: str) -> Reply:
    units = catalog.units_in(area.framework, area.code)
    english = _english(area)
    lines = [say("area_units", language, code=area.code, title=area.title_th + english, n=len(units),
                 framework=short_framework(area.framework, language)), ""]
    lines += [f"{BULLET} {u.code} {u.title_th}" for u in units]
    lines += ["", source_at(catalog, f"area:{area.framework}:{area.code}", area.framework, language)]
    buttons = tuple(button(u.code, node_action(u.framework, u.code)) for u in units)
    return Reply("list", "\n".join(lines), buttons[:MAX_BUTTONS], title=f"{area.code} {area.title_th}")
