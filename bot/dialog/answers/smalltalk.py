"""``help``, ``greeting``, ``thanks``, ``cancel``: short replies, with example questions as buttons.

Each example button carries the structured action that answers it (see ``bot.dialog.actions``),
so pressing it gives the same answer as typing the question.
"""

from __future__ import annotations

import re

from bot.dialog.actions import code_action, intent_action, node_action, pmqa_action, role_action, search_action
from bot.dialog.answers.areas import STANDARD
from bot.dialog.answers.common import cite_at
from bot.dialog.flows.assessment import SCALE, STRONG_FROM
from bot.dialog.flows.wording import say as flow_say
from bot.dialog.limits import button
from bot.dialog.phrases import say
from bot.dialog.replies import Button, Reply
from content.catalog import Catalog
from intents import entities, lexicon
from intents.normalise import bare
from intents.result import Understanding
from storage.repos.reminders import REMIND_AT

# (Thai label, English label, action)
EXAMPLES: tuple[tuple[str, str, str], ...] = (
    ("DL201 ต้องทำอะไรบ้าง", "What is DL201?", code_action("DL201")),
    ("ขอบเขตของ DS700", "DS700 range", node_action("std-2567", "DS700", "range")),
    ("หลักฐานของ DL200", "DL200 evidence", node_action("std-2567", "DL200", "evidence")),
    ("บริการ ระยะเริ่มต้น", "Service, Early phase", role_action("Service", "Early")),
    ("PMQA หมวด 2", "PMQA category 2", pmqa_action(2)),
    ("วิเคราะห์ข้อมูล", "Find: data analysis", search_action("วิเคราะห์ข้อมูล")),
)


def example_buttons(language: str) -> tuple[Button, ...]:
    return tuple(button(en if language == "en" else th, data) for th, en, data in EXAMPLES)


# A filler, a laugh or a particle on its own ("อ้อ", "อืมมม", "555", "ครับ", "?"): nothing asked, nothing to explain.
_NOISE = re.compile(bare(r"(?:อ้อ|อ๋อ|อ่อ|อือ|อืม|หืม|หึ|เออ|อ่า|อา|โอ้|โอ|เหรอ|หรอ|งั้นเหรอ|5{2,}|ฮ่า|ฮา|ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|"
                        r"จ้ะ|นะ|ผม|[?.!…~ๆ\s])+"), re.IGNORECASE)


def is_noise(text: str) -> bool:
    plain = bare(text.strip().lower())
    return bool(plain) and len(plain) <= 12 and _NOISE.fullmatch(plain) is not None


def _menu_a_press_away(language: str) -> tuple[Button, ...]:
    """The whole menu behind one button, and a few examples beside it."""
    return (button(say("help_button", language), intent_action("help")), *example_buttons(language)[:4])


def not_understood(language: str, text: str = "") -> Reply:
    """What was not understood, in one line (not the whole menu: that is a press away), with a few examples; a
    filler or a laugh on its own gets a short prompt instead."""
    lead = say("noise" if is_noise(text) else "not_understood_short", language)
    return Reply("buttons", lead, _menu_a_press_away(language))


def help_reply(language: str, lead: str = "") -> Reply:
    text = say("help", language)
    return Reply("buttons", f"{lead}\n{text}" if lead else text, example_buttons(language))


def answer(understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]:
    intent = understanding.intent
    if intent == "greeting":
        return [help_reply(language, say("greeting", language))]
    if intent == "thanks":
        return [Reply("text", say("thanks", language))]
    if intent == "cancel":
        return [Reply("text", say("cancel", language))]
    plain = bare(understanding.normalised or understanding.text)
    if lexicon.UI_WHERE.search(plain):
        # "เมนูอยู่ตรงไหน", "กดตรงไหนคะ": where the buttons are, in one line, with a few to press (the menu a press away)
        return [Reply("buttons", say("help_where", language), _menu_a_press_away(language))]
    if (specific := specific_help(understanding, catalog, language)) is not None:
        # the answer to what was asked, on its own (the whole menu after it buried it): the menu a press away
        return [Reply("buttons", specific, _menu_a_press_away(language))]
    return [help_reply(language)]


def audience(catalog: Catalog, language: str) -> str:
    """Whom the occupational standard is for, in its own words, and how executives come to it."""
    target, pathways = catalog.audience["target_group"], catalog.audience["pathways"]
    source = catalog.frameworks[STANDARD].source
    return say("standard_audience", language, title=catalog.frameworks[STANDARD].title_th, target=target["text"],
               pathways=pathways["text"], cite=cite_at(source, int(target["line"]), language))


