"""Answers: an ``Understanding`` and the catalog in, platform-neutral replies out (pure functions).

``respond`` routes by intent to one small module per answer kind, sends unknown and low-confidence
understandings to the clarification, and fits the result to the platforms' limits.
``answer_action`` answers a pressed button (see ``bot.dialog.actions`` for the grammar).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import orjson

from bot.dialog.actions import ActionError, action_understanding, parse_action
from bot.dialog.answers import areas, clarify, codes, compare, glossary, offers, pmqa, roles, search, smalltalk
from bot.dialog.limits import fit
from bot.dialog.phrases import say
from bot.dialog.replies import Reply
from content.catalog import Catalog
from intents.recent import Recent
from intents.result import Understanding

__all__ = ["answer_action", "compose", "respond"]


class Answer(Protocol):
    def __call__(self, understanding: Understanding, catalog: Catalog, *, language: str) -> list[Reply]: ...


HANDLERS: dict[str, Answer] = {
    "unit_info": codes.answer,
    "search": search.answer,
    "role_requirements": roles.answer,
    "role_overview": roles.overview,
    "phase_info": roles.phases,
    "compare": compare.answer,
    "pmqa": pmqa.answer,
    "help": smalltalk.answer,
    "greeting": smalltalk.answer,
    "thanks": smalltalk.answer,
    "cancel": smalltalk.answer,
    "unknown": clarify.answer,
    **{intent: offers.answer for intent in offers.INTENTS},
}


def reply_language(understanding: Understanding, language: str | None = None) -> str:
    chosen = language or understanding.language
    return "en" if chosen == "en" else "th"


# The same question gets the same answer (the catalog does not change while the process runs);
# the answers to the last few hundred are kept, ~10 KB each.
RECENT_ANSWERS = 512
_recent: Recent[tuple[Catalog, bytes, str], tuple[Reply, ...]] = Recent(RECENT_ANSWERS)


def _question(u: Understanding) -> bytes:
    """Everything of ``u`` an answer may read, as one comparable value."""
    alternatives = [(c.intent, c.confidence, c.entities) for c in u.alternatives]
    return orjson.dumps((u.text, u.normalised, u.language, u.intent, u.confidence, u.entities, alternatives),
                        option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS, default=str)


def respond(understanding: Understanding, catalog: Catalog, *, language: str | None = None) -> list[Reply]:
    """The replies to one understood message: at most 5, each within the platforms' limits."""
    lang = reply_language(understanding, language)
    key = (catalog, _question(understanding), lang)  # the catalog itself: an id could be reused
    if (known := _recent.get(key)) is None:
        known = tuple(compose(understanding, catalog, language=lang))
        _recent.put(key, known)
    return list(known)


def compose(understanding: Understanding, catalog: Catalog, *, language: str | None = None) -> list[Reply]:
    """The replies worked out afresh (``respond`` remembers them)."""
    lang = reply_language(understanding, language)
    if (unknown := clarify.unknown_command(understanding, lang)) is not None:
        return unknown
    if glossary.asked(understanding):  # "หน่วยสมรรถนะคืออะไร": the letter's definitions, on a first message too
        replies = glossary.answer(lang)
    elif areas.asked_by(understanding, catalog):  # "ทักษะดิจิทัลมีกี่ด้าน", "DLit มีหน่วยอะไรบ้าง": the areas
        replies = areas.answer(understanding.text, catalog, lang)
    elif clarify.needs_clarification(understanding):
        replies = clarify.answer(understanding, catalog, language=lang)
    else:
        handler = HANDLERS.get(understanding.intent, clarify.answer)
        replies = handler(understanding, catalog, language=lang)
    return fit(replies, say("truncated", lang))


def answer_action(data: str, catalog: Catalog, *, language: str = "th",
                  understand: Callable[[str], Understanding] | None = None) -> list[Reply]:
    """The replies to a pressed button. Free-text actions (``t:``) go through ``understand``
    (``intents.understand`` by default); data that is not an action gets the help reply."""
    try:
        action = parse_action(data)
    except ActionError:
        return fit([smalltalk.help_reply(language, say("not_understood", language))])
    understanding = action_understanding(action, language)
    if understanding is None:
        if understand is None:
            from intents import understand as default_understand

            understand = default_understand
        understanding = understand(action.args[0])
    return respond(understanding, catalog, language=language)
