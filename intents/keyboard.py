"""Words typed with the keyboard on the other layout (Thai Kedmanee ↔ US QWERTY): "l;ylfu8iy[" is "สวัสดีครับ"
typed with the English layout on, "ฏธุจจ" is "DT600" and "้ำสย" is "help" typed with the Thai layout on.

A phone or a desktop left on the wrong layout is a common slip; the person sees gibberish and usually sends it
anyway (often with the words retyped beside it). A word is read as what it was meant to be only when that is
beyond doubt:

- Latin gibberish as Thai: in a message with no Thai, a word of it carries a character that is a Thai letter on
  the other layout (``;`` ว, ``'`` ง, ``[`` บ, ``,`` ม, a digit inside letters …) and every such word turns into
  dictionary Thai; beside Thai words, only such a word of four keys or more that turns into dictionary Thai
  ("s]yd{ko" หลักฐาน). Codes ("DL201"), numbers, URLs and English words stay as typed.
- Thai gibberish as Latin: a word in Thai letters that is no Thai (it opens with a vowel or tone mark that
  cannot start a word, or it is no dictionary Thai) and that turns into a catalog code or an English command
  word ("help", "menu", "cancel" …). Thai words stay as typed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import Trie, eng_to_thai, thai_to_eng

from intents.normalise import CODE_PREFIXES

_THAI = re.compile(r"[\u0e00-\u0e7f]")
_CODE = re.compile(r"^[A-Za-z]{2,4}\d{2,3}(?:\.\d{1,2})?[?!.,]?$")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# Keys that are Thai letters on the Thai layout but no part of an English word; a digit counts when
# letters surround it ("8iy[" ครับ), not in a number or a code.
_LAYOUT_MARK = re.compile(
    r"[;\[\]'{}\\<>:\"]|(?<=[A-Za-z])[,./\-=]|[,./\-=](?=[A-Za-z])|(?<=[A-Za-z])\d|\d(?=[A-Za-z])"
)
# A comma or full stop closing an English word ("work,", "ok,", "again.") is punctuation, not ม or ใ on the Thai layout.
_CLOSING_PUNCTUATION = re.compile(r"(?<=[A-Za-z])[,.]$")
_COMBINING = re.compile(r"^[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e30\u0e32\u0e33\u0e45]")
_PARTICLES = frozenset({"ครับ", "ค่ะ", "คะ", "นะ", "จ้ะ", "จ้า", "ครัช", "คับ", "ป่ะ", "มั้ย", "ไหม", "หน่อย", "บ้าง"})
MIN_LETTERS = 3  # shorter Latin words ("ok" is นา) are too easily both


@lru_cache(maxsize=1)
def _dictionary() -> Trie:
    return Trie(set(thai_words()) | _PARTICLES)


def _as_thai(word: str) -> str | None:
    """The Thai ``word`` is on the other layout, if it is dictionary Thai through and through."""
    thai = eng_to_thai(word)
    if _LATIN_LETTER.search(thai) or _COMBINING.match(thai):
        return None
    words = _dictionary()
    pieces = [p for p in word_tokenize(thai, custom_dict=words, engine="newmm") if p.strip()]
    return thai if pieces and all(p in words for p in pieces) else None


_URL_OR_MAIL = re.compile(r"://|^www\.|@|\.(?:com|net|org|go\.th|ac\.th|co\.th|th)\b", re.IGNORECASE)
MIN_MIXED_KEYS = 4  # a slip beside Thai words: four keys at least ("s]yd{ko", "-hv,^]" ข้อมูล)


def _thai_words_beside(text: str) -> str:
    """``text`` (which holds Thai) with each word of Latin gibberish that is surely Thai typed on the English layout
    as that Thai ("DT602 s]yd{ko หลักฐานมีไหม")."""
    words = text.split(" ")
    changed = False
    for i, word in enumerate(words):
        if _THAI.search(word) or _CODE.match(word) or _URL_OR_MAIL.search(word) or not _marked(word) or \
                len(word) < MIN_MIXED_KEYS or not _LATIN_LETTER.search(word):
            continue
        thai = _as_thai(word.rstrip("?!"))
        if thai is not None and all(len(piece) > 1 for piece in word_tokenize(thai, custom_dict=_dictionary())):
            words[i] = thai + word[len(word.rstrip("?!")):]
            changed = True
    return " ".join(words) if changed else text


def _marked(word: str) -> bool:
    """Whether ``word`` carries a key that is a Thai letter on the other layout and no English punctuation."""
    return bool(_LAYOUT_MARK.search(_CLOSING_PUNCTUATION.sub("", word)))


def thai_typed_on_english(text: str) -> str:
    """``text`` as the Thai it was typed for, or ``text`` itself when it is not (surely) that slip."""
    if not _LAYOUT_MARK.search(text):
        return text
    if _THAI.search(text):
        return "\n".join(_thai_words_beside(line) for line in text.split("\n"))
    words = text.split(" ")
    # codes ("DL200": a digit after letters, but no slip), numbers and punctuation stay as typed
    latin = [i for i, w in enumerate(words) if not _CODE.match(w) and _LATIN_LETTER.search(w)]
    marked = [i for i in latin if _marked(words[i])]
    if not marked:
        return text
    thai = {i: _as_thai(words[i]) for i in latin}
    if any(thai[i] is None for i in marked):
        return text  # a word with the slip's marks that is no Thai: not the slip after all
    # The unmarked words too, when every one of them is Thai as well ("list the skills", with a code beside, is English)
    plain = [i for i in latin if i not in marked and len(_LATIN_LETTER.findall(words[i])) >= MIN_LETTERS]
    turned = marked + (plain if all(thai[i] is not None for i in plain) else [])
    for i in turned:
        words[i] = str(thai[i])
    return " ".join(words)


# English words a message may be only of, typed with the Thai layout on (what the bot's commands and short requests
# are in English); longer English is typed knowing the layout.
COMMAND_WORDS = frozenset({
    "help", "menu", "start", "stop", "cancel", "hello", "thanks", "thank", "quiz", "test", "progress", "profile",
    "remind", "reminder", "reminders", "news", "delete", "reset", "pause", "resume", "continue", "next", "back",
    "skip", "yes", "about", "search", "settings", "language", "english", "thai", "score", "result", "results",
})
# Thai letters, and the keys that stay as they are on both layouts ("ฏศระ1จจ" is "DLit100", "ฏศ/จ1" "DL201")
_THAI_WORD = re.compile(r"^(?=.*[\u0e01-\u0e4f].*[\u0e01-\u0e4f])[\u0e01-\u0e59/0-9\-]+$")
_TYPED_CODE = re.compile(rf"^(?:{'|'.join(CODE_PREFIXES)})\d{{3,4}}$", re.IGNORECASE)


def _no_thai(word: str) -> bool:
    """Whether ``word`` (in Thai letters) is no Thai: it opens with a mark no word opens with, or it is not made of
    dictionary words."""
    if _COMBINING.match(word):
        return True
    words = _dictionary()
    return any(p not in words for p in word_tokenize(word, custom_dict=words, engine="newmm") if p.strip())


def _as_latin(word: str) -> str | None:
    """What ``word`` (Thai letters) is on the English layout, when that is a catalog code or a command word."""
    latin = thai_to_eng(word)
    if _TYPED_CODE.match(latin):
        return latin.upper() if latin.upper()[:4] != "DLIT" else "DLit" + latin[4:]
    return latin.lower() if latin.lower() in COMMAND_WORDS else None


def english_typed_on_thai(text: str) -> str:
    """``text`` with each word that is a code or an English command word typed with the Thai layout on ("ฏธุจจ",
    "้ำสย") as that code or word; every other word as typed."""
    if not _THAI.search(text):
        return text
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        for i, word in enumerate(words):
            if len(word) >= 3 and _THAI_WORD.match(word) and (latin := _as_latin(word)) is not None and _no_thai(word):
                words[i] = latin
        out.append(" ".join(words))
    return "\n".join(out)


def retyped(text: str) -> str:
    """``text`` with what was typed on the wrong keyboard layout read as what it was meant to be (both ways)."""
    return english_typed_on_thai(thai_typed_on_english(text))
