"""The dialog engine: one incoming event in, replies out, one database transaction per event.

``create_handler(sessions)`` returns the ``Handler`` the channels call. The engine finds (or
creates) the user by platform id, loads their conversation state from the database, routes the
event (first contact, a flow button, a flow's free-text step, or a question for ``respond``) and
commits. Nothing is kept in process memory between events, so any replica can take the next one.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import metrics
from bot.dialog import insights, phrases
from bot.dialog.actions import (
    Action,
    ActionError,
    FlowAction,
    action_understanding,
    flow_action,
    intent_action,
    node_action,
    parse_button,
    parse_flow_action,
    text_action,
)
from bot.dialog.answers import respond, smalltalk
from bot.dialog.answers.common import sources_of
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
from bot.dialog.flows.common import FlowError, affirms, consent_buttons, continue_button, denies, text
from bot.dialog.flows.context import Ctx, State
from bot.dialog.flows.questionnaire import PAUSED_TOPIC, Runner
from bot.dialog.flows.wording import say
from bot.dialog.limits import ELLIPSIS, MAX_BUTTONS, button, fit
from bot.dialog.replies import Reply
from bot.incoming import Incoming
from content.catalog import Catalog, get_catalog
from content.schema import PHASES
from intents import entities
from intents.commands import (
    DOUBT,
    asks_about_this,
    asks_for_more,
    choice_number,
    command,
    fold_short,
    is_confused,
    number_alone,
    picked_number,
)
from intents.context import REMINDERS, follow_up, listed_place, topic_after, topic_of, topic_refs
from intents.engine import default_understander
from intents.layout import canonical_letters
from intents.lexicon import (
    ANNOUNCED,
    DISCARD_RUN,
    EVIDENCE_SENT,
    FIRST_PERSON,
    FOR_OTHERS,
    GREETING_FIRST,
    IMPROVE_ASKED,
    MOVE_DATE,
    MY_TEAM,
    NOT_STARTED,
    PASS_ASKED,
    PASS_MARK,
    POINTS_AT_SHOWN,
    PRIVACY_CONCERN,
    PRIVACY_QUESTION,
    QUESTION,
    QUIZ,
    REMOVE_LISTED,
    RESULT_ASKED,
    SOURCE_ASKED,
    STAFF_RESULTS,
    START_WHERE,
    TEST_ASKED_ABOUT,
    WHAT_ABOUT,
    WHERE_TO_SUBMIT,
    WHICH_FRAMEWORK,
    WHICH_GROUP,
    WHY,
)
from intents.normalise import bare, fold
from intents.recent import Recent
from intents.result import Understanding
from intents.romanized import thai_reading
from storage import Conversations, User, Users, utcnow

# "Last seen" is kept to within a few minutes: writing it on every message would cost an UPDATE each.
LAST_SEEN_RESOLUTION = timedelta(minutes=5)
# What a follow-up needs of a conversation before consent, kept in memory only: for how many people, how long.
BEFORE_CONSENT_KEPT = 4096
BEFORE_CONSENT_TTL = timedelta(minutes=30)
RUNNER = Runner([assessment.SELF_ASSESSMENT, knowledge.KNOWLEDGE_QUIZ, pmqa_check.READINESS_CHECK])
# The words that discard an open questionnaire (after a confirmation); other "stop" words pause it.
_DISCARD_WORDS = re.compile(r"ยกเลิก(?:แบบประเมิน|การประเมิน)?|cancel(?: (?:the |this )?(?:quiz|assessment))?")
# Intents that store something about the person: they need consent first.
STORING_INTENTS = ("quiz_start", "reminder_set", "reminder_list", "reminder_cancel", "profile_set", "progress",
                   "profile_show", "flow_resume")
REMINDER_INTENTS = ("reminder_set", "reminder_list", "reminder_cancel")
_CANCEL_WORD = re.compile(r"ยกเลิก|cancel|ลบ|เลิก", re.IGNORECASE)
# Asked before consent, these are kept (intent and codes only, nothing personal) and done after it.
PENDING_FLOW = "pending"
# The last answer's subject (codes, group and phase, PMQA reference), kept for a follow-up ("แล้วหลักฐานล่ะ").
TOPIC_FLOW = PAUSED_TOPIC  # the topic's own flow name, and the key of one kept beside a paused questionnaire
_CANCEL_SHOWN = flow_action("w", "c", "")  # a reminder's cancel button ("w:c:ID")
# The flow buttons of the last replies, kept in the state's data so that a typed label presses one.
PRESSABLE = "pressable"
# Below this, a message typed at a questionnaire's question is taken for a try at answering it.
ANSWER_CONFIDENCE = 0.8
# Beside an open run's state: "ยกเลิก" has asked whether to discard it, and the next message answers.
DISCARD_ASKED = "discard_asked"
# Beside a topic: the profile question ("group" or "phase") a question interrupted, still unanswered; a bare
# group or phase typed later answers it ("ด้านเทคโนโลยี" two turns after the buttons were shown).
PROFILE_ASKED = "profile_asked"
# "ทำแบบทดสอบอีกครั้ง": the same quiz as last time.
_AGAIN = re.compile(r"อีก\s*(?:ครั้ง|รอบ|ที)|ใหม่|again", re.IGNORECASE)
# What the "talk to HR" button sends, as if typed (it opens a handoff).
HANDOFF_WORDS = "ขอคุยกับเจ้าหน้าที่"
# What may lead a typed answer: the question pointed at ("ข้อนี้ยังไม่มี"), a guess ("น่าจะ ข", "คิดว่าเป็น ค"), "ตอบ ข".
_ANSWER_PREFIX = re.compile(r"^(?:(?:ข้อนี้|อันนี้|ตรงนี้)\s*)?(?:(?:น่าจะ|คิดว่า|ตอบว่า)\s*(?:เป็น)?\s*)?"
                            r"(?:ข้อ(?!นี้)|ตอบ|เลือก)?\s*")


class DialogEngine:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], catalog: Catalog | None = None,
                 understand: Callable[[str], Understanding] | None = None,
                 clock: Callable[[], datetime] = utcnow) -> None:
        if understand is None:
            from intents import understand as default_understand

            understand = default_understand
        self._sessions, self._catalog, self._understand, self._clock = sessions, catalog or get_catalog(), \
            understand, clock
        # Before consent nothing of a conversation is written to the database; what a follow-up needs
        # ("แล้วทักษะล่ะ" after DL200: the topic and the buttons shown) is kept here for a while instead.
        self._before_consent: Recent[tuple[str, str, datetime], tuple[State, datetime]] = Recent(BEFORE_CONSENT_KEPT)
        self._offered: Recent[tuple[str, str, datetime], datetime] = Recent(BEFORE_CONSENT_KEPT)  # consent offered
        # the conversation's language before consent (nothing is stored then): an English conversation stays English
        # for "DS700 evidence", which alone would be read as Thai
        self._spoken: Recent[tuple[str, str, datetime], str] = Recent(BEFORE_CONSENT_KEPT)
        # when the privacy notice was shown in full (not asked again in full right after), and who deleted their
        # data a moment ago (by platform id alone: the person is new to the database after it)
        self._noticed: Recent[tuple[str, str, datetime], datetime] = Recent(BEFORE_CONSENT_KEPT)
        self._deleted: Recent[tuple[str, str], datetime] = Recent(BEFORE_CONSENT_KEPT)

    async def __call__(self, incoming: Incoming) -> list[Reply]:
        """One event in its own transaction (the web simulator, the console, ``ask``)."""
        async with self._sessions.begin() as session:
            return await self.handle(session, incoming)

    async def handle(self, session: AsyncSession, incoming: Incoming) -> list[Reply]:
        """One event inside the caller's transaction (the batch processor's, one savepoint each)."""
        return fit(await self._handle(session, incoming))

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
        if state is None and user.consent_at is None:
            state = self._kept_before_consent(user, now)
        # Thai by default: a phone's locale says nothing of the conversation's language
        hint = (self._spoken.get(_person(user)) or "th") if user.consent_at is None else "th"
        ctx = Ctx(session, user, self._catalog, user.language if user.consent_at else hint, now, state)
        if incoming.kind in ("follow", "start"):
            if not ctx.consented:
                self._noticed.put(_person(user), now)
            return onboarding.welcome(ctx)
        if incoming.kind == "postback":
            replies = await self._button(ctx, incoming.text)
        elif incoming.kind == "text" and incoming.text.strip():
            replies = await self._text(ctx, incoming.text, first=known is None)
        else:
            return []
        if ctx.deleted:  # "ผลเป็นไง" next is answered "deleted", not with the notice of a newcomer
            self._deleted.put((user.platform, user.platform_user_id), now)
            return replies
        await self._remember_buttons(ctx, replies)
        return replies

    # -- buttons ------------------------------------------------------------------------------
    async def _button(self, ctx: Ctx, data: str) -> list[Reply]:
        metrics.MESSAGES.labels(ctx.user.platform, "button").inc()
        try:
            action = parse_button(data)  # the one validating parser: garbage is a stale button
        except ActionError:
            return RUNNER.stale(ctx)
        if isinstance(action, Action):  # a question button: handled as if the question were typed, any flow kept
            understanding = action_understanding(action, ctx.language) or self._understand(action.args[0])
            if (phase := _phase_pressed(ctx, action)) is not None:  # the role's phase answers the profile's question
                return [await profile.phase_from_role(ctx, phase), *await self._intent(ctx, understanding, None)]
            if handoff.asks_for_human(understanding) and \
                    (held := await handoff.on_text(ctx, action.args[0], understanding)) is not None:
                return held  # "คุยกับเจ้าหน้าที่ HR" under an answer the sources cannot give
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
            pending = _told(ctx.state)
            replies = await onboarding.on_action(ctx, verb)
            if pending is not None and verb == "y":
                await ctx.clear_state()
                asked = Understanding("", "", ctx.language, pending["intent"], 1.0, pending.get("entities") or {})
                return [text(say("pending_after_consent", ctx.language)), *await self._intent(ctx, asked, None)]
            return replies
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
        if what == "a" and len(args) == 2 and args[1].isdigit():  # "ดูเพิ่ม" under the units to pick from
            return await assessment.pick_unit(ctx, int(args[1]))
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
        started = time.perf_counter()
        message = canonical_letters(message)  # ("สํานักงาน" pasted from a PDF: ำ, wherever the message is read or kept)
        understanding = self._understand(message)
        if understanding.intent in ("thanks", "greeting") and (rest := _after_courtesy(message)) is not None:
            understanding = self._understand(rest)  # "ขอบพระคุณครับ และหาก…ต้องประเมินหรือไม่": the question, not thanks
        metrics.UNDERSTANDING_SECONDS.observe(time.perf_counter() - started)
        metrics.MESSAGES.labels(ctx.user.platform, understanding.intent).inc()
        if (topic := _topic(ctx.state) or _run_topic(ctx.state, understanding)) is not None:
            understanding = follow_up(understanding, topic, catalog=self._catalog, now=ctx.now)
        if not _takes_free_text(ctx.state):  # an agency typed in Latin letters is no switch to English
            ctx.language = conversation_language(understanding, ctx.language)
        if (held := await handoff.on_text(ctx, message, understanding)) is not None:
            return held  # a conversation with HR is open (or just ended): the bot stays out of it
        if ctx.consented and ctx.user.language != ctx.language:
            await Users(ctx.session).set_language(ctx.user.id, ctx.language)
        elif not ctx.consented:
            self._spoken.put(_person(ctx.user), ctx.language)
        # (and as read: "phom yin yom krub" typed in Latin letters is "ผมยินยอมครับ")
        cmd = command(message) or (command(understanding.normalised) if understanding.normalised != message else None)
        asks_own = understanding.intent in _OWN_DATA_ASKED or (  # "เตือนยังอยู่มั้ย": asked, not set
            understanding.intent == "reminder_set" and not understanding.entities and QUESTION.search(bare(message)))
        if asks_own and not ctx.consented and self._just_deleted(ctx):
            return self._no_results(ctx)  # "ผลเป็นไง", "เตือนยังอยู่มั้ย" right after deleting: none kept, said plainly
        if first:
            await insights.record(ctx, understanding)
            greeting = onboarding.welcome(ctx)
            self._noticed.put(_person(ctx.user), ctx.now)
            self._offered.put(_person(ctx.user), ctx.now)  # the privacy notice and its buttons are in it
            if understanding.intent == "help" and not cmd and \
                    (asked := smalltalk.specific_help(understanding, self._catalog, ctx.language)) is not None:
                return [text(asked), *greeting]  # "อยากแจ้งเวียนทุกคนในกรม…" first: its answer, not the welcome alone
            if understanding.intent in ("greeting", "help", "thanks") or cmd:
                return greeting
            if understanding.intent in STORING_INTENTS:
                return await self._pending(ctx, understanding)
            # The answer first: the platforms cap replies at five, and the question is what they came for.
            await self._remember_topic(ctx, understanding)  # "แล้วของ ก.พ. ล่ะ" next leans on it, as on any answer
            return [*respond(understanding, self._catalog, language=ctx.language)[:3], *greeting]
        discards = RUNNER.active(ctx) is not None and DISCARD_RUN.search(bare(message)) is not None
        if (understanding.intent == "cancel" or discards) and ctx.state is not None and RUNNER.active(ctx) is not None:
            # Stopping a questionnaire pauses it; only "ยกเลิก" discards ("ยกเลิกแบบทดสอบที่ค้างไว้", never a
            # resume for its "ค้าง"), and asks first.
            if not (discards or _DISCARD_WORDS.fullmatch(message.strip().lower())):
                return await RUNNER.stop(ctx)
            # The question waits for a typed answer too ("ยืนยัน", "ใช่"): a run's buttons are not kept for typing.
            await ctx.set_state(ctx.state.flow, ctx.state.step, {**ctx.state.data, DISCARD_ASKED: True})
            return [text(say("discard_confirm", ctx.language),
                         (button(say("discard", ctx.language), flow_action("q", "d", ctx.state.data["run"])),
                          continue_button(ctx.language)))]
        # A typed label of the open step's button is that button ("ยกเลิกทั้งหมด" under "cancel all your
        # reminders?" cancels them; the generic cancel below only forgot the question).
        if (pressed := typed_label(ctx.state, message, flow_steps=True)) is not None:
            return await self._button(ctx, pressed)
        if not ctx.consented and (pressed := _typed_delete_answer(ctx.state, message)) is not None:
            return await self._button(ctx, pressed)  # "ใช่ ลบเลย" under the deletion question before consent
        if (pressed := category_pressed(ctx.state, understanding)) is not None:
            return await self._button(ctx, pressed)  # "หมวดบุคลากรค่ะ" under the readiness check's categories
        if (pressed := cancel_pointed_at(ctx.state, understanding)) is not None:
            return await self._button(ctx, pressed)  # "ยกเลิกอันนี้" under a reminder: that reminder
        if (pressed := remaining_asked(ctx.state, message)) is not None:
            return await self._button(ctx, pressed)  # "เหลืออะไรบ้าง" after one was cancelled: the list
        if understanding.intent in ("cancel", "unknown") and _CANCEL_WORD.search(message) and \
                (_topic(ctx.state) or {}).get("intent") in REMINDER_INTENTS and reminders.ALL.search(message):
            # "ยกเลิกทั้งหมดเลย" right after a reminder was set or listed: every reminder, asked first (a bare
            # "ยกเลิกแล้ว" that cancelled nothing, before)
            return await reminders.ask_cancel_all(ctx)
        if understanding.intent == "cancel" and ctx.state is not None and ctx.state.flow != "delete" and \
                not reminders.cancel_is_the_answer(ctx.state):
            # (under "ลบข้อมูลทั้งหมดใช่ไหม", "ไม่ลบแล้วค่ะ" is the question's no: answered by it, "nothing deleted")
            await ctx.clear_state()
            return [text(say("cancelled", ctx.language))]
        if cmd == "consent" and ctx.consented and RUNNER.active(ctx) is not None:
            # Consent given before: a typed "ยินยอม" must not restart the onboarding over the open run.
            return [text(say("consent_already", ctx.language), (continue_button(ctx.language),))]
        if cmd in ("consent", "decline"):
            return await self._flow_action(ctx, FlowAction("k", ("y" if cmd == "consent" else "n",)))
        # A question button's typed label only when the open step (a profile question) does not take the
        # text as its answer.
        replies = await self._flow_text(ctx, understanding, cmd)
        if replies is not None:
            return replies
        if (pressed := typed_label(ctx.state, message, flow_steps=False)) is not None:
            return await self._button(ctx, pressed)
        if (pressed := typed_choice(ctx.state, understanding)) is not None:
            return await self._button(ctx, pressed)
        understanding = _listed_unit(ctx.state, understanding) or understanding
        if (pressed := _interrupted_answer(ctx, understanding)) is not None:
            return await self._button(ctx, pressed)
        if (short := await self._short_follow_up(ctx, message, cmd)) is not None:
            return short
        # What people ask is counted here, past the flows: a typed rating, an agency's name or "ยืนยัน"
        # answers a step and is no question (they filled the open questions, before).
        await insights.record(ctx, understanding)
        return await self._intent(ctx, understanding, cmd)

    async def _short_follow_up(self, ctx: Ctx, message: str, cmd: str | None) -> list[Reply] | None:
        """A very short message about the last answer, outside a questionnaire: "๑" picks the first item it
        listed; "อีก", "ต่อ" with no next page says that was all (not "not understood", not "nothing to resume");
        "ไม่เข้าใจ", "งง" asks what was unclear (no search for the words). None for anything else."""
        folded = fold_short(message)
        number, confused, more = number_alone(folded), is_confused(folded), asks_for_more(folded)
        if not (number is not None or confused or more) or RUNNER.active(ctx) is not None:
            return None  # (most messages: nothing of the shown buttons is looked at)
        shown = _shown_questions(ctx.state)
        if number is not None:
            # a list of units or elements (buttons named by codes, as "ตัวที่ 2" counts them), not a card's parts
            listed = _code_named(shown)
            return await self._button(ctx, listed[number - 1]) if len(listed) >= 2 and 1 <= number <= len(listed) \
                else None
        buttons = tuple(button(label, data) for label, data in shown[:MAX_BUTTONS])
        if confused:
            return [text(say("confused", ctx.language), buttons)]
        if not (shown or _topic(ctx.state)):
            return None
        if cmd == "resume" and ctx.consented and await assessment.has_open_attempt(ctx):
            return None  # "ต่อ" continues the self-assessment left open
        return [text(say("no_more", ctx.language), buttons)]

    async def _pending(self, ctx: Ctx, u: Understanding) -> list[Reply]:
        """A first message that needs consent: the notice now, the request right after "ยินยอม"."""
        await ctx.set_state(PENDING_FLOW, "consent", _pending_data(u))
        return onboarding.needed(ctx)

    def _consent_needed(self, ctx: Ctx, u: Understanding) -> list[Reply]:
        """A request that stores something, before consent (not the first message). The request is kept in memory
        and done right after "ยินยอม" ("ผมเป็นนักวิชาการคอมพิวเตอร์" saves the group then). The notice in full when it
        has not been shown lately, else a brief word with the buttons (the whole notice under every such message,
        before). Results asked for: none are kept, said plainly (after a deletion, that it was deleted)."""
        if u.intent == "progress":
            return self._no_results(ctx)
        ctx.next_state = (PENDING_FLOW, "consent", _pending_data(u))  # (kept in memory only: no consent yet)
        person, lang = _person(ctx.user), ctx.language
        noticed = self._noticed.get(person)
        if noticed is None or ctx.now - noticed >= BEFORE_CONSENT_TTL:
            self._noticed.put(person, ctx.now)
            return onboarding.needed(ctx)
        group = u.entities.get("group") if u.intent == "profile_set" and not u.entities.get("phase") else None
        said = say("consent_to_save_group", lang, group=phrases.label(phrases.GROUP_LABELS, str(group), lang)) \
            if group else say("consent_to_save_profile" if u.intent == "profile_set" else "consent_needed_brief", lang)
        return [text(said, consent_buttons(lang))]

    def _just_deleted(self, ctx: Ctx) -> bool:
        deleted = self._deleted.get((ctx.user.platform, ctx.user.platform_user_id))
        return deleted is not None and ctx.now - deleted < BEFORE_CONSENT_TTL

    def _no_results(self, ctx: Ctx) -> list[Reply]:
        """Results asked for before consent: none are kept (deleted a moment ago, or never recorded), and the way
        to start, one press away."""
        lang = ctx.language
        self._noticed.put(_person(ctx.user), ctx.now)
        return [text(say("no_results_deleted" if self._just_deleted(ctx) else "no_results_yet", lang),
                     consent_buttons(lang))]

    async def _flow_text(self, ctx: Ctx, understanding: Understanding, cmd: str | None) -> list[Reply] | None:
        """A message that belongs to the open flow's step; None when it is something else."""
        state = ctx.state
        if state is None or not ctx.consented:
            return None
        intent = understanding.intent
        if RUNNER.active(ctx) is not None:
            run, index, plain = state.data["run"], str(state.data["i"]), bare(understanding.text)
            if state.data.get(DISCARD_ASKED):  # the answer to "ยกเลิกแบบประเมินนี้ใช่ไหม", or something else
                state = State(state.flow, state.step, {k: v for k, v in state.data.items() if k != DISCARD_ASKED})
                await ctx.set_state(state.flow, state.step, state.data)
                folded = fold_short(understanding.text)
                if cmd == "confirm" or affirms(folded, "ยกเลิก", "ทิ้ง", "ลบ") or \
                        folded.startswith(fold_short(say("discard", ctx.language))):
                    return await self._button(ctx, flow_action("q", "d", run))
                if denies(folded):
                    return await RUNNER.resume(ctx)
            if (cmd == "resume" or intent == "flow_resume") and not self._names_another_unit(state, understanding):
                return await RUNNER.resume(ctx)  # ("ทำต่อ DS700 ที่ค้างไว้" while DS600 is open: DS700's, below)
            # The exact command first: "ไม่แน่ใจ ข้ามไปก่อน" is a skip though the classifier hears a stop in it.
            if cmd in ("skip", "back") and state.step == "ask":
                return await RUNNER.step(ctx, "k" if cmd == "skip" else "b", (run, index))
            if state.step == "ask" and _NEXT_QUESTION.fullmatch(fold_short(understanding.text)):
                return await RUNNER.step(ctx, "k", (run, index))  # "ข้อถัดไป" with this one unanswered: skipped
            if cmd == "stop":
                return await RUNNER.stop(ctx)
            if RESULT_ASKED.search(plain) and choice_number(understanding.text) is None and \
                    not PRIVACY_QUESTION.search(plain):  # (who sees them: "HR เห็นผลของผมไหม")
                # "ขอดูผลเลย", "ตอนนี้ได้กี่คะแนนแล้ว": the answers so far, summed up
                if state.flow == assessment.SELF_ASSESSMENT.flow:
                    return await assessment.result_so_far(ctx, state)
                if state.flow == knowledge.KNOWLEDGE_QUIZ.flow:
                    return knowledge.score_so_far(ctx, state)
            # An answer before the classifier's reading: "ไม่เคยทำเลย" rates 1, though it hears a stop in it.
            # A paused run takes the answer's exact forms ("3", a label), as the waiting note says it does.
            typed = self._typed_answer(ctx, understanding.text,
                                       worded=state.step == "ask" and _may_answer_in_words(understanding))
            if typed is not None:
                data, worded = typed
                if state.step != "ask":
                    await ctx.set_state(state.flow, "ask", state.data)
                replies = await self._button(ctx, data)
                # An answer described in words is echoed with the scale's wording: never recorded unseen.
                return [text(say("typed_recorded", ctx.language, label=worded)), *replies] if worded else replies
            if intent == "flow_stop":
                return await RUNNER.stop(ctx)
            if state.step == "ask" and state.flow == assessment.SELF_ASSESSMENT.flow and \
                    WHICH_FRAMEWORK.search(plain) and not understanding.codes_written() and \
                    (said := assessment.SELF_ASSESSMENT.framework_of(ctx, state)) is not None:
                return [said, assessment.SELF_ASSESSMENT.ask(ctx, state)]  # then the question, to answer it
            if state.step == "ask" and asks_about_this(understanding.text):
                # "ข้อนี้หมายถึงอะไร": what the question means, then the question again to answer it
                flow = RUNNER.active(ctx)
                explained = flow.explain(ctx, state) if flow is not None else None
                return [explained, flow.ask(ctx, state)] if explained is not None and flow is not None \
                    else [RUNNER.ask_again(ctx)]
            told = _tells_own_work(understanding)
            if state.step == "ask" and (told or _answer_like(understanding) or intent == "greeting"):
                # "ไม่แน่ใจ", "ทำได้", "ได้ครับ": not a question, not a rating: the same question again
                unsure = DOUBT.search(fold_short(understanding.text)) is not None
                return [RUNNER.ask_again(ctx, unsure=unsure, told=told and not unsure)]
            return None
        if state.flow == "profile" and state.step == "agency":
            if cmd == "skip":
                return await profile.on_action(ctx, ("a",))
            if understanding.intent == "profile_set":
                return await _profile_set(ctx, understanding)
            if (understanding.intent in ("unknown", "search") or understanding.confidence < 0.8) and \
                    profile.could_be_agency(understanding):
                return await profile.set_agency(ctx, understanding.text)
        if state.flow == "profile" and state.step in ("group", "phase"):
            step_replies = await profile.on_text(ctx, understanding)
            asks_unit = understanding.intent in ("unit_info", "compare") and bool(understanding.codes_written())
            if asks_unit and step_replies is None and state.step == "group":
                # "ผมเป็นนักวิชาการคอมฯ DS700 ใช้หลักฐานอะไร": the question asked, and the group the work fits
                # offered (set only by a press), not the work dropped
                step_replies = profile.offer_from_work(ctx, understanding.text)
            if step_replies is not None and asks_unit:
                # "เป็นนิติกรค่ะ ต้องเตรียมหลักฐาน DL200": the work answers the step, and the unit asked about
                # is answered too (and kept for "หลักฐานมีไรบ้าง" next), not dropped
                return [*self._answered_beside_step(ctx, understanding), *step_replies]
            return step_replies
        if state.flow == assessment.PICK_FLOW:
            if (n := choice_number(understanding.text)) is not None:  # "3": the third unit listed
                listed = _listed(state.data.get(PRESSABLE) or [], flow_steps=True)
                if 1 <= n <= len(listed):
                    return await self._button(ctx, listed[n - 1])
            await ctx.clear_state()
            codes = understanding.entities.get("codes") or []
            unit = assessment.assessable_unit(self._catalog, codes)
            picked = understanding.intent == "quiz_start" or (
                understanding.intent == "unit_info" and not understanding.entities.get("aspect") and
                not QUESTION.search(bare(understanding.text)))
            if unit is not None and picked:
                # "DS700" typed from the list picks it; "ผมต้องมี DS700 มั้ย", "DS700 คืออะไร" ask about it (answered)
                return await assessment.start(ctx, RUNNER, unit, assessment.named_element(self._catalog, codes))
            return None
        if state.flow == "reminder":
            answered = await reminders.on_text(ctx, understanding)
            if answered is None and state.step in reminders.YES_NO_STEPS and \
                    understanding.intent not in ("reminder_set", "reminder_list"):
                # Another matter: the question lapses (a "ใช่" three turns later moved a reminder, before); another
                # reminder asked for keeps it, to be said beside the new one (``reminders.confirm``).
                await ctx.clear_state()
            return answered
        if state.flow == "delete":
            return await account.on_text(ctx, fold_short(understanding.text))
        return None

    def _names_another_unit(self, state: State, u: Understanding) -> bool:
        """Whether the message names units to assess, none of them the open run's ("ทำต่อ DS700" while DS600 runs)."""
        units = assessment.assessable_units(self._catalog, u.entities.get("codes") or []) if u.codes_written() else []
        return bool(units) and not any((unit.framework, unit.code) == (state.data.get("fw"), state.data.get("unit"))
                                       for unit in units)

    async def _resume_named(self, ctx: Ctx, u: Understanding, cmd: str | None) -> list[Reply] | None:
        """"ทำแบบประเมิน DS600 ต่อจากเมื่อกี้", "ประเมิน DS600 ต่อครับ", "ทำต่อ DS600 ที่ค้างไว้": a unit named to go on
        with. Its run open (paused, or at a question): on from where it stopped, never anew (a self-assessment asked
        for again by its unit goes on too); its attempt left unfinished when another flow ran since: on from its
        first unanswered criterion; none left: said so, the unit to start a press away (the newest other one was
        resumed, before). None for anything else."""
        if not ctx.consented or not u.codes_written() or cmd in ("knowledge", "readiness") or \
                u.intent not in ("quiz_start", "flow_resume", "unit_info"):
            return None
        plain = bare(u.text)
        goes_on = u.intent == "flow_resume" or cmd == "resume" or _GOES_ON.search(fold(u.text)) is not None
        if (u.intent == "unit_info" and (u.entities.get("aspect") or QUESTION.search(plain))) or \
                not (goes_on or u.intent == "quiz_start"):
            return None  # "DS600 ต่อไปต้องทำอะไร" asks about the unit
        units = assessment.assessable_units(self._catalog, u.entities.get("codes") or [])
        state = ctx.state
        if state is not None and state.flow == assessment.SELF_ASSESSMENT.flow and \
                not self._names_another_unit(state, u) and units:
            return await RUNNER.resume(ctx)
        if not goes_on or not units:
            return None
        left = await assessment.open_units(ctx)
        unit = next((unit for unit in units if (unit.framework, unit.code) in left), None)
        if unit is not None:
            return await assessment.start(ctx, RUNNER, unit)
        if u.intent != "flow_resume" and cmd != "resume":
            return None  # "อันต่อไปอะ DLit400", "ขอประเมิน DS700 ต่อเลย" with none open: answered or started as usual
        lang, first = ctx.language, units[0]
        buttons = [button(say("assess_start_unit", lang, code=first.code),
                          flow_action("q", "s", "a", first.framework, first.code))]
        if RUNNER.active(ctx) is not None:
            buttons.append(continue_button(lang))  # the one that is open, where it stopped
        return [text(say("nothing_open_unit", lang, code=first.code), buttons)]

    def _answered_beside_step(self, ctx: Ctx, u: Understanding) -> list[Reply]:
        """The answer to a question asked within a profile step's answer, its topic kept beside the step."""
        topic = topic_of(u)
        if topic is not None:
            state = ctx.state
            ctx.next_state = ("profile", state.step, {**state.data, TOPIC_FLOW: topic}) \
                if state is not None and state.flow == "profile" else (TOPIC_FLOW, "", topic)
        return respond(u, self._catalog, language=ctx.language)[:3]

    @staticmethod
    def _typed_answer(ctx: Ctx, typed: str, *, worded: bool = True) -> tuple[str, str] | None:
        """The answer button a typed message names, and the wording to echo ("" for none): its label,
        its number on the shown scale ("3", "๓", "ระดับ 3" for the third answer), or (``worded``) the
        flow's own words for an answer ("ทำแล้ว" in a PMQA check, "พอทำได้บ้าง" in a self-assessment),
        echoed as "n = label" since the person did not type the label."""
        flow = RUNNER.active(ctx)
        if flow is None or ctx.state is None:
            return None
        answers = [b for b in flow.ask(ctx, ctx.state).buttons if b.data.startswith("q:r:")]
        folded = _ANSWER_PREFIX.sub("", fold_short(typed))  # "ข้อ ค", "ตอบ ข"
        for b in answers:
            if fold_short(b.label) == folded:
                return b.data, ""
        number = choice_number(typed)
        if number is not None and 1 <= number <= len(answers):
            # The n-th answer as shown: a rating's value is its place (1-4); a quiz's values count from 0.
            return answers[number - 1].data, ""
        value = flow.typed_value(folded) if worded else None
        for n, b in enumerate(answers, 1):
            if value is not None and b.data.rsplit(":", 1)[1] == value:
                return b.data, f"{n} = {b.label}"
        return None

    async def _intent(self, ctx: Ctx, u: Understanding, cmd: str | None) -> list[Reply]:
        topic, plain = _topic(ctx.state) or {}, bare(u.text)
        moves = bool(topic.get("codes")) and bool(MOVE_DATE.search(plain))  # "เลื่อนไปอีก 3 วัน" after a unit
        if u.intent == "unknown" and not QUESTION.search(plain) and not moves and reminders.names_a_date(ctx, u):
            u = replace(u, intent="reminder_set")  # a date typed on its own ("15 ธันวา"): a deadline to set
        elif (_unsure(u) or u.intent == "reminder_set") and not u.codes_written() and moves and \
                reminders.names_a_date(ctx, u):
            # "เลื่อนเป็น 22 ธ.ค. ได้ไหม" after a reminder or a unit: that unit's deadline, on the new date
            u = replace(u, intent="reminder_set",
                        entities={**u.entities, "codes": [{"code": topic["codes"][0]}], "move": True})
        elif u.intent in ("unknown", "reminder_set") and not u.codes_written() and topic.get("codes") and \
                topic.get("intent") == "reminder_set" and reminders.read_time(u.text) is not None:
            # "เปลี่ยนเวลาเป็นสี่โมงเย็น" right after a reminder: that reminder, at that time
            u = replace(u, intent="reminder_set", entities={**u.entities, "codes": [{"code": topic["codes"][0]}]})
        if WHERE_TO_SUBMIT.search(plain) and not u.entities.get("due") and \
                u.intent in ("unit_info", "unknown", "search", "reminder_set", "help") and \
                not (ANNOUNCED.search(plain) and FOR_OTHERS.search(plain)):  # (HR's announcement: where it is sent)
            return self._where_to_submit(ctx, u.codes_written() or [str(c) for c in topic.get("codes") or []])
        if ctx.consented and EVIDENCE_SENT.search(plain) and u.intent in ("unit_info", "unknown", "search"):
            codes = u.codes_written()
            code = codes[0] if codes else (str(topic["codes"][0]) if topic.get("codes") else "")
            if code and (asked := await reminders.evidence_sent(ctx, code)) is not None:
                return asked  # "ส่งหลักฐาน DS700 แล้วค่ะ": stop its reminders (one press), not its evidence list
        if ctx.consented and IMPROVE_ASKED.search(plain) and not u.codes_written() and \
                (u.intent in ("search", "unknown", "progress", "role_requirements") or
                 (u.intent == "profile_set" and not u.entities)) and \
                (result := await assessment.latest_result(ctx)) is not None:
            return result  # "ผมควรพัฒนาเรื่องไหนก่อน" after a self-assessment: its weakest elements, not a search
        if ctx.consented and START_WHERE.search(plain) and not u.codes_written() and \
                u.intent in ("role_requirements", "unknown") and \
                not (u.entities.get("group") or u.entities.get("group_choices") or u.entities.get("phase")):
            # "ควรเริ่มจากหน่วยไหนก่อน": from the profile (a topic named with it, "อยากพัฒนาเรื่อง X ควรเรียนหน่วยไหน",
            # is the classifier's search, and stays one)
            return await assessment.where_to_begin(ctx)
        if _unsure(u) and ctx.consented and ctx.user.profile_group and ctx.user.profile_phase and \
                not u.codes_written() and not topic.get("codes") and _OWN_NEEDS.search(plain) and \
                QUESTION.search(plain) and profile.which_group(ctx, u.text) is None:
            # "ต้องทำไรบ้างอะ", "ผมต้องทำอะไรบ้าง" with a profile and nothing talked about: what one's role needs ("not
            # understood", before)
            u = replace(u, intent="role_requirements", confidence=1.0, entities={})
        intent, e = u.intent, u.entities
        if intent in _WHICH_GROUP_INTENTS and not e.get("phase") and not u.codes_written() and \
                WHICH_GROUP.search(plain) and (offer := profile.which_group(ctx, u.text)) is not None:
            return offer  # "พยาบาลอยู่กลุ่มไหน": the group the work fits, not the phase asked for its requirements
        if intent == "role_requirements" and not (e.get("group") and e.get("phase")):
            # What the message names wins; the profile fills only what it leaves out (before consent, what the person
            # told of themselves, kept for after consent: "ต้องมีหน่วยไหนบ้าง" after "ผมเป็นนักวิชาการคอมพิวเตอร์
            # ระยะกำลังพัฒนา" asked the group again, before). A wording of two groups, "กลุ่มบริหาร", is asked about:
            # the profile's group is not the one meant.
            told = (_told(ctx.state) or {}).get("entities") or {}
            # (one's team, "ลูกน้องผม", is of a group not said either: asked, not one's own)
            unsaid = bool(e.get("group_choices")) or MY_TEAM.search(plain) is not None
            filled = {"group": None if unsaid else ctx.user.profile_group or told.get("group"),
                      "phase": ctx.user.profile_phase or told.get("phase"), **e}
            u = Understanding(u.text, u.normalised, u.language, "role_requirements", 1.0,
                              {k: v for k, v in filled.items() if v})
            intent = u.intent
        elif intent in ("role_overview", "compare") and e.get("own_phase") and not e.get("phase") and \
                not e.get("phases") and ctx.user.profile_phase:
            # "แต่ละกลุ่มในระยะนี้", "บริการกับวิชาการ ระยะของเรา ต่างกันยังไง": the person's own phase
            u = replace(u, entities={**e, "phase": ctx.user.profile_phase})
        elif intent == "unit_info" and e.get("aspect") == "occupations" and not (e.get("group") or e.get("phase")) \
                and ctx.user.profile_group and FIRST_PERSON.search(plain):
            # "ผมต้องผ่าน DS700 ไหม": whether the person's own group (in their phase) needs the unit
            u = replace(u, entities={**e, "group": ctx.user.profile_group,
                                     **({"phase": ctx.user.profile_phase} if ctx.user.profile_phase else {})})
        elif intent == "phase_info" and not e.get("group") and ctx.user.profile_group and e.get("aspect") is None:
            # how the phases differ, for the person's own group: its role in each phase
            u = replace(u, entities={**e, "group": ctx.user.profile_group})
        elif cmd == "readiness" or (cmd == "knowledge" and intent != "unit_info"):
            intent = "quiz_start"
        if intent == "data_delete":
            return account.how(ctx.language) if account.asked_how(u.text) else await account.ask(ctx)
        if intent in ("unknown", "search", "profile_show", "help", "progress") and PRIVACY_QUESTION.search(plain) and \
                (QUESTION.search(plain) or WHY.search(plain)) and not STAFF_RESULTS.search(plain) and \
                not (intent in ("profile_show", "progress") and ctx.consented and not PRIVACY_CONCERN.search(plain)):
            # (WHY: "ทำไมต้องกดยินยอม" has no QUESTION word)
            # ("ในฐานะ HR จะดูผลของบุคลากรในกรมได้อย่างไร" is HR looking at the staff's results: the admin pages, below)
            return onboarding.privacy(ctx)  # (what one's data says now, "ข้อมูลของฉันตอนนี้เป็นยังไง", is the profile)
        if intent in ("unknown", "search", "help") and SOURCE_ASKED.search(plain) and not u.codes_written() and \
                (cited := sources_of(self._catalog, topic_refs(topic), ctx.language)):
            # "อันนี้อ้างอิงจากไหน" after an answer about units: where each one is (its words were searched for, before)
            return [text("\n".join([say("sources_of_last", ctx.language), *cited]))]
        if intent == "news_opt_out" and QUESTION.search(plain) and ctx.user.broadcast_opt_out:
            # asked after the news was stopped ("จะมีผลต่อการแจ้งเตือนหรือไม่"): it is off, reminders go on
            return [text(say("news_already_off", ctx.language),
                         (button(say("news_on_button", ctx.language), intent_action("news_opt_in")),))]
        if intent == "news_opt_out" and QUESTION.search(plain):
            # Asked, not told ("how do I send news to all staff?" read as a stop): one press confirms.
            return [text(say("news_off_ask", ctx.language),
                         (button(say("news_off_button", ctx.language), intent_action("news_opt_out")),))]
        if intent in ("news_opt_out", "news_opt_in"):
            return await self._news(ctx, opt_out=intent == "news_opt_out")
        if (resumed := await self._resume_named(ctx, u, cmd)) is not None:
            return resumed
        if intent == "flow_stop" and RUNNER.active(ctx):
            return await RUNNER.stop(ctx)
        if intent == "flow_resume" and not RUNNER.active(ctx) and ctx.consented:
            resumed = await assessment.resume_latest(ctx, RUNNER)
            if resumed is not None:
                return resumed
        if intent == "flow_stop" or (intent == "flow_resume" and not RUNNER.active(ctx) and ctx.consented) or \
                (cmd in ("skip", "back") and not RUNNER.active(ctx)):  # "ข้าม" with no question open
            return [text(say("nothing_open", ctx.language))]
        if _CONFIRMS_DELETION.search(plain) and ctx.consented and intent in ("unknown", "search", "help"):
            return await account.ask(ctx)  # "ยืนยันลบค่ะ" with no question open: the question (never a deletion unasked)
        if cmd == "confirm":  # "ยืนยัน" with nothing waiting for it (a step that waits took it before)
            return [text(say("nothing_to_confirm", ctx.language))]
        if intent == "profile_show" and ctx.consented:
            return profile.show(ctx)
        if intent == "profile_set" and not ctx.consented and not (u.entities.get("group") or u.entities.get("phase")) \
                and not u.codes_written() and (offer := profile.which_group(ctx, u.text)) is not None:
            # "สวัสดีค่ะ พี่อยู่ฝ่ายการเงิน" before consent: the group the work fits and what it needs (nothing stored),
            # whether it was read as a greeting or as the profile
            return self._with_consent_offer(ctx, offer)
        if intent == "profile_set" and not ctx.consented and GREETING_FIRST.search(plain) and \
                (offer := profile.which_group(ctx, u.text) or
                 (profile.group_to_see(ctx, str(e["group"])) if e.get("group") else None)) is not None:
            # "สวัสดีครับ ผมเป็นตำรวจ ทำงานฝ่ายไอที…" before consent: greeted, and the group the work fits offered (what
            # it needs a press away), not the privacy notice again with no word back
            return self._with_consent_offer(ctx, [text(say("hello_introduced", ctx.language)), *offer])
        if intent in STORING_INTENTS and not ctx.consented:
            return self._consent_needed(ctx, u)
        if ((intent == "quiz_start" and TEST_ASKED_ABOUT.search(plain)) or
                (intent == "progress" and PASS_MARK.search(plain) and QUIZ.search(plain))) and \
                not u.codes_written() and (not RUNNER.active(ctx) or (ctx.state and ctx.state.step == "paused")):
            # "ข้อสอบมีกี่ข้อ", "ประเมินตนเองใช้เวลานานไหม": how the tests go, then a press starts one (also with one
            # paused: "แบบทดสอบกับแบบประเมินต่างกันยังไง" started another quiz over it)
            return [text(say("tests_explained", ctx.language),
                         (button(say("knowledge_quiz", ctx.language), flow_action("q", "s", "z")),
                          button(say("self_assessment", ctx.language), flow_action("q", "s", "a"))))]
        if intent == "quiz_start" or cmd == "resume" or intent == "flow_resume":
            return await self._quiz_text(ctx, u, cmd)
        if intent == "profile_set":
            return await _profile_set(ctx, u)
        greets_and_more = u.intent == "greeting" and u.confidence < ANSWER_CONFIDENCE and not QUESTION.search(plain)
        if (_answer_like(u) or greets_and_more or (_unsure(u) and _OWN_NEEDS.search(plain))) and \
                not u.codes_written() and \
                (offer := profile.which_group(ctx, u.text)) is not None:
            # "ทำงาน HR ค่ะ" said in passing, "ทำงาน finance ต้องรู้ unit ไหน": the group it fits, set only by a press
            # (before consent, what the group needs)
            return self._with_consent_offer(ctx, offer)
        if intent == "progress":
            shown = await progress.show(ctx)
            if PASS_ASKED.search(plain):  # "ผ่านไหมคะ": no pass mark, and how the scores read, before the results
                return [text(smalltalk.scale_read(ctx.language)), *shown]
            return shown
        if (_unsure(u) or intent == "help") and ctx.consented and NOT_STARTED.search(plain) and \
                topic.get("codes") and \
                (steps := reminders.where_to_start(self._catalog, str(topic["codes"][0]), ctx.language)):
            # "ยังไม่ได้ทำเลยค่ะ", "ไม่รู้จะเริ่มตรงไหน" after a unit or its reminder: where to start with it, not
            # "not understood" or the menu of everything
            return steps
        if _unsure(u) and ctx.consented and entities.aspect(fold(u.text)) == "evidence" and not u.codes_written():
            return await reminders.which_evidence(ctx)  # "ฉันต้องส่งหลักฐานอะไรบ้าง": per unit, which ones
        if intent in ("reminder_set", "reminder_list", "reminder_cancel"):
            replies = await self._reminder_text(ctx, u)
            if intent == "reminder_set" and u.entities.get("due_error") and not u.codes_written():
                # "เตือนวันที่ 31 เม.ย. 70" for no unit yet: "อ้าว… งั้น 30 เม.ย. 70" next is the date asked again
                await self._remember_topic(ctx, u)
            return replies
        replies = self._keep_flow(ctx, self._with_consent_offer(ctx, respond(u, self._catalog, language=ctx.language)),
                                  u)
        await self._remember_topic(ctx, u)
        return replies

    def _where_to_submit(self, ctx: Ctx, codes: list[str]) -> list[Reply]:
        """"ส่งหลักฐานที่ไหน ส่งให้ใคร": the sources do not say (the agency decides); said plainly, with the way to
        ask HR in this chat and the unit's evidence list one press away (the list again was no answer)."""
        buttons = []
        if (ask := text_action(HANDOFF_WORDS)) is not None:
            buttons.append(button(say("talk_to_hr", ctx.language), ask))
        for code in codes[:1]:
            units = [self._catalog.unit_of(n) for n in self._catalog.find(code)]
            unit = next((u for u in units if u.details.get("evidence")), None)
            if unit is not None:
                buttons.append(button(say("evidence_of_unit", ctx.language, code=unit.code),
                                      node_action(unit.framework, unit.code, "evidence")))
        return [text(say("where_to_submit", ctx.language), tuple(buttons))]

    async def _remember_buttons(self, ctx: Ctx, replies: list[Reply]) -> None:
        """Keep the buttons just shown (label and data) beside the state, so that typing a label works
        as pressing it ("ยืนยัน", "ดูเตือนทั้งหมด", "กฎหมายที่เกี่ยวข้อง", a cut label typed in full); with the
        topic ``_remember_topic`` chose, in one write, and only when something changed."""
        if RUNNER.active(ctx) is not None:
            return  # a questionnaire reads its typed answers and words itself: no second write per answer
        flow, step, base = ctx.next_state or ((ctx.state.flow, ctx.state.step, ctx.state.data) if ctx.state
                                              else (TOPIC_FLOW, "", {}))
        ctx.next_state = None
        shown = [[b.label, b.data] for r in replies for b in r.buttons if _pressable(b.data)]
        data = {k: v for k, v in base.items() if k != PRESSABLE}
        if shown:
            data[PRESSABLE] = shown
        current = ctx.state
        if current is not None and (flow, step, data) == (current.flow, current.step, current.data):
            return
        if current is None and not data:
            return
        if not ctx.consented:
            self._before_consent.put(_person(ctx.user), (State(flow, step, data), ctx.now + BEFORE_CONSENT_TTL))
            return
        await ctx.set_state(flow, step, data)

    def _kept_before_consent(self, user: User, now: datetime) -> State | None:
        kept = self._before_consent.get(_person(user))
        return kept[0] if kept is not None and kept[1] > now else None

    async def _remember_topic(self, ctx: Ctx, u: Understanding) -> None:
        """Choose what to keep of this answer for a follow-up (written with the buttons shown, by
        ``_remember_buttons``); only between flows. A question asked while the
        group or the phase is asked keeps that step open only when it helps to answer it (how the
        phases differ), with the topic beside it."""
        if ctx.state is not None and ctx.state.step == "paused" and RUNNER.active(ctx) is not None:
            # A question while a questionnaire is paused: its answer's topic is kept beside the run (the run's unit
            # answered "แล้วหลักฐานล่ะ" after a search, before)
            topic = topic_after(u, _topic(ctx.state))
            if topic is not None and topic != _topic(ctx.state):
                await ctx.set_state(ctx.state.flow, ctx.state.step, {**ctx.state.data, TOPIC_FLOW: topic})
            return
        if ctx.state is not None and ctx.state.flow not in (TOPIC_FLOW, "profile", PENDING_FLOW):
            return  # (a request kept for after consent gives way to a question asked meanwhile: its topic is kept)
        topic = topic_after(u, _topic(ctx.state))  # (the unit before kept)
        if ctx.state is not None and ctx.state.flow == "profile" and ctx.state.step == "agency":
            # A question instead of the agency's name: the person has moved on (the group and phase are
            # saved already); left open, the step took the next message ("ดูเพิ่ม") for an agency.
            ctx.next_state = (TOPIC_FLOW, "", topic or {})
            return
        if topic is None or _topic(ctx.state) == topic:
            return
        asked = ctx.state.data.get(PROFILE_ASKED) if ctx.state is not None else None
        if ctx.state is not None and ctx.state.flow == "profile":
            if ctx.state.step not in ("group", "phase"):
                return
            if u.intent in profile.HELPS_TO_ANSWER:  # "ระยะต่างกันอย่างไร": the step waits for the answer
                ctx.next_state = ("profile", ctx.state.step, {**ctx.state.data, TOPIC_FLOW: topic})
                return
            asked = ctx.state.step
        if asked and _still_missing(ctx.user, str(asked)):  # the question interrupted is remembered beside it
            topic = {**topic, PROFILE_ASKED: asked}
        if (told := _told(ctx.state)) is not None and told.get("intent") == "profile_set":
            topic = {**topic, PENDING_FLOW: told}  # who the person said they are is still saved after "ยินยอม"
        ctx.next_state = (TOPIC_FLOW, "", topic)  # any other question moves on

    async def _quiz_text(self, ctx: Ctx, u: Understanding, cmd: str | None) -> list[Reply]:
        if cmd == "resume" or u.intent == "flow_resume" or \
                (RUNNER.active(ctx) and not u.entities.get("codes") and cmd is None):
            return await RUNNER.resume(ctx)
        codes = u.entities.get("codes") or []
        unit = assessment.assessable_unit(self._catalog, codes)
        on_topic = assessment.assessable_units(self._catalog, u.entities.get("topic_units") or [])
        if cmd == "knowledge" and unit is None and on_topic:
            unit = on_topic[0]  # "ขอทำแบบทดสอบเรื่อง open data": the topic's unit, not every unit
        if cmd == "knowledge":  # a unit named but with nothing to ask is said so, never swapped for all units
            if not codes and _AGAIN.search(u.text):
                return await knowledge.start(ctx, RUNNER, await knowledge.last_unit(ctx))
            return await knowledge.start(ctx, RUNNER, unit or knowledge.named_unit(self._catalog, codes))
        if cmd == "readiness":
            category = self._catalog.pmqa_category(int(u.entities.get("category") or 0))
            return await pmqa_check.start(ctx, RUNNER, category) if category else pmqa_check.pick(ctx)
        if unit is None and (topic := u.entities.get("topic_units")):
            # a test asked on a topic ("ประเมินตนเองเรื่อง data analytics"): the one unit of it that can be assessed,
            # or the few to pick from (or, when the topic's units have no criteria, said so)
            return await assessment.start_or_pick(ctx, RUNNER, on_topic, [str(c["code"]) for c in topic])
        if unit is None:
            return await assessment.pick_unit(ctx)
        return await assessment.start(ctx, RUNNER, unit, assessment.named_element(self._catalog, codes))

    async def _reminder_text(self, ctx: Ctx, u: Understanding) -> list[Reply]:
        return await reminders.from_intent(ctx, u)

    async def _news(self, ctx: Ctx, *, opt_out: bool) -> list[Reply]:
        """Announcements on or off; a preference, kept even before consent (it stores nothing else)."""
        await Users(ctx.session).set_broadcast_opt_out(ctx.user.id, opt_out)
        if opt_out:
            return [text(say("news_off", ctx.language))]
        return [text(say("news_on", ctx.language))]

    # -- helpers ------------------------------------------------------------------------------
    def _with_consent_offer(self, ctx: Ctx, replies: list[Reply]) -> list[Reply]:
        """Before consent, an answer ends with the offer to consent once in a while (``BEFORE_CONSENT_TTL``);
        in between, only its button rides on the answer (a second bubble under every answer, before)."""
        if ctx.consented or not replies:
            return replies
        offered = self._offered.get(_person(ctx.user))
        if offered is not None and ctx.now - offered < BEFORE_CONSENT_TTL:
            last = replies[-1]
            return replies if len(last.buttons) >= MAX_BUTTONS else [*replies[:-1], _with_agree(last, ctx.language)]
        self._offered.put(_person(ctx.user), ctx.now)
        return [*replies[:4], onboarding.reoffer(ctx)]

    def _keep_flow(self, ctx: Ctx, replies: list[Reply], asked: Understanding | None = None) -> list[Reply]:
        """A question asked mid-quiz is answered; the quiz waits, one button away. Paused by the person, it is said
        only under an answer about its unit ("ยังทำค้างอยู่ที่ข้อ 1/6" under every reply after "stop for now", before)."""
        if RUNNER.active(ctx) is None or ctx.state is None:
            return replies
        unit = ctx.state.data.get("unit")
        if ctx.state.step == "paused" and not (
                asked is not None and unit and any(c.get("code") == unit for c in asked.entities.get("codes") or ())):
            return replies
        # Said in words: a number typed next answers the waiting question, which is off the screen now.
        at, of = int(ctx.state.data.get("i", 0)) + 1, ctx.state.data.get("n", "?")
        waiting = text(say("run_waiting", ctx.language, at=at, of=of), (continue_button(ctx.language),))
        return [*fit(replies)[:4], waiting]


