"""Score every intent from the features of one message: keyword rules plus what was found.

Scores are in 0..1 and mean "how sure": a strong, specific signal (a known code, "ลบข้อมูล")
scores about 0.9; a weak or shared one (a bare topic, a group named without a question) 0.6–0.7.
``unknown`` scores what the others leave over, so a message that matches nothing is confidently
out of scope and one that half-matches something is asked about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from intents import entities, lexicon
from intents.commands import READINESS
from intents.normalise import bare
from intents.titles import TitleHit

STRONG_TITLE = 88.0  # a title hit this good names the unit even without a code
TOPIC_SPREAD = 6.0  # a test asked on a topic: the units found this close to the best are offered
TOPIC_CHARS = 10  # letters of a topic (besides the question's) that make "ควรเรียนหน่วยไหน" a search


@dataclass(slots=True)
class Features:
    folded: str  # the message without codes, folded
    words: int  # rough length, to tell "สวัสดีครับ" from a question that starts with a greeting
    codes: tuple[dict[str, str], ...] = ()
    unknown_codes: tuple[str, ...] = ()
    aspect: str | None = None
    group: str | None = None
    phase: str | None = None
    groups: list[str] = field(default_factory=list)
    phases: list[str] = field(default_factory=list)
    due_error: str | None = None
    agency: str | None = None
    pmqa: dict[str, Any] = field(default_factory=dict)
    due: str | None = None
    query: str = ""
    hits: list[TitleHit] = field(default_factory=list)
    group_words: list[str] = field(default_factory=list)  # the words that named the groups, bare
    group_choices: list[str] = field(default_factory=list)  # "กลุ่มบริหาร": the groups its one wording may mean
    tagged_groups: bool = False  # "#บริการ #อำนวยการ": two groups or more, each a hashtag
    within: str | None = None  # the one framework a topic question names ("ในมาตรฐานปี67 มีเรื่องข้อมูลไหม")
    area_topic: bool = False  # "…อยู่หมวดไหน" of a competency topic: หมวด as the area, not PMQA
    corrected: bool = False  # "ไม่ใช่ผู้บริหาร เป็นนักวิชาการ": one's group corrected, the profile set
    denied: bool = False  # "ดิฉันไม่ใช่ผู้บริหาร": one's group denied, none told (the profile: which group, asked)
    moved: bool = False  # "ขึ้นจากระยะเริ่มต้นไประยะกำลังพัฒนา": the later phase, what it adds
    phase_mentions: list[str] = field(default_factory=list)  # each phase wording's phase, repeats kept
    bare: str = ""  # ``folded`` without tone marks: what the keywords are matched against
    aspects: list[str] = field(default_factory=list)  # parts of a unit named as nouns, in order
    detail_aspect: bool = False  # the aspect came from words found in one part of the named unit
    dated: bool = False  # a date was read relative to today
    score: bool = False  # a self-assessment score written out of 4 ("1.6/4"; folding drops the slash)
    _found: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.bare = self.bare or bare(self.folded)

    def has(self, regex_name: str) -> bool:
        """Whether the message says a word of ``lexicon.<regex_name>`` (each list searched once: the rules
        ask about the same lists many times)."""
        found = self._found.get(regex_name)
        if found is None:
            found = self._found[regex_name] = bool(getattr(lexicon, regex_name).search(self.bare))
        return found

    def says(self, word: str) -> bool:
        """``word`` is in the message, typed with or without its tone marks."""
        return bare(word) in self.bare


_GROUP_NOUNS = ("กลุม", "ฝาย", "สาย")  # bare: a group named as a group


def _group_in_hit(f: Features) -> bool:
    """A group's word is inside the best title hit's text; "กลุ่มบริการ" is not in "กำหนดกลุ่มเป้าหมายผู้รับบริการ"
    (a strong hit on words spread over a criterion), so there the group is the person group asked about."""
    named = [w for w in f.group_words if w.startswith(_GROUP_NOUNS)]  # "กลุ่มบริการ", not "service", "ผู้บริหาร"
    if not named or not f.hits:
        return True
    top = f.hits[0]
    texts = [bare(top.title).replace(" ", ""), *(bare(text).replace(" ", "") for _, _, text in top.matches)]
    return any(w.replace(" ", "") in t for w in named for t in texts)


def _query_is_group(f: Features) -> bool:
    """The searched words are only the group's ("กลุ่มบริการต้องมีหน่วยไหน" → "กลุ่ม บริการ"), no topic, and the hit
    does not hold them together."""
    query = bare(f.query).replace(" ", "")
    return bool(query) and any(query == w.replace(" ", "") for w in f.group_words if w.startswith(_GROUP_NOUNS)) \
        and not _group_in_hit(f)


def _query_only_group(f: Features) -> bool:
    """The searched words are the group's words and nothing else (any group wording, "ผู้บริหาร" too)."""
    query = bare(f.query).replace(" ", "")
    return bool(query) and query in {w.replace(" ", "") for w in f.group_words}


# What may stand beside "which unit first" and leave it a question of one's own role: pronouns, particles, filler.
_START_FILLER = re.compile(bare(r"(?:ขอ|อยาก)(?:ทราบ|รู้|ถาม)(?:ว่า)?|เรียนถาม|สอบถาม|ผม|ฉัน|หนู|เรา|ดิฉัน|กระผม|ตัวเอง|"
                                r"ครับ|คับ|ค้าบ|ค่ะ|คะ|นะ|จ้ะ|จ้า|อะ|อ่ะ|ดี|ก่อน|ควร|"
                                r"ถ้า|จะ|แล้ว|งั้น|เอ่อ|แนะนำ|หน่อย|ที|ให้|ช่วย|\b(?:i|me|should|with|first)\b|\W|\s"),
                           re.IGNORECASE)


