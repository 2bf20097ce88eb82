"""What a person says about their work ("ทำงาน HR ค่ะ", "เป็นโปรแกรมเมอร์") → the person group(s) it fits.

The OCSC letter (ทักษะด้านดิจิทัลฯ พ.ศ. 2561, หมวด 1 ข้อ 5-6) defines six groups by role, not by
position, and says a person's group follows their duties and the nature of their work. So a
description names one group only when the letter's role statements leave no doubt (a programmer
develops the agency's technology: Technologist); work that the letter leaves open (HR, legal, public
relations) fits several groups, and the person is asked to choose by what they mainly do.

A rank (director of a division, head of an agency) decides the group whatever the division does:
"ผอ.กองการเจ้าหน้าที่" is Management.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Work:
    words: re.Pattern[str]
    groups: tuple[str, ...]  # one: the group it is; several: the groups it may be
    name_th: str  # how the reply refers to it
    name_en: str
    rank: bool = False  # a position that decides the group by itself

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_th


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


WORKS: tuple[Work, ...] = (
    Work(_words(r"อธิบดี", r"ปลัดกระทรวง", r"รองปลัด", r"เลขาธิการ", r"ผู้ว่าราชการ", r"ผู้ว่า\s?ฯ", r"หัวหน้าส่วนราชการ",
                r"ผู้ตรวจราชการ", r"\bcio\b"), ("Executive",), "ผู้บริหารส่วนราชการ", "head of an agency", rank=True),
    Work(_words(r"ผอ\.?\s*(?:กอง|สำนัก|ศูนย์)", r"ผู้อำนวยการ\s*(?:กอง|สำนัก|ศูนย์)", r"หัวหน้ากอง",
                r"division director"), ("Management",), "ผู้อำนวยการกอง", "division director", rank=True),
    Work(_words(r"นักวิชาการคอมพิวเตอร์", r"เจ้าพนักงานเครื่องคอมพิวเตอร์", r"คอมพิวเตอร์", r"โปรแกรมเมอร์",
                r"programmer", r"developer", r"\bdev\b", r"ดูแลระบบ", r"พัฒนาระบบ", r"ซอฟต์แวร์|ซอฟท์แวร์",
                r"software", r"เน็ตเวิร์ก|network", r"เซิร์ฟเวอร์|server", r"data engineer", r"data scientist",
                r"ไซเบอร์|cyber", r"\bict\b", r"เทคโนโลยีสารสนเทศ", r"\bmis\b"),
         ("Technologist",), "งานเทคโนโลยี", "technology work"),
    # Heads of a front-line service unit (a sub-district health-promoting hospital, a health station, a school)
    # direct it and serve the public in it: the letter leaves open which one their work mainly is. ("ผอ." alone
    # would read as a division director.)
    Work(_words(r"(?:ผอ\.?|ผู้อำนวยการ|หัวหน้า)\s*(?:รพ\.?\s?สต|โรงพยาบาลส่งเสริมสุขภาพ|สถานีอนามัย|สอ\.|"
                r"ศูนย์สุขภาพชุมชน|โรงเรียน|รร\.|สถานศึกษา)"),
         ("Management", "Service"), "ผู้อำนวยการหน่วยบริการ (เช่น รพ.สต. โรงเรียน)",
         "head of a front-line service unit (a health-promoting hospital, a school)"),
    # Heads of nursing lead a unit and nurse too: the letter leaves open which one their work mainly is.
    Work(_words(r"หัวหน้า\s?(?:ฝ่าย|กลุ่ม(?:งาน|ภารกิจ)?)?\s?(?:การ)?พยาบาล", r"หัวหน้าหอ(?:ผู้ป่วย)?",
                r"หัวหน้าพยาบาล", r"head nurse", r"nurse manager", r"nursing director"),
         ("Management", "Service"), "หัวหน้างานการพยาบาล", "head of nursing"),
    # Caring for patients is serving the public (ผู้ทำงานด้านบริการ).
    Work(_words(r"(?<!โรง)พยาบาล", r"\bnurses?\b", r"ดูแลผู้ป่วย", r"บริการผู้ป่วย"), ("Service",), "งานพยาบาล",
         "nursing"),
    Work(_words(r"บริการประชาชน", r"ให้บริการ", r"เคาน์เตอร์|เคาท์เตอร์|counter", r"call\s*cent(?:er|re)",
                r"คอลเซ็นเตอร์", r"ศูนย์บริการ", r"front\s*office", r"one\s*stop", r"รับเรื่องร้องเรียน",
                r"ช่วยเหลือประชาชน"), ("Service",), "งานบริการ", "service work"),
    Work(_words(r"นโยบายและแผน", r"วิเคราะห์นโยบาย", r"นักวิเคราะห์", r"งานแผน", r"วางแผน", r"ยุทธศาสตร์",
                r"วิจัย", r"research", r"งานวิชาการ", r"นักวิชาการ", r"policy", r"planner", r"งบประมาณ",
                r"ประเมินผล"), ("Academic",), "งานนโยบาย แผน และวิชาการ", "policy, planning and research work"),
    Work(_words(r"ธุรการ", r"สารบรรณ", r"การเงิน", r"งานบัญชี|ฝ่ายบัญชี|การบัญชี", r"พัสดุ", r"จัดซื้อ",
                r"(?:งาน|กอง|ฝ่าย|เจ้าหน้าที่|การ)คลัง", r"\bfinance\b", r"\baccount(?:ing|ant)\b",
                r"\bprocurement\b",
                r"งานช่าง|นายช่าง", r"ขับรถ", r"แม่บ้าน", r"งานสนับสนุน", r"บริหารทั่วไป"),
         ("Others",), "งานสนับสนุน", "support work"),
    # Left open by the letter: the duties decide.
    Work(_words(r"(?<![a-z])hr(?![a-z])", r"ทรัพยากรบุคคล", r"งานบุคคล", r"ฝ่ายบุคคล", r"ด้านบุคคล",
                r"การเจ้าหน้าที่", r"human\s*resource", r"ฝึกอบรม", r"พัฒนาบุคลากร"),
         ("Academic", "Service", "Others"), "งาน HR", "HR work"),
    Work(_words(r"นิติกร", r"งานกฎหมาย", r"ด้านกฎหมาย", r"\blegal\b", r"\blawyer\b"),
         ("Academic", "Others"), "งานกฎหมาย", "legal work"),
    Work(_words(r"ประชาสัมพันธ์", r"(?<![a-z])pr(?![a-z])", r"สื่อสารองค์กร"),
         ("Service", "Others"), "งานประชาสัมพันธ์", "public relations"),
)


def work_of(text: str) -> Work | None:
    """The work a message describes, or None. A match inside a longer one does not count
    ("นักวิชาการคอมพิวเตอร์" is computer work, not "นักวิชาการ"); a rank decides alone; two kinds of work
    that point to different groups make one ambiguous description of the groups both allow."""
    found: list[tuple[int, int, Work]] = []
    for work in WORKS:
        found += [(m.start(), m.end(), work) for m in work.words.finditer(text)]
    kept = [f for f in found if not any(o is not f and o[0] <= f[0] and f[1] <= o[1] and o[1] - o[0] > f[1] - f[0]
                                        for o in found)]
    if not kept:
        return None
    ranks = [w for _, _, w in kept if w.rank]
    if ranks:
        return ranks[0]
    works = list(dict.fromkeys(w for _, _, w in kept))
    if len(works) == 1:
        return works[0]
    groups = tuple(dict.fromkeys(g for w in works for g in w.groups))
    return Work(works[0].words, groups, " / ".join(w.name_th for w in works), " / ".join(w.name_en for w in works))
