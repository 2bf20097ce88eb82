"""Small helpers the flows share: reply builders and the error a malformed button raises.

Exceptions raised on purpose by ``bot.dialog.flows``::

    FlowError           a flow button whose fields make no sense (answered with a polite reply)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.dialog.actions import flow_action
from bot.dialog.flows.wording import say
from bot.dialog.limits import MAX_BUTTONS, button
from bot.dialog.replies import Button, Reply
from intents.commands import undoubled
from intents.dialect import central_thai
from intents.romanized import thai_reading

# A typed yes or no to a yes/no question, after ``fold_short`` (lower case, no particles): ``affirms``, ``denies``.
NO = re.compile(r"^(?:ไม่|ไม่ใช่|ไม่เอา|ไม่ต้อง|no|n|cancel)|^ไม่\S{0,8}แล้ว$", re.IGNORECASE)
_YES_WORDS = r"ยืนยัน|ใช่|ตกลง|โอเค|ok|okay|yes|yep|yeah|sure|confirm|ได้|เอา"
_FILLERS = r"ครับ|คับ|ค้าบ|งับ|ฮะ|ค่ะ|คะ|ค่า|จ้า|จ้ะ|จ๊ะ|นะ|เลย|แล้ว|ด้วย|เถอะ|หมด|ทั้งหมด|please|pls|\s"
_NEGATION = re.compile(r"ไม่|อย่า|\b(?:no|not|don'?t|never)\b", re.IGNORECASE)


def denies(folded: str) -> bool:
    """A typed no to a yes/no question: "ไม่", "ไม่เอาแล้ว", "ยังไม่ลบ แค่ถามเฉยๆ", "no, keep it" (Isan "บ่", "บ่เอา"; in
    Latin letters "mai ao", "mai chai")."""
    folded = central_thai(thai_reading(folded))
    return bool(NO.match(folded) or _NEGATION.search(folded))


def affirms(folded: str, *echo: str, particle_alone: bool = True) -> bool:
    """A typed yes to a yes/no question (``folded`` by ``fold_short``): yes-words, the question's own
    verbs (``echo``: "เปลี่ยน", "ยกเลิก") and particles in any order ("ใช่ เปลี่ยนเลย", "ได้ครับ ยืนยัน",
    "ใช่ครับ ยกเลิกหมดเลย"), or a particle alone ("ครับ", which folds to nothing) unless ``particle_alone``
    is off (deleting data takes a word). Never a message with a no in it."""
    if not folded:
        return particle_alone
    folded = central_thai(thai_reading(folded))  # Isan "แม่นแล้ว" is "ใช่แล้ว", "chai krub" is "ใช่ครับ"
    if denies(folded):
        return False
    words = "|".join([_YES_WORDS, *map(re.escape, echo)])
    return any(re.fullmatch(rf"(?:{words}|{_FILLERS})+", said, re.IGNORECASE) and re.search(words, said, re.IGNORECASE)
               for said in dict.fromkeys((folded, undoubled(folded))))  # "โอเคค", "ตกลงงับบ": stretched


class FlowError(ValueError):
    """Button data of a flow kind whose fields are malformed or unknown."""


def text(message: str, buttons: Iterable[Button] = ()) -> Reply:
    found = tuple(buttons)
    return Reply("buttons" if found else "text", message, found)


@lru_cache(maxsize=4)
def consent_buttons(language: str) -> tuple[Button, ...]:
    """Asked for on every answer until given: built once per language."""
    return (button(say("consent_yes", language), flow_action("k", "y")),
            button(say("consent_no", language), flow_action("k", "n")))


def continue_button(language: str) -> Button:
    return button(say("continue", language), flow_action("q", "c"))


def with_button(replies: list[Reply], extra: Button) -> list[Reply]:
    """``replies`` with ``extra`` added to the last one (or as a reply of its own when it is full)."""
    if replies and len(replies[-1].buttons) < MAX_BUTTONS:
        last = replies[-1]
        kind = "buttons" if last.type == "text" else last.type
        return [*replies[:-1], Reply(kind, last.text, (*last.buttons, extra), last.title, last.fields)]
    return [*replies, Reply("buttons", extra.label, (extra,))]


def as_int(value: str, low: int, high: int) -> int:
    try:
        number = int(value)
    except ValueError as exc:
        raise FlowError(f"not a number: {value!r}") from exc
    if not low <= number <= high:
        raise FlowError(f"{number} outside {low}..{high}")
    return number