def _same_phase_asked(f: Features) -> bool:
    """Whether two phase wordings are asked to be one phase or two, and no group with them."""
    return len(f.phase_mentions) >= 2 and not f.group and f.has("SAME_ASKED")


def _start_where_only(f: Features) -> bool:
    """"ควรเริ่มจากหน่วยไหนก่อนดีครับ": which unit to begin with and nothing else (no topic, group or phase)."""
    if f.group or f.phase or not f.has("START_WHERE"):
        return False
    rest = _START_FILLER.sub("", lexicon.START_WHERE.sub("", f.bare))
    return len(rest) < 3


def _short(f: Features) -> bool:
    return f.words <= 4


def score(f: Features) -> dict[str, float]:
    """Every intent's score for these features (intents that do not apply are left out)."""
    s: dict[str, float] = {}
    has_codes = bool(f.codes or f.unknown_codes)
    strong_title = bool(f.hits) and f.hits[0].score >= STRONG_TITLE
    search_kw = f.has("SEARCH")
    first_person = f.has("FIRST_PERSON")
    # "DL200 ส่งภายใน 28/2/2570": a code with a deadline on a real (or impossible) day asks for a reminder
    remind = f.has("REMIND") or (bool(f.codes) and bool(f.due or f.due_error) and f.has("DEADLINE"))

    # (a reminder moved to a date, "ขอเลื่อน DS700 เป็น 20 ธ.ค.", names its unit for the reminder, not to read about)
    action = f.has("QUIZ") or remind or f.has("PMQA") or (f.has("RESCHEDULE") and bool(f.due))
    if has_codes:
        s["unit_info"] = 0.7 if action else 0.86 + (0.06 if f.aspect else 0.0)
    elif f.detail_aspect:  # "หน่วยออกแบบองค์กรดิจิทัล ช่วง 2-5 ปี ควรเน้นอะไร"
        s["unit_info"] = 0.9
    elif strong_title and f.aspect and not search_kw:  # "ออกแบบองค์กรดิจิทัล ต้องมีหลักฐานอะไร"
        s["unit_info"] = 0.8
    if f.hits:
        top = f.hits[0].score
        base = 0.88 if search_kw else 0.7
        s["search"] = base * min(1.0, top / 95) if not has_codes else 0.5
    elif search_kw and not has_codes:
        s["search"] = 0.55

    if has_codes and f.aspect == "occupations" and (f.group or f.phase):
        s["unit_info"] = 0.96  # "สายไอทีต้องมี DS700 ไหม": whether the group needs the unit, not the group's whole list
    if f.group or f.phase:
        need = f.has("ROLE_NEED")
        if need:
            s["role_requirements"] = 0.9 + (0.05 if f.group and f.phase else 0.0)
        elif f.group and f.phase and not first_person:  # "ผอ.กอง ระยะเริ่มต้น": both named, nothing else
            s["role_requirements"] = 0.88
        else:
            s["role_requirements"] = 0.58 if not first_person else 0.5
        if first_person and not f.has("QUESTION"):
            s["profile_set"] = 0.9
        elif first_person:
            s["profile_set"] = 0.8 if not need else 0.6
        if strong_title and not f.phase and _group_in_hit(f):  # "งานบริการ" inside a unit title is no person group
            s["role_requirements"] -= 0.3
        elif need and f.hits and not has_codes and not _group_in_hit(f) and "search" in s:
            s["search"] = min(s["search"], 0.7)  # "กลุ่มบริการต้องมีหน่วยไหน": the hit only shares its words
        elif f.group and not search_kw and not has_codes and not strong_title and "search" in s and \
                _query_only_group(f):
            # "ผู้บริหารล่ะ", "นักวิชาการ": a person's group said alone, a title holding part of its word ("บริหาร
            # ความเสี่ยง") weakly is no topic
            s["search"] = min(s["search"], s["role_requirements"] - 0.1)
    elif f.has("ROLE_WORD") and f.has("ROLE_NEED"):
        s["role_requirements"] = 0.6
    if f.group and not f.phases and f.has("OWN_PHASE") and not f.has("PROFILE_SET"):
        # "ระยะของผม ฝ่ายบริการล่ะ": the person's own phase pointed at, a group asked about; no self-description
        s["role_requirements"] = max(s.get("role_requirements", 0.0), 0.9)
        if "profile_set" in s:
            s["profile_set"] = min(s["profile_set"], 0.5)
    if f.phase and not f.has("QUESTION") and not has_codes and not f.has("ROLE_NEED") and f.has("ORG_PHASE_TOLD"):
        s["profile_set"] = max(s.get("profile_set", 0.0), 0.9)  # "องค์กรน่าจะกำลังพัฒนาครับ": one's own phase told
    if f.corrected:
        s["profile_set"] = 0.92
    elif f.denied:
        s["profile_set"] = max(s.get("profile_set", 0.0), 0.9)
    if f.has("PROFILE_SET"):
        s["profile_set"] = max(s.get("profile_set", 0.0), 0.85 if (f.group or f.phase or f.agency) else 0.66)
        if f.has("PROFILE_VERB") and not f.has("QUESTION"):
            # "ขอแก้ระยะเป็นกำลังพัฒนา กลุ่มเป็นนโยบายและวิชาการ", "ตั้งค่าโปรไฟล์ ผู้บริหารระดับสูง ระยะเริ่มต้น": a change
            # asked for, not a role looked up; "ตั้งค่าโปรไฟล์" alone: the person wants to set it (the dialog asks)
            s["profile_set"] = max(s["profile_set"], 0.95 if (f.group or f.phase or f.agency) else 0.88)
    if (f.group or f.phase or f.agency) and not f.has("QUESTION") and not has_codes and \
            (f.has("PROFILE_VERB") or (f.agency and f.has("AFFILIATED"))):
        # "บันทึกว่าเป็นสายบริการ ระยะเริ่มต้น", "สังกัด สำนักงานเกษตรจังหวัดน่าน ตั้งไว้เลย": told, to be kept
        s["profile_set"] = max(s.get("profile_set", 0.0), 0.93)
    if f.group and f.has("WHICH_GROUP") and not f.has("PROFILE_VERB") and s.get("profile_set", 0.0) > 0.5:
        # "ผอ.สำนักงานจังหวัด อยู่กลุ่มไหนครับ": which group a job is in, asked (the dialog offers to set it), not an
        # agency told ("อยู่ สำนักงาน…")
        s["profile_set"] = 0.5
        s["role_requirements"] = max(s.get("role_requirements", 0.0), 0.9)
    if f.has("PROFILE_SHOW"):
        asks = f.has("QUESTION")
        s["profile_show"] = 0.9 if asks or not f.has("PROFILE_SET") else 0.6
        if asks and "profile_set" in s:  # "ผมอยู่กลุ่มไหน" asks, it does not tell
            s["profile_set"] = min(s["profile_set"], 0.6)
        if asks and f.has("NEEDS_OF_ONE") and not (f.group or f.phase or has_codes):
            # "ตามโปรไฟล์ของผม ต้องเรียนหน่วยไหนบ้าง": what the profile's role needs, not the profile itself
            s["role_requirements"] = max(s.get("role_requirements", 0.0), 0.92)

    if _ROLE_ABOUT.search(f.bare) and first_person and f.has("NEEDS_OF_ONE") and not has_codes:
        # "ความรู้กับประสบการณ์ที่ผมต้องมีล่ะครับ": one's own role's knowledge and experience (no unit lists experience;
        # a title found for "ประสบการณ์" answered, before)
        s["role_requirements"] = max(s.get("role_requirements", 0.0), 0.96)

    if f.area_topic:  # "ไซเบอร์อยู่ในหมวดไหน": the competency topic is searched; PMQA below it
        s["search"] = max(s.get("search", 0.0), 0.9)
        s["pmqa"] = 0.6
    elif f.has("PMQA") or ("category" in f.pmqa and not has_codes):  # "หมวดการนำองค์การมีกี่ประเด็น": by its name
        s["pmqa"] = 0.93
    elif ("question" in f.pmqa or f.has("PMQA_ITEM_NAMED")) and not has_codes:  # "คำถามข้อ 6.2.3", "ข้อ 1.1"
        s["pmqa"] = 0.85
    elif len(f.pmqa.get("items") or ()) >= 2 and not has_codes:
        s["pmqa"] = 0.85  # "4.4 กับ 4.3 ต่างกันยังไง": two item numbers, side by side
    elif (len(f.pmqa.get("levels") or ()) >= 2 or f.pmqa.get("level_from")) and not has_codes:
        s["pmqa"] = 0.9  # "ระดับ basic advance significance ต่างกันยังไง": only PMQA has these levels
    elif f.pmqa.get("level") or ("item" in f.pmqa and not has_codes):
        s["pmqa"] = 0.8 if f.pmqa.get("level") and "item" in f.pmqa else 0.66

    if f.has("QUIZ"):
        # "คำถามประเมินตนเอง 6.3.4 คืออะไร": a PMQA self-assessment question by its number, not a test to start
        s["quiz_start"] = 0.9 if not ("question" in f.pmqa and not has_codes) else 0.7
    if READINESS.search(f.bare) and f.has("TAKE_CHECK") and not has_codes and not lexicon.PMQA_ITEM.search(f.bare):
        # "อยากประเมินความพร้อม PMQA ค่ะ", "ขอเช็คความพร้อม PMQA หมวด 5": taking the readiness check, not its criteria
        s["quiz_start"] = max(s.get("quiz_start", 0.0), 0.96)
        if "pmqa" in s:
            s["pmqa"] = min(s["pmqa"], 0.7)
    frameworks_asked = f.has("FRAMEWORKS_ASKED") or (f.has("FRAMEWORKS_COMPARED") and f.has("COMPARE"))
    if frameworks_asked and not has_codes and not f.pmqa and not f.has("OFF_TOPIC"):
        s["help"] = max(s.get("help", 0.0), 0.93)  # the frameworks themselves: what the answers come from
    if f.has("REMIND_CANCEL"):
        s["reminder_cancel"] = 0.95
    elif f.has("REMOVE_LISTED") and not has_codes and not f.pmqa:
        s["reminder_cancel"] = 0.9  # "ลบอันแรกออก", "ยกเลิกอันที่ 2": one of the reminders listed, by its place
    elif f.has("REMIND_LIST"):
        s["reminder_list"] = 0.93
    elif remind:
        s["reminder_set"] = 0.84 + (0.1 if f.due else 0.0)
        if not f.due and search_kw and not f.has("REMIND_WORD"):
            s["reminder_set"] = 0.55
    if f.has("RESCHEDULE") and (f.due or f.due_error) and "reminder_set" not in s:
        s["reminder_set"] = 0.9  # a reminder moved to a day it names: the dialog's context says which
    if f.has("PROGRESS"):
        s["progress"] = 0.9
        if f.pmqa.get("level") and not first_person and not has_codes:
            # "จะผ่านระดับ advance ต้องได้คะแนนเท่าไหร่", "Significance ต้องได้กี่คะแนน": what a PMQA level takes, not
            # one's own results
            s["pmqa"], s["progress"] = max(s.get("pmqa", 0.0), 0.92), 0.6
        if "quiz_start" in s:  # "ผลทดสอบ…ของฉัน": asks for a result, starts nothing
            s["quiz_start"] = 0.7
    if f.has("DATA_DELETE"):
        s["data_delete"] = 0.96
    if f.has("HELP"):
        s["help"] = 0.9 if not has_codes else 0.5
    if f.has("GREETING"):
        s["greeting"] = 0.92 if _short(f) else 0.45
    if f.has("IS_THIS_THE_BOT") and not has_codes:
        s["greeting"] = 0.93  # "Hi, is this the digital competency bot?": checking the line, a hello
    if f.has("THANKS"):
        s["thanks"] = 0.92 if _short(f) else 0.5
    if f.has("FAREWELL"):
        s["thanks"] = 0.95  # "ไปละครับ สวัสดี": leaving, not greeting
    if f.has("CANCEL") and not remind:
        s["cancel"] = 0.9 if _short(f) else 0.55
    elif not remind and not has_codes and f.words <= 6 and f.says("เปลี่ยนใจ") and not f.has("QUESTION"):
        s["cancel"] = 0.9  # "ไม่ลบแล้วครับ เปลี่ยนใจ", "ไม่ตั้งละ เปลี่ยนใจ": a change of mind, however it opens
    elif not remind and not has_codes and f.words <= 8 and ("ยกเลิก" in f.bare or "ผิด" in f.bare or
                                                            "cancel" in f.bare) and f.has("CANCEL_LOOSE"):
        # "เอ๊ะ ไม่ต้องค่ะ ยกเลิกที่สั่งไปเมื่อกี้", "อ่ะ cancel ๆ พิมผิด": sure when it points at the last command
        s["cancel"] = 0.9 if f.has("LAST_COMMAND") else 0.85
    if "cancel" in s and f.has("NOT_CANCELLING"):
        del s["cancel"]  # "ห๊ะ ผมไม่ได้สั่งยกเลิกนะ" denies a cancel ("ยกเลิกแล้ว", before)

    _conversation(f, s, has_codes, strong_title)

    if not has_codes and not f.phase and ("ไหน" in f.bare or "ใด" in f.bare or "wh" in f.bare) and f.has("WHERE_IS"):
        # "ความเสี่ยงด้านไอทีอยู่สมรรถนะไหน", "เก็บไฟล์ไว้บนคลาวด์อยู่หน่วยไหน": where a topic is; a group's name
        # or a request's word inside the topic asks for no role, profile or request
        s["search"] = max(s.get("search", 0.0), 0.88 if f.hits else 0.6)
        for other in ("role_requirements", "profile_show", "profile_set", *(("role_overview",) if f.hits else ())):
            if other in s:  # ("ให้ผู้ใช้ทุกกลุ่มเข้าถึงบริการได้ อยู่ข้อไหน": a topic, not the groups' overview)
                s[other] = min(s[other], 0.5)
        if "help" in s and not f.has("CAPABILITY"):  # "…อยู่ในหน่วยไหน ช่วยหน่อยค่ะ": a plea, not the menu
            s["help"] = min(s["help"], 0.5)
        if f.has("WHERE_UNIT") and not f.has("FIRST_PERSON"):
            # "แบบทดสอบความรู้ดิจิทัลอยู่หน่วยไหน", "การลบข้อมูลที่ไม่ใช้แล้วอยู่หน่วยไหน": a topic in the catalog, not
            # a test to start or data to delete (one's own results "…ของผมอยู่ตรงไหน" are still one's own)
            for other in ("quiz_start", "data_delete", "progress", "reminder_set", "reminder_cancel", "news_opt_out",
                          "news_opt_in"):
                if other in s:
                    s[other] = min(s[other], 0.5)
    if f.has("UI_WHERE") and not has_codes:
        # "เมนูอยู่ตรงไหน", "กดตรงไหนคะ": the chat's own controls, not a topic to look up
        s["help"] = max(s.get("help", 0.0), 0.95)
        if "search" in s:
            s["search"] = min(s["search"], 0.5)
    if not has_codes and not f.due and _may_ask_ability(f.bare) and f.has("CAPABILITY") and \
            f.has("CAPABILITY_ABOUT") and not f.has("REQUEST_WORD") and not f.has("OFF_TOPIC"):
        # "ระบบนี้ตั้งเตือนให้คนอื่นได้ไหม", "ทำแบบทดสอบในนี้ได้ด้วยเหรอ": what the assistant can do, not the request
        s["help"] = 0.96
        for other in ("reminder_set", "reminder_cancel", "quiz_start", "pmqa", "news_opt_in", "news_opt_out",
                      "progress", "search", "unit_info", "reminder_list", "profile_set"):
            if other in s:
                s[other] = min(s[other], 0.7)

    if remind and f.has("REPEATING") and f.has("QUESTION") and not has_codes and not f.has("REQUEST_WORD") and \
            not f.has("REMIND_CANCEL") and not f.has("REMIND_LIST"):
        # "เตือนทุกอาทิตย์ได้ไหมคะ": whether reminders repeat (they do not: the answer says so), not one to set; its
        # "อาทิตย์" read as a Sunday is no deadline ("ขอ…ได้ไหม" is a request: the reminder flow says so too)
        s["help"] = max(s.get("help", 0.0), 0.95)
        if "reminder_set" in s:
            s["reminder_set"] = min(s["reminder_set"], 0.7)
    if (remind or f.has("ANNOUNCED")) and f.has("FOR_OTHERS") and not f.has("REMIND_CANCEL") and \
            not f.has("REMIND_LIST") and not _REMIND_ME.search(f.bare):
        # "ช่วยตั้งเตือนให้น้องๆ ทั้งฝ่ายส่ง DS700 ภายใน 10 ธ.ค. ได้ไหมคะ", "อยากส่งประกาศให้ทุกคนในกรมเรื่อง DS700":
        # reminders are one's own; what it can do for a team (HR's announcements and campaigns) is help, whatever code
        # or date is named
        s["help"] = 0.96
        if "reminder_set" in s:
            s["reminder_set"] = min(s["reminder_set"], 0.7)
    if f.has("NOTICE") and f.has("SOME_ONLY") and not has_codes and not f.has("REMIND_CANCEL"):
        # "แคมเปญเลือกส่งเฉพาะกลุ่มบริการได้ไหมคะ": whom HR's announcements reach (a segment), not the group's units
        s["help"] = 0.96
    if f.has("COURSES_ASKED") and not has_codes:
        s["help"] = 0.96  # "เรียนที่ไหนได้มั่ง มีคอร์สไหม": the documents name no courses (said so), not a title search
    if entities.asks_standard_audience(f.bare) and not has_codes:
        s["help"] = 0.96  # "มาตรฐานอาชีพนี้กลุ่มเป้าหมายเป็นใคร": the standard's Target Group (the OCSC groups' table, before)
    if f.has("MY_TEAM") and not has_codes and not f.pmqa and (f.has("QUESTION") or f.has("WHAT_ABOUT")) and \
            not (f.has("QUIZ") or f.has("REMIND") or f.has("FOR_OTHERS") or f.has("WHERE_UNIT") or f.has("WHERE_IS")):
        # "what about my team?", "แล้วลูกทีมผมล่ะ ต้องทำอะไร": what their role needs (their group asked)
        s["role_requirements"] = max(s.get("role_requirements", 0.0), 0.9)
    if f.has("PASS_ASKED") and not has_codes and not f.has("NEEDS_OF_ONE"):
        s["progress"] = max(s.get("progress", 0.0), 0.9)  # "did I pass?": one's results, said to have no pass mark
    if f.score and not has_codes:
        s["help"] = 0.96  # "1.6/4 นี่คือแย่มากมั้ยคะ" after a result: the scale read (PMQA item 1.6, before)
    if f.has("ADMIN_ACCESS") and not has_codes:
        s["help"] = 0.96  # "หน้าแอดมินเข้ายังไงคะ ต้องมีรหัสไหม": how HR gets into the admin pages
    if ("quiz_start" in s or "flow_resume" in s) and (f.has("FOR_OTHERS") or f.has("OTHERS_DONE")) and \
            f.has("QUIZ") and not _OWN_TRY.search(f.bare):
        # "ถ้าจะให้ลูกน้องประเมินตนเองต้องทำยังไง": an assessment is each person's own, taken in their own chat; how
        # others take it (and where HR sees the results) is help, not a test started (or resumed) for the one asking
        # (unless the one asking takes it too: "…ให้ทีมลองทำ ดิฉันขอลองเองก่อน")
        s["help"] = max(s.get("help", 0.0), 0.95)
        for started in ("quiz_start", "flow_resume"):  # ("…ต้องทำยังไง": its bare "ตอ" is no "ต่อ")
            if started in s:
                s[started] = min(s[started], 0.7)
    if f.has("STAFF_RESULTS") and not has_codes:
        # "ในฐานะ HR จะดูผลของบุคลากรในกรมได้อย่างไร": where HR sees others' results (the admin pages), not one's own
        # progress nor a role
        s["help"] = max(s.get("help", 0.0), 0.95)
        for other in ("progress", "role_overview", "role_requirements", "quiz_start"):
            if other in s:
                s[other] = min(s[other], 0.7)
    if f.has("BOT_TEST") or (f.has("SATISFACTION") and not has_codes):
        # "อยากประเมินความพึงพอใจ", "ขอทำแบบสำรวจความพึงพอใจ": a survey, none of ours (unless where a topic is asked)
        if ("quiz_start" in s or f.has("SATISFACTION_GIVEN")) and f.has("SATISFACTION") and \
                not f.has("SEARCH_ASKED") and not f.pmqa and not f.has("PMQA"):  # (PMQA 3.2 is about satisfaction)
            s["help"] = max(s.get("help", 0.0), 0.9)
        s.pop("quiz_start", None)
    if f.has("THANKS") and not has_codes and not f.has("QUESTION") and \
            max((v for k, v in s.items() if k not in ("thanks", "greeting")), default=0.0) < 0.5:
        s["thanks"] = max(s["thanks"], 0.9)  # "Thank you for your assistance.": thanks, however long, asking nothing
    best = max(s.values(), default=0.0)
    s["unknown"] = max(0.15, 0.88 - best)
    # (a trouble told as the context of where a topic is, "คอมช้า … ระบบปฏิบัติการอยู่ในมาตรฐานข้อไหน", asks the catalog;
    # so does a price in the topic, "ทำอินโฟกราฟิกราคาผลผลิต อยู่ข้อไหน")
    off_topic = f.has("OFF_TOPIC") and max(s, key=lambda k: s[k]) in _CONTENT and \
        not ((f.has("WHERE_UNIT") or f.has("WHERE_IS")) and bool(f.hits) and f.hits[0].score >= STRONG_TITLE)
    if not has_codes and (f.has("BOT_TEST") or f.has("NO_TOPIC") or off_topic):
        s["unknown"] = 0.9  # a look-up that only shares words with the catalog
    return s


