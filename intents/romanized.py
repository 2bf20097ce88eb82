"""Thai typed in Latin letters, as officers type it on a terminal without a Thai keyboard (or from habit).

"DS700 tong chai lak tharn arai bang krub" is "DS700 ต้องใช้หลักฐานอะไรบ้างครับ", "mee kee raya krub" is
"มีกี่ระยะครับ": read once here, every rule after it reads Thai (as ``intents.dialect`` reads Isan into Central Thai).

PyThaiNLP romanizes Thai (``royin``, ``thai2rom``) but reads no romanized Thai back, and people do not type RTGS
anyway ("krub", "kob khun", "tuen" beside "khrap", "khop khun", "tuean"). So the words this bot's users need are
listed here, one spelling each, and every spelling is compared by its *skeleton*: lower case, aspiration ("kh",
"th", "ph") and the h of karaoke ("nhai", "kah") dropped, a long vowel as the short one ("ee", "oo", "aa"), an r
that only lengthens a vowel dropped ("khor", "tharn", "lerk"), the final stops b/d/g as p/t/k, so that "lak tharn",
"lakthan" and "luk tan" meet, as do "khob khun", "kob khun" and "khop khun".

A message is read as romanized Thai only when that is beyond doubt: two words at least from the lexicon that are no
English words (one, when the message is that word and a particle), and most of its Latin words from the lexicon.
"What is DS700 about?", "remind me", "I am a service officer" stay English. In a message that has Thai script already,
a run of Latin words is read when every word of it is in the lexicon and one at least is no English word
("DS700 ต้องมี lak tharn อะไรบ้าง"); "ขอดู profile", "ระดับ basic" keep their English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Thai → its romanized spellings (one per skeleton is enough; see ``skeleton``). Several words typed apart
# ("lak tharn") are looked up together, so a word is listed as one spelling whether people space it or not.
_WORDS: dict[str, tuple[str, ...]] = {
    # greetings, thanks, particles, persons
    "สวัสดี": ("sawasdee", "sawatdee", "sawaddee", "sawadee", "swasdee", "sawasdi", "sawatdi", "sawas dee",
               "sa wat dee", "sa was dee"),
    "ครับ": ("krub", "krab", "khrap", "krap", "krup", "crub", "kub", "kap"),
    "ครับผม": ("krub phom", "krab phom", "kub phom", "khrap phom"),
    "ค่ะ": ("kha", "ka", "kaa", "kah", "khaa"),
    "นะ": ("na", "nah", "naa"),
    "จ้า": ("jaa", "jah", "ja"),
    "ขอบคุณ": ("khob khun", "kob khun", "khop khun", "kob kun", "kop kun", "khobkhun", "kobkhun"),
    "มาก": ("mak", "mark", "maak"),
    "ผม": ("phom", "pom"),
    "หนู": ("nu", "noo"),
    "ฉัน": ("chan",),
    "เรา": ("rao",),
    "ดี": ("dee", "di"),
    "บอท": ("bot", "bort"),
    # question words
    "อะไร": ("arai", "a rai", "alai"),
    "ไร": ("rai",),
    "บ้าง": ("bang", "barng", "baang"),
    "ยังไง": ("yang ngai", "yangai", "yung ngai", "yang ngai", "yangngai", "yungngai"),
    "อย่างไร": ("yang rai", "yangrai"),
    "กี่": ("kee", "ki", "gee"),
    "คือ": ("kue", "khue", "keu", "kheu", "kuea", "kue"),
    "หมายถึง": ("mai teung", "mai tueng", "mai thueng", "mai tung", "maai theung", "mai tuen"),
    "ความหมาย": ("kwam mai", "khwam mai", "kwam maai"),
    "ทำไม": ("tham mai", "tam mai", "tammai"),
    "เมื่อไหร่": ("muea rai", "mua rai", "meu rai", "muearai", "mer rai", "muerai"),
    "ใคร": ("krai", "khrai"),
    "ที่ไหน": ("tee nai", "ti nai", "thi nai"),
    "ไหน": ("nai", "nhai"),  # (ใน before a word: ``_in_context``)
    "ได้": ("dai", "dai"),
    "ไหม": ("mhai", "mai"),  # (``mai`` is ไม่ before what it denies: ``_in_context``)
    "มี": ("mee", "mi"),
    "ไม่มี": ("mai mee", "mai mi"),
    "ใช่": ("chai",),  # (ใช้ after ต้อง / จะ / ที่: ``_in_context``)
    "ไม่ใช่": ("mai chai",),
    "ใช้ยังไง": ("chai yang ngai", "chai yangai", "chai yung ngai"),
    "ใช้งาน": ("chai ngan", "chai ngarn"),
    "วิธีใช้": ("withee chai", "wi tee chai", "withi chai", "wi thi chai"),
    "เป็น": ("pen", "bpen"),
    "เป็นไร": ("pen rai", "bpen rai"),
    "ไม่เป็นไร": ("mai pen rai",),
    # parts of a unit
    "หลักฐาน": ("lak tharn", "lakthan", "luk tan", "luk tarn", "lak tan"),
    "ความรู้": ("kwam ru", "khwam ru", "kwam roo", "kwarm roo", "kwamru"),
    "ทักษะ": ("tak sa", "taksa", "thaksa", "tuk sa", "tak saa"),
    "เกณฑ์": ("ked", "ken", "kein", "kayn"),
    "ข้อกำหนด": ("kor kam nod", "khor kamnod", "kho kamnot", "kor gum nod", "kor kum nod"),
    "กำหนด": ("kam nod", "kamnot", "gum nod", "kum nod"),
    "สมรรถนะ": ("samattana", "sa mat ta na", "samatthana", "smattana", "sa mut ta na", "samut tana"),
    "ย่อย": ("yoi", "yoy", "yoii"),
    "พฤติกรรม": ("pruettikam", "phruetikam", "prue ti kam", "pruttikam", "pueng tikam"),
    "ตัวชี้วัด": ("tua chee wat", "tua chi wat", "tuachiwat", "tua chee wad"),
    "เนื้อหา": ("nuea ha", "nua ha", "neu ha", "nuaha"),
    "หัวข้อ": ("hua kor", "hua khor", "hua kho"),
    "ระดับ": ("radab", "ra dub", "ra dab", "radap", "radub"),
    "หน่วย": ("nuay", "nuai", "nuey", "nouy"),
    "ข้อมูล": ("kor moon", "khor mool", "khomoon", "kormoon", "kho mun", "komoon", "kor mool", "khor moon"),
    "ข้อสอบ": ("kor sob", "khor sop", "khosob"),
    "หลักสูตร": ("lak sut", "laksoot", "luk sood", "lak soot", "lak sood"),
    "เรียน": ("rian", "rien", "ryan"),
    "เรื่อง": ("rueang", "ruang", "reung", "rueng", "reuang"),
    "เกี่ยวกับ": ("kiao kab", "kiew kub", "kieo kap", "kiaw kab", "kiew kab"),
    "สรุป": ("sarup", "sa rup", "sarub"),
    # actions
    "ดู": ("doo", "du"),
    "ทำ": ("tham", "tam", "thum", "tum"),
    "ต้อง": ("tong", "torng", "tawng", "dtong"),
    "ต้องการ": ("tong karn", "tong kan", "tong garn"),
    "ขอ": ("khor", "kor", "kho", "khaw"),  # (ข้อ before a number or after กี่: ``_in_context``)
    "เตือน": ("tuen", "teuan", "tuean", "tuan", "teun", "dtuen"),
    "แจ้งเตือน": ("jaeng tuen", "jang tuen", "chaeng tuean"),
    "ด้วย": ("duay", "duai", "duey", "douy"),
    "ตั้ง": ("tang", "tung", "dtang"),
    "ตั้งค่า": ("tang ka", "tung ka", "tang kha"),
    "ทั้งหมด": ("tang mod", "tung mod", "thang mot", "tangmod", "tung mot"),
    "หมด": ("mod", "mot"),
    "ไว้": ("wai",),
    "ลบ": ("lob", "lop"),
    "ยินยอม": ("yin yom", "yinyom", "yin yorm"),  # consent, at the privacy notice
    "ยกเลิก": ("yok lerk", "yok loek", "yoklerk", "yok luek", "yok lurk", "yoklek"),
    "เลิก": ("lerk", "loek"),
    "หยุด": ("yud", "yut", "yood"),
    "ประเมิน": ("pramern", "pra mern", "pramoen", "pramein", "pramuen", "pra moen"),
    "แบบ": ("baep", "baeb", "bab", "bap"),
    "ทดสอบ": ("tod sob", "thot sop", "todsob", "tod sop"),
    "สอบ": ("sob", "sop"),
    "ตอบ": ("tob",),
    "คำถาม": ("kam tam", "kham tham", "kamtam", "kham tam"),
    "เริ่ม": ("rerm", "roem", "reum", "rurm"),
    "เริ่มใหม่": ("rerm mai", "roem mai"),
    "ใหม่": ("mai mai",),
    "ต่อ": ("tor", "taw", "dtor"),
    # ก่อน only in phrases: "korn" alone is "kon" (คน)
    "หยุดก่อน": ("yud korn", "yut kon", "yood korn"),
    "ไว้ก่อน": ("wai korn", "wai kon"),
    "ไปก่อน": ("pai korn", "pai kon"),
    "พอก่อน": ("por korn", "paw kon"),
    "ออก": ("ork", "awk", "oog"),
    "ว่า": ("wa", "waa"),
    "การ": ("kan", "karn", "garn"),  # (กัน ending a sentence: ``_ENDING``)
    "ตอนนี้": ("ton nee", "torn nee", "ton ni", "tonnee"),
    "กลับ": ("klab", "glub", "klub"),
    "พอ": ("por", "paw"),
    "บอก": ("bok", "bork"),
    "อยาก": ("yak", "yark", "yaak"),
    "รู้": ("ru", "roo", "roo"),
    "เข้าใจ": ("kao jai", "khao jai", "kaojai", "kow jai"),
    "ให้": ("hai", "hai"),
    "ช่วย": ("chuay", "chuai", "chuey", "chouy", "chuay"),
    "ช่วยเหลือ": ("chuay luea", "chuay lua", "chuai luea", "chuay leua"),
    "แก้": ("kae", "gae", "kair", "gair"),
    "แก้ไข": ("kae kai", "gae kai", "kae khai", "kaekai"),
    "เปลี่ยน": ("plian", "plean", "plien", "pleian", "bplian"),
    "เปรียบเทียบ": ("priab tiab", "priap thiap", "preab teab", "priab teab", "pleab teab"),
    "ต่างกัน": ("tang kan", "tang gun", "tung kan", "tarng kan"),
    "กัน": ("gun",),
    "และ": ("lae", "leh"),
    "หรือ": ("rue", "reu", "rueh", "reuh"),
    "ของ": ("kong", "khong", "korng"),
    "อยู่": ("yu", "yoo", "yuu"),
    "ยัง": ("yang", "yung"),
    "เสร็จ": ("sed", "set", "sej"),
    "ครบ": ("krob", "khrop", "krop"),
    "คะแนน": ("ka naen", "kanaen", "kanan", "ka nan", "kha naen"),
    "ผล": ("pon", "phon", "pol"),
    "อีก": ("eek", "iik", "eik"),
    "ครั้ง": ("krang", "khrang"),
    "ตัวเอง": ("tua eng", "tua aeng", "tuaeng"),
    "ตัว": ("tua",),
    "ที่": ("tee", "ti", "thi", "thee"),
    "นี้": ("nee", "ni"),
    "แล้ว": ("laew", "leaw", "laeo", "leo", "laeow", "lew"),
    "ไป": ("pai", "bpai"),
    "มา": ("ma", "maa"),
    "ถึง": ("teung", "tueng", "thueng", "theung"),
    "ถึงไหน": ("teung nai", "tueng nai", "thueng nai", "tung nai"),
    "หน่อย": ("noi", "noy", "nhoi"),
    "เอา": ("ao", "aow"),
    "จะ": ("ca", "cha"),  # (and "ja" before a word: ``_ENDING``)
    "รายการ": ("rai kan", "raikan", "rai karn", "rai garn", "raigan"),
    "นัด": ("nad", "nat"),
    "งาน": ("ngan", "ngarn"),
    "ติดตาม": ("tid tam", "tit tam", "tid taam"),
    "บันทึก": ("ban tuek", "bantuek", "ban teuk", "bun tuek"),
    "สำหรับ": ("sam rab", "samrap", "sum rub", "samrab"),
    # progress
    "ความคืบหน้า": ("kwam kuep na", "kwam kueb na", "khwam khuep na", "kwam keub na"),
    "คืบหน้า": ("kuep na", "kueb na", "khuep na", "keub na"),
    "ความก้าวหน้า": ("kwam kao na", "khwam kao na", "kwam kow na"),
    "ก้าวหน้า": ("kao na", "kow na", "gao na"),
    # handoff
    "คุย": ("kui", "kuy", "khui", "kuey"),
    # (กับ is "kab", "kub", "gub": ครับ ending a sentence, กับ before a word: ``_ENDING``)
    "เจ้าหน้าที่": ("jao na tee", "chao na thi", "jaonatee", "jow na tee", "jao nathi", "chao na tee", "jao nah tee",
                    "jao naa tee", "jao na ti"),
    "หน้าที่": ("na tee", "nathi", "na ti"),
    "คน": ("kon", "khon"),
    "คนจริง": ("kon jing", "khon ching", "kon jring"),
    "ติดต่อ": ("tid tor", "tit tor", "tidtor", "tit to"),
    # profile
    "กลุ่ม": ("klum", "glum", "khlum", "kloom", "gloom"),
    "ระยะ": ("raya", "ra ya", "rayah"),
    "เริ่มต้น": ("rerm ton", "roem ton", "rermton", "reum ton", "rerm tohn"),
    "กำลังพัฒนา": ("kam lang pattana", "kamlang pattana", "gum lung pat ta na", "kamlang phatthana",
                   "kum lung pattana", "kamlung pattana"),
    "กำลัง": ("kam lang", "kamlang", "gum lung", "kamlung"),
    "พัฒนา": ("pattana", "pat ta na", "phatthana", "pattanah", "patana"),
    "ผู้บริหาร": ("phu borihan", "poo bori han", "phoo bor ri harn", "pu borihan", "poo borihan", "phu bo ri han"),
    "ตำแหน่ง": ("tamnaeng", "tum nang", "tam naeng", "tumnaeng", "tamnang"),
    "หมวด": ("muad", "muat", "mhuad", "moud"),
    "บริการ": ("borikan", "bo ri kan", "bor ri karn", "borigan", "borikarn"),
    "วิชาการ": ("wichakan", "wi cha kan", "wichakarn", "vichakarn"),
    "นโยบาย": ("nayobai", "na yo bai", "nayobay"),
    "เทคโนโลยี": ("teknoloyee", "tek no lo yee", "tech no lo yee", "technoloyee", "tek no lo yi"),
    "อื่น": ("uen", "eun", "aun", "uean"),
    "สูง": ("soong", "sung"),
    "กลาง": ("klang", "glang"),
    "สมบูรณ์": ("somboon", "som boon", "sombun", "somboorn"),
    "องค์กร": ("ongkon", "ong kon", "ongkorn", "ong korn", "ongkhon"),
    "หน่วยงาน": ("nuay ngan", "nuayngan", "nuai ngan", "nuay ngarn"),
    # more parts of a unit
    "กฎหมาย": ("kod mai", "kot mai", "kodmai", "kotmai", "kod maai"),
    "อาชีพ": ("archeep", "a cheep", "achip", "a chip", "archip"),
    "พื้นฐาน": ("puen tan", "pheun than", "puentarn", "puen tarn", "pun tan", "puenthan"),
    "ผ่าน": ("phan", "parn", "pan", "paan"),
    "เอกสาร": ("ekkasan", "ek ka san", "eksarn", "ekasarn", "ek ka sarn"),
    # reminders, dates
    "วัน": ("wan",),
    "วันที่": ("wan ti", "wan tee", "wanti", "wan thi", "wantee"),
    "วันนี้": ("wan nee", "wanni", "wannee"),
    "พรุ่งนี้": ("prung nee", "proong nee", "prungnee", "phrung ni", "pung nee", "prueng nee", "pruengnee",
                "proongnee", "prung ni"),
    "มะรืน": ("ma ruen", "maruen", "ma reun", "mareun"),
    "อาทิตย์หน้า": ("a tit na", "athit na", "arthit na", "atit na", "ar tit na"),
    "เดือนหน้า": ("duen na", "deuan na", "duean na"),
    "เดือน": ("duen", "deuan", "duean"),
    "เวลา": ("wela", "way la", "welaa", "we la"),
    "โมง": ("mong",),
    "ธันวา": ("tanwa", "thanwa", "tan wa"),
    # news
    "ข่าว": ("khao", "kao", "khaow"),
    "ข่าวสาร": ("khao san", "kao sarn", "khao sarn", "khaosan"),
    "ส่ง": ("song",),
    "รับ": ("rub", "rab"),
}

# Words a Latin spelling shares with English: they make a message Thai only beside words that are no English.
_ENGLISH = frozenset({
    "a", "about", "am", "an", "and", "any", "are", "as", "at", "bang", "ban", "bat", "be", "bet", "bot", "but",
    "by", "can", "cap", "cup", "dip", "do", "does", "for", "gap", "gen", "get", "go", "gun", "has", "have", "he",
    "help", "her", "hi", "his", "how", "i", "if", "in", "is", "it", "its", "ken", "kin", "kit", "let", "list", "ma",
    "man", "mark", "mat", "me", "mean", "men", "mid", "mod", "moon", "my", "no", "not", "now", "of", "on", "or",
    "our", "pan", "pen", "pin", "pun", "rain", "ran", "ring", "rub", "rue", "run", "sed", "set", "she", "show",
    "sing", "so", "sob", "son", "song", "sun", "tab", "tam", "tan", "tang", "tee", "ten", "than", "that", "the",
    "then", "this", "tip", "to", "ton", "tong", "top", "tor", "up", "us", "wan", "was", "we", "what", "when", "who",
    "why", "yak", "yang", "yes", "you"
})
# Latin words every Thai conversation uses as they are: never read as a Thai word ("ok" is no ออก).
_NEVER = frozenset({"ok", "okay", "oke", "okey", "hi", "hello", "yes", "bye"})
_PARTICLES = frozenset({"ครับ", "ครับผม", "ค่ะ", "นะ", "จ้า"})
# A word read by its neighbours: (what it is before a particle or the end, what it is before another word).
_ENDING = {"mai": ("ไหม", "ไม่"), "kan": ("กัน", "การ"), "kup": ("ครับ", "กับ"), "kap": ("ครับ", "กับ"), "ja": ("จ้า", "จะ"),
           "nai": ("ไหน", "ใน")}
# After these a "nai" asks which one or where (ไหน), before any word: "ถึงไหนแล้ว", "กลุ่มไหนดี".
_WHICH_AFTER = frozenset({"ถึง", "อยู่", "ที่", "กลุ่ม", "ระยะ", "หมวด", "หน่วย", "ตัว", "คน", "ไป", "แบบ", "เรื่อง",
                          "วัน", "ระดับ"})
_USE_AFTER = frozenset({"ต้อง", "จะ", "ที่", "ได้", "ไม่ได้"})  # "chai" after these is ใช้ (to use)
_YES_AFTER = frozenset({"ไหม", "ไม่", "แล้ว", "ไหน", "นะ"})  # "chai" before these (or alone) is ใช่ (yes)
_ITEM_AFTER = frozenset({"กี่", "ที่", "หมวด"})  # "kor" after these (or before a number) is ข้อ (an item), else ขอ
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_NUMBER = re.compile(r"\d+(?:\.\d+)*")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
# A chunk between spaces that is letters (Thai, Latin), digits and dots, then what punctuation ends it.
_CHUNK = re.compile(r"([A-Za-z\u0e00-\u0e7f\d.]*?)([?!.,]*)")
_SCRIPTS = re.compile(r"[A-Za-z]+\d[\d.]*|[A-Za-z]+|[\u0e00-\u0e7f]+|[\d.]+")
MAX_PHRASE = 4  # words typed apart that one lexicon entry may span ("kam lang pattana", "phoo bor ri harn")
MOSTLY = 0.6  # of a Latin message's words from the lexicon, for the message to be romanized Thai
MIN_ALONE = 4  # letters of a Latin word alone among Thai ones for it to be read as Thai ("lakthan", not "gap")
MIN_STRONG = 2  # lexicon words that are no English words, for a message to be romanized Thai


def skeleton(spelling: str) -> str:
    """The letters of a romanized spelling that tell Thai words apart (see the module's docstring)."""
    w = re.sub(r"[^a-z]", "", spelling.lower())
    w = w.replace("bp", "p").replace("dt", "t")
    w = w.replace("ee", "i").replace("oo", "u").replace("oe", "e").replace("eu", "ue").replace("uea", "ue")
    w = re.sub(r"(?<=[^cs])h", "", w)  # aspiration and karaoke h: kh th ph, nhai, kah (not ch, sh, nor h starting)
    w = re.sub(r"(?<!n)g", "k", w)  # "gub", "glum" (not the ng of "ngai")
    w = re.sub(r"(?<=[aeiou])r(?![aeiou])", "", w)  # an r that lengthens a vowel: khor, tharn, lerk
    w = re.sub(r"(?<=[aeiou])y(?![aeiou])", "i", w)  # noy, chuay, kuy
    w = re.sub(r"(?<=[aeiou])l(?![aeiou])", "n", w)  # final l is n: mool
    w = re.sub(r"b(?![aeiouy]|r|l)", "p", w)  # final stops: krub, kob, lob
    w = re.sub(r"d(?![aeiouy]|r)", "t", w)
    return re.sub(r"(.)\1+", r"\1", w)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """Skeleton of a spelling (its words written together) → Thai."""
    table: dict[str, str] = {}
    for thai, spellings in _WORDS.items():
        for spelling in spellings:
            table.setdefault(skeleton(spelling), thai)
    return table


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    latin: bool  # a word of Latin letters only (not a code such as "DS700", nor an acronym such as "PMQA")
    spaced: bool  # typed after a space


def _tokens(text: str) -> list[_Token]:
    """The words of ``text`` (split at spaces, a Thai word and a Latin one typed together apart, punctuation that
    ends a word apart); a chunk with other signs inside ("s]yd{ko", "e-mail") is one token, no Latin word."""
    out = []
    for chunk in text.split():
        spaced = True
        m = _CHUNK.fullmatch(chunk)
        pieces = [*_SCRIPTS.findall(m[1]), m[2]] if m else [chunk]
        for piece in filter(None, pieces):
            latin = bool(_LATIN_WORD.fullmatch(piece)) and not (len(piece) >= 2 and piece.isupper()) and \
                piece.lower() not in _NEVER
            out.append(_Token(piece, latin, spaced))
            spaced = False
    return out


def _words(tokens: list[_Token]) -> list[int]:
    """Indices of the tokens (all of them: ``_tokens`` keeps no spaces)."""
    return list(range(len(tokens)))


@dataclass(slots=True)
class _Match:
    first: int  # word positions (in ``_words``) this reading covers
    last: int
    thai: str
    strong: bool  # no English word: a phrase of several words, or one word English has not


def _matches(tokens: list[_Token], words: list[int]) -> list[_Match]:
    table = lexicon()
    found: list[_Match] = []
    k = 0
    while k < len(words):
        if not tokens[words[k]].latin:
            k += 1
            continue
        for span in range(min(MAX_PHRASE, len(words) - k), 0, -1):
            if not all(tokens[words[k + j]].latin for j in range(span)):
                continue
            typed = [tokens[words[k + j]].text.lower() for j in range(span)]
            thai = table.get(skeleton("".join(typed)))
            if thai is not None:
                strong = span > 1 or typed[0] not in _ENGLISH
                found.append(_Match(k, k + span - 1, thai, strong))
                k += span
                break
        else:
            k += 1
    return found


def _in_context(matches: list[_Match], tokens: list[_Token], words: list[int]) -> None:
    """Words that read by their neighbours (``_ENDING``, "chai", "kor")."""
    by_first = {m.first: m for m in matches}
    for n, m in enumerate(matches):
        typed = skeleton(tokens[words[m.first]].text) if m.first == m.last else ""
        before = matches[n - 1].thai if n and matches[n - 1].last == m.first - 1 else None
        after_match = by_first.get(m.last + 1)
        next_text = tokens[words[m.last + 1]].text if m.last + 1 < len(words) else None
        ends = next_text is None or (after_match is not None and after_match.thai in _PARTICLES) or \
            not (_NUMBER.fullmatch(next_text) or _LATIN_WORD.search(next_text) or _THAI.search(next_text))
        if typed in _ENDING:
            at_end, inside = _ENDING[typed]
            m.thai = at_end if ends or (typed == "nai" and before in _WHICH_AFTER) else inside
        elif m.thai == "ใช่" and (before in _USE_AFTER or not (ends or (after_match is not None and
                                                                      after_match.thai in _YES_AFTER))):
            m.thai = "ใช้"  # "tong chai", "chai bot yang ngai"; ใช่ alone or before ไหม, แล้ว ("chai mai", "chai laew")
        elif m.thai == "ขอ" and (before in _ITEM_AFTER or (next_text is not None and _NUMBER.fullmatch(next_text))):
            m.thai = "ข้อ"


def _latin_words(tokens: list[_Token], words: list[int]) -> list[int]:
    return [k for k, i in enumerate(words) if tokens[i].latin]


def _romanized(matches: list[_Match], latin: list[int]) -> bool:
    """A message of Latin letters only: romanized Thai beyond doubt."""
    covered = sum(m.last - m.first + 1 for m in matches)
    strong = sum(m.last - m.first + 1 for m in matches if m.strong)  # (a phrase counts its words: "yang ngai")
    if not latin or covered < MOSTLY * len(latin):
        return False
    return strong >= MIN_STRONG or (strong >= 1 and covered == len(latin) and len(latin) <= 2)


def _runs(matches: list[_Match], tokens: list[_Token], words: list[int]) -> list[_Match]:
    """In a message with Thai script: the readings of the runs of Latin words that are romanized Thai throughout."""
    kept: list[_Match] = []
    run: list[_Match] = []
    covered = {k for m in matches for k in range(m.first, m.last + 1)}
    by_first = {m.first: m for m in matches}

    def close() -> None:
        alone = len(run) == 1 and run[0].first == run[0].last  # one Latin word among Thai ones
        if run and any(m.strong for m in run) and \
                not (alone and len(tokens[words[run[0].first]].text) < MIN_ALONE):
            kept.extend(run)
        run.clear()

    k = 0
    while k < len(words):
        if not tokens[words[k]].latin:
            close()
            k += 1
        elif k not in covered:
            run.clear()  # a Latin word of no Thai reading: the run is English (or unknown), left as typed
            while k < len(words) and tokens[words[k]].latin:
                k += 1
        else:
            m = by_first[k]
            run.append(m)
            k = m.last + 1
    close()
    return kept


@lru_cache(maxsize=4096)  # read for the understanding and again for the conversation's language; messages repeat
def thai_reading(text: str) -> str:
    """``text`` with its romanized Thai in Thai script; unchanged when it holds none (beyond doubt)."""
    if not _LATIN_WORD.search(text):
        return text
    tokens = _tokens(text)
    words = _words(tokens)
    matches = _matches(tokens, words)
    if not matches:
        return text
    _in_context(matches, tokens, words)
    if _THAI.search(text):
        matches = _runs(matches, tokens, words)
    elif not _romanized(matches, _latin_words(tokens, words)):
        return text
    if not matches:
        return text
    return _written(tokens, words, matches)


def _written(tokens: list[_Token], words: list[int], matches: list[_Match]) -> str:
    """The tokens as typed with each reading in place; Thai words read together are written together, as Thai is."""
    by_first = {m.first: m for m in matches}
    out: list[str] = []
    previous_read = False
    k = 0
    while k < len(words):
        token = tokens[words[k]]
        m = by_first.get(k)
        if out and token.spaced and not (m is not None and previous_read):
            out.append(" ")
        out.append(m.thai if m is not None else token.text)
        previous_read = m is not None
        k = m.last + 1 if m is not None else k + 1
    return "".join(out)
