"""What the standards' own terms mean ("หน่วยสมรรถนะคืออะไร", "unit กับ element ต่างกันยังไง"): the OCSC
letter's definitions (clause ๓.๑.๑–๓.๑.๓), quoted as written, and how they map onto the codes people see."""

from __future__ import annotations

from functools import lru_cache

from bot.dialog.actions import node_action
from bot.dialog.answers.common import cite_at
from bot.dialog.limits import button
from bot.dialog.phrases import say
from bot.dialog.replies import Reply
from content.documents import source_lines
from content.parsers.ocsc import SOURCE as LETTER
from intents.lexicon import TERMS_ASKED
from intents.normalise import bare
from intents.result import Understanding

CLAUSES = ("๓.๑.๑", "๓.๑.๒", "๓.๑.๓")  # unit, element, criterion
# What a question about the terms is read as, when no code is written ("unit กับ element ต่างกันยังไง" compares).
READ_AS = ("unknown", "search", "unit_info", "compare", "help")


def asked(u: Understanding) -> bool:
    """Whether ``u`` asks what the standards' own terms mean (no code written: "หน่วยสมรรถนะ DS700" is DS700)."""
    return u.intent in READ_AS and bool(TERMS_ASKED.search(bare(u.text))) and not u.codes_written()


@lru_cache(maxsize=1)
def _definitions() -> tuple[tuple[int, str], ...]:
    """(line, text) of each clause that defines a term, as the letter writes it."""
    found = []
    for clause in CLAUSES:
        number, text = next((n, t.strip()) for n, t in enumerate(source_lines(LETTER), start=1)
                            if t.strip().startswith(clause))
        found.append((number, text))
    return tuple(found)


def answer(language: str) -> list[Reply]:
    definitions = _definitions()
    clauses = say("letter_clause", language, no=f"{CLAUSES[0]}–{CLAUSES[-1]}")
    lines = [say("glossary_intro", language), *(f"• {text}" for _, text in definitions), "",
             say("glossary_codes", language), "", cite_at(LETTER, definitions[0][0], language, clauses)]
    examples = (button("DS700", node_action("std-2567", "DS700")), button("DS701", node_action("std-2567", "DS701")))
    return [Reply("text", "\n".join(lines), examples)]