# Every capability question holds one of these (bare forms): a cheap test before the long pattern.
_ABILITY_MARKS = ("ได", "ไหม", "มัย", "ไม", "กี", "รองรับ", "can", "could", "does", "do ", "how", "is ", "will")


def _may_ask_ability(bare_text: str) -> bool:
    return any(mark in bare_text for mark in _ABILITY_MARKS)


_CONTENT = ("search", "role_requirements", "unit_info", "unknown", "phase_info", "compare")


def _distinct_codes(f: Features) -> list[str]:
    out: list[str] = []
    for c in f.codes:
        if c["code"] not in out:
            out.append(c["code"])
    return out + [c for c in f.unknown_codes if c not in out]


def _conversation(f: Features, s: dict[str, float], has_codes: bool, strong_title: bool) -> None:
    """The intents added for natural questions: comparisons, overviews, flow phrases, handoff, news."""
    question = f.has("QUESTION")
    phases_only = len(f.phases) >= 2 and not f.groups
    if f.has("COMPARE") or f.has("MORE_THAN"):
        n_codes = len(_distinct_codes(f))
        if n_codes >= 2 or len(f.groups) >= 2 or (len(f.phases) >= 2 and not phases_only) or \
                (n_codes == 1 and (f.has("FRAMEWORK_WORDS") or f.has("TWO_VERSIONS"))):
            s["compare"] = 0.97
    if not has_codes and not (f.groups or f.phases) and \
            (f.has("OLD_AND_NEW") or (f.has("COMPARE") and f.has("TWO_VERSIONS"))):
        s["compare"] = max(s.get("compare", 0.0), 0.75)  # "อันเก่ากับอันใหม่ต่างกันยังไง": the code comes from context
    if f.tagged_groups and not has_codes:
        s["compare"] = max(s.get("compare", 0.0), 0.95)  # "#ไอที #บริการ ระยะ2": the groups tagged, side by side
    if len(_distinct_codes(f)) == 2 and not f.aspect and _short(f) and f.has("PAIRED"):
        s["compare"] = 0.95  # "DS700 กับ DS600": two codes side by side, nothing asked of either
    if f.has("AREA_ALONE") and not has_codes and (f.has("QUESTION") or f.has("COUNT")):
        # "DT หมายถึงอะไร", "DS ทั้งหมดมีกี่หน่วย": an area's prefix alone asks about the area (the answer lists its
        # units), as "DS คืออะไร" did; not understood, before
        s["search"] = max(s.get("search", 0.0), 0.8)
    if len(_distinct_codes(f)) == 2 and f.has("WHICH_OF_TWO"):
        s["compare"] = max(s.get("compare", 0.0), 0.95)  # "DUS400 กับ DUS500 ควรเรียนอันไหนก่อน"
    if len(_distinct_codes(f)) == 1 and (f.has("OLD_AND_NEW") or f.has("TWO_VERSIONS")):
        s["compare"] = max(s.get("compare", 0.0), 0.95)  # "DT300 ฉบับเก่ากับฉบับใหม่", "DS500 ปี 2561 กับ ปี 2567"
    if f.has("COMPARE") and len(f.aspects) >= 2 and not has_codes and not (f.groups or f.phases):
        s["compare"] = 0.95  # "ความรู้ต่างจากทักษะยังไง": two kinds of requirement, not a topic
    if f.has("ROLE_OVERVIEW") or (f.has("GROUPS_ASKED") and not has_codes and not f.group):
        s["role_overview"] = 0.94
    elif f.has("BASICS_ASKED") and not has_codes and not f.group:
        s["role_overview"] = 0.95  # "ความรู้พื้นฐานสำหรับข้าราชการมีอะไรบ้าง": what the letter sets for every group
    elif f.has("ALL_GROUPS") and not has_codes and not f.group:
        # "ระยะกำลังพัฒนา ทุกกลุ่มต้องมีอะไร": every group, in the phase named (the table's column)
        s["role_overview"] = 0.95 if f.phase and len(f.phases) == 1 else 0.9
    elif f.has("TRAINING_PLAN") and not has_codes and not f.group and not f.phase:
        # "ต้องทำแผนอบรมของฝ่าย ควรเริ่มจากอะไร": what each group needs in each phase is where a plan starts (a
        # search for every word of the paragraph, before)
        s["role_overview"] = 0.94
        if "help" in s:  # ("…เริ่มตรงไหนดี" is where the plan starts, not how to use the assistant)
            s["help"] = min(s["help"], 0.7)
    elif f.has("ALL_PHASES") and not has_codes and len(f.groups) == 1 and not f.phase and not f.has("MORE_THAN"):
        # "นักวิชาการ ทั้ง 3 ระยะต้องมีอะไร", "สายบริการ แต่ละระยะต่างกันยังไง": one group in every phase (the table's row)
        s["role_overview"] = 0.95
    if ((f.has("PHASE_INFO") and (len(f.phases) < 2 or phases_only)) or \
            (phases_only and f.has("COMPARE")) or (f.phase and not f.group and f.has("MEANING"))) and not has_codes:
        s["phase_info"] = 0.93 if not f.group else 0.7
    if _same_phase_asked(f) and not has_codes:
        s["phase_info"] = 0.96  # "ระยะพัฒนาแล้ว กับระยะสมบูรณ์ เป็นระยะเดียวกันไหม": yes or no, not a role
        for other in ("role_requirements", "compare", "role_overview", "search"):
            if other in s:
                s[other] = min(s[other], 0.6)
    if (f.has("ADDED") or f.moved) and f.phase and not has_codes:
        s["role_requirements"] = max(s.get("role_requirements", 0.0), 0.93)
    if "profile_set" in s and question and not f.has("PROFILE_VERB"):
        s["profile_set"] = min(s["profile_set"], 0.5)  # "เราอยู่ระยะไหน" asks; it changes nothing
    # "ควรเรียนหน่วยไหน" alone asks for one's role; after a task or topic it asks where that is ("ประเมินความพึงพอใจ
    # ผู้รับบริการ ควรเรียนหน่วยไหน")
    topic_asked = bool(f.hits) and f.has("SEARCH_ASKED") and len(f.query.replace(" ", "")) >= TOPIC_CHARS and \
        not _query_is_group(f) and not _start_where_only(f)
    if topic_asked:
        s["search"] = max(s.get("search", 0.0), 0.86)
        if "quiz_start" in s and f.has("WHERE_IS") and not has_codes:  # "ทดสอบเสมือนจริง… อยู่ข้อไหน": a topic
            s["quiz_start"] = min(s["quiz_start"], 0.7)
    elif not has_codes and not strong_title and not (f.group or f.phase) and f.has("ROLE_SELF") \
            and not f.has("QUIZ") and not f.has("PMQA") and not f.pmqa:
        s["role_requirements"] = max(s.get("role_requirements", 0.0), 0.85)
    if not has_codes and not f.pmqa and not f.has("PMQA") and _start_where_only(f):
        # "หน่วยไหนควรทำก่อน": where the person's own role begins (the answer suggests from the profile)
        s["role_requirements"] = max(s.get("role_requirements", 0.0), 0.9)
        for other in ("search", "quiz_start", "help", "unit_info"):
            if other in s:
                s[other] = min(s[other], 0.6)
    if f.has("FLOW_STOP"):
        s["flow_stop"] = 0.93
        for other in ("quiz_start", "pmqa", "cancel"):
            # "ยกเลิกแบบทดสอบนี้", "พอก่อน ไว้ค่อยประเมิน PMQA ต่อ": the test is named to stop it, not to start one or
            # read PMQA's criteria; "ไม่เล่นละ เบื่อ" leaves the run rather than cancelling a command
            if other in s:
                s[other] = min(s[other], 0.7)
    elif f.has("FLOW_RESUME") and (not has_codes or f.says("ค้าง")) and not (f.has("PROGRESS") and question):
        # ("ทำไปถึงไหนแล้ว ข้อไหนค้างไว้" asks how far one got: progress)
        s["flow_resume"] = 0.92
        for other in ("quiz_start", "pmqa"):  # "ทำแบบทดสอบต่อ", "ทำ PMQA ต่อ": the run named to go on with it
            if other in s:
                s[other] = min(s[other], 0.7)
    if f.has("HANDOFF"):
        s["handoff"] = 0.95
    if f.has("NEWS_OPT_OUT"):
        s["news_opt_out"] = 0.96
    elif f.has("NEWS_OPT_IN"):
        s["news_opt_in"] = 0.93
    if f.has("PMQA_INDICATORS") and (f.has("PMQA") or f.pmqa.get("category") == 7 or f.says("ผลลัพธ์")):
        s["pmqa"] = max(s.get("pmqa", 0.0), 0.9)


