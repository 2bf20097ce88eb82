"""Normalise what people type on a phone before anything else reads it.

Thai digits become Arabic, zero-width characters go, letters repeated for emphasis ("ครับบบบ") are
cut to one, PyThaiNLP fixes misordered and doubled vowels, and codes get their canonical spelling
("dl 201", "DL ๒๐๑", "Dlit103.2" → "DL201", "DL201", "DLit103.2").
"""

from __future__ import annotations

import re

from pythainlp.util import normalize as thai_normalize
from pythainlp.util import thaiword_to_num

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# A Thai consonant repeated three times or more is emphasis, never spelling ("มากกกก"), unless the last one starts
# the next word with its vowel or tone mark ("คะแนนน้อย" is คะแนน + น้อย).
_REPEATED_THAI = re.compile(r"([\u0e01-\u0e2e])\1{2,}(?![\u0e30-\u0e4e])")
# ...nor three อ before a consonant: a word ending in อ and one starting อ-อ ("ขอออก", "พอออก" are ขอ + ออก).
_WORD_AND_OOK = re.compile(r"(?<=[\u0e01-\u0e2c\u0e2e])ออ(?=อ[\u0e01-\u0e2c\u0e2e])")


# ...nor three บ or น after a word that ends in two of them, the third starting the next word ("แบบบริการ" is แบบ +
# บริการ, "ระบบบน…" ระบบ + บน, "คะแนนนโยบาย" คะแนน + นโยบาย): collapsed, "ออกแบบบริการ" became "ออกแบริการ".
_DOUBLED_END = re.compile(r"(?:แบบ|ระบบ|คะแนน)$")


def _one_letter(m: re.Match[str]) -> str:
    run = m.group(0)
    if len(run) == 3 and _DOUBLED_END.search(m.string, 0, m.start() + 2):
        return run
    return m.group(1)


def _collapse_repeats(text: str) -> str:
    if "ออ" not in text:
        return _REPEATED_THAI.sub(_one_letter, text)
    kept = _WORD_AND_OOK.sub("\u0001\u0002", text)  # ("ขอออก": its first two อ hidden from the collapse)
    return _REPEATED_THAI.sub(_one_letter, kept).replace("\u0001\u0002", "ออ")
_REPEATED_LATIN = re.compile(r"([a-zA-Z!?.])\1{3,}")
_SPACES = re.compile(r"\s+")

# Code prefixes, longest first, so that "DLit" is never read as "DL" + "it" and "DTr" never as "DT".
CODE_PREFIXES: tuple[str, ...] = ("DLit", "DTr", "DUS", "SPM", "CS", "DG", "DL", "DS", "DT")
_PREFIX_CANON = {p.upper(): p for p in CODE_PREFIXES}
_PREFIX_ALT = "|".join(CODE_PREFIXES)
# A prefix, optional spaces or a hyphen, then 3–4 digits and an optional ".1" / ".01" part.
_CODE_SPACING = re.compile(
    rf"(?<![A-Za-z])({_PREFIX_ALT})[\s\-]?(\d{{3,4}}(?:\s?\.\s?\d{{1,2}})?)(?![\d])", re.IGNORECASE
)
# Code prefixes spelt in Thai letters, as people say them ("ดีเอส 701" → "DS701").
_THAI_PREFIXES = {
    "ดีแอลไอที": "DLit", "ดีแอลอิท": "DLit", "ดีแอลอิต": "DLit", "ดีลิท": "DLit", "ดีลิต": "DLit", "ดีทีอาร์": "DTr",
    "ดียูเอส": "DUS", "เอสพีเอ็ม": "SPM",
    "เอสพีเอม": "SPM", "ซีเอส": "CS", "ดีจี": "DG", "ดีแอล": "DL", "ดีเเอล": "DL", "ดีเอส": "DS", "ดีที": "DT",
}
_THAI_CODE = re.compile(
    "(" + "|".join(sorted(_THAI_PREFIXES, key=len, reverse=True)) + r")\s?(\d{3,4}(?:\.\d{1,2})?)(?!\d)"
)
# A code's number said in Thai words, as voice typing writes it ("ดีเอส เจ็ดร้อยหนึ่ง", "DL สองร้อย",
# "ดีจี เจ็ด ศูนย์ หนึ่ง"): read only right after a code prefix.
_DIGIT_WORDS = {"ศูนย์": "0", "หนึ่ง": "1", "สอง": "2", "สาม": "3", "สี่": "4", "ห้า": "5", "หก": "6", "เจ็ด": "7",
                "แปด": "8", "เก้า": "9"}
