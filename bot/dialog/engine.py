"""The dialog engine: one incoming event in, replies out, one database transaction per event.

``create_handler(sessions)`` returns the ``Handler`` the channels call. The engine finds (or
creates) the user by platform id, loads their conversation state from the database, routes the
event (first contact, a flow button, a flow's free-text step, or a question for ``respond``) and
commits. Nothing is kept in process memory between events, so any replica can take the next one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.dialog import insights
from bot.dialog.actions import Action, ActionError, FlowAction, action_understanding, flow_action, parse_button
from bot.dialog.answers import respond
from bot.dialog.flows import (
    account,
    assessment,
    handoff,
    knowledge,
    onboarding,
    pmqa_check,
    profile,
    progress,
    reminders,
)
from bot.dialog.flows.common import FlowError, continue_button, text, with_button
from bot.dialog.flows.context import Ctx, State
from bot.dialog.flows.keywords import command
from bot.dialog.flows.questionnaire import Runner
from bot.dialog.flows.wording import say
from bot.dialog.limits import button, fit
from bot.dialog.replies import Reply
from bot.incoming import Incoming
from content.catalog import Catalog, get_catalog
from intents.result import Understanding
from storage import Conversations, Users, utcnow

# "Last seen" is kept to within a few minutes: writing it on every message would cost an UPDATE each.
LAST_SEEN_RESOLUTION = timedelta(minutes=5)
RUNNER = Runner([assessment.SELF_ASSESSMENT, knowledge.KNOWLEDGE_QUIZ, pmqa_check.READINESS_CHECK])
# The words that discard an open questionnaire (after a confirmation); other "stop" words pause it.
_DISCARD_WORDS = re.compile(r"ยกเลิก(?:แบบประเมิน|การประเมิน)?|cancel(?: (?:the |this )?(?:quiz|assessment))?")
# Intents that store something about the person: they need consent first.
STORING_INTENTS = ("quiz_start", "reminder_set", "reminder_list", "reminder_cancel", "profile_set", "progress")


class DialogEngine:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], catalog: Catalog | None = None,
                 understand: Callable[[str], Understanding] | None = None,
                 clock: Callable[[], datetime] = utcnow) -> None:
        if understand is None:
            from intents import understand as default_understand

            understand = default_understand
        self._sessions, self._catalog, self._understand, self._clock = sessions, catalog or get_catalog(), \
            understand, clock

    async def __call__(self, incoming: Incoming) -> list[Reply]:
        async with self._sessions.begin() as session:
            replies = await self._handle(session, incoming)
        return fit(replies)

    async def _handle(self, session: AsyncSession, incoming: Incoming) -> list[Reply]:
        users, now = Users(session), self._clock()
        known = await users.by_platform_id(incoming.platform, incoming.user_id)
        if incoming.kind == "unfollow":
            if known is not None:
                await users.mark_blocked(known.id, now)
            return []
        if known is not None and now - known.last_seen_at >= LAST_SEEN_RESOLUTION:
            known.last_seen_at = now
        user = known or await users.get_or_create(incoming.platform, incoming.user_id, now=now)  # no name: PDPA
        if not user.active:
            await users.mark_active(user.id)
        row = await Conversations(session).get(user.id, now)
        state = State(row.flow, row.step, dict(row.data)) if row else None
        hint = incoming.language if incoming.language in ("th", "en") else "th"
        ctx = Ctx(session, user, self._catalog, user.language if user.consent_at else hint, now, state)
        if incoming.kind in ("follow", "start"):
            return onboarding.welcome(ctx)
        if incoming.kind == "postback":
            return await self._button(ctx, incoming.text)
        if incoming.kind == "text" and incoming.text.strip():
            return await self._text(ctx, incoming.text, first=known is None)
        return []

    # -- buttons ------------------------------------------------------------------------------
    async def _button(self, ctx: Ctx, data: str) -> list[Reply]:
        try:
            action = parse_button(data)  # the one validating parser: garbage is a stale button
        except ActionError:
            return RUNNER.stale(ctx)
        if isinstance(action, Action):  # a question button: handled as if the question were typed, any flow kept
            understanding = action_understanding(action, ctx.language) or self._understand(action.args[0])
            return await self._intent(ctx, understanding, None)
        if action.kind != "k" and not ctx.consented and action.kind != "d":
            return onboarding.needed(ctx)
        try:
            return await self._flow_action(ctx, action)
        except FlowError:
            return RUNNER.stale(ctx)

    async def _flow_action(self, ctx: Ctx, action: FlowAction) -> list[Reply]:
        verb = action.arg(0)
        if action.kind == "k":
            return await onboarding.on_action(ctx, verb)
        if action.kind == "m":
            return await profile.on_action(ctx, action.args)
        if action.kind == "d":
            return await account.on_action(ctx, verb)
        if action.kind == "w":
            return await reminders.on_action(ctx, action.args)
        # "q"
        if verb == "s":
            return await self._start(ctx, action.args[1:])
        if verb == "c":
            return await RUNNER.resume(ctx)
        if verb == "p":
            return await progress.show(ctx)
        return await RUNNER.step(ctx, verb, action.args[1:])

    async def _start(self, ctx: Ctx, args: tuple[str, ...]) -> list[Reply]:
        what = args[0] if args else ""
        unit = self._catalog.unit(args[1], args[2]) if len(args) == 3 else None
        if what == "a":
            return await (assessment.start(ctx, RUNNER, unit) if unit else assessment.pick_unit(ctx))
        if what == "z":
            return await knowledge.start(ctx, RUNNER, unit)
        if what == "y":
            category = self._catalog.pmqa_category(int(args[1])) if len(args) == 2 and args[1].isdigit() else None
            return await pmqa_check.start(ctx, RUNNER, category) if category else pmqa_check.pick(ctx)
        raise FlowError(f"start {args!r}")

    # -- text ---------------------------------------------------------------------------------
    async def _text(self, ctx: Ctx, message: str, *, first: bool) -> list[Reply]:
        understanding = self._understand(message)
        ctx.language = "en" if understanding.language == "en" else "th"
        if (held := await handoff.on_text(ctx, message, understanding)) is not None:
            return held  # a conversation with HR is open (or just ended): the bot stays out of it
        await insights.record(ctx, understanding)
        if ctx.consented and ctx.user.language != ctx.language:
            await Users(ctx.session).set_language(ctx.user.id, ctx.language)
        cmd = command(message)
        if first:
            greeting = onboarding.welcome(ctx)
            if understanding.intent in ("greeting", "help", "thanks") or cmd:
                return greeting
            # The answer first: the platforms cap replies at five, and the question is what they came for.
            return respond(understanding, self._catalog, language=ctx.language) + greeting
        if understanding.intent == "cancel" and ctx.state is not None and RUNNER.active(ctx) is not None:
            # Stopping a questionnaire pauses it; only "ยกเลิก" discards, and asks first.
            if not _DISCARD_WORDS.fullmatch(message.strip().lower()):
                return await RUNNER.stop(ctx)
            return [text(say("discard_confirm", ctx.language),
                         (button(say("discard", ctx.language), flow_action("q", "d", ctx.state.data["run"])),
                          continue_button(ctx.language)))]
        if understanding.intent == "cancel" and ctx.state is not None:
            await ctx.clear_state()
            return [text(say("cancelled", ctx.language))]
        if cmd in ("consent", "decline"):
            return await onboarding.on_action(ctx, "y" if cmd == "consent" else "n")
        replies = await self._flow_text(ctx, understanding, cmd)
        if replies is not None:
            return replies
        return await self._intent(ctx, understanding, cmd)

    async def _flow_text(self, ctx: Ctx, understanding: Understanding, cmd: str | None) -> list[Reply] | None:
        """A message that belongs to the open flow's step; None when it is something else."""
        state = ctx.state
        if state is None or not ctx.consented:
            return None
        if RUNNER.active(ctx) is not None:
            run, index = state.data["run"], str(state.data["i"])
            if cmd == "resume":
                return await RUNNER.resume(ctx)
            if cmd == "stop":
                return await RUNNER.stop(ctx)
            if cmd in ("skip", "back") and state.step == "ask":
                return await RUNNER.step(ctx, "k" if cmd == "skip" else "b", (run, index))
            return None
        if state.flow == "profile" and state.step == "agency":
            if understanding.intent == "profile_set":
                return await profile.set_from_entities(ctx, understanding.entities)
            if understanding.intent in ("unknown", "search") or understanding.confidence < 0.8:
                return await profile.set_agency(ctx, understanding.text)
        if state.flow == "reminder" and understanding.entities.get("due"):
            from datetime import date

            return reminders.confirm(ctx, state.data["fw"], state.data["unit"],
                                     date.fromisoformat(understanding.entities["due"]))
        return None

    async def _intent(self, ctx: Ctx, u: Understanding, cmd: str | None) -> list[Reply]:
        intent, e = u.intent, u.entities
        if cmd == "needs" or (intent == "role_requirements" and not (e.get("group") and e.get("phase"))):
            filled = {"group": ctx.user.profile_group, "phase": ctx.user.profile_phase, **e}
            u = Understanding(u.text, u.normalised, u.language, "role_requirements", 1.0,
                              {k: v for k, v in filled.items() if v})
            intent = u.intent
        elif cmd == "readiness" or (cmd == "knowledge" and intent != "unit_info"):
            intent = "quiz_start"
        if intent == "data_delete":
            return account.ask(ctx)
        if intent == "profile_show" and ctx.consented:
            return profile.show(ctx)
        if intent in STORING_INTENTS and not ctx.consented:
            return onboarding.needed(ctx)
        if intent == "quiz_start" or cmd == "resume":
            return await self._quiz_text(ctx, u, cmd)
        if intent == "profile_set":
            return await profile.set_from_entities(ctx, e)
        if intent == "progress":
            return await progress.show(ctx)
        if intent in ("reminder_set", "reminder_list", "reminder_cancel"):
            return await self._reminder_text(ctx, u)
        return self._keep_flow(ctx, self._with_consent_offer(ctx, respond(u, self._catalog, language=ctx.language)))

    async def _quiz_text(self, ctx: Ctx, u: Understanding, cmd: str | None) -> list[Reply]:
        if cmd == "resume" or (RUNNER.active(ctx) and not u.entities.get("codes") and cmd is None):
            return await RUNNER.resume(ctx)
        unit = assessment.assessable_unit(self._catalog, u.entities.get("codes") or [])
        if cmd == "knowledge":
            return await knowledge.start(ctx, RUNNER, unit)
        if cmd == "readiness":
            category = self._catalog.pmqa_category(int(u.entities.get("category") or 0))
            return await pmqa_check.start(ctx, RUNNER, category) if category else pmqa_check.pick(ctx)
        return await (assessment.start(ctx, RUNNER, unit) if unit else assessment.pick_unit(ctx))

    async def _reminder_text(self, ctx: Ctx, u: Understanding) -> list[Reply]:
        if u.intent == "reminder_list" or u.intent == "reminder_cancel":
            return await reminders.list_reminders(ctx)
        unit = assessment.assessable_unit(self._catalog, u.entities.get("codes") or []) or next(
            (n for entry in u.entities.get("codes") or [] for n in self._catalog.find(entry["code"])), None)
        if unit is None:
            return [text(say("reminder_need_unit", ctx.language))]
        target = self._catalog.unit_of(unit)
        if u.entities.get("due"):
            from datetime import date

            return reminders.confirm(ctx, target.framework, target.code, date.fromisoformat(u.entities["due"]))
        return await reminders.ask_date(ctx, target.framework, target.code)

    # -- helpers ------------------------------------------------------------------------------
    def _with_consent_offer(self, ctx: Ctx, replies: list[Reply]) -> list[Reply]:
        return replies if ctx.consented else [*replies[:4], onboarding.reoffer(ctx)]

    def _keep_flow(self, ctx: Ctx, replies: list[Reply]) -> list[Reply]:
        """A question asked mid-quiz is answered; the quiz waits, one button away."""
        if RUNNER.active(ctx) is None:
            return replies
        return with_button(fit(replies)[:4], continue_button(ctx.language))


def create_handler(sessions: async_sessionmaker[AsyncSession]) -> DialogEngine:
    return DialogEngine(sessions)