# "ข้อต่อไป", "next question" typed at a question of a run (outside one it is the next PMQA item: not a command).
_NEXT_QUESTION = re.compile(r"(?:ขอ\s?)?(?:ไป\s?)?ข้อ\s?(?:ต่อไป|ถัดไป)(?:\s?(?:เลย|ได้เลย))?|"
                            r"next(?: question)?(?: please)?")


def _told(state: State | None) -> dict[str, Any] | None:
    """The request kept for after consent: the pending state's, or a self-introduction kept beside the topic of a
    question asked since."""
    if state is None:
        return None
    kept = state.data if state.flow == PENDING_FLOW else state.data.get(PENDING_FLOW) if state.flow == TOPIC_FLOW \
        else None
    return kept if isinstance(kept, dict) else None


def _pending_data(u: Understanding) -> dict[str, Any]:
    """What is kept of a request made before consent: its intent and what it names (codes, a date, a category, a
    group, phase or agency), to be done after "ยินยอม"."""
    kept = {k: v for k, v in u.entities.items() if k in ("codes", "due", "category", "group", "phase", "agency")}
    return {"intent": u.intent, "entities": kept}


async def _profile_set(ctx: Ctx, u: Understanding) -> list[Reply]:
    """Set what the message names, saying what changed; "เปลี่ยนหน่วยงาน" without a new value asks for it."""
    if not any(u.entities.get(k) for k in ("group", "group_choices", "phase", "agency")):
        return await profile.change(ctx, u.text)
    return await profile.set_from_entities(ctx, u.entities)