# (พัน not in พันธ์/พันธุ์: "กุมภาพันธ์ 2570" read as "กุมภา" and a spoken 1000 wrote "29 กุมภา 1000")
_NUMBER_WORD = "(?:ศูนย์|หนึ่ง|เอ็ด|สอง|ยี่|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย|พัน(?!ธ))"
_SPOKEN_CODE = re.compile(
    "(" + "|".join([*sorted(_THAI_PREFIXES, key=len, reverse=True), *CODE_PREFIXES]) + rf")\s?((?:{_NUMBER_WORD}\s?)+)",
    re.IGNORECASE,
)
# An element by its number after its unit's code ("DS700 สมรรถนะย่อยที่ 2", "ดีเอส เจ็ดร้อย สมรรถนะย่อย หนึ่ง",
# "DL200 element 3"): that element's code (DS702), the words kept; not a count ("DS700 สมรรถนะย่อย 4 ข้อ").
_DIGIT_WORD = "|".join(w for w in _DIGIT_WORDS if w != "ศูนย์")
_ELEMENT_NUMBER = re.compile(
    rf"(?<![A-Za-z])({_PREFIX_ALT})(\d{{1,2}})00\s*(สมรรถนะย่อย|ความสามารถย่อย|หน่วยย่อย|elements?)\s*"
    rf"(?:ที่|ข้อ(?:ที่)?|no\.?|number|#)?\s*([1-9]|{_DIGIT_WORD})(?![\d.])(?!\s?(?:ข้อ|ตัว|อัน|เรื่อง|ด้าน|หน่วย))",
    re.IGNORECASE,
)
# A dotted number said in words, as voice typing writes a PMQA number ("ข้อ หนึ่ง จุด สอง จุด หนึ่ง" → "ข้อ 1.2.1").
_DIGIT_OR_WORD = rf"(\d|{'|'.join(_DIGIT_WORDS)})"
_SPOKEN_DOTTED = re.compile(rf"(?<!\d){_DIGIT_OR_WORD}\s?จุด\s?{_DIGIT_OR_WORD}(?:\s?จุด\s?{_DIGIT_OR_WORD})?(?!\d)")
# A date said in words, as voice typing writes it ("วันที่ ยี่สิบ ธันวาคม สองพันห้าร้อยหกสิบเก้า" → "วันที่ 20 ธันวาคม 2569"):
# the day before a month or after "วันที่", the year after a month.
_MONTH = ("(?:มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
          r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.|"
          "มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา)")
_NUMBER_WORD_ANY = re.compile(_NUMBER_WORD)
_SPOKEN_RUN = rf"((?:{_NUMBER_WORD}\s?)+)"
_SPOKEN_DAY = re.compile(rf"(?:(?<=วันที่)|(?<=วันที่ ))\s?{_SPOKEN_RUN}(?=\s?{_MONTH}|\s|$)|{_SPOKEN_RUN}(?=\s?{_MONTH})")
_SPOKEN_YEAR = re.compile(rf"({_MONTH})\s?((?:พ\.ศ\.|ปี|พศ)\s?)?{_SPOKEN_RUN}")
_ALIAS_CODE = re.compile(r"(?<![A-Za-z])dg\s*-\s*ejjm\s*-\s*(\d{3})(?!\d)", re.IGNORECASE)

# A bare number beside a code is a code of the same prefix ("DS701 กับ 702" → "DS701 กับ DS702"), unless it is
# a year ("DL201 2561 กับ 2567").
_PAIRED_NUMBER = re.compile(
    rf"(?<![A-Za-z])({_PREFIX_ALT})(\d{{3,4}})(\s*(?:กับ|กะ|และ|หรือ|vs\.?|versus|and|or|,|/|&)\s*)"
    r"(?!(?:19|20|25)\d\d(?!\d))(\d{3,4})(?![\d.])"
)

# Thai-safe processing for fuzzy matching: keep every Thai letter, vowel and tone mark.
_NON_WORD = re.compile(r"[^\w\u0e00-\u0e7f.]+")


