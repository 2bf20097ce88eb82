"""Evidence-deadline reminders in chat: set (confirm, change the date, cancel), replace-or-keep,
list, "ส่งแล้ว" (done) and "เลื่อน" (snooze), and the message the worker sends when one falls due.

Only rows are written here (``Reminders.set_deadline`` plans 7 days, 1 day before and the day,
09:00 Bangkok); the worker sends them. Steps kept in the conversation state (flow "reminder"):
``unit`` (a date, waiting for the unit), ``date`` (a unit, waiting for the date), ``confirm``,
``replace`` (a second deadline for the same unit), ``snooze`` (a new date for a deadline).
A message that names another unit always starts afresh: nothing from an earlier prompt is carried.

A deadline is for what the person named: a unit ("DS700") or one of its elements ("DS703"). The
deadline row's ``unit_code`` (and the state's ``unit``) holds that code; the unit is looked up from
the catalog wherever only units have something (the evidence list, the self-assessment).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

from bot.dialog.actions import flow_action, node_action
from bot.dialog.answers.common import detail_lines, short_framework
from bot.dialog.flows.common import FlowError, affirms, denies, text
from bot.dialog.flows.context import Ctx, State
from bot.dialog.flows.wording import say
from bot.dialog.limits import MAX_BUTTONS, MAX_LABEL_CHARS, button
from bot.dialog.replies import Button, Reply
from bot.dialog.thaidate import show_date
from content.catalog import Catalog
from content.model import Element, Unit
from intents.commands import fold_short
from intents.dates import ImpossibleDate, day_moved, parse_due, past_date, shifted, time_of_day
from intents.lexicon import MOVE_DATE, REPEATING, RESCHEDULE
from intents.normalise import bare
from intents.result import Understanding
from storage import Reminders, ReminderStatus
from storage.models import EvidenceDeadline
from storage.repos.reminders import DEFAULT_OFFSETS, LOCAL_TZ, REMIND_AT, reminder_time

PRESET_DAYS = (7, 14, 30)
SNOOZE_DAYS = (3, 7, 14)
# Evidence deadlines are weeks or months away; a date further than this is a typo or a forgery.
MAX_DAYS_AHEAD = 3 * 366
MAX_EVIDENCE_LINES = 12
# A message of a date and this many words at most is a date typed on its own ("15 ธันวา 2569").
DATE_ALONE_WORDS = 4
_KEEP = re.compile(r"^(?:คง|ใช้|เอา)(?:วัน(?:ที่)?)?เดิม|^คงวันที่|^ไม่(?:ต้อง)?เปลี่ยน|^keep", re.IGNORECASE)
# "เอ้ย ไม่ใช่ DS700 เป็น DS701", "หมายถึง DG300", "sorry, I meant DL200": the unit of the request waiting, corrected.
_CORRECTS_UNIT = re.compile(r"ไม่ใช่|ไม่ใช้|เอ้ย|เอ๊ย|เอ่ย|อุ๊ย|พิมพ์ผิด|หมายถึง|(?:แก้|เปลี่ยน)(?:เป็น|หน่วย)|แทน|"
                            r"\b(?:not|i meant?|sorry|actually|instead|oops|wrong)\b", re.IGNORECASE)
_CHANGE_DATE = re.compile(r"แก้วัน|เปลี่ยนวัน|change( the)? date|another date", re.IGNORECASE)
_REPEATING = REPEATING
# "เตือนล่วงหน้ากี่วัน", "เตือนตอนไหน": how reminders are sent.
_ASKS_WHEN = re.compile(r"ล่วงหน้ากี่|กี่วัน|กี่ครั้ง|กี่โมง|เตือน(?:ตอน|เมื่อ|วัน)(?:ไหน|ไร|ใด)|เวลา\s?(?:ไหน|ใด|อะไร)|"
                        r"how (?:many days|often|early)|when (?:will|do) (?:you|i get)|what time", re.IGNORECASE)
# "ยกเลิกเตือนทั้งหมด", "ลบการเตือนทุกอัน": every open reminder, asked once before.
ALL = re.compile(r"ทั้งหมด|ทุก\s?(?:อัน|รายการ|ตัว|หน่วย|เรื่อง)|\ball\b|every", re.IGNORECASE)


def today(ctx: Ctx) -> date:
    return ctx.now.astimezone(LOCAL_TZ).date()


def _message(u: Understanding) -> str:
    """The text dates are read from: normalised (Thai digits → Arabic) when available."""
    return u.normalised or u.text


def _folded(message: str) -> str:
    """Lower case, single spaces, no trailing punctuation or polite particles ("ยืนยันครับ" → "ยืนยัน")."""
    return fold_short(message)


def _title(node: Unit | Element, language: str) -> str:
    return (node.title_en or node.title_th) if language == "en" else node.title_th


def named(catalog: Catalog, framework: str, code: str) -> Unit | Element | None:
    """The unit or element a deadline can be set for; None for any other code."""
    node = catalog.get(framework, code)
    return node if isinstance(node, Unit | Element) else None


def unit_named(catalog: Catalog, framework: str, code: str) -> Unit | None:
    """The unit a deadline's code belongs to (the unit itself, or an element's); None for any other code."""
    node = named(catalog, framework, code)
    return catalog.unit_of(node) if node is not None else None


def subject(catalog: Catalog, framework: str, code: str, language: str) -> str:
    """What a deadline is for, as the sentences name it: "หน่วย DS700", or an element with its title
    and unit ("สมรรถนะย่อย DS703 วิเคราะห์… (หน่วย DS700)")."""
    node = named(catalog, framework, code)
    if isinstance(node, Element):
        return say("reminder_element", language, code=node.code, title=_title(node, language), unit=node.unit_code)
    return say("reminder_unit", language, code=code)


# -- asking and confirming -------------------------------------------------------------------


async def ask_date(ctx: Ctx, framework: str, code: str) -> list[Reply]:
    await ctx.set_state("reminder", "date", {"fw": framework, "unit": code})
    buttons = [button(say("in_days", ctx.language, n=n),
                      flow_action("w", "y", framework, code, (today(ctx) + timedelta(days=n)).isoformat()))
               for n in PRESET_DAYS]
    return [text(say("reminder_ask_date", ctx.language, what=subject(ctx.catalog, framework, code, ctx.language)),
                 buttons)]


def read_date(ctx: Ctx, message: str, moving: date | None = None) -> tuple[date | None, list[Reply] | None]:
    """The date a message names, or a Thai (or English) reply saying why it cannot be used:
    no such day ("31 ก.พ. 2570"), already past ("เมื่อวาน", a year gone by), or years away. A day named alone
    for a date being moved (``moving``) is that day in its month ("วันที่ 20" for 15 ม.ค.: 20 ม.ค., not 20 ธ.ค.)."""
    try:
        due = parse_due(message, now=ctx.now)
        if due is not None and moving is not None:
            due = day_moved(message, moving, now=ctx.now) or due
    except ImpossibleDate as exc:
        # the month's last day as the example ("31 เม.ย. 70" → 30 เม.ย. 2570), the day most likely meant
        last = exc.last_day(today(ctx))
        example = show_date(last, ctx.language) if last is not None and last >= today(ctx) else \
            say("date_example", ctx.language)
        return None, [text(say("date_impossible", ctx.language, written=exc.written, example=example))]
    problem = _out_of_range(ctx, due) if due is not None else None
    if due is None and (past := past_date(message, now=ctx.now)) is not None:
        problem = _out_of_range(ctx, past)
    return due, problem


def names_a_date(ctx: Ctx, u: Understanding) -> bool:
    """Whether the message is a date alone: a day written with its number ("15 ธันวา", "3/3/2570"), at
    most a few words in all; "วันนี้" in a question about something else is not one."""
    message = _message(u)
    if not any(ch.isdigit() for ch in message) or len(message.split()) > DATE_ALONE_WORDS:
        return False  # the cheap tests first: reading a date can take milliseconds
    try:
        found = parse_due(message, now=ctx.now) or past_date(message, now=ctx.now)
    except ImpossibleDate:
        return True  # "31 ก.พ. 2570": the reminder flow says why it cannot be used
    return found is not None


def _out_of_range(ctx: Ctx, due: date) -> list[Reply] | None:
    now = today(ctx)
    if due <= now:  # (today: "วันนี้", "สิ้นเดือน" on its last day; saying it has passed was wrong)
        key = "reminder_today_date" if due == now else "reminder_past_date"
        return [text(say(key, ctx.language, date=show_date(due, ctx.language)))]
    if due > now + timedelta(days=MAX_DAYS_AHEAD):
        return [text(say("reminder_too_far", ctx.language, years=MAX_DAYS_AHEAD // 366))]
    return None


def _when(due: date, now: datetime, lang: str, at: time | None = None) -> str:
    """The reminders that will go out for ``due``, said as the confirmation says them ("เตือนก่อน 7 วัน 1 วัน และในวันนั้น
    เวลา 14:30 น." when a time was asked); those already past are not promised (a deadline tomorrow gets the day
    before and the day)."""
    ahead = [o for o in DEFAULT_OFFSETS if reminder_time(due, o, at or REMIND_AT) > now]
    parts = []
    if days := [o for o in ahead if o > 0]:
        listed = (" and ".join(map(str, days)) + (" day" if days == [1] else " days")) if lang == "en" else \
            " ".join(f"{d} วัน" for d in days)
        parts.append(say("reminder_when_before", lang, days=listed))
    if 0 in ahead:
        parts.append(say("reminder_when_day", lang))
    if not parts:
        return say("reminder_when_none", lang)
    when = say("reminder_when", lang, parts=say("reminder_when_and", lang).join(parts))
    return f"{when} {_said_at(at, lang)}" if at is not None else when


def read_time(message: str) -> time | None:
    """The time of day a message asks its reminders for ("บ่ายสอง", "14:30 น."), if any."""
    return time_of_day(message)[0]


def _said_at(at: time, lang: str) -> str:
    """"เวลา 14:30 น.": the time of day the reminders go out, as the replies say it."""
    return say("reminder_at", lang, at=at.strftime("%H:%M"))


def _at(value: object) -> time | None:
    """A time kept in a step's data or a button ("1430"); None for none or anything else."""
    written = str(value or "")
    if not (len(written) == 4 and written.isdigit()):
        return None
    try:
        return time(int(written[:2]), int(written[2:]))
    except ValueError:
        return None