# A deletion confirmed in words ("ยืนยันลบค่ะ", "ตกลงลบเลย") when no deletion question is open.
_CONFIRMS_DELETION = re.compile(bare(r"^(?:ยืนยัน|ตกลง|ใช่)\s?(?:การ)?ลบ(?:ข้อมูล)?"))
# What asks for what one has kept (results, reminders, the profile): after a deletion, answered that none is kept.
_OWN_DATA_ASKED = ("progress", "reminder_list", "profile_show")
# Going on with something ("ต่อ", "ค้าง", "continue"), said beside a unit: "ประเมิน DS600 ต่อครับ" (not "ต่อยอด", "ต่อเนื่อง").
# Read with its tone marks: the bare "ตอ" is in "ต้อง" too.
_GOES_ON = re.compile(r"ต่อ(?!ยอด|เนื่อง|รอง|สาย|กับ|ไป)|ค้าง|\b(?:continue|resume|unfinished|left off|carry on)\b",
                      re.IGNORECASE)
# What one must know or have, asked beside one's work ("ทำงานการเงิน ต้องรู้ unit ไหนบ้าง"): the work's group answers it.
_OWN_NEEDS = re.compile(bare(r"ต้อง\s?(?:รู้|มี|ผ่าน|ทำ|เรียน|พัฒนา)|ควร\s?(?:รู้|มี|เรียน|พัฒนา)|\bneed\b|\bmust\b"),
                        re.IGNORECASE)
