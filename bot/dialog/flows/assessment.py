"""Self-assessment of one unit: each criterion rated 1-4, stored per criterion with the catalog version.

State ``assess``: ``run`` "a<attempt id>", ``attempt``, ``fw``, ``unit``, ``codes`` (the unit's
criteria in order), ``i``, ``n``. An unfinished attempt at the same unit and catalog version is
resumed at its first unanswered criterion.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from statistics import mean
from typing import Any

from bot.dialog.actions import flow_action, node_action, role_action
from bot.dialog.answers.common import BULLET, detail_lines, framework_label, short_framework
from bot.dialog.answers.paging import PAGE_CHARS, first_page_count, slices
from bot.dialog.flows.common import FlowError, as_int, continue_button, text
from bot.dialog.flows.context import Ctx, State
from bot.dialog.flows.questionnaire import Runner, answer_button, navigation, progress_line, resumed
from bot.dialog.flows.wording import say
from bot.dialog.limits import MAX_BUTTONS, button
from bot.dialog.phrases import GROUP_LABELS, PHASE_LABELS, label
from bot.dialog.replies import Reply
from content.catalog import Catalog
from content.model import Criterion, Element, Unit
from intents.commands import rating_words
from storage import Assessments

RATINGS: tuple[int, ...] = (1, 2, 3, 4)
# The full wording of the scale, shown in the question (button labels are cut to 20 characters).
SCALE = {"th": ("ยังทำไม่ได้", "ทำได้บ้าง", "ทำได้ดี", "ทำได้คล่องและสอนผู้อื่นได้"),
         "en": ("not yet", "partly", "well", "fluently, and can teach others")}
STRONG_FROM = 3  # an element whose mean rating is at least this is a strength
MAX_LOW_CRITERIA = 3  # under a weak element, its lowest-rated criteria named (at most this many)
MAX_EVIDENCE_LINES = 12
ROLE_FRAMEWORK = "ocsc-2561"
# While the unit menu is shown, a typed code ("DS700") picks that unit.
PICK_FLOW = "assess_pick"
# Units offered a page in the pick menu: each has a button, beside "ดูเพิ่ม", under LINE's 13.
PICK_PAGE = 8


def criteria_of(unit: Unit) -> list[Criterion]:
    return [c for e in unit.elements for c in e.criteria]


def assessable_unit(catalog: Catalog, entries: Sequence[dict[str, str]]) -> Unit | None:
    """The first unit (or unit of an element / criterion) named in ``codes`` that has criteria."""
    return next((unit for unit, _ in _assessable(catalog, entries)), None)


def assessable_units(catalog: Catalog, entries: Sequence[dict[str, str]]) -> list[Unit]:
    """Every distinct unit named in ``entries`` that has criteria, in their order."""
    return list({(unit.framework, unit.code): unit for unit, _ in _assessable(catalog, entries)}.values())


def named_element(catalog: Catalog, entries: Sequence[dict[str, str]]) -> str | None:
    """The element named with the assessable unit (an element, or a criterion's element), if any."""
    return next((element for _, element in _assessable(catalog, entries)), None)


def _assessable(catalog: Catalog, entries: Sequence[dict[str, str]]) -> Iterator[tuple[Unit, str | None]]:
    for entry in entries:
        found = catalog.get(entry["framework"], entry["code"]) if entry.get("framework") else None
        nodes = (found,) if found else catalog.find(entry.get("code", ""))
        for node in nodes:
            if node is not None:
                unit = catalog.unit_of(node)
                if criteria_of(unit):
                    element = node.code if isinstance(node, Element) else \
                        node.element_code if isinstance(node, Criterion) else None
                    yield unit, element


class SelfAssessment:
    flow = "assess"
    prefix = "a"

    def typed_value(self, folded: str) -> str | None:
        """A rating described in words ("พอทำได้บ้าง" is 2, "คล่องมาก สอนน้องได้" 4), on the scale shown."""
        rating = rating_words(folded)
        return str(rating) if rating in RATINGS else None

    def ask(self, ctx: Ctx, state: State) -> Reply:
        lang, d = ctx.language, state.data
        node = ctx.catalog.get(d["fw"], d["codes"][d["i"]])
        unit = ctx.catalog.unit(d["fw"], d["unit"])
        if not isinstance(node, Criterion) or unit is None:
            raise FlowError(f"criterion {d['codes'][d['i']]} is not in the catalog")
        element = ctx.catalog.parent(node)
        assert isinstance(element, Element)
        scale = SCALE["en" if lang == "en" else "th"]
        lines = [f"{say('assess_title', lang, code=unit.code, title=unit.title_th)} ({progress_line(state, lang)})",
                 say("assess_criterion", lang, element=element.code, element_title=element.title_th,
                     code=node.code, text=node.text_th),
                 *(f"{n} = {scale[n - 1]}" for n in RATINGS)]
        buttons = [answer_button(state, say(f"rate_{n}", lang), n) for n in RATINGS]
        return text("\n".join(lines), [*buttons, *navigation(state, lang)])

    def explain(self, ctx: Ctx, state: State) -> Reply | None:
        """The criterion among its element's criteria (what the element is about), with the unit a
        press away (its evidence, knowledge and skills)."""
        lang, d = ctx.language, state.data
        node = ctx.catalog.get(d["fw"], d["codes"][d["i"]])
        unit = ctx.catalog.unit(d["fw"], d["unit"])
        element = ctx.catalog.parent(node) if isinstance(node, Criterion) else None
        if not isinstance(element, Element) or unit is None or not isinstance(node, Criterion):
            return None
        lines = [say("assess_explain", lang, code=node.code, element=element.code, element_title=element.title_th,
                     unit=unit.code, unit_title=unit.title_th),
                 *(f"{BULLET} {c.code} {c.text_th}" + (" ←" if c.code == node.code else "") for c in element.criteria),
                 "", say("assess_explain_unit", lang, unit=unit.code)]
        return text("\n".join(lines), (button(unit.code, node_action(unit.framework, unit.code)),))

    def framework_of(self, ctx: Ctx, state: State) -> Reply | None:
        """Which framework the open assessment's unit is of ("which framework is this assessment based on, 2561 or
        2567?": a comparison was asked for, before), its source a press away."""
        unit = ctx.catalog.unit(state.data["fw"], state.data["unit"])
        if unit is None:
            return None
        lang = ctx.language
        said = say("assess_framework", lang, code=unit.code, title=unit.title_th,
                   framework=framework_label(ctx.catalog, unit.framework, lang))
        return text(said, (button(unit.code, node_action(unit.framework, unit.code)),))

    async def record(self, ctx: Ctx, state: State, value: str) -> list[Reply]:
        rating = as_int(value, RATINGS[0], RATINGS[-1])
        await Assessments(ctx.session).answer(state.data["attempt"], state.data["codes"][state.data["i"]], rating,
                                              ctx.now)
        return []

    async def finish(self, ctx: Ctx, state: State) -> list[Reply]:
        d, lang = state.data, ctx.language
        repo = Assessments(ctx.session)
        answers = await repo.answers(d["attempt"])
        await repo.finish(d["attempt"], ctx.now)
        unit = ctx.catalog.unit(d["fw"], d["unit"])
        assert unit is not None
        # what comes next ("ต้องสอบข้อเขียนไหม", "แล้วความรู้ล่ะ") is about the unit just assessed
        ctx.next_state = ("topic", "", {"intent": "unit_info", "codes": [unit.code]})
        return summary(unit, answers, lang)


def summary(unit: Unit, answers: dict[str, int], lang: str, *, left: int = 0) -> list[Reply]:
    """The result: strengths, the weakest elements first, the evidence to prepare. ``left``: criteria still to
    answer in a run that goes on (the result so far, with "ทำต่อ" first among the buttons)."""
    total = len(criteria_of(unit))
    head = "assess_so_far" if left else "assess_done"
    lines = [say(head, lang, code=unit.code, title=unit.title_th, answered=len(answers), total=total, left=left)]
    strong: list[str] = []
    weak: list[tuple[float, str]] = []
    for element in unit.elements:
        ratings = [answers[c.code] for c in element.criteria if c.code in answers]
        if ratings:
            line = f"{BULLET} {element.code} {element.title_th} ({mean(ratings):.1f}/4)"
            # the criteria rated lowest, named: where to start ("DLit101.4 สำรองข้อมูล (1/4)")
            low = sorted((answers[c.code], n, c) for n, c in enumerate(element.criteria)
                         if answers.get(c.code, STRONG_FROM) < STRONG_FROM)
            if mean(ratings) >= STRONG_FROM:
                strong.append(line)
                # a strong element may still hold a criterion rated low: that criterion is to develop on its own
                weak += [(rating, f"{BULLET} {c.code} {c.title_th} ({rating}/4)") for rating, _, c in low]
            else:
                line += "".join(f"\n   - {c.code} {c.title_th} ({rating}/4)" for rating, _, c in low[:MAX_LOW_CRITERIA])
                weak.append((mean(ratings), line))
    weak = sorted(weak, key=lambda pair: pair[0])  # the weakest first: where to start
    if not answers:
        lines.append(say("assess_none_answered", lang))
    if strong:
        lines += ["", say("assess_strong", lang), *strong]
    if weak:
        lines += ["", say("assess_weak", lang), *(line for _, line in weak)]
    evidence = detail_lines(unit.details.get("evidence"))
    if evidence:
        lines += ["", say("assess_evidence", lang), *evidence[:MAX_EVIDENCE_LINES]]
    else:
        lines += ["", say("assess_evidence_generic", lang)]
    buttons = (button(say("set_reminder", lang), flow_action("w", "s", unit.framework, unit.code)),
               button(say("retake", lang), flow_action("q", "s", "a", unit.framework, unit.code)),
               button(say("progress_title", lang), flow_action("q", "p")))
    if left:
        buttons = (continue_button(lang), buttons[0], buttons[2])
    return [text("\n".join(lines), buttons)]


async def result_so_far(ctx: Ctx, state: State) -> list[Reply]:
    """"ขอดูผลเลย" in the middle of a self-assessment: the result of the answers given so far, the run kept
    where it stands (paused or at its question) to go on with "ทำต่อ"."""
    d = state.data
    unit = ctx.catalog.unit(d["fw"], d["unit"])
    if unit is None:
        raise FlowError(f"unit {d['unit']} is not in the catalog")
    answers = await Assessments(ctx.session).answers(d["attempt"])
    left = max(1, len([code for code in d["codes"][d["i"]:] if code not in answers]))
    return summary(unit, answers, ctx.language, left=left)


SELF_ASSESSMENT = SelfAssessment()


async def start(ctx: Ctx, runner: Runner, unit: Unit, first: str | None = None) -> list[Reply]:
    """``first``: an element asked for by name (DLit103): its criteria are asked first, then the unit's others."""
    codes = [c.code for c in criteria_of(unit)]
    if first is not None:
        codes.sort(key=lambda code: code.rsplit(".", 1)[0] != first)  # stable: the unit's order otherwise
    if not codes:
        return [text(say("assess_no_criteria", ctx.language, code=unit.code))]
    repo = Assessments(ctx.session)
    attempt = await repo.open_attempt(ctx.user.id, unit.framework, unit.code)
    index, again = 0, False
    if attempt is not None and attempt.catalog_version == ctx.catalog.version:
        answered = await repo.answers(attempt.id)
        index = next((n for n, code in enumerate(codes) if code not in answered), len(codes) - 1)
        again = True
    else:
        attempt = await repo.start(ctx.user.id, unit.framework, unit.code, ctx.catalog.version, ctx.now)
    data: dict[str, Any] = {"run": f"a{attempt.id}", "attempt": attempt.id, "fw": unit.framework,
                            "unit": unit.code, "codes": codes, "n": len(codes)}
    if index or (again and first is None):
        # an attempt taken up again: on from where it stopped (its first question too), without the intro again
        state = State("assess", "ask", {**data, "i": index})
        await ctx.set_state(state.flow, state.step, state.data)
        return [resumed(SELF_ASSESSMENT.ask(ctx, state), state, ctx.language)]
    intro = say("assess_intro", ctx.language, code=unit.code, n=len(codes))
    if first is not None:
        intro += "\n" + say("assess_from_element", ctx.language, element=first, code=unit.code)
    return await runner.start(ctx, SELF_ASSESSMENT, data, intro)


async def latest_result(ctx: Ctx) -> list[Reply] | None:
    """The newest self-assessment's result (its weakest elements first): a finished one, or one paused part way
    with answers given ("ควรพัฒนาอะไรก่อน" after answering 6 of 18: the weak ones so far, and "ทำต่อ"); None when
    nothing has been answered."""
    repo = Assessments(ctx.session)
    taken = [(a, unit) for a in await repo.attempts_for(ctx.user.id)
             if (unit := ctx.catalog.unit(a.framework, a.unit_code)) is not None
             and criteria_of(unit)]  # (a PMQA readiness check names no unit)
    for latest, unit in sorted(taken, key=lambda pair: pair[0].finished_at or pair[0].started_at, reverse=True):
        answers = await repo.answers(latest.id)
        if latest.finished_at is not None:
            return summary(unit, answers, ctx.language)
        if answers:  # paused part way: the result so far, the criteria left to answer counted
            left = len([c for c in criteria_of(unit) if c.code not in answers])
            return summary(unit, answers, ctx.language, left=max(1, left))
    return None


async def open_units(ctx: Ctx) -> set[tuple[str, str]]:
    """The units (framework, code) whose self-assessment was left unfinished."""
    return {(a.framework, a.unit_code) for a in await Assessments(ctx.session).attempts_for(ctx.user.id)
            if a.finished_at is None}


async def has_open_attempt(ctx: Ctx) -> bool:
    """Whether a self-assessment was left unfinished (``resume_latest`` would continue it)."""
    return bool(await open_units(ctx))


async def resume_latest(ctx: Ctx, runner: Runner) -> list[Reply] | None:
    """The newest unfinished self-assessment, resumed where it stopped (another flow may have run since
    it was paused, so the conversation state no longer names it); None when there is none."""
    attempts = await Assessments(ctx.session).attempts_for(ctx.user.id)
    open_attempt = next((a for a in reversed(attempts) if a.finished_at is None), None)
    unit = ctx.catalog.unit(open_attempt.framework, open_attempt.unit_code) if open_attempt else None
    return await start(ctx, runner, unit) if unit is not None else None


async def _role_units(ctx: Ctx) -> tuple[list[Unit], set[tuple[str, str]]]:
    """The units of the profile's role that can be assessed (they have criteria), and those assessed to the end, as
    (framework, code): the 2567 standard's DS700 is not the OCSC letter's of the role's list."""
    user = ctx.user
    done = {(a.framework, a.unit_code) for a in await Assessments(ctx.session).attempts_for(user.id) if a.finished_at}
    units = [u for u in ctx.catalog.units_for_role(str(user.profile_phase), str(user.profile_group), ROLE_FRAMEWORK)
             if criteria_of(u)]
    return units, done


async def start_or_pick(ctx: Ctx, runner: Runner, units: list[Unit], found: list[str]) -> list[Reply]:
    """A self-assessment asked on a topic: the one unit found started; several offered (a button each, the code
    typed works too); none (the units ``found`` on the topic have no criteria yet) said so, with the usual menu."""
    if len(units) == 1:
        return await start(ctx, runner, units[0])
    if not units:
        lead = say("assess_topic_none", ctx.language, codes=", ".join(dict.fromkeys(found)))
        menu = await pick_unit(ctx)
        return [replace(menu[0], text=f"{lead}\n\n{menu[0].text}"), *menu[1:]]
    lang = ctx.language
    await ctx.set_state(PICK_FLOW, "unit", {})
    lines = [say("assess_pick_topic", lang),
             *(f"{BULLET} {u.code} {u.title_th} ({short_framework(u.framework, lang)})" for u in units)]
    buttons = [button(f"{u.code} {u.title_th}", flow_action("q", "s", "a", u.framework, u.code)) for u in units]
    return [text("\n".join(lines), tuple(buttons))]


async def pick_unit(ctx: Ctx, page: int = 1) -> list[Reply]:
    """No unit named: offer the units the profile's role needs that have no finished assessment, short
    first: a phone screen of them with buttons, every other code named (typing one starts it), and
    "ดูเพิ่ม" for the next page (``q:s:a:PAGE``)."""
    user, lang = ctx.user, ctx.language
    if not (user.profile_group and user.profile_phase):
        return [text(say("assess_pick_none", lang), (button(say("set_profile", lang), flow_action("m", "g")),))]
    units, done = await _role_units(ctx)
    units.sort(key=lambda u: (u.framework, u.code) in done)
    await ctx.set_state(PICK_FLOW, "unit", {})
    if not units:
        return [text(say("assess_pick_none", lang))]
    codes = [u.code for u in units]
    items = [f"{BULLET} {u.code} {u.title_th}" for u in units]
    head, hint = say("assess_pick_n", lang, n=len(units)), say("assess_pick_type", lang)

    def rest(k: int) -> str:
        return say("assess_pick_rest", lang, n=len(codes) - k, codes=" · ".join(codes[k:]))

    fixed = len(head) + len(hint) + 3
    first = min(first_page_count(items, PAGE_CHARS - fixed, rest), PICK_PAGE)
    pages = _at_most(slices(items, first, PAGE_CHARS - fixed), PICK_PAGE)
    page = min(max(page, 1), len(pages))
    start, end = pages[page - 1]
    lines = [head if page == 1 else say("assess_pick_page", lang, first=start + 1, last=end, n=len(units)),
             *items[start:end]]
    if end < len(units):
        lines.append(rest(end))
    lines += ["", hint]
    buttons = [button(f"{u.code} {u.title_th}", flow_action("q", "s", "a", u.framework, u.code))
               for u in units[start:end]]
    if page < len(pages):
        buttons.insert(0, button(say("see_more", lang, page=page + 1, pages=len(pages)),
                                 flow_action("q", "s", "a", str(page + 1))))
    return [text("\n".join(lines), buttons[:MAX_BUTTONS])]


# How many units "ควรเริ่มจากหน่วยไหนก่อน" suggests, each with a button.
BEGIN_SHOWN = 3
LITERACY_PREFIX = "DLit"  # the OCSC letter's Digital Literacy units: everyday skills, suggested first


async def where_to_begin(ctx: Ctx) -> list[Reply]:
    """"ควรเริ่มจากหน่วยไหนก่อน": the units of the person's role not yet assessed, Digital Literacy first (the
    documents set no order: said so), each a press away; a typed code then starts it. No profile: asked for."""
    user, lang = ctx.user, ctx.language
    if not (user.profile_group and user.profile_phase):
        return [text(say("begin_needs_profile", lang), (button(say("set_profile", lang), flow_action("m", "g")),))]
    units, done = await _role_units(ctx)
    lacking = [u for u in units if (u.framework, u.code) not in done]
    progress_button = button(say("progress_title", lang), flow_action("q", "p"))
    if not lacking:
        return [text(say("begin_all_done", lang), (progress_button,))]
    # Digital Literacy first, in its own order (DLit100, DLit200, …); the role's order otherwise (a stable sort)
    lacking.sort(key=lambda u: (0, u.code) if u.code.startswith(LITERACY_PREFIX) else (1, ""))
    shown = lacking[:BEGIN_SHOWN]
    lines = [say("begin_with", lang, group=label(GROUP_LABELS, user.profile_group, lang),
                 phase=label(PHASE_LABELS, user.profile_phase, lang), left=len(lacking), n=len(units)),
             *(f"{n}. {u.code} {u.title_th}" for n, u in enumerate(shown, 1)), "", say("begin_why", lang)]
    buttons = [button(f"{u.code} {u.title_th}", flow_action("q", "s", "a", u.framework, u.code)) for u in shown]
    if len(lacking) > len(shown):
        buttons.append(button(say("assess_pick_all", lang), flow_action("q", "s", "a")))
    buttons.append(button(say("what_i_need", lang), role_action(user.profile_group, user.profile_phase)))
    if ctx.state is not None and "run" in ctx.state.data:  # a paused self-assessment goes on where it stopped
        buttons.insert(0, continue_button(lang))
    else:
        await ctx.set_state(PICK_FLOW, "unit", {})  # "เอา DLit100": the unit typed is the one to assess
    return [text("\n".join(lines), buttons[:MAX_BUTTONS])]


def _at_most(pages: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """The pages, each longer than ``size`` items cut into pages of ``size``."""
    out: list[tuple[int, int]] = []
    for start, end in pages:
        while end - start > size:
            out.append((start, start + size))
            start += size
        out.append((start, end))
    return out