def score_read(score: float, language: str) -> str:
    """A self-assessment mean out of 4, read on its scale: between which two levels it falls, and that the
    assessment has no pass mark (what scores under 3 is what to develop)."""
    labels = SCALE["en" if language == "en" else "th"]
    low = min(int(score), len(labels))
    where = say("score_at", language, score=f"{score:g}", level=labels[low - 1], n=low) if score == low else \
        say("score_between", language, score=f"{score:g}", low=labels[low - 1], n=low, high=labels[low], m=low + 1)
    return "\n".join((where, scale_read(language)))


def scale_read(language: str) -> str:
    """The self-assessment's scale, and that it has no pass mark."""
    labels = SCALE["en" if language == "en" else "th"]
    return say("score_scale", language, scale=", ".join(f"{n} = {label}" for n, label in enumerate(labels, 1)),
               strong=STRONG_FROM)


def specific_help(understanding: Understanding, catalog: Catalog, language: str) -> str | None:
    """The answer to what was asked of the assistant itself, said before its menu; None for a plain "help"."""
    plain = bare(understanding.normalised or understanding.text)
    if lexicon.FRAMEWORKS_ASKED.search(plain) or lexicon.FRAMEWORKS_COMPARED.search(plain):
        return frameworks(catalog, language)
    if lexicon.COURSES_ASKED.search(plain):
        return say("help_courses", language)  # no courses in the documents: what each unit asks is there instead
    if entities.asks_standard_audience(plain):
        return audience(catalog, language)
    if (score := lexicon.SCORE_OUT_OF.search(plain)) is not None:
        return score_read(float(score[1]), language)
    if lexicon.ADMIN_ACCESS.search(plain):
        return say("help_admin_access", language)  # how HR gets into the admin pages (a token the agency issues)
    if (lexicon.NOTICE.search(plain) and lexicon.SOME_ONLY.search(plain)) or \
            understanding.entities.get("about") == "segments":
        return say("help_segments", language)  # an announcement for some only: the segments chosen on /admin
    if _FOR_MANY.search(plain) and (lexicon.REMIND.search(plain) or _SENT_TO_MANY.search(plain)):
        # "ตั้งเตือนให้น้องๆ ในกองได้ไหม", "can I send announcements to all staff?": the answer to that first (reminders
        # are one's own; HR sends announcements and campaigns from /admin), the menu after
        return say("help_for_others", language)
    if ((_FOR_MANY.search(plain) or lexicon.OTHERS_DONE.search(plain)) and lexicon.QUIZ.search(plain)) or \
            lexicon.STAFF_RESULTS.search(plain):
        # "อยากให้น้องๆ ในทีมทำแบบประเมินตนเอง ทำยังไง": each person takes it in their own chat; HR sees the results
        return say("help_assess_others", language)
    if lexicon.REMIND.search(plain) and lexicon.REPEATING.search(plain):
        # "ตั้งเตือนซ้ำทุกสัปดาห์ได้ไหม": no, first, and what the reminders are
        return flow_say("reminder_no_repeat", language, at=REMIND_AT.strftime("%H:%M"))
    if _LANGUAGE_ASKED.search(plain):
        # "can I get reminders in English?", "ถามเป็นภาษาอังกฤษได้ไหม": yes, first
        return say("help_language", language)
    return None


# A language named in a question about what the assistant does ("…in English?", "ภาษาอังกฤษได้ไหม").
_LANGUAGE_ASKED = re.compile(bare(r"ภาษา\s?(?:อังกฤษ|ไทย)|\b(?:in|speak|use|understand) (?:english|thai)\b"),
                             re.IGNORECASE)


# Other people, many at once ("ให้น้องๆ ในกอง", "ทุกคน", "all staff", "the whole team") ...
_FOR_MANY = re.compile(lexicon.FOR_OTHERS.pattern + "|" + bare(r"ทุกคน|ลูกน้อง|ทั้งหน่วยงาน|ทั้งองค์กร|"
                                                              r"\b(?:all|whole|every)\s(?:the\s)?(?:staff|team|agency|office)"),
                       re.IGNORECASE)
# ... sent news or a deadline (HR's announcements and campaigns, "แจ้งเวียน", "broadcast"; "ประกาศ", "กำหนดส่ง").
_SENT_TO_MANY = re.compile(lexicon.ANNOUNCED.pattern + "|" + bare(r"ประกาศ|ข่าว|กำหนดส่ง|\bdeadlines?\b"),
                           re.IGNORECASE)


def frameworks(catalog: Catalog, language: str) -> str:
    """What the answers come from: the two competency frameworks (their units counted) and PMQA 4.0, and the one
    thing people trip on, the same code with other meanings in the two."""
    names = {fw: (f.title_en if language == "en" else f.title_th) for fw, f in catalog.frameworks.items()}
    return say("help_frameworks", language, ocsc=names.get("ocsc-2561", ""), std=names.get("std-2567", ""),
               pmqa=names.get("pmqa-4.0", ""), n_ocsc=len(catalog.units_in("ocsc-2561")),
               n_std=len(catalog.units_in("std-2567")), n_cat=len(catalog.pmqa_categories))