# What "which group is [this work] in" is read as: the work names a group, so a group's requirements, a profile or
# a search for its words; answered as the question it is.
_WHICH_GROUP_INTENTS = frozenset({"role_requirements", "profile_set", "profile_show", "search", "unknown", "help"})


def _unsure(u: Understanding) -> bool:
    """Nothing understood, or only a weak search for the message's own words."""
    return u.intent == "unknown" or (u.intent == "search" and u.confidence < ANSWER_CONFIDENCE)


# Thanks or a greeting that leads a message ("ขอบพระคุณครับ และ…", "สวัสดีค่ะ อยากถามว่า…"), and what follows it.
_COURTESY_FIRST = re.compile(
    r"^\s*(?:ขอบ(?:พระ)?คุณ|ขอบใจ|สวัสดี|หวัดดี|thanks?|thank you|hello|hi)"
    r"(?:\s|ครับ|ค่ะ|คะ|คับ|จ้า|มาก|นะ|อย่างสูง|[,!.])*(?:และ|แล้วก็|แล้ว|อีกเรื่อง|ขอ(?:เรียน)?ถาม(?:ต่อ)?(?:ว่า)?|and|also)?\s*",
    re.IGNORECASE)
_COURTESY_REST_CHARS = 8  # what follows must be a question of its own, not "ขอบคุณครับ ดีมาก"