def canonical_code(prefix: str, number: str) -> str:
    return _PREFIX_CANON[prefix.upper()] + "".join(number.split())


def _fix_code(match: re.Match[str]) -> str:
    return canonical_code(match.group(1), match.group(2))


def _spoken_number(words: str) -> str | None:
    """The digits of a number said in Thai words: as a number ("เจ็ดร้อยหนึ่ง" 701) or digit by digit
    ("เจ็ด ศูนย์ หนึ่ง" 701); None when the words are neither."""
    joined = "".join(words.split())
    try:
        return str(thaiword_to_num(joined))
    except ValueError:
        digits = re.findall("|".join(_DIGIT_WORDS), joined)
        return "".join(_DIGIT_WORDS[d] for d in digits) if "".join(digits) == joined else None


# A code's number alone, typed or said ("แล้ว 201 ล่ะ", "แล้ว สองร้อยหนึ่ง ล่ะ" after DL203), not a year.
_BARE_NUMBER = re.compile(rf"(?<![A-Za-z\d.])(\d{{3,4}})(?![\d.])|((?:{_NUMBER_WORD}\s?)+)")
YEAR = re.compile(r"(?:19|20|25)\d\d")  # a year, Christian or Buddhist-era


def bare_number(text: str) -> str | None:
    """The first code-like number (3 or 4 digits, not a year) a normalised message writes in digits or in Thai
    words; None when there is none."""
    for m in _BARE_NUMBER.finditer(text):
        number = m[1] or _spoken_number(m[2])
        if number and 3 <= len(number) <= 4 and not YEAR.fullmatch(number):
            return number
    return None


# A second code's number said in words after a code and "กับ"/"และ" ("ดีจี ห้าร้อยหนึ่ง กับ ห้าร้อยสอง"): in digits, so
# that ``_PAIRED_NUMBER`` gives it the first one's prefix.
_SPOKEN_PAIRED = re.compile(
    rf"(?<![A-Za-z])((?:{_PREFIX_ALT})\d{{3,4}}\s*(?:กับ|กะ|และ|หรือ|,)\s*)((?:{_NUMBER_WORD}\s?)+)", re.IGNORECASE
)


def _spoken_paired(match: re.Match[str]) -> str:
    number = _spoken_number(match.group(2))
    return match.group(0) if number is None or not 3 <= len(number) <= 4 else f"{match.group(1)}{number} "


def _spoken_code(match: re.Match[str]) -> str:
    number = _spoken_number(match.group(2))
    if number is None or not 3 <= len(number) <= 4:
        return match.group(0)
    return f"{match.group(1)}{number} "


def _digit(word: str) -> str:
    return _DIGIT_WORDS.get(word, word)


def _element_code(match: re.Match[str]) -> str:
    prefix, hundreds, word, number = match.groups()
    return f"{canonical_code(prefix, hundreds)}0{_digit(number)} {word}"


def _spoken_day(match: re.Match[str]) -> str:
    words = match[1] or match[2]
    number = _spoken_number(words)
    ok = number is not None and 1 <= int(number) <= 31
    return f" {number} " if ok else match[0]


def _spoken_year(match: re.Match[str]) -> str:
    number = _spoken_number(match[3])
    if number is None or len(number) != 4:
        return match[0]
    return f"{match[1]} {match[2] or ''}{number} "


# A PMQA number typed with spaces for its dots after "ข้อ"/"คำถาม" ("ข้อ 5 2 1" → "ข้อ 5.2.1"; read as
# separate numbers, its last digit became a question of another item).
_SPACED_DOTTED = re.compile(r"((?:ข้อ|คำถาม|question)\s?(?:ที่\s?)?)([1-7])\s([1-9])(?:\s([1-9]))?(?![\d.])",
                            re.IGNORECASE)


def _spoken_dotted(match: re.Match[str]) -> str:
    return ".".join(_digit(d) for d in match.groups() if d)


# A message of emoji that thank or agree only (🙏 👍 👌 ❤️ 😊 🥰, any skin tone): LINE users answer so.
_ACK_EMOJI = "\U0001F64F\U0001F44D\U0001F44C\u2764\U0001F60A\U0001F970"
_ACK_ANY = f"[\\s\uFE0F\U0001F3FB-\U0001F3FF{_ACK_EMOJI}]*"  # (with spaces, variation selectors, skin tones)
_ACK_EMOJI_ONLY = re.compile(f"^{_ACK_ANY}[{_ACK_EMOJI}]{_ACK_ANY}(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|นะ)*{_ACK_ANY}$")

