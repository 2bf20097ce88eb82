"""A quick knowledge quiz from the catalog: 5 multiple-choice questions, scored, stored.

Questions are generated from a seed (which element a criterion belongs to; which code a unit
title is) and kept, with the answers so far, in the state, so any replica continues the same quiz.
State ``quiz``: ``run`` "z<quiz id>", ``quiz``, ``qs`` [{"t": question, "o": options, "a": answer
index}], ``ans`` {index: choice}, ``i``, ``n``.
"""

from __future__ import annotations

import random
from typing import Any

from bot.dialog.actions import flow_action
from bot.dialog.flows.common import as_int, text
from bot.dialog.flows.context import Ctx, State
from bot.dialog.flows.questionnaire import Runner, answer_button, navigation, progress_line
from bot.dialog.flows.wording import say
from bot.dialog.limits import button
from bot.dialog.replies import Reply
from content.catalog import Catalog
from content.model import Unit
from storage import Assessments

QUESTIONS = 5
CHOICES = 4
CHOICE_LABELS = ("ก", "ข", "ค", "ง")
FRAMEWORKS = ("std-2567", "ocsc-2561")
ALL_UNITS = "all"


def generate(catalog: Catalog, seed: int, focus: Unit | None = None, n: int = QUESTIONS) -> list[dict[str, Any]]:
    """``n`` questions, the same for the same seed and catalog."""
    rng = random.Random(seed)
    units = [u for u in catalog.units if u.framework in FRAMEWORKS and u.elements]
    questions: list[dict[str, Any]] = []
    for k in range(n):
        if k % 2 == 0:  # which element does this criterion belong to
            unit = focus if focus is not None and len(focus.elements) > 1 else rng.choice(units)
            elements = [e for e in unit.elements if e.criteria]
            element = rng.choice(elements)
            criterion = rng.choice(element.criteria)
            same = [e for e in unit.elements if e.code != element.code]
            rest = [e for u in units if u.framework == unit.framework and u.code != unit.code for e in u.elements]
            distractors = rng.sample(same, min(CHOICES - 1, len(same)))
            distractors += rng.sample(rest, CHOICES - 1 - len(distractors))
            options = [f"{e.code} {e.title_th}" for e in [element, *distractors]]
            prompt = ("quiz_q_element", {"text": criterion.text_th})
        else:  # which code is this unit title
            unit = rng.choice(units)
            pool = [u.code for u in catalog.units if u.framework == unit.framework and u.code != unit.code]
            options = [unit.code, *rng.sample(sorted(set(pool)), CHOICES - 1)]
            prompt = ("quiz_q_unit", {"title": unit.title_th})
        order = list(range(CHOICES))
        rng.shuffle(order)
        questions.append({"p": prompt[0], "v": prompt[1], "o": [options[j] for j in order], "a": order.index(0)})
    return questions


class KnowledgeQuiz:
    flow = "quiz"
    prefix = "z"

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
        d = state.data
        score = sum(1 for k, choice in d.get("ans", {}).items() if d["qs"][int(k)]["a"] == choice)
        await Assessments(ctx.session).finish_quiz(d["quiz"], score, d["n"], ctx.now)
        again = flow_action("q", "s", "z", *((d["fw"], d["unit"]) if d["unit"] != ALL_UNITS else ()))
        return [text(say("quiz_score", ctx.language, score=score, total=d["n"]),
                     (button(say("quiz_again", ctx.language), again),))]


KNOWLEDGE_QUIZ = KnowledgeQuiz()


async def start(ctx: Ctx, runner: Runner, focus: Unit | None, seed: int | None = None) -> list[Reply]:
    seed = seed if seed is not None else random.SystemRandom().randrange(1 << 31)
    fw, unit = (focus.framework, focus.code) if focus is not None else ("catalog", ALL_UNITS)
    quiz = await Assessments(ctx.session).start_quiz(ctx.user.id, fw, unit, ctx.catalog.version, ctx.now)
    qs = generate(ctx.catalog, seed, focus)
    data = {"run": f"z{quiz.id}", "quiz": quiz.id, "seed": seed, "fw": fw, "unit": unit, "qs": qs, "ans": {},
            "n": len(qs)}
    intro = say("quiz_title", ctx.language, n=len(qs))
    if focus is not None:
        intro += f" ({focus.code} {focus.title_th})"
    return await runner.start(ctx, KNOWLEDGE_QUIZ, data, intro)