def _after_courtesy(message: str) -> str | None:
    """The question after a leading thanks or greeting, or None when there is none."""
    m = _COURTESY_FIRST.match(message)
    rest = message[m.end():].strip() if m else ""
    return rest if len(rest) >= _COURTESY_REST_CHARS and QUESTION.search(bare(rest)) else None


# Requests that a message read surely as one of is no answer described in words ("ทำ PMQA ต่อ" starts like "ทำแล้ว",
# "ผู้กำกับต้องมีอะไรบ้าง" holds the "บ้าง" of "ทำไปบ้าง").
_REQUESTS = frozenset({"unit_info", "search", "role_requirements", "role_overview", "phase_info", "compare", "pmqa",
                       "quiz_start", "flow_resume", "progress", "reminder_set", "reminder_list", "reminder_cancel",
                       "profile_set", "profile_show", "help", "handoff", "news_opt_out", "news_opt_in", "data_delete"})


def _may_answer_in_words(u: Understanding) -> bool:
    """Whether a typed message may be an open question's answer said in words ("ทำไปบ้างแล้ว", "คล่องมาก"): not a
    question of its own ("ผ่านไหม", "ต้องมีอะไรบ้าง"; a bare "บ้าง" is the answer's "some"), nor a request read surely
    ("ทำ PMQA ต่อ", "ขอดูความคืบหน้า"). Exact answers (a label, a number) are read whatever else is said."""
    return _asks_nothing(u) and not (u.intent in _REQUESTS and u.confidence >= ANSWER_CONFIDENCE)


