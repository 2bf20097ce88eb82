"""How a message was put together, before its words are read: text pasted from a PDF or an official memo, and
lines sent with Enter as punctuation.

- A PDF writes the vowel ำ as two characters, nikhahit + sara aa ("กําหนด"): it is ำ wherever the text is read,
  searched for or echoed (``canonical_letters``).
- An official memo wraps its question in wording that asks nothing: the salutation ("เรียน ผู้ดูแลระบบ", whose
  addressee is no person group and whose "เรียน" is not "to study"), the subject's label ("เรื่อง ขอทราบ…"), the
  reference to a circular ("อ้างถึง หนังสือ นร ๑๐๑๓/ว ๖ ลงวันที่ …": no code, number or date of ours), what is
  enclosed, and the closing ("จึงเรียนมาเพื่อโปรดทราบ", "ขอแสดงความนับถือ"). ``without_memo_wording`` drops it.
- A line that is only a greeting, a thanks or a preface ("ขอบคุณมากค่ะ", "รบกวนสอบถามค่ะ") beside a line that asks
  something does not hide the question (``courtesy_line``; the engine reads the other lines).
- A Thai sentence broken over lines ("อยากลบ⏎ข้อมูลทั้งหมด", "ยกเลิก⏎เตือน⏎ทั้งหมด") is one sentence, written together as
  Thai writes its words (``sentence_lines_together``); a line that ends a sentence (a particle, a question word) or is
  courtesy keeps its break, and so do two phrases ("กรมสรรพากร⏎ทำงานบริการ", as a space would part them).
"""

from __future__ import annotations

import re

from intents.lexicon import thai_pattern
from intents.normalise import bare, unmarked

# Nikhahit + sara aa ("ํา"), a tone mark before or between them ("นํ้า", "น้ํา"): the one character ำ after the mark.
_SPLIT_AM = re.compile("([\u0e48-\u0e4b]?)\u0e4d([\u0e48-\u0e4b]?)\u0e32")


def canonical_letters(text: str) -> str:
    """``text`` with ำ written as the one character it is ("กําหนด" → "กำหนด", "นํ้า" → "น้ำ")."""
    if "\u0e4d" not in text:
        return text
    return _SPLIT_AM.sub(lambda m: m[1] + m[2] + "\u0e33", text)


# Who a memo is addressed to: an office, a post or the system's keepers (not "เรียนรู้", "เรียนหลักสูตร…").
_ADDRESSEE = (r"(?:ท่าน|ผู้|เจ้าหน้าที่|คุณ|หัวหน้า|แอดมิน|admin|ทีม|คณะ|ผอ|อธิบดี|ปลัด|เลขาธิการ|รองอธิบดี|ฝ่าย|กอง|"
              r"สำนักงาน|สำนัก|ศูนย์|กลุ่มงาน|บอท|ระบบ)")
_SALUTATION = re.compile(rf"^\s*เรียน\s?{_ADDRESSEE}\S*", re.IGNORECASE)
# What is left of the salutation's line when it only goes on naming the addressee (no request word in it).
_ASKS = thai_pattern(r"ขอ|ช่วย|อยาก|ต้อง|ไหม|มั้ย|อะไร|ยังไง|อย่างไร|เท่าไร|เท่าไหร่|กี่|ไหน|ใด|\?|ตั้ง|เตือน|ลบ|ดู")
_CLOSING = re.compile(
    r"จึงเรียนมา(?:\s?เพื่อ)?(?:\s?โปรด)?(?:\s?(?:และ)?\s?(?:ทราบ|พิจารณา|ดำเนินการ|ให้ความอนุเคราะห์|อนุเคราะห์|"
    r"อนุมัติ|สั่งการ)(?:ต่อไป)?)*(?:\s?ด้วย)?(?:\s?จะเป็นพระคุณ(?:ยิ่ง)?)?|"
    r"ขอแสดงความนับถือ|ด้วยความเคารพ(?:อย่างสูง)?|จะเป็นพระคุณ(?:ยิ่ง|อย่างสูง)?")
