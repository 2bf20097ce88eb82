"""One question at a time, for every quiz-like flow: answer, skip, back, stop, continue.

A run's state (``flow``, step "ask" or "paused", data with ``run``, ``i`` the current index and ``n``
the count) lives in the database. Every answer button names its run and question index
(``q:r:RUN:N:VALUE``), so a press on an old button (another run, an answered question, a finished
quiz) is recognised as stale and answered politely instead of being recorded.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from bot.dialog.actions import flow_action
from bot.dialog.flows.common import FlowError, continue_button, text
from bot.dialog.flows.context import Ctx, State
from bot.dialog.flows.wording import say
from bot.dialog.limits import button
from bot.dialog.replies import Button, Reply

# The key of the data of a paused run under which the engine keeps what was talked about meanwhile (its TOPIC_FLOW).
PAUSED_TOPIC = "topic"


class Questionnaire(Protocol):
    flow: str  # the state's flow name
    prefix: str  # the run id's first letter

    def ask(self, ctx: Ctx, state: State) -> Reply: ...

    def typed_value(self, folded: str) -> str | None:
        """The answer value a typed message means in words other than a label or a number, if any."""
        ...

    def explain(self, ctx: Ctx, state: State) -> Reply | None:
        """What the open question means, in the sources' words ("ข้อนี้หมายถึงอะไร"); None when there is
        nothing to add (a quiz does not give its answer away)."""
        ...

    async def record(self, ctx: Ctx, state: State, value: str) -> list[Reply]:
        """Store the answer to question ``state.data["i"]``; feedback replies (may be empty).
        Raises FlowError for a value the question does not offer."""
        ...

    async def finish(self, ctx: Ctx, state: State) -> list[Reply]: ...


def progress_line(state: State, language: str) -> str:
    return say("progress_n", language, n=state.data["i"] + 1, total=state.data["n"])


def resumed(question: Reply, state: State, language: str) -> Reply:
    """``question`` headed by where the run goes on from."""
    line = say("resume_from", language, n=state.data["i"] + 1, total=state.data["n"])
    return replace(question, text=f"{line}\n\n{question.text}")


def navigation(state: State, language: str) -> list[Button]:
    run, i = state.data["run"], state.data["i"]
    nav = [button(say("skip", language), flow_action("q", "k", run, i))]
    if i > 0:
        nav.append(button(say("back", language), flow_action("q", "b", run, i)))
    nav.append(button(say("stop", language), flow_action("q", "x", run)))
    return nav


def answer_button(state: State, label: str, value: object) -> Button:
    return button(label, flow_action("q", "r", state.data["run"], state.data["i"], value))


class Runner:
    """Moves a run through its questions; the flows supply asking, recording and the summary."""

    def __init__(self, flows: list[Questionnaire]) -> None:
        self._by_flow = {q.flow: q for q in flows}

    def by_flow(self, flow: str) -> Questionnaire | None:
        return self._by_flow.get(flow)

    def active(self, ctx: Ctx) -> Questionnaire | None:
        return self._by_flow.get(ctx.state.flow) if ctx.state else None

    def current(self, ctx: Ctx) -> list[Reply]:
        """The question the run stands at (the run continues if it was paused)."""
        flow = self.active(ctx)
        if flow is None or ctx.state is None:
            return [text(say("nothing_to_resume", ctx.language))]
        return [flow.ask(ctx, ctx.state)]

    async def resume(self, ctx: Ctx) -> list[Reply]:
        """The question the run stopped at, saying so ("ทำต่อจากข้อ 4/10"); no intro again. With none open
        ("ทำแบบทดสอบต่อ" after it was finished): said so, with a new quiz and a self-assessment a press away."""
        flow = self.active(ctx)
        if flow is None or ctx.state is None:
            lang = ctx.language
            start = (button(say("knowledge_quiz", lang), flow_action("q", "s", "z")),
                     button(say("self_assessment", lang), flow_action("q", "s", "a")))
            return [text(say("nothing_to_resume", lang), start)]
        if ctx.state.step != "ask":
            await ctx.set_state(ctx.state.flow, "ask", ctx.state.data)
        return [resumed(flow.ask(ctx, ctx.state), ctx.state, ctx.language)]

    def ask_again(self, ctx: Ctx, *, unsure: bool = False, told: bool = False) -> Reply:
        """The open question again, headed by how to answer it (a typed message was no answer); ``unsure``
        ("ไม่แน่ใจ"): nothing recorded, said so, and "ข้าม" offered for what one does not know; ``told`` (one's work
        described): the level closest to it asked for."""
        flow, state = self.active(ctx), ctx.state
        assert flow is not None and state is not None
        question = flow.ask(ctx, state)
        labels = [b.label for b in question.buttons if b.data.startswith("q:r:")]
        letters = all(len(label) == 1 for label in labels)  # a quiz's ก ข ค ง
        # (a quiz's "ไม่รู้" is answered with its letters: a guess is part of a quiz)
        hint = say("answer_hint_letters" if letters else "answer_unsure" if unsure else "answer_told" if told
                   else "answer_hint", ctx.language,
                   n=len(labels), letters=" ".join(labels))
        return replace(question, text=f"{hint}\n\n{question.text}")

    async def stop(self, ctx: Ctx) -> list[Reply]:
        if ctx.state is not None and self.active(ctx) is not None:
            # (a topic talked about while paused before is no topic of this pause: the engine keeps one beside it)
            data = {k: v for k, v in ctx.state.data.items() if k != PAUSED_TOPIC}
            await ctx.set_state(ctx.state.flow, "paused", data)
        return [text(say("stopped", ctx.language), (continue_button(ctx.language),))]

    async def step(self, ctx: Ctx, verb: str, args: tuple[str, ...]) -> list[Reply]:
        """``q:r`` / ``q:k`` / ``q:b`` / ``q:x`` / ``q:d`` for run ``args[0]``, question ``args[1]``."""
        flow, state = self.active(ctx), ctx.state
        run = args[0] if args else ""
        if flow is None or state is None or state.data.get("run") != run:
            return self.stale(ctx)
        if verb == "x":
            return await self.stop(ctx)
        if verb == "d":  # discard, confirmed
            await ctx.clear_state()
            return [text(say("discarded", ctx.language))]
        if len(args) < 2 or args[1] != str(state.data["i"]):
            return self.stale(ctx)
        if verb == "b":
            data = {**state.data, "i": max(0, state.data["i"] - 1)}
            await ctx.set_state(state.flow, "ask", data)
            return [flow.ask(ctx, State(state.flow, "ask", data))]
        feedback: list[Reply] = []
        if verb == "r":
            if len(args) < 3:
                raise FlowError(f"answer without a value: {args!r}")
            feedback = await flow.record(ctx, state, args[2])
            state = ctx.state or state  # record may have updated the data
        elif verb != "k":
            raise FlowError(f"questionnaire verb {verb!r}")
        return feedback + await self.advance(ctx, flow, state)

    async def advance(self, ctx: Ctx, flow: Questionnaire, state: State) -> list[Reply]:
        data = {**state.data, "i": state.data["i"] + 1}
        if data["i"] >= data["n"]:
            summary = await flow.finish(ctx, State(state.flow, "done", data))
            await ctx.clear_state()
            return summary
        await ctx.set_state(state.flow, "ask", data)
        return [flow.ask(ctx, State(state.flow, "ask", data))]

    async def start(self, ctx: Ctx, flow: Questionnaire, data: dict[str, object], intro: str) -> list[Reply]:
        state = State(flow.flow, "ask", {"i": 0, **data})
        await ctx.set_state(state.flow, state.step, state.data)
        return [text(intro), flow.ask(ctx, state)]

    def stale(self, ctx: Ctx) -> list[Reply]:
        """The polite reply to a button that no longer (or never did) apply."""
        buttons = (continue_button(ctx.language),) if self.active(ctx) else ()
        return [text(say("stale", ctx.language), buttons)]
