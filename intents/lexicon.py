"""Words that signal each intent and entity, in Thai and English (regex fragments over folded text).

Folded text is lower case with single spaces (``normalise.fold``). Thai has no word boundaries,
so Thai fragments match anywhere; English ones are wrapped in ``\\b`` by ``word()``.

Keywords are written properly here and compiled in their bare form (``normalise.bare``: no tone
marks, "ู" as "ุ"); they are matched against the bare form of the message, so "ต้องรู้อะไร" also
matches "ตองรุอะไร" as people type it on a phone. Search them with ``bare`` text only.
"""

from __future__ import annotations

import re

from intents.normalise import bare


def word(*english: str) -> str:
    return r"\b(?:" + "|".join(english) + r")\b"


def thai_pattern(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A keyword regex in its bare form (no tone marks): search it in ``bare`` text."""
    return re.compile(bare(pattern), flags)


def compile_any(*fragments: str) -> re.Pattern[str]:
    return thai_pattern("|".join(f"(?:{f})" for f in fragments))


# Common misspellings and informal spellings → the catalog's spelling (applied before matching).
SPELLING: tuple[tuple[str, str], ...] = (
    (r"ดิจิ(?:ตอล|ตัล|ทอล|ตอน)", "ดิจิทัล"),
    # Not "ต้องกรอก", "ของกรม", "ของกรรมการ", "ต้องกรุณา": "กร" that goes on into another word is not it.
    (r"อง(?:ค์?)?กรณ์|อง(?:ค์)?กร(?![ณอมะรุูาีิึืั\u0e47-\u0e4c])", "องค์กร"),
    (r"วิเคราะ(?!ห์)ห?|วิเคาระห์|วิคราะห์", "วิเคราะห์"),  # "วิเคราะห" typed without its mark too
    (r"ประเมิณ", "ประเมิน"),
    (r"สมรรถณะ|สมรรถะนะ|สมถนะ", "สมรรถนะ"),
    (r"ข้อมุล|ขัอมูล", "ข้อมูล"),
    (r"กฏหมาย|กดหมาย(?!เลข)", "กฎหมาย"),  # ฎ typed as ด; "กดหมายเลข" is pressing a number
    (r"ไซเบอ(?!ร์)ร?", "ไซเบอร์"),
    (r"เทคโนโลยีย์|เทคโนโลหยี|เทคโนโลยี่", "เทคโนโลยี"),
    (r"ความเสี่ยง|ความเสียง(?=ดิจิ)", "ความเสี่ยง"),
    (r"ธรรมาภิบาร", "ธรรมาภิบาล"),
    (r"หลักถาน|หลักฐาณ", "หลักฐาน"),
    # "พี่" said of oneself (an officer to the bot as to a junior: "พี่เป็น HR", "ผลประเมินของพี่", "ข้อมูลพี่"): the
    # first person, as "ฉัน" (not "พี่ๆ", "พี่น้อง", "พี่สาว", nor "พี่" followed by anything else: "พี่ช่วยหน่อย")
    (r"(?<=ของ)\s?พี่(?!\s?ๆ|น้อง|สาว|ชาย|เลี้ยง)", "ฉัน"),
    (r"(?:^|(?<=\s))พี่(?=\s?(?:เป็น|เปน|ทำงาน|อยู่|ไม่ได้|ไม่ใช่|ดูแล|ควร|ต้อง|ยัง|อยาก|ขอ|สังกัด))", "ฉัน"),
    (r"(ข้อมูล|ตำแหน่ง|หน่วยงาน|จุดอ่อน|ประเมิน|คะแนน|ความคืบหน้า|ความก้าวหน้า|กลุ่ม|ระยะ)\s?พี่(?!\s?ๆ|น้อง|สาว|ชาย|เลี้ยง)",
     r"\1ของฉัน"),
    (r"เกณท์|เกนฑ์|เกณ(?![ฑท])|เกน(?=\s|อะไร|ไร|ไหน|ที่|ของ|การ|มี|ต้อง|ตอง|กี่|$)", "เกณฑ์"),
)

FIRST_PERSON = compile_any(
    r"ผม|ฉัน|ดิฉัน|หนู|เรา(?!ช)|กระผม|ข้าพเจ้า|ตัวเอง", word("i", "i'm", "im", "my", "me", "i am"),
)

# "ความรู้" as the part of a unit, not inside another phrase: educating people ("ให้ความรู้เกษตรกร", "เผยแพร่ความรู้"),
# the evidence's own "หลักฐานความรู้" (Knowledge Evidence) or a knowledge test.
_KNOWLEDGE_WORD = r"(?<!ให้)(?<!ให้ )(?<!เผยแพร่)(?<!ถ่ายทอด)(?<!หลักฐาน)(?<!หลักฐาน )(?<!หลักฐานด้าน)(?<!ทดสอบ)ความรู้"

ASPECTS: dict[str, re.Pattern[str]] = {
    # (a portfolio named as one way of assessing, "ใช้ method อะไร written test หรือ portfolio", is the assessment)
    "evidence": compile_any(r"หลักฐาน|เอกสาร(?:อะไร|ที่ต้อง)|ต้องยื่น|ส่งอะไร|แนบอะไร|"
                            # the papers prepared for the assessor ("เตรียมเอกสารส่งประเมิน", "เอกสารประกอบการประเมิน")
                            r"เตรียม\s?เอกสาร|เอกสาร\s?(?:ส่ง|ยื่น|ประกอบ)|แนบ\s?(?:ไฟล์|เอกสาร|file)|"
                            r"^(?!.*(?:\bmethods?\b|written test|วิธี(?:การ)?(?:ประเมิน|วัด)|วัดผล|สอบ))"
                            r".*(?:portfolio|พอร์ต)",
                            # a certificate is one kind of evidence the standard lists ("ประกาศนียบัตรต่างๆ จาก
                            # การฝึกอบรม"): "ต้อง cert อะไรไหม", "ต้องมีใบเซอร์ไหม", "ใช้ใบประกาศได้มั้ย"
                            r"ประกาศนียบัตร|ใบ\s?(?:ประกาศ|เซอ|เซอร์|cert)|เซอร์\s?ติ|"
                            r"(?:ต้อง|ใช้|มี|ยื่น|ขอ)\s?(?:ใบ\s?)?cert",
                            word("evidence", "evidences", "proof", "certificates?", "certifications?")),
    "knowledge": compile_any(rf"{_KNOWLEDGE_WORD}|ต้องรู้|รู้(?:อะ)?ไรบ้าง|รู้(?:อะ)?ไรมั่ง", word("knowledge", "need to know")),
    "skills": compile_any(r"ทักษะ|ต้องทำเป็น|ทำอะไรเป็น|สกิล", word("skills?")),
    "prerequisites": compile_any(
        r"ผ่าน.{0,12}?มาก่อน|ต้องมีมาก่อน|มาก่อน|ก่อนหน้า|พื้นฐานที่ต้อง|ก่อนเริ่ม|ต้องรู้ก่อน|ปูพื้น|พื้นฐานอะไร|"
        r"ก่อน(?:จะ)?(?:ทำ|เรียน|ลงมือ|เข้า)",
        word("prerequisites?", "pre-requisites?", "prereqs?", "pre-reqs?", "before (?:i )?start", "beforehand"),
    ),
    "occupations": compile_any(r"อาชีพ|ตำแหน่งไหน|ตำแหน่งอะไร|สายงานไหน|สายงานอะไร|ใคร(?:บ้าง)?(?:ที่)?ควร(?:ผ่าน|มี|ได้)|"
                               # who needs the unit ("ใช้กับกลุ่มไหน", "กลุ่มไหนต้องมี", "ต้องมีตั้งแต่ระยะไหน")
                               r"ใช้กับ\s?(?:กลุ่ม|ใคร|ตำแหน่ง|สายงาน)|"
                               r"(?:กลุ่ม|ใคร|ตำแหน่ง|สายงาน)\s?(?:ไหน|ใด)?\s?(?:บ้าง)?\s?(?:ที่)?\s?(?:ต้อง|ควร)\s?"
                               r"(?:มี|ผ่าน|ใช้|ประเมิน)|"
                               r"ต้อง(?:มี|ผ่าน)\s?(?:ตั้งแต่|ใน)?\s?ระยะ\s?(?:ไหน|ใด)|ระยะ\s?(?:ไหน|ใด)\s?(?:บ้าง)?\s?(?:ที่)?\s?ต้อง(?:มี|ผ่าน)",
                               word("occupations?", "jobs?", "who should (?:take|have|pass)", "who needs?",
                                    "which groups? (?:needs?|must have)")),
    "laws": compile_any(r"กฎหมาย|ระเบียบ|พ\.ร\.บ|พรบ|กม\.|\bกม\b", word("laws?", "legal", "regulations?")),
    "range": compile_any(r"ขอบเขต", word("range", "scope", "range statement")),
    "assessment": compile_any(
        r"วิธี(?:การ)?ประเมิน|แนวทาง(?:การ)?ประเมิน|เครื่องมือ(?:การ)?ประเมิน|"
        r"ประเมิน(?:ผล)?(?:กัน)?(?:อย่างไร|ยังไง|แบบไหน|ด้วยวิธี)|ต้องสอบ|สอบ(?:ยังไง|อะไร)|"
        r"(?:ประเมิน|วัดผล)(?:กัน)?\s?(?:ด้วย)?\s?(?:วิธี|แบบ)\s?(?:ไหน|ใด|อะไร)|วัดผล(?:กัน)?\s?(?:ยังไง|อย่างไร)",
        word("assessment method", "assessed", "how is .* assessed", "evaluated", "how is .* evaluated",
             "(?:assessment|evaluation) (?:\\w+ )?methods?", "written test"),
    ),
    "criteria": compile_any(
        r"เกณฑ์|ต้องทำอะไร|ทำอะไรบ้าง|กี่(?:ข้อ|เกณฑ์|สมรรถนะย่อย|หน่วยย่อย|องค์ประกอบ)|ต้องทำยังไง|ต้องทำไร|ทำไรบ้าง|หน่วยย่อย|สมรรถนะย่อย|องค์ประกอบ",
        # the tools a unit asks for ("DLit700 ใช้โปรแกรมอะไร Excel ได้ไหม"): the standards name none, the criteria say
        # what the tool must do
        r"(?:ใช้|เป็น)\s?(?:โปรแกรม|เครื่องมือ|ซอฟต์แวร์|ซอฟท์แวร์|แอป|แอพ|software|tool)\S{0,6}\s?(?:อะไร|ไร|ไหน|ใด|ตัวไหน)",
        word("criteria", "criterion", "performance criteria", "elements?", "what do i need to do",
             "(?:which|what) (?:software|programs?|tools?|apps?)",
             "what does.*require", "what do .*need", "requirements?"),
    ),
    "description": compile_any(r"คำอธิบายหน่วย|คำอธิบายของหน่วย|จะเป็นคนแบบไหน|เป็นคนแบบไหน|ผู้ที่ผ่าน",
                               word("unit description")),
    "overview": compile_any(
        r"คือ ?(?:อะ)?ไร|หมายถึง|คำอธิบาย|รายละเอียด|อธิบาย|ชื่อ(?:หน่วย)?(?:อะ)?ไร|เกี่ยวกับ(?:อะ)?ไร|"
        # "เป็นเรื่องอะไร", "ว่าด้วยอะไร"; "คือ data analysis ใช่มั้ย" checks what a unit is
        r"เป็นเรื่อง(?:อะ)?ไร|ว่าด้วย(?:เรื่อง)?(?:อะ)?ไร|คือ\s?\S.{0,40}ใช่(?:ไหม|มั้ย|มั๊ย|ป่ะ|ป่าว|หรือเปล่า|ไหมคะ)|"
        # "DL100 การบ่มเพาะคนพันธุ์ใหม่ ใช่ไหม" (Isan "…แม่นบ่"): what the unit is, checked, when nothing else is asked
        r"^\S.{0,60}\sใช่\s?(?:ไหม|มั้ย|มั๊ย|ป่ะ|ป่าว|หรือเปล่า|รึเปล่า)\s?(?:ครับ|ค่ะ|คะ|คับ|จ้า)?\s?$|"
        # "ขอภาพรวมของ DL200 แบบสรุปสั้นๆ": the unit in brief (its skills' "มองเห็นภาพรวม" is no question of them)
        r"ภาพรวม|สรุป|โดยย่อ|แบบย่อ|"
        # "ขอดู DLit500 หน่อยครับ": the unit itself (its code taken out, nothing else asked)
        r"^(?:ขอ|อยาก)?ดู\s*(?:หน่อย|ด้วย)?\s*(?:ครับ|ค่ะ|คะ|คับ|จ้า|นะ)*\s*$",
        word("what is", "what'? ?s", "describe", "description", "overview", "explain", "details?", "covers?",
             "is about"),
    ),
}
# "range" must not fire on "range of dates" etc. only in unit questions; order: most specific first.
ASPECT_ORDER: tuple[str, ...] = (
    "evidence", "range", "assessment", "prerequisites", "laws", "occupations", "knowledge", "skills", "description",
    "criteria", "overview",
)

# A question for a number ("หลักฐานมีกี่อย่าง", "how many"): the answer says the count first.
COUNT = compile_any(r"กี่|จำนวน(?:เท่าไร|เท่าไหร่|เท่าใด)", word("how many", "number of"))

# "ยังไม่ได้ทำเลย", "ไม่รู้จะเริ่มตรงไหน": where one stands with a unit, said after it was shown.
NOT_STARTED = compile_any(
    r"ยังไม่(?:ได้)?(?:ทำ|เริ่ม|เตรียม|รวบรวม|มีหลักฐาน)|ไม่รู้จะเริ่ม|(?:เริ่ม|เริ่มต้น)(?:จาก)?(?:ตรงไหน|ยังไง|อย่างไร|อะไรก่อน)|"
    r"ต้องเริ่มจาก|ทำอะไรก่อน",
    word("not started", "haven'?t started", "where (?:do|should) i start", "how do i start"),
)

# "ยกเลิกอันนี้", "cancel this one": a request that points at what was just shown.
POINTS_AT_SHOWN = compile_any(r"นี้|นั้น", word("this", "that", "it"))

# "เลื่อนเป็น 22 ธ.ค.", "ขอเปลี่ยนวันเป็น…": another date for a deadline just set or shown.
MOVE_DATE = compile_any(r"เลื่อน|(?:เปลี่ยน|แก้)(?:\s?[A-Za-z]{2,5}\d{3,4}(?:\.\d{1,2})?)?\s?(?:เป็น|วัน|ไป)|"
                        r"ขยาย(?:เวลา|ถึง|เป็น)",
                        word("postpone", "move (?:it )?to", "change (?:it|the date) to"))
# "ส่งหลักฐาน DS700 แล้ว", "ส่งไปเรียบร้อยแล้วค่ะ": evidence handed in.
# What is kept of one's data, who sees it, how it goes ("เก็บข้อมูลอะไรของเราบ้าง", "ถ้าลาออก ข้อมูลจะลบยังไง"),
# asked as a question: the privacy notice (a request to delete is ``data_delete``).
# What a question about one's data worries about (who sees it, what is kept, deleting it), as against what one's
# data says now ("ข้อมูลของฉันตอนนี้เป็นยังไง": the profile).
PRIVACY_CONCERN = compile_any(r"ใคร|เห็น|เก็บ|ลบ|ส่งต่อ|ปลอดภัย|เอาไป|นำไป|ใช้ทำ|ลาออก|รั่ว|pdpa",
                              word("who", "keep", "kept", "store", "delete", "share"))
PRIVACY_QUESTION = compile_any(
    # about the data of someone: "of us", "kept", "who sees" (a topic like "PDPA อยู่หน่วยไหน" is a search)
    r"ข้อมูล.{0,12}(?:ของ(?:เรา|ฉัน|ผม|ดิฉัน|หนู|เขา|ตัวเอง|พนักงาน|บุคลากร|ผู้ใช้)|ที่เก็บไว้|ส่วนตัว)",
    r"(?:เก็บ|ลบ)(?:ข้อมูล)?อะไร.{0,12}(?:ของ)?(?:เรา|ฉัน|ผม|ดิฉัน|ไว้)", r"ใคร(?:เห็น|ดู|เข้าถึง).{0,8}ข้อมูล",
    r"ลาออก.{0,24}ข้อมูล",
    # consent itself questioned ("ต้องยินยอมด้วยเหรอ เก็บอะไรบ้าง", "ทำไมต้องกดยินยอม"), what is kept asked alone
    r"ยินยอม.{0,6}(?:ด้วย)?(?:เหรอ|หรอ|ไหม|มั้ย|ทำไม|เพื่ออะไร)|ทำไม.{0,8}ยินยอม|"
    r"(?:^|\s|จะ|แล้ว)(?:เก็บ|บันทึก)(?:ข้อมูล)?อะไร(?:บ้าง|มั่ง|ไว้)",
    # one's results seen by HR or the boss ("ผลที่ประเมินไป ฝ่าย HR จะเห็นด้วยหรือไม่คะ", "หัวหน้าจะเห็นคะแนนผมไหม")
    r"ผล.{0,24}(?:[Hh][Rr]|ฝ่ายบุคคล|เจ้าหน้าที่|หัวหน้า|ผู้บังคับบัญชา|นาย|ผู้บริหาร)\s?(?:จะ)?\s?(?:เห็น|ดู|รู้)",
    r"(?:[Hh][Rr]|ฝ่ายบุคคล|หัวหน้า|ผู้บังคับบัญชา)\s?(?:จะ)?\s?(?:เห็น|ดู|รู้)\s?(?:ผล|คะแนน|อะไร|ข้อมูล)",
    # what works without consent ("ถ้าไม่ยินยอม จะใช้อะไรได้บ้าง")
    r"ไม่\s?ยินยอม.{0,24}(?:ใช้|ทำ|ถาม).{0,24}(?:อะไร|ได้ไหม|ได้มั้ย|ได้บ้าง|ได้หรือ|ได้เปล่า)",
    # the data one gave, who sees it ("ข้อมูลที่ให้ไว้ ใครจะเห็นบ้างคะ")
    r"ข้อมูล(?:ที่)?(?:ให้|กรอก|บอก|แจ้ง)ไว้.{0,16}ใคร|ข้อมูล.{0,20}ใคร\s?(?:จะ)?\s?(?:เห็น|ดู|เข้าถึง)",
    # what is done with it ("เขาเอาข้อมูลผมไปทำอะไร", "ข้อมูลหนูเอาไปใช้ทำไร")
    r"(?:เอา|นำ)\s?ข้อมูล.{0,12}ไป(?:ทำ|ใช้)|ข้อมูล\s?(?:ของ)?\s?(?:เรา|ฉัน|ผม|ดิฉัน|หนู|ลุง|ป้า|พี่).{0,12}(?:เอา|นำ)\s?ไป",
    word("my data", "our data", "what data do you", "who can see my"),
)
EVIDENCE_SENT = compile_any(r"ส่ง(?:หลักฐาน)?.{0,24}(?:แล้ว|เรียบร้อย)", word("submitted", "(?:sent|handed) in"))

# Where the last answer comes from ("อันนี้อ้างอิงจากไหนครับ", "ที่มาจากเอกสารอะไร", "where is this from?").
SOURCE_ASKED = compile_any(
    r"(?:อ้างอิง|ที่มา|แหล่งที่มา)\S{0,6}\s?(?:จาก|มาจาก)?\s?(?:ไหน|อะไร|ใด|เอกสาร(?:อะไร|ไหน|ฉบับไหน))|"
    r"(?:มา|เอามา)จาก(?:ไหน|เอกสาร(?:อะไร|ไหน|ฉบับไหน))|อ้างอิง\s?(?:ด้วย|หน่อย)|ไม่มี\s?(?:ที่มา|อ้างอิง)",
    word(r"where (?:is|does|did) (?:this|it|that) (?:come )?from", r"(?:what(?:'s| is) the|which|your) sources?",
         r"no sources?", r"cite (?:it|the source)"),
)
# Where or to whom evidence goes ("ส่งหลักฐานที่ไหน", "ยื่นเอกสารกับใคร", "who do I send it to"): the sources do not
# say (each agency decides); not "ส่งภายใน…" (a deadline) nor "ส่งแล้ว" (EVIDENCE_SENT).
WHERE_TO_SUBMIT = compile_any(
    # (not the "ส่ง" of ส่งมอบ, a project's deliverables, nor "ยื่น" without its mark, the "ยืน" of ยืนยันตัวตน)
    r"(?:ส่ง(?!มอบ|เสริม)|ยื่น(?!ยัน)|นำส่ง|อัปโหลด|อัพโหลด).{0,30}?"
    r"(?:ที่ไหน|ตรงไหน|ทางไหน|ช่องทางไหน|(?:(?:ให้|กับ|ถึง|หา)\s?)?ใคร)",
    r"ใคร.{0,12}(?:เป็นคน|เป็นผู้)?(?:รับ|ตรวจ)(?:หลักฐาน|เอกสาร)",
    r"\b(?:where|who)\b.{0,40}\b(?:submit|send|hand in|upload)",
    r"\b(?:submit|send|hand in|upload)\b.{0,40}\b(?:where|to whom|to who)\b",
)

# The chat's own controls asked where ("เมนูอยู่ไหน", "กดตรงไหน", "ปุ่มหลักอยู่ตรงไหน"): help, never a topic search.
UI_WHERE = compile_any(r"(?:เมนู|ปุ่ม)(?:หลัก)?\s?(?:อยู่)?\s?(?:ตรง|ที่)?\s?(?:ไหน|ใด)",
                       r"^\S{0,8}\s?กด\s?(?:ตรง|ที่|อัน)?\s?(?:ไหน|ใด)")

QUESTION = compile_any(
    # "มั้ย" without its mark is "มัย", as inside "อนามัย" (กรมอนามัย): not a question there; nor is "บ้าง" without its
    # mark in a place's name ("สำนักงานเขตบางรัก")
    r"อะไร|(?:เป็น|ทำ|มี|คือ|ได้|ว่า|เอา)\s?ไร|เป็นไง|ไหน|ยังไง|อย่างไร|ไหม|(?<!อนา)มั้ย|บ้าง(?!รัก|นา|เขน|กะปิ|ซื่อ|พลัด|แค|บอน|กอก|ใหญ่|ละมุง|ปะกง|พลี|บัวทอง|กรวย|ปะอิน|ไทร|คนที)|หรือเปล่า|หรือไม่(?:\s?(?:ครับ|ค่ะ|คะ))?\s*$|คือ|เท่าไร|ใด(?!\s?ๆ|ใด|ก็)|\?",
    # English "is/does" ask only at the start ("is it…"); inside a statement ("my org is still…") they do not
    word("what", "which", "how", "where", "do i", "can i", "should i"), r"^(?:is|are|does|do|can)\b",
)

# "แล้วผู้บริหารล่ะคะ", "ส่วนกลุ่มบริการละครับ": what about another one, a question in Thai (never an answer about
# oneself, even under "which group are you in?"); so is "ผู้บริหารล่ะคะ" with the asking ล่ะ alone ("ผู้บริหารละกัน" answers)
WHAT_ABOUT = re.compile(r"^\s*(?:(?:แล้ว|ส่วน)\s?\S.*?(?:ล่ะ|ละ|หละ)|\S.*?(?:ล่ะ|หล่ะ))\s?(?:ครับ|คับ|ค่ะ|คะ|จ้ะ|จ้า|จ๊ะ)?"
                        r"\s*[?？]*\s*$")

# Whether the standards hold a topic at all ("ระบบแผนที่ GIS มีในมาตรฐานสมรรถนะบ้างไหม", "…มีในมาตรฐานมั้ยครับ",
# "มันก็อยู่ในมาตรฐานด้วยเหรอ"): a topic looked up, as "where is it" is.
IN_STANDARD_ASKED = (r"(?:มี|อยู่)\s?(?:อยู่)?\s?ใน\s?(?:มาตรฐาน|หน่วยสมรรถนะ|สมรรถนะ|เกณฑ์)\S{0,12}\s?(?:ด้วย)?\s?"
                     r"(?:ไหม|มั้ย|มัย|ป่ะ|ปะ|บ้าง|หรือเปล่า|รึเปล่า|หรือไม่|เหรอ|หรอ)")
SEARCH = compile_any(
    IN_STANDARD_ASKED,
    r"อยากรู้เรื่อง|อยากทราบเรื่อง|อยาก(?:พัฒนา(?:ทักษะ)?|ฝึก|เก่ง)|เรื่อง|เกี่ยวกับ|เกี่ยวข้องกับ|หน่วย(?:สมรรถนะ)?ที่(?:เกี่ยว|ว่าด้วย|สอน|พูดถึง)|ค้นหา|หาหน่วย|มีหน่วยไหน|หน่วยไหน|หน่วยอะไร.*เกี่ยว|"
    r"ด้าน.*มีอะไร|สอนเรื่อง|หัวข้อ|อยู่\s?(?:ใน|ที่)?\s?(?:หน่วย|สมรรถนะ|เกณฑ์|ส่วน|ข้อ|element|criterion|unit)|"
    r"อยู่ตรงไหน|อยู่ไหน|เรียนที่ไหน|ครอบคลุม|ตรงกับหน่วย|(?:หน่วย|ข้อ|เกณฑ์|รหัส|element|criterion|unit) ?(?:ไหน|ใด)",
    word("search", "find", "look for", "look up", "units? (?:about|on|for)", "anything about", "about",
         "(?:anything|something) (?:on|regarding|covering)",
         "related to", "topic", "where is", "(?:what|which) units?", "covers?", "covering", "where's", "where are",
         "where does", "which (?:unit|element|criterion)",
         "(?:criterion|element|unit) code", "in which"),
)

ROLE_NEED = compile_any(
    r"ต้องมี|ต้องใช้|ต้องรู้|ต้องการ|ต้องเรียน|ต้องผ่าน|ต้องพัฒนา|ควรมี|ควรรู้|ควรเรียน|ต้องมีทักษะ|หน่วยอะไร|"
    r"สมรรถนะอะไร|ทักษะอะไร|ต้องทำอะไร|ควร(?:ได้รับ)?(?:การ)?พัฒนา|บทบาท|(?:หน่วย|สมรรถนะ|ทักษะ)\S{0,8}(?:ใด|ไหน)|(?:ทักษะ|สมรรถนะ)(?:ดิจิทัล)?\S{0,14}(?:มี)?(?:อะ)?ไร",
    word("need", "needs", "require", "required", "requirements?", "should", "must", "what units", "role"),
)
# "What do I need?" without a code or a topic: the person's own role (the profile fills group and phase).
ROLE_SELF = compile_any(
    r"(?:ผม|ฉัน|หนู|เรา|ดิฉัน|ตัวเอง)?\s*(?:ต้อง|ควร)(?:มี|รู้|พัฒนา|เรียน)(?:ทักษะ|สมรรถนะ|ความสามารถ|ความรู้)?"
    r"(?:\s?(?:ด้าน)?ดิจิ(?:ทัล|ตอล|ตัล))?\s*(?:อะไร|ไร)|"  # ("ต้องมีทักษะดิจิทัลอะไรบ้าง": digital, the domain)
    # the side or matter to develop ("ควรพัฒนาด้านไหนเพิ่ม", "ต้องพัฒนาตรงไหนอีก": a search for the words, before)
    r"(?:ต้อง|ควร)\s?(?:พัฒนา|เรียน)\s?(?:เพิ่ม(?:เติม)?\s?)?(?:ด้าน|เรื่อง|ส่วน|ตรง|จุด)\s?(?:ไหน|ใด|อะไร)|"
    r"ทักษะ(?:ของ)?(?:ผม|ฉัน|หนู|ดิฉัน)|(?:ผม|ฉัน|หนู|ดิฉัน|เรา)\s*(?:ต้อง|ควร)(?:มี|ใช้|รู้)|"
    # how many one's role needs ("ต้องมีกี่หน่วยครับ", "ผมต้องผ่านทั้งหมดกี่ตัว")
    r"(?:ต้อง|ควร)(?:มี|ผ่าน|เรียน|ประเมิน)\s?(?:ทั้งหมด)?\s?กี่\s?(?:หน่วย|ตัว|สมรรถนะ)|"
    # which units, the subject left out as Thai does ("ต้องมีหน่วยไหนบ้างคับ", "ควรผ่านหน่วยสมรรถนะอะไรบ้าง")
    r"(?:ต้อง|ควร)\s?(?:มี|ผ่าน|เรียน)\s?หน่วย(?:สมรรถนะ)?\s?(?:ไหน|ใด|อะไร)|"
    r"หน่วย(?:สมรรถนะ)?\s?(?:ไหน|ใด|อะไร)\s?(?:บ้าง)?\s?ที่\s?(?:ต้อง|ควร)\s?(?:มี|ผ่าน|เรียน)|"
    # which units to begin with ("ผมควรเริ่มจากหน่วยไหน", "แนะนำหน่วยที่ควรเรียนก่อน")
    r"ควร(?:เรียน|เริ่ม)\S{0,12}หน่วย(?:ไหน|ใด|อะไร)|หน่วย(?:ที่)?ควร(?:เรียน|เริ่ม)|แนะนำหน่วย|"
    # what one's own group and phase need, in formal words ("ทักษะที่ต้องมีตามกลุ่มและระยะของข้าพเจ้า", "สมรรถนะตาม
    # บทบาทของกระผม")
    r"(?:ทักษะ|สมรรถนะ|หน่วย|ความสามารถ)\S{0,24}(?:ตาม|ของ|สำหรับ)\s?(?:กลุ่ม|ระยะ|บทบาท|ตำแหน่ง|สายงาน|โปรไฟล์)"
    r"\S{0,16}?(?:ของ)?\s?(?:ผม|ฉัน|หนู|ดิฉัน|ข้าพเจ้า|กระผม|ตัวเอง)",
    word("what (?:skills |competencies |units )?do i need", "what should i learn", "my role needs?",
         # "which units are for my group?", "what does my group need"
         "(?:for|of) my (?:group|role)", "my group needs?", "units? for me"),
)
# Which unit to begin with, no topic named ("ควรเริ่มจากหน่วยไหนก่อน", "หน่วยไหนควรทำก่อน", "ควรประเมินอันไหนก่อนดี",
# "which unit should I start with"): a suggestion from the person's own role, not a topic search.
START_WHERE = compile_any(
    r"(?:ควร|จะ)?\s?(?:เริ่ม(?:ต้น)?)?\s?(?:เริ่ม(?:ต้น)?|ทำ|เรียน|ประเมิน|ฝึก|พัฒนา)\s?(?:จาก)?\s?(?:หน่วย|อัน|ตัว|เรื่อง|ด้าน)\s?"
    r"(?:ไหน|ใด|อะไร)(?:\s?(?:ดี|ก่อน))?|"
    r"(?:ควร|จะ)\s?เริ่ม(?:ต้น)?\s?(?:จาก)?\s?(?:เรียน|ประเมิน|ฝึก|ทำ|พัฒนา)?\s?(?:ไหน|อะไร|อันไหน)\s?(?:ดี|ก่อน)|"
    r"(?:หน่วย|อัน|ตัว)\s?(?:ไหน|ใด)\s?(?:ที่)?\s?(?:ควร|จะ)?\s?(?:ทำ|เริ่ม|เรียน|ประเมิน|ฝึก)\s?(?:ก่อน|ดี|เป็นอันดับแรก)|"
    r"เริ่ม(?:ต้น)?(?:จาก)?\s?(?:หน่วย|อัน|ตัว)\s?(?:ไหน|ใด)|หน่วย(?:ที่)?ควร(?:เรียน|เริ่ม|ทำ)(?:ก่อน)?|"
    # the one that matters most ("หน่วยไหนสำคัญสุด", "สำคัญที่สุดคือตัวไหน"): the letter ranks none, so where to begin
    r"(?:หน่วย|อัน|ตัว)\s?(?:ไหน|ใด)\s?(?:ที่)?\s?(?:สำคัญ|จำเป็น)\s?(?:ที่)?\s?สุด|"
    r"(?:สำคัญ|จำเป็น)\s?(?:ที่)?\s?สุด\s?(?:คือ|เป็น)?\s?(?:หน่วย|อัน|ตัว)\s?(?:ไหน|ใด|อะไร)",
    word("which (?:unit|one|competenc(?:y|ies)) (?:should|do|shall) i (?:start|begin|do|take|learn|assess)",
         "which unit (?:first|to start|to begin)", "where (?:should|do) i (?:start|begin)",
         "what (?:unit )?should i (?:start|begin) with"),
)
# Throwing away the questionnaire left open ("ยกเลิกแบบทดสอบที่ค้างไว้", "ทิ้งอันที่ทำค้างเลย", "discard the quiz"): not a resume.
DISCARD_RUN = compile_any(
    r"(?:ยกเลิก|ทิ้ง|ลบ|ไม่เอา)\s?(?:แบบทดสอบ|แบบประเมิน|การประเมิน|ควิซ|ข้อสอบ|(?:อัน)?ที่(?:ทำ)?ค้าง)|"
    # the run refused ("ไม่ทำแบบประเมินแล้ว เลิกถามได้ไหม": it was started again, before)
    r"ไม่\s?(?:ทำ|เอา)\s?(?:แบบทดสอบ|แบบประเมิน|ข้อสอบ)\S{0,4}\s?(?:แล้ว|ละ)|เลิก\s?ถาม|ไม่ต้อง\s?ถาม\s?(?:แล้ว|ต่อ)",
    word("(?:cancel|discard|drop|delete) (?:the |this |my )?(?:quiz|test|assessment)"),
)
# Whether two names are one thing ("ระยะพัฒนาแล้ว กับระยะสมบูรณ์ เป็นระยะเดียวกันไหม", "คนละระยะรึเปล่า", "the same stage?").
SAME_ASKED = compile_any(r"เดียวกัน|เหมือนกัน(?:ไหม|มั้ย|มั๊ย|รึเปล่า|หรือเปล่า|ป่าว|ปะ|หรือไม่|\?)|คนละ(?:ระยะ|อัน|ตัว)|"
                         r"(?:ชื่อ|คำ)(?:เรียก)?(?:อื่น|ต่าง)", word("the same", "same (?:phase|stage|thing)"))
AFFILIATED = compile_any(r"สังกัด", word("i work (?:at|for|in)"))  # "สังกัด สำนักงาน…": where one belongs
# An explicit request to change the profile (a question that mentions "เราอยู่…" is not one); not "แก" in "โปรแกรม".
# ("แก้" without its mark is inside ขอนแก่น, แก่น, แกง, แก้ว: no edit there)
PROFILE_VERB = compile_any(r"ตั้งค่า|^(?:ขอ|ช่วย)?ตั้ง\s?โปรไฟล์|เปลี่ยน|แก้ไข|(?<!โปร)(?<!ขอน)แก้(?!รม|น|ง|ว)|บันทึก|อัปเดต|อัพเดท|"
                           r"อัพเดต|ปรับ|เซ็ต|เซต",
                           word("set", "change", "update", "edit", "switch", "should be"))
# A second framework named next to one code: "DL201 ก.พ. 2561 กับ 2567".
FRAMEWORK_WORDS = compile_any(r"2561|2567|ก\.?พ\.?|สดช|มาตรฐานอาชีพ|กรอบ", word("ocsc", "framework", "standard"))
ROLE_WORD = compile_any(r"บทบาท|ตำแหน่ง|กลุ่มบุคคล|กลุ่มผู้|กลุ่มไหน", word("roles?", "position", "group"))

# Numbers said in Thai words, as voice typing writes them ("หมวดสี่", "พีเอ็มคิวเอ").
THAI_NUMBER_WORDS = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7}
_THAI_NUMBERS = "|".join(THAI_NUMBER_WORDS)
PMQA = compile_any(
    r"(?:pmqa|พี ?เอ็ม ?คิว ?เอ)(?:\s*4\.0)?|ระบบราชการ\s*4\.0|ราชการ 4\.0|หมวด(?:ที่)?\s*(?:\d|" + _THAI_NUMBERS + ")|"
    r"(?:อยู่|มี)?(?:ใน)?หมวด\s?(?:ไหน|ใด|อะไร)|"
    r"เกณฑ์คุณภาพการบริหารจัดการภาครัฐ|ประเด็นพิจารณา",
    word("category [1-7]", "pmqa item", "criteria item"),
)
# PMQA named, not only "อยู่ในหมวดไหน" (which people also ask of a competency topic: "ไซเบอร์อยู่หมวดไหน").
PMQA_NAMED = compile_any(
    r"(?:pmqa|พี ?เอ็ม ?คิว ?เอ)(?:\s*4\.0)?|ระบบราชการ\s*4\.0|ราชการ 4\.0|หมวด(?:ที่)?\s*(?:\d|" + _THAI_NUMBERS + ")|"
    r"เกณฑ์คุณภาพการบริหารจัดการภาครัฐ|ประเด็นพิจารณา",
    word("category [1-7]", "pmqa item", "criteria item"),
)
# Where a topic is ("ความเสี่ยงด้านไอทีอยู่สมรรถนะไหน", "เรื่องไหนพูดถึง AI"): a search, whatever group or request
# word the topic holds (a group's name in it is part of the topic, not a role asked about).
# A place in the standards said with a second noun ("อยู่ในสมรรถนะข้อไหน", "อยู่ในมาตรฐานข้อไหน", "อยู่สมรรถนะตัวไหน",
# "นับเป็นสมรรถนะดิจิทัลข้อไหน", "เป็นหัวข้อไหนในมาตรฐาน", "มาตรฐานเขียนไว้หน่วยไหน"): voice typing says it so.
_PLACE_TWICE = (r"(?:อยู่|นับเป็น|เป็น)\s?(?:ใน|ที่)?\s?(?:หน่วย(?:สมรรถนะ)?|สมรรถนะ|มาตรฐาน|เกณฑ์|หัวข้อ)\s?(?:ดิจิทัล)?\s?"
                r"(?:ข้อ|ตัว|หน่วย|ตรง|ส่วน|เรื่อง)?\s?(?:ไหน|ใด)|"
                r"(?:มาตรฐาน|สมรรถนะ)\s?(?:เขา|เค้า)?\s?(?:เขียน|ระบุ|กำหนด)ไว้\s?(?:ที่|ใน)?\s?(?:หน่วย|ข้อ|ตรง|ส่วน)?\s?(?:ไหน|ใด)")
WHERE_IS = compile_any(
    _PLACE_TWICE,
    r"อยู่\s?(?:ใน|ที่)?\s?(?:หน่วย(?:สมรรถนะ)?|สมรรถนะ(?:ย่อย)?|เกณฑ์|ข้อ|เรื่อง|ด้าน|ส่วน|หมวด|ประเด็น|ตรง|มาตรฐาน|element|unit|criterion)?"
    r"\s?(?:ไหน|ใด)|"
    r"(?:เรื่อง|หน่วย(?:สมรรถนะ)?|สมรรถนะ|ข้อ)(?:ไหน|ใด)\s?(?:พูดถึง|สอน|ว่าด้วย|เกี่ยวกับ|เกี่ยวข้อง|กล่าวถึง)",
    word("where (?:is|are|does|do|can i find)", "which units? (?:talks?|covers?|is about|mentions?)"),
)
# The stricter form: "อยู่(ใน)หน่วย/สมรรถนะ/เรื่อง…ไหน" names the catalog as the place asked about.
WHERE_UNIT = compile_any(
    _PLACE_TWICE,
    IN_STANDARD_ASKED,
    r"อยู่\s?(?:ใน|ที่)?\s?(?:หน่วย(?:สมรรถนะ)?|สมรรถนะ(?:ย่อย)?|เกณฑ์|เรื่อง|ด้าน|หมวด|element|unit)\s?(?:ไหน|ใด)",
    word("which units? (?:talks?|covers?|is about|mentions?)"),
)
# A topic asked for outright (worth looking up by parts when all its words together find nothing).
SEARCH_ASKED = compile_any(
    _PLACE_TWICE,
    IN_STANDARD_ASKED,
    r"อยู่\s?(?:ใน|ที่)?\s?(?:หน่วย(?:สมรรถนะ)?|สมรรถนะ(?:ย่อย)?|เกณฑ์|ข้อ|เรื่อง|ด้าน|ส่วน|หมวด|ตรง|มาตรฐาน|"
    r"element|unit|criterion)?\s?(?:ไหน|ใด)|ถูกอ้างถึง|นับเป็น\S{0,12}(?:ข้อ|หน่วย)(?:ไหน|ใด)|ค้นหา|หาเรื่อง|อยาก(?:รู้|ทราบ)เรื่อง|เกี่ยวกับ|(?:เรื่อง|หน่วย(?:สมรรถนะ)?|สมรรถนะ)(?:ไหน|ใด)|"
    # which unit to read for a task ("จะทำ KPI … ควรดู unit ไหน", "ต้องเรียนหน่วยใด")
    r"(?:ดู|เรียน|อ่าน|ใช้)\s?(?:หน่วย(?:สมรรถนะ)?|unit|สมรรถนะ)\s?(?:ไหน|ใด)",
    word("search", "find", "where (?:is|are|does|do|can i find)", "which units?", "units? (?:about|on|for)"),
)
# None of the groups listed ("บุคลากรที่ไม่ได้อยู่ในสายบริหาร สายวิชาการ สายบริการ หรือสายเทคโนโลยี"): the others.
NONE_OF = compile_any(r"ไม่ได้(?:อยู่|เป็น|ทำงาน)(?:ใน|ด้าน|สาย)?|ไม่ใช่(?:ทั้ง)?|นอกจาก|นอกเหนือ(?:จาก)?|ไม่อยู่ใน",
                      word("not in", "none of", "other than", "outside"))
# A correction of one's group ("ไม่ใช่ผู้บริหาร เป็นนักวิชาการค่ะ"): the group after "เป็น" is the one meant.
NOT_THIS_GROUP = compile_any(r"^(?:ผม|ฉัน|ดิฉัน|หนู)?\s?(?:ไม่ใช่|ไม่ได้เป็น|ไม่ได้อยู่)")
# The group saved, said to be wrong before the right one ("ทำไมบันทึกว่าดิฉันเป็นผู้บริหารคะ ดิฉันเป็นผู้ทำงานด้านบริการ
# ค่ะ ช่วยแก้ให้ด้วย"): the one named last is meant.
WRONGLY_SAVED = compile_any(r"ทำไม\s?(?:ถึง)?\s?(?:บันทึก|ตั้ง|ใส่|เลือก|ขึ้น)\S{0,8}ว่า|(?:บันทึก|ตั้ง|ใส่)\S{0,10}ผิด|"
                            r"ยัง\s?ผิด|ไม่ถูก(?:ต้อง)?")
# The occupational standard by its name ("มาตรฐานสมรรถนะผู้บริหารเทคโนโลยีสารสนเทศระดับสูง"): no person's group in it.
STANDARD_TITLE = compile_any(r"มาตรฐาน(?:สมรรถนะ)?\s?(?:ของ)?\s?ผู้บริหาร\s?(?:เทคโนโลยีสารสนเทศ|ไอที|it)?\s?"
                             r"(?:ระดับสูง)?\s?(?:ภาครัฐ)?")
# An agency moving from one phase to the next ("ขึ้นจากระยะเริ่มต้นไประยะกำลังพัฒนา"): the phase it moves to, and
# what that phase adds.
PHASE_MOVE = compile_any(r"จาก\s?(?:ระยะ)?\S{0,16}\s?(?:ไป(?:เป็น|สู่)?|เป็น|สู่|ขึ้น(?:ไป)?)\s?"
                         r"(?:ระยะ|กำลัง|พัฒนา|เริ่ม|สมบูรณ์|early|developing|mature)",
                         word("from .{1,24} to"))
# A question about what the assistant can do ("ระบบนี้ตั้งเตือนให้คนอื่นได้ไหม", "ทำแบบทดสอบในนี้ได้ด้วยเหรอ"):
# help, not the request it names. The assistant named as the subject, or a request for other people, or a limit.
_CAN = r"ได้(?:ด้วย)?\s?(?:ไหม|มั้ย|ไม๊|ป่ะ|ปะ|เหรอ|หรอ|รึเปล่า|หรือเปล่า|หรือไม่|บ้าง)"
CAPABILITY = compile_any(
    r"(?:บอท|แชทบอท|ระบบนี้|ระบบนี่|ในนี้|ที่นี่|ตรงนี้|ในแชท|ระบบ\s?สามารถ)\S*.{0,40}?" + _CAN + "|"
    # the assistant named, asked whether it supports or has something ("บอทนี้รองรับหลายคนพร้อมกันไหม")
    r"(?:บอท|แชทบอท|ระบบนี้)\S*.{0,30}?(?:รองรับ|มีระบบ|มีฟีเจอร์|มีฟังก์ชัน).{0,30}?(?:ไหม|มั้ย|หรือไม่|หรือเปล่า|รึเปล่า)|"
    r"ระบบ(?:จะ)?(?:จำ|เก็บ|บันทึก|ส่ง|ตอบ|ออก)\S{0,30}(?:ไหม|มั้ย|ป่ะ|เหรอ|รึเปล่า|หรือเปล่า)|"
    r"(?:(?:ให้|แทน)\s?(?:คนอื่น|เพื่อน|ลูกน้อง|น้อง\s?ๆ|ทีม|ทั้ง(?:ทีม|กอง|หน่วย|สำนัก|กรม)|(?:คน)?ใน(?:ทีม|กอง))|"
    r"(?:คนอื่น|เพื่อน|ลูกน้อง|ทั้งทีม|ทั้งกอง)\s?แทน|ทุกคน|หลายคน|เพื่อนร่วมงาน|ลูกน้อง|คนอื่น|คนใน(?:ทีม|กอง|หน่วย)|"
    r"ของ\s?(?:ทีม|ทั้งกอง)|"
    r"หลาย\s?(?:หน่วย|รายการ|อัน)|พร้อมกัน).{0,30}?" + _CAN + "|"
    r"^ใช้\s?(?:ใน|กับ|ผ่าน|บน)\S{0,30}?" + _CAN + "|"
    r"(?:ตั้ง|เตือน|ส่ง|เก็บ|ถาม|ทำ)\S{0,20}ได้(?:สูงสุด|มากสุด|ล่วงหน้า)?\s?กี่(?:วัน|ครั้ง|อัน|รายการ|คน)|"
    # how, in which language or how often it works: "ตั้งเตือนซ้ำทุกเดือนได้ไหม", "ถามเป็นภาษาอังกฤษได้ไหม"
    r"(?:ซ้ำ|ทุก\s?(?:วัน|เดือน|สัปดาห์|อาทิตย์|ปี)|ผ่าน\s?(?:อีเมล|อีเมล์|e-?mail|sms|เอสเอ็มเอส|ไลน์|line|telegram|เทเลแกรม)|"
    r"(?:เป็น)?ภาษา(?:อังกฤษ|ไทย|จีน|ญี่ปุ่น))\S{0,10}\s?" + _CAN,
    word("(?:can|does|do|will) (?:this|the) (?:bot|system|assistant|chatbot)",
         "how (?:do|can|should) i (?:set|use|start|change|cancel|turn|stop|subscribe|unsubscribe)",
         "(?:can|does) (?:it|this) "
         "(?:work|answer|speak|support|understand|reply|handle)", "is (?:it|this) (?:able|possible)",
         # "I'm an HR officer, can I send announcements to all staff?", "can we set deadlines for the whole team?"
         "(?:can|could|may) (?:i|we|hr|an? hr officer|officers?|managers?) (?:also )?"
         "(?:send|set|broadcast|remind|export|see|announce)",
         r"(?:can|could|does|do|will) (?:[\w']+ ){1,6}in (?:english|thai)"),  # "can I get reminders in English?"
)
# What a capability question asks about must be the assistant's business ("บอทร้องเพลงได้มั้ย" is small talk), and
# a request ("ขอส่งเรื่องให้เจ้าหน้าที่ได้ไหม") is no question about abilities.
CAPABILITY_ABOUT = compile_any(
    r"เตือน|ข่าว|ประกาศ|แบบทดสอบ|แบบประเมิน|ประเมิน|ทดสอบ|ถาม|ตอบ|หลักฐาน|สมรรถนะ|คะแนน|ใบรับรอง|ใบประกาศ|ไฟล์|ภาษา|"
    r"กลุ่มไลน์|ไลน์|เทเลแกรม|มือถือ|คอม|เว็บ|pmqa|จำ|เก็บ|บันทึก|ส่ง|คุย|พูด|ใช้งาน|รองรับ|sms|เอสเอ็มเอส",
    word(r"remind\w*", "news", "english", "thai", "answer", "reply", "quiz", "test", r"assess\w*", "team", "evidence",
         "line", "telegram", "phone", r"announce\w*", r"broadcast\w*", "deadlines?", "staff", "results"),
)
# A reminder for other people ("ช่วยตั้งเตือนให้น้องๆ ทั้งฝ่าย…ได้ไหมคะ", "remind my whole team"): reminders are one's own;
# HR sets deadlines for many people as campaigns on the admin pages, so the answer is what the assistant can do (help).
FOR_OTHERS = compile_any(
    r"(?:ให้|แทน)\s?(?:คนอื่น|เพื่อน|ลูกน้อง|ลูกทีม|น้อง\s?ๆ|น้อง\s?ใน(?:ทีม|กอง|ฝ่าย|หน่วย)|ทีม|ทุกคน|ทั้ง\s?(?:ทีม|กอง|หน่วย|สำนัก|กรม|ฝ่าย|แผนก|งาน)|"
    r"(?:คน|ทุกคน)ใน(?:ทีม|กอง|ฝ่าย|หน่วย|แผนก))|(?:คนอื่น|เพื่อน|ลูกน้อง|ทั้งทีม|ทั้งกอง|ทั้งฝ่าย)\s?แทน|"
    # the staff named ("ให้ข้าราชการทั้งกรม", "แก่บุคลากรทุกคนในสำนัก")
    r"(?:ให้|แก่|ถึง)\s?(?:ข้าราชการ|บุคลากร|เจ้าหน้าที่|พนักงาน)\s?(?:ทุกคน|ทั้ง\s?(?:ทีม|กอง|หน่วย|สำนัก|กรม|ฝ่าย|แผนก)|"
    r"ใน\s?(?:ทีม|กอง|หน่วย|สำนัก|กรม|ฝ่าย|แผนก))|"
    r"เตือน\S{0,4}\s?(?:ทุกคน|ลูกน้อง|ทีม|ทั้ง(?:ทีม|กอง|ฝ่าย|หน่วย|แผนก))|"
    # everyone of a unit named alone ("แจ้งเวียนทุกคนในกรม", "ทุกคนในกองต้องทำไหม"): the staff, not the one asking
    r"ทุกคน\s?ใน\s?(?:ทีม|กอง|ฝ่าย|หน่วยงาน|หน่วย|แผนก|สำนัก|กรม|องค์กร)",
    word("(?:remind|for) (?:my |the |our |all )?(?:team|staff|colleagues|everyone|whole (?:team|section|division))",
         "for (?:everyone|others|other people)"),
)
# News or a deadline sent to many ("ส่งประกาศให้ทุกคนในกรม", "แจ้งเวียนกำหนดส่ง", "broadcast to all staff"): HR's
# announcements and campaigns, made on the admin pages (not "ประกาศนียบัตร", a certificate).
ANNOUNCED = compile_any(r"ส่ง\s?ประกาศ|ประกาศ\s?(?:ให้|แจ้ง)|แจ้งเวียน|เวียนแจ้ง|ส่ง\s?ข่าว|กระจาย\s?ข่าว|แคมเปญ",
                        word(r"broadcast\w*", r"announce\w*", "campaigns?"))
# Only some people chosen for an announcement ("แคมเปญเลือกส่งเฉพาะกลุ่มบริการได้ไหม", "ส่งประกาศเฉพาะผู้บริหาร"): HR's
# segments (a group, a phase, an agency), chosen on the admin pages.
SOME_ONLY = compile_any(r"เฉพาะ|บาง\s?กลุ่ม|เลือก\s?(?:ส่ง|กลุ่ม|คน)|ถึง\s?ใคร",
                        word("only", "some groups?", "a segment", "segments?", "who (?:gets|receives)"))
# An announcement, also "this" one ("ประกาศนี้จะไปถึงใครบ้าง"; not ประกาศนียบัตร, a certificate).
NOTICE = compile_any(ANNOUNCED.pattern, r"ประกาศ\s?นี(?!ย)|ข่าว\s?นี")
# Where to learn it, a course to take ("เรียนที่ไหนได้มั่ง มีคอร์สไหม", "มีหลักสูตรอบรมไหม",
# "อยากไปอบรมเพิ่ม มีที่ไหนแนะนำบ้าง", "where can I take a course"): the documents name no courses (not
# "พัฒนาหลักสูตรอบรม", a unit's topic).
COURSES_ASKED = compile_any(r"(?:เรียน|อบรม|ฝึก)\s?(?:ได้)?\s?(?:ที่ไหน|ที่ใด)|มี\s?(?:คอร์ส|course)|คอร์ส\s?(?:ไหน|อะไร)|"
                            r"(?:อบรม|คอร์ส)\S{0,8}\s?(?:มี)?\s?ที่ไหน\s?(?:แนะนำ|ดี)|"
                            r"(?:มี|หา)\s?หลักสูตร\s?(?:อบรม)?\s?(?:ไหม|มั้ย|มั๊ย|อะไร|ที่ไหน|แนะนำ)|สมัคร\s?(?:อบรม|เรียน|คอร์ส)",
                            word(r"where (?:can|do|should) i (?:learn|study|train|take)\w*",
                                 r"any (?:courses?|training)",
                                 r"(?:recommend|suggest)\w* (?:a |some )?(?:courses?|training)"))
# Whom the occupational standard is for ("มาตรฐานอาชีพนี้กลุ่มเป้าหมายเป็นใคร ครอบคลุมนักวิชาการคอมพิวเตอร์ไหม",
# "กลุ่มบุคคลในอาชีพ (Target Group) ของมาตรฐานอาชีพคือใคร"): its own Target Group, not the OCSC letter's six groups.
STANDARD_AUDIENCE = compile_any(
    r"กลุ่มเป้าหมาย|กลุ่มบุคคลในอาชีพ|"
    r"มาตรฐาน\s?(?:อาชีพ|2567|ปี\s?(?:25)?67|นี้)\S{0,24}\s?(?:สำหรับ|ใช้กับ|ครอบคลุม|เหมาะกับ)\s?(?:ใคร|ตำแหน่ง|กลุ่ม)|"
    # whether it applies to oneself ("มาตรฐาน 2567 คืออะไร ใช้กับผมไหม")
    r"มาตรฐาน\s?(?:อาชีพ|2567|ปี\s?(?:25)?67|นี้).{0,30}(?:ใช้กับ|เกี่ยวกับ)\s?(?:ผม|ฉัน|ดิฉัน|หนู|เรา)",
    word("target group", r"who is (?:the |this )?(?:occupational )?standard for",
         r"which (?:one |standard |framework )?applies to me"))
# Whether one passed ("ผ่านไหมคะ", "ถือว่าผ่านหรือไม่ผ่าน", "ต้องได้กี่คะแนนถึงจะถือว่าผ่าน", "did I pass?"): the
# self-assessment has no pass mark, which is said first.
PASS_ASKED = compile_any(r"ผ่าน\s?(?:ไหม|มั้ย|มั๊ย|หรือ(?:ไม่|เปล่า|ยัง)|รึ(?:เปล่า|ยัง)|ยัง)|ถือว่า\s?(?:สอบ)?ผ่าน|"
                         r"ผ่านหรือไม่ผ่าน|ผ่านเกณฑ์\s?(?:ไหม|มั้ย|หรือ)",
                         word(r"did i pass", r"have i passed", r"pass mark", r"(?:is|was) (?:that|this|it) a pass"))
# One's team, staff, subordinates ("ลูกน้องผมต้องมีทักษะอะไรบ้าง", "what about my team?"): other people, of a group not
# said (one's own group was shown for them, before).
MY_TEAM = compile_any(r"ลูกน้อง|ลูกทีม|(?:คนใน\s?ทีม|ทีม\s?งาน|ทีม|น้อง\s?ๆ?\s?ใน(?:ทีม|กอง|ฝ่าย)|บุคลากรใน(?:กอง|ฝ่าย|ทีม))\s?"
                      r"(?:ของ)?\s?(?:ผม|ฉัน|ดิฉัน|เรา|พี่|หนู)",
                      word(r"my (?:team|staff|people|subordinates|direct reports)"))
# A cancel denied ("ห๊ะ ผมไม่ได้สั่งยกเลิกนะ", "I didn't ask to cancel"): no cancel ("ยกเลิกแล้ว", before).
NOT_CANCELLING = compile_any(r"ไม่ได้\s?(?:สั่ง|บอก|ขอ|กด|ตั้งใจ|อยาก)?\s?(?:ให้)?\s?(?:ยกเลิก|ลบ)",
                             word(r"did(?:n'?t| not|n t) (?:ask|mean|want) (?:you )?to (?:cancel|delete)"))
# A self-assessment score asked about, as the results show it ("1.6/4 นี่คือแย่มากมั้ยคะ", "ได้ 2.5/4 ถือว่าดีไหม"): the
# scale read, not PMQA item 1.6.
SCORE_OUT_OF = re.compile(r"(?<![\d.])([1-4](?:\.\d{1,2})?)\s?/\s?4(?![\d./])")
# Getting into the admin pages ("หน้าแอดมินเข้ายังไง ต้องมีรหัสไหม", "how do I log in to the admin pages"): HR's side.
ADMIN_ACCESS = compile_any(r"(?:แอดมิน|admin|หน้า\s?ผู้ดูแล)\S{0,12}\s?(?:เข้า|ล็อก\s?อิน|login|รหัส|โทเคน|token|สิทธิ)|"
                           r"(?:เข้า|ล็อก\s?อิน|login)\s?(?:หน้า|ระบบ)?\s?(?:แอดมิน|admin|ผู้ดูแล)",
                           word(r"(?:log|sign)\s?in (?:to|on) (?:the )?admin\w*",
                                r"admin (?:pages?|site|login|access)"))
# Who else has done it ("ใครทำแบบประเมินไปแล้วบ้าง", "คนไหนยังไม่ส่ง", "who has taken the test"): other people's results,
# which HR sees on the admin pages; nothing to start for the one asking.
OTHERS_DONE = compile_any(r"ใคร\s?(?:บ้าง\s?)?(?:ที่\s?)?(?:ยัง\s?)?(?:ไม่\s?)?(?:ได้\s?)?(?:ทำ|ส่ง|ผ่าน|ประเมิน)|"
                          r"คนไหน\s?(?:ยัง\s?)?(?:ไม่\s?)?(?:ได้\s?)?(?:ทำ|ส่ง|ผ่าน)",
                          word("who (?:has|have|hasn't|haven't|already|still) (?:not )?"
                               "(?:done|taken|finished|submitted)"))
# Staff's results looked at ("ในฐานะ HR จะดูผลของบุคลากรในกรมได้อย่างไร", "ดูผลประเมินของลูกน้องได้ที่ไหน", "how do I see my
# staff's results"): HR's admin pages, not one's own progress.
STAFF_RESULTS = compile_any(
    r"(?:ดู|เช็ค|เช็ก|ติดตาม|ตรวจ|เรียกดู)\s?(?:ผล|คะแนน|ความคืบหน้า|ความก้าวหน้า)\S{0,16}\s?(?:ของ\s?)?"
    r"(?:บุคลากร|ลูกน้อง|พนักงาน|เจ้าหน้าที่|ทุกคน|คนใน|ข้าราชการ\s?(?:ใน|ของ)|น้อง\s?ๆ|ทีม|ลูกทีม)",
    word(r"(?:see|view|check|track|monitor) (?:the |my |our )?(?:staff|team|employees|colleagues)(?:'?s'?| s)? "
         r"(?:results|progress|scores)"),
)
# A satisfaction survey is no self-assessment ("อยากประเมินความพึงพอใจ"): nothing the assistant runs.
SATISFACTION = compile_any(r"ความพึงพอใจ|พึงพอใจ|แบบสอบถาม", word("satisfaction", "survey", "feedback form"))
# Taking or giving one ("ขอทำแบบสำรวจความพึงพอใจ", "ให้คะแนนความพึงพอใจบอท"): what the assistant does not run.
SATISFACTION_GIVEN = compile_any(r"(?:ทำ|ตอบ|กรอก|ให้คะแนน|ประเมิน)\S{0,12}\s?ความพึงพอใจ",
                                 word("(?:take|fill in|answer|give) (?:a |the )?(?:satisfaction )?(?:survey|feedback)"))
# ("ขอสอบถาม", "ขอเรียนถาม", "ขอทราบ" open a question politely: no request)
REQUEST_WORD = compile_any(r"^(?:ขอ(?!สอบถาม|เรียนถาม|ถาม|ทราบ)|ช่วย|กรุณา|รบกวน)|ขอ(?:ส่ง|ให้|คุย|ตั้ง|ทำ)",
                           word("please"))
_NOT_A_PHASE = r"(?<!ระยะ)(?<!ระยะ )"
PMQA_LEVELS: dict[str, re.Pattern[str]] = {
    # The criteria name each level with its focus too: Basic (A&D), Advance (Alignment), Significance (Integration).
    "Basic": compile_any(r"เบสิก|เบสิค|ระดับพื้นฐาน", word("basic", "a ?& ?d", "(?:ระดับ|level) ?(?:approach|deployment)")),
    # (not the last phase called "advanced": "ระยะ advance", "the advanced stage" are ``entities.PHASES``' Mature)
    "Advance": compile_any(_NOT_A_PHASE + r"(?:แอดวานซ์|แอดวานซ์|แอดวานส์)",
                           _NOT_A_PHASE + word("advance", "advanced", "adv", "alignment") + r"(?! ?(?:stage|phase))"),
    "Significance": compile_any(r"ซิกนิฟิแคนซ์|ซิกนิฟิเคนซ์|ซิกนิ", word("significance", "significant", "sig", "integration")),
}
# Taking something on ("อยากประเมิน…", "ขอเช็ค…", "เริ่มทำ…", "I'd like to take…"): beside the readiness check's words.
TAKE_CHECK = compile_any(r"อยาก|ขอ|ทำ|เริ่ม|ลอง|เช็ค|เช็ก|ตรวจ|วัด|^ประเมิน\s?ความพร้อม",
                         word("take", "start", "check", "do", "run", "begin"))
# A move from one PMQA level to another ("ขึ้นจาก Basic เป็น Advance", "ยกระดับ…", "from basic to advance", "จะไป
# Advance จาก Basic"): the level moved to is the one asked about, the other its starting point.
PMQA_LEVEL_MOVE = compile_any(r"จาก|ขึ้น|ยกระดับ|เลื่อนระดับ|ไปถึง|ไปสู่|ให้ถึง",
                              word("from", "move", "reach", "upgrade", "step up"))
PMQA_CATEGORY = thai_pattern(r"(?:หมวด(?:ที่)?|category|cat\.?)\s*([1-7]|" + _THAI_NUMBERS + r")(?![\d.])",
                             re.IGNORECASE)
# The PMQA categories by their names (the deck's titles: "หมวด 4 การวัด วิเคราะห์ และการจัดการความรู้"), the
# full forms anywhere a category is asked for ("การจัดการความรู้อยู่หมวดไหน", "which category covers workforce"),
# the short ones only right after "หมวด" ("หมวดบุคลากร", "หมวดผลลัพธ์"). English: the Baldrige names PMQA follows.
PMQA_CATEGORY_NAMES: dict[int, tuple[str, str]] = {
    1: (r"การนำองค์(?:การ|กร)|\bleadership\b", r"(?:การ)?นำ(?:องค์(?:การ|กร))?|ผู้นำ"),
    2: (r"(?:การ)?วางแผนเชิงยุทธ(?:ศาสตร์)?|วางแผนยุทธศาสตร์|\bstrategic planning\b",
        r"(?:การ)?(?:วางแผน|แผน)?ยุทธศาสตร์|(?:การ)?วางแผน"),
    3: (r"(?:การ)?ให้ความสำคัญกับผู้รับบริการ|ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย|\bcustomer focus\b",
        r"ผู้รับบริการ|ลูกค้า|ประชาชน|ผู้มีส่วนได้ส่วนเสีย"),
    4: (r"การวัด\s?(?:การ)?วิเคราะห์|การจัดการความรู้|\bknowledge management\b|\bmeasurement,? analysis\b",
        r"(?:การ)?วัด|(?:การ)?จัดการความรู้|ความรู้|\bkm\b"),
    5: (r"(?:การ)?มุ่งเน้นบุคลากร|\bworkforce\b", r"บุคลากร|\bhr\b"),
    6: (r"(?:การ)?มุ่งเน้นระบบ(?:การ)?ปฏิบัติการ|\boperations focus\b",
        r"(?:ระบบ)?(?:การ)?ปฏิบัติการ|กระบวนการ"),
    7: (r"ผลลัพธ์การดำเนินการ|\b(?:organi[sz]ational|performance) results\b", r"ผลลัพธ์|ผลการดำเนินการ|ตัวชี้วัด"),
}
PMQA_CATEGORY_FULL = {n: thai_pattern(full) for n, (full, _) in PMQA_CATEGORY_NAMES.items()}
# "หมวดการนำองค์การ", "หมวด ด้านบุคลากร", "หมวดที่ว่าด้วยผลลัพธ์", "the leadership category": a category by its name.
PMQA_CATEGORY_TITLED = {n: thai_pattern(rf"หมวด(?:ที่)?\s?(?:ว่าด้วย|เรื่อง|ด้าน)?\s?(?:{full}|{short})(?!\S*\s?(?:ไหน|ใด))|"
                                        rf"(?:{full})\s?(?:category|section)|category (?:on |of |about )?(?:{full})")
                        for n, (full, short) in PMQA_CATEGORY_NAMES.items()}
# A category asked for ("อยู่หมวดไหน", "หมวดไหนพูดถึง…", "which (PMQA) category…").
PMQA_WHICH_CATEGORY = compile_any(r"หมวด\s?(?:ไหน|ใด|อะไร)", word("(?:which|what) (?:pmqa )?(?:category|section)"))
# An item number written as PMQA writes it ("ข้อ 4.1", "ประเด็น 4.1", "คำถามข้อ 1.1"): PMQA, not a version.
PMQA_ITEM_NAMED = compile_any(r"(?:ข้อ|ประเด็น(?:พิจารณา)?|คำถาม)\s*[1-7]\.[1-9](?![\d])", word("item [1-7]\\.[1-9]"))
PMQA_ITEM = re.compile(r"(?<![\dA-Za-z.])([1-7]\.[1-9])(?![\d.])")
PMQA_QUESTION = re.compile(r"(?<![\dA-Za-z.])([1-7]\.[1-9]\.[1-9])(?![\d.])")

QUIZ = compile_any(
    r"ประเมินตัวเอง|ประเมินตนเอง|แบบประเมิน|แบบทดสอบ|ทำแบบทดสอบ|ทดสอบ(?:ตัวเอง|ความรู้)?|ขอประเมิน|"
    r"วัดระดับ(?:ตัวเอง|ตนเอง)|วัดระดับ(?:ทักษะ|ความรู้|สมรรถนะ)\S{0,16}?(?:ของ)?\s?(?:ตัวเอง|ตนเอง)|มีแบบ(?:ทดสอบ|ประเมิน)?ให้(?:ลอง)?ทำ|อยากประเมิน|เริ่มประเมิน|ลองประเมิน|ทำข้อสอบ|ข้อสอบ(?!ถาม)|ควิซ|ประเมินความรู้|ประเมินตัวเอง|ประเมินทักษะ|"
    r"เทสต์?\s?(?:ความรู้|ตัวเอง)",
    word("quiz", "test me", "test myself", "quiz me",
         "self-assess(?:ment)?", "self assess(?:ment)?", "assess me", "assess myself",
         "evaluate myself", "start (?:an? )?(?:assessment|test)"),
)

REMIND = compile_any(r"เตือน|ตั้งเตือน|แจ้งเตือน|(?<!ระบบ)นัด(?!คิว|ประชุม|ผู้ป่วย)(?:หมาย)?",  # a booking system is no reminder
                     word("remind(?:er|ers)?", "alert me", "notify me"))
# Moving a reminder just set to another day ("เปลี่ยนเป็นวันที่ 20 แทนได้ไหม"); the context gives its code.
RESCHEDULE = compile_any(r"(?:เปลี่ยน|เลื่อน|ย้าย)\s?(?:ออก)?\s?(?:เป็น|ไป)?\s?(?:อีก)?\s?"
                         r"(?:วัน|เดือน|อาทิตย์|สัปดาห์|พรุ่งนี้|สิ้น|ปลาย|กลาง|ต้น|\d)|แทน(?:ได้|นะ|ครับ|ค่ะ|\s|$)|"
                         # "DL202 ขอเป็นปลาย มี.ค. 70", "เอาเป็นสิ้นเดือนหน้า": another day asked for the deadline
                         r"(?:ขอ|เอา)\s?เป็น\s?(?:วัน|เดือน|อาทิตย์|สัปดาห์|พรุ่งนี้|สิ้น|ปลาย|กลาง|ต้น|\d)|"
                         r"ขยาย(?:เวลา)?\s?(?:ออก)?\s?(?:ถึง|เป็น|ไป)|"
                         r"แก้(?:ไข)?\s?(?:วัน(?:ที่)?\s?)?เป็น",  # "แก้เป็นวันที่ 5 ก.พ. 70": the date corrected
                         word("move (?:it )?to", "change (?:it |the date )?to", "reschedule"))
# A deadline said without เตือน ("DL200 ส่งภายใน 28/2/2570", "กำหนดส่ง DS700 15 ม.ค. 70", "due by 5 Jan"): with a
# code and a real date it asks for a reminder; the date is read as for one.
DEADLINE = compile_any(r"ส่ง.{0,16}?(?:ภายใน|ก่อน|ไม่เกิน|ถึง)|ภายใน(?:วันที่)?\s?\d|กำหนดส่ง|เดดไลน์|เดทไลน์|ส่ง(?:วันที่|วัน)\s?\d",
                       word("deadline", "due (?:by|on|date)", "submit (?:it )?by"))
# "นัด" alone is weak: "ปฏิทินออนไลน์ นัดประชุม อยู่เกณฑ์ไหน" asks where a topic is.
REMIND_WORD = compile_any(r"เตือน", word("remind(?:er|ers)?", "alert me", "notify me"))
REMIND_LIST = compile_any(
    r"(?:เตือน|แจ้งเตือน).*(?:อะไร|ไร(?:ไว้|บ้าง|มั่ง|ค้าง)|ไว้บ้าง|ไว้มั่ง|ทั้งหมด|ที่มี|มีกี่|มี(?:ไหม|มั้ย|บ้าง|อยู่ไหม)$)|^มี(?:การ)?(?:แจ้ง)?เตือน|(?:ดู|รายการ|แสดง|เช็ค|เช็ก)\S{0,12}?(?:การ)?(?:แจ้ง)?เตือน|"
    r"การ(?:แจ้ง)?เตือน(?:ของ)?(?:ผม|ฉัน|หนู|ดิฉัน)|เตือนของ(?:ผม|ฉัน|หนู|ดิฉัน)|"
    r"(?:นัด|กำหนด)ส่ง(?:หลักฐาน)?\S{0,12}ที่ตั้งไว้.{0,20}(?:วันไหน|เมื่อไร|เมื่อไหร่|อะไร|บ้าง|กี่)|"
    # the day of a reminder set ("ที่ตั้งเตือนไว้ของ DS600 วันไหนนะคะ", "เตือนของDS600วันไหนคะ", "แค่อยากดูว่าตั้งไว้
    # วันไหน": a profile holds no day), not one to set ("เตือน DS600 วันไหนดี")
    r"(?:ตั้ง(?:การ)?(?:แจ้ง)?เตือน\s?\S{0,3}\s?ไว้.{0,30}|ตั้งไว้\s?|เตือน\s?ของ\s?\S{0,24}?\s?)"
    r"(?:วันไหน|วันอะไร|วันที่\s?เท่าไร|วันที่\s?เท่าไหร่|เมื่อไร|เมื่อไหร่)(?!\s?ดี)",
    r"^reminders?$|(?:เตือน|reminders?).{0,20}(?:อยู่|มี)\s?กี่\s?(?:อัน|รายการ|ตัว|เรื่อง)|"
    r"(?:ลิสต์|list)\s?(?:การ)?(?:แจ้ง)?(?:เตือน|reminders?)|(?:reminders?|เตือน)\s?ที่ตั้งไว้\S{0,4}\s?(?:ทั้งหมด|ขอดู|ให้ดู|มีอะไร)",
    word("my reminders", "list (?:my )?reminders", "show (?:my )?reminders", "what reminders",
         "reminders do i have", "pending reminders",
         # asked about one's reminder ("wait, my reminder is for which DL200?": it was cancelled, before)
         r"my reminders? (?:is|are) (?:for|on|set)", r"(?:which|what) (?:unit|date|day) is my reminder"),
)
# "ทุกวันจันทร์", "ทุกสัปดาห์", "every week": a repeating reminder, which the reminders are not.
REPEATING = re.compile(bare(r"ทุก\s?(?:วัน|สัปดาห์|อาทิตย์|เดือน|เช้า|เย็น|ๆ|\d)|"
                            r"\b(?:every\s(?:day|week|month|morning|monday|tuesday|wednesday|thursday|friday)|"
                            r"daily|weekly|monthly)\b"), re.IGNORECASE)
# The frameworks themselves asked about: counted or listed ("มีกรอบมาตรฐานกี่ฉบับ", "which frameworks do you cover?"), or
# the two compared by name, with no code ("มาตรฐาน ก.พ. ปี 61 กับปี 67 ต่างกันยังไง", "the OCSC framework vs the 2567
# standard"); "อันเก่ากับอันใหม่" after a unit is that unit in both, not this.
FRAMEWORKS_ASKED = compile_any(
    r"(?:กรอบ|มาตรฐาน)\S{0,16}\s?(?:มี)?\s?(?:กี่\s?(?:ฉบับ|กรอบ|ชุด|อัน)|อะไรบ้าง|ไหนบ้าง)|"
    r"(?:ใช้|อ้างอิง|อิง)\s?(?:มาตรฐาน|กรอบ)\S{0,10}\s?(?:อะไร|ไหน|ใด)|(?:อ้างอิง|อิง)\s?เอกสาร\S{0,10}\s?(?:อะไร|ไหน|ใด)",
    word("(?:which|what) (?:frameworks|standards|documents|sources)", "frameworks do you"),
)
# Which framework something is of ("อันนี้มาตรฐานไหน", "ใช้กรอบของปีไหน", "based on 2561 or 2567?"): asked at an open
# assessment, that assessment's.
WHICH_FRAMEWORK = compile_any(
    r"(?:กรอบ|มาตรฐาน)\S{0,10}\s?(?:ไหน|อะไร|ใด|ปีไหน)|(?:ปี\s?)?(?:2561|61)\s?(?:หรือ|หรอ)\s?(?:ปี\s?)?(?:2567|67)|"
    r"(?:ปี\s?)?(?:2567|67)\s?(?:หรือ|หรอ)\s?(?:ปี\s?)?(?:2561|61)",
    word("(?:which|what) (?:framework|standard)", r"2561 or 2567", r"2567 or 2561", "based on (?:which|what)"),
)
FRAMEWORKS_COMPARED = compile_any(
    r"(?:ก\.?\s?พ\.?|2561|ปี\s?61|ocsc|2018).{0,40}(?:2567|ปี\s?67|มาตรฐานอาชีพ|มาตรฐานสมรรถนะ|2024)|"
    r"(?:2567|ปี\s?67|2024).{0,40}(?:ก\.?\s?พ\.?|2561|ปี\s?61|ocsc|2018)")
# One of a list shown, by its place ("อันแรก", "ตัวที่ 2", "รายการสุดท้าย", "the second one", "reminder 2").
LISTED_ITEM = (r"(?:อัน|ตัว|รายการ|เตือน|นัด)\s?(?:ที่)?\s?(?:แรก|สุดท้าย|ล่าสุด|[1-9](?![\d.])|หนึ่ง|สอง|สาม|สี่|ห้า)")
LISTED_ITEM_EN = (r"(?:the )?(?:first|second|third|fourth|fifth|last|[1-9](?:st|nd|rd|th))(?: one| reminder)?|"
                  r"reminder #?[1-9]")
# A listed item removed ("ลบอันแรกออก", "ยกเลิกอันที่ 2", "ไม่เอาตัวสุดท้ายแล้ว", "delete the second one"): the only
# lists one removes from are one's reminders.
REMOVE_LISTED = compile_any(r"(?:ยกเลิก|ลบ|ไม่เอา|ตัด)\s?(?:การ)?(?:เตือน)?\s?" + LISTED_ITEM,
                            r"เอา\s?(?:การ)?(?:เตือน)?\s?" + LISTED_ITEM + r"\s?ออก",
                            word(r"(?:cancel|delete|remove|drop) " + LISTED_ITEM_EN))
REMIND_CANCEL = compile_any(
    r"(?:ยกเลิก|ลบ|ไม่ต้อง|ไม่เอา|(?<!เ)ปิด|หยุด|เลิก)(?:การ)?(?:นัด)?(?:แจ้ง)?(?:ตั้ง)?เตือน|"
    r"เตือน.*(?:ยกเลิก|ไม่เอาแล้ว|ลบ|เอาออก)|เอา\S{0,6}เตือน\S{0,20}\s?ออก|"
    r"(?:ยกเลิก|ลบ|ปิด|หยุด|เลิก)\s?(?:อัน)?\s?(?:reminders?|alerts?)",
    word("cancel (?:my |the |all )?reminders?", "delete (?:my |the |all )?reminders?",
         r"(?:cancel|delete|remove|stop) (?:[\w-]+ ){1,3}reminders?",
         "remove (?:my |the )?reminders?", "stop (?:the )?reminders?", "turn off reminders?"),
)

PROFILE_SHOW = compile_any(
    # "โปรไฟล์" not after or before a verb that sets it ("ตั้งค่าโปรไฟล์", "โปรไฟล์… เปลี่ยนเป็น…")
    r"(?<!ตั้งค่า)(?<!ตั้งค่า )(?<!เปลี่ยน)(?<!เปลี่ยน )(?<!แก้ไข)(?<!แก้)(?<!ปรับ)(?:โปรไฟล์|profile)\s?(?:ของ)?"
    r"(?:ผม|ฉัน|หนู|ดิฉัน)?(?!.*(?:ตั้ง|เปลี่ยน|แก้|ปรับ|อัปเดต|อัพเดท|อัพเดต|เซ็ต|เซต))|ข้อมูล(?:ของ)?(?:ผม|ฉัน|หนู|ดิฉัน)|"
    r"(?:ผม|ฉัน|หนู|ดิฉัน)อยู่(?:กลุ่ม|กอง|หน่วยงาน|กรม|ระยะ|สังกัด)\s?(?:ไหน|อะไร)|(?:ผม|ฉัน|หนู|ดิฉัน)ตั้งค่า.*ไว้|ดูโปรไฟล์|ดูข้อมูลส่วนตัว|ข้อมูลที่บันทึก|"
    r"(?:ตั้ง|บันทึก|จำ|เก็บ)\S{0,30}ไว้.{0,20}(?:อะ)?(?:ไร|ไหน|ยังไง|อย่างไร)|"
    r"(?:ระยะ|กลุ่ม)ของ(?:ผม|ฉัน|ดิฉัน|หนู)(?:คือ)?(?:อะไร|ไหน)|(?:ดู|เช็ค|เช็ก)(?:การ)?ตั้งค่า|ข้อมูลที่(?:ระบบ)?เก็บ|"
    # "ตั้งค่าอะไรไว้บ้าง", "ข้อมูลส่วนตัวที่บอทเก็บไว้" (a reminder set, "ตั้งเตือนอะไรไว้", is the reminders')
    r"ตั้งค่า(?:อะ)?ไร\S{0,4}ไว้|ตั้งค่า\S{0,6}ไว้\s?(?:ยังไง|อย่างไร|บ้าง)|ข้อมูล(?:ส่วนตัว)?\S{0,6}ที่\S{0,10}เก็บ",
    word("my profile", "show (?:my )?profile", "who am i", "what group am i", "my settings"),
)
PROFILE_SET = compile_any(
    r"(?:ตั้ง|ตง|เปลี่ยน|แก้|ปรับ|เซ็ต|เซต|อัปเดต|อัพเดท|อัพเดต|บันทึก)(?:ค่า|ไข)?\s?(?:ให้)?\s?(?:ระยะ|กลุ่ม|หน่วยงาน|โปรไฟล์|สังกัด)"
    r"[^?]{0,24}?(?:เป็น|เปน|=|ไปเป็น)|"
    r"(?:ย้าย|โอน)(?:ไป|มา)(?:อยู่|ทำงาน|สังกัด)?\s?(?:ที่)?\s?(?:กรม|กระทรวง|สำนัก|จังหวัด|องค์การ|สถาบัน|เทศบาล|อบต|อบจ|"
    r"องค์การบริหารส่วน|โรงพยาบาล|รพ\.|โรงเรียน|มหาวิทยาลัย|สภ\.|สถานีตำรวจ|ตำรวจภูธร|ภ\.จว|กองบัญชาการ|ศาล|สถาบัน)|"
    r"(?:ผม|ฉัน|หนู|ดิฉัน|เรา)\S{0,4}สังกัด|ตั้งค่า(?:โปรไฟล์|กลุ่ม|ระยะ|หน่วยงาน)|^(?:ขอ)?(?:ตั้ง|บันทึก)(?:ค่า)?ข้อมูล|"
    r"^(?:ขอ|ช่วย)?(?:ตั้ง|เซ็ต|เซต)\s?โปรไฟล์|"
    r"(?:ตอนนี้|ปัจจุบัน)\s?(?:ทำงาน|อยู่)\s?(?:ด้าน|สาย|ฝ่าย|กอง|กรม)|"
    r"(?:เปลี่ยน|แก้|ปรับ|เซ็ต|เซต|อัปเดต|อัพเดท|อัพเดต)(?:ให้)?\s?เป็น\s?(?:ระยะ|กลุ่ม|สาย)|เปลี่ยน(?:กลุ่ม|ระยะ|หน่วยงาน|โปรไฟล์)|แก้(?:ไข)?(?:โปรไฟล์|กลุ่ม)|"
    r"(?<!ของ)(?<!ของ )(?:ผม|ฉัน|หนู|ดิฉัน|เรา)(?:เป็น|ทำงาน|อยู่|คือ)|หน่วยงาน(?:ของ)?(?:ผม|ฉัน|หนู|ดิฉัน)|องค์กร(?:ของ)?(?:ผม|ฉัน)",
    word("i am an?", "i'm an?", "i work (?:in|at|as|for)", "set (?:my )?(?:group|phase|agency|profile)",
         "change (?:my )?(?:group|phase|agency|profile)", "(?:update|edit) (?:my )?(?:group|phase|agency|profile)",
         "my (?:group|phase|agency) (?:is now|should be|will be)", "i'm (?:now )?in the", "i am (?:now )?in the",
         "my agency is",
         "my organi[sz]ation is", "our organi[sz]ation is"),
)
# What to work on next, asked of one's own results ("ผมควรพัฒนาเรื่องไหนก่อน", "ข้อไหนผมได้คะแนนน้อยสุด"): after a
# self-assessment, its result's weakest elements.
IMPROVE_ASKED = compile_any(
    r"(?:ควร|ต้อง)(?:ไป)?(?:เริ่ม)?(?:พัฒนา|ปรับปรุง|เรียน|ฝึก|เสริม)(?:เพิ่ม)?\s?(?:เรื่อง|ด้าน|ข้อ|หน่วย|ตรง|ส่วน)?\s?"
    r"(?:ไหน|อะไร|ไร|ใด)(?:\s?(?:ก่อน|ต่อ|เพิ่ม))?|จุดอ่อน|ข้อ(?:ไหน|ใด).{0,12}(?:คะแนน|ได้)(?:น้อย|ต่ำ)|"
    r"(?:คะแนน|ได้)(?:น้อย|ต่ำ)(?:สุด|ที่สุด)",
    word("what should i (?:improve|work on|learn)", "my weak(?:est)? (?:points?|areas?|spots?)"),
)
# The result of what one is answering, asked in the middle of it ("ขอดูผลเลยได้ป่าว", "ผลเป็นไงบ้าง", "คะแนนตอนนี้
# เท่าไหร่", "show me my results"): the answers so far, summed up, and the run left to go on.
RESULT_ASKED = compile_any(
    r"(?:ขอ|อยาก)?\s?(?:ดู|เห็น|รู้|เช็ค|เช็ก|สรุป)\s?(?:ผล|คะแนน)|"
    r"(?:ผล|คะแนน)(?:การ)?(?:ประเมิน|ลัพธ์|สอบ)?(?:ที่ทำ(?:ไป)?|ตอนนี้|ของ(?:ผม|ฉัน|หนู|เรา|ดิฉัน))?\s?"
    r"(?:เป็น|ได้)?\s?(?:ไง|ยังไง|อย่างไร|เท่าไร|เท่าไหร่|ไร|อะไร)|"
    r"^(?:ขอ)?(?:ผล|สรุปผล|คะแนน)(?:การ)?(?:ประเมิน|ลัพธ์)?\s?(?:เลย|ก่อน|หน่อย|ตอนนี้)|"
    # how many so far ("ตอนนี้ได้กี่คะแนนแล้ว", "ถูกไปกี่ข้อ", "คะแนนตอนนี้กี่"): not how many a unit has
    r"(?<!ต้อง)(?<!ต้องทำ)(?<!ต้องตอบ)(?:ได้|ถูก|ตอบถูก)\s?(?:ไป)?\s?(?:แล้ว)?\s?กี่\s?(?:คะแนน|ข้อ)|"
    r"คะแนน\s?(?:ตอนนี้|ที่ได้)?\s?(?:ได้)?\s?กี่|"
    # whether one passed, the answers ("ผ่านไหม", "ผมสอบผ่านไหม", "ขอดูเฉลย", "คำตอบที่ถูก")
    r"^(?:\S{0,6}\s?)?(?:สอบ|ทำ)?\s?ผ่าน\s?(?:ไหม|มั้ย|มั๊ย|หรือเปล่า|รึเปล่า|ป่ะ|ปะ|หรือยัง|เปล่า)|เฉลย|"
    r"คำตอบ\s?(?:ที่)?(?:ถูก|ผิด)",
    word("(?:my |the )?results?", "(?:my )?score", "how am i doing", "how did i do", "summary", "did i pass",
         "(?:the )?(?:right|correct) answers?"),
)
PROGRESS = compile_any(
    # not a project's ("ติดตามความคืบหน้าโครงการ" is a topic of the catalog)
    r"คะแนน(?:การ|แบบ)?(?:ประเมิน|ทดสอบ|สอบ)(?:ความรู้|ตนเอง|ตัวเอง)?\s?(?:ของ)?\s?(?:ผม|ฉัน|หนู|ดิฉัน|เรา(?!ช))|"
    r"คะแนน(?:การ|แบบ)?(?:ประเมิน|ทดสอบ|สอบ)(?:ความรู้|ตนเอง|ตัวเอง)?\s?(?:ครั้ง)?(?:ล่าสุด|ก่อน|ที่แล้ว|ที่ทำ)|"
    r"(?:ความคืบหน้า|ความก้าวหน้า)(?!\s?(?:ของ)?\s?(?:โครงการ|แผน|งานโครงการ))|ผล(?:การ)?(?:ประเมิน|ทดสอบ)(?:ตนเอง|ตัวเอง)?\s?(?:ของ)?\s?(?:ผม|ฉัน|หนู|ดิฉัน|เรา|ตัวเอง|ตนเอง)|คะแนน(?:ของ)?(?:ผม|ฉัน|หนู|ดิฉัน|เรา)|"
    r"ทำไปถึงไหน|(?<!ต้อง)ทำถึงไหน\s?แล้ว|ทำไปกี่|ขาดอะไร|ยังขาด|ช่องว่าง|ผ่านไปกี่|คะแนน.{0,12}(?:ทำไว้|คราวก่อน|ครั้งก่อน|ครั้งที่แล้ว|ที่ผ่านมา)|"
    r"ผล.{0,14}(?:ที่ทำไว้|คราวก่อน|ครั้งก่อน|ครั้งที่แล้ว|ที่ผ่านมา)|ประเมินไป(?:แล้ว)?(?:กี่|อะไร|ถึงไหน)|(?:ประเมิน|ทำ)ไป(?:แล้ว)?\s?ได้(?:ระดับ|คะแนน)(?:ไหน|อะไร|เท่าไร)|"
    # the result of one's own test or self-assessment, however it is asked after ("ผลทดสอบ DLit100 ของดิฉันผ่านไหม")
    r"ผล(?:การ)?(?:ทดสอบ|สอบ|ประเมิน)(?:ตนเอง)?.{0,24}(?:ของ(?:ผม|ฉัน|หนู|ดิฉัน|เรา|กระผม)|ที่.{0,8}ทำไว้|"
    r"ผ่าน(?:ไหม|มั้ย|หรือยัง|ยัง)|ออก(?:หรือ)?ยัง)|ผลสอบ|ผลคะแนน|(?:ได้|กี่|เท่าไร|เท่าไหร่)\s?คะแนน|"
    r"คะแนน.{0,30}(?:เท่าไร|เท่าไหร่|กี่|ผ่าน)|ทำ.{0,24}ไป(?:แล้ว)?.{0,12}ผ่าน(?:ไหม|มั้ย|หรือยัง|ยัง|หรือเปล่า)|"
    # how many one has passed so far ("ผ่านกี่หน่วยแล้ว", "ผ่านไปแล้วกี่ข้อ"); one's own results summed up ("สรุปผลของผม")
    r"ผ่าน\s?(?:ไป)?\s?แล้ว\s?กี่\s?(?:หน่วย|ข้อ|อัน|ตัว)|ผ่าน\s?กี่\s?(?:หน่วย|ข้อ|อัน|ตัว)\s?แล้ว|"
    # how many one has done ("ทำครบกี่หน่วยแล้ว", "ประเมินเสร็จไปกี่ข้อแล้ว"), not how many one must ("ต้องทำครบกี่หน่วย")
    r"(?<!ต้อง)(?<!ต้อง\s)(?:ทำ|ประเมิน|สอบ)\s?(?:ครบ|เสร็จ|จบ)\s?(?:ไป)?\s?(?:แล้ว)?\s?กี่\s?(?:หน่วย|ข้อ|อัน)\s?แล้ว|"
    r"(?<!ต้อง)(?<!ต้อง\s)(?:ทำ|ประเมิน|สอบ)\s?(?:ครบ|เสร็จ|จบ)\s?(?:ไป)?\s?แล้ว\s?กี่\s?(?:หน่วย|ข้อ|อัน)|"
    r"สรุปผล\s?(?:ของ)?\s?(?:ผม|ฉัน|หนู|ดิฉัน|เรา(?!ช))|"
    r"สรุปผล(?:ที่)?(?:ทำ|ประเมิน|สอบ|ทดสอบ)|(?:ผม|ฉัน|หนู|ดิฉัน|เรา)\s?(?:สอบ)?ผ่าน.{0,20}(?:หรือยัง|ยัง|ไหม|มั้ย|หรือเปล่า)|"
    # one's own assessment's outcome ("ขอดูผลการประเมินตัวเอง", "ที่ทำแบบประเมินไว้ ได้ระดับไหน", "gap ของฉัน")
    r"ผล(?:การ)?ประเมิน(?:ตนเอง|ตัวเอง)|ทำ(?:แบบ)?(?:ประเมิน|ทดสอบ)\S{0,12}ไว้.{0,16}?(?:ได้|ผล)|"
    # after a test: whether one passed, its answers, one's weak points ("ผ่านไหมคะ", "ขอดูเฉลย", "ตอบผิดข้อไหน",
    # "ตรงไหนที่ยังอ่อนอยู่")
    r"^(?:แล้ว)?\s?(?:สอบ|ทำ)?\s?ผ่าน\s?(?:ไหม|มั้ย|มั๊ย|หรือเปล่า|รึเปล่า|ป่ะ|ปะ|หรือยัง|ยัง|เปล่า)|"
    r"(?:ลุง|ป้า|พี่|น้า)\s?(?:สอบ)?ผ่าน.{0,20}(?:หรือยัง|ยัง|ไหม|มั้ย|หรือเปล่า)|"
    r"เฉลย|คำตอบ\s?(?:ที่)?(?:ถูก|ผิด)|ตอบ\s?(?:ผิด|ถูก)\s?(?:ข้อ|กี่|อะไร|ไป)|"
    r"(?:ยัง|ที่(?:ยัง)?|จุด|ส่วนที่|ด้านที่)\s?อ่อน(?!ไหว|โยน|น้อม|ล้า|แอ)|"
    # the result asked after with nothing else said ("ผลเป็นยังไง", "แล้วผลประเมินออกมาเป็นไงบ้าง"): one's own
    # (the whole message: "ผลการประเมิน DS700 เป็นอย่างไร" may ask how the unit is assessed)
    r"^(?:แล้ว)?\s?(?:ผลลัพธ์|ผล(?:การ)?(?:ประเมิน|ทดสอบ|สอบ)?)\s?(?:ล่ะ|ที่ได้)?\s?(?:ออกมา)?\s?(?:เป็น|ได้)?\s?"
    r"(?:ยังไง|ไง|อย่างไร|แบบไหน)(?:\s?บ้าง)?(?:\s?(?:ครับ|คับ|ค่ะ|คะ|จ้า|นะ|ผม))*\s*$|"
    r"(?:gap|แก็ป|แกป)\s?(?:ของ)?\s?(?:ผม|ฉัน|หนู|ดิฉัน|เรา)|"
    # what one has assessed so far, asked with the question word first ("ประเมินอะไรไปแล้วบ้าง", "ทำหน่วยไหนไปแล้ว")
    r"(?:ประเมิน|ทำ)(?:ตนเอง|ตัวเอง)?\s?(?:อะไร|หน่วยไหน|อันไหน|ตัวไหน)\s?ไป\s?แล้ว|"
    # how many one got right ("ถูกไปกี่ข้อ", "ได้กี่ข้อแล้ว"), not how many a unit must have ("ต้องทำได้กี่ข้อ")
    r"(?<!ต้อง)(?:ตอบ)?ถูก\s?(?:ไป)?\s?(?:แล้ว)?\s?กี่\s?ข้อ|(?<!ต้อง)(?<!ต้องทำ)ได้\s?(?:ไป)?\s?กี่\s?ข้อ\s?(?:แล้ว|ละ)",
    word("progress", "my results?", "my scores?", "(?:quiz|test|assessment) (?:results?|scores?)", "how am i doing",
         "how far (?:along )?am i",
         "how many (?:more )?(?:units )?(?:do i |have i )?(?:still )?(?:need|have|left|got) to (?:assess|do|go|finish)",
         "what (?:units )?(?:do i still|have i not yet|haven'?t i) (?:need to )?(?:assess|done|assessed|do)",
         "my gaps?", "what am i missing"),
)
DATA_DELETE = compile_any(
    r"ลบข้อมูล|ลบประวัติ|(?:delete|erase|ลบ)\s?data|ลบ\s?(?:บัญชี|account|แอคเคา[ท้]?ท์?|แอคเค้าท์)|ลืม(?:ผม|ฉัน)|ไม่ต้องเก็บข้อมูล|ลบทุกอย่าง|เลิกเก็บข้อมูล|"
    # consent refused or withdrawn for keeping one's data ("ไม่ยินยอมให้เก็บข้อมูล", "ขอถอนความยินยอม", "ไม่อนุญาตให้เก็บ")
    r"ไม่\s?(?:ยินยอม|อนุญาต|ประสงค์|อยาก|ต้องการ)?\s?ให้\S{0,8}\s?เก็บ\s?ข้อมูล|ถอน\s?(?:ความ)?\s?ยินยอม|"
    r"(?:ยกเลิก|เพิกถอน)\s?(?:การ)?\s?(?:ให้)?\s?(?:ความ)?\s?ยินยอม",
    word("delete (?:all )?my data", "delete my account", "erase my data", "forget me", "remove my data",
         "(?:delete|erase|remove|wipe|clear|purge)(?: all| all of| everything of)? my (?:personal |stored )?"
         "(?:data|information|info|details|records|profile)",
         "my (?:personal |stored )?(?:data|information|info|details|records) (?:deleted|erased|removed|wiped)",
         "forget (?:all|everything) (?:about|of) me",
         "(?:withdraw|revoke|take back) (?:my )?consent",
         "delete everything", "erase everything", "(?:delete|erase|remove|wipe) (?:all |everything )?(?:you|that you) "
         "(?:stored|store|have|keep|know|saved)"),
)
HELP = compile_any(
    # the chat itself: where its menu or buttons are, what to press or do next ("เมนูอยู่ตรงไหน", "กดตรงไหนคะ")
    r"(?:เมนู|ปุ่ม)(?:หลัก)?\s?(?:อยู่)?\s?(?:ตรง|ที่)?\s?(?:ไหน|ใด)|กด\s?(?:ตรง|ที่|อัน)?\s?(?:ไหน|ใด|อะไร|ไร)|"
    r"^(?:ลุง|ป้า|พี่|ผม|หนู|ฉัน|เรา|แล้ว)?\s?(?:ต้อง)?(?:ทำ|กด|พิมพ์)\s?(?:อะไร|ไร)\s?ต่อ(?:ไป)?(?:\s|ครับ|ค่ะ|คะ|คับ|ดี|นะ)*$",
    r"ช่วย(?:เหลือ)?(?:อะไร|ไร)(?:ได้)?|ทำอะไรได้|ทำไรได้|วิธีใช้|คู่มือ(?:การ)?ใช้|(?<!คำ)(?<!\d)(?<!\d\s)ถาม(?:เรื่อง)?(?:อะไร|ไหน|ไร)(?:ได้)?บ้าง|ใช้งานยังไง|ใช้ยังไง|ใช้อย่างไร|ใช้(?:งาน)?(?:บอท|ระบบ|แชทบอท|แชท)(?:นี้|นี่)?\s?(?:ยังไง|อย่างไร)|เมนู|ช่วยด้วย|ช่วยหน่อย|แนะนำการใช้|ถามอะไรได้|"
    # how to do something with it ("ตั้งเตือนทำยังไง", "การตั้งเตือนต้องทำอย่างไร")
    r"(?:ตั้ง|ยกเลิก|เปลี่ยน|แก้|ส่ง)(?:ค่า)?(?:การ)?(?:แจ้ง)?(?:เตือน|โปรไฟล์|ข่าว|ประกาศ|กลุ่ม|ระยะ).{0,24}?(?:ต้อง)?(?:ทำ|พิมพ์)?(?:ยังไง|อย่างไร)|"
    r"เริ่ม(?:ใช้|จาก)?\s?ตรงไหน|ตัวอย่าง(?:คำถาม|การใช้)|"
    r"(?:ระบบ|บอท|แชทบอท)(?:นี้)?\S{0,6}ใคร(?:เป็นคน)?(?:ทำ|สร้าง|พัฒนา)|ใคร(?:เป็นคน)?(?:ทำ|สร้าง|พัฒนา)(?:ระบบ|บอท)|"
    r"คำสั่ง(?:อะไร|ไร)|พิมพ์(?:อะไร|ไร)(?:ได้)?(?:บ้าง|มั่ง)|ต้องพิมพ์(?:ยังไง|อย่างไร|ว่าอะไร)|มีฟังก์ชัน|คุณคือใคร|เป็นใคร|มีอะไรให้(?:ลอง)?(?:ทำ|เล่น|ใช้)|เริ่ม(?:ยังไง|ไง|อย่างไร)ดี|(?:ระบบ|บอท|แชทบอท)(?:นี้)?.{0,20}(?:ทำ|ให้บริการ|ช่วย(?:เหลือ)?|ตอบ)\s?(?:ใน|ได้ใน)?\s?(?:อะไร|(?:ด้าน|เรื่อง)\s?(?:ใด|ไหน)|ไร).{0,6}ได้|"
    # formal: "ท่านช่วยเหลือในเรื่องใดได้บ้าง", "ขอทราบขอบเขตการให้บริการของระบบนี้"
    r"(?:ให้บริการ|ช่วย(?:เหลือ)?)\s?(?:ใน|ได้ใน)\s?(?:ด้าน|เรื่อง)\s?(?:ใด|ไหน)|ขอบเขต(?:การ)?(?:ให้บริการ|ใช้งาน)(?:ของ)?\s?(?:ระบบ|บอท|แชทบอท)|"
    r"(?:ให้บริการ|ช่วย)(?:ด้าน|เรื่อง)(?:ใด|ไหน|อะไร)(?:ได้)?บ้าง|^(?:ขอ)?(?:ความ)?ช่วยเหลือ(?:หน่อย|ด้วย)?(?:ครับ|ค่ะ|คะ|คับ)?$",
    word("(?<!your )(?<!the )(?<!for )help", "what can you do",
         "what can (?:this|the) (?:bot|assistant|system|chatbot) do",
         "what (?:services|features|functions) (?:do|does|can) (?:you|this|the)",
         "what (?:does|do) (?:this|the|you) (?:bot|assistant|system|chatbot)? ?(?:do|offer|provide)",
         "how (?:do|can|should) i (?:set|use|start|change|cancel|turn|stop|subscribe|unsubscribe|ask)",
         "how does (?:this|the) (?:bot|assistant|system|chatbot) work", "what should i type",
         "what (?:can|do) you help (?:me )?with", "how do i use", "how does this work", "menu", "commands",
         "who are you"),
)
# Whether this is the assistant one meant to reach ("Hi, is this the digital competency bot?", "นี่คือบอทสมรรถนะดิจิทัล
# ใช่ไหมคะ", "are you the OCSC assistant?"): a hello that checks the line, the bot's words no topic.
IS_THIS_THE_BOT = compile_any(
    r"^(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))\s)?"
    r"(?:is this|are you|am i (?:talking|chatting) (?:to|with))"
    r"(?: the| an?| your)?(?: (?!units?\b|about\b|on\b|for\b|elements?\b|criteri)[a-z0-9.]+){0,4} "
    r"(?:bot|chatbot|assistant|line|service)\s*$",
    r"(?:^|สวัสดี\S*\s?)(?:ที่นี่|นี่|ตรงนี้|อันนี้)\s?(?:คือ|เป็น|ใช่)?\s?(?:น้อง)?(?:บอท|แชทบอท|ระบบ|ไลน์).{0,40}?"
    r"(?:ใช่ไหม|ใช่มั้ย|ใช่มั๊ย|ใช่ป่ะ|ใช่ปะ|หรือเปล่า|รึเปล่า|เหรอ|หรอ)\s?(?:ครับ|คับ|ค่ะ|คะ|จ้า|จ้ะ|นะ)*\s*$",
)
# A greeting that opens the message ("สวัสดีครับ ผมชื่อ…", "ดีค่ะ ดิฉันเป็นพยาบาล…"): what follows may introduce oneself.
GREETING_FIRST = compile_any(r"^(?:สวัสดี|สวัสดิ์|หวัดดี|ดี(?:ครับ|ค่ะ|ค่า|คะ|จ้า|คับ)|ฮัลโหล|hello|hi|good (?:morning|afternoon))")
GREETING = compile_any(
    # ("ดีค่ะ" only as the opening or the end of a mistyped สวัสดี, "สวสดีคะ": "อันไหนดีคะ" asks which is better)
    # "สบายดีไหม", Isan "สบายดีบ่": how are you, a hello
    r"^(?:น้อง\s?บอท\s?)?สบายดี\s?(?:ไหม|มั้ย|มั๊ย|ป่ะ|ปะ|หรือเปล่า|รึเปล่า|บ่)|"
    r"^start$|สวัสดี|สวัสดิ์|หวัดดี|(?:^|ส)(?:ดีครับ|ดีค่ะ|ดีค่า|ดีคะ|ดีจ้า|ดีจ้ะ|ดีคับ|ดีงับ|ดีฮะ)|ฮัลโหล|ฮาโหล|ฮัลโล|ทักทาย|ยินดีที่ได้รู้จัก|"
    r"^ทัก(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|นะ|ๆ|\s|[^\u0e00-\u0e7fA-Za-z0-9])*$",
    # starting over, said on its own ("เริ่มใหม่", "ขอเริ่มต้นใหม่ทั้งหมดค่ะ", "start over"): the opening again
    r"^(?:ขอ|อยาก|งั้น)?\s?(?:เริ่ม(?:ต้น)?\s?ใหม่|รีเซ็ต|รีเซต)(?:\s|ใหม่|ทั้งหมด|หมด|เลย|อีก(?:ที|ครั้ง|รอบ)|ตั้งแต่ต้น|ได้ไหม|ได้มั้ย|"
    r"ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|นะ|หน่อย|ๆ)*\??$",
    r"^(?:(?:can|could) (?:we|i) |let'?s |i want to )?(?:start (?:over|again|from scratch)|restart|reset)"
    r"(?:\s|please|now)*\??$",
    word("hello", "hi", "hey", "good (?:morning|afternoon|evening)", "greetings", "yo"),
)
THANKS = compile_any(
    r"ขอบคุณ|ขอบใจ|แต๊งกิ้ว|แต๊งค์|ขอบพระคุณ|ขอบคุน|ขอบคุง|ขอบคุนค่ะ|ขอบคุ้ม|แต้งกิ้ว|เทงกิ้ว",
    # an acknowledgement on its own
    r"^(?:5{3,}\s*)?(?:(?:ok|okay|โอเค|โอเคร|ได้เลย|ได้ครับ|ได้ค่ะ|รับทราบ|เข้าใจแล้ว|ดีมาก|บาย|ลาก่อน)"
    r"(?:\s|ครับ|ค่ะ|คะ|คับ|จ้า|นะ|ๆ|5{3,})*)+$",
    word("thanks?", "thank you", "thx", "ty", "cheers", "appreciate", "bye", "goodbye"),
)
# Taking one's leave ("ไปละครับ สวัสดี", "ขอตัวก่อนนะคะ"): a goodbye, answered as thanks (its "สวัสดี" is no hello).
FAREWELL = compile_any(r"^(?:ไป\s?(?:ละ|แล้ว|ก่อน)|ขอตัว(?:ก่อน)?|ลาละ|ลาก่อน)(?:\s|นะ|ครับ|ค่ะ|คะ|คับ|จ้า|สวัสดี|บาย|"
                       r"ขอบคุณ(?:มาก)?|ๆ)*$|"
                       # thanks then สวัสดี, the conversation closed ("ขอบคุณมากค่ะ สวัสดีค่ะ"): no hello either
                       r"^ขอบ(?:พระ)?(?:คุณ|ใจ)(?:มาก)?(?:\s|นะ|ครับ|ค่ะ|คะ|คับ|จ้า|ๆ)*(?:สวัสดี|บาย)(?:\s|นะ|ครับ|ค่ะ|คะ|คับ|จ้า|ๆ)*$")
CANCEL = thai_pattern(
    r"^(?:(?:ไม่เอา(?:อันนี้|แล้ว)?|กดผิด)\s*)?(?:ยกเลิก|เปลี่ยนใจ|ไม่เอาแล้ว|ไม่เอา|ไม่ต้องแล้ว|ช่าง(?:มัน|เถอะ|เหอะ)|ไม่เป็นไร|cancel|"
    r"never ?mind|abort|forget it)(?:\s|ครับ|ค่ะ|คะ|นะ|ละ|จ้า|จ้ะ|ลืม(?:มัน)?ไป(?:เลย|เถอะ|เหอะ)?|ก่อน|เลย|แล้ว|ดีกว่า|ๆ|"
    r"กดผิด|เปลี่ยนใจ|ไม่ต้องทำต่อ|ไม่ต้อง(?:แล้ว)?|"
    r"ทั้งหมด|อันนี้|คำสั่ง|เมื่อกี้|เมื่อกี๊|ที่สั่ง(?:ไป)?|"
    r"ยกเลิก|ช่างมัน|ไม่เป็นไร|ไม่เอา|เถอะ|เหอะ|รายการ(?:นี้|นั้น)?|(?:ตัว|อัน)(?:นี้|นั้น)|ด้วย|this(?: one)?|it|please|that|"
    r"thanks?|cancel)*$",
    re.IGNORECASE,
)
# "ยกเลิก"/"cancel" as a word of its own with fillers around it, or a slip said ("พิมพ์ผิด"): a short cancel.
CANCEL_LOOSE = compile_any(r"(?:ยกเลิก|cancel)(?=\s|$|ๆ|ครับ|คับ|ค่ะ|คะ|นะ|เลย|ด้วย|ที่สั่ง|คำสั่ง|อันนี้|ตัวนี้|อันนั้น|ตัวนั้น|ก่อน|"
                           r"รายการ|ที่เพิ่ง)|"
                           r"พิมพ์ผิด|พิมผิด|พูดผิด|กดผิด")
LAST_COMMAND = compile_any(r"เมื่อกี้|เมื่อกี๊|ที่สั่ง|คำสั่ง|ผิด|เพิ่ง|รายการนี้", word("that", "last"))
# Pausing whatever is open (a self-assessment keeps its answers and can be resumed).
FLOW_STOP = thai_pattern(
    r"^(?:เบื่อ(?:แล้ว|ละ)?\s*)?(?:ขอ)?(?:หยุด|พอ|พัก|เลิก|ออก|ไม่ทำต่อ|ไม่ทำแล้ว|ไม่อยากทำต่อ|ไว้ทีหลัง|ไว้ก่อน|ไว้ค่อยทำ|ค่อยทำต่อ|"
    r"stop|quit|exit|pause|later)"
    r"(?:\s|ครับ|ค่ะ|คะ|นะ|ก่อน|เลย|แล้ว|ละ|ดีกว่า|ไว้|ทำ|ต่อ|ออก|ทีหลัง|วันหลัง|พรุ่งนี้|ค่อย|มา|เดี๋ยว|แบบประเมิน|"
    r"ไม่ทำ|ไม่ไหว|เหนื่อย|แค่นี้|"
    r"แบบทดสอบ|การประเมิน|ควิซ|quiz|test|assessment|the|this|my|now|for now|please|it)*$"
    # or a stop that names the run, whatever reason follows ("ขอหยุดทำแบบทดสอบไว้ก่อน มีงานเข้า")
    r"|^(?:ขอ)?(?:หยุด|พัก|เลิก|ออกจาก|ยกเลิก)\s*(?:การ)?(?:ทำ)?\s*(?:แบบทดสอบ|แบบประเมิน|การประเมิน|ข้อสอบ|เทส|ควิซ|quiz|test)"
    r"|^(?:ขอ)?(?:ไม่|ไม่อยาก|เลิก)\s?ทำ\s?(?:แบบทดสอบ|แบบประเมิน|การประเมิน|ข้อสอบ|ควิซ)\s?ต่อ"
    # a pause said with its reason or a filler around it ("พอก่อนนน ไปกินข้าวละ", "เดี๋ยวค่อยทำต่อ ขอพักก่อนนะ")
    r"|^พอก่อน|ขอพัก(?:ก่อน)?|^(?:ขอ)?(?:หยุด|พัก)\s?(?:ไว้)?\s?(?:แค่นี้|ก่อน)|^เดี๋ยว\s?ค่อย\s?ทำต่อ|ออกจาก\s?(?:เทส|แบบทดสอบ|แบบประเมิน|ควิซ|ข้อสอบ)"
    # no more playing or doing, whatever reason follows ("ไม่เล่นละ เบื่อ", "ไม่ทำต่อแล้วค่ะ ง่วง"), or a tiredness said
    # beside "ไม่เอาแล้ว" ("ยากจัง ไม่เอาแล้ว"): the run is left, not a command cancelled
    r"|^(?:ไม่|ไม่อยาก)\s?(?:เล่น|ทำ)\s?(?:ต่อ)?\s?(?:แล้ว|ละ|แระ|แหละ)"
    r"|(?:ยาก|เบื่อ|ง่วง|ขี้เกียจ|เหนื่อย|งง)\S{0,6}\s?ไม่(?:เอา|เล่น|ทำ)\s?(?:ต่อ)?\s?(?:แล้ว|ละ)"
    r"|^ไม่(?:เอา|เล่น)\s?(?:ต่อ)?\s?(?:แล้ว|ละ)\S{0,6}\s?(?:ยาก|เบื่อ|ง่วง|ขี้เกียจ|เหนื่อย|งง)"
    # the readiness check named to stop it ("เลิกประเมินความพร้อม", "หยุดทำ PMQA ไว้ก่อน")
    r"|^(?:ขอ)?(?:หยุด|พัก|เลิก|ออกจาก)\s?(?:การ)?(?:ทำ)?\s?(?:ประเมิน\s?(?:ความพร้อม|pmqa)?|(?:เช็ค|เช็ก)\s?ความพร้อม|pmqa)"
    # in English, the test named ("I want to stop the quiz", "let me quit this test", "can I exit the assessment")
    r"|\b(?:stop|quit|exit|pause|end|leave|abandon)\b\s(?:the|this|my|doing)?\s?(?:pmqa\s)?"
    r"(?:quiz|test|assessment|self-assessment|check|questionnaire)\b"
    # a pause in English with its reason after it ("pause please, I have a flight to process", "let's stop here, I've
    # got a meeting"), as "ขอพักก่อน มีงานเข้า" in Thai: the run paused
    # (the text is folded: "let's" reads "let s")
    r"|^(?:ok(?:ay)?\s|sorry\s)?(?:let\s?'?\s?s\s|let me\s|can (?:we|i)\s)?(?:pause|stop|take a break)"
    r"(?:\s(?:please|here|now|for now|for (?:a|the) (?:bit|moment|while|day)|first|then))+\s"
    r"(?:i(?:\s?'?\s?(?:ve|m|ll|d))?|gotta|got to|have to|need to|must|there\s?'?\s?s)\b",
    re.IGNORECASE,
)
FLOW_RESUME = compile_any(
    r"^(?:ขอ|มา|กลับมา)?ทำต่อ|^เอาต่อ|^ต่อเลย|^ไปต่อ|ทำ(?:ข้อ|ส่วน)?ที่ค้าง|ต่อจาก(?:เดิม|ที่ค้าง|ครั้งก่อน|คราวก่อน)|ทำแบบประเมินต่อ|ประเมินต่อ|"
    r"^ไปต่อ|กลับไปทำต่อ|ค้างไว้|ต่อจาก(?:เมื่อวาน|วันก่อน|ที่หยุด|เมื่อกี้|เมื่อกี๊)|ทำต่อข้อเดิม|"
    r"^กลับมา(?:แล้ว|ละ)\S{0,6}\s?(?:ขอ)?ทำต่อ|"
    r"^(?:ควิซ|quiz|แบบทดสอบ|ข้อสอบ)\s?ต่อ(?!ยอด|รอง|เนื่อง)|"
    r"(?:กลับไป|ขอ)?ทำ\s?(?:แบบทดสอบ|แบบประเมิน|การประเมิน|ข้อสอบ|ควิซ)\s?(?:ที่)?(?:ค้าง|(?:พัก|หยุด)ไว้)|"
    # the test named, then "on" ("ทำแบบทดสอบต่อ", "ขอทำควิซต่อนะ", "ทำแบบทดสอบความรู้ต่อเลย"): the one paused
    r"(?:ทำ|เล่น)\s?(?:แบบทดสอบ|แบบประเมิน|การประเมิน|ข้อสอบ|ควิซ|quiz)\s?(?:ความรู้|ตนเอง|ตัวเอง)?\s?(?:อันเดิม)?\s?"
    r"ต่อ(?!ยอด|รอง|เนื่อง)",
    # the readiness check named to go on with it ("ทำ PMQA ต่อ", "ประเมินความพร้อมต่อเลย")
    r"(?:ทำ|ประเมิน|เช็ค|เช็ก)\s?(?:ความพร้อม\s?)?(?:pmqa|ความพร้อม)\s?ต่อ(?!ยอด|รอง|เนื่อง)",
    word("continue", "resume", "carry on", "pick up where", "where i left off",
         "pick up (?:my|the) (?:unfinished|paused|last)",
         "(?:finish|complete) (?:my|the) (?:unfinished|paused) (?:test|assessment|quiz)"),
)
# What a request to be put through to a person says besides its "who" ("เป็นเจ้าหน้าที่ HR ค่ะ" introduces oneself):
# a guess of a handoff must say one of these.
REACH_SOMEONE = compile_any(r"คุย|พูด|ติดต่อ|ปรึกษา|หารือ|สอบถาม|ต่อสาย|โอน|ขอ\s?(?:สาย|เบอร์)|โทร|ส่งเรื่อง|ช่วยด้วย|"
                            r"คนจริง|ตัวจริง|มี(?:พี่|คน)?\s?(?:เจ้าหน้าที่|แอดมิน)",
                            word("talk", "speak", "contact", "human", "person", "agent", "call", "reach"))
HANDOFF = compile_any(
    r"(?:คุย|พูด|ติดต่อ|ปรึกษา|หารือ|สอบถาม|ต่อสาย|โอน|ถาม|สนทนา|เจรจา)\s*(?:กับ)?\s*(?:เจ้าหน้าที่|จนท|คน|แอดมิน|admin|hr|"
    r"ฝ่ายบุคคล|(?:ฝ่าย|กอง|งาน)?(?:บริหาร)?ทรัพยากรบุคคล|กองการเจ้าหน้าที่|พนักงาน|ทีมงาน|ผู้ดูแล)|"
    r"ขอ(?:คุย|สาย|พูด)(?:กับ)?(?:เจ้าหน้าที่|จนท|คน|แอดมิน)|เจ้าหน้าที่ตัวจริง|คนจริง|"
    # a person to answer instead ("ขอคนตอบหน่อย", "ขอเจ้าหน้าที่มาตอบ", Isan "ขอคนตอบแหน่")
    r"ขอ\s?(?:คน|เจ้าหน้าที่|จนท|แอดมิน)\s?(?:มา)?\s?(?:ช่วย)?ตอบ|"
    r"(?:เจ้าหน้าที่|แอดมิน|ฝ่ายบุคคล|hr|ทีมงาน).{0,12}(?:ติดต่อกลับ|โทรกลับ|ติดต่อมา|โทรมา)|"
    r"^(?:ขอ)?(?:เจ้าหน้าที่|แอดมิน|ฝ่ายบุคคล|hr)\s?(?:ติดต่อ|คุย|ถาม)(?:ได้)?|"
    # whether there is someone to talk to, a number to call, a case passed on
    r"^มี(?:พี่|คน)?\s?(?:เจ้าหน้าที่|แอดมิน|ทีมงาน)\S{0,24}(?:ไหม|มั้ย|บ้าง|หรือเปล่า|รึเปล่า)|"
    r"ติดต่อ(?:ได้)?(?:ทาง|ที่)(?:ไหน|ใด)|ติดต่อใคร(?:ได้)?|ใคร(?:เป็นคน)?ดูแล(?:ระบบ|บอท)|"
    r"(?:เบอร์|ส่งเรื่อง(?:ให้|ถึง)?|ต่อเรื่อง(?:ให้|ถึง)?)\s?(?:ของ)?\s?(?:เจ้าหน้าที่|แอดมิน|ฝ่ายบุคคล|hr)",
    word("talk to (?:a |an )?(?:human|person|agent|hr|staff|admin)", "contact (?:hr|staff|admin|support)",
         "(?:connect|put|transfer|forward) me (?:to|through to|with) (?:a |an |the )?"
         "(?:human|person|agent|hr|staff|admin)",
         "speak (?:to|with) (?:a |an |the )?(?:human|person|agent|hr|staff|admin)",
         "human agent", "real person", "(?:talk|speak) (?:to|with) (?:someone|somebody|anyone)"),
)
NEWS_OPT_OUT = compile_any(
    r"(?:หยุด|เลิก|ยกเลิก|งด|ไม่|ไม่ต้อง|ไม่อยาก|ไม่เอา|(?<!เ)ปิด|unsub)(?:การ)?(?:ได้|รับ|ส่ง|แจ้ง|ติดตาม|อ่าน)?(?:เตือน)?\s?"
    r"(?:ข่าว|ประกาศ|ประชาสัมพันธ์|ปชส|\bpr\b|broadcast)|"
    r"(?:ข่าว(?:สาร)?|ปชส|news)\s?\S{0,4}\s?(?:ไม่ต้องส่ง|ไม่ต้องแจ้ง|ไม่เอา|ไม่รับ)|^พอ(?:แล้ว)?\s?(?:ข่าว|ประกาศ|ปชส)|"
    r"(?:ข่าว|ประกาศ).{0,24}(?:ไม่ต้องส่ง|เยอะไป|เยอะเกิน|ปิดๆ)",
    word("unsubscribe", "stop (?:the )?(?:news|broadcasts?|announcements?)",
         "no more (?:news|messages|announcements|broadcasts|updates)",
         "stop sending (?:me )?(?:the )?(?:news|messages|broadcasts?|announcements?|updates|pr|press releases?)",
         "opt out"),
)
NEWS_OPT_IN = compile_any(
    r"(?:^|ขอ|สมัคร|เปิด|กลับมา|อยาก)(?:การ)?(?:รับ|ติดตาม|ได้)(?:แจ้ง)?\s?(?:ข่าว|ปชส)|(?:เปิด|กลับมา)(?:การ)?(?:รับ|ส่ง)?(?:แจ้ง)?(?:เตือน)?(?:ข่าว|ประกาศ)|รับ(?:ข่าว|ประกาศ)(?:อีก|ต่อ|ด้วย)|^(?:ขอ)?เอาข่าว|"
    r"(?:ข่าว|ประกาศ|ประชาสัมพันธ์|ปชส).{0,40}ส่ง(?:มา)?(?:ให้)?(?:บอก)?\s?(?:ด้วย|หน่อย|ทีนะ)|"
    r"^ส่ง(?:ข่าว|ประกาศ)\S{0,6}(?:มา)?(?:ให้)?\s?(?:ได้(?:เลย|แล้ว)?|ด้วย|หน่อย|เหมือนเดิม|ตามเดิม|ตามปกติ|อีก(?:ครั้ง|ที)?|ต่อ)|"
    r"(?:อยากให้|ขอให้)\s?ส่ง(?:ข่าว|ประกาศ|ปชส)\S{0,6}\s?(?:มา)?\s?(?:อีก|ต่อ|ด้วย|หน่อย|ได้|เหมือนเดิม)",
    word("keep me (?:posted|updated|informed)"),
    word("subscribe", "(?:resume|start) (?:the )?news", "opt in", "send me news",
         "(?:get|receive|want|like) (?:the |your )?(?:news|announcements)"),
)
COMPARE = compile_any(
    r"ต่างกัน|แตกต่าง|ความต่าง|เปรียบเทียบ|เทียบ|ต่างจาก|เหมือนกัน(?:ไหม|มั้ย|หรือเปล่า|ป่ะ|รึเปล่า)|อันเดียวกัน|"
    # one said to be like the other, asked ("หลักฐาน DS703 เหมือน DS701 มั้ย")
    r"เหมือน(?:กับ)?\s?\S{0,12}\s?(?:ไหม|มั้ย|หรือเปล่า|ป่ะ|รึเปล่า|หรือไม่)",
    word("compare", "comparison", "difference", "differences", "differ", "differs", "different", "vs", "versus",
         "(?:the )?same as", "same thing", "identical"),
)
# The person's own phase pointed at, not named ("ระยะเรา", "ในระยะนี้", "ระยะของหน่วยงานผม", "our phase"): the profile's
# phase, not the one of the message before ("ถ้าขยับไประยะพัฒนาแล้ว…" then "ระยะเรา สายไอทีต้องมีไร").
OWN_PHASE = compile_any(
    r"ระยะ\s?(?:ของ)?\s?(?:หน่วยงาน|องค์กร|กรม|สำนักงาน|ส่วนราชการ)?\s?(?:ของ)?\s?(?:เรา(?!ช)|ผม|ฉัน|หนู|ดิฉัน|กระผม)|"
    r"ระยะ\s?(?:นี้|ปัจจุบัน)|ระยะ\s?ที่\s?(?:เรา|หน่วยงาน|องค์กร)?\s?(?:อยู่|เป็นอยู่)(?!\s?(?:ไหน|ใด))|"
    # one's own staff ("ลูกน้องผมแต่ละกลุ่ม", "ทีมของดิฉัน"): people of one's own agency, so of its phase
    r"(?:ลูกน้อง|ลูกทีม|ทีมงาน|ทีม|คนในสังกัด|บุคลากร|เจ้าหน้าที่)\s?(?:ใน)?\s?(?:ของ)?\s?(?:ผม|ฉัน|หนู|ดิฉัน|กระผม|เรา(?!ช))",
    word("our phase", "my phase", "our stage", "this phase", "our current phase", "my (?:staff|team)"),
)
# One's organisation said to be in a phase, the organisation first ("องค์กรน่าจะกำลังพัฒนาครับ", "ส่วนราชการอยู่ในระยะ
# เริ่มต้น", "หน่วยงานเราตอนนี้ยังระยะแรกอยู่"): told about oneself (without a question), not a phase's roles asked.
ORG_PHASE_TOLD = compile_any(
    r"^(?:(?:ตอนนี้|ปัจจุบัน|คิดว่า|น่าจะ)\s?)?(?:องค์กร|หน่วยงาน|ส่วนราชการ|กรม|สำนักงาน|ที่ทำงาน|อบต|เทศบาล|โรงพยาบาล)"
    r"(?:ของ)?\s?(?:ผม|ฉัน|หนู|ดิฉัน|เรา(?!ช)|กระผม)?\s?"
    r"(?:(?:น่าจะ|คง|ยัง|ตอนนี้|ปัจจุบัน|อยู่|ใน|ที่|ช่วง|ขั้น|เป็น|คือ|ถือว่า|ก็)\s?)*"
    r"(?:ระยะ|กำลัง\s?พัฒนา|เพิ่ง\s?เริ่ม|พึ่ง\s?เริ่ม|พัฒนาแล้ว|สมบูรณ์|early|developing|mature)",
    r"^(?:our|my) (?:organi[sz]ation|agency|office|department)(?: is| \S+ is)? (?:probably |still |now |currently )*"
    r"(?:in (?:the |an? )?)?(?:early|developing|mature)\b",
)
ROLE_OVERVIEW = compile_any(
    r"(?:แต่ละ|ทุก|ทั้ง\s*(?:6|หก))\s*กลุ่ม.*(?:แต่ละ|ทุก|ทั้ง\s*(?:3|สาม))\s*ระยะ|"
    r"(?:แต่ละ|ทุก|ทั้ง\s*(?:3|สาม))\s*ระยะ.*(?:แต่ละ|ทุก|ทั้ง\s*(?:6|หก))\s*กลุ่ม|"
    r"ภาพรวม(?:ของ)?\s*(?:ทุก|แต่ละ|ทั้ง)?\s*(?:6|หก)?\s*(?:กลุ่ม|บทบาท)|(?:กลุ่ม|บทบาท)\s?ทั้งหมด|"
    r"(?:group|กลุ่ม)\s*(?:x|×|คูณ)\s*(?:phase|ระยะ)|ตาราง(?:กลุ่ม|บทบาท)|(?:6|หก)\s*กลุ่ม\s*(?:x|×|คูณ)?\s*(?:3|สาม)\s*ระยะ",
    word("every group", "each group", "all (?:the )?(?:six |6 )?groups", "all (?:the )?roles", "each role"),
)
# A training or development plan to make ("ต้องทำแผนอบรมของฝ่าย", "วางแผนพัฒนาบุคลากร"): it starts from what each group
# needs in each phase.
TRAINING_PLAN = compile_any(r"(?:ทำ|จัดทำ|วาง|เตรียม|เขียน)\s?แผน\s?(?:การ)?\s?(?:ฝึก)?"
                            r"(?:อบรม|พัฒนา(?:บุคลากร|ทักษะ|สมรรถนะ|คน)?)",
                            word("training plan", "development plan"))
# An area's prefix standing alone, not the start of a code ("DT หมายถึงอะไร", "DS ทั้งหมดมีกี่หน่วย").
AREA_ALONE = re.compile(r"(?<![a-z0-9-])(?:dlit|dtr|dus|spm|dg|dt|ds|dl|cs)(?![a-z0-9-])", re.IGNORECASE)
# The groups themselves asked for in a message of that alone: "กลุ่มมีอะไรบ้างคะ", "กลุ่มบุคลากรแบ่งเป็นอะไรบ้าง".
_GROUPS_LISTED = r"^กลุ่ม(?:บุคลากร|ข้าราชการ|คน)?\s?(?:มี|แบ่ง(?:ออก)?(?:เป็น)?)\s?(?:อะไร|ไร|ใด)\s?บ้าง"
# Every group at once ("แต่ละกลุ่มต้องมีอะไรบ้าง", "ภาพรวมทักษะทุกกลุ่ม"): the overview table answers it.
ALL_GROUPS = compile_any(r"(?:แต่ละ|ทุก|ทั้ง\s*(?:6|หก))\s*(?:กลุ่ม|สายงาน|ประเภท(?:บุคลากร|ข้าราชการ)?|บทบาท|ตำแหน่ง|roles?)|"
                         r"(?:บุคลากร|ข้าราชการ)\S{0,20}กี่\s?จำพวก|"
                         r"(?:matrix|เมทริกซ์|ตาราง)\S{0,30}\s?(?:กลุ่ม|บทบาท|roles?)|(?:18|๑๘)\s?บทบาท|"
                         r"(?:บุคลากร|ข้าราชการ)\S{0,20}กี่\s?(?:กลุ่ม|ประเภท)|^(?:แบ่ง|มี)\S{0,20}กี่\s?กลุ่ม|"
                         # the groups themselves counted or listed ("กลุ่มคนมีกี่กลุ่ม", "แบ่งออกเป็นกลุ่มใดบ้าง")
                         r"กลุ่ม\S{0,12}\s?มี(?:ทั้งหมด)?\s?กี่\s?กลุ่ม|แบ่ง(?:ออก)?(?:เป็น)?\s?กลุ่ม\s?(?:ใด|อะไร|ไหน)\s?บ้าง|"
                         r"(?:บุคลากร|ข้าราชการ|เจ้าหน้าที่)\S{0,20}(?:มี|แบ่ง\S{0,8})\s?กลุ่ม\s?(?:ใด|อะไร|ไหน)\s?บ้าง|"
                         r"รายชื่อกลุ่ม|กลุ่ม(?:บุคลากร|ข้าราชการ)\s?ทั้งหมด|"
                         # what everyone needs ("ข้าราชการทุกคนต้องมีหน่วยไหนบ้าง"): the letter sets it per group and phase
                         r"(?:ข้าราชการ|บุคลากร|เจ้าหน้าที่|พนักงาน)\s?(?:ทุกคน|ทั้งหมด)\s?(?:ต้อง|ควร|จำเป็น)",
                         # the groups asked as the whole question ("กลุ่มมีอะไรบ้าง", "กลุ่มบุคลากรแบ่งเป็นอะไรบ้าง"):
                         # not a named group's needs ("กลุ่มบริการมีอะไรบ้าง")
                         rf"{_GROUPS_LISTED}",
                         word("(?:all|every|each) (?:the )?(?:six |6 )?(?:groups?|roles?)",
                              "how many (?:person |people |staff |personnel )?groups", "which groups are there",
                              "list (?:all )?(?:the )?(?:person |people |staff )?groups",
                              "what (?:person |staff )?groups (?:of (?:civil servants|staff|personnel|officials) )?"
                              "(?:are there|does|do|exist)",
                              "what (?:are the )?(?:person |staff )?groups (?:are there|exist)"))
# What every group shares ("ทุกกลุ่มต้องรู้อะไรเหมือนกัน", "ความรู้พื้นฐานของทุกกลุ่ม", "what do all groups have in
# common"): the letter's basic knowledge and experience (หมวด ๒, ๓) and its attributes, set for everyone.
_BASIC = r"(?:ความร[ูุ]้?|ประสบการณ์|ประสพการณ์|คุณลักษณะ)\s?พื้น(?:ฐ|ถ)าน"  # ("ความรุ้พื้นถาน", as typed)
BASICS = compile_any(_BASIC + r"|เหมือน\s?กัน|ร่วม\s?กัน|ตรง\s?กัน|พื้นฐาน\s?(?:ที่|ของ)?\s?ทุก",
                     word("in common", "common", "shared?", "same", "basics?"))
# The letter's basic knowledge asked by its own name, for civil servants ("ความรู้พื้นฐานสำหรับข้าราชการ"): the same.
BASICS_ASKED = compile_any(_BASIC + r"\s?(?:ที่|ของ|สำหรับ)?\s?(?:ข้าราชการ|บุคลากร|ทุก)",
                           word("basic (?:knowledge|experience) (?:for|of|that) (?:all|every|civil servants)"))
# A word for the person groups or roles at all: what a guessed overview must say.
GROUP_WORD = compile_any(r"กลุ่ม|บทบาท|ตำแหน่ง|ประเภท|จำพวก|สายงาน|ภาพรวม|ตาราง",
                         word("groups?", "roles?", "matrix", "overview"))
# The person groups themselves asked about, counted or listed ("มีกี่กลุ่ม", "กลุ่มใดบ้าง", "how many groups"):
# the overview leads with the letter's six names.
GROUPS_ASKED = compile_any(r"กี่\s?(?:กลุ่ม|ประเภท|จำพวก)|กลุ่ม\s?(?:ใด|อะไร|ไหน)\s?บ้าง|รายชื่อกลุ่ม|"
                           r"กลุ่ม(?:บุคลากร|ข้าราชการ)\s?ทั้งหมด|"
                           # "กลุ่มผู้ปฏิบัติงานแบ่งยังไง มีใครบ้าง": how the groups are divided
                           r"กลุ่ม\S{0,20}?\s?แบ่ง(?:ออก)?(?:เป็น)?\s?(?:ยังไง|อย่างไร|กี่|แบบไหน)|"
                           r"แบ่ง(?:เป็น)?กลุ่ม(?:ยังไง|อย่างไร|แบบไหน)|" + _GROUPS_LISTED,
                           word("how many (?:\\w+ )?(?:groups|roles)", "which (?:groups|roles)",
                                "what (?:\\w+ )?(?:groups|roles)", "what are the (?:\\w+ )?(?:groups|roles)",
                                "list (?:all )?(?:the )?(?:\\w+ )?(?:groups|roles)"))
# Which group a kind of work belongs to ("พยาบาลอยู่กลุ่มไหน", "หัวหน้าพยาบาลถือเป็นผอ.กองมั้ย", "งานคลังนับเป็นกลุ่มอะไร"):
# a question about the group, not about what a group needs.
WHICH_GROUP = compile_any(r"(?:อยู่|เป็น|จัด|นับ|ถือ|เข้า|เลือก)\S{0,8}\s?(?:กลุ่ม|group)\s?(?:ไหน|ใด|อะไร|ไร)|"
                          r"^กลุ่ม\s?(?:ไหน|ใด|อะไร)|"
                          r"(?:ถือ|นับ|จัด)\s?(?:ว่า)?\s?(?:เป็น|อยู่)\S{0,30}\s?(?:มั้ย|ไหม|มั๊ย|ป่ะ|ปะ|หรือเปล่า|รึเปล่า|หรือไม่|ได้ไหม)",
                          word("which group", "what group"))
# Where a question names the group it asks about ("… ถือเป็นผอ.กองมั้ย"): the work is said before it.
GROUP_ASKED_AS = compile_any(r"(?:ถือ|นับ|จัด)\s?(?:ว่า)?\s?(?:เป็น|อยู่)|เทียบเท่า|เท่ากับ")
# Every phase at once ("ทั้ง 3 ระยะ", "ทุกระยะ", "all three stages"): beside one group, that group's row of the table.
ALL_PHASES = compile_any(r"(?:ทุก|แต่ละ|ทั้ง\s*(?:3|สาม|๓))\s*(?:ระยะ|เฟส)",
                         word("(?:all|every) (?:the )?(?:three |3 )?(?:phases?|stages?)"))
# The phases are asked after in English words too ("องค์กรแบ่งเป็นกี่ stage", "phase ของหน่วยงานมีอะไรบ้าง").
_PHASE = r"(?:ระยะ|stages?|phases?|เฟส|สเตจ)"
PHASE_INFO = compile_any(
    _PHASE + r"(?:ไหน|ต่าง ?ๆ|ทั้ง\s*3|ทั้งสาม)?\s*(?:ของ\s?(?:องค์กร|หน่วยงาน|ส่วนราชการ|กรม)\s?)?(?:มี)?\s*"
    r"(?:ต่างกัน|แตกต่าง|หมายถึง|คืออะไร|คือ|มีอะไรบ้าง|อะไรบ้าง|แบ่งยังไง)|"
    # ("อบต. นี่อยู่ระยะไหนครับ", "เทศบาลเราอยู่ระยะไหน": a local body is an organisation too)
    r"(?:เรา|หน่วยงาน|องค์กร|กรม|สำนัก|ส่วนราชการ|กระทรวง|อบต|อบจ|เทศบาล|ท้องถิ่น|จังหวัด|อำเภอ|โรงพยาบาล|รพ)"
    r"\.?\s?\S{0,12}\s?อยู่(?:ใน)?\s?" + _PHASE + r"\s?(?:ไหน|ใด)|"
    r"ดู(?:ยังไง|อย่างไร|จากอะไร)\S{0,8}ว่า.{0,20}" + _PHASE + "|" +
    # how one knows which phase ("จะทราบได้อย่างไรคะว่าอยู่ในระยะใด", "รู้ได้ยังไงว่าองค์กรอยู่ระยะไหน")
    r"(?:ทราบ|รู้|เช็ค|เช็ก|ตรวจสอบ)\s?(?:ได้)?\s?(?:อย่างไร|ยังไง|ไง|จากอะไร)\S{0,8}\s?ว่า.{0,30}" + _PHASE + "|" + _PHASE +
    r"\S{0,30}(?:ดู|วัด|พิจารณา|ตัดสิน)(?:กัน)?(?:จาก)?\s?(?:อะไร|ยังไง|อย่างไร)|"
    r"(?:3|สาม)\s*" + _PHASE + r"|รู้ได้ไง.{0,12}" + _PHASE + "|" + _PHASE +
    r"(?:ของ)?(?:องค์กร|หน่วยงาน).{0,10}(?:ยังไง|อย่างไร|ไหน)|"
    r"ระยะ.{0,40}เรียกว่าอะไร|(?:นับ|ถือ|จัด)(?:ว่า)?\s?(?:เป็น|อยู่)?\s?(?:ใน)?\s?ระยะ\s?(?:ไหน|ใด|อะไร)|ต่างจากระยะอื่น|"
    r"(?:แบ่ง|มี)\S{0,30}กี่\s?" + _PHASE + "|" + _PHASE + r".{0,30}กี่\s?(?:แบบ|ประเภท|ระยะ|ขั้น|ระดับ)|"
    r"แต่ละ" + _PHASE + r"\S{0,12}(?:หมายถึง|หมายความ|ความหมาย|คือ|ต่างกัน)",
    word("which phase", "what are the phases", r"what are the (?:\w+ )?(?:phases|stages)",
         "(?:organi[sz]ation(?:al)?|agency|agencies) (?:phases|stages)", "phases mean", "the three phases",
         "what phase (?:are|is)",
         "(?:what|which) stages?", "stages? (?:are there|can)", "the (?:three|3) stages", "how many (?:stages|phases)"),
)
# The parts of a unit as nouns, for "ความรู้ต่างจากทักษะยังไง": a comparison of two kinds of requirement.
ASPECT_NOUNS: dict[str, re.Pattern[str]] = {
    # what one must have before ("ความรู้ที่ต้องมีมาก่อน", "พื้นฐานที่ต้องผ่านมาก่อน", "prerequisite"): its own part, though
    # it says "ความรู้" (``entities.aspect_nouns`` keeps the longer one)
    "prerequisites": compile_any(r"(?:ความรู้|พื้นฐาน|สิ่ง)?\s?(?:ที่)?\s?ต้อง(?:มี|ผ่าน|รู้)\s?(?:มา)?\s?ก่อน|พื้นฐานที่ต้อง",
                                 word("prerequisites?", "pre-requisites?", "prereqs?", "pre-reqs?")),
    "knowledge": compile_any(_KNOWLEDGE_WORD, word("knowledge")),
    "skills": compile_any(r"ทักษะ|สกิล", word("skills?")),
    "evidence": compile_any(r"หลักฐาน", word("evidences?")),
    "criteria": compile_any(r"เกณฑ์(?:การ)?(?:ปฏิบัติงาน)?", word("performance criteria", "criteria", "criterion")),
    "range": compile_any(r"ขอบเขต", word("range statement", "range", "scope")),
}
# A framework named beside a code: "DS700 ของ ก.พ. อย่างเดียว" (not "3 ก.พ.", the month), nor ก.พ.ร. (the OPDC).
FRAMEWORK_NAMED: dict[str, re.Pattern[str]] = {
    "ocsc-2561": compile_any(r"(?<!\d)(?<!\d )ก\.\s?พ(?!\.?\s?ร\.?(?![\u0e00-\u0e7f]))\.?(?!\s?\d{1,2}\b)|"
                             r"(?<!\d)(?<!\d )กพ(?![\u0e00-\u0e7f])|2561|"
                             r"สำนักงาน ?ก\.?พ(?!\.?\s?ร\.?(?![\u0e00-\u0e7f]))|ปี\s?61|(?:ฉบับ|อัน|ของ|ตัว)\s?เก่า",
                             word("ocsc")),
    "std-2567": compile_any(r"2567|ปี\s?67|มาตรฐานอาชีพ|มาตรฐานสมรรถนะ|มาตรฐานใหม่|สดช|สพร|(?:ฉบับ|อัน|ของ|ตัว)\s?ใหม่",
                            word("std", "occupational standard")),
}

# One framework named in a topic question, with the words around it ("ในมาตรฐานปี67", "ของ ก.พ. ปี 61"):
# which units to search, not words of the topic.
FRAMEWORK_PHRASE: dict[str, re.Pattern[str]] = {
    fw: thai_pattern(r"(?:ใน|ของ|ตาม)?\s?(?:มาตรฐาน|กรอบ|หนังสือ|ฉบับ)?\s?(?:ของ)?\s?(?:ปี|พ\.?ศ\.?)?\s?(?:"
                     + regex.pattern + ")")
    for fw, regex in FRAMEWORK_NAMED.items()
}

# Both frameworks named in a topic question ("ทั้งสองกรอบ", "ทั้ง 2 มาตรฐาน"): no topic words either.
BOTH_FRAMEWORKS_PHRASE = compile_any(r"(?:ของ|ใน)?\s?ทั้ง\s?(?:สอง|2)\s?(?:กรอบ|มาตรฐาน|ฉบับ|เวอร์ชัน|อัน)",
                                     word("(?:in )?both (?:versions|frameworks|standards)"))

# Two things side by side ("DS700 กับ DS600", "DT600 vs DUS500"); with nothing else asked, a comparison.
PAIRED = compile_any(r"^\s*(?:กับ|และ|,)\s*$", word("vs", "versus", "and"))

# "Which needs more", "same thing?": comparison without the word ต่างกัน.
MORE_THAN = compile_any(r"ซ้ำกัน|ใคร(?:ต้อง)?(?:มี)?มากกว่า|อันไหน(?:มาก|ยาก)กว่า|ตัวเดียวกัน(?:ไหม|มั้ย|หรือเปล่า|รึเปล่า)?")
# "DUS400 กับ DUS500 ควรเรียนอันไหนก่อน", "…อันไหนเหมาะกว่า": which of two things named.
WHICH_OF_TWO = compile_any(r"อันไหน|ตัวไหน|(?:หน่วย|รหัส)ไหน.{0,16}(?:กว่า|ก่อน)|คนละเรื่อง|เรื่องเดียวกัน",
                           word("which one", "which is", "which should"))
# "อันเก่ากับอันใหม่", "ปี 61 กับ 67": the old and the new framework side by side (the code may come from context).
OLD_AND_NEW = compile_any(r"เก่า.{0,14}ใหม่|ใหม่.{0,14}เก่า|(?:25)?61.{0,12}(?:25)?67|(?:25)?67.{0,12}(?:25)?61",
                          word(r"old (?:and|vs\.?|versus) new", r"new (?:and|vs\.?|versus) old"))
# "DL200 สองฉบับ": one code in both frameworks.
TWO_VERSIONS = compile_any(r"สอง ?(?:ฉบับ|กรอบ|มาตรฐาน|เวอร์ชัน)|2 ?(?:ฉบับ|กรอบ|มาตรฐาน)|ทั้งสอง|ฉบับเก่า|ฉบับใหม่|"
                           r"(?:อัน|ของ|ตัว)\s?เก่า.{0,12}(?:อัน|ของ|ตัว|ฉบับ)\s?ใหม่|เก่ากับใหม่|ปี\s?61.{0,12}67",
                           word("both versions", "two versions", "both frameworks"))
# A phase named and "what does it mean": the phases, not a role.
MEANING = compile_any(r"หมายถึง|หมายความ|ความหมาย|คืออะไร|คือไร|คือยังไง|คือไง|คืออย่างไร|แปลว่า|เรียกว่า|นิยาม|"
                      r"เป็น(?:แบบ|อย่าง)ไหน|เป็นอย่างไร|เป็นยังไง",
                      word("mean", "means", "meaning", "what is", "what's", "define", "definition"))
# What a phase adds to the one before ("ระยะพัฒนาแล้วต้องมีอะไรเพิ่ม").
ADDED = compile_any(r"เพิ่ม(?:อะ)?(?:ไร|ขึ้น|เติม)|(?:อะ)?ไรเพิ่ม|(?:มี|ต้อง|ไหน|ตัวไหน)เพิ่ม|(?:ต้อง)?เสริม|"
                    r"เพิ่ม(?:ขึ้น|มา)?\s?(?:จาก|กว่า)|"
                    # what came in with it ("ที่เพิ่มมามีอะไรบ้าง", "ตัวที่เพิ่มเข้ามา")
                    r"(?:ที่|อัน|ตัว|หน่วย)\s?เพิ่ม(?:เข้า)?มา",
                    word("added", "additional", "in addition", "more than", "extra", "adds?",
                         "(?:is|are|'?s) new"))  # "what does the developing phase add", "what's new in mature"
# The phase something is added to, named after it: "เพิ่มจากระยะเริ่มต้น", "more than the early stage".
ADDED_FROM = re.compile(r"เพิ่?ม(?:ขึ้น|มา)?\s?(?:จาก|กว่า)|มากกว่า|\b(?:more than|in addition to|on top of)\b",
                        re.IGNORECASE)
PMQA_INDICATORS = compile_any(r"ตัวชี้วัด|ตัววัด|ภาคบังคับ|บังคับ|ต้องกรอก|กรอกกี่|เกณฑ์ผ่าน|ค่าเป้าหมาย|ดอกจัน|ดีกว่าเป้า|กี่ ?%",
                              word("indicators?", "kpis?", "mandatory"))

# "หน่วยสมรรถนะ" followed by a title, not by a question word: the message names one unit.
# What category 7 measures ("หมวด๗ด้านผู้รับบริการวัดอะไรบ้าง"): its indicators.
MEASURED = compile_any(r"วัด(?:ผล)?\s?(?:อะไร|ไร|ยังไง|อย่างไร|กัน)", word("measured?", "measures"))
NAMES_UNIT = compile_any(r"หน่วย(?:สมรรถนะ)?\s?(?!ไหน|ใด|อะไร|นี้|ไร|ที่|ย่อย|สมรรถนะ)[\u0e01-\u0e2e]")

# Subjects outside digital competency that share words with it ("เงินเดือนนักวิชาการ…" names a group, "ขอความเห็น
# เรื่องการโยกย้าย…" reads like a search): personnel administration, prices, weather, food, games.
OFF_TOPIC = compile_any(
    # labour matters ("โดนเลิกจ้าง ได้ค่าชดเชยกี่วัน": no cancel, though "เลิก" is in it)
    r"เลิกจ้าง|ค่าชดเชย|ประกันสังคม|"
    r"เงินเดือน|ค่าตอบแทน|โบนัส|เลื่อนขั้น|โยกย้าย|ย้ายข้าราชการ|ลาพัก|วันลา|ลาป่วย|ลากิจ|เบิกค่า|บำเหน็จ|บำนาญ|"
    r"สมัครสอบ|ราคา|หวย|เลขเด็ด|ฝนตก|ฝนจะตก|พยากรณ์อากาศ|อากาศ(?:วันนี้|ร้อน|หนาว)|ร้านอาหาร|ร้านกาแฟ|ร้าน\S{0,6}แถว|"
    r"สูตร(?:อาหาร|ทำ|ต้ม|แกง)|ดูบอล|ฟุตบอล|ผลบอล|ร้องเพลง|เล่นเกม|เล่ามุก|มุกตลก|เรื่องตลก|"
    # office chores asked of it: drafting or translating letters is not what it does
    r"ร่าง(?:หนังสือ|จดหมาย|บันทึก|คำสั่ง)|เขียนหนังสือ(?:ราชการ)?ให้|แปลเอกสาร|เบอร์โทร(?!.{0,12}(?:เจ้าหน้าที่|ผู้ดูแล|hr|แอดมิน))",
    # a document to be written or made for one ("ช่วยเขียนรายงานผลการดำเนินงานให้หน่อย", "ทำสไลด์นำเสนอให้ที"): a chore,
    # not a topic of the catalog (which has "จัดทำรายงาน…" as skills, asked with no "ให้")
    r"(?:เขียน|ร่าง|ทำ|พิมพ์|แต่ง|สรุป)\s?(?:รายงาน|สไลด์|พาวเวอร์พอยต์|powerpoint|ppt|เอกสาร|บันทึกข้อความ|จดหมาย|"
    r"สุนทรพจน์|คำกล่าว|ข้อเสนอโครงการ|รายงานการประชุม|การบ้าน)\S{0,40}?\s?ให้\s?(?:หน่อย|ที|ด้วย|ได้|นะ|(?:ผม|หนู|ดิฉัน|ฉัน|พี่))",
    # welfare payments and the like ("เบี้ยยังชีพผู้สูงอายุเข้าวันไหน", "บัตรสวัสดิการแห่งรัฐ")
    r"เบี้ยยังชีพ|เบี้ยผู้สูงอายุ|เบี้ยคนพิการ|บัตรสวัสดิการ|บัตรคนจน|เงินช่วยเหลือ(?:เกษตรกร|น้ำท่วม)|"
    # the person says so ("ถามนอกเรื่องหน่อยค่ะ", "ขออนุญาตสอบถามนอกเรื่องนิดนึง")
    r"นอกเรื่อง",
    # a help-desk trouble ("ลืมรหัสผ่านอีเมล", "เข้าระบบลาไม่ได้", "ปริ้นเตอร์เสีย"): the agency's IT support, not us
    r"ลืม(?:รหัส|พาส)|รีเซ็ต\s?(?:รหัส|พาส)|(?:เข้า(?!ใจ|ใ)|ล็อกอิน|ล็อคอิน|login)\S{0,24}\s?ไม่ได้|"
    r"(?:คอม|โน้ตบุ๊ก|โน๊ตบุ๊ค|ปริ้นเตอร์|ปริ๊นเตอร์|เครื่องพิมพ์|เน็ต|ไวไฟ|wifi|wi-fi|เมาส์|จอ).{0,14}?"
    r"(?:เสีย|ค้าง|ช้า|หลุด|ดับ|ใช้(?:งาน)?ไม่ได้|ต่อไม่(?:ได้|ติด)|ไม่ติด)",
    word("salary", "weather", "exchange rate", "bitcoin", "football", "recipe", "joke", "lottery", "off[- ]topic",
         "forgot (?:my )?(?:\\S+ ){0,2}password", "reset (?:my )?(?:\\S+ ){0,2}password", "can'?t log ?in"),
)
# "ทดสอบ" or "test" alone: someone checking that the bot answers, not asking for a quiz.
BOT_TEST = thai_pattern(r"^(?:ทดสอบ|เทสต์?|test|testing)(?:\s|ระบบ|บอท|bot|ครับ|ค่ะ|คะ|นะ|\d|ๆ)*$")

# Replies that carry no request and no topic ("ไม่เข้าใจ", "งง", "ไม่ใช่"): never a title search.
NO_TOPIC = thai_pattern(r"^(?:ไม่เข้าใจ|งง|ไม่ใช่(?:อันนี้)?|ผิด|ย้อนกลับ|อืม+|หือ|ห๊ะ|what\??|huh)"
                        r"(?:\s|ครับ|ค่ะ|คะ|คับ|อะ|อ่ะ|เลย|นะ|ๆ|อันนี้|ไม่ใช่|ไม่เข้าใจ|งง)*$")  # ("ไม่เข้าใจอะ งงๆ")

# How a chatty or voice-typed question frames its topic, never the topic itself: the standards named as the place
# asked about ("…อยู่ในมาตรฐานข้อไหน", "มีในมาตรฐานด้วยเหรอ", "มาตรฐานเขาเขียนไว้…"), hearsay ("ที่เขาพูดกันว่า…",
# "ที่เขาเรียกว่า…"), one's own office ("หน่วยงานผม", "สำนักงานเรา", "ทางเรา"): dropped before a title search.
TOPIC_FRAMING = compile_any(
    r"(?:อยู่|มี)?\s?(?:ใน|ของ)\s?มาตรฐาน(?:สมรรถนะ)?(?:ดิจิทัล)?|(?:อยู่|มี)\s?มาตรฐาน(?:สมรรถนะ)?|"
    r"มาตรฐาน(?:สมรรถนะ)?\s?(?:เขา|เค้า)?\s?(?:เขียน|ระบุ|กำหนด)ไว้|"
    r"(?:ที่|อย่างที่)?\s?(?:เขา|เค้า|คน)\s?(?:ชอบ)?\s?(?:พูด|เรียก|ว่า)\s?(?:กัน)?\s?(?:ว่า)?|"
    r"(?:ของ|ใน|ที่)?\s?(?:หน่วยงาน|สำนักงาน|องค์กร|ที่ทำงาน|ออฟฟิศ)\s?(?:ของ)?\s?(?:ผม|เรา|พี่|หนู|ดิฉัน|ฉัน)|"
    r"^\s?ทาง\s?(?:เรา|สำนักงาน|หน่วยงาน)|(?:นับเป็น|เป็น)\s?(?:สมรรถนะ|ทักษะ)\s?ดิจิทัล|"
    # who asked for it ("หัวหน้าให้ช่วยทำ", "นายสั่งมา", "ได้รับมอบหมายให้ดูแล")
    r"(?:หัวหน้า|เจ้านาย|ผู้บังคับบัญชา|บอส)\s?(?:เขา|เค้า)?\s?(?:ให้|สั่ง(?:ให้)?|มอบหมาย(?:ให้)?|ขอให้)\s?"
    r"(?:ผม|พี่|หนู|ดิฉัน|ฉัน|เรา)?\s?(?:ช่วย)?\s?(?:ทำ|ดูแล|ดู|เตรียม|รับผิดชอบ)?\s?(?:มา)?|"
    r"ได้รับมอบหมาย(?:ให้)?\s?(?:ช่วย)?\s?(?:ทำ|ดูแล|ดู|เตรียม|รับผิดชอบ)?|"
    # a change of subject announced, one's department, a ranking ("เปลี่ยนเรื่องครับ … ของกรมมากที่สุด")
    r"เปลี่ยน\s?เรื่อง|(?:ของ|ใน|ที่)\s?กรม(?:\s?(?:ผม|เรา|พี่|หนู|ดิฉัน|ฉัน))?(?=\s|มาก|$)|มาก\s?ที่สุด",
)
# IT work as a PMQA topic ("PMQA หมวดไหนเกี่ยวกับงาน IT"): the criteria say ดิจิทัล.
PMQA_IT = thai_pattern(r"(?:งาน\s?)?(?:\bit\b|ไอที|เทคโนโลยีสารสนเทศ)")
# A message that opens by saying who one is or where one works ("พี่ทำงานสาธารณสุขอำเภอค่ะ ต้อง…", "หน่วยงานผมเป็น
# สำนักงานที่ดินจังหวัดครับ อยาก…"): the opening, up to its polite particle, is context; the topic comes after it.
SELF_INTRO = compile_any(
    r"^\s?(?:คือ(?:ว่า)?)?\s?(?:ผม|พี่|หนู|ดิฉัน|ฉัน|เรา|กระผม|หน่วยงาน(?:ของ)?(?:ผม|เรา|พี่|หนู|ดิฉัน)|ทาง(?:เรา|สำนักงาน))\s?"
    r"(?:ทำงาน|เป็น|อยู่)\S{2,60}?(?:นะ)?\s?(?:ครับ|คับ|ค่ะ|คะ|จ้ะ|จ้า)(?:ผม)?(?=\s|แล้ว|ตอนนี้|ต้อง|อยาก)",
)
# Particles and question words that carry no topic: dropped before a title search.
_STOP = (
    """ครับ ค่ะ คะ คับ จ้า จ้ะ นะ น่ะ หน่อย ได้ไหม ไหม มั้ย บ้าง อะไร คือ อยาก รู้ ทราบ เรื่อง เกี่ยวกับ ค้นหา หา
    รู้เรื่อง มี ไหน หน่วย สมรรถนะ ที่ ใน ของ และ กับ ให้ ขอ ช่วย บอก ดู แสดง ว่า การ ด้าน อยากรู้ อยากทราบ ขอดู ขอ
    หน่วยไหน ใด ข้อมูลเรื่อง หัวข้อ ยังไง อย่างไร ไร เป็น เกณฑ์ ต้อง ทำ แนะนำ ตัว แบบ สอน ผม ฉัน หนู ดิฉัน
    อยู่ ตรง ตรงไหน เรียน ส่วน ย่อย ได้ ล่ะ คะ ครอบคลุม ข้อ ว่าด้วย ถาม ว่า ผอ. ผอ ทักษะ ความรู้ ต้องมี
    กระผม ใคร่ ขอทราบ เรียน สอบถาม ประสงค์ เกี่ยวข้องกับ กี่ หมวด ประเด็น
    อ่ะ อะ งับ ค้าบ คับผม ฮะ ฮับ จ้า มะ ป่ะ ปะ เปล่า หรอ เหรอ ไง มั่ง เลย ด้วย อ่า อ่ะครับ 555 5555 55555
    what which is are the a an of about on for to find search units unit any anything related me show tell
    please i want know where in code criterion criteria element elements competency framework standard
    does do belong belongs cover covers covering fit fits go goes give list
    พูดถึง กล่าวถึง แบ่ง ทั้งหมด talk talks mention mentions เจ้าหน้าที่ จนท. จนท กรม there เรียนถาม
    พูด กล่าว item items something regarding its and this that anyway actually exactly really just again
    สวัสดี เพิ่ง ถ้า นี่ เนี่ย แต่ละ สาระสำคัญ
    มัน อันนี้ แล้วก็ เค้า กัน พวก แบบว่า คือว่า ใช่ไหม ใช่มั้ย ใช่มะ ด้วยเหรอ เรา"""
)
STOP_TOKENS: frozenset[str] = frozenset(_STOP.split())
# Words every unit is about: a topic of these alone names none ("ทักษะดิจิทัล", "digital skills" = the skills asked of one).
DOMAIN_ONLY_WORDS: frozenset[str] = frozenset({"ดิจิทัล", "ดิจิตอล", "ดิจิตัล", "digital", "skills", "skill"})
# Fillers of spoken Thai dropped from a topic only as whole words typed with their marks: without them they are other
# words or parts of words ("ไอ" of ไอที and เอไอ, "ก" that a word ends in).
FILLER_TOKENS: frozenset[str] = frozenset({"ไอ้", "ก็", "อ่ะ", "เนี่ย", "น่ะ"})

# Topics made with ความรู้, one word each: cut apart, ความรู้ (a unit's part, so a stop word in a topic) was
# dropped and "ทำคลังความรู้" searched for "คลัง"; nor do they ask for a unit's knowledge.
KNOWLEDGE_COMPOUNDS = ("คลังความรู้", "จัดการความรู้", "องค์ความรู้", "แลกเปลี่ยนความรู้", "ถ่ายทอดความรู้",
                       "แบ่งปันความรู้", "ฐานความรู้", "แหล่งความรู้", "สร้างความรู้")
KNOWLEDGE_COMPOUND = thai_pattern("|".join(KNOWLEDGE_COMPOUNDS))  # in bare text
# Everyday security words kept whole by the tokeniser ("แรนซัมแวร์" was cut "แร นซัมแวร์" and shown so).
# Everyday names of things the tokeniser cut ("แอปรับเรื่อง" was "แอ ปรับ เรื่อง", "ปริ้นเตอร์" "ป ริ้น เตอร์").
SPOKEN_WORDS = ("แอป", "แอพ", "ปริ้นเตอร์", "ปริ๊นเตอร์", "ปริ้น", "วินโดวส์", "ไฟล์", "ชีท", "ชีต", "เอ็กเซล", "เอกเซล",
                "ดร็อปบ็อกซ์", "ดรอปบ็อกซ์",
                # (one word each: "ใส่รูปลงใน" was cut "ใส่ รู ปลง ใน", and the picture lost)
                "ใส่รูป", "แทรกรูป", "ใส่ภาพ", "แทรกภาพ")
SECURITY_WORDS = ("แรนซัมแวร์", "ไฟร์วอลล์", "ไฟร์วอล", "ไฟวอลล์", "ไฟวอล", "ช่องโหว่", "ฟิชชิ่ง", "มัลแวร์",
                  "แอนตี้ไวรัส", "รหัสผ่าน", "พาสเวิร์ด", "กู้คืน", "อุบัติการณ์", "แฮกเกอร์", "แฮ็กเกอร์")

# The profile card's own button labels typed as a whole message, long after the card was shown (a typed label of the
# buttons just shown is pressed by the dialog): "แก้ไขข้อมูล" is editing one's profile (it searched the criteria for
# "แก้ไข ข้อมูล"), "สิ่งที่ต้องมี" is one's own role's requirements (not understood). Read as these wordings.
_LABEL_END = r"(?:\s|ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|นะ|หน่อย|ให้หน่อย|ด้วย|ๆ|\?)*$"
OWN_LABELS: tuple[tuple[str, str], ...] = (
    (r"^(?:กด|ขอ|อยาก)?\s?แก้(?:ไข)?\s?ข้อมูล(?:ของ(?:ฉัน|ผม|หนู|เรา|ตัวเอง)|ส่วนตัว)?" + _LABEL_END, "แก้ไขโปรไฟล์"),
    (r"^(?:กด|ขอดู)?\s?สิ่งที่ต้องมี" + _LABEL_END, "สิ่งที่ฉันต้องมี"),
)

# Everyday words for the catalog's own: people say ไอที where the titles say ดิจิทัล ("ความเสี่ยงด้านไอที" is
# "บริหารความเสี่ยงดิจิทัล"); the topic is also looked up in the catalog's word.
EVERYDAY_WORDS: tuple[tuple[str, str], ...] = (
    (r"ไอที|ไอ ที", "ดิจิทัล"),
    (r"พ\.? ?ร\.? ?บ\.?|พระราชบัญญัติ", "กฎหมาย"),  # a law by its kind: the criteria say กฎหมาย
    (r"แชร์", "แบ่งปัน"),  # "แชร์หน้าจอ" is "แบ่งปันหน้าจอ"
    # a picture put into a document is an object inserted ("ใส่รูปลงในเอกสาร word": "แทรกวัตถุลงบนงานเอกสาร")
    (r"(?:ใส่|แทรก)\s?(?:รูป(?:ภาพ)?|ภาพ)(?:\s?ลง)?", "แทรกวัตถุ"),
    (r"(?<!ตก)แต่งรูป|(?<![ภ])(?<!ใส)(?<!ใส )(?<!แทรก)(?<!แทรก )รูป(?:ภาพ)?(?=\s|$)", "ตกแต่งภาพ"),
    (r"ผู้ใช้บริการ", "ผู้รับบริการ"),
    (r"(?<!คิด)ความเห็น", "ความคิดเห็น"),
    (r"ตรวจจับ", "ตรวจสอบ"),
    (r"ข้าม(?=\s?(?:หน่วยงาน|องค์กร|กรม|กระทรวง)|\s*$)", "ระหว่าง"),  # "เชื่อมโยงข้อมูลข้ามหน่วยงาน": the criteria say ระหว่าง
    # a sheet or a file locked is protected ("ล็อกแผ่นงานไม่ให้คนอื่นแก้" is "ป้องกันแผ่นงาน"); a sheet is a แผ่นงาน
    (r"ล็อ[กค](?!อิน)", "ป้องกัน"),
    (r"(?<![a-z])(?:ชีท|ชีต)", "แผ่นงาน"),
    # the public one serves is the criteria's ผู้รับบริการ; opinions or data gathered are รวบรวม
    (r"ประชาชน(?:ที่มาติดต่อ)?|ชาวบ้าน|ผู้มาติดต่อ", "ผู้รับบริการ"),
    (r"เก็บ(?=\s?(?:ความ|ข้อมูล|ผล|แบบสอบถาม))", "รวบรวม"),
)

# English topic words → the Thai wording of the catalog's titles (titles are Thai only in places).
ENGLISH_TOPICS: tuple[tuple[str, str], ...] = (
    # Everyday tools by their product or English names → the criteria's Thai wording (most specific first).
    (r"power ?point|\bslides?\b|presentations?|keynote", "โปรแกรมนำเสนอ"),
    (r"(?:excel|spreadsheets?|google sheets?).{0,12}(?:สูตร|formulas?|functions?)|"
     r"(?:สูตร|formulas?|functions?).{0,12}(?:excel|spreadsheets?)", "สูตรฟังก์ชัน"),
    (r"excel|spreadsheets?|google sheets?", "ตารางคำนวณ"),
    (r"back ?-?ups?", "สำรองข้อมูล"),
    # a programmer's shorthand for writing software ("software dev", "app dev", "dev ระบบ", "coding"): the criteria's
    # Thai ("พัฒนาซอฟต์แวร์")
    (r"(?:software|app|application|web|system)\s?-?dev(?:elop(?:ment|er)?)?\b|\bdev\s?(?:ระบบ|โปรแกรม|แอป|เว็บ)|"
     r"\bcoding\b|เขียน\s?(?:โค้ด|code|โปรแกรม)|\bprogramming\b", "พัฒนาซอฟต์แวร์"),
    (r"video edit(?:ing|or)?|edit(?:ing)? (?:a )?videos?|(?:make|shoot|record)(?:ing)? (?:a )?(?:clips?|videos?)",
     "ตัดต่อสื่อภาพเคลื่อนไหว"),
    (r"infographics?|posters?", "สร้างสื่อดิจิทัล"),
    (r"\bms word\b|word process(?:ing|or)|google docs?", "ประมวลผลคำ"),
    (r"e-?mails?|gmail|outlook", "ไปรษณีย์อิเล็กทรอนิกส์"),
    (r"facebook|\bline\b|social media|twitter|tiktok|instagram|youtube", "สื่อสังคม"),
    (r"calendars?", "ปฏิทิน"),
    (r"google drive|onedrive|dropbox|icloud", "คลาวด์"),
    (r"\bzoom\b|ms teams|microsoft teams|webex|google meet|video ?(?:call|conferenc\w*)|chat apps?",
     "โปรแกรมการสื่อสาร"),
    (r"e-?payment|online banking|mobile banking|e-?commerce|online shopping|promptpay", "ธุรกรรมอิเล็กทรอนิกส์"),
    (r"smart ?phones?|mobile (?:phones?|devices?)|tablets?|ipad", "อุปกรณ์เคลื่อนที่"),
    (r"browsers?|chrome|firefox|safari", "เว็บเบราว์เซอร์"),
    (r"viruse?s?|malware|ransomware", "มัลแวร์"),
    (r"passwords?", "ใช้อินเทอร์เน็ตอย่างปลอดภัย"),
    (r"passwords?", "พิสูจน์ตัวตน"),
    # A security officer's own words for what the criteria say in general terms: a firewall protects against
    # threats (DLit103.2, CS200) and is a security system chosen (DT501.2); a vulnerability is checked for
    # (CS300) and is a threat handled (DLit303.1); an incident is the criteria's อุบัติการณ์ (DT501.3-4, CS400).
    (r"fire ?walls?", "ป้องกันภัย"),
    (r"fire ?walls?|\bids\b|\bips\b|anti-?virus", "ระบบความมั่นคงปลอดภัย"),
    (r"vulnerabilit(?:y|ies)|pen(?:etration)? ?test\w*|vulnerability scan\w*", "ตรวจสอบภัยไซเบอร์"),
    (r"vulnerabilit(?:y|ies)|phishing|hack\w*|threats?", "ภัยคุกคาม"),
    (r"incidents?(?: response| handling| management)?|security events?", "อุบัติการณ์"),
    (r"incident response|disaster recovery|\brecovery\b|\bdrp?\b|\bbcp\b|restore", "ตอบสนองและกู้คืน"),
    (r"search engines?|web search|googling|\bgoogle\b(?! ?(?:drive|forms?|docs?|sheets?|meet))", "สืบค้นข้อมูล"),
    (r"operating systems?|\bwindows\b|macos", "ระบบปฏิบัติการ"),
    (r"websites?|web ?pages?|\bweb\b", "สร้างเว็บ"),
    (r"\bma\b|maintenance", "บำรุงรักษา"),
    (r"dashboards?|visuali[sz]ation|\bcharts?\b|\bgraphs?\b", "Data Visualization"),
    (r"meta ?data", "เมตาดาตา"),
    (r"data ?warehous(?:e|ing)", "คลังข้อมูล"),
    (r"data cleansing|data cleaning|clean(?:ing)? (?:the )?data", "จัดระเบียบข้อมูล"),
    (r"root cause", "สาเหตุที่แท้จริง"),
    (r"pdpa|privacy|personal data", "ความเป็นส่วนตัว"),
    (r"\bzoom\b|ms teams|microsoft teams|webex|google meet|video ?(?:call|conferenc\w*)", "ประชุมทางไกล"),
    (r"prototype|\bpoc\b|proof (?:of )?concept", "ซอฟต์แวร์ต้นแบบ"),
    (r"\b(?:max|min|sum|avg|average|aggregate)\b", "Aggregate Function"),
    (r"\btor\b|terms of reference", "สิ่งที่ต้องส่งมอบและเงื่อนไขการตรวจรับ"),
    (r"\bproofread\w*|spell ?check\w*", "ตรวจสอบงานเอกสาร"),
    (r"2fa|two[- ]factor|\botp\b|authenticat\w*", "พิสูจน์ตัวตน"),
    (r"open ?data", "มาตรฐานการเปิดเผยข้อมูล"),
    (r"user ?accounts?", "บัญชีรายชื่อบุคคล"),
    (r"succession", "สืบทอดตำแหน่ง"),
    (r"core data", "ข้อมูลหลัก"),
    (r"data quality", "คุณภาพข้อมูล"),
    (r"(?:information|data) sharing", "แลกเปลี่ยนเชื่อมต่อข้อมูล"),
    (r"cyber ?security|cyber", "ความมั่นคงปลอดภัยไซเบอร์"),
    (r"cyber ?security|cyber", "ไซเบอร์"),  # (the titles of CS200, CS300 say ภัยไซเบอร์, as Thai "ไซเบอร์" finds)
    (r"data analy[sz](?:is|e|ing)|analy[sz]e data|data analytics", "วิเคราะห์ข้อมูล"),
    (r"big ?data", "ข้อมูลขนาดใหญ่"),
    (r"design thinking", "คิดเชิงออกแบบ"),
    (r"cloud", "คลาวด์"),
    (r"\bsla\b", "Service-Level Agreement"),
    (r"\bux\b", "User Experience"),
    (r"blueprint", "พิมพ์เขียว"),
    (r"data governance", "ธรรมาภิบาลข้อมูล"),
    (r"data catalog(?:ue)?", "บัญชีข้อมูล"),
    (r"enterprise architecture|\bea\b", "สถาปัตยกรรมองค์กร"),
    (r"(?:digital )?risk(?: management)?", "ความเสี่ยงดิจิทัล"),
    (r"(?:design(?:ing)? (?:a )?digital organi[sz]ation|digital organi[sz]ation design|future design)",
     "ออกแบบองค์กรดิจิทัล"),
    (r"generative ai|gen ?ai|chatgpt", "Generative AI"),
    (r"artificial intelligence|\bai\b", "ปัญญาประดิษฐ์"),
    (r"^ai$", "Generative AI"),  # AI alone: both units on it (the basics, and generative AI at work)
    # AI put to work ("ใช้ AI ช่วยเขียนรายงาน"): generative AI
    (r"(?:ใช้|use|using)\s?ai\b|\bai\b.{0,12}(?:ช่วย|เขียน|สรุป|แต่ง|ทำงาน|ทำรายงาน)", "Generative AI"),
    (r"software development|agile", "พัฒนาซอฟต์แวร์"),
    (r"project management", "โครงการ"),
    # designing a service ("units on digital service design", "service blueprint"): the criteria's ออกแบบบริการ (DS300,
    # DS500), not every unit on digital services
    (r"(?:digital )?service design|design(?:ing)? (?:of )?(?:a |the )?(?:digital |public |e-?)?services?",
     "ออกแบบบริการ"),
    (r"(?<!design )(?<!designing )(?<!design of )digital service(?!s? design)", "บริการดิจิทัล"),
    (r"service innovation", "นวัตกรรมบริการ"),
    (r"\binnovat(?:ion|ions|ive|ing|e)\b", "นวัตกรรม"),  # innovation alone: the service innovation units (DS300–DS600)
    # working with other agencies ("cross-agency", "across boundaries", "with other agencies"): the titles' ข้ามหน่วยงาน
    # (SPM100, DL200, DL800), and a network of them (DS400)
    (r"(?:across|cross)[- ]?(?:agenc(?:y|ies)|boundar(?:y|ies)|organi[sz]ations?|departments?|ministr(?:y|ies))|"
     r"(?:between|with other|among) (?:agencies|organi[sz]ations|departments|ministries)|inter-?agency",
     "ข้ามหน่วยงาน"),
    (r"\bnetwork(?:ing|s)?\b(?! (?:system|infrastructure|device|admin|security))", "เครือข่าย"),
    (r"office (?:software|programs?)", "โปรแกรม"),
    (r"\blaws?\b|legislation", "กฎหมาย"),
    (r"change management", "การเปลี่ยนแปลง"),
)
# Single broad words, looked up only when nothing more specific was found ("root cause analysis in project
# quality" is about root causes, not about every project unit).
BROAD_TOPICS: tuple[tuple[str, str], ...] = (
    (r"\bprojects?\b", "โครงการ"),
    (r"teamwork|\bteams?\b", "ทีม"),
)
# Thai wordings whose English the sources give in parentheses ("ธรรมาภิบาลข้อมูล" → "Data Governance").
# Thai spellings of English words and everyday names come first: they lead to the criteria's wording.
THAI_TOPICS: tuple[tuple[str, str], ...] = (
    (r"บิ๊ก ?ดาต้า|บิก ?ดาต้า", "ข้อมูลขนาดใหญ่"),
    (r"ดาต้า ?(?:โก|กั)เวอร์แนนซ์|ดาต้า ?กัฟเวอร์แนนซ์", "ธรรมาภิบาลข้อมูล"),
    (r"คราวด์|คลาวด์?|กูเกิ้?ล ?ไดร[ฟว]์?|วันไดร[ฟว]์?|ดรอป ?บ็?อกซ์", "คลาวด์"),
    (r"สไลด์|พาวเวอร์ ?พอย", "โปรแกรมนำเสนอ"),
    (r"(?:เอ็กเซล|เอกเซล).{0,12}สูตร|สูตร.{0,12}(?:เอ็กเซล|เอกเซล)", "สูตรฟังก์ชัน"),
    (r"เอ็กเซล|เอกเซล|เอ็กเซล", "ตารางคำนวณ"),
    (r"แบ็ค?อัพ|แบคอัพ|แบ็กอัป|สำรอง\s?ไฟล์|ไฟล์\s?สำรอง|แฟลช\s?ไดร[ฟว]์?|ฮาร์ด\s?ดิสก์\s?(?:ภายนอก|พกพา|แบบพกพา)",
     "สำรองข้อมูล"),
    (r"ตัดต่อ(?:วิดีโอ|วีดีโอ|วิดีโอ|คลิป|หนัง)", "ตัดต่อสื่อภาพเคลื่อนไหว"),
    # making a clip or a picture to post ("ถ่ายคลิปลงติ๊กต็อก", "ทำอินโฟกราฟิก"): the criteria's media programs (DLit302)
    (r"(?:ถ่าย|อัด|ทำ)\s?(?:คลิป|วิดีโอ|วีดีโอ|วิดิโอ)|คลิปวิดีโอ", "ตัดต่อสื่อภาพเคลื่อนไหว"),
    (r"อินโฟ\s?กราฟ(?:ิก|ฟิก|ฟิค|ิค)?|โปสเตอร์|ภาพ\s?ประชาสัมพันธ์", "สร้างสื่อดิจิทัล"),
    (r"อีเมล|อีเมล์|อี-เมล", "ไปรษณีย์อิเล็กทรอนิกส์"),
    (r"เฟซบุ๊ก|เฟสบุ๊ก|เฟสบุ๊ค|เฟซบุ๊ค|(?<!ออน)ไลน์|โซเชียล|ติ๊กต็อก|ยูทูบ", "สื่อสังคม"),
    (r"เว็บ", "สร้างเว็บ"),
    (r"แดชบอร์ด|ทำกราฟ|กราฟ|แผนภูมิ", "ข้อมูลด้วยภาพ"),
    (r"กราฟ|แผนภูมิ", "รูปแบบกราฟ"),
    (r"(?:แสดง|สรุป|ทำ)?\s?(?:ผล)?\s?(?:ออกมา)?\s?เป็น\s?ตาราง|ตาราง\s?สรุป(?:ผล)?", "รูปแบบตาราง"),  # DLit703.1
    (r"ซ่อมบำรุง|ซ่อมแซม|ดูแลรักษาระบบ", "บำรุงรักษา"),
    (r"(?:ขึ้น|สืบทอด|รับช่วง)\s?ตำแหน่ง|เกษียณ|คนรุ่นต่อไป", "สืบทอดตำแหน่ง"),
    (r"ยืนยันตัวตน|(?:2|สอง) ?ชั้น|โอทีพี", "พิสูจน์ตัวตน"),
    # a prototype made ("ทำตัวต้นแบบให้นายกดู"), not a role model ("เป็นต้นแบบที่ดี")
    (r"ต้นแบบ\s?(?:ระบบ|ซอฟต์แวร์|แอป)|(?:ทำ|สร้าง|พัฒนา)\s?(?:ตัว)?\s?ต้นแบบ|ตัวต้นแบบ|โปรโตไทป์|โพรโทไทป์",
     "ซอฟต์แวร์ต้นแบบ"),
    # an app made, or one that takes people's requests ("ทำแอปให้ประชาชน", "แอปรับเรื่องร้องเรียน"): software
    # developed (after the prototype: the more specific first)
    (r"(?:ทำ|สร้าง|พัฒนา|เขียน)\s?(?:แอป|แอพ)|(?:แอป|แอพ)\s?(?:รับ|แจ้ง)", "พัฒนาซอฟต์แวร์"),
    # a document proofread is checked ("ตรวจคำผิดในหนังสือ" is DLit201.7 "ตรวจสอบงานเอกสาร")
    (r"ตรวจ\s?(?:ทาน|แก้)?\s?คำ\s?ผิด|ตรวจ\s?(?:ตัว)?สะกด|พิสูจน์อักษร|พิมพ์ผิด(?=\s?(?:ใน|ของ)?\s?(?:หนังสือ|เอกสาร))",
     "ตรวจสอบงานเอกสาร"),
    # sums, averages, largest and smallest values are the criteria's aggregate functions (Sum, Avg, Min, Max)
    (r"ค่าเฉลี่ย|ผลรวม|ค่าสูงสุด|ค่าต่ำสุด|สูงสุด\s?(?:กับ|และ)?\s?ต่ำสุด|ค่า(?:มาก|น้อย)ที่สุด", "Aggregate Function"),
    # the terms of reference of a purchase say what is delivered and how it is accepted (SPM404.2)
    (r"ที\s?โอ\s?อาร์", "สิ่งที่ต้องส่งมอบและเงื่อนไขการตรวจรับ"),
    # data brought in from elsewhere is imported ("นำข้อมูลจาก HDC … เข้ามารวมกัน" is "นำเข้าข้อมูล")
    (r"นำ\s?ข้อมูล.{0,40}?เข้า(?:มา)?|ดึง\s?ข้อมูล.{0,30}?มา\s?รวม", "นำเข้าข้อมูล"),
    # files shared and edited together online
    (r"(?:แก้|ทำงาน|เขียน|พิมพ์)\S{0,12}\s?พร้อม\s?กัน", "ทำงานร่วมกันแบบออนไลน์"),
    (r"แชร์\s?ไฟล์", "แบ่งปันข้อมูลออนไลน์"),
    # files kept on the internet are the cloud ("ฝากไฟล์ไว้บนเน็ต", "เก็บไฟล์ไว้ออนไลน์")
    (r"ฝาก\s?ไฟล์|เก็บ\s?(?:ไฟล์|รูป|เอกสาร)\s?(?:ไว้)?\s?(?:บน|ใน)?\s?(?:เน็ต|อินเทอร์เน็ต|ออนไลน์)", "คลาวด์"),
    (r"เปิดเผยข้อมูล|ข้อมูลเปิด|โอเพ่น ?ดาต้า", "มาตรฐานการเปิดเผยข้อมูล"),
    (r"บัญชีผู้ใช้|ยูสเซอร์|บัญชีเข้าระบบ", "บัญชีรายชื่อบุคคล"),
    (r"ความปลอดภัย(?:ของ)?\s?(?:สารสนเทศ|ระบบ)|ระบบความปลอดภัย", "ความมั่นคงปลอดภัย"),
    # "ช้า" is "ชา" without its mark, as in "ประชาชน": a word of its own only
    (r"(?:บริการ|ระบบ).{0,20}?(?:ช้า|อืด)(?=\s|$)", "ประสิทธิภาพการให้บริการ"),
    (r"(?:หา|ต้น)?สาเหตุ|ต้นตอ", "สาเหตุที่แท้จริง"),
    (r"ฝึกอบรม|อบรม", "ฝึกอบรมเพื่อพัฒนาทักษะ"),
    (r"เมตาดาต้า|เมทาดาทา|เมทาดาต้า", "เมตาดาตา"),
    (r"นัดประชุม|ปฏิทินออนไลน์", "ปฏิทิน"),
    (r"ซูม|ประชุมออนไลน์|วิดีโอคอล|ประชุมทางไกล", "โปรแกรมการสื่อสาร"),
    (r"ซูม|ประชุมออนไลน์|วิดีโอคอล|ประชุมทางไกล", "ประชุมทางไกล"),
    (r"โอนเงิน|จ่ายเงินออนไลน์|ซื้อของออนไลน์|พร้อมเพย์|โมบายแบงก์กิ้ง|แอปธนาคาร", "ธุรกรรมอิเล็กทรอนิกส์"),
    (r"มือถือ|สมาร์ทโฟน|แท็บเล็ต|ไอแพด", "อุปกรณ์เคลื่อนที่"),
    (r"เสิร์ช|กูเกิ้?ล(?! ?(?:ไดรฟ์|ฟอร์ม|ชีต|ด็อก))|หาข้อมูล(?:ใน|จาก)?(?:เน็ต|อินเทอร์เน็ต|ออนไลน์)", "สืบค้นข้อมูล"),
    (r"ไวรัส|แรนซัมแวร์|มัลแวร์", "มัลแวร์"),
    (r"รหัสผ่าน|พาสเวิร์ด", "ใช้อินเทอร์เน็ตอย่างปลอดภัย"),
    (r"รหัสผ่าน|พาสเวิร์ด", "พิสูจน์ตัวตน"),  # DLit303.4 จัดการรูปแบบการพิสูจน์ตัวตน
    # A security officer's own words (see ENGLISH_TOPICS): firewall, vulnerability, incident, recovery.
    (r"ไฟร์? ?วอลล?์?|ไฟว์ ?วอลล?์?", "ป้องกันภัย"),
    (r"ไฟร์? ?วอลล?์?|ไฟว์ ?วอลล?์?|แอนตี้ ?ไวรัส|โปรแกรม ?ป้องกันไวรัส", "ระบบความมั่นคงปลอดภัย"),
    (r"ช่อง ?โหว่|เจาะระบบ|เพนเทส", "ตรวจสอบภัยไซเบอร์"),
    (r"ช่อง ?โหว่|ฟิช?ชิ่ง|หลอกลวง ?(?:ออนไลน์|ทางอีเมล)", "ภัยคุกคาม"),
    (r"อุบัติการณ์|เหตุ(?:การณ์)? ?(?:ผิดปกติ|ละเมิด|ภัยไซเบอร์|ด้านความปลอดภัย)|ถูกโจมตี|โดนแฮ็?ก|อินซิเดนท?์?", "อุบัติการณ์"),
    (r"กู้ ?คืน|กู้ ?ระบบ|กู้ ?ข้อมูล|แผน ?(?:ฉุกเฉิน|ต่อเนื่อง)|รับมือ ?(?:เหตุ|ภัย)|ตอบสนอง ?(?:ต่อ)? ?เหตุ",
     "ตอบสนองและกู้คืน"),
    (r"เบราว์เซอร์|เบราเซอร์|โครม", "เว็บเบราว์เซอร์"),
    (r"ภัย ?ไซเบอร์|โจมตี ?(?:ทาง)? ?ไซเบอร์|แฮก|แฮ็ก|ไซเบอร์ ?ซี ?เคีย?ว?ริ?ตี้?", "ความมั่นคงปลอดภัยไซเบอร์"),
    (r"ภัย ?ไซเบอร์|โจมตี ?(?:ทาง)? ?ไซเบอร์", "ภัยไซเบอร์"),  # the titles say both ("ตรวจสอบภัยไซเบอร์…")
    (r"แชท ?จี ?พี ?ที", "Generative AI"),
    (r"(?<![\u0e01-\u0e2e])เอ ?ไอ(?![\u0e01-\u0e2e])", "ปัญญาประดิษฐ์"),
    (r"ข้อมูลส่วนบุคคล|ส่วนบุคคล|ข้อมูลส่วนตัว", "ความเป็นส่วนตัว"),
    (r"ข้อมูลขนาดใหญ่|บิ๊กดาต้า|บิ๊ก ?ดาต้า", "big data"),
    (r"ธรรมาภิบาล ?ข้อมูล", "data governance"),
    (r"คิดเชิงออกแบบ|ดีไซน์ ?ธิงกิ้ง", "design thinking"),
    (r"ปัญญาประดิษฐ์", "artificial intelligence"),
    (r"พิมพ์เขียว", "blueprint"),
)


# The standards' own terms asked about ("หน่วยสมรรถนะคืออะไร", "unit กับ element ต่างกันยังไง"), no code written.
TERMS_ASKED = compile_any(
    r"(?:หน่วยสมรรถนะ|สมรรถนะย่อย|เกณฑ์การปฏิบัติงาน|หน่วยความสามารถ|ความสามารถย่อย|\bunit\b|\belement\b|"
    r"performance criteria|\buoc\b|\beoc\b).{0,30}(?:คือ|หมายถึง|หมายความว่า|ต่างกัน|แปลว่า|แตกต่าง|"
    r"\bmean|\bdiffer)",
    r"\bwhat (?:is|are) (?:an? |the )?(?:unit|element|performance criteri)",
)

# A yes-or-no question ("ต้องมี DS700 มั้ย", "ต้องผ่านหรือเปล่า", "do I need DS700?"): not what, which or how.
YES_NO = compile_any(r"(?:ไหม|มั้ย|มั๊ย|มัย|ป่ะ|ปะ|หรือเปล่า|รึเปล่า|หรือไม่|ใช่ไหม|ใช่มั้ย|รึป่าว|ป่าว)"
                     r"\s?(?:ครับ|คับ|ค่ะ|คะ|จ้ะ|จ้า|นะ)*\s*\??\s*$",
                     r"^(?:do|does|must|should)\b")
# How a test goes, asked about it ("ข้อสอบมีกี่ข้อ", "ประเมินตนเองใช้เวลานานไหม", "กี่คะแนนถึงผ่าน"): not a start.
PASS_MARK = compile_any(r"กี่\s?(?:คะแนน|ข้อ)\s?(?:ถึง|จึง)?\s?(?:จะ)?\s?ผ่าน|คะแนนผ่าน|เกณฑ์ผ่าน", word("pass mark"))
TEST_ASKED_ABOUT = compile_any(r"กี่\s?(?:ข้อ|นาที|ชั่วโมง)|นาน\s?(?:ไหม|มั้ย|แค่ไหน|เท่าไร|ป่ะ)|ใช้เวลา|"
                               # how the tests differ, how one takes one ("แบบทดสอบกับแบบประเมินตัวเองต่างกันยังไง",
                               # "ทำแบบประเมินตัวเองยังไง")
                               r"ต่างกัน|แตกต่าง|ต่างจาก|(?:^|\s|ขอ|จะ)(?:ทำ|เริ่ม)(?:ทำ)?\s?(?:แบบ)?(?:ทดสอบ|ประเมิน)\S{0,16}\s?"
                               r"(?:ยังไง|อย่างไร|ไง)",
                               word("how many questions", "how long", "how do i (?:take|do|start)",
                                    "difference between"), PASS_MARK.pattern)
# Why something is so ("ทำไมผมต้องมี DG500", "เพราะอะไรต้องผ่าน"): beside a need, whether (and where) it is needed.
WHY = compile_any(r"ทำไม|เพราะอะไร|เหตุใด", word("why"))
# What one must learn or have ("ต้องเรียนหน่วยไหน", "ควรพัฒนาอะไร"), asked beside one's profile: the role's requirements.
NEEDS_OF_ONE = compile_any(r"ต้อง(?:เรียน|มี|รู้|ผ่าน|พัฒนา)|ควร(?:เรียน|มี|พัฒนา)", word("need to (?:learn|have|know)"))