def _at_args(at: time | None) -> tuple[str, ...]:
    """The time as a button's last argument ("1430": a button's parts are separated by colons)."""
    return (at.strftime("%H%M"),) if at is not None else ()


def _with_at(data: dict[str, Any], at: time | None) -> dict[str, Any]:
    return {**data, "at": _at_args(at)[0]} if at is not None else data


async def confirm(ctx: Ctx, framework: str, code: str, due: date, at: time | None = None) -> list[Reply]:
    if (problem := _out_of_range(ctx, due)) is not None:
        return problem
    waiting = _awaiting_yes(ctx)
    if waiting is None or waiting[:2] == (framework, code):
        existing = await _deadline_of(ctx, framework, code)
        if existing is not None and existing.due_date != due:
            # a unit that has a deadline ("แก้วันที่" on it, then a date): asked once, as a change of that date (a
            # confirmation to set it came first, then this question; answering only the first lost the change)
            return await _ask_replace(ctx, existing, due, at)
    lang = ctx.language
    note, earlier = _unconfirmed(ctx, framework, code, due)
    await ctx.set_state("reminder", "confirm", _with_at({"fw": framework, "unit": code, "due": due.isoformat()}, at))
    what = subject(ctx.catalog, framework, code, lang)
    asked = say("reminder_confirm", lang, what=what, date=show_date(due, lang), when=_when(due, ctx.now, lang, at))
    yes = flow_action("w", "y", framework, code, due.isoformat(), *_at_args(at))
    # a code of two frameworks: which one this is, said, and the other a press away (the 2567 one was taken unsaid)
    others = twins(ctx.catalog, framework, code)
    which = say("reminder_which_framework", lang, code=code, chosen=short_framework(framework, lang),
                others=", ".join(short_framework(fw, lang) for fw in others)) if others else ""
    switch = tuple(button(say("reminder_use_framework", lang, framework=short_framework(fw, lang)),
                          flow_action("w", "f", fw, code, due.isoformat(), *_at_args(at))) for fw in others)
    return [text("\n\n".join(filter(None, (note, asked, which))),
                 (button(say("confirm", lang), yes),
                  button(say("reminder_change_date", lang), flow_action("w", "e", framework, code)),
                  button(say("reminder_cancel_button", lang), flow_action("w", "x")), *switch, *earlier))]