# A role's experience or attributes asked for by name ("ต้องมีความรู้/สมรรถนะอะไร" asks for its units).
# A topic said for a test ("ประเมินตนเองเรื่อง…", "แบบทดสอบด้าน…", "a quiz about …"), not one pointed at ("อันนี้").
_TOPIC_SAID = re.compile(bare(r"เรื่อง|เกี่ยวกับ|ด้าน|หัวข้อ|\babout\b|\bon\b"), re.IGNORECASE)
# A reminder asked for oneself ("ทุกคนในกองต้องส่ง… เตือนผมด้วยครับ"): one's own, whoever else the deadline is for.
_REMIND_ME = re.compile(bare(r"เตือน\s?(?:ผม|ฉัน|หนู|ดิฉัน|กระผม|ตัวเอง)"))
# The one asking takes it too ("ดิฉันขอลองเองก่อน", "ผมจะทำเองด้วย"): no question about others only.
_OWN_TRY = re.compile(bare(r"(?:ผม|ฉัน|หนู|ดิฉัน|กระผม)\s?(?:ขอ|จะ|อยาก)|(?:ขอ|จะ)\s?(?:ลอง)?\s?(?:ทำ)?\s?เอง"))
_ROLE_ABOUT = re.compile(bare(r"ประสบการณ์|คุณลักษณะ|\bexperience\b|\battributes?\b"), re.IGNORECASE)
# The role's knowledge asked alone ("…ระยะ early ต้องมีความรู้อะไรบ้าง"): the letter lists it; beside skills,
# competencies or units ("ความรู้และทักษะ") the units are what is asked.
_ROLE_KNOWLEDGE = re.compile(bare(r"ความรู้|\bknowledge\b"), re.IGNORECASE)
_ROLE_UNITS = re.compile(bare(r"ทักษะ|สมรรถนะ|หน่วย(?!งาน)|\bskills?\b|\bcompetenc|\bunits?\b"), re.IGNORECASE)