# The subject's label before what is asked for ("เรื่อง ขอทราบ…", "เรื่อง ขอความอนุเคราะห์…"); "เรื่อง SLA อยู่ไหน" keeps it.
_SUBJECT_LABEL = re.compile(r"^\s*เรื่อง\s?(?=ขอ)")
# A government letter's number ("นร ๑๐๑๓/ว ๖", "ศธ 0206.3/ว12") or a circular's ("ว ๖" after อ้างถึง/หนังสือ), with
# what introduces it and the date it bears ("ลงวันที่ ๑๘ พฤษภาคม ๒๕๖๑", "ลว. 18 พ.ค. 61").
_REF_DATE = r"(?:\s?(?:ลงวันที่|ลว\.?)\s?\d{1,2}\s?[ก-ฮ][\u0e00-\u0e7f.]*\s?(?:พ\.ศ\.\s?)?\d{2,4})?"
_REFERENCE = re.compile(
    r"(?:(?:อ้างถึง|อ้างอิง|ตาม)\s?)?(?:หนังสือ(?:เวียน)?(?:\S*?(?:\s?ก\.พ\.)?)?\s?)?(?:ที่\s?)?"
    rf"[ก-ฮ]{{1,3}}\s?\d{{3,5}}(?:\.\d+)*\s?/\s?(?:ว\s?\.?\s?)?\d+{_REF_DATE}|"
    rf"(?:อ้างถึง|อ้างอิง|หนังสือเวียน)\s?(?:หนังสือ\S*?\s?)?(?:ที่\s?)?ว\s?\.?\s?\d+{_REF_DATE}"
)
# A line that only says what is enclosed ("สิ่งที่ส่งมาด้วย ๑. แบบฟอร์ม") or only refers ("อ้างถึง …").
_ASIDE_LINE = re.compile(r"^\s*(?:สิ่งที่ส่งมาด้วย|อ้างถึง|อ้างอิง)")
_SPACES = re.compile(r"[ \t]+")


def without_memo_wording(text: str) -> str:
    """``text`` without the wording of an official memo around what it asks (lines kept as lines)."""
    if not any(mark in text for mark in ("เรียน", "เรื่อง", "หนังสือ", "อ้าง", "/", "สิ่งที่ส่งมาด้วย", "นับถือ", "เคารพ",
                                         "พระคุณ")):
        return text
    lines = text.split("\n")
    several = sum(1 for line in lines if line.strip()) > 1
    out: list[str] = []
    for line in lines:
        if several and _ASIDE_LINE.match(line) and not _ASKS.search(bare(_REFERENCE.sub(" ", line))):
            continue  # a line that only refers or lists what is enclosed
        salutation = _SALUTATION.match(line)
        if salutation is not None:
            rest = line[salutation.end():]
            line = rest if not several or _ASKS.search(bare(rest)) else ""
        line = _SUBJECT_LABEL.sub("", _CLOSING.sub(" ", _REFERENCE.sub(" ", line)))
        line = _SPACES.sub(" ", line).strip()
        if line:
            out.append(line)
    return "\n".join(out)  # (empty when the memo's wording is all there is: it asks nothing)


# A correction put before the question ("ไม่ใช่ค่ะ ถามว่า ทักษะการใช้ข้อมูล คืออะไร", "no, I meant DS600"): the question
# after it is what is asked (its words were searched for with "ไม่ ใช่", before). "ไม่ใช่ DG200 ครับ…" names what is
# corrected: the codes' reading handles it.
_CORRECTION_LEAD = re.compile(
    r"^\s*(?:ไม่ใช่|ไม่ได้ถาม(?:เรื่อง)?(?:นั้น|นี้|แบบนั้น)?)\s*(?:ค่ะ|คะ|ครับ|คับ|จ้า|นะ(?:คะ|ครับ)?)?\s*[,.]?\s*"
    r"(?:คือ|ที่)?\s*(?:ถาม|หมายถึง|อยากรู้|อยากถาม|จะถาม)(?:ว่า)?\s*(?=\S)|"
    r"^\s*no\s*,?\s*i\s+(?:meant|mean|was asking(?: about)?|asked(?: about)?)\s+(?=\S)",
    re.IGNORECASE)