def _awaiting_yes(ctx: Ctx) -> tuple[str, str, date, time | None] | None:
    """The request (framework, code, due, time of day) whose confirmation is waiting, if any."""
    state = ctx.state
    if state is None or state.flow != "reminder" or state.step != "confirm":
        return None
    fw, unit, due = state.data.get("fw"), state.data.get("unit"), state.data.get("due")
    return (str(fw), str(unit), date.fromisoformat(due), _at(state.data.get("at"))) if fw and unit and due else None


def _unconfirmed(ctx: Ctx, framework: str, code: str, due: date) -> tuple[str, tuple[Button, ...]]:
    """A request still waiting for "ยืนยัน" when another arrives is never dropped unsaid: the same
    unit's new date replaces it (one deadline a unit), another unit's keeps a button to set it too."""
    waiting = _awaiting_yes(ctx)
    if waiting is None or waiting[:3] == (framework, code, due):
        return "", ()
    fw, unit, pending, at = waiting
    lang, when = ctx.language, show_date(pending, ctx.language)
    if at is not None:  # the time asked is said and kept with it, not dropped by the "set it too" button
        when = f"{when} {_said_at(at, lang)}"
    if (fw, unit) == (framework, code):
        return say("reminder_replaces_unconfirmed", lang, date=when), ()
    what = subject(ctx.catalog, fw, unit, lang)
    return (say("reminder_unconfirmed", lang, what=what, date=when, code=unit),
            (button(say("reminder_set_earlier", lang, code=unit),
                    flow_action("w", "y", fw, unit, pending.isoformat(), *_at_args(at))),))


async def _set(ctx: Ctx, framework: str, code: str, due: date, at: time | None = None, *,
               replace: bool = False) -> list[Reply]:
    """Store the deadline (reminders at ``at`` when a time was asked), unless another date for the same unit
    (or element) exists: then ask first."""
    if (problem := _out_of_range(ctx, due)) is not None:
        return problem
    lang, repo = ctx.language, Reminders(ctx.session)
    what = subject(ctx.catalog, framework, code, lang)
    existing = await _deadline_of(ctx, framework, code)
    if existing is not None and existing.due_date != due and not replace:
        return await _ask_replace(ctx, existing, due, at)
    deadline = await repo.set_deadline(ctx.user.id, framework, code, due, now=ctx.now, at=at,
                                       campaign_id=existing.campaign_id if existing is not None else None)
    waiting = _awaiting_yes(ctx)
    if waiting is not None and waiting[:2] == (framework, code):
        waiting = None  # the request just set was the one waiting
    if ctx.state and ctx.state.flow == "reminder" and waiting is None:
        await ctx.clear_state()
    if waiting is None:  # what comes next ("ยังไม่ได้ทำเลย") is about this unit
        unit = unit_named(ctx.catalog, framework, code)
        ctx.next_state = ("topic", "", {"intent": "reminder_set", "codes": [unit.code if unit else code]})
    # a code of two frameworks: the one set is named ("หน่วย DL200 (ก.พ. 2561)"), as the confirmation said it
    named_as = f"{what} ({short_framework(framework, lang)})" if twins(ctx.catalog, framework, code) else what
    done_text = say("reminder_set", lang, what=named_as, date=show_date(due, lang))
    if deadline.remind_at is not None:
        done_text += f" ({_said_at(deadline.remind_at, lang)})"
    done = [text(done_text, next_steps(ctx.catalog, deadline, lang))]
    # An earlier request set from the newer one's reply: the newer one still waits for its "ยืนยัน".
    return done + (await confirm(ctx, *waiting) if waiting is not None else [])


async def _ask_replace(ctx: Ctx, existing: EvidenceDeadline, due: date, at: time | None) -> list[Reply]:
    """A new date for a unit (or element) that has one: change it, or keep it?"""
    lang, framework, code = ctx.language, existing.framework, existing.unit_code
    await ctx.set_state("reminder", "replace", _with_at({"fw": framework, "unit": code, "due": due.isoformat()}, at))
    old, new = show_date(existing.due_date, lang), show_date(due, lang)
    return [text(say("reminder_replace_ask", lang, what=subject(ctx.catalog, framework, code, lang), old=old, new=new),
                 (button(say("reminder_replace", lang, date=new),
                         flow_action("w", "r", framework, code, due.isoformat(), *_at_args(at))),
                  button(say("reminder_keep", lang, date=old), flow_action("w", "k"))))]


async def _deadline_of(ctx: Ctx, framework: str, code: str) -> EvidenceDeadline | None:
    return next((d for d in await Reminders(ctx.session).deadlines_for(ctx.user.id)
                 if d.framework == framework and d.unit_code == code), None)


