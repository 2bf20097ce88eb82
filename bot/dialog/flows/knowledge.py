"""A quick knowledge quiz from the catalog: 5 multiple-choice questions, scored, stored.

Questions are generated from a seed (which element a criterion belongs to; which code a unit
title is) and kept, with the answers so far, in the state, so any replica continues the same quiz.
State ``quiz``: ``run`` "z<quiz id>", ``quiz``, ``qs`` [{"t": question, "o": options, "a": answer
index}], ``ans`` {index: choice}, ``i``, ``n``.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from typing import Any

from bot.dialog.actions import flow_action, node_action
from bot.dialog.flows.common import as_int, continue_button, text
from bot.dialog.flows.context import Ctx, State
from bot.dialog.flows.questionnaire import Runner, answer_button, navigation, progress_line
from bot.dialog.flows.wording import say
from bot.dialog.limits import button
from bot.dialog.replies import Button, Reply
from content.catalog import Catalog
from content.model import Unit
from intents.engine import default_understander
from storage import Assessments

QUESTIONS = 5
CHOICES = 4
CHOICE_LABELS = ("ก", "ข", "ค", "ง")
FRAMEWORKS = ("std-2567", "ocsc-2561")
ALL_UNITS = "all"


def generate(catalog: Catalog, seed: int, focus: Unit | None = None, n: int = QUESTIONS) -> list[dict[str, Any]]:
    """``n`` questions, the same for the same seed and catalog, none asked twice. On a unit (``focus``)
    every question is about that unit only, so a unit with fewer than ``n`` askable items gives fewer."""
    rng = random.Random(seed)
    if focus is not None:
        pool = unit_questions(focus)
        return [_build(catalog, rng, kind, key, focus) for kind, key in rng.sample(pool, min(n, len(pool)))]
    units = [u for u in catalog.units if u.framework in FRAMEWORKS and u.elements]
    questions: list[dict[str, Any]] = []
    for _ in range(n * 50):  # draws that would repeat a question are drawn again; bounded all the same
        if len(questions) == n:
            break
        unit = rng.choice(units)
        pool = [q for q in unit_questions(unit) if q[0] == "quiz_q_element"] if len(questions) % 2 == 0 \
            else [("quiz_q_unit", unit.code)]
        if not pool:
            continue
        question = _build(catalog, rng, *rng.choice(pool), unit, spread=True)
        if all((q["p"], q["v"]) != (question["p"], question["v"]) for q in questions):
            questions.append(question)
    return questions


def unit_questions(unit: Unit) -> list[tuple[str, str]]:
    """Every distinct question one unit can answer by itself: which element each criterion belongs to,
    and which code each element's title is (both need two elements or more to choose from). A
    criterion or title worded the same in two places would have two right answers: left out."""
    elements = [e for e in unit.elements if e.criteria]
    if len(elements) < 2:
        return []
    texts = Counter(c.text_th for e in elements for c in e.criteria)
    titles = Counter(e.title_th for e in elements)
    return [*(("quiz_q_element", c.code) for e in elements for c in e.criteria if texts[c.text_th] == 1),
            *(("quiz_q_element_code", e.code) for e in elements if titles[e.title_th] == 1)]


def _build(catalog: Catalog, rng: random.Random, kind: str, key: str, unit: Unit, *,
           spread: bool = False) -> dict[str, Any]:
    """One question with its options shuffled. Options come from ``unit`` itself, except for the
    whole-catalog quiz (``spread``), which may fill up with elements or codes of the same framework."""
    elements = [e for e in unit.elements if e.criteria]
    if kind == "quiz_q_unit":
        pool = sorted({u.code for u in catalog.units if u.framework == unit.framework and u.code != unit.code})
        options, values = [unit.code, *rng.sample(pool, CHOICES - 1)], {"title": unit.title_th}
    else:
        element = next(e for e in elements if e.code == key or any(c.code == key for c in e.criteria))
        others = [e for e in elements if e.code != element.code]
        distractors = rng.sample(others, min(CHOICES - 1, len(others)))
        if spread and len(distractors) < CHOICES - 1:
            rest = [e for u in catalog.units if u.framework == unit.framework and u.code != unit.code
                    for e in u.elements]
            distractors += rng.sample(rest, CHOICES - 1 - len(distractors))
        if kind == "quiz_q_element":
            criterion = next(c for c in element.criteria if c.code == key)
            options = [f"{e.code} {e.title_th}" for e in [element, *distractors]]
            values = {"text": criterion.text_th}
        else:
            options, values = [e.code for e in [element, *distractors]], {"title": element.title_th}
    order = list(range(len(options)))
    rng.shuffle(order)
    return {"p": kind, "v": values, "o": [options[j] for j in order], "a": order.index(0)}


class KnowledgeQuiz:
    flow = "quiz"
    prefix = "z"

    def typed_value(self, folded: str) -> str | None:
        return None  # the labels and the numbers shown are all there is to type

    def explain(self, ctx: Ctx, state: State) -> Reply | None:
        return None  # a hint would give the answer away: the question is asked again

    def ask(self, ctx: Ctx, state: State) -> Reply:
        lang, q = ctx.language, state.data["qs"][state.data["i"]]
        lines = [progress_line(state, lang), say(q["p"], lang, **q["v"]),
                 *(f"{CHOICE_LABELS[j]}. {option}" for j, option in enumerate(q["o"]))]
        buttons = [answer_button(state, CHOICE_LABELS[j], j) for j in range(len(q["o"]))]
        return text("\n".join(lines), [*buttons, *navigation(state, lang)])

    async def record(self, ctx: Ctx, state: State, value: str) -> list[Reply]:
        i, q = state.data["i"], state.data["qs"][state.data["i"]]
        choice = as_int(value, 0, len(q["o"]) - 1)
        data = {**state.data, "ans": {**state.data.get("ans", {}), str(i): choice}}
        await ctx.set_state(state.flow, state.step, data)
        if choice == q["a"]:
            return [text(say("quiz_right", ctx.language))]
        answer = f"{CHOICE_LABELS[q['a']]}. {q['o'][q['a']]}"
        return [text(say("quiz_wrong", ctx.language, answer=answer))]

    async def finish(self, ctx: Ctx, state: State) -> list[Reply]:
        d, lang = state.data, ctx.language
        score = sum(1 for k, choice in d.get("ans", {}).items() if d["qs"][int(k)]["a"] == choice)
        await Assessments(ctx.session).finish_quiz(d["quiz"], score, d["n"], ctx.now)
        again = flow_action("q", "s", "z", *((d["fw"], d["unit"]) if d["unit"] != ALL_UNITS else ()))
        buttons = [button(say("quiz_again", lang), again)]
        lines = [say("quiz_score", lang, score=score, total=d["n"])]
        answers = d.get("ans", {})
        missed = [i for i, q in enumerate(d["qs"]) if answers.get(str(i)) != q["a"]]
        if missed:  # what to go over, each with its right answer (a skipped question counts)
            lines += ["", say("quiz_review", lang)]
            lines += [say("quiz_review_item", lang, n=i + 1, answer=_right_answer(d["qs"][i])) for i in missed]
        focus = ctx.catalog.unit(d["fw"], d["unit"]) if d["unit"] != ALL_UNITS else None
        if focus is not None:
            buttons.append(button(say("quiz_read_unit", lang, code=focus.code),
                                  node_action(focus.framework, focus.code)))
        if focus is not None and d["n"] < QUESTIONS:  # a short quiz: say where to go on
            related = related_units(ctx.catalog, focus)
            if related:
                lines.append(say("quiz_related", lang))
                buttons += [quiz_button(u, lang) for u in related]
        return [text("\n".join(lines), buttons)]


def score_so_far(ctx: Ctx, state: State) -> list[Reply]:
    """"ตอนนี้ได้กี่คะแนนแล้ว" in the middle of a quiz: the right answers so far, the run kept where it stands
    (paused or at its question) to go on with "ทำต่อ"."""
    d = state.data
    answers = d.get("ans", {})
    right = sum(1 for k, choice in answers.items() if d["qs"][int(k)]["a"] == choice)
    left = max(0, d["n"] - d["i"])
    return [text(say("quiz_so_far", ctx.language, right=right, answered=len(answers), total=d["n"], left=left),
                 (continue_button(ctx.language),))]


def _right_answer(q: dict[str, Any]) -> str:
    """The right option, with the title it was asked by when the option is a bare code."""
    option = q["o"][q["a"]]
    title = q["v"].get("title")
    return f"{option} {title}" if title and " " not in option else option


def named_unit(catalog: Catalog, entries: Sequence[dict[str, str]]) -> Unit | None:
    """The unit of the first code a message names, whatever it holds."""
    for entry in entries:
        found = catalog.get(entry["framework"], entry["code"]) if entry.get("framework") else None
        for node in (found,) if found else catalog.find(entry.get("code", "")):
            if node is not None:
                return catalog.unit_of(node)
    return None


async def last_unit(ctx: Ctx) -> Unit | None:
    """The unit of the person's latest quiz ("ทำแบบทดสอบอีกครั้ง"); None after an all-units quiz or none."""
    quizzes = await Assessments(ctx.session).quizzes_for(ctx.user.id)
    if not quizzes or quizzes[-1].unit_code == ALL_UNITS:
        return None
    return ctx.catalog.unit(quizzes[-1].framework, quizzes[-1].unit_code)