def _asks_nothing(u: Understanding) -> bool:
    """No question of its own ("ผ่านไหม", "ต้องมีอะไรบ้าง"; a bare "บ้าง" is an answer's "some")."""
    return not (QUESTION.search(bare(u.text).replace(bare("บ้าง"), " ")) or "ล่ะ" in u.text)


def _tells_own_work(u: Understanding) -> bool:
    """One's own work told at a question, no question and no unit named ("ส่วนมากหัวหน้าเป็นคนสรุปค่ะ ดิฉันช่วยกรอก
    ข้อมูลบ้าง"): an answer in one's own words that no level is read from. Its words guessed a unit, whose card was
    shown over the question, before."""
    return FIRST_PERSON.search(bare(u.text)) is not None and _asks_nothing(u) and not u.codes_written() and \
        (_unsure(u) or u.intent in ("unit_info", "search"))


def _answer_like(u: Understanding) -> bool:
    """A message typed at a question that is no question or request of its own ("ไม่แน่ใจ",
    "ทำได้ดีมาก"): the question is asked again. Thanks and greetings are answered as such."""
    if QUESTION.search(bare(u.text)) or "ล่ะ" in u.text:  # (a bare pattern: "หรือไม่" is found without its mark)
        return False
    return _unsure(u)


@lru_cache(maxsize=4096)  # asked of every button shown, for every message typed (a parse error is costly)
def _is_flow_step(data: str) -> bool:
    try:
        return parse_flow_action(data) is not None
    except ActionError:
        return False


