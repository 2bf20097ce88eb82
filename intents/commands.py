"""Words that only mean something inside a conversation ("ข้าม", "ยินยอม", "ทำต่อ"), and the typed
forms of a flow's answer buttons ("3", "๓", "ระดับ 3").

``command(text)`` returns one of ``COMMANDS`` or None; ``choice_number(text)`` the number a typed
answer names (1-based) or None; ``rating_words(text)`` the self-assessment rating (1-4) a description
names ("พอทำได้บ้าง" is 2) or None; ``asks_about_this(text)`` whether a message asks what the open question
means ("ข้อนี้หมายถึงอะไร"). The classifier reads the flow phrases in other words too
(``flow_stop``, ``flow_resume``); these are the exact short forms a flow step takes first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from intents.dialect import central_thai
from intents.normalise import THAI_DIGITS, bare

COMMANDS: tuple[str, ...] = ("resume", "skip", "back", "stop", "consent", "decline", "knowledge", "readiness",
                             "confirm")

_PARTICLES = r"(?:\s*(?:ครับ|ค่ะ|คะ|คับ|ค้าบ|งับ|ฮะ|นะ|จ้า|จ้ะ|ค่า|ด้วย|please))*"
_EXACT: dict[str, str] = {
    "ทำต่อ": "resume", "ทำแบบประเมินต่อ": "resume", "ต่อ": "resume", "continue": "resume", "resume": "resume",
    "ทำข้อที่ค้างไว้": "resume", "ทำต่อจากเดิม": "resume", "ทำต่อจากที่ค้างไว้": "resume", "ไปต่อ": "resume",
    "ข้าม": "skip", "skip": "skip", "ข้ามไป": "skip", "ข้ามข้อนี้": "skip", "ไม่ระบุ": "skip", "ไม่บอก": "skip",
    "ข้ามไปก่อน": "skip", "ข้ามก่อน": "skip", "ข้ามข้อนี้ไปก่อน": "skip",
    "ย้อนกลับ": "back", "ย้อน": "back", "back": "back", "ข้อก่อนหน้า": "back",
    "หยุด": "stop", "หยุดก่อน": "stop", "หยุดไว้ก่อน": "stop", "stop": "stop", "pause": "stop", "พอก่อน": "stop",
    "พักก่อน": "stop",
    "ยินยอม": "consent", "ตกลงยินยอม": "consent", "i agree": "consent", "agree": "consent", "ยอมรับ": "consent",
    "ไม่ยินยอม": "decline", "i do not agree": "decline", "decline": "decline",
    "ยืนยัน": "confirm", "ตกลง": "confirm", "confirm": "confirm", "ยืนยันเลย": "confirm", "ตกลงตามนั้น": "confirm",
}
# Looked up in their bare form too: "ทำตอ", "ขาม", "หยุดกอน" as typed without tone marks.
_BARE_EXACT = {bare(k): v for k, v in _EXACT.items()}
# Taking the PMQA readiness check ("ขอทำแบบประเมิน PMQA หมวด 4": the check of that category, not its criteria), or
# asking how ready one's agency is ("หน่วยงานพร้อม PMQA แค่ไหน", "เราพร้อมรับ PMQA หรือยัง").
_READINESS = (r"(ประเมิน|เช็ค|เช็ก|ตรวจ)(ความพร้อม|ตนเอง).*pmqa|pmqa.*(ประเมิน|ความพร้อม|readiness|self.?check)|"
              r"(?:ทำ|เริ่ม|ลอง)\s?(?:แบบ)?ประเมิน\s?pmqa|"
              # "ประเมินความพร้อมหมวด 3", "เช็คความพร้อมของหมวดบุคลากร": a category's readiness is PMQA's
              r"(?:ประเมิน|เช็ค|เช็ก|ตรวจ)\s?ความพร้อม\s?(?:ของ\s?)?(?:เกณฑ์\s?)?หมวด|"
              r"พร้อม\S{0,6}\s?pmqa\s?(?:แค่ไหน|เท่าไร|ยัง|หรือยัง|ไหม|มั้ย|รึยัง)")
READINESS = re.compile(f"{_READINESS}|{bare(_READINESS)}", re.IGNORECASE)
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"ทดสอบความรู้|แบบทดสอบ|ทำข้อสอบ|ควิซ|knowledge quiz|^quiz$"), "knowledge"),
    (re.compile(f"{_READINESS}|{bare(_READINESS)}"), "readiness"),  # as typed, and without tone marks
)
_TRAILING = re.compile(rf"{_PARTICLES}$", re.IGNORECASE)
# "3", "๓", "สาม", "ระดับ 3", "ข้อ 3", "ตอบ 3", "ได้ 3 คะแนน", "3 ครับ", "4 เลย", "level 3"
# and an option named by its place ("ข้อที่ 2", "คำตอบที่สอง", "ตัวเลือกที่ 3", "ตอบข้อที่ 1", "เลือกอันที่ 2")
_NUMBER = re.compile(r"^(?:ได้\s*)?(?:(?:ตอบ|ให้|เลือก)\s*)?"
                     r"(?:(?:ระดับ|ข้อ|คำตอบ|ตัวเลือก|อัน|level|option|choice|answer)\s*(?:ที่)?)?"
                     r"\s*(\d{1,2})\s*(?:คะแนน)?\s*(?:เลย)?$", re.IGNORECASE)
# The numbers of a rating scale written as words ("ระดับสาม"); longer numbers are typed as digits.
_NUMBER_WORDS = (("หนึ่ง", "1"), ("สอง", "2"), ("สาม", "3"), ("สี่", "4"))


# Under a paged list: the next page ("ต่อ", "มีอีกมั้ย"); a button picked by its number ("หมวด 5").
_MORE = re.compile(r"ต่อ|ต่อเลย|หน้าต่อไป|ถัดไป|อีก|มีอีก(?:ไหม|มั้ย|ม้าย|มั๊ย|ป่ะ)?|ขออีก|more|next")
_PICKED = re.compile(r"(?:หมวด(?:ที่)?|ข้อ(?:ที่)?|category)?\s*(\d{1,2})", re.IGNORECASE)


def asks_for_more(folded: str) -> bool:
    """Whether a short message (``fold_short``) asks for the next page of what was just shown."""
    return bool(_MORE.fullmatch(folded))


# The person did not understand the last answer ("ไม่เข้าใจ", "งงครับ"): about our reply, not a topic to search.
_CONFUSED = re.compile(r"(?:(?:ผม|ฉัน|หนู|เรา|ดิฉัน|พี่)\s?)?"  # said of oneself ("ผมไม่เข้าใจ")
                       r"(?:(?:ยัง)?(?:ไม่|ม่|ไม)(?:ค่อย)?(?:เข้าใจ|เขาใจ|เก็ท|เก็ต)|งง(?:ๆ)?|อ่านไม่(?:รู้เรื่อง|เข้าใจ)"
                       r"|ไม่รู้เรื่อง|(?:i )?(?:don'?t|do not) (?:understand|get it)|confus(?:ed|ing)|huh)"
                       r"\s?(?:เลย|มาก|อะ|อ่ะ|ตรงนี้|ตรงไหน|นะ)?")
# A number on its own ("1", "๒ ครับ"): under a list, the item at that place.
_BARE_NUMBER = re.compile(r"(\d{1,2})")


def is_confused(folded: str) -> bool:
    """Whether a short message (``fold_short``) says the last answer was not understood ("งง", "ผมไม่เข้าใจ", Isan
    "ข้อยบ่เข้าใจ")."""
    folded = central_thai(folded)
    return bool(_CONFUSED.fullmatch(bare(folded)) or _CONFUSED.fullmatch(folded))


def number_alone(folded: str) -> int | None:
    """The number a short message (``fold_short``) is and nothing else, Thai digits included."""
    m = _BARE_NUMBER.fullmatch(folded.translate(THAI_DIGITS))
    return int(m[1]) if m else None


def picked_number(folded: str) -> int | None:
    """The number a short message (``fold_short``) picks a numbered button by, else None."""
    m = _PICKED.fullmatch(folded)
    return int(m[1]) if m else None


# A last letter doubled for emphasis ("โอเคค", "หยุดก่อนน", "ตกลงงับบ"); three or more are cut by ``normalise``.
_DOUBLED_END = re.compile(r"([\u0e01-\u0e2e])\1$")


@lru_cache(maxsize=8192)  # the labels of the buttons shown are folded for every message
def fold_short(text: str) -> str:
    """Lower case, single spaces, no trailing punctuation or polite particles."""
    folded = " ".join(text.strip().lower().replace("\u200b", "").split()).rstrip("?!. ")
    return _TRAILING.sub("", folded).strip()


def undoubled(folded: str) -> str:
    """``folded`` (by ``fold_short``) without a last letter doubled for emphasis, its particles dropped again
    ("โอเคค", "ตกลงงับบ"): a second reading for short answers only, since Thai words end so too ("คะแนน")."""
    return _TRAILING.sub("", _DOUBLED_END.sub(r"\1", folded)).strip()


# Doubt said before a command ("ไม่แน่ใจ ข้ามไปก่อน") leaves the command as it is; so does an
# acknowledgement ("ok ยินยอมค่ะ", "โอเค ทำต่อ").
_UNSURE = re.compile(r"^(?:(?:ข้อนี้|อันนี้)\s*)?(?:(?:ยัง)?(?:ไม่แน่ใจ|ไม่รู้|ไม่ทราบ)|not sure|ok|okay|โอเค|โอเค้|ครับ|ค่ะ)"
                     r"(?:ครับ|ค่ะ|คะ|นะ)*\s+")
# The question pointed at or a polite "ขอ" before a command ("ข้อนี้ข้ามไป", "ขอข้ามข้อนี้", "งั้นขอหยุดก่อน").
_LEAD = re.compile(r"^(?:(?:ข้อนี้|อันนี้)\s*)?(?:งั้น\s*)?(?:ขอ\s*)?(?=\S)")
_PRONOUN = r"(?:ผม|กระผม|ดิฉัน|หนู|ฉัน|เรา|พี่|ข้าพเจ้า)"  # the one speaking ("ผมยินยอม")
_SELF = re.compile(rf"^{_PRONOUN}\s*(?=\S)")


# Consent said with acknowledgements around it, or with what is consented to ("ตกลงครับ ยินยอม", "ได้เลย ยินยอมค่ะ",
# "ยินยอมให้เก็บข้อมูลได้ครับ", "ยอมรับเงื่อนไขค่ะ", "กดยินยอมครับผม"): only these words, so a question about consent
# ("ยินยอมแล้วเก็บอะไรบ้าง") or its refusal ("ไม่ยินยอม") is not it.
_ACK = r"(?:ตกลง|โอเค|โอเค้|ok|okay|yes|ได้(?:เลย)?|ใช่|ครับผม|ครับ|ค่ะ|คะ|คับ|จ้า|ค่า|นะ|เลย|ด้วย|แล้ว|ตามนั้น|รับทราบ|อ่านแล้ว)"
_CONSENT_SAID = re.compile(
    rf"(?:{_ACK}\s*)*(?:{_PRONOUN}\s*)?(?:ขอ\s*)?(?:กด\s*)?(?:ยินยอม|ยอมรับ)"
    rf"(?:\s*(?:ให้\s*(?:เก็บ|บันทึก|ใช้)\s*(?:ข้อมูล)?(?:\s*(?:ของ)?\s*(?:ผม|ฉัน|ดิฉัน|หนู|เรา))?(?:\s*ได้)?"
    rf"|(?:ตาม\s*)?(?:เงื่อนไข|ประกาศ|ข้อตกลง)(?:\s*(?:ความเป็นส่วนตัว|pdpa))?|ทุกข้อ|ครับผม|{_ACK}))*",
    re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked of every message; messages repeat
def command(text: str) -> str | None:
    folded = _UNSURE.sub("", fold_short(text))
    if folded in _EXACT:
        return _EXACT[folded]
    if (stretched := undoubled(folded)) in _EXACT:  # "หยุดก่อนน"
        return _EXACT[stretched]
    led = _LEAD.sub("", folded).removesuffix("เลย").strip()  # ("ข้อนี้ข้ามไปเลย")
    if led != folded and _EXACT.get(led) in ("skip", "stop", "back", "resume"):
        return _EXACT[led]
    own = _SELF.sub("", folded)  # "ผมยินยอมครับ", "หนูไม่ยินยอมค่ะ": said of oneself
    if own != folded and _EXACT.get(own) in ("consent", "decline", "confirm"):
        return _EXACT[own]
    if _CONSENT_SAID.fullmatch(folded):  # "ตกลงครับ ยินยอม", "ยินยอมให้เก็บข้อมูลได้ค่ะ", "ยอมรับเงื่อนไขครับ"
        return "consent"
    plain = bare(folded)
    if plain in _BARE_EXACT:
        return _BARE_EXACT[plain]
    for pattern, name in _PATTERNS:
        if pattern.search(folded) or pattern.search(plain):
            return name
    return None


def choice_number(text: str) -> int | None:
    """The number a typed answer names, Thai digits included; None when it is not just a number."""
    folded = fold_short(text.translate(THAI_DIGITS))
    for word, digit in _NUMBER_WORDS:
        folded = folded.replace(word, f" {digit} ")
    m = _NUMBER.match(" ".join(folded.split()))
    return int(m[1]) if m else None


# A self-assessment answer described in words, mapped onto the 4-step scale the question shows
# (1 ยังทำไม่ได้, 2 ทำได้บ้าง, 3 ทำได้ดี, 4 ทำได้คล่องและสอนผู้อื่นได้). Tried in order, first match wins:
# a negated fluency ("ยังไม่คล่อง") is "partly", not "fluent"; a plain "ทำได้" says too little to rate
# (the question is asked again with its buttons), so nothing is recorded on a guess.
_RATING_WORDS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"(?:ยัง)?ไม่(?:ค่อย|ถึงกับ)?(?:คล่อง|ชำนาญ|เชี่ยวชาญ|เก่ง)|ไม่ค่อย(?:ได้|เป็น|ดี)|ไม่(?:ถึงกับ|ได้)ดี"
                r"|not (?:very )?(?:fluent|well|expert)"), 2),
    (re.compile(r"ไม่เคย|ทำไม่(?:ได้|เป็น)|ไม่ได้เลย|ยังไม่(?:ได้|เป็น|เคย)|ไม่เป็นเลย|ไม่รู้(?:เรื่อง|จัก)|ไม่มีประสบการณ์"
                r"|ทำไม่ไหว|^(?:ยัง)?ไม่(?:ได้|เป็น)$|\bnot yet\b|\bnever\b|\bcan ?not\b|\bcan'?t\b"), 1),
    (re.compile(r"คล่อง|สอน(?:ผู้อื่น|คนอื่น|น้อง|เพื่อน|ต่อ|ได้|งาน)|เชี่ยวชาญ|ชำนาญ|ช่ำชอง|ถนัดมาก|เป็นวิทยากร"
                r"|\bexpert\b|\bfluent|\bteach"), 4),
    (re.compile(r"บ้าง|พอ(?:ได้|ทำ|ไหว|ใช้|เป็น)|นิดหน่อย|เล็กน้อย|บางส่วน|เบื้องต้น|ครึ่งๆ|ครึ่ง ๆ|งูๆ ?ปลาๆ|ยังต้อง(?:ฝึก|เรียนรู้)"
                r"|\bpartly\b|\bsomewhat\b|\ba (?:bit|little)\b|\bbasic"), 2),
    (re.compile(r"ได้ดี|ทำได้แน่|ดีมาก|ทำเป็น|มั่นใจ|เก่ง|ถนัด|สบาย|\bwell\b|\bgood\b|\bconfident"), 3),
)


def rating_words(text: str) -> int | None:
    """The rating on the self-assessment's 1-4 scale a described answer means, or None when the
    words do not say (a number is ``choice_number``'s; "ไม่แน่ใจ" rates nothing)."""
    folded = fold_short(text)
    if not folded or _UNSURE_ONLY.search(folded):
        return None
    return next((rating for pattern, rating in _RATING_WORDS if pattern.search(folded)), None)


# Doubt about the answer ("ไม่แน่ใจ", "ยังไม่แน่ใจว่ามีครบไหม", "not sure"): an answer of no scale's value; the question
# is asked again, with "ข้าม" for what one does not know.
DOUBT = re.compile(r"ไม่แน่ใจ|ไม่ชัวร์|ไม่มั่นใจ|ไม่ทราบ|ไม่รู้|not sure|unsure|no idea|(?:don'?t|do not) know", re.IGNORECASE)
# Doubt, or a question of its own ("ช่วยอะไรได้บ้าง"): no rating in it.
_UNSURE_ONLY = re.compile(r"ไม่แน่ใจ|ไม่ทราบ|ไม่รู้สิ|ไม่รู้เหมือนกัน|not sure|\?|อะไร|ไหน|ไง|อย่างไร|ไหม|มั้ย|มั๊ย|หรือเปล่า"
                          r"|ป่าว|ปะ$|ผล(?:ประเมิน|ลัพธ์|การ)?(?:เป็น|ได้)|คะแนน"
                          r"|เท่าไร|ทำไม(?!\u0e48)|คือ|\b(?:what|how|which|why)\b")


# What the open question means, asked at it ("ข้อนี้หมายถึงอะไรคะ", "ไม่เข้าใจคำถามนี้", "what does this mean").
_THIS_QUESTION = re.compile(
    r"(?:ข้อ|คำถาม|เกณฑ์|อัน|ตัว)นี้\s*(?:หมายถึง|หมายความว่า|คือ|แปลว่า|ถามว่า|ถามถึง|ต้องทำ|หมายความ|ยังไง|อย่างไร)"
    # what the open question wants filled in or answered ("ข้อนี้ต้องกรอกอะไร", "ช่องนี้ให้ใส่อะไรคะ", "ข้อนี้ถามอะไร")
    r"|(?:ข้อ|คำถาม|เกณฑ์|ช่อง)นี้\s*(?:ต้อง|ให้|จะ)?\s*(?:กรอก|ใส่|ตอบ|ระบุ|ถาม|เขียน)\s*(?:อะไร|ยังไง|อย่างไร|ไง)"
    r"|ไม่(?:ค่อย)?เข้าใจ\s*(?:ข้อ|คำถาม|เกณฑ์)?(?:นี้)?$|^(?:หมายถึง|หมายความว่า)(?:อะไร|อะไรครับ|ยังไง)"
    # not understood, said first ("ข้อนี้ไม่เข้าใจค่ะ หมายถึงอะไร", "งงข้อนี้")
    r"|(?:ข้อ|คำถาม|เกณฑ์)นี้\s*(?:ไม่(?:ค่อย)?เข้าใจ|งง)|งง\s*(?:ข้อ|คำถาม|เกณฑ์)\s*นี้"
    r"|^(?:ขอ)?(?:อธิบาย|ขยายความ)(?:หน่อย|เพิ่ม)?|what does (?:this|it) mean|^explain",
    re.IGNORECASE)


def asks_about_this(text: str) -> bool:
    """Whether a message typed at a question asks what that question means."""
    return bool(_THIS_QUESTION.search(fold_short(text)))


# A slash command the bot's menu does not hold, as people guess them ("/assess" typed in LINE, "/quiz", "/status"):
# when its word clearly names a request, the request in the words the rules read (what follows is kept: "/assess
# DL200"); the menu's own commands (/ask, /assess, /reminders, /progress, /help) are among them, for the platforms that
# send them as text. An unknown word is left as typed (the dialog lists the commands).
_SLASH = re.compile(r"^/([A-Za-z][A-Za-z0-9_]*)(?:@\w+)?(?=\s|$)\s*(.*)$", re.DOTALL)
_SLASH_WORDS: dict[str, str] = {
    **dict.fromkeys(("assess", "assessment", "selfassess", "self_assess", "selfassessment", "self_assessment",
                     "evaluate", "evaluation", "quiz", "test", "exam", "start_quiz", "startquiz"), "ทำแบบประเมินตนเอง"),
    **dict.fromkeys(("reminders", "reminder", "remind", "remindme", "my_reminders", "myreminders", "alerts",
                     "deadlines"), "การเตือนของฉัน"),
    **dict.fromkeys(("progress", "status", "result", "results", "score", "scores", "my_progress", "myprogress"),
                    "ความคืบหน้าของฉัน"),
    **dict.fromkeys(("help", "menu", "commands", "command", "ask", "about", "info"), "ช่วยเหลือ"),
    **dict.fromkeys(("profile", "me", "myprofile", "my_profile", "settings"), "ดูข้อมูลของฉัน"),
    **dict.fromkeys(("staff", "human", "agent", "contact", "handoff", "support"), "ขอคุยกับเจ้าหน้าที่"),
    "pmqa": "PMQA",
}


def slash_wording(text: str) -> str:
    """A slash command whose word names a request, in the words the rules read ("/assess DL200" → "ทำแบบประเมิน
    ตนเอง DL200"); any other text as it is."""
    if not text.startswith("/"):
        return text
    m = _SLASH.match(text)
    wording = _SLASH_WORDS.get(m[1].lower()) if m else None
    if m is None or wording is None:
        return text
    return f"{wording} {m[2]}".strip()


def slash_command(text: str) -> str | None:
    """The command a slash command message gives ("/abc" of "/abc@bot …"), known or not; None for any other text."""
    m = _SLASH.match(text.strip())
    return None if m is None else f"/{m[1]}"
