"""The action grammar: what a button's ``data`` says, and how a press becomes a question again.

A button press comes back as its ``data`` (a LINE postback, a Telegram callback). Every action is
a short ASCII-led string, fields separated by ":", at most 64 bytes::

    c:CODE                     every meaning of CODE, in every framework      c:DL201
    u:FW:CODE[:ASPECT]         one unit/element/criterion of one framework;    u:std-2567:DL200:evidence
                               ASPECT "criteria" lists every criterion (the "see all" button)
    r:[GROUP]:[PHASE][:VIEW]   role requirements; an empty field is asked     r:Service:Early  r:Service:
                               VIEW: PAGE 2-99 of the units ("ดูเพิ่ม"),      r:Technologist:Mature:2
                               "about" (role, knowledge, experience,          r:Service:Early:about
                               competencies) or "added" (over the phase before) r:Service:Mature:added
                               or one part: knowledge|experience|competencies r:Service:Early:knowledge
    p:[REF][:LEVEL]            PMQA: "" categories, "2" category, "2.1" item,  p:2:Significance  p:4.1.1
                               "2.1.1" question; LEVEL Basic|Advance|Significance
    s:QUERY                    search units by topic                           s:วิเคราะห์ข้อมูล
    i:INTENT[:CODE]            any intent, optionally about one code           i:help  i:quiz_start:DG500
                               (i:phase_info:full: the letter's clauses on the phases in full;
                               i:role_overview:basics.experience: the basic experience every group shares)
    t:TEXT                     free text, understood as if the person typed it t:DL201 ต้องทำอะไร

Flow actions (``parse_flow_action``; the dialog engine's conversations, state in the database).
RUN is the flow run a question belongs to ("a12" self-assessment attempt 12, "z3" knowledge quiz
3, "y7" PMQA check attempt 7) and N the question's index, so a press on a stale button is seen::

    k:y  k:n                   consent to the privacy notice / decline         k:y
    m:g:GROUP  m:p:PHASE       profile: set person group / organisation phase  m:g:Academic
    m:a                        profile: skip the agency question; m:s shows it m:s
    q:s:a[:FW:CODE]            start a self-assessment (no unit: pick one)     q:s:a:std-2567:DL200
    q:s:a:PAGE                 a page (2-99) of the units to pick from         q:s:a:2
    q:s:z[:FW:CODE]            start a knowledge quiz (optionally on a unit)   q:s:z
    q:s:y[:CAT]                start a PMQA 4.0 readiness check (no CAT: pick) q:s:y:1
    q:r:RUN:N:VALUE            answer question N (rating 1-4, choice 0-3,      q:r:a12:3:4
                               PMQA 2 done / 1 partly / 0 not yet)
    q:k:RUN:N  q:b:RUN:N       skip / go back to the previous question         q:k:a12:3
    q:x:RUN    q:c             stop (resume later) / continue the open flow    q:c
    q:d:RUN                    discard the run (after "ยกเลิก" asked to confirm) q:d:a12
    q:p                        my progress                                     q:p
    d:ask  d:yes  d:no         delete my data: ask, confirm, keep              d:yes
    w:s:FW:CODE                set an evidence reminder: ask the date          w:s:std-2567:DL200
    w:y:FW:CODE:YYYY-MM-DD     confirm that reminder                           w:y:std-2567:DL200:2026-12-15
    w:l  w:c:ID                list reminders / cancel deadline ID             w:c:4
    w:a                        cancel every open deadline (after confirming)   w:a
    w:e:FW:CODE  w:x           change the date / drop the reminder being set   w:e:std-2567:DL200
    w:r:FW:CODE:YYYY-MM-DD w:k replace the unit's earlier deadline / keep it   w:r:std-2567:DL200:2026-12-20
    w:d:ID  w:z:ID             evidence sent (no more reminders) / snooze      w:d:4
    w:n:ID:YYYY-MM-DD          snooze deadline ID to that date                 w:n:4:2026-12-22

Every press goes through ``parse_button``, the one validating parser: each field is checked
against the grammar above (codes, run ids, indexes, known groups and phases, PMQA references,
dates within ``MIN_DATE``..``MAX_DATE``), and anything else raises ``ActionError``, which the
engine answers with the polite stale-button reply. Flows then only check meaning (is this run
still the open one, is the date in the future).

Structured actions (all but ``t:``) become an ``Understanding`` with confidence 1 without running
the classifier, so a press is always answered the same way; ``t:`` goes through understanding.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.dialog.limits import word_prefix
from bot.dialog.replies import MAX_BUTTON_DATA_BYTES
from content.synonyms import GROUPS, PHASES
from intents.result import ASPECTS, INTENTS, Candidate, Understanding

KINDS: tuple[str, ...] = ("c", "u", "r", "p", "s", "i", "t")
PMQA_LEVELS: tuple[str, ...] = ("Basic", "Advance", "Significance")
# A role's views besides its pages of units: the entity "aspect" each one asks for.
ROLE_VIEWS: dict[str, str] = {"about": "description", "added": "added", "knowledge": "role_knowledge",
                              "experience": "role_experience", "competencies": "role_competencies"}
# Dates a button may carry: anything outside is forged or corrupt (flows bound them further).
MIN_DATE, MAX_DATE = date(2000, 1, 1), date(2199, 12, 31)

_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,23}")
_FRAMEWORK = re.compile(r"[a-z0-9][a-z0-9.\-]{0,23}")
_PMQA_REF = re.compile(r"(?:[1-9]\d?(?:\.[1-9]\d?){0,2})?")
_RUN = re.compile(r"[a-z][1-9]\d{0,11}")
_INDEX = re.compile(r"0|[1-9]\d{0,3}")
_VALUE = re.compile(r"\d{1,2}")
_ID = re.compile(r"[1-9]\d{0,17}")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")  # 0000-2359
_PAGE = re.compile(r"[1-9]\d?")


class ActionError(ValueError):
    """Button data that does not follow the action grammar."""


@dataclass(frozen=True, slots=True)
class Action:
    kind: str  # one of KINDS
    args: tuple[str, ...]


def _match(pattern: re.Pattern[str], value: str) -> bool:
    return pattern.fullmatch(value) is not None


def _fits_bytes(data: str) -> None:
    if len(data.encode("utf-8")) > MAX_BUTTON_DATA_BYTES:
        raise ActionError(f"over {MAX_BUTTON_DATA_BYTES} bytes")


def parse_action(data: str) -> Action:
    """A question button's data, every field validated; ``ActionError`` when it is not one."""
    _fits_bytes(data)
    kind, sep, rest = data.partition(":")
    if not sep or kind not in KINDS:
        raise ActionError(f"not an action: {data!r}")
    if kind in ("s", "t"):
        args: tuple[str, ...] = (rest,)
    elif kind == "u":
        args = tuple(rest.split(":", 2))
        if (len(args) < 2 or not _match(_FRAMEWORK, args[0]) or not _match(_CODE, args[1])
                or (len(args) == 3 and args[2] not in ASPECTS)):
            raise ActionError(f"bad unit action: {data!r}")
    elif kind == "r":
        args = tuple(rest.split(":", 2))
        if (len(args) < 2 or args[0] not in ("", *GROUPS) or args[1] not in ("", *PHASES)
                or (len(args) == 3 and args[2] not in ROLE_VIEWS and not _match(_PAGE, args[2]))):
            raise ActionError(f"bad role action: {data!r}")
    elif kind == "p":
        args = tuple(rest.split(":", 1)) if rest else ("",)
        if not _match(_PMQA_REF, args[0]) or (len(args) == 2 and args[1] not in PMQA_LEVELS):
            raise ActionError(f"bad PMQA action: {data!r}")
    elif kind == "i":
        args = tuple(rest.split(":", 1))
        if args[0] not in INTENTS or (len(args) == 2 and not _match(_CODE, args[1])):
            raise ActionError(f"bad intent action: {data!r}")
    else:  # "c"
        args = (rest,)
        if not _match(_CODE, rest):
            raise ActionError(f"bad code action: {data!r}")
    if not args[0].strip() and kind in ("s", "t"):
        raise ActionError(f"empty action: {data!r}")
    return Action(kind, args)


