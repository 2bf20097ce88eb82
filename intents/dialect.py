"""Isan (northeastern Thai) words in Central Thai, as civil servants in the northeast type them.

"DT603 ต้องเฮ็ดหยังแหน่" is "DT603 ต้องทำอะไรบ้าง", "สบายดีบ่" is "สบายดีไหม", "ข้อยตั้งเตือนหยังไว้แหน่" is
"ฉันตั้งเตือนอะไรไว้บ้าง": read once here, every rule after it reads Central Thai. Each word is replaced only where
it cannot be part of a Central Thai word that shares its letters: บ่ is never บ่อ, บ่อย, บ่า, บ่าย, บ่าว, บ่ม, บ่น, บ่ง
(บ่งชี้); ข้อย is never ข้อ + ย่อย / ยก(เว้น) / ยัง; แหน่ is never ตำแหน่ง; แม่น is never แม่นยำ.
"""

from __future__ import annotations

import re

# Letters that sit on or under a consonant or follow it in its syllable (vowels, tone marks): a consonant followed by
# one starts a syllable; a consonant followed by none ends one.
_ATTACHED = "\u0e30-\u0e3a\u0e47-\u0e4e"
_THAI_LETTER = "\u0e01-\u0e4e"
_QUESTION_WORD = r"(?:อะไร|ไหน|ใด|ใคร|กี่|ยังไง)"
_PARTICLES = r"(?:\s?(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|นะ|เด้อ|เนาะ|นอ|ล่ะ|ละ|หนอ|ผม|[?!.]))*\s*"
# บ่ as a word: not บ่อ/บ่อย (อ; "บ่อยาก" = ไม่อยาก is), บ่า/บ่าย/บ่าว (า), nor บ่ม/บ่น/บ่ง ending a syllable.
_BOR = rf"บ่(?!อ(?!ยาก|ยู่|อก|่าน)|[าำ]|[มนง](?![{_ATTACHED}]))"

# (pattern, Central Thai) in order: the longer phrases first.
_RULES: tuple[tuple[str, str], ...] = (
    (r"แม่น(?:อี)?หยัง", "คืออะไร"),  # "DS500 แม่นหยัง": what is it
    (rf"{_BOR}\s?แม่น", "ไม่ใช่"),
    (r"แม่น(?=\s?(?:บ่|แล้ว|อยู่|ครับ|คับ|ค่ะ|คะ|เด้อ|$))", "ใช่"),  # not แม่นยำ
    (r"บ่เป็นหยัง", "ไม่เป็นไร"),
    (r"สบายดีบ่", "สบายดีไหม"),  # how are you (also before a name: "สบายดีบ่ท่าน")
    (r"(?:อี)?หยัง", "อะไร"),
    (r"(?:จั่ง|จั๋ง|จัง)(?:ใด๋|ได๋|ใด)", "ยังไง"),
    (r"ใด๋|ได๋", "ไหน"),
    (r"อยู่ไส(?![" + _THAI_LETTER + "])", "อยู่ไหน"),
    (r"เฮ็ด", "ทำ"),
    (r"ฮู้(?!ด)", "รู้"),
    (r"เบิ่ง", "ดู"),
    (r"เว้านำ", "คุยกับ"),
    (r"(?<!ซบ)เซา(?=\s?(?:ก่อน|เตือน|ทำ|ส่ง|ถาม|แล้ว|$))", "หยุด"),
    (r"ขอบใจหลาย(?:ๆ|\s?ๆ)?", "ขอบคุณมาก"),
    # ข้อย (I): not ข้อ + a syllable that starts with ย (ข้อย่อย, ข้อยกเว้น, ข้อยังไม่…), but "ข้อยอยู่", "ข้อยออก", "ข้อยอยาก" are
    (rf"ข้อย(?![{_ATTACHED}]|ก|อ(?!ยู่|อก|ยาก))", "ฉัน"),
    (r"เฮา(?!ส์)", "เรา"),
    (r"ไผ(?![\u0e48-\u0e4b])", "ใคร"),  # who (not ไผ่, bamboo)
    (r"(?<!รู้)จัก(?=\s?(?:หน่วย|ข้อ|อัน|คน|วัน|เรื่อง|ระยะ|กลุ่ม|หมวด|รายการ|ตัว|ครั้ง|คะแนน))", "กี่"),
    (r"มื้ออื่น", "พรุ่งนี้"),
    (r"มื้อนี้", "วันนี้"),
    (r"มื้อฮื(?:อ)?", "มะรืนนี้"),
    (r"มื้อวาน", "เมื่อวาน"),
    (rf"(?<![{_THAI_LETTER}])สู(?=\s?(?:เฮ็ด|ทำ|ช่วย|รู้|ฮู้|ตอบ|เป็น|บ่|แม่น|คือ|ได้)|\s|$)", "คุณ"),
    # แหน่ after a question word is บ้าง ("มีอะไรแหน่"), else หน่อย ("ขอคนตอบแหน่"); never ตำแหน่ง
    (rf"({_QUESTION_WORD})(\S{{0,12}}?)\s?แหน่(?!ง)", r"\1\2บ้าง"),
    (r"(?<!ตำ)แหน่(?!ง)", "หน่อย"),
    (r"เด้อ(?:จ้า|เด้อ)?|เนาะ", "นะ"),
    # บ่ asking, written onto the word before it and ending its clause ("สบายดีบ่", "ได้บ่ครับ", "มีบ่ DS700"): ไหม;
    # elsewhere, before what it denies ("บ่ทำแล้ว", "ตอบบ่ตรง"): ไม่
    (rf"(?<=[{_THAI_LETTER}]){_BOR}(?=\s|{_PARTICLES}$)", "ไหม"),
    (_BOR, "ไม่"),
)
_COMPILED = tuple((re.compile(p), r) for p, r in _RULES)
# The letters every Isan word here holds one of: a message with none is returned at once.
_CUE = re.compile(r"ไผ|บ่|แหน่|หยัง|เฮ็ด|ฮู้|ข้อย|มื้อ|เด้อ|เนาะ|สู|แม่น|ใด๋|ได๋|อยู่ไส|เบิ่ง|เว้านำ|เซา|ขอบใจหลาย|เฮา|จัก")


def central_thai(text: str) -> str:
    """``text`` (normalised) with the Isan words above in Central Thai; unchanged when it has none."""
    if not _CUE.search(text):
        return text
    for regex, central in _COMPILED:
        text = regex.sub(central, text)
    return text
