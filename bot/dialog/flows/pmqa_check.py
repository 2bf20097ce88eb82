"""PMQA 4.0 readiness self-check of one category: the deck's own questions (1.1.1 …) answered
done / partly / not yet, summarised per item against the Basic / Advance / Significance levels.

Stored as an assessment with framework ``pmqa-4.0``, unit code the category number, one answer per
question (2 done, 1 partly, 0 not yet). State ``pmqa``: ``run`` "y<attempt id>", ``attempt``,
``cat``, ``codes``, ``i``, ``n``.

Each question is asked in full (its sub-points too, never cut); a fill-in question ("โดยสารสนเทศนั้นคือ
.....") is asked as what it is: whether the organisation has that information to fill in. The
result says, per item, the level the answers support and what is missing for the next level.
"""

from __future__ import annotations

import re

from bot.dialog.actions import PMQA_LEVELS, flow_action, pmqa_action
from bot.dialog.answers.pmqa import guidance_rows, question_parts
from bot.dialog.flows.common import FlowError, as_int, text
from bot.dialog.flows.context import Ctx, State
from bot.dialog.flows.questionnaire import Runner, answer_button, navigation, progress_line
from bot.dialog.flows.wording import say
from bot.dialog.limits import button
from bot.dialog.replies import Reply
from content.model import PmqaCategory, PmqaItem, PmqaQuestion
from intents.commands import DOUBT
from storage import Assessments

FRAMEWORK = "pmqa-4.0"
VALUES: tuple[int, ...] = (2, 1, 0)  # done, partly, not yet
DONE = 2
MAX_MISSING = 4  # questions listed under "missing for the next level"
MAX_EXPLAIN_ROWS = 4  # guidance rows per level when a question is explained (the item's button has all)
# Each answer in the words people type, for either wording of the buttons ("ทำแล้ว" / "มีข้อมูลครบ").
_TYPED_VALUES: tuple[tuple[re.Pattern[str], int], ...] = (
    # "ยังไม่ครบ", "ทำไปบ้างแล้ว", "ทำไปบางข้อแล้ว": part of it, though it starts like a "no" or a "done"
    (re.compile(r"บาง(?:ส่วน|ข้อ|อย่าง|เรื่อง)|ยังไม่ครบ|บ้าง|ครึ่ง|partly|partial|some"), 1),
    # "ยังเลย", "ยังค่ะ" (particles folded away): not yet
    (re.compile(r"^(?:ยังไม่|ไม่มี|ไม่ได้ทำ|ยังไม่ได้|ไม่เคย|ยัง(?:เลย)?$|ยังเลย|not yet|no\b)"), 0),
    # "มีค่ะ", "ใช่" (particles are folded away before this): a yes to "do you have it?"
    (re.compile(r"^(?:ทำแล้ว|มีแล้ว|มีครบ|ครบ|มีข้อมูลครบ|เรียบร้อย|ทำครบ|มี|ใช่|ทำ|done|yes\b|have it)"), 2),
)
_FILL_IN = re.compile(r"\.{3,}|…|(?:คือ|ได้แก่|เช่น)\s*$")


def is_fill_in(question: PmqaQuestion) -> bool:
    """A question with blanks to fill ("โดย..... (ระบุ…)", "คือ") rather than a practice to rate."""
    return bool(_FILL_IN.search(question.text)) or any(_FILL_IN.search(p) for p in question.points)


def item_summary(item: PmqaItem, answers: dict[str, int], lang: str) -> list[str]:
    codes = [q.code for q in item.questions]
    got = [answers.get(c) for c in codes]
    lines = [say("pmqa_item_line", lang, code=item.code, title=item.title_th, done=got.count(2),
                 partly=got.count(1), no=got.count(0), n=len(codes))]
    tagged = {level: [q.code for q in item.questions if level in q.levels] for level in PMQA_LEVELS}
    if not any(tagged.values()):
        basic = item.level_summary.get("Basic", "")
        if basic:
            lines.append(say("pmqa_untagged", lang, basic=basic))
        # no level to reach: what is missing is what is not done yet, question by question
        missing = [q for q in item.questions if q.code in answers and answers[q.code] != DONE]
        if missing:
            lines.append(say("pmqa_missing", lang))
            lines += [f"    • {q.code} {q.text}" for q in missing[:MAX_MISSING]]
            if len(missing) > MAX_MISSING:
                lines.append(say("pmqa_missing_more", lang, n=len(missing) - MAX_MISSING))
        return lines
    reached, blocked, next_level = "", False, ""
    for level in PMQA_LEVELS:  # a level is reached when its questions and all below it are done
        codes_at = tagged[level]
        if not codes_at:
            continue
        done = sum(1 for c in codes_at if answers.get(c) == DONE)
        lines.append(say("pmqa_level_line", lang, level=level, done=done, n=len(codes_at)))
        if not blocked and done < len(codes_at):
            next_level = level
        blocked = blocked or done < len(codes_at)
        reached = reached if blocked else level
    lines.append(say("pmqa_reached", lang, level=reached) if reached else say("pmqa_not_reached", lang))
    if next_level:
        missing = [q for q in item.questions if next_level in q.levels and answers.get(q.code) != DONE]
        lines.append(say("pmqa_missing_for", lang, level=next_level))
        lines += [f"    • {q.code} {q.text}" for q in missing[:MAX_MISSING]]
        if item.level_summary.get(next_level):
            lines.append(say("pmqa_next_level_means", lang, level=next_level, text=item.level_summary[next_level]))
    return lines