def _typed_delete_answer(state: State | None, message: str) -> str | None:
    """Before consent no "delete" step is stored, only the buttons shown (in memory): a typed yes or no under the
    deletion question is its button ("ยืนยัน" was "nothing waits for a confirmation", before)."""
    if state is None or not any(data == _DELETE_YES for _, data in state.data.get(PRESSABLE) or ()):
        return None
    folded = fold_short(message)
    if affirms(folded, "ลบ", particle_alone=False) or command(message) == "confirm":
        return _DELETE_YES
    return _DELETE_NO if denies(folded) else None


_DELETE_YES, _DELETE_NO = flow_action("d", "yes"), flow_action("d", "no")


@lru_cache(maxsize=4096)
def _pressable(data: str) -> bool:
    """Whether ``data`` is a well-formed button (a question or a flow step) that a typed label may press."""
    try:
        parse_button(data)
    except ActionError:
        return False
    return True


# The shape of a button's data (a kind letter, then colon-separated fields, no spaces), valid or not.
_BUTTON_DATA = re.compile(r"[a-z]{1,2}(?::[\w.+-]*)+")
# "ดูเพิ่ม (2/3)": the page counter is not part of what people type.
_PAGE_MARK = re.compile(r"\s*\(\d+/\d+\)$")


def typed_label(state: State | None, message: str, *, flow_steps: bool) -> str | None:
    """The data of the button just shown (of a flow step, or of a question) whose label the message
    is (a label cut with "…" matches what it begins with); None for anything else."""
    shown = state.data.get(PRESSABLE) if state is not None else None
    if not shown:
        return None
    typed = fold_short(message)
    if not typed:  # "?", "ครับ": nothing of a label in it
        return None
    if (nth := _nth_shown(typed)) is not None:  # "อันแรก", "เอาตัวที่ 2", "the first one"
        of_kind = _listed(shown, flow_steps=flow_steps)
        if of_kind and -len(of_kind) <= nth < len(of_kind):
            return of_kind[nth]
    number, more = picked_number(typed), asks_for_more(typed)
    for label in _labels(tuple(map(tuple, shown)))[flow_steps]:
        if (number and label.folded.startswith(f"{number} ")) or \
                typed in (label.folded, label.unpaged) or \
                (label.cut is not None and typed.startswith(label.cut)) or \
                (more and label.paged):  # "หมวด 5" for "5 การมุ่งเน้นบุคลากร"; "ต่อ", "มีอีกไหม" under a list
            return label.data
    return None


@dataclass(frozen=True, slots=True)
class _Label:
    """A button shown, read once for the labels typed under it (every message typed is held against them)."""

    data: str
    folded: str
    unpaged: str  # without its page counter: "ดูเพิ่ม"
    cut: str | None  # what a label cut with "…" begins with
    paged: bool  # "ดูเพิ่ม (2/3)"


@lru_cache(maxsize=1024)
def _labels(shown: tuple[tuple[str, str], ...]) -> dict[bool, list[_Label]]:
    """The buttons ``shown``, folded, as flow steps (True) and question buttons (False), each in order."""
    kinds: dict[bool, list[_Label]] = {True: [], False: []}
    for label, data in shown:
        folded = fold_short(label)
        cut = folded[:-1] if folded.endswith(ELLIPSIS) and len(folded) > 4 else None
        kinds[_is_flow_step(str(data))].append(
            _Label(str(data), folded, _PAGE_MARK.sub("", folded), cut, _PAGE_MARK.search(folded) is not None))
    return kinds


# Consent and deletion are given in words or by their own button, never picked by a place ("อันแรก" under the consent
# button alone consented, before).
_SAID_IN_WORDS = ("k:", "d:")


def _listed(shown: list[list[str]], *, flow_steps: bool) -> list[str]:
    """The data of the items a list of buttons shows (of flow steps or of questions), in order: not its
    "ดูเพิ่ม (2/3)"; under a unit's card, its codes only (not "ดูทั้งหมด" or its parts' buttons before and
    after them: "ตัวที่ 2" is its second element)."""
    items = [(label, str(data)) for label, data in shown
             if _is_flow_step(str(data)) == flow_steps and not _PAGE_MARK.search(label)
             and not str(data).startswith(_SAID_IN_WORDS)]
    codes = _code_named(items)
    return codes if len(codes) >= 2 else [data for _, data in items]


def _code_named(items: Sequence[Sequence[str]]) -> list[str]:
    """The data of the buttons named by a code ("DL201", not "ดูทั้งหมด"), in order, without a page's "ดูเพิ่ม (2/3)"."""
    return [str(data) for label, data in items if _CODE_LABEL.match(label) and not _PAGE_MARK.search(label)]


_CODE_LABEL = re.compile(r"[A-Z]{2,4}[a-z]{0,2}\d{3}")  # a button named by a code ("DL201", "DLit102 (ก.พ. 2561)")


_NTH = re.compile(r"(?:เอา|เลือก)?\s*(?:อัน|ตัว|รายการ|หน่วย)\s*(?:ที่)?\s*(แรก|สุดท้าย|หนึ่ง|สอง|สาม|สี่|ห้า|\d)"
                  r"|(?:the\s+)?(first|second|third|last)(?:\s+one)?", re.IGNORECASE)
_NTH_INDEX = {"แรก": 0, "หนึ่ง": 0, "first": 0, "สอง": 1, "second": 1, "สาม": 2, "third": 2, "สี่": 3, "ห้า": 4,
              "สุดท้าย": -1, "last": -1}


def _nth_shown(typed: str) -> int | None:
    """Which of the buttons shown a short message points at by its place (0-based; -1 the last)."""
    m = _NTH.fullmatch(typed)
    if m is None:
        return None
    word = (m[1] or m[2]).lower()
    return int(word) - 1 if word.isdigit() else _NTH_INDEX[word]


# A place in a list said inside a longer message ("ลบอันที่ 2 ออก", "cancel the last one", "reminder 2").
_NTH_IN = re.compile(bare(r"(?:อัน|ตัว|รายการ|เตือน|นัด)\s*(?:ที่)?\s*(แรก|สุดท้าย|ล่าสุด|หนึ่ง|สอง|สาม|สี่|ห้า|[1-9](?![\d.]))|"
                          r"\b(first|second|third|fourth|fifth|last)\b|\b([1-9])(?:st|nd|rd|th)\b|\breminder\s*#?([1-9])\b"),
                     re.IGNORECASE)
_NTH_WORDS = {**{bare(k): v for k, v in _NTH_INDEX.items()}, bare("ล่าสุด"): -1, "fourth": 3, "fifth": 4}


def _nth_named(plain: str) -> int | None:
    """The place (0-based; -1 the last) a bare message names in a list, anywhere in it."""
    m = _NTH_IN.search(plain)
    if m is None:
        return None
    word = next(g for g in m.groups() if g).lower()
    return int(word) - 1 if word.isdigit() else _NTH_WORDS.get(word)


# A typed choice is a few words, no question: "ผู้บริหาร" for the button "ผู้บริหารส่วนราชการ".
_CHOICE_CHARS = 20


def typed_choice(state: State | None, u: Understanding) -> str | None:
    """The group or phase button just shown (a role's ``r:GROUP:PHASE``) that a short typed answer names
    in other words ("ผู้บริหาร", "สายไอที", "ระยะแรก"), when exactly one button fits; None otherwise."""
    shown = state.data.get(PRESSABLE) if state is not None else None
    typed = fold_short(u.text)
    if not shown or not typed or len(typed) > _CHOICE_CHARS or QUESTION.search(typed) or \
            any(str(c.get("code", "")).upper() in u.text.upper() for c in u.entities.get("codes") or []):
        return None
    group, phase = default_understander().group_and_phase(u.text)
    if group is None and phase is None:
        return None
    roles = [str(data).split(":") for _, data in shown if str(data).startswith("r:")]
    fits = [":".join(parts) for parts in roles if len(parts) >= 3 and (group is None or parts[1] == group)
            and (phase is None or parts[2] == phase)]
    if not fits and not WHAT_ABOUT.search(u.text) and bool(group) != bool(phase):
        # the group buttons of an offer ("ทำงานสาธารณสุข" fits two groups): "สายบริการ" presses the one it names
        # ("แล้วผู้บริหารล่ะ" asks about them: no answer about oneself)
        fits = [str(data) for _, data in shown if str(data) in (flow_action("m", "g", group) if group else "",
                                                               flow_action("m", "p", phase) if phase else "")]
    return fits[0] if len(fits) == 1 else None


