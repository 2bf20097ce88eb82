"""Thai typed with the keyboard still on English: "l;ylfu8iy[" is "สวัสดีครับ" on the Thai (Kedmanee) layout.

A phone or a desktop left on the English layout is a common slip; the person sees Latin gibberish
and usually sends it anyway. A message is read as the Thai it was meant to be only when that is
beyond doubt: it holds no Thai, a word of it carries a character that is a Thai letter on the other
layout (``;`` ว, ``'`` ง, ``[`` บ, ``,`` ม, a digit inside letters …), and every such word turns
into dictionary Thai. Codes ("DL201"), numbers and English words stay as typed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pythainlp.corpus import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import Trie, eng_to_thai

_THAI = re.compile(r"[\u0e00-\u0e7f]")
_CODE = re.compile(r"^[A-Za-z]{2,4}\d{2,3}(?:\.\d{1,2})?[?!.,]?$")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
# Keys that are Thai letters on the Thai layout but no part of an English word; a digit counts when
# letters surround it ("8iy[" ครับ), not in a number or a code.
_LAYOUT_MARK = re.compile(
    r"[;\[\]'{}\\<>:\"]|(?<=[A-Za-z])[,./\-=]|[,./\-=](?=[A-Za-z])|(?<=[A-Za-z])\d|\d(?=[A-Za-z])"
)
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


def thai_typed_on_english(text: str) -> str:
    """``text`` as the Thai it was typed for, or ``text`` itself when it is not (surely) that slip."""
    if _THAI.search(text) or not _LAYOUT_MARK.search(text):
        return text
    words = text.split(" ")
    # codes ("DL200": a digit after letters, but no slip), numbers and punctuation stay as typed
    latin = [i for i, w in enumerate(words) if not _CODE.match(w) and _LATIN_LETTER.search(w)]
    marked = [i for i in latin if _LAYOUT_MARK.search(words[i])]
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