def related_units(catalog: Catalog, unit: Unit, limit: int = 3) -> list[Unit]:
    """Units with a full quiz of their own: of the same framework and area, nearest code first; then (a unit of
    the 2567 standard has no detailed neighbours) those whose texts share a strong part of its title."""
    same_area = [u for u in catalog.units_in(unit.framework, unit.area)
                 if u.code != unit.code and len(unit_questions(u)) >= QUESTIONS]
    related = sorted(same_area, key=lambda u: abs(_number(u.code) - _number(unit.code)))[:limit]
    if len(related) < limit:
        for framework, code in default_understander().similar_units(unit.title_th):
            other = catalog.unit(framework, code)
            if other is not None and other not in related and other.code != unit.code and \
                    len(unit_questions(other)) >= QUESTIONS:
                related.append(other)
    return related[:limit]


def _number(code: str) -> int:
    digits = "".join(ch for ch in code if ch.isdigit())
    return int(digits) if digits else 0


def quiz_button(unit: Unit, language: str) -> Button:
    return button(say("quiz_unit_button", language, code=unit.code), flow_action("q", "s", "z", unit.framework,
                                                                                   unit.code))


KNOWLEDGE_QUIZ = KnowledgeQuiz()


async def start(ctx: Ctx, runner: Runner, focus: Unit | None, seed: int | None = None) -> list[Reply]:
    seed = seed if seed is not None else random.SystemRandom().randrange(1 << 31)
    lang = ctx.language
    qs = generate(ctx.catalog, seed, focus)
    if focus is not None and not qs:  # nothing to ask about this unit alone: say so, offer others
        buttons = [*(quiz_button(u, lang) for u in related_units(ctx.catalog, focus)),
                   button(say("quiz_all_button", lang), flow_action("q", "s", "z"))]
        key = "quiz_none" if len(buttons) > 1 else "quiz_none_alone"  # never "try these:" above no unit
        return [text(say(key, lang, code=focus.code), buttons)]
    fw, unit = (focus.framework, focus.code) if focus is not None else ("catalog", ALL_UNITS)
    quiz = await Assessments(ctx.session).start_quiz(ctx.user.id, fw, unit, ctx.catalog.version, ctx.now)
    data = {"run": f"z{quiz.id}", "quiz": quiz.id, "seed": seed, "fw": fw, "unit": unit, "qs": qs, "ans": {},
            "n": len(qs)}
    intro = say("quiz_title", lang, n=len(qs))
    if focus is not None:
        intro += f" ({focus.code} {focus.title_th})"
        if len(qs) < QUESTIONS:
            intro += "\n" + say("quiz_few", lang, code=focus.code, n=len(qs))
    return await runner.start(ctx, KNOWLEDGE_QUIZ, data, intro)
