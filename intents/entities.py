"""Entities other than codes and dates: person group, organisation phase, agency, aspect, PMQA."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from content.model import PmqaItem
from content.schema import PMQA_LEVELS
from content.synonyms import GROUPS, PHASES
from intents import lexicon
from intents.normalise import bare, fold, squash

if TYPE_CHECKING:
    from content.catalog import Catalog

# Wordings beyond content.synonyms that people use in chat (folded, matched as substrings).
_EXTRA_GROUPS: dict[str, list[str]] = {
    "Executive": [
        "ผู้บริหารระดับสุง", "ผู้บริหรระดับสูง", "ผู้บริหารสูงสุด", "หัวหน้าส่วนราชการ", "อธิบดี", "ปลัด", "รองอธิบดี",
        "ผู้บริหารระดับสูง", "ผู้บริหารองค์กร", "cio", "top management", "executive",
        # the heads of provinces and districts, as people call them ("ท่านผู้ว่าฯ", "รองผู้ว่า", "นายอำเภอ")
        "ผู้ว่าราชการ", "ผู้ว่าฯ", "ผู้ว่า ฯ", "ผู้ว่า", "รองผู้ว่า", "นายอำเภอ", "governor", "permanent secretary",
        "district chief",
        # police commanders of a bureau or region ("ผู้บัญชาการ", "ผบช.")
        "ผู้บัญชาการ", "ผบช.",
        # the executive position line's own name ("กลุ่มนักบริหาร ระยะเริ่มต้น", "นักบริหารระดับสูง")
        "นักบริหาร",
    ],
    "Management": [
        "ผอ กอง", "ผอ.สำนัก", "ผู้อำนวยการสำนัก", "ผอ.", "ผู้บริหารระดับกลาง", "ผู้บริหารระดับกอง",
        "หัวหน้ากอง", "หัวหน้าหน่วยงาน", "middle management", "managers", "management",
        # the head of a police station or division ("ผู้กำกับ สภ.", "ผกก.", "ผู้บังคับการ")
        "ผู้กำกับ", "ผกก.", "ผู้บังคับการ", "ผบก.",
        # a local body's division heads by their position lines ("นักบริหารงานทั่วไป", "นักบริหารงานคลัง")
        "นักบริหารงาน",
        # the letter's ผู้อำนวยการกอง is the only group named อำนวยการ ("#ผู้บริหาร กับ #อำนวยการ", "สายอำนวยการ")
        "อำนวยการ",
    ],
    "Academic": [
        "กลุ่มวิชาการ", "นักวิเคราะห์นโยบาย", "สายวิชาการ", "ด้านวิชาการ", "งานวิชาการ", "งานนโยบาย",
        "ด้านนโยบาย", "นโยบายและแผน", "วิเคราะห์นโยบาย", "academic", "policy",
    ],
    "Service": [
        "สายบริกาน", "กลุ่มบริการ", "สายบริการ", "ฝ่ายบริการ", "งานบริการ", "ด้านบริการ", "ให้บริการประชาชน",
        "บริการประชาชน",
        # front-line jobs named by what the person does ("รับแจ้งความหน้าเคาน์เตอร์", "พยาบาล")
        "เจ้าหน้าที่บริการ", "เจ้าหน้าที่ให้บริการ", "หน้าสำนักงาน",
        "หน้าเคาน์เตอร์", "เคาน์เตอร์บริการ", "เคาเตอร์", "รับแจ้งความ", "รับเรื่องร้องเรียน", "ศูนย์บริการ",
        "คอลเซ็นเตอร์", "call center", "พยาบาล", "ให้บริการผู้ป่วย", "บริการผู้ป่วย", "front desk", "frontline",
        "front-line", "service staff", "service",
    ],
    "Technologist": [
        "กลุ่มเทคโนโลยี", "กลุ่มไอที", "สายเทค", "ผู้ปฏิบัติงานด้านเทคโนโลยี", "เทคโนโลยีสารสนเทศ (it)",
        "สายไอที", "ด้านไอที", "สายเทคโนโลยี", "ด้านเทคโนโลยี", "ไอที", "นักวิชาการคอมพิวเตอร์",
        "โปรแกรมเมอร์", "technologist", "it staff", "developer", "programmer", "สาย dev", "นักพัฒนาระบบ",
        "สาย tech", "สายtech", "กลุ่ม tech", "สาย it", "สายit",
        # technical jobs ("ช่างเทคนิคคอมพิวเตอร์", "tech staff", "ดูแลระบบเครือข่าย")
        "ช่างเทคนิค", "ช่างคอม", "เจ้าหน้าที่คอมพิวเตอร์", "ผู้ดูแลระบบ", "ดูแลระบบเครือข่าย",
        "แอดมินระบบ", "system admin", "sysadmin", "it support", "tech staff", "technical staff",
    ],
    "Others": [
        "กลุ่มอื่น", "ผู้ปฏิบัติงานอื่น", "งานธุรการ", "เจ้าหน้าที่ธุรการ", "งานสารบรรณ", "other staff", "others",
        # the job alone ("ลูกน้องที่เป็นธุรการ", "น้องสารบรรณ")
        "ธุรการ", "สารบรรณ",
        # back-office jobs outside the named groups ("งานคลัง อบต.", "เจ้าหน้าที่พัสดุ")
        "งานคลัง", "งานการเงิน", "งานบัญชี", "การเงินและบัญชี", "งานพัสดุ", "เจ้าหน้าที่พัสดุ", "เจ้าหน้าที่การเงิน",
    ],
}
_EXTRA_PHASES: dict[str, list[str]] = {
    "Early": ["ระยะแรก", "ระยะหนึ่ง", "ระยะที่หนึ่ง",
              "ช่วงเริ่มต้น", "เริ่มตั้น", "เรื่มต้น", "ช่วงแรก", "early", "ระยะ 1", "ระยะที่ 1", "phase 1",
              "stage 1", "เพิ่งเริ่มทำดิจิทัล", "เพิ่งเริ่มดิจิทัล", "เพิ่งเริ่มใช้ดิจิทัล",
              "เพิ่งเริ่มปรับเปลี่ยน", "เพิ่งเริ่มเปลี่ยนผ่าน",
              # the organisation itself said to have just begun ("ลูกน้อง… องค์กรเพิ่งเริ่ม", "หน่วยงานเราพึ่งเริ่มต้น")
              "องค์กรเพิ่งเริ่ม", "องค์กรพึ่งเริ่ม", "หน่วยงานเพิ่งเริ่ม", "หน่วยงานพึ่งเริ่ม", "หน่วยงานเราเพิ่งเริ่ม",
              "องค์กรเราเพิ่งเริ่ม", "กรมเพิ่งเริ่ม", "กรมเราเพิ่งเริ่ม", "just started", "just starting",
              "just getting started",
              # "พึ่ง" is how many type "เพิ่ง" (just begun)
              "พึ่งเริ่มทำดิจิทัล", "พึ่งเริ่มดิจิทัล", "พึ่งเริ่มใช้ดิจิทัล", "พึ่งเริ่มปรับเปลี่ยน", "พึ่งเริ่มเปลี่ยนผ่าน",
              "early-stage", "early stage",
              # "ตั้งไข่" (a toddler's first standing): only just starting out
              "เพิ่งตั้งไข่", "พึ่งตั้งไข่", "ยังตั้งไข่", "ตั้งไข่"],
    "Developing": ["ระยะกำลังพัฒนา", "กำลังพัฒนา", "กำลังพัทนา", "ระยะพัฒนา", "developing", "ระยะ 2", "ระยะที่ 2",
                   # the phases counted in words ("ระยะแรกกับระยะสอง", "ระยะที่สาม")
                   "ระยะสอง", "ระยะที่สอง",
                   "phase 2", "stage 2", "development phase", "development stage"],
    "Mature": ["ระยะสมบูรณ์", "สมบูรณ์แล้ว", "สมบูรน์", "พัฒนาแล้ว", "ดิจิทัลเต็มตัว", "พัทนาแล้ว", "mature", "ระยะ 3",
               "ระยะสาม", "ระยะที่สาม",
               "ระยะที่ 3", "phase 3", "stage 3", "ระยะสุดท้าย",
               "พัฒนาไปไกลแล้ว",
               # the last phase called "advanced" (PMQA's Advance is a level, "ระดับ", never a phase)
               "ระยะ advanced", "ระยะ advance", "ระยะแอดวานซ์", "advanced stage", "advanced phase"],
}

# Bare area words that name a group only beside another group in a comparison ("ไอทีกับบริการ"):
# alone they are topics ("บริการดิจิทัล").
_PAIRED_GROUPS: dict[str, list[str]] = {
    "Service": ["บริการ"], "Academic": ["วิชาการ", "นโยบาย"], "Technologist": ["เทคโนโลยี", "เทค", "tech"],
    "Management": ["ผอ"], "Others": ["อื่นๆ", "อื่น ๆ"],
}

# Wordings that name two groups at once: "บริหาร" is both the executives' (ผู้บริหารส่วนราชการ) and the division
# directors' (Management) work, so "กลุ่มบริหาร" is asked about, not guessed. The first choice stands for both in the
# table (what the message asks is read as for any group); ``EntityReader.group_choices`` gives them both.
_AMBIGUOUS_GROUPS = ("กลุ่มบริหาร", "สายบริหาร", "ฝ่ายบริหาร", "ด้านบริหาร", "กลุ่มงานบริหาร", "สายงานบริหาร")
_AMBIGUOUS_CHOICES = ("Executive", "Management")

_AGENCY = re.compile(
    # a kind of agency and its name (after a space when the name is an abbreviation: "สำนักงาน ปภ.จังหวัด"); "กรมเป็น…",
    # "กรมน่าจะพัฒนาแล้ว" (where it stands), "กรมของผม", "กรมเรา" name none ("ตั้งระยะของกรมเป็นพัฒนาแล้ว"), nor
    # does "โปรแกรมเมอร์" ("กรมเมอร์" was taken for an agency, and the programmer's group dropped as its word)
    r"((?:(?<!โปรแ)กรม|กระทรวง|สำนักงาน|สำนัก|องค์การ|การไฟฟ้า|การประปา|มหาวิทยาลัย|โรงพยาบาล|จังหวัด|เทศบาล|"
    r"องค์การบริหารส่วน|สถาบัน|อุทยาน|ศาล(?!า)|สถานีตำรวจ|ตำรวจภูธร|กองบัญชาการ|กองทัพ|วิทยาลัย|โรงเรียน|การรถไฟ|การท่าเรือ|"
    r"การทางพิเศษ|ธนาคาร|อบ[ตจ](?:\.(?=[^\s.])|(?=[^\s.]))|สภ\.(?=[^\s.])|ภ\.จว\.(?=[^\s.]))(?:\s(?=[\u0e01-\u0e2e]{1,6}\.))?(?!เป็น|เปน|ของ|เรา|ผม|ฉัน|หนู|นี้|ที่(?!ดิน)|อยู่|ให้|ไหน|ใด|อะไร|ไร|น่าจะ|คง|ยัง|ถือว่า|กำลัง|ตอนนี้|ปัจจุบัน)[^\s,]+?"
    # a numbered district or region belongs to the name ("…ประถมศึกษาเชียงใหม่ เขต 1"), as does a number closing the
    # name ("สำนักงานสรรพากรภาค 5 ครับ", "…พื้นที่เชียงใหม่ 1 แล้ว"; not "กรมการปกครอง 2 ปี": a number of something)
    r"(?:\s(?:เขต|ภาค|ที่)\s?\d{1,3}(?!\d)|\s\d{1,3}(?!\d)(?=\s*(?:แล้ว|ครับ|ค่ะ|คะ|คับ|จ้า|นะ|ด้วย|เลย|,|$)))?)"
    r"(?=เป็น|เปน|แล้ว|เลย|ด้วย|ครับ|ค่ะ|คะ|คับ|จ้า|นะ|[\s,]|$)"
    # (not "my agency is in the development phase now": where it stands, not its name)
    # (nor "our organisation is probably still developing"; "a service officer at the immigration bureau" names one)
    r"|(?:agency (?:is|to)|work (?:at|for)|organi[sz]ation (?:is|to)|"
    r"(?:officer|official|staff|clerk|nurse|employee|analyst|programmer|developer|director|manager) (?:at|with))\s+"
    r"(?!in\b|now\b|still\b|at the\b|an?\s|probably\b|currently\b|already\b|(?:early|developing|mature)\b)"
    r"(?:the\s+)?"
    r"([A-Za-z][\w .&-]{1,60})"
    # an agency by its kind, where one is ("I work in IT at the Ministry of Finance", "I'm at the Department of Lands")
    r"|\bat the\s+((?:Ministry|Department|Office|Bureau|Agency) of [A-Za-z][\w .&-]{1,60})",
    re.IGNORECASE,
)


Table = tuple[tuple[re.Pattern[str], str, bool], ...]
Fuzzy = tuple[tuple[str, str, frozenset[str]], ...]

# A long Thai wording typed with a vowel dropped or swapped ("นักวิชการ", "ผู้บริหร") still names its
# group or phase: one slip in about ten letters, found by rapidfuzz when no wording matched exactly.
FUZZY_MIN_LEN = 7
FUZZY_CUTOFF = 90.0


# Wordings that are part of a longer word after these letters ("พยาบาล" in "โรงพยาบาล", a hospital).
# "อำนวยการ" of a section ("ตำรวจฝ่ายอำนวยการ", "งานอำนวยการ", "สำนักอำนวยการ") is its support work, not a director.
# "change management", "risk management" are topics, not the division directors.
_NOT_AFTER = {"พยาบาล": ("โรง",), "อำนวยการ": ("ฝ่าย", "งาน", "ส่วน", "สำนัก", "กอง", "ศูนย์"),
              "management": ("change", "project", "risk", "knowledge", "data", "performance", "quality", "incident"),
              # other people, not the group ("I can teach others" answers a self-assessment's question)
              **{w: ("teach", "help", "train", "coach", "mentor", "guide", "support", "advise", "assist", "show",
                     "lead") for w in ("other", "others")}}
# Wordings that are another thing before these words ("networking with other agencies" names no group).
_NOT_BEFORE = {**{w: r"(?!\s(?:agenc|organi[sz]|department|ministr|units?\b|sector|countr|government|provinc))"
                  for w in ("other", "others")},
               # a district's ปลัด ("ปลัดอำเภอ", its officers under the นายอำเภอ) is no permanent secretary (a province's
               # or a local body's ปลัด heads its staff)
               "ปลัด": bare(r"(?!\s?อำเภอ)")}


def _bigrams(text: str) -> frozenset[str]:
    return frozenset(text[i:i + 2] for i in range(len(text) - 1))


_PERSON_NOUNS = frozenset({"academic", "executive", "manager", "technologist", "director", "developer", "programmer"})


def _spaced(wording: str) -> str:
    """A Thai wording as a regex where its dot or space may be typed either way ("ผอ.สำนัก", "ผอ สำนัก")."""
    out = []
    for i, ch in enumerate(wording):
        last = i == len(wording) - 1
        if ch == ".":
            out.append(r"(?:\.|(?=\s)|$)" if last else r"(?:\.\s*|\s+)")
        elif ch == " ":
            out.append(r"\s*")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _wording_table(base: Mapping[str, Sequence[str]], extra: Mapping[str, Sequence[str]],
                   catalog_syn: Mapping[str, Any] | None) -> tuple[Table, Fuzzy]:
    """(regex, id, is_acronym) per wording, Thai ones bare (matched on ``bare`` text), and the long Thai
    wordings for the fuzzy pass. Acronyms ("IT") are matched in the text as typed, upper case in English
    ("what time is it" names no group), any case next to Thai ("ทำงานสาย it"); English words also in the
    plural ("academics")."""
    wordings: dict[str, str] = {}
    acronyms: set[str] = set()
    for source in (base, extra, catalog_syn or {}):
        for key, words in source.items():
            for w in words:
                wordings.setdefault(fold(w), key)
                if w.isascii() and w.isupper() and len(w) <= 3:
                    acronyms.add(fold(w))
    out = []
    fuzzy: dict[str, str] = {}
    for w in sorted(wordings, key=len, reverse=True):  # longest first: "ผู้บริหารกอง" before "ผู้บริหาร"
        if w.isascii():
            plural = "s?" if w in _PERSON_NOUNS else ""  # "academics"; "services" is a topic, not people
            pattern = rf"\b{re.escape(w)}{plural}\b" + _NOT_BEFORE.get(w, "")
        else:
            pattern = _spaced(bare(w)) + (r"(?!\d)" if w[-1].isdigit() else "") + _NOT_BEFORE.get(w, "")
        if w in _NOT_AFTER:
            pattern = "".join(rf"(?<!{bare(before)})(?<!{bare(before)}\s)" for before in _NOT_AFTER[w]) + pattern
        if not w.isascii() and len(bare(w).replace(" ", "")) >= FUZZY_MIN_LEN and not _LATIN.search(w):
            fuzzy.setdefault(bare(w), wordings[w])
        out.append((re.compile(pattern, re.IGNORECASE), wordings[w], w in acronyms))
    return tuple(out), tuple((w, key, _bigrams(w)) for w, key in fuzzy.items())


# (not "สายบริหารงานทั่วไป", "ฝ่ายบริหารทรัพยากรบุคคล": a line or a section of its own)
_AMBIGUOUS = re.compile("(?:" + "|".join(_spaced(bare(w)) for w in sorted(_AMBIGUOUS_GROUPS, key=len, reverse=True)) +
                        r")(?!\s?(?:ระดับ|ส่วนราชการ|กอง|สูง|งาน|จัดการ|ทรัพยากร))")
_BLOCKED = re.compile("|".join(bare(before) + r"\s?" + bare(w)
                               for w, befores in _NOT_AFTER.items() for before in befores))
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)


class EntityReader:
    """Reads the non-code entities; built once per catalog (synonyms come from it too)."""

    def __init__(self, synonyms: Mapping[str, Any]) -> None:
        self._groups, self._fuzzy_groups = _wording_table(GROUPS, _EXTRA_GROUPS, synonyms.get("groups"))
        self._phases, self._fuzzy_phases = _wording_table(PHASES, _EXTRA_PHASES, synonyms.get("phases"))
        self._paired, _ = _wording_table(GROUPS, {**_EXTRA_GROUPS, **{k: _EXTRA_GROUPS[k] + v for k, v in
                                                                     _PAIRED_GROUPS.items()}}, synonyms.get("groups"))
        # One search for "any wording at all" first: most messages name none, and trying each of a
        # table's patterns in turn was a quarter of understanding's time.
        self._any = {id(t): re.compile("|".join(f"(?:{regex.pattern})" for regex, _, _ in t), re.IGNORECASE)
                     for t in (self._groups, self._phases, self._paired)}

    def _spans(self, table: Table, fuzzy: Fuzzy, text: str) -> list[tuple[int, int, str]]:
        """Where each wording is, in the order of the text; overlapping wordings count once (longest)."""
        text = bare(text)
        thai = bool(_THAI.search(text))
        spans: list[tuple[int, int, str]] = []
        for regex, key, acronym in table if self._any[id(table)].search(text) else ():  # longest wordings first
            for m in regex.finditer(text):
                if acronym and not thai and not m.group(0).isupper():
                    continue
                if not any(m.start() < end and start < m.end() for start, end, _ in spans):
                    spans.append((m.start(), m.end(), key))
        if table is not self._phases:  # "กลุ่มบริหาร": one group for the table (not another by a slip of "บริการ")
            spans += [(m.start(), m.end(), _AMBIGUOUS_CHOICES[0])
                      for m in _AMBIGUOUS.finditer(text)
                      if not any(m.start() < end and start < m.end() for start, end, _ in spans)]
        if thai and not spans:
            grams = _bigrams(text)
            blocked = [m.span() for m in _BLOCKED.finditer(text)]  # nor by a slip ("งานอำนวยการ" is no "ผู้อำนวยการ")
            for w, key, w_grams in fuzzy:
                if len(w_grams & grams) < 0.6 * len(w_grams):
                    continue
                found = fuzz.partial_ratio_alignment(w, text, score_cutoff=FUZZY_CUTOFF)
                if found and not any(found.dest_start < end and start < found.dest_end
                                     for start, end in (*((a, b) for a, b, _ in spans), *blocked)):
                    spans.append((found.dest_start, found.dest_end, key))
        return sorted(spans)

    def _first(self, table: Table, fuzzy: Fuzzy, text: str) -> str | None:
        spans = self._spans(table, fuzzy, text)
        return spans[0][2] if spans else None

    def _all(self, table: Table, fuzzy: Fuzzy, text: str) -> list[str]:
        return list(dict.fromkeys(key for _, _, key in self._spans(table, fuzzy, text)))

    def groups(self, text: str, *, paired: bool = False) -> list[str]:
        """Every group named; ``paired``: in a comparison, where a bare area word names a group too."""
        return self._all(self._paired if paired else self._groups, self._fuzzy_groups, text)

    def group_choices(self, text: str) -> list[str]:
        """The groups a wording that names more than one may mean ("กลุ่มบริหาร": executives or division directors),
        when it is the only group named; [] otherwise."""
        text = bare(text)
        if not _AMBIGUOUS.search(text) or len(self._all(self._groups, self._fuzzy_groups, text)) != 1:
            return []
        return list(_AMBIGUOUS_CHOICES)

    def group_wordings(self, text: str) -> list[str]:
        """The words that named each group, bare ("กลุมบริการ"), in the order of the text."""
        text = bare(text)
        return [text[start:end] for start, end, _ in self._spans(self._groups, self._fuzzy_groups, text)]

    def negated_groups(self, text: str) -> list[str]:
        """The groups named right after a negation ("ไม่ใช่สายไอที", "ไม่ได้เป็นผู้บริหาร"): what one is not."""
        text = bare(text)
        return [key for start, _, key in self._spans(self._groups, self._fuzzy_groups, text)
                if _NEGATED_BEFORE.search(text[max(0, start - 16):start])]

    def group_beside_phase(self, text: str) -> str | None:
        """The group a bare area word names right beside a phase wording ("บริการ ระยะเริ่มต้น", "ผู้ให้บริการ ระยะกำลัง
        พัฒนา", "ระยะ 2 สายวิชาการ", "#บริการ #ระยะ2"): a role's two halves said together; alone the word is a topic
        ("บริการดิจิทัล")."""
        text = bare(text).replace("#", "")
        phases = self._spans(self._phases, self._fuzzy_phases, text)
        groups = {key for start, end, key in self._spans(self._paired, (), text)
                  if any(0 <= p_start - end <= 1 or 0 <= start - p_end <= 1 for p_start, p_end, _ in phases)}
        return groups.pop() if len(groups) == 1 else None

    def phases(self, text: str) -> list[str]:
        return self._all(self._phases, self._fuzzy_phases, text)

    def phase_mentions(self, text: str) -> list[str]:
        """The phase each phase wording names, in the order of the text, repeats kept ("ระยะพัฒนาแล้ว กับระยะสมบูรณ์"
        → ["Mature", "Mature"])."""
        return [key for _, _, key in self._spans(self._phases, self._fuzzy_phases, text)]

    def group(self, text: str) -> str | None:
        """``text`` as typed (not lower-cased), so that acronyms can be told from words."""
        return self._first(self._groups, self._fuzzy_groups, text)

    def phase(self, text: str) -> str | None:
        return self._first(self._phases, self._fuzzy_phases, text)


_NEGATED_BEFORE = re.compile(bare(r"(?:ไม่ใช่|ไม่ได้เป็น|ไม่ได้อยู่|ไม่ได้ทำ(?:งาน)?|not (?:an? |in )?(?:the )?)\s?"
                                   r"(?:กลุ่ม|สาย|ฝ่าย|ด้าน|งาน)?\s?$"), re.IGNORECASE)
_TRAILING_PARTICLE = re.compile(r"(?:ครับ|ค่ะ|คะ|คับ|จ้า|นะ)+$")


def agency(text: str) -> str | None:
    m = _AGENCY.search(text)
    if not m:
        return None
    return _TRAILING_PARTICLE.sub("", (m.group(1) or m.group(2) or m.group(3) or "").strip(" .")) or None


def pmqa_items_naming(query: str, catalog: Catalog, *, category: int | None = None) -> list[tuple[PmqaItem, str, str]]:
    """Every item whose wording holds the whole topic: (item, level, text), where the level is "" for the title and
    the overview cells come before the guidance rows; items named in a title or an overview cell first."""
    key = squash(query)
    if len(key) < 3:
        return []
    named: list[tuple[PmqaItem, str, str]] = []
    for cat in catalog.pmqa_categories:
        if category is not None and cat.no != category:
            continue
        for item in cat.items:
            if key in squash(" ".join((item.title_th, *item.title_variants))):
                named.append((item, "", item.title_th))
                continue
            cell = next(((lv, t) for lv, t in item.level_summary.items() if key in squash(t)), None)
            row = next(((lv, r) for lv in PMQA_LEVELS for r in item.levels.get(lv, ()) if key in squash(r)), None)
            if cell is not None:
                named.append((item, "", f"{cell[0]}: {cell[1]}"))
            elif row is not None:
                named.append((item, row[0], row[1]))
    return sorted(named, key=lambda hit: hit[1] != "")  # stable: the deck's order within each kind


def asks_standard_audience(plain: str) -> bool:
    """Whether a (bare) message asks whom the occupational standard is for; the OCSC letter named alone asks
    about its own groups instead."""
    return lexicon.STANDARD_AUDIENCE.search(plain) is not None and one_framework(plain) != "ocsc-2561"


def one_framework(plain: str) -> str | None:
    """The one framework a (bare) message names ("มาตรฐานปี 67", "ของ ก.พ."); None for none, or both ("ปี 61 กับ 67")."""
    named = [fw for fw, regex in lexicon.FRAMEWORK_NAMED.items() if regex.search(plain)]
    return named[0] if len(named) == 1 and not lexicon.TWO_VERSIONS.search(plain) else None


def aspect(folded: str) -> str | None:
    folded = bare(folded)
    for name in lexicon.ASPECT_ORDER:
        if lexicon.ASPECTS[name].search(folded):
            return name
    return None


# "ทักษะการใช้ข้อมูล", "ทักษะด้านดิจิทัล": a skill by its name; "ต้องมีทักษะอะไร", "ทักษะที่ต้องใช้" ask for skills.
_SKILL_NAMED = lexicon.thai_pattern(r"ทักษะ\s?(?:การ|ด้าน)")
_SKILLS_ASKED = lexicon.thai_pattern(r"ทักษะ\s?(?:อะไร|ไหน|ที่|ใด)|(?:มี|ใช้|ต้องการ)\s?ทักษะ")


def aspect_past_skill_names(folded: str) -> str | None:
    """``aspect``, where a skill named as a topic ("ทักษะการใช้ข้อมูล คืออะไร") is no unit's skills section asked for
    (it got "DLit600 has no skills section")."""
    asked, plain = aspect(folded), bare(folded)
    if asked == "skills" and _SKILL_NAMED.search(plain) and not _SKILLS_ASKED.search(plain):
        return aspect(_SKILL_NAMED.sub(" ", plain))
    return asked


def aspect_nouns(folded: str) -> list[str]:
    """Every part of a unit named as a noun ("ความรู้", "ทักษะ"), in the order of the text."""
    folded = bare(folded)
    spans = [(m.start(), m.end(), name) for name, regex in lexicon.ASPECT_NOUNS.items() if (m := regex.search(folded))]
    # a part inside another's words is that other ("ความรู้" of "ความรู้ที่ต้องมีมาก่อน" is the prerequisites)
    kept = [(start, name) for start, end, name in spans
            if not any(o != name and s <= start and end <= e and (e - s) > (end - start) for s, e, o in spans)]
    return [name for _, name in sorted(kept)]


_THAI_NUMBER_WORDS = {bare(w): n for w, n in lexicon.THAI_NUMBER_WORDS.items()}
_ORDINALS = {"หนึ่ง": "1", "แรก": "1", "สอง": "2", "สาม": "3", "สี่": "4", "ห้า": "5", "หก": "6", "เจ็ด": "7"}
_BARE_ORDINALS = {bare(w): n for w, n in _ORDINALS.items()}
# A question counted within its item ("คำถามที่ 3 ของ 4.1", "ข้อสองของประเด็น 6.2", "question 2 of 4.1"): the
# number is that of the item's question, not an item (a digit followed by "." is one).
_QUESTION_IN_ITEM = lexicon.thai_pattern(
    r"(?:คำถาม|ข้อ)\s?(?:ข้อ)?\s?(?:ที่)?\s?([1-9]|" + "|".join(_ORDINALS) + r")(?![\d.])|"
    r"\bquestion\s?(?:no\.?|number|#)?\s?([1-9])(?![\d.])")


# An item counted within its category ("หมวดสอง ประเด็นที่สาม", "หมวด 4 ประเด็น 2", "item 3 of category 2"); after a
# category or an item, "แล้วประเด็นที่สี่ล่ะ" alone is that category's fourth item.
_ITEM_IN_CATEGORY = lexicon.thai_pattern(
    r"ประเด็น(?:พิจารณา)?\s?(?:ที่)?\s?([1-9]|" + "|".join(_ORDINALS) + r")(?![\d.])|"
    r"\bitem\s?(?:no\.?|number|#)?\s?([1-9])(?![\d.])")


def question_number(folded: str) -> str | None:
    """The number of a question counted within its item ("ข้อที่ 2", "คำถามข้อสาม", "question 3"), as a digit."""
    return _number(_QUESTION_IN_ITEM.search(bare(folded)))


# A part counted in the list just shown ("ข้อ 2", "ตัวที่สอง", "สมรรถนะย่อยที่ 3", "องค์ประกอบที่ ๒", "the second
# one"): its number. An element is also called by the words of the standard's own headings (องค์ประกอบ, หน่วยย่อย).
_PART_IN_LIST = lexicon.thai_pattern(
    r"(?:ข้อ|ตัว|อัน|สมรรถนะย่อย|องค์ประกอบ|หน่วยย่อย|เกณฑ์)\s?(?:ที่)?\s?([1-9]|" + "|".join(_ORDINALS) + r")(?![\d.])|"
    r"\b(?:element|item|number|no\.?)\s?#?([1-9])(?![\d.])")


def part_number(folded: str) -> str | None:
    """The place of a part in the list just shown ("ข้อ 2 ต้องทำอะไร" after a unit's elements), as a digit."""
    return _number(_PART_IN_LIST.search(bare(folded)))


def item_number(folded: str) -> str | None:
    """The number of an item counted within its category ("ประเด็นที่สี่", "item 2"), as a digit."""
    return _number(_ITEM_IN_CATEGORY.search(bare(folded)))


def _number(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    number = m[1] or m[2]
    return _BARE_ORDINALS.get(number, number)


def category_named(plain: str) -> int | None:
    """The PMQA category a (bare) message names by its name: after "หมวด" ("หมวดบุคลากร"), or in full where a
    category is asked for ("การจัดการความรู้อยู่หมวดไหน", "which category is about workforce"); None for none or two."""
    titled = [n for n, regex in lexicon.PMQA_CATEGORY_TITLED.items() if regex.search(plain)]
    if not titled and lexicon.PMQA_WHICH_CATEGORY.search(plain):
        titled = [n for n, regex in lexicon.PMQA_CATEGORY_FULL.items() if regex.search(plain)]
    return titled[0] if len(titled) == 1 else None


def category_of_topic(topic: str) -> int | None:
    """The category a topic asked for is, said by its name alone ("บุคลากร", "เรื่องผลลัพธ์", "ด้านผู้รับบริการ" asked
    "อยู่หมวดไหน"): the category whose short or full name the whole topic is; None otherwise."""
    plain = re.sub(bare(r"^(?:เรื่อง|ด้าน|การ)"), "", bare(topic).replace(" ", ""))  # the tokeniser's "ผู้รับ บริการ"
    named = [n for n, (full, short) in lexicon.PMQA_CATEGORY_NAMES.items()
             if re.fullmatch(bare(rf"(?:{full}|{short})"), plain, re.IGNORECASE)]
    return named[0] if len(named) == 1 else None


def pmqa(folded: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    folded = bare(folded)
    if m := lexicon.PMQA_QUESTION.search(folded):
        found["question"] = m[1]
        found["item"] = m[1].rsplit(".", 1)[0]
    elif m := lexicon.PMQA_ITEM.search(folded):
        found["item"] = m[1]
        if number := question_number(folded):
            found["question"] = f"{m[1]}.{number}"
    if m := lexicon.PMQA_CATEGORY.search(folded):
        found["category"] = int(m[1]) if m[1].isdigit() else _THAI_NUMBER_WORDS[m[1]]
        rest = folded[m.end():]
        if "item" not in found and (number := item_number(rest) or question_number(rest)):
            found["item"] = f"{found['category']}.{number}"  # "หมวดสอง ประเด็นที่สาม", "หมวดสามข้อสาม": 2.3, 3.3
    elif "item" in found:
        found["category"] = int(found["item"][0])
    elif (named_no := category_named(folded)) is not None:
        found["category"] = named_no  # "หมวดการนำองค์การ", "การจัดการความรู้อยู่หมวดไหน"
    named = list(dict.fromkeys(int(c) if c.isdigit() else _THAI_NUMBER_WORDS[c]
                               for c in lexicon.PMQA_CATEGORY.findall(folded)))
    if len(named) >= 2 and "item" not in found:  # "หมวด 4 กับ หมวด 5 ต่างกันยังไง": both, side by side
        found["categories"] = named
    questions = list(dict.fromkeys(lexicon.PMQA_QUESTION.findall(folded)))
    if len(questions) >= 2:  # "5.2.1 กับ 5.2.2 ต่างกันยังไง": both questions (the first alone, before)
        found["questions"] = questions
    items = list(dict.fromkeys(lexicon.PMQA_ITEM.findall(folded)))
    if len(items) >= 2 and "question" not in found:  # "4.4 กับ 4.3 ต่างกันยังไง": both items, side by side
        found["items"] = items
    levels = [level for level, regex in lexicon.PMQA_LEVELS.items() if regex.search(folded)]
    if levels:
        found["level"] = levels[0]
    if len(levels) == 2 and lexicon.PMQA_LEVEL_MOVE.search(folded):
        # "จาก Basic ขึ้นเป็น Advance ต้องทำอะไรเพิ่ม": the level reached (the one after "เป็น/ไป/to", else the higher)
        start = m[1] if (m := _LEVEL_FROM.search(folded)) else None
        starts = [lv for lv in levels if start and lexicon.PMQA_LEVELS[lv].fullmatch(start.strip())]
        found["level_from"] = starts[0] if starts else levels[0]
        found["level"] = next(lv for lv in levels if lv != found["level_from"])
    elif len(levels) >= 2:
        found["levels"] = levels
    return found


# The level a move starts from: the word after "จาก" / "from" ("จาก basic", "from A&D").
_LEVEL_FROM = lexicon.thai_pattern(r"(?:จาก|\bfrom)\s?(?:ระดับ|level)?\s?([a-z&]+|[ก-๙]+?)(?=\s|$|ไป|เป็น|ขึ้น|สู่|ถึง)")