def next_steps(catalog: Catalog, deadline: EvidenceDeadline, language: str) -> tuple[Button, ...]:
    """What one does after setting a reminder: see them all, change its date, undo it, prepare the evidence
    (the unit's evidence list where the documents give one, else its self-assessment: an element's
    deadline leads to its unit's, as only units have these)."""
    framework, code = deadline.framework, deadline.unit_code
    buttons = [button(say("reminder_list_button", language), flow_action("w", "l")),
               button(say("reminder_change_date", language), flow_action("w", "e", framework, code)),
               button(say("reminder_cancel_this", language), flow_action("w", "c", deadline.id))]
    unit = unit_named(catalog, framework, code)
    if unit is not None and unit.details.get("evidence"):
        buttons.append(button(say("reminder_evidence_of", language, code=unit.code),
                              node_action(framework, unit.code, "evidence")))
    elif unit is not None and unit.criteria:
        buttons.append(button(say("reminder_assess", language, code=unit.code),
                              flow_action("q", "s", "a", framework, unit.code)))
    return tuple(buttons)


def where_to_start(catalog: Catalog, code: str, language: str) -> list[Reply] | None:
    """"ยังไม่ได้ทำเลย" about a unit just shown or given a deadline: the steps to prepare its evidence
    (what to submit, a self-assessment against its criteria, what to know), each a press away; None
    when the code names no unit with criteria or evidence."""
    units = [catalog.unit_of(n) for n in catalog.find(code)]
    units = [u for u in units if u is not None and (u.criteria or u.details.get("evidence"))]
    units.sort(key=lambda u: not u.details.get("evidence"))  # the detailed standard's unit first
    if not units:
        return None
    unit = units[0]
    steps: list[str] = []
    buttons: list[Button] = []
    if unit.details.get("evidence"):
        steps.append(say("start_evidence", language, code=unit.code))
        buttons.append(button(say("reminder_evidence_of", language, code=unit.code),
                              node_action(unit.framework, unit.code, "evidence")))
    if unit.criteria:
        steps.append(say("start_assess", language, code=unit.code, n=len(unit.criteria)))
        buttons.append(button(say("reminder_assess", language, code=unit.code),
                              flow_action("q", "s", "a", unit.framework, unit.code)))
    if unit.details.get("knowledge"):
        steps.append(say("start_knowledge", language, code=unit.code))
        buttons.append(button(say("start_knowledge_button", language),
                              node_action(unit.framework, unit.code, "knowledge")))
    lines = [say("start_lead", language, code=unit.code, title=unit.title_th),
             *(f"{n}. {step}" for n, step in enumerate(steps, 1))]
    return [text("\n".join(lines), tuple(buttons))]


async def evidence_sent(ctx: Ctx, code: str) -> list[Reply] | None:
    """"ส่งหลักฐาน DS700 แล้วค่ะ" with an open reminder for that unit (or an element of it): asked once,
    the press stops its reminders; None when no open reminder is about it."""
    _, open_ = await reminder_lines(ctx)
    mine = [d for d in open_ if code == d.unit_code or
            ((unit := unit_named(ctx.catalog, d.framework, d.unit_code)) is not None and unit.code == code)]
    if not mine:
        return None
    what = subject(ctx.catalog, mine[0].framework, mine[0].unit_code, ctx.language)
    buttons = [button(say("reminder_done_button", ctx.language), flow_action("w", "d", d.id)) for d in mine[:1]]
    buttons.append(button(say("reminder_list_button", ctx.language), flow_action("w", "l")))
    return [text(say("reminder_sent_ask", ctx.language, what=what,
                     date=show_date(mine[0].due_date, ctx.language)), tuple(buttons))]


async def which_evidence(ctx: Ctx) -> list[Reply]:
    """"ฉันต้องส่งหลักฐานอะไรบ้าง" naming no unit: evidence is set per unit, so the units it can be about
    (those with a reminder first, then those whose documents list evidence), each a press away."""
    lang = ctx.language
    _, open_ = await reminder_lines(ctx)
    lines = [say("evidence_per_unit", lang)]
    units: list[Unit] = []
    for deadline in open_:
        unit = unit_named(ctx.catalog, deadline.framework, deadline.unit_code)
        if unit is not None and unit not in units:
            units.append(unit)
            lines.append(say("evidence_reminded", lang, code=unit.code, date=show_date(deadline.due_date, lang)))
    documented = [u for u in ctx.catalog.units if u.details.get("evidence") and u not in units]
    buttons = [button(say("reminder_evidence_of", lang, code=u.code),
                      node_action(u.framework, u.code, "evidence") if u.details.get("evidence")
                      else node_action(u.framework, u.code))
               for u in [*units, *documented]][:MAX_BUTTONS]
    if documented:
        lines.append(say("evidence_documented", lang, codes=" · ".join(u.code for u in documented)))
    return [text("\n".join(lines), tuple(buttons))]


# -- the entry points the engine calls -------------------------------------------------------