def _listed_unit(state: State | None, u: Understanding) -> Understanding | None:
    """A question about one of the units just listed, by its place ("ตัวที่สองต้องรู้อะไร", "what evidence do I need
    for the last one?"): about the unit of that button, the part asked kept; None for anything else."""
    place = listed_place(u)
    listed = _code_named(_shown_questions(state)) if place is not None else []
    if place is None or len(listed) < 2 or not -len(listed) <= place < len(listed):
        return None
    action = parse_button(listed[place])
    if not isinstance(action, Action) or action.kind not in ("u", "c"):
        return None
    ref = {"framework": action.args[0], "code": action.args[1]} if action.kind == "u" else {"code": action.args[0]}
    aspect = entities.aspect(fold(u.normalised or u.text)) or (u.entities.get("aspect") if u.intent == "unit_info"
                                                               else None)
    return Understanding(u.text, u.normalised, u.language, "unit_info", 1.0,
                         {"codes": [ref], **({"aspect": aspect} if aspect else {})})


def _shown_questions(state: State | None) -> list[tuple[str, str]]:
    """The question buttons (not flow steps) of the last replies, as label and data."""
    shown = state.data.get(PRESSABLE) if state is not None else None
    return [(str(label), str(data)) for label, data in shown or []
            if not _is_flow_step(str(data)) and not str(data).startswith("k:")]


def _still_missing(user: User, step: str) -> bool:
    return (user.profile_group if step == "group" else user.profile_phase) is None


def _phase_pressed(ctx: Ctx, action: Action) -> str | None:
    """A role's phase button (``r:GROUP:PHASE``) of the person's own group pressed while the profile's phase
    question is open, or was interrupted by a question of the role ("what units do I need?"): the phase."""
    state = ctx.state
    asked = state.data.get(PROFILE_ASKED) if state is not None and state.flow == TOPIC_FLOW else \
        state.step if state is not None and state.flow == "profile" else None
    if action.kind != "r" or len(action.args) != 2 or asked != "phase" or not ctx.consented or \
            ctx.user.profile_phase is not None or action.args[0] != ctx.user.profile_group:
        return None
    return action.args[1] if action.args[1] in PHASES else None


def _interrupted_answer(ctx: Ctx, u: Understanding) -> str | None:
    """A bare group or phase ("ด้านเทคโนโลยี", "ระยะพัฒนาค่ะ") typed after a question interrupted the profile
    question it answers: that answer's button (it was a topic search, and the question was never asked again)."""
    state = ctx.state
    asked = state.data.get(PROFILE_ASKED) if state is not None and state.flow == TOPIC_FLOW else None
    typed = fold_short(u.text)
    if asked not in ("group", "phase") or not ctx.consented or not _still_missing(ctx.user, str(asked)) or \
            not typed or len(typed) > _CHOICE_CHARS or QUESTION.search(typed) or u.codes_written() or \
            WHAT_ABOUT.search(u.text):  # "ผู้บริหารล่ะคะ" after a role asks about them, it is no answer about oneself
        return None
    group, phase = default_understander().group_and_phase(u.text)
    # a group and a phase together ("ผอ.กอง ระยะเริ่มต้น") look up that role: the profile is not set by it
    if asked == "group" and group and not phase:
        return flow_action("m", "g", group)
    if asked == "phase" and phase and not group:
        return flow_action("m", "p", phase)
    return None


def category_pressed(state: State | None, u: Understanding) -> str | None:
    """A PMQA category named alone (by its number or its name: "หมวดบุคลากร", "the leadership one") under buttons
    that offer the categories by number and title ("5 การมุ่งเน้นบุคลากร"): that button's data."""
    shown = state.data.get(PRESSABLE) if state is not None else None
    e = u.entities
    if not shown or u.intent != "pmqa" or e.get("category") is None or len(fold_short(u.text)) > 2 * _CHOICE_CHARS or \
            any(e.get(k) for k in ("item", "question", "level", "aspect", "query")):
        return None
    fits = [str(data) for label, data in shown if str(label).startswith(f"{e['category']} ")]
    return fits[0] if len(fits) == 1 else None


# What is left, asked ("เหลืออะไรบ้าง", "ยังเหลือกี่อัน", "what's left?").
_REMAINING = re.compile(bare(r"เหลือ\S{0,8}(?:อะไร|ไร|กี่|บ้าง|มั่ง|อยู่|ไหม|มั้ย)|ยังเหลือ|what'?s left|remaining"),
                        re.IGNORECASE)


def remaining_asked(state: State | None, message: str) -> str | None:
    """"เหลืออะไรบ้าง" under a reminder answer that offers the list (a cancel just done): the list."""
    shown = state.data.get(PRESSABLE) if state is not None else None
    if not shown or len(message) > 40 or not any(data == _LISTING for _, data in shown) or \
            not _REMAINING.search(bare(fold(message))):
        return None
    return _LISTING


_LISTING = flow_action("w", "l")  # the reminders' list button


def cancel_pointed_at(state: State | None, u: Understanding) -> str | None:
    """"ยกเลิกอันนี้" under a reminder shown with its cancel button: that button's data when one is shown;
    the list to choose from when several are (a bare "cancel" answered "cancelled" and kept the reminder).
    "ลบอันแรกออก", "ยกเลิกอันที่ 2", "delete the last one" under the list: the cancel button of that place (the list
    again when there is no such place)."""
    shown = state.data.get(PRESSABLE) if state is not None else None
    if not shown or u.intent not in ("cancel", "reminder_cancel"):
        return None
    cancels = [str(data) for _, data in shown if str(data).startswith("w:c:")]
    if not cancels:
        return None
    plain = bare(fold(u.normalised or u.text))
    if REMOVE_LISTED.search(plain) and (nth := _nth_named(plain)) is not None:
        return cancels[nth] if -len(cancels) <= nth < len(cancels) else flow_action("w", "l")
    if not POINTS_AT_SHOWN.search(plain):
        return None
    return cancels[0] if len(cancels) == 1 else flow_action("w", "l")


def _topic(state: State | None) -> dict[str, Any] | None:
    """The last answer's subject, kept on its own or beside an open profile step (read by a dozen checks of each
    message: worked out once per state; the topic is read, never changed)."""
    if state is None:
        return None
    if _last_topic[0] is not state:
        _last_topic[:] = [state, _topic_of_state(state)]
    return _last_topic[1]


_last_topic: list[Any] = [None, None]  # (state, its topic)


def _topic_of_state(state: State) -> dict[str, Any] | None:
    if state.flow == TOPIC_FLOW:
        topic = {k: v for k, v in state.data.items() if k not in (PRESSABLE, PROFILE_ASKED, PENDING_FLOW)}
        if any(str(data).startswith(_CANCEL_SHOWN) for _, data in state.data.get(PRESSABLE) or ()):
            topic[REMINDERS] = True  # reminders shown with their cancel buttons: "ลบอันของ DT600 ออก" removes one
        return topic or None
    if state.flow == "reminder":
        # a reminder's question open (a new date, yes or no): the conversation is about one's reminders, also when the
        # list was asked for meanwhile ("ลบอันของ DLit300 ออก" after it showed DLit300's overview, before); the unit
        # asked about is its topic too ("แล้วหลักฐานของมันมีอะไรบ้าง" before confirming: that unit's evidence)
        unit, framework = state.data.get("unit"), state.data.get("fw")
        if not isinstance(unit, str):
            return {REMINDERS: True}
        return {"intent": "reminder_set", "codes": [unit], **({"framework": framework} if framework else {}),
                REMINDERS: True}
    # beside an open profile step, or a paused questionnaire (a search while paused is what "แล้วหลักฐานล่ะ" leans on)
    paused = state.step == "paused" and RUNNER.by_flow(state.flow) is not None
    beside = state.data.get(TOPIC_FLOW) if state.flow == "profile" or paused else None
    return beside if isinstance(beside, dict) else None


# The same answer with the agree button is the same object each time (rendered once, stored once).
_agreeable: Recent[tuple[int, str], tuple[Reply, Reply]] = Recent(512)


def _with_agree(reply: Reply, language: str) -> Reply:
    known = _agreeable.get((id(reply), language))
    if known is not None and known[0] is reply:
        return known[1]
    variant = replace(reply, buttons=(*reply.buttons, consent_buttons(language)[0]))
    _agreeable.put((id(reply), language), (reply, variant))
    return variant


def _takes_free_text(state: State | None) -> bool:
    return state is not None and state.flow == "profile" and state.step == "agency"


def _run_topic(state: State | None, u: Understanding) -> dict[str, Any] | None:
    """During a self-assessment or quiz of one unit, a question about a part of a unit with no code
    ("ข้อนี้ต้องใช้หลักฐานอะไร") is about that unit."""
    unit = state.data.get("unit") if state is not None and state.flow in ("assess", "quiz") else None
    if not isinstance(unit, str) or unit == knowledge.ALL_UNITS or u.codes_written() or \
            not entities.aspect(fold(u.text)):
        return None
    return {"intent": "unit_info", "codes": [unit]}


def _person(user: User) -> tuple[str, str, datetime]:
    """Who is remembered in memory before consent (a person who deleted their data and came back is new)."""
    return user.platform, user.platform_user_id, user.created_at


_WORD = re.compile(r"[A-Za-z0-9']+")


def conversation_language(understanding: Understanding, current: str) -> str:
    """English only for a message that is clearly English; a Thai one (in Thai or Latin letters) switches back to
    Thai; one that is neither ("3", "ok", "DL201", a button's data) keeps the conversation's language."""
    if understanding.language == "en" and not _BUTTON_DATA.fullmatch(understanding.text.strip()):
        # a button's data typed or pasted ("w:s:std-2567:DL200") is no English: its "std", "DL" are codes;
        # in a Thai conversation a code with one English word ("DS700 evidence") is still Thai
        words = [w for w in _WORD.findall(understanding.text) if not any(ch.isdigit() for ch in w)]
        if current == "en" or len(words) >= 2:
            return "en"
    if any("\u0e00" <= ch <= "\u0e7f" for ch in understanding.text):
        return "th"
    if understanding.language == "th" and thai_reading(understanding.text) != understanding.text:
        return "th"  # Thai typed in Latin letters ("DL300 mee lakthan arai bang krab") is Thai too
    return current if current in ("th", "en") else "th"


def create_handler(sessions: async_sessionmaker[AsyncSession]) -> DialogEngine:
    return DialogEngine(sessions)