class ReadinessCheck:
    flow = "pmqa"
    prefix = "y"

    def typed_value(self, folded: str) -> str | None:
        if DOUBT.search(folded):  # "ไม่แน่ใจ" is no "partly" (nor the "not yet" of its "ยังไม่"): asked again
            return None
        return next((str(value) for pattern, value in _TYPED_VALUES if pattern.search(folded)), None)

    def explain(self, ctx: Ctx, state: State) -> Reply | None:
        """The item the question belongs to and what the deck asks at the question's level(s): the
        overview cell and the guidance rows (แนวทางการดำเนินงาน)."""
        lang = ctx.language
        question = ctx.catalog.pmqa_question(state.data["codes"][state.data["i"]])
        item = ctx.catalog.pmqa_item(question.item_code) if question else None
        if question is None or item is None:
            return None
        lines = [say("pmqa_explain", lang, code=question.code, item=item.code, title=item.title_th)]
        for level in [lv for lv in PMQA_LEVELS if lv in question.levels] or list(PMQA_LEVELS):
            rows = guidance_rows(item, level)[:MAX_EXPLAIN_ROWS]
            summary = item.level_summary.get(level, "")
            if summary or rows:
                lines += ["", f"{level}: {summary}".rstrip(": "), *(f"• {r}" for r in rows if r != summary)]
        return text("\n".join(lines), (button(item.code, pmqa_action(item.code)),))

    def ask(self, ctx: Ctx, state: State) -> Reply:
        lang = ctx.language
        question = ctx.catalog.pmqa_question(state.data["codes"][state.data["i"]])
        item = ctx.catalog.pmqa_item(question.item_code) if question else None
        if question is None or item is None:
            raise FlowError(f"PMQA question {state.data['codes'][state.data['i']]} is not in the catalog")
        fill_in = is_fill_in(question)
        stem, points = question_parts(question)
        full = "\n".join([stem, *(f"• {p}" for p in points)])
        body = say("pmqa_q_fill" if fill_in else "pmqa_q", lang, item=item.code, item_title=item.title_th,
                   code=question.code, text=full)
        buttons = [answer_button(state, say(f"pmqa_fill_{v}" if fill_in else f"pmqa_{v}", lang), v) for v in VALUES]
        return text(f"{progress_line(state, lang)}\n{body}", [*buttons, *navigation(state, lang)])

    async def record(self, ctx: Ctx, state: State, value: str) -> list[Reply]:
        answer = as_int(value, min(VALUES), max(VALUES))
        await Assessments(ctx.session).answer(state.data["attempt"], state.data["codes"][state.data["i"]], answer,
                                              ctx.now)
        return []

    async def finish(self, ctx: Ctx, state: State) -> list[Reply]:
        repo = Assessments(ctx.session)
        answers = await repo.answers(state.data["attempt"])
        await repo.finish(state.data["attempt"], ctx.now)
        category = ctx.catalog.pmqa_category(state.data["cat"])
        assert category is not None
        # what comes next ("ระดับ advance ต้องทำอะไรเพิ่ม") is about the category just checked
        ctx.next_state = ("topic", "", {"intent": "pmqa", "pmqa": {"category": category.no}})
        lines = [say("pmqa_done", ctx.language, no=category.no, title=category.title_th)]
        for item in category.items:
            lines += ["", *item_summary(item, answers, ctx.language)]
        return [text("\n".join(lines), (button(say("retake", ctx.language), flow_action("q", "s", "y", category.no)),
                                        button(say("progress_title", ctx.language), flow_action("q", "p"))))]


READINESS_CHECK = ReadinessCheck()


def pick(ctx: Ctx) -> list[Reply]:
    cats = [c for c in ctx.catalog.pmqa_categories if any(i.questions for i in c.items)]
    return [text(say("pmqa_pick", ctx.language),
                 (button(f"{c.no} {c.title_th}", flow_action("q", "s", "y", c.no)) for c in cats))]


async def start(ctx: Ctx, runner: Runner, category: PmqaCategory) -> list[Reply]:
    codes = [q.code for item in category.items for q in item.questions]
    if not codes:
        return [text(say("pmqa_no_questions", ctx.language, no=category.no)), *pick(ctx)]
    attempt = await Assessments(ctx.session).start(ctx.user.id, FRAMEWORK, str(category.no), ctx.catalog.version,
                                                   ctx.now)
    data = {"run": f"y{attempt.id}", "attempt": attempt.id, "cat": category.no, "codes": codes, "n": len(codes)}
    intro = say("pmqa_title", ctx.language, no=category.no, title=category.title_th, n=len(codes))
    return await runner.start(ctx, READINESS_CHECK, data, intro)