# -- encoding -------------------------------------------------------------------------------------
def _fits(data: str) -> bool:
    return len(data.encode("utf-8")) <= MAX_BUTTON_DATA_BYTES


def _cut(prefix: str, text: str) -> str:
    """``prefix + text`` cut at a word boundary to fit the byte limit (a query cut inside a Thai word
    would search for another word)."""
    return prefix + word_prefix(text, lambda t: _fits(prefix + t))


def code_action(code: str) -> str:
    return f"c:{code}"


def node_action(framework: str, code: str, aspect: str | None = None) -> str:
    return f"u:{framework}:{code}" + (f":{aspect}" if aspect else "")


def role_action(group: str | None, phase: str | None, view: str | int | None = None) -> str:
    """``view``: a page number (the first page is the plain action) or a ``ROLE_VIEWS`` name."""
    if view is None or view == 1 or view == "":
        return f"r:{group or ''}:{phase or ''}"
    return f"r:{group or ''}:{phase or ''}:{view}"


def role_view(entities: Mapping[str, Any]) -> str | int | None:
    """The role view an understanding asks for: its page, or the view of its aspect."""
    by_aspect = {aspect: view for view, aspect in ROLE_VIEWS.items()}
    page = entities.get("page")
    return by_aspect.get(str(entities.get("aspect"))) or (page if isinstance(page, int) and page > 1 else None)