# A wave sent alone ("👋", "🙋‍♀️ค่ะ"): a hello.
_WAVE_EMOJI = "\U0001F44B\U0001F64B"
_WAVE_ANY = f"[\\s\uFE0F\u200D\u2640\u2642\U0001F3FB-\U0001F3FF{_WAVE_EMOJI}]*"
_WAVE_ONLY = re.compile(f"^{_WAVE_ANY}[{_WAVE_EMOJI}]{_WAVE_ANY}(?:ครับ|คับ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|นะ)*{_WAVE_ANY}$")


# English texting shorthand, word by word ("wat r the evidence reqs pls", "thx u"): the words the rules know.
_TEXTED = {"wat": "what", "wut": "what", "wats": "what is", "whats": "what is", "diff": "difference", "r": "are",
           "u": "you", "ur": "your", "n": "and", "pls": "please", "plz": "please", "thx": "thanks", "thanx": "thanks",
           "tmr": "tomorrow", "tmrw": "tomorrow", "2moro": "tomorrow", "abt": "about", "reqs": "requirements",
           "req": "requirement", "b4": "before", "cuz": "because", "coz": "because", "hv": "have", "shd": "should"}
_TEXTING = re.compile(r"(?<![A-Za-z0-9.'\u0e00-\u0e7f])(?:" + "|".join(sorted(_TEXTED, key=len, reverse=True)) +
                      r")(?![A-Za-z0-9.'\u0e00-\u0e7f])", re.IGNORECASE)


def normalise(text: str) -> str:
    """The message in the one spelling the rest of ``intents`` reads."""
    text = text.translate(THAI_DIGITS)
    text = _ZERO_WIDTH.sub("", text)
    if _ACK_EMOJI_ONLY.match(text):  # "🙏", "👍👍": a thanks or an OK sent as emoji only (punctuation to fold)
        text = "ขอบคุณ" if "\U0001F64F" in text else "โอเค"
    elif _WAVE_ONLY.match(text):
        text = "สวัสดี"
    text = thai_normalize(text)
    if _TEXTING.search(text):  # "wats the diff between knowledge n skills": English as texted, written out
        text = _TEXTING.sub(lambda m: _TEXTED[m[0].lower()], text)
    text = _collapse_repeats(text)
    text = _spaced_words_together(text)  # (before the spoken codes and numbers: "ดี เอส เจ็ด ร้อย" is one)
    text = _REPEATED_LATIN.sub(r"\1", text)
    text = _SPOKEN_CODE.sub(_spoken_code, text)
    text = _THAI_CODE.sub(lambda m: _THAI_PREFIXES[m.group(1)] + m.group(2), text)
    text = _ALIAS_CODE.sub(lambda m: f"DG-EJJM-{m.group(1)}", text)
    text = _CODE_SPACING.sub(_fix_code, text)
    if _NUMBER_WORD_ANY.search(text):
        text = _SPOKEN_PAIRED.sub(_spoken_paired, text)
    if "ย่อย" in text or "lement" in text:  # (the cheap test first: most messages name no element)
        text = _ELEMENT_NUMBER.sub(_element_code, text)
    if "จุด" in text:
        text = _SPOKEN_DOTTED.sub(_spoken_dotted, text)
    text = _SPACED_DOTTED.sub(lambda m: m[1] + ".".join(d for d in m.groups()[1:] if d), text)
    if _NUMBER_WORD_ANY.search(text):  # (most messages say no number in words)
        text = _SPOKEN_YEAR.sub(_spoken_year, _SPOKEN_DAY.sub(_spoken_day, text))
    for _ in range(3):  # "DS701, 702 และ 703"
        paired = _PAIRED_NUMBER.sub(lambda m: f"{m[1]}{m[2]}{m[3]}{m[1]}{m[4]}", text)
        if paired == text:
            break
        text = paired
    text = _THAI_LATIN.sub(" ", text)  # "ระดับbasic", "หน่วยDS700ต้อง": a word of each script, as if spaced
    return _SPACES.sub(" ", text).strip()