def _targets(ctx: Ctx, u: Understanding, prefer: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """The unit or element each code of the message names, in order (a criterion stands for its element)."""
    found: list[tuple[str, str]] = []
    for entry in u.entities.get("codes") or []:
        # the framework the message named ("DS600 ของ ก.พ. 2561"), else the person's own (``_own_frameworks``), else
        # the first that has the code (the other is said beside the confirmation, a press away: ``twins``)
        framework = (prefer or {}).get(str(entry["code"])) or entry.get("framework")
        exact = ctx.catalog.get(framework, entry["code"]) if framework else None
        for node in (exact,) if exact is not None else ctx.catalog.find(entry["code"])[:1]:
            target = node if isinstance(node, Unit | Element) else ctx.catalog.parent(node) or ctx.catalog.unit_of(node)
            if target is not None and not any(code == target.code for _, code in found):
                found.append((target.framework, target.code))
    return found


def twins(catalog: Catalog, framework: str, code: str) -> list[str]:
    """The other frameworks that have a unit or element of the same code (DS700 is in both the 2567 standard and
    the OCSC letter), for a deadline to say which one it is for."""
    return [node.framework for node in catalog.find(code)
            if node.framework != framework and node.code == code and isinstance(node, Unit | Element)]


def _named_from(ctx: Ctx, u: Understanding, prefer: dict[str, str] | None = None) -> tuple[str, str] | None:
    """The first unit or element the message names."""
    return next(iter(_targets(ctx, u, prefer)), None)


async def _own_frameworks(ctx: Ctx, u: Understanding) -> dict[str, str]:
    """For each code of two frameworks the message names without one, the framework that is the person's: that of
    their reminder for it ("เลื่อน DG300 เป็นวันที่ 20" moves the one set, not a new one in the other framework), else
    that of their role's units (whose lists are the OCSC letter's)."""
    named: dict[str, set[str]] = {}  # each code's frameworks as read ("DS700" alone: each that has it)
    for entry in u.entities.get("codes") or []:
        named.setdefault(str(entry["code"]), set()).add(str(entry.get("framework") or ""))
    codes = {code for code, frameworks in named.items()
             if len(frameworks) != 1 or "" in frameworks
             if len({n.framework for n in ctx.catalog.find(code)}) > 1}
    if not codes or not ctx.consented:
        return {}
    own = {d.unit_code: d.framework for d in reversed(await Reminders(ctx.session).deadlines_for(ctx.user.id))
           if d.unit_code in codes}
    group, phase = ctx.user.profile_group, ctx.user.profile_phase
    if group and phase and codes - own.keys():
        role = {(unit.framework, unit.code) for unit in ctx.catalog.units_for_role(phase, group)}
        for code in sorted(codes - own.keys()):
            for node in ctx.catalog.find(code):
                unit = node if isinstance(node, Unit) else ctx.catalog.unit_of(node)
                if (node.framework, unit.code) in role:
                    own[code] = node.framework
                    break
    return own


def _other_named(ctx: Ctx, u: Understanding, current: tuple[object, object]) -> tuple[str, str] | None:
    """The last unit or element the message names other than ``current`` (the one corrected)."""
    others = [target for target in _targets(ctx, u) if target[1] != current[1]]
    return others[-1] if others else None


async def from_intent(ctx: Ctx, u: Understanding) -> list[Reply]:
    """"เตือนส่งหลักฐาน DS700 วันที่ 15 ธ.ค.", "ช่วยเตือนพรุ่งนี้", "การเตือนของฉัน" …"""
    code_written = bool(u.codes_written())
    if u.intent == "reminder_cancel" and ALL.search(u.text) and not code_written:
        return await ask_cancel_all(ctx)  # every one, even right after a unit (no code written)
    own = await _own_frameworks(ctx, u)
    if u.intent == "reminder_cancel" and (target := _named_from(ctx, u, own)) is not None:
        return await cancel_unit(ctx, *target)
    if u.intent == "reminder_cancel" and (on := _message_date(ctx, u)) is not None:
        return await cancel_on(ctx, on)
    if u.intent in ("reminder_list", "reminder_cancel"):
        return await list_reminders(ctx)
    # Read at the conversation's clock (the classifier's entity uses the wall clock).
    due, problem = read_date(ctx, _message(u))
    if problem is not None:
        if (named_unit := _named_from(ctx, u, own)) is not None:
            # "ตั้งเตือน DS701 วันที่ 31 เมย" refused: the next date ("งั้น 30 เมย") is for the same unit
            await ctx.set_state("reminder", "date", {"fw": named_unit[0], "unit": named_unit[1]})
        return problem
    if due is None and u.entities.get("due"):
        due = date.fromisoformat(u.entities["due"])
    if due is None and _ASKS_WHEN.search(u.text) and not code_written:
        # "เตือนล่วงหน้ากี่วัน": how the reminders are sent, not a request for one
        return [text(say("reminder_schedule", ctx.language, at=REMIND_AT.strftime("%H:%M")),
                     (button(say("reminder_list_button", ctx.language), flow_action("w", "l")),))]
    unit = _named_from(ctx, u, own)
    if _REPEATING.search(bare(u.text)):
        # "เตือนทุกวันจันทร์", "remind me every week": no repeating reminders; said so, and the deadline asked for,
        # not a one-off on the next Monday set as if that had been asked (no unit named: which one, after the note)
        note = text(say("reminder_no_repeat", ctx.language, at=REMIND_AT.strftime("%H:%M")))
        if unit is None:
            return [note, text(say("reminder_need_unit", ctx.language))]
        return [note, *await ask_date(ctx, *unit)]
    moving = bool(u.entities.get("move") or MOVE_DATE.search(bare(u.text)) or RESCHEDULE.search(bare(u.text)))
    if unit is None and due is not None and ctx.consented and moving:
        deadlines = await Reminders(ctx.session).deadlines_for(ctx.user.id)
        if len(deadlines) == 1:  # "แก้เป็นวันที่ 5 ก.พ. 70" with one reminder set: that one moved
            unit = (deadlines[0].framework, deadlines[0].unit_code)
    if unit is None:
        if due is None:
            if ctx.state and ctx.state.flow == "reminder":
                await ctx.clear_state()
            return [text(say("reminder_need_unit", ctx.language))]
        await ctx.set_state("reminder", "unit", {"due": due.isoformat()})
        return [text(say("reminder_need_unit_for", ctx.language, date=show_date(due, ctx.language)))]
    at = read_time(_message(u))
    if due is None and at is not None:  # "เปลี่ยนเวลาเตือน DS700 เป็นบ่ายสาม": the same date, another time
        existing = next((d for d in await Reminders(ctx.session).deadlines_for(ctx.user.id)
                         if (d.framework, d.unit_code) == unit), None)
        if existing is not None:
            return await _set(ctx, *unit, existing.due_date, at, replace=True)
    if due is None:
        return await ask_date(ctx, *unit)
    # (another date "instead", "เตือน DL200 ขอเป็นวันที่ 5 มี.ค. แทน", moves it too: one question, not "set it?" first)
    if moving:
        deadlines = await Reminders(ctx.session).deadlines_for(ctx.user.id)
        existing = next((d for d in deadlines if (d.framework, d.unit_code) == unit), None)
        inside = [d for d in deadlines
                  if (of := unit_named(ctx.catalog, d.framework, d.unit_code)) and of.code == unit[1]]
        if existing is None and not u.codes_written() and len(inside) == 1:
            existing = inside[0]  # the conversation's unit, and the one deadline set for an element of it (DL201)
            unit = (existing.framework, existing.unit_code)
        if existing is not None:
            # "เลื่อนเป็น…", "ขอเลื่อน DS700 เป็น 20 ธ.ค.": the one question is the old date → the new one; "เลื่อน 2 วัน"
            # moves the reminder's own date, not today's
            later = shifted(_message(u), existing.due_date) or day_moved(_message(u), existing.due_date, now=ctx.now)
            return await _set(ctx, *unit, later or due, at)
    return await confirm(ctx, *unit, due, at)


async def cancel_unit(ctx: Ctx, framework: str, code: str) -> list[Reply]:
    """"ยกเลิกเตือน DS700": that unit's (or element's) open deadline is cancelled and said so; with none, the list."""
    repo = Reminders(ctx.session)
    found = [d for d in await repo.deadlines_for(ctx.user.id) if d.unit_code == code]
    same = [d for d in found if d.framework == framework] or found
    if len(same) != 1:
        return await list_reminders(ctx)
    await repo.cancel_deadline(same[0].id)
    what = subject(ctx.catalog, same[0].framework, code, ctx.language)
    return [text(say("reminder_cancelled", ctx.language, what=what),
                 (button(say("reminder_list_button", ctx.language), flow_action("w", "l")),))]


def _message_date(ctx: Ctx, u: Understanding) -> date | None:
    """The day a message names, read at the conversation's clock (the classifier's entity, else nothing)."""
    if not u.entities.get("due"):
        return None
    due, problem = read_date(ctx, _message(u))
    return due if problem is None and due is not None else date.fromisoformat(u.entities["due"])


async def cancel_on(ctx: Ctx, day: date) -> list[Reply]:
    """"ยกเลิกเตือนวันที่ 15 ธ.ค.": the one open deadline due that day is cancelled and said so; with none or several,
    the list (with a cancel button each)."""
    repo = Reminders(ctx.session)
    due = [d for d in await repo.deadlines_for(ctx.user.id) if d.due_date == day]
    if len(due) != 1:
        return await list_reminders(ctx)
    await repo.cancel_deadline(due[0].id)
    what = subject(ctx.catalog, due[0].framework, due[0].unit_code, ctx.language)
    return [text(say("reminder_cancelled", ctx.language, what=what),
                 (button(say("reminder_list_button", ctx.language), flow_action("w", "l")),))]


async def ask_cancel_all(ctx: Ctx) -> list[Reply]:
    """"ยกเลิกเตือนทั้งหมด": which ones, and a confirmation first (``w:a`` or a typed "ยืนยัน")."""
    _, open_ = await reminder_lines(ctx)
    if not open_:
        return [text(say("reminder_none", ctx.language))]
    await ctx.set_state("reminder", "cancel_all", {})
    codes = " · ".join(dict.fromkeys(d.unit_code for d in open_))
    return [text(say("reminder_cancel_all_ask", ctx.language, n=len(open_), codes=codes),
                 (button(say("reminder_cancel_all", ctx.language), flow_action("w", "a")),
                  button(say("reminder_keep_all", ctx.language), flow_action("w", "k"))))]


async def _cancel_all(ctx: Ctx) -> list[Reply]:
    _, open_ = await reminder_lines(ctx)
    repo = Reminders(ctx.session)
    for deadline in open_:
        await repo.cancel_deadline(deadline.id)
    if ctx.state and ctx.state.flow == "reminder":
        await ctx.clear_state()
    return [text(say("reminder_cancelled_all", ctx.language, n=len(open_)))]


YES_NO_STEPS = ("confirm", "replace", "cancel_all")  # questions answered yes or no: they lapse when not answered


def cancel_is_the_answer(state: State) -> bool:
    """Under "cancel all your reminders?", a cancel word ("ใช่ ยกเลิกหมดเลย") answers the question."""
    return state.flow == "reminder" and state.step == "cancel_all"


# Requests that name a unit for something else than its deadline (a self-assessment, a comparison, its evidence).
_OTHER_REQUESTS = frozenset({"quiz_start", "compare", "progress", "flow_resume", "role_requirements", "pmqa"})


async def on_text(ctx: Ctx, u: Understanding) -> list[Reply] | None:
    """A message while a reminder step waits; None when it is about something else."""
    state = ctx.state
    assert state is not None and state.flow == "reminder"
    data, folded = state.data, _folded(u.text)
    typed_at = read_time(_message(u))
    at = typed_at or _at(data.get("at"))  # a time typed now, else the one asked with the request
    # Only a code written in the message names a unit: a word that merely finds one ("ตกลง" finds
    # DG400's "ข้อตกลง…") is an answer to this step.
    target = _named_from(ctx, u) if u.codes_written() else None
    if state.step == "unit":
        if target is None or (u.intent in _OTHER_REQUESTS and u.confidence >= 0.8):
            # "ประเมินตัวเองอีกหน่วยค่ะ DLit200" while the reminder asks which unit: that request, not the answer
            return None
        return await confirm(ctx, *target, date.fromisoformat(data["due"]), at)
    if state.step in ("date", "confirm", "replace") and target is not None and _CORRECTS_UNIT.search(u.text) and \
            (corrected := _other_named(ctx, u, (data.get("fw"), data.get("unit")))) is not None:
        # the same request for the unit meant: its date (or the one typed now) and time kept, to confirm again
        due, problem = read_date(ctx, _message(u))
        if problem is not None:
            return problem
        due = due or (date.fromisoformat(data["due"]) if data.get("due") else None)
        ctx.state = None  # the request corrected is replaced, not left waiting beside the new one
        return await (confirm(ctx, *corrected, due, at) if due is not None else ask_date(ctx, *corrected))
    if target is not None and (state.step == "snooze" or target != (data.get("fw"), data.get("unit"))):
        return None  # another unit: a new request, handled from scratch
    if state.step == "cancel_all":
        if affirms(folded, "ยกเลิก", "ลบ"):
            return await _cancel_all(ctx)
        if _KEEP.search(folded) or denies(folded):
            return await on_action(ctx, ("k",))
        return None
    # The question's own verb is a yes too: "เปลี่ยนครับ" to "replace the date?", "ตั้งเลย" to "set it?".
    if affirms(folded, *{"confirm": ("ตั้ง", "เตือน"), "replace": ("เปลี่ยน", "แทน")}.get(state.step, ())) and \
            state.step in ("confirm", "replace"):
        return await _set(ctx, data["fw"], data["unit"], date.fromisoformat(data["due"]), _at(data.get("at")),
                          replace=state.step == "replace")
    pending = date.fromisoformat(data["due"]) if state.step in ("confirm", "replace") and data.get("due") else None
    if state.step in ("confirm", "replace") and _CHANGE_DATE.search(folded):
        due, problem = read_date(ctx, _message(u), pending)  # "ขอเปลี่ยนเป็น 20/12": the new date is in it
        if problem is None and due is not None:
            return await confirm(ctx, data["fw"], data["unit"], due, at)
        return await ask_date(ctx, data["fw"], data["unit"])
    if state.step == "replace" and _KEEP.search(folded):
        return await on_action(ctx, ("k",))
    due, problem = read_date(ctx, _message(u), pending)
    if problem is not None:
        return problem
    if due is None and state.step == "confirm" and pending is not None and typed_at is not None:
        # "ขอเตือนตอนบ่ายสองนะคะ" before confirming: the same date at that time, to confirm again (the date was asked
        # again, before)
        return await confirm(ctx, data["fw"], data["unit"], pending, typed_at)
    if due is None and state.step == "date" and (u.intent == "unknown" or affirms(folded)):
        # "ยืนยัน", "ไม่รู้": no date yet; ask for it again rather than leave the step
        return [text(say("reminder_no_date_yet", ctx.language)), *await ask_date(ctx, data["fw"], data["unit"])]
    if due is None:
        return None
    if state.step == "snooze":
        return await _snooze(ctx, int(data["deadline"]), due)
    if state.step == "replace":  # another new date for a unit that has one: the old date is still the one to name
        return await _set(ctx, data["fw"], data["unit"], due, at)
    return await confirm(ctx, data["fw"], data["unit"], due, at)


async def on_action(ctx: Ctx, args: tuple[str, ...]) -> list[Reply]:
    verb, lang = args[0], ctx.language
    repo = Reminders(ctx.session)
    if verb == "s" and len(args) == 3 and named(ctx.catalog, args[1], args[2]):
        return await ask_date(ctx, args[1], args[2])
    if verb in ("y", "r") and len(args) in (4, 5) and named(ctx.catalog, args[1], args[2]):
        at = _at(args[4]) if len(args) == 5 else None
        return await _set(ctx, args[1], args[2], _iso(args[3]), at, replace=verb == "r")
    if verb == "f" and len(args) in (4, 5) and named(ctx.catalog, args[1], args[2]):
        ctx.state = None  # the request of the other framework is replaced, not left waiting beside this one
        return await confirm(ctx, args[1], args[2], _iso(args[3]), _at(args[4]) if len(args) == 5 else None)
    if verb == "e" and len(args) == 3 and named(ctx.catalog, args[1], args[2]):
        return await ask_date(ctx, args[1], args[2])
    if verb in ("x", "k"):
        all_kept = ctx.state is not None and ctx.state.flow == "reminder" and ctx.state.step == "cancel_all"
        if ctx.state and ctx.state.flow == "reminder":
            await ctx.clear_state()
        return [text(say("reminder_not_set" if verb == "x" else "reminder_all_kept" if all_kept else "reminder_kept",
                         lang))]
    if verb == "l":
        return await list_reminders(ctx)
    if verb == "a":
        return await _cancel_all(ctx)
    if verb in ("c", "d", "z", "n") and len(args) >= 2:
        deadline = await _mine(ctx, args[1])
        if deadline is None:
            return _gone(lang)
        what = subject(ctx.catalog, deadline.framework, deadline.unit_code, lang)
        if verb == "c":
            await repo.cancel_deadline(deadline.id)
            return [text(say("reminder_cancelled", lang, what=what),
                         (button(say("reminder_list_button", lang), flow_action("w", "l")),))]
        if verb == "d":
            await repo.complete_deadline(deadline.id)
            return [text(say("reminder_done", lang, what=what))]
        if verb == "z":
            await ctx.set_state("reminder", "snooze", {"deadline": deadline.id})
            buttons = [button(show_date(deadline.due_date + timedelta(days=n), lang),
                              flow_action("w", "n", deadline.id, (deadline.due_date + timedelta(days=n)).isoformat()))
                       for n in SNOOZE_DAYS]
            return [text(say("reminder_snooze_ask", lang, what=what), buttons)]
        if verb == "n" and len(args) == 3:
            return await _snooze(ctx, deadline.id, _iso(args[2]))
    raise FlowError(f"reminder action {args!r}")


def _iso(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise FlowError(f"bad date {value!r}") from exc


def _gone(lang: str) -> list[Reply]:
    """A reminder's button pressed after the reminder was cancelled or done: said so, the list a press away (a
    questionnaire's "the question was answered or the quiz has ended", before)."""
    return [text(say("reminder_gone", lang), (button(say("reminder_list_button", lang), flow_action("w", "l")),))]


async def _mine(ctx: Ctx, deadline_id: str) -> EvidenceDeadline | None:
    mine = {str(d.id): d for d in await Reminders(ctx.session).deadlines_for(ctx.user.id)}
    return mine.get(deadline_id)


async def _snooze(ctx: Ctx, deadline_id: int, due: date) -> list[Reply]:
    deadline = await _mine(ctx, str(deadline_id))
    if deadline is None:
        return _gone(ctx.language)
    return await _set(ctx, deadline.framework, deadline.unit_code, due, replace=True)


# -- listing -----------------------------------------------------------------------------------


_MARKS = {ReminderStatus.PENDING: "reminder_mark_open", ReminderStatus.SENT: "reminder_mark_sent",
          ReminderStatus.MISSED: "reminder_mark_missed", ReminderStatus.CANCELLED: "reminder_mark_cancelled"}


def _in_two_frameworks(deadlines: list[EvidenceDeadline], deadline: EvidenceDeadline) -> bool:
    """Whether the list has the same code of another framework too (DS700 of the 2567 standard and of the OCSC
    letter): then each names its framework, or the two would read the same."""
    return any(d.unit_code == deadline.unit_code and d.framework != deadline.framework for d in deadlines)


def _cancel_label(ctx: Ctx, deadline: EvidenceDeadline, open_: list[EvidenceDeadline]) -> str:
    """The cancel button of a deadline: its code and date; for a code the list has of two frameworks, its code
    and framework ("✕ DS700 ก.พ. 2561"; the lines above say the dates)."""
    lang, code = ctx.language, deadline.unit_code
    if not _in_two_frameworks(open_, deadline):
        return f"✕ {code} {show_date(deadline.due_date, lang)}"
    label = f"✕ {code} {short_framework(deadline.framework, lang)}"
    return label if len(label) <= MAX_LABEL_CHARS else label.replace("✕ ", "✕", 1)


async def reminder_lines(ctx: Ctx) -> tuple[list[str], list[EvidenceDeadline]]:
    """One line per deadline (open or done) with each reminder's state; and the open deadlines."""
    lang, repo = ctx.language, Reminders(ctx.session)
    deadlines = [d for d in await repo.deadlines_for(ctx.user.id, active_only=False) if d.status != "cancelled"]
    lines: list[str] = []
    for d in deadlines:
        what = subject(ctx.catalog, d.framework, d.unit_code, lang)
        if twins(ctx.catalog, d.framework, d.unit_code):  # a code of both frameworks: which one, as it was set
            what = f"{what} ({short_framework(d.framework, lang)})"
        head = say("reminder_line", lang, what=what, date=show_date(d.due_date, lang))
        if d.remind_at is not None:
            head += f" ({_said_at(d.remind_at, lang)})"
        if d.status == "done":
            lines.append(f"{head} — {say('reminder_mark_done', lang)}")
            continue
        parts = [f"{show_date(r.due_at.astimezone(LOCAL_TZ).date(), lang)} "
                 f"{say(_MARKS[ReminderStatus(r.status)], lang)}" for r in await repo.reminders_for(d.id)]
        lines.append(f"{head} — " + ", ".join(parts) if parts else head)
    return lines, [d for d in deadlines if d.status == "active"]


async def list_reminders(ctx: Ctx) -> list[Reply]:
    lines, open_ = await reminder_lines(ctx)
    lang = ctx.language
    waiting: list[str] = []
    set_it: list[Button] = []
    if (pending := _awaiting_yes(ctx)) is not None:
        # asked for but not confirmed: said, with its button (an empty list, before, as if it had been set and lost)
        fw, unit, due, at = pending
        when = show_date(due, lang) + (f" {_said_at(at, lang)}" if at is not None else "")
        waiting = [say("reminder_waiting", lang, what=subject(ctx.catalog, fw, unit, lang), date=when)]
        set_it = [button(say("confirm", lang), flow_action("w", "y", fw, unit, due.isoformat(), *_at_args(at)))]
    if not lines:
        return [text("\n".join([say("reminder_none", lang), *waiting]), set_it)]
    buttons = [*set_it, *(button(_cancel_label(ctx, d, open_), flow_action("w", "c", d.id))
                          for d in open_)][:MAX_BUTTONS]
    return [text("\n".join([say("reminder_list", lang), *lines, *waiting]), buttons)]


# -- the message the worker sends --------------------------------------------------------------


def _evidence_to_send(evidence: Any) -> list[str]:
    """The evidence guide's lines as the evidence answer shows them (its headings as headings), without
    its part on how assessors assess ("(ค) คำแนะนำในการประเมิน"): that is nothing to send."""
    lines = detail_lines(evidence)
    cut = next((i for i, line in enumerate(lines) if "คำแนะนำในการประเมิน" in line), len(lines))
    return lines[:cut]


def reminder_message(catalog: Catalog, framework: str, code: str, due: date, deadline_id: int, today_: date,
                     language: str) -> list[Reply]:
    """The code named (a unit, or an element with its unit) and title, the Thai date, days left, the
    evidence list of a detailed unit (or a button to it), and the buttons "ส่งแล้ว" (done: no more
    reminders) and "เลื่อน" (snooze)."""
    node = named(catalog, framework, code)
    unit = catalog.unit_of(node) if node is not None else None
    title = say("reminder_due_title", language, code=code)
    heading = ""
    if isinstance(node, Element) and unit is not None:
        heading = say("reminder_due_element", language, code=node.code, title=_title(node, language),
                      unit=unit.code, unit_title=_title(unit, language))
    elif unit is not None:
        heading = _title(unit, language)
    days = (due - today_).days
    when = (say("reminder_due_today", language, date=show_date(due, language)) if days <= 0
            else say("reminder_due_days", language, date=show_date(due, language), n=days))
    lines = [line for line in (heading, when) if line]
    evidence = _evidence_to_send(unit.details.get("evidence")) if unit is not None else []
    buttons = [button(say("reminder_done_button", language), flow_action("w", "d", deadline_id)),
               button(say("reminder_snooze_button", language), flow_action("w", "z", deadline_id))]
    if evidence and len(evidence) <= MAX_EVIDENCE_LINES:
        # An element's deadline shows its unit's list, saying so: the documents list evidence per unit.
        intro = (say("reminder_evidence_of_unit", language, code=unit.code)
                 if isinstance(node, Element) and unit is not None else say("reminder_evidence", language))
        lines += [intro, *evidence]
    elif evidence and unit is not None:  # only units have evidence lists
        buttons.append(button(say("reminder_evidence_button", language),
                              node_action(framework, unit.code, "evidence")))
    return [Reply("text", "\n".join(lines), buttons=tuple(buttons), title=title)]