def pmqa_action(ref: str | int = "", level: str | None = None) -> str:
    return f"p:{ref}" + (f":{level}" if level else "")


def search_action(query: str) -> str:
    return _cut("s:", query)


def intent_action(intent: str, code: str | None = None) -> str:
    return f"i:{intent}" + (f":{code}" if code else "")


def text_action(text: str) -> str | None:
    """Free text as an action, or None when it does not fit in a button."""
    data = f"t:{text}"
    return data if _fits(data) else None


def candidate_action(candidate: Candidate) -> str:
    """The action that asks exactly what a candidate interpretation means."""
    e = candidate.entities
    codes: list[dict[str, str]] = list(e.get("codes") or [])
    if candidate.intent == "unit_info" and codes:
        first = codes[0]
        aspect = e.get("aspect")
        if aspect and aspect != "overview" and first.get("framework"):
            return node_action(first["framework"], first["code"], aspect)
        return code_action(first["code"])
    if candidate.intent == "search" and e.get("query"):
        return search_action(str(e["query"]))
    if candidate.intent == "role_requirements":
        return role_action(e.get("group"), e.get("phase"), role_view(e))
    if candidate.intent == "pmqa":
        ref = e.get("question") or e.get("item") or e.get("category") or ""
        return pmqa_action(ref, e.get("level"))
    return intent_action(candidate.intent, codes[0]["code"] if codes else None)


# -- decoding -------------------------------------------------------------------------------------
def action_understanding(action: Action, language: str = "th") -> Understanding | None:
    """What a structured action asks, as an Understanding; None for free text (``t:``)."""
    if action.kind == "t":
        return None
    intent, entities = _intent_and_entities(action)
    text = ":".join((action.kind, *action.args))
    return Understanding(text=text, normalised=text, language=language, intent=intent, confidence=1.0,
                         entities=entities)


def _intent_and_entities(action: Action) -> tuple[str, dict[str, Any]]:
    a = action.args
    if action.kind == "c":
        return "unit_info", {"codes": [{"framework": "", "code": a[0]}]}
    if action.kind == "u":
        entities: dict[str, Any] = {"codes": [{"framework": a[0], "code": a[1]}]}
        if len(a) == 3:
            entities["aspect"] = a[2]
        return "unit_info", entities
    if action.kind == "r":
        role: dict[str, Any] = {k: v for k, v in (("group", a[0]), ("phase", a[1])) if v}
        if len(a) == 3 and a[2] in ROLE_VIEWS:
            role["aspect"] = ROLE_VIEWS[a[2]]
        elif len(a) == 3:
            role["page"] = int(a[2])
        return "role_requirements", role
    if action.kind == "p":
        return "pmqa", _pmqa_entities(a)
    if action.kind == "s":
        return "search", {"query": a[0]}
    # "i"
    if a[0] in ("phase_info", "role_overview") and len(a) == 2:
        # i:phase_info:full, the letter's clauses in full; i:role_overview:basics.experience, what every group shares
        return a[0], {"aspect": a[1]}
    return a[0], ({"codes": [{"framework": "", "code": a[1]}]} if len(a) == 2 and a[1] else {})


