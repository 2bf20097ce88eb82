"""The catalog's vocabulary: a newmm tokeniser that knows it, and fuzzy matching of titles.

Every level is searchable: unit titles and aliases, elements, criteria, and the detailed units'
knowledge, skills and evidence lines; a hit says where it matched (``where``, ``level``). Texts are
indexed without spaces ("squashed"), since Thai writes words together and people split them
anywhere. A query is matched with rapidfuzz's ``partial_ratio`` (a typo-tolerant "contains"), then
re-scored so that a query that covers more of a title ranks higher.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import Trie
from rapidfuzz import fuzz

from content.catalog import Catalog
from intents.lexicon import FILLER_TOKENS, KNOWLEDGE_COMPOUNDS, SECURITY_WORDS, SPOKEN_WORDS, STOP_TOKENS, thai_pattern
from intents.normalise import bare, bare_sub, fold, squash, unmarked

_THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")
_PAREN = re.compile(r"\s*\([^)]*\)\s*")
# Polite particles glued to the last word ("ไหนคะ") would be cut into nonsense tokens ("สมรรถนะ" ends in none).
_PARTICLES = thai_pattern(r"(?<!สมรรถ)"
                          r"(?:ครับ|คับ|ค้าบ|งับ|ค่ะ|คะ|จ้า|จ้ะ|นะ|ป่ะ|มั้ย|อ่ะ|อะ|มั่ง|หรอ|เหรอ)+(?=\s|$)|(?<!\d)5{3,}(?!\d)")
_BARE_STOP = frozenset(bare(t) for t in STOP_TOKENS)
MATCH_KINDS = ("unit", "element")
MIN_QUERY = 4  # characters; shorter topics match too much
CONTAINMENT_MIN = 6  # a topic this long found inside a long text is a match, whatever the text's length
HELD_CACHE = 8192  # word sets whose texts were counted, kept
PREFILTER = 25  # titles sharing the most character bigrams with the query, scored with rapidfuzz


_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{2,5}\b")  # three letters at least: "IT", "AI" are words of their own
# Latin-script words of the texts, any case ("THeGIF2.0", "Sum", "Feedback"): matched case-insensitively as words.
_LATIN_WORD = re.compile(r"[a-z][a-z0-9]{2,}", re.IGNORECASE)
LATIN_RARE = 8  # texts at most: English terms this rare in the sources name their topic on their own
_STOP_LONGEST = 12  # characters: the longest question word or particle a compound of them is cut into
# "แอป"/"แอพ" (an app) written onto the next word: newmm cuts "แอปรับเรื่อง" as แอ + ปรับ + เรื่อง (as many words as
# แอป + รับ + เรื่อง), so the app word is cut off first, unless the word goes on as "แอปพลิเคชัน".
_APP_WORD = re.compile(r"(แอ[ปพ])(?![ปพ]?(?:พลิ|ลิ)เค)(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
_NOMINALISER = re.compile(bare("^(?:การ|ความ)(?=.{3})"))


def core(word: str) -> str:
    """``word`` without a leading nominaliser (การ, ความ) when enough is left."""
    return _NOMINALISER.sub("", word)


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


@dataclass(frozen=True, slots=True)
class TitleHit:
    framework: str
    code: str  # the unit's code (an element or area match names its unit(s))
    title: str
    score: float  # 0..100
    where: str = ""  # the code of the node that matched (a criterion, an element, the unit itself)
    level: str = "unit"  # unit | element | criterion | knowledge | skills | evidence
    matches: tuple[tuple[str, str, str], ...] = ()  # (code, level, text) of this unit's best matches


# A unit's other matches this close to its best are shown too ("พิมพ์เขียว" in an element and its criterion).
MATCH_SPREAD = 8.0
MAX_MATCHES = 3
# Below a unit's own title: a match in a criterion or a detail line is weaker evidence of the topic.
LEVEL_PENALTY = {"unit": 0.0, "element": 3.0, "criterion": 5.0, "knowledge": 7.0, "skills": 7.0, "evidence": 8.0}
DETAIL_LEVELS = ("knowledge", "skills", "evidence")


class TitleIndex:
    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        words: set[str] = set(thai_words())
        keys: list[str] = []
        entries: list[tuple[str, str, str, str]] = []  # kind, framework, code, title
        for kind, framework, code, title in self._texts(catalog):
            for variant in {title, _PAREN.sub(" ", title).strip()}:
                key = bare(squash(variant))
                if len(key) >= 3:
                    keys.append(key)
                    entries.append((kind, framework, code, title))
            if kind in MATCH_KINDS:
                words.update(w for w in _THAI_RUN.findall(_PAREN.sub(" ", title)) if len(w) <= 40)
        self._keys = keys
        self._entries = entries
        # Acronyms the texts write ("ROI", "KPI", "ITIL"): too short for the fuzzy match, found as words.
        acronyms: dict[str, list[int]] = {}
        for idx, (_, _, _, title) in enumerate(entries):
            for acronym in dict.fromkeys(a.lower() for a in _ACRONYM.findall(title)):
                acronyms.setdefault(acronym, []).append(idx)
        self._acronyms = {a: tuple(dict.fromkeys(ids)) for a, ids in acronyms.items()}
        latin: dict[str, list[int]] = {}
        for idx, (_, _, _, title) in enumerate(entries):
            for term in dict.fromkeys(w.lower() for w in _LATIN_WORD.findall(title)):
                latin.setdefault(term, []).append(idx)
        self._latin = {w: frozenset(ids) for w, ids in latin.items()}
        self._all_keys = "\n".join(keys)
        self._distinct = tuple(dict.fromkeys(keys))
        self._held: dict[tuple[str, ...], int] = {}
        # Character-bigram index: the fuzzy scorer then runs on a few dozen titles, not all of them.
        grams: dict[str, set[int]] = {}
        for idx, key in enumerate(keys):
            for gram in _bigrams(key):
                grams.setdefault(gram, set()).add(idx)
        self._grams = {g: tuple(ids) for g, ids in grams.items()}
        # every word also as typed without tone marks ("อยู"), and with "ู" typed "ุ" too ("รุ")
        words |= set(KNOWLEDGE_COMPOUNDS) | set(SECURITY_WORDS) | set(SPOKEN_WORDS)
        self._trie = Trie(words | {unmarked(w) for w in words} | {bare(w) for w in words})

    @staticmethod
    def _texts(catalog: Catalog) -> list[tuple[str, str, str, str]]:
        out = [(e.kind, e.framework, e.code, e.text) for e in catalog.titles()
               if e.kind in MATCH_KINDS and e.text.strip()]
        for unit in catalog.units:
            out.extend(("criterion", c.framework, c.code, c.text_th) for c in unit.criteria if c.text_th.strip())
            for level in DETAIL_LEVELS:
                lines = unit.details.get(level) or ()
                out.extend((level, unit.framework, unit.code, str(line)) for line in lines
                           if isinstance(line, str) and line.strip())
        return out

    def tokens(self, text: str) -> list[str]:
        """``text`` cut into words (the dictionary has every word with and without its tone marks)."""
        text = _APP_WORD.sub(r"\1 ", text)
        return [t for t in word_tokenize(text, custom_dict=self._trie, engine="newmm") if t.strip()]

    def topic(self, text: str) -> str:
        """The words of a message that can name a topic: particles and question words dropped, also when the
        dictionary holds them as one word ("อยู่ในเกณฑ์" is อยู่ ใน เกณฑ์)."""
        kept = [t for t in self.tokens(bare_sub(_PARTICLES, "", fold(text)))
                if t not in FILLER_TOKENS and not _only_stop_words(bare(t))]
        return " ".join(kept)

    def latin_terms(self, query: str) -> str:
        """The query's English terms that a few texts use ("sum avg" of "ใช้ sum avg หาค่าเฉลี่ย"), as one query;
        "" when the query has none, they are all it says, or they are common in the texts ("data")."""
        terms = [w.lower() for w in _LATIN_WORD.findall(query)]
        postings = [self._latin.get(w) for w in terms]
        if not terms or any(p is None for p in postings) or not _THAI_RUN.search(query):
            return ""
        shared = frozenset.intersection(*(p for p in postings if p is not None))
        return " ".join(terms) if 0 < len(shared) <= LATIN_RARE else ""

    def _words(self, query: str) -> list[str]:
        """The query's words as matched inside texts (bare, squashed, without a leading nominaliser)."""
        words = [core(w) for w in (bare(squash(t)) for t in query.split()) if len(w) >= 2]
        # a product name the texts never use does not count against the texts that hold the rest of the topic
        # ("ใช้ excel ทำสูตรคำนวณ" is fully covered by "ใช้สูตรฟังก์ชันเพื่อการคำนวณ")
        # (two words of the topic left at least: "cloud ดิจิทัล" is not about everything digital)
        known = [w for w in words if not self._unknown(w)]
        return known if len(known) >= 2 and sum(len(w) for w in known) >= MIN_QUERY else words

    def holding(self, query: str) -> int:
        """How many texts hold every word of ``query`` (bare, squashed, without a leading nominaliser): few means
        the words are specific to a topic ("คลังความรู้"), many that they are everyday ("หน่วยงาน", "ข้อมูล")."""
        return self._holding(tuple(core(w) for w in (bare(squash(t)) for t in query.split()) if len(w) >= 2))

    def _holding(self, words: tuple[str, ...]) -> int:
        known = self._held.get(words)
        if known is None:
            known = sum(1 for key in self._distinct if all(w in key for w in words)) if words else len(self._distinct)
            if len(self._held) < HELD_CACHE:
                self._held[words] = known
        return known

    def coverage(self, query: str, text: str) -> float:
        """The share (0..1, by letters) of the query's words that ``text`` holds."""
        words = self._words(query)
        key = bare(squash(text))
        return sum(len(w) for w in words if w in key) / (sum(len(w) for w in words) or 1)

    def writes_latin_terms(self, query: str) -> bool:
        """Whether ``query`` has English words and the texts write every one of them ("project charter")."""
        latin = [w for w in query.lower().split() if w.isascii() and w.isalpha()]
        return bool(latin) and not any(self._unknown(w) for w in latin)

    def _unknown(self, word: str) -> bool:
        """An English word that no text uses ("excel", "photoshop"): it says nothing for or against a text."""
        return word.isascii() and word.isalpha() and word not in self._latin and word not in self._all_keys

    def search(self, query: str, *, limit: int = 5, cutoff: float = 75.0,
               framework: str | None = None) -> list[TitleHit]:
        """The units whose texts best match ``query`` (of ``framework`` only, when given)."""
        key = bare(squash(query))
        acronym = key in self._acronyms  # "roi": the texts that write ROI
        if len(key) < MIN_QUERY and not acronym:
            return []
        if acronym:
            pool = [idx for idx in self._acronyms[key] if framework is None or self._entries[idx][1] == framework]
        else:
            shared: Counter[int] = Counter()
            for gram in _bigrams(key):
                shared.update(self._grams.get(gram, ()))
            if framework is not None:  # before the pool is cut: the other framework's texts must not crowd it
                shared = Counter({idx: n for idx, n in shared.items() if self._entries[idx][1] == framework})
            if not shared:
                return []
            # ties broken by index: the same message always gets the same titles scored (bigram sets iterate
            # in a different order in each process)
            pool = sorted(shared)  # then a stable sort by count: ties stay in index order
            pool.sort(key=shared.__getitem__, reverse=True)
            del pool[PREFILTER:]
        # a word's core: the texts often write the verb or adjective without the nominaliser ("การแก้ปัญหา" is
        # "แก้ปัญหา" in "ชอบแก้ปัญหาที่มีความท้าทาย", "การสำรองข้อมูล" the criterion "สำรองข้อมูล")
        words = self._words(query)
        total = sum(len(w) for w in words) or 1
        best: dict[tuple[str, str], TitleHit] = {}
        found: dict[tuple[str, str], list[tuple[float, str, str, str]]] = {}
        for idx in pool:
            title_key = self._keys[idx]
            partial = 100.0 if acronym else fuzz.partial_ratio(key, title_key)
            # Words found anywhere in the title: people name a title by its words, not always in order.
            covered = 100.0 * sum(len(w) for w in words if w in title_key) / total
            # Closeness of the whole: "ข้อมูล" is contained in many titles; "วิเคราะห์ข้อมูลพื้นฐาน" names one.
            whole = fuzz.ratio(key, title_key)
            kind, framework, code, title = self._entries[idx]
            # A title is named whole; a criterion or a knowledge line is long and only contains the topic.
            long_text = kind not in MATCH_KINDS or len(title_key) > 2 * len(key)
            # a topic of several words, every one of them in a title, is contained in it however long the title
            contains = (len(key) >= CONTAINMENT_MIN or key.isascii()) and \
                (long_text or (len(words) >= 2 and covered >= 100.0))
            weight = 0.9 if contains else 0.65
            score = weight * max(partial, covered) + (1 - weight) * whole
            if max(partial, covered) < cutoff:
                continue
            score -= LEVEL_PENALTY.get(kind, 3.0)  # a unit's own title outranks a part that shares its words
            level = kind if kind in LEVEL_PENALTY else "unit"
            for unit_code in self._units_of(kind, framework, code):
                ref = (framework, unit_code)
                found.setdefault(ref, []).append((score, code, level, title))
                if ref not in best or best[ref].score < score:
                    best[ref] = TitleHit(framework, unit_code, title, score, code, level)
        ranked = sorted(best.values(), key=lambda h: (-h.score, h.framework != "std-2567", h.code))
        out = []
        for hit in ranked[:limit]:
            near = sorted(found[(hit.framework, hit.code)], key=lambda m: -m[0])
            kept = tuple(dict.fromkeys((c, lv, t) for sc, c, lv, t in near if sc >= hit.score - MATCH_SPREAD))
            out.append(replace(hit, matches=kept[:MAX_MATCHES]))
        return out

    def _units_of(self, kind: str, framework: str, code: str) -> tuple[str, ...]:
        if kind in ("unit", *DETAIL_LEVELS):
            return (code,)
        node = self._catalog.get(framework, code)
        return (node.unit_code,) if node is not None and hasattr(node, "unit_code") else ()


@lru_cache(maxsize=4096)
def _only_stop_words(word: str) -> bool:
    """Whether ``word`` (bare) is question words and particles only, one or several written together."""
    if word in _BARE_STOP:
        return True
    return any(word[:n] in _BARE_STOP and _only_stop_words(word[n:])
               for n in range(min(len(word) - 1, _STOP_LONGEST), 1, -1))