# Some people put a space after every Thai word, even inside one ("ขอ ดู ความ ก้าวหน้า", "ยก เลิก เตือน DS700",
# "ผู้บริหาร กอง ระยะ Mature"), where Thai writes the words of a sentence together and the keywords expect them so.
# A message whose Thai is mostly short pieces between spaces is written together again; only the spaces between two
# Thai letters go (codes, numbers and English words keep theirs). A sentence spaced by phrase has long pieces.
_THAI_LETTERS = "\u0e01-\u0e4e"  # Thai letters, vowels and marks (not its digits, which are Arabic by now)
_THAI_RUN = re.compile(f"[{_THAI_LETTERS}]+")
_THAI_GAP = re.compile(f"(?<=[{_THAI_LETTERS}])[ \t]+(?=[{_THAI_LETTERS}])")
SPACED_MIN_GAPS = 2  # three pieces at least: "ขอบ คุณ ครับ"
SPACED_PIECE = 5  # letters (without tone marks): a piece this short is a word, not a phrase
SPACED_SHARE = 0.75  # of the pieces short: spaced word by word


def _spaced_words_together(text: str) -> str:
    if len(_THAI_GAP.findall(text)) < SPACED_MIN_GAPS:
        return text
    pieces = [bare(run) for run in _THAI_RUN.findall(text)]
    if sum(len(piece) <= SPACED_PIECE for piece in pieces) < SPACED_SHARE * len(pieces):
        return text
    return _THAI_GAP.sub("", text)


# Where a Thai letter touches a Latin one: typed fast, the space between the two words is often left out.
_THAI_LATIN = re.compile(f"(?<=[{_THAI_LETTERS}])(?=[A-Za-z])|(?<=[A-Za-z])(?=[{_THAI_LETTERS}])")


# What people leave out or swap when typing Thai fast on a phone: tone marks, the short-vowel sign
# "็", the silent-letter sign "์" and their rarer kin are dropped ("เจ้าหน้าที่" → "เจาหนาที"), and the
# long "ู" is read as the short "ุ" ("รู้" and "รุ" alike). Keywords and messages are both compared in
# this form, so a keyword written properly matches the message typed either way.
_BARE: dict[int, str | None] = {ord(mark): None for mark in "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4e\u0e3a"}
_BARE[ord("\u0e39")] = "\u0e38"
_BARE_DROPPED = frozenset(k for k, v in _BARE.items() if v is None)


def bare(text: str) -> str:
    """``text`` with Thai tone marks and similar signs removed, "ู" as "ุ" (for keyword matching)."""
    return text.translate(_BARE)


_MARKS_ONLY = {k: v for k, v in _BARE.items() if v is None}


def unmarked(text: str) -> str:
    """``text`` with the tone marks and similar signs removed, vowels as they are."""
    return text.translate(_MARKS_ONLY)


def bare_positions(text: str) -> list[int]:
    """For each character of ``bare(text)``, its index in ``text`` (bare only drops or swaps one for one)."""
    return [i for i, ch in enumerate(text) if ord(ch) not in _BARE_DROPPED]


def typed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``text`` that ``bare(text)[start:end]`` came from (with the last letter's marks)."""
    keep = bare_positions(text)
    first, last = keep[start], keep[end - 1] + 1
    while last < len(text) and ord(text[last]) in _BARE_DROPPED:
        last += 1
    return first, last


def bare_sub(regex: re.Pattern[str], repl: str, text: str) -> str:
    """``regex`` (a bare pattern) matched on ``bare(text)``, each match replaced in ``text`` as typed."""
    out, last = [], 0
    for m in regex.finditer(bare(text)):
        if m.end() <= m.start():
            continue
        start, end = typed_span(text, m.start(), m.end())
        out += [text[last:start], repl]
        last = end
    out.append(text[last:])
    return "".join(out)


def fold(text: str) -> str:
    """Thai-safe processor for rapidfuzz: lower case, punctuation to spaces, single spaces.

    rapidfuzz's ``default_process`` would turn Thai vowel and tone marks into spaces.
    """
    return _SPACES.sub(" ", _NON_WORD.sub(" ", text.lower())).strip()


def squash(text: str) -> str:
    """``fold`` without spaces: Thai writes words together, people split them anywhere."""
    return fold(text).replace(" ", "")