def without_correction_lead(text: str) -> str:
    """``text`` without a correction put before its question."""
    return _CORRECTION_LEAD.sub("", text, count=1)


# A line that is only courtesy: a greeting, a thanks, a preface to a question ("รบกวนสอบถามค่ะ", "ขออนุญาตถามครับ"),
# with particles, "มาก", emoji. Matched on bare text.
_COURTESY_LINE = thai_pattern(
    r"^(?:\s|[^\u0e00-\u0e7fA-Za-z0-9])*(?:(?:สวัสดี|หวัดดี|ขอบ(?:พระ)?คุณ|ขอบใจ|(?:ขอ)?รบกวน(?:สอบ)?ถาม|รบกวนหน่อย|"
    r"ขออนุญาต(?:สอบ)?ถาม|ขอ(?:เรียน)?(?:สอบ)?ถาม|สอบถาม|ขออนุญาต|good (?:morning|afternoon|evening)|hello|hi|"
    r"thanks?|thank you)"
    r"(?:\s|ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|ครับผม|มากๆ|มาก|ๆ|นะ|หน่อย|นิดนึง|นิดหน่อย|เพิ่มเติม|ต่อ|ด้วย|อย่างสูง|ล่วงหน้า|"
    r"ทุกท่าน|ทุกคน|แอดมิน|admin|บอท|น้อง|พี่|[^\u0e00-\u0e7fA-Za-z0-9])*)+$"
)


def courtesy_line(line: str) -> bool:
    """Whether ``line`` is only a greeting, a thanks or a preface, asking nothing of its own."""
    return bool(_COURTESY_LINE.match(bare(line.strip())))


def lines(text: str) -> list[str]:
    """The message's non-empty lines."""
    return [line.strip() for line in text.split("\n") if line.strip()]


# How a Thai line that ends its sentence ends: a polite particle, a question word, a closing word (bare forms).
_SENTENCE_END = thai_pattern(
    r"(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|จ๊ะ|นะ|น่ะ|ครับผม|ไหม|มั้ย|มัย|ไม|เหรอ|หรอ|หรือเปล่า|ป่ะ|ปะ|ล่ะ|หล่ะ|บ้าง|อะไร|ยังไง|"
    r"อย่างไร|เท่าไร|เท่าไหร่|ไหน|ใด|ด้วย|หน่อย|เลย|แล้ว|ก่อน|ที|สิ|ซิ|เถอะ|จ้า|อะ|อ่ะ|เนอะ|ๆ|แหละ)$"
)
_THAI_END = re.compile(r"[\u0e01-\u0e4e]$")
_THAI_START = re.compile(r"^[\u0e01-\u0e4e]")


# A piece this short (letters and vowels, no tone marks) on either side of the break is a word of the sentence
# ("อยากลบ⏎ข้อมูลทั้งหมด"); two long ones are phrases a space would part ("กรมสรรพากร⏎ทำงานบริการ").
BROKEN_WORD = 6


def sentence_lines_together(text: str) -> str:
    """``text`` with each line break inside a Thai sentence gone (the two lines written together)."""
    if "\n" not in text:
        return text
    parts = lines(text)
    out = parts[:1]
    for line in parts[1:]:
        before = out[-1]
        if _THAI_END.search(before) and _THAI_START.match(line) and not _SENTENCE_END.search(bare(before)) and \
                min(len(unmarked(before.split(" ")[-1])), len(unmarked(line.split(" ")[0]))) <= BROKEN_WORD and \
                not courtesy_line(before) and not courtesy_line(line):
            out[-1] = before + line
        else:
            out.append(line)
    return "\n".join(out)