def _pmqa_entities(args: tuple[str, ...]) -> dict[str, Any]:
    ref = args[0]
    entities: dict[str, Any] = {}
    dots = ref.count(".")
    if ref and dots == 0 and ref.isdigit():
        entities["category"] = int(ref)
    elif dots == 1:
        entities["item"] = ref
        entities["category"] = int(ref.split(".")[0])
    elif dots >= 2:
        entities["question"] = ref
        entities["item"] = ".".join(ref.split(".")[:2])
    if len(args) == 2:
        entities["level"] = args[1]
    return entities


# -- flow actions ---------------------------------------------------------------------------------
# Buttons of the stateful conversations (``bot.dialog.engine``). They are not questions, so they
# stay out of ``parse_action``: the stateless answers treat them as unknown data.
FLOW_KINDS: tuple[str, ...] = ("k", "m", "q", "d", "w")


@dataclass(frozen=True, slots=True)
class FlowAction:
    kind: str  # one of FLOW_KINDS
    args: tuple[str, ...]

    def arg(self, n: int) -> str:
        return self.args[n] if n < len(self.args) else ""


# Each flow action's shapes: after the kind, a tuple of field checks (a set of literal words or a
# pattern); the first field is the verb. A shape matches when every field passes.
_Field = frozenset[str] | re.Pattern[str]
_W = frozenset
_FLOW_SHAPES: dict[str, tuple[tuple[_Field, ...], ...]] = {
    "k": ((_W({"y", "n"}),),),
    "m": ((_W({"g"}),), (_W({"g"}), _W(GROUPS)), (_W({"p"}), _W(PHASES)), (_W({"a"}),), (_W({"s"}),)),
    "q": (
        (_W({"s"}), _W({"a", "z", "y"})),
        (_W({"s"}), _W({"a"}), re.compile(r"[2-9]|[1-9]\d")),  # a page of the units to pick from
        (_W({"s"}), _W({"a", "z"}), _FRAMEWORK, _CODE),
        (_W({"s"}), _W({"y"}), re.compile(r"[1-9]\d?")),
        (_W({"r"}), _RUN, _INDEX, _VALUE),
        (_W({"k"}), _RUN, _INDEX),
        (_W({"b"}), _RUN, _INDEX),
        (_W({"x"}), _RUN),
        (_W({"d"}), _RUN),
        (_W({"c"}),),
        (_W({"p"}),),
    ),
    "d": ((_W({"ask", "yes", "no"}),),),
    "w": (
        (_W({"s", "e"}), _FRAMEWORK, _CODE),
        (_W({"y", "r", "f"}), _FRAMEWORK, _CODE, _ISO_DATE),  # "f": the same request, another framework's code
        (_W({"y", "r", "f"}), _FRAMEWORK, _CODE, _ISO_DATE, _CLOCK),  # a time of day asked for: "1430"
        (_W({"l", "x", "k", "a"}),),
        (_W({"c", "d", "z"}), _ID),
        (_W({"n"}), _ID, _ISO_DATE),
    ),
}


def _passes(check: _Field, value: str) -> bool:
    return value in check if isinstance(check, frozenset) else check.fullmatch(value) is not None


def _date_in_range(value: str) -> bool:
    try:
        return MIN_DATE <= date.fromisoformat(value) <= MAX_DATE
    except ValueError:
        return False


def parse_flow_action(data: str) -> FlowAction | None:
    """A flow button's data, every field validated; None when ``data`` is not a flow action at
    all (another kind), ``ActionError`` when it is one but malformed."""
    kind, sep, rest = data.partition(":")
    if not sep or kind not in FLOW_KINDS:
        return None
    _fits_bytes(data)
    args = tuple(rest.split(":"))
    for shape in _FLOW_SHAPES[kind]:
        if len(shape) == len(args) and all(_passes(check, arg) for check, arg in zip(shape, args, strict=True)):
            if kind == "w" and args[0] in ("y", "r", "f", "n") and not _date_in_range(args[3 if args[0] != "n" else 2]):
                break
            return FlowAction(kind, args)
    raise ActionError(f"bad flow action: {data!r}")


def parse_button(data: str) -> Action | FlowAction:
    """The one parser every button press goes through; ``ActionError`` for anything malformed."""
    flow = parse_flow_action(data)
    return flow if flow is not None else parse_action(data)


def flow_action(kind: str, *args: object) -> str:
    data = ":".join((kind, *(str(a) for a in args)))
    if kind not in FLOW_KINDS or not _fits(data):
        raise ActionError(f"bad flow action: {data!r}")
    return data