def entities_for(intent: str, f: Features) -> dict[str, Any]:
    """The entities a candidate of this intent carries (keys present only when found)."""
    e: dict[str, Any] = {}
    if intent == "unknown" and f.has("OFF_TOPIC"):
        e["off_topic"] = True  # salaries, leave, a forgotten password: said to be none of ours, not "not understood"
    codes = [dict(c) for c in f.codes]
    if intent == "unit_info" and not codes and not f.unknown_codes and f.hits:  # a code written, none found: no guess
        top = f.hits[0].score
        codes = [{"framework": h.framework, "code": h.code} for h in f.hits if h.score >= top - 1]
    if intent == "search":
        if f.query:
            e["query"] = f.query
        if f.within:
            e["framework"] = f.within
        top = f.hits[0].score if f.hits else 0.0
        found: list[dict[str, str]] = []
        shown: list[dict[str, str]] = []
        for h in f.hits:  # where each match is (a criterion, an element, a knowledge line), then its unit
            if h.score >= top - 12:
                where = [m[0] for m in h.matches] or [h.where or h.code]
                for code in dict.fromkeys((*where, h.code)):
                    found.append({"framework": h.framework, "code": code})
                shown += [{"framework": h.framework, "unit": h.code, "code": c, "level": lv, "text": t[:300]}
                          for c, lv, t in h.matches if lv != "unit"]
        codes = found or codes
        if shown:
            e["found"] = shown
    if intent in ("unit_info", "search", "quiz_start", "reminder_set", "reminder_cancel", "progress",
                  "flow_resume") and codes:
        e["codes"] = codes
    if intent == "quiz_start" and not codes and not f.unknown_codes and not f.pmqa and f.hits and \
            f.hits[0].score >= STRONG_TITLE and _TOPIC_SAID.search(f.bare) and not READINESS.search(f.bare):
        # "ประเมินตนเองเรื่อง data analytics ได้ไหม": the units the topic names, for the dialog to start the one (or
        # offer the few) that can be assessed (it asked for a code, before)
        top = f.hits[0].score
        e["topic_units"] = [{"framework": h.framework, "code": h.code} for h in f.hits if h.score >= top - TOPIC_SPREAD]
    if intent == "quiz_start" and not codes and f.pmqa.get("category") and READINESS.search(f.bare):
        e["category"] = f.pmqa["category"]  # "ขอเช็คความพร้อม PMQA หมวด 4": that category's check, not the list
    if intent in ("unit_info", "quiz_start", "reminder_set", "compare") and f.unknown_codes:
        e["unknown_codes"] = list(f.unknown_codes)
    if intent == "unit_info" and f.aspect:
        e["aspect"] = f.aspect
        if f.aspect == "occupations":  # "ผอ.กองต้องมี DS700 มั้ย": whether that group (in that phase) needs it
            e.update({k: v for k, v in (("group", f.group), ("phase", f.phase)) if v})
        if len(f.aspects) >= 2 and codes:  # "ds700 ความรู้ ทักษะ": both parts of the unit
            e["aspects"] = list(f.aspects)
    if intent in ("role_requirements", "profile_set"):
        if f.group_choices:  # "กลุ่มบริหารต้องมีอะไร", "ผมอยู่สายบริหาร": which one is asked, not guessed
            e["group_choices"] = list(f.group_choices)
        elif f.group:
            e["group"] = f.group
        if f.phase:
            e["phase"] = f.phase
    if intent == "role_overview" and len(f.groups) + len(f.phases) == 1:
        # one group in every phase, or every group in one phase: that row or column of the table
        e.update({"group": f.group} if f.group else {"phase": f.phase})
    if intent == "role_overview" and not (f.groups or f.phases) and f.has("GROUPS_ASKED"):
        e["aspect"] = "groups"  # "กลุ่มคนมีกี่กลุ่ม", "แบ่งเป็นกลุ่มใดบ้าง": the groups themselves first
    elif intent == "role_overview" and not f.groups and len(f.phases) <= 1 and \
            (f.has("BASICS_ASKED") or f.has("BASICS") or
             ((_ROLE_ABOUT.search(f.bare) or _ROLE_KNOWLEDGE.search(f.bare)) and not _ROLE_UNITS.search(f.bare))):
        # "ทุกกลุ่มต้องรู้อะไรเหมือนกัน", "ข้าราชการทุกคนต้องมีคุณลักษณะอะไร": what every group shares (the letter's basic
        # knowledge, experience and attributes), not the table of roles and their units
        e["aspect"] = "basics"
    if intent == "phase_info" and not f.phases and f.has("COUNT"):
        e["aspect"] = "count"  # "มีกี่ระยะ": the number of phases first
    if intent == "profile_set" and f.agency:
        e["agency"] = f.agency
    if intent == "pmqa":
        e.update(f.pmqa)
        if f.has("PMQA_INDICATORS") or (f.pmqa.get("category") == 7 and f.has("MEASURED")):
            e["aspect"] = "indicators"
    if intent == "phase_info" and _same_phase_asked(f):
        e["aspect"], e["phases"] = "same", list(f.phase_mentions)
        if len(set(f.phase_mentions)) == 1:
            e["phase"] = f.phase_mentions[0]  # two names of one phase: that phase
    elif intent == "phase_info" and f.phase:
        e["phase"] = f.phase
        if len(set(f.phases)) == 2 and f.has("COMPARE"):
            e["phases"] = list(dict.fromkeys(f.phases))  # "ระยะเริ่มต้นกับระยะพัฒนาแล้วต่างกันยังไง": the two, side by side
    if intent == "role_requirements" and (f.has("ADDED") or f.moved) and f.phase:
        e["aspect"] = "added"
    elif intent == "role_requirements" and (_ROLE_ABOUT.search(f.bare) or (
            _ROLE_KNOWLEDGE.search(f.bare) and not _ROLE_UNITS.search(f.bare))):  # "…ต้องมีประสบการณ์อะไร": its about
        e["aspect"] = "description"
    if intent == "compare":  # what is compared is a list; a shared group or phase is singular
        if codes:
            e["codes"] = codes
        if len(f.groups) >= 2:
            e["groups"] = list(f.groups)
        elif f.groups:
            e["group"] = f.groups[0]
        if len(f.phases) >= 2:
            e["phases"] = list(f.phases)
        elif f.phases:
            e["phase"] = f.phases[0]
        if len(f.aspects) >= 2 and not codes and not (f.groups or f.phases):
            e["aspects"] = list(f.aspects)
    if intent in ("role_requirements", "role_overview", "compare") and not f.phases and f.has("OWN_PHASE"):
        e["own_phase"] = True  # "ระยะเรา", "ในระยะนี้": the profile's phase (the dialog fills it in)
    if intent == "reminder_set" and f.due_error:
        e["due_error"] = f.due_error
    if intent in ("reminder_set", "reminder_cancel") and f.due:
        e["due"] = f.due  # (a cancellation may name its reminder by its day: "ยกเลิกเตือนวันที่ 15 ธ.ค.")
    if intent == "help" and codes and f.has("FOR_OTHERS"):
        # "แจ้งเวียนทุกคนในกองเรื่องส่งหลักฐาน DS700 ภายใน 20 ธ.ค.": the answer is where HR does that, but the unit (and
        # the day) stay the topic, for "แล้วถ้าจะเตือนตัวเองด้วยล่ะ" next
        e["codes"] = codes
        if f.due:
            e["due"] = f.due
    return e
