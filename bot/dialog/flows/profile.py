"""The profile: person group and organisation phase (buttons or free text), then the agency.

Buttons: ``m:g`` asks the group, ``m:g:GROUP`` sets it and asks the phase, ``m:p:PHASE`` sets the
phase and asks the agency (the one free-text step, state ``profile/agency``), ``m:a`` skips it,
``m:s`` shows the profile. Free text ("ฉันเป็นนักวิชาการ หน่วยงานระยะกำลังพัฒนา") sets what it names,
and the reply says what changed (old → new): a profile never changes without the person seeing it.

While the group or the phase is asked, the state is ``profile/group`` or ``profile/phase``, so that
typing a button's label ("ผู้บริหารระดับสูง", "ระยะเริ่มต้น") works as pressing it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.dialog.actions import flow_action, role_action, text_action
from bot.dialog.answers import areas
from bot.dialog.flows.common import FlowError, text
from bot.dialog.flows.context import Ctx
from bot.dialog.flows.wording import say
from bot.dialog.flows.work import work_of
from bot.dialog.limits import button
from bot.dialog.phrases import GROUP_BUTTON_LABELS, GROUP_LABELS, PHASE_LABELS, label
from bot.dialog.replies import Reply
from content.catalog import get_catalog
from content.schema import GROUPS, PHASES
from intents.commands import command, fold_short
from intents.engine import default_understander
from intents.entities import agency
from intents.lexicon import COUNT, GROUP_ASKED_AS, NEEDS_OF_ONE, PRIVACY_QUESTION, QUESTION, WHAT_ABOUT, WHICH_GROUP
from intents.normalise import bare, typed_span
from intents.result import Understanding
from storage import Users

MAX_AGENCY_CHARS = 200
# Spoken around a free-text answer but no part of it: polite particles at the end ("กรมบัญชีกลางครับ"),
# "I work at" at the start ("อยู่กรมสรรพากรค่ะ"), quotes and punctuation on either side.
_PARTICLE = r"(?:ครับผม|ครับ|คับ|ขอรับ|ค่ะ|คะ|ค่า|คร่ะ|นะคะ|นะครับ|นะ|จ้า|จ้ะ|จ๊ะ|ฮะ|ค๊ะ|เจ้าค่ะ)"  # not "เลย": จังหวัดเลย
# Not "." or brackets: they belong to names ("สำนักงาน ก.พ.", "(สพฐ.)"). Thai vowel marks are no noise,
# though a plain \W would take them for it.
_NOISE = r"[\s!?,;:~\-\"'“”‘’«»…*#^_|\u2600-\u27bf\U0001f000-\U0001faff]"
_TRAILING_NOISE = re.compile(rf"(?:{_NOISE}*{_PARTICLE})*{_NOISE}*$")
_LEADING_NOISE = re.compile(
    rf"^{_NOISE}*(?:(?:ผม|ดิฉัน|หนู|ฉัน|เรา|พี่|กระผม)\s*)?"
    r"(?:(?:ทำงาน|อยู่|สังกัด|มาจาก|จาก)\s*(?:อยู่\s*)?(?:ที่\s*)?|(?:ชื่อ\s*)?หน่วยงาน(?:\s*(?:คือ|ชื่อ))?)?"
    rf"{_NOISE}*")


def clean_answer(typed: str) -> str:
    """A free-text answer without what is said around it: "อยู่กรมบัญชีกลางครับ" → "กรมบัญชีกลาง".
    The name itself is kept as typed (dots and brackets inside it too)."""
    answer = _TRAILING_NOISE.sub("", typed.strip())
    answer = _LEADING_NOISE.sub("", answer)
    return " ".join(answer.split())[:MAX_AGENCY_CHARS]


def ask_group(language: str, choices: Sequence[str] = ()) -> Reply:
    """Which group one is in: any, or one of the ``choices`` a wording of two groups leaves ("กลุ่มบริหาร")."""
    asked = say("ask_which_group", language, groups=say("groups_and", language).join(
        label(GROUP_LABELS, g, language) for g in choices)) if choices else say("ask_group", language)
    return text(asked, (button(label(GROUP_BUTTON_LABELS, g, language), flow_action("m", "g", g))
                        for g in choices or GROUPS))


def ask_phase(language: str, question: str | None = None) -> Reply:
    buttons = [button(label(PHASE_LABELS, p, language), flow_action("m", "p", p)) for p in PHASES]
    if question is not None and (differ := text_action(say("phases_differ", language))) is not None:
        buttons.append(button(say("phases_differ", language), differ))
    return text(question or say("ask_phase", language), buttons)


def ask_agency(language: str) -> Reply:
    return text(say("ask_agency", language), (button(say("skip", language), flow_action("m", "a")),))


def show(ctx: Ctx) -> list[Reply]:
    lang, user = ctx.language, ctx.user
    none = say("profile_none", lang)
    body = say("profile", lang,
               group=label(GROUP_LABELS, user.profile_group, lang) if user.profile_group else none,
               phase=label(PHASE_LABELS, user.profile_phase, lang) if user.profile_phase else none,
               agency=user.agency or none)
    buttons = [button(say("change_profile", lang), flow_action("m", "g"))]
    if user.profile_group and user.profile_phase:
        buttons.insert(0, button(say("what_i_need", lang), role_action(user.profile_group, user.profile_phase)))
    return [text(body, buttons)]


async def _next_missing(ctx: Ctx, was: list[str | None] | None = None) -> list[Reply]:
    """Ask for the first missing piece, its step kept in the database (a group typed next, "ผู้บริหาร", answers
    the group question; it was read as a question about that group, before). ``was``: the profile before this
    message changed it (the phase just typed is not asked again after the group). The agency is asked once, when
    the profile is first complete: a later change ("เปลี่ยนระยะเป็น…") does not ask again for one skipped."""
    if ctx.user.profile_group is None:
        await _step(ctx, "group", was)
        return [ask_group(ctx.language)]
    if ctx.user.profile_phase is None:
        await _step(ctx, "phase", was)
        return [ask_phase(ctx.language)]
    if ctx.user.agency is None and (was is None or was[1] is None):
        await _step(ctx, "agency")
        return [ask_agency(ctx.language)]
    if ctx.state and ctx.state.flow == "profile":
        await ctx.clear_state()
    return show(ctx)


def _now(ctx: Ctx) -> list[str | None]:
    return [ctx.user.profile_group, ctx.user.profile_phase, ctx.user.agency]


def _was(ctx: Ctx) -> list[str | None]:
    """The profile as it was when this round of questions began (kept in the state), to say at the
    end what changed."""
    if ctx.state is not None and ctx.state.flow == "profile" and "was" in ctx.state.data:
        return list(ctx.state.data["was"])
    return _now(ctx)


# Beside a profile step: the subject of the last answer, for a follow-up (the engine's TOPIC_FLOW).
TOPIC_BESIDE = "topic"


async def _step(ctx: Ctx, step: str, was: list[str | None] | None = None) -> None:
    data: dict[str, Any] = {"was": was if was is not None else _was(ctx)}
    if ctx.state is not None and ctx.state.flow == "profile" and isinstance(ctx.state.data.get(TOPIC_BESIDE), dict):
        data[TOPIC_BESIDE] = ctx.state.data[TOPIC_BESIDE]  # the next question keeps it: "แล้วความรู้ล่ะ" still leans
    await ctx.set_state("profile", step, data)


async def _finish(ctx: Ctx, before: list[str | None] | None = None) -> list[Reply]:
    """The round is over: say what changed (old → new), and what the last answer set (``before`` it, the
    profile was that: "หน่วยงาน: กรมสรรพากร", never a bare "saved"), then show the profile."""
    now = tuple(_now(ctx))
    changes = changed_lines(tuple(_was(ctx)), now, ctx.language, replaced_only=True)
    if before is not None:
        changes += [line for line in changed_lines(tuple(before), now, ctx.language) if line not in changes]
    if ctx.state and ctx.state.flow == "profile":
        await ctx.clear_state()
    return [text(_saved(changes, ctx.language)), *show(ctx)]


def _saved(changes: list[str], language: str) -> str:
    """"Saved", with what: the lines of what changed ("ระยะ: ระยะเริ่มต้น")."""
    return say("profile_changed", language, changes="\n" + "\n".join(changes)) if changes \
        else say("profile_saved", language)


async def asking_group(ctx: Ctx) -> list[Reply]:
    await _step(ctx, "group")
    return [ask_group(ctx.language)]


async def asking_missing(ctx: Ctx) -> list[Reply]:
    """The group or the phase, whichever is still missing (nothing when both are set)."""
    if ctx.user.profile_group is None:
        return await asking_group(ctx)
    if ctx.user.profile_phase is None:
        await _step(ctx, "phase")
        return [ask_phase(ctx.language)]
    return []


async def on_action(ctx: Ctx, args: tuple[str, ...]) -> list[Reply]:
    """A profile button: group → phase, then the agency the first time; the round ends saying what
    changed (old → new)."""
    verb, value = args[0], (args[1] if len(args) > 1 else "")
    users = Users(ctx.session)
    if verb == "s":
        return show(ctx)
    if verb == "g" and not value:  # "เปลี่ยนข้อมูล": a new round, measured from the profile as it is now
        await _step(ctx, "group", _now(ctx))
        return [ask_group(ctx.language)]
    was, before = _was(ctx), _now(ctx)  # before this press changes anything
    if verb == "g" and value in GROUPS:
        await users.set_profile(ctx.user.id, value, ctx.user.profile_phase)
        if ctx.user.profile_phase is not None and ctx.user.profile_phase != was[1]:
            return await _both_answered(ctx, was, before)  # the phase was answered first in this round: not asked again
        await _step(ctx, "phase", was)  # then the phase, which may change too; the round ends there
        return [ask_phase(ctx.language)]
    if verb == "p" and value in PHASES:
        await users.set_profile(ctx.user.id, ctx.user.profile_group, value)
        if ctx.user.profile_group is None:  # the phase first ("งั้นเริ่มต้นละกัน" at the group question): kept, said so
            await _step(ctx, "group", was)
            changes = changed_lines(tuple(before), tuple(_now(ctx)), ctx.language)
            said = [text(_saved(changes, ctx.language))] if changes else []
            return [*said, ask_group(ctx.language)]
        return await _both_answered(ctx, was, before)
    if verb == "a":
        return await _finish(ctx)
    raise FlowError(f"profile action {args!r}")


async def _both_answered(ctx: Ctx, was: list[str | None], before: list[str | None]) -> list[Reply]:
    """Group and phase are set: the agency is asked in the first round, else the round ends."""
    if ctx.user.agency is None and was[2] is None and was[1] is None:  # the first round
        await _step(ctx, "agency", was)
        return [text(_saved(changed_lines(tuple(was), tuple(_now(ctx)), ctx.language), ctx.language)),
                ask_agency(ctx.language)]
    await _step(ctx, "phase", was)  # for _finish to read what it was
    return await _finish(ctx, before)


async def phase_from_role(ctx: Ctx, phase: str) -> Reply:
    """The phase question answered by a role's phase button ("ต้องมีหน่วยอะไรบ้าง" asked instead of the phase,
    and the role asked back by phase): the phase pressed is the person's, saved and said so."""
    before = _now(ctx)
    await Users(ctx.session).set_profile(ctx.user.id, ctx.user.profile_group, phase)
    if ctx.state and ctx.state.flow == "profile":
        await ctx.clear_state()
    return text(_saved(changed_lines(tuple(before), tuple(_now(ctx)), ctx.language), ctx.language))


# Intents that are requests of their own even while a group or phase is asked ("DS700", "ลบข้อมูลของฉัน").
_PASS_THROUGH_CONFIDENCE = 0.8
_ANSWER_LIKE = ("unknown", "search", "role_requirements", "profile_set")


# Questions that help to answer the group or phase step: asked during it, the step stays open.
HELPS_TO_ANSWER = ("phase_info", "role_overview")
# A follow-up ("แล้วระยะกำลังพัฒนาล่ะ") or a question is never an agency's name.
_NOT_A_NAME = re.compile(r"ล่ะ|หรอ|เหรอ")


def could_be_agency(u: Understanding) -> bool:
    """Whether a message typed at the agency step may be the agency's name: not a question, not a
    follow-up, naming no code, group or phase."""
    written = u.text.upper()  # a code written in it; not one a search merely found ("สำนักงาน ก.พ.")
    plain = bare(u.text)
    # "ต้องมีกี่หน่วยครับ", "ผมต้องเรียนอะไร": a count or a need asked (no agency is named so), not a name
    if QUESTION.search(plain) or COUNT.search(plain) or NEEDS_OF_ONE.search(plain) or _NOT_A_NAME.search(u.text) or \
            any(e["code"].upper() in written for e in u.entities.get("codes") or []):
        return False
    group, phase = default_understander().group_and_phase(u.text)
    if phase is None and (named := agency(u.text)) and u.text.strip().startswith(named):
        return True  # "สำนักงานปลัดกระทรวง…": an agency's name, whatever group word ("ปลัด") is in it
    return (group, phase) == (None, None)


# A hedge after a typed answer ("บริการมั้ง", "วิชาการละกัน", "เทคโนโลยีก็ได้"): no part of the answer.
_HEDGE = re.compile(r"\s*(?:มั้ง|มั๊ง|ม้าง|ละกัน|แล้วกัน|ก็ได้|น่าจะ|มั้งครับ|มั้งคะ)+$")
# ... or before it ("น่าจะวิชาการค่ะ", "คิดว่าเป็นบริการ").
_HEDGE_BEFORE = re.compile(r"^(?:คิดว่า|น่าจะ|อาจจะ|อาจ|เป็น|\s)+")


def _label_word(message: str) -> str | None:
    """The group whose label alone holds the word typed (a word of three letters or more), else None."""
    typed = _HEDGE_BEFORE.sub("", _HEDGE.sub("", fold_short(message))).strip()  # "บริการมั้ง": the word, hedged
    if len(typed) < 3 or " " in typed:
        return None
    fits = [group for group, names in GROUP_LABELS.items() if any(typed in n.lower() for n in names)]
    return fits[0] if len(fits) == 1 else None


async def on_text(ctx: Ctx, u: Understanding) -> list[Reply] | None:
    """A message while the group or the phase is asked (state ``profile/group`` or ``profile/phase``):
    a typed button label, a description of one's work, or something unclear, which is asked again with
    the buttons. None for a question or request of its own, which is answered."""
    assert ctx.state is not None
    step, lang = ctx.state.step, ctx.language
    if command(u.text) == "skip":  # "ข้าม": the profile waits; what is set stays set
        await ctx.clear_state()
        return [text(say("profile_skipped", lang), (button(say("set_profile", lang), flow_action("m", "g")),))]
    # (a bare pattern: "มั้ย" is found as "มัย"); "แล้วผู้บริหารล่ะ" asks about them, it is no answer about oneself
    asked = QUESTION.search(bare(u.text)) is not None or WHAT_ABOUT.search(u.text) is not None
    if asked and WHICH_GROUP.search(bare(u.text)) and not u.codes_written() and \
            (offered := which_group(ctx, u.text)) is not None:
        return offered  # "พยาบาลอยู่กลุ่มไหน": the group the work fits, the step still open for the press
    if (asked and (u.intent != "unknown" or PRIVACY_QUESTION.search(bare(u.text)))) or \
            areas.asked_by(u, get_catalog()):  # "มีกี่ด้าน" asks too; "ฝ่าย HR จะเห็นผลไหม" is answered by the notice
        return None  # "ระยะเริ่มต้นกับพัฒนาแล้วต่างกันยังไง" asks; it never sets the phase
    if u.codes_written() and u.intent not in _ANSWER_LIKE and u.confidence >= _PASS_THROUGH_CONFIDENCE:
        return None  # "เตือนส่งหลักฐาน DS700 ภายในปิดปีงบประมาณ": a request of its own, no work ("งบประมาณ") described
    if u.intent == "quiz_start" and (u.confidence >= _PASS_THROUGH_CONFIDENCE or u.entities.get("topic_units")):
        # "ขอประเมินตนเองด้านความมั่นคงปลอดภัยไซเบอร์": a test asked for on a topic, no work described (the topic's
        # words set the group to technology, before)
        return None
    # A question-like message nobody understood ("ไม่แน่ใจว่าระยะไหน") sets nothing: asked again below.
    group, phase = default_understander().group_and_phase(u.text) if not asked else (None, None)
    if u.intent == "profile_set" and u.entities.get("group"):
        # the reading's group, corrections applied ("ทำไมบันทึกว่าดิฉันเป็นผู้บริหารคะ ดิฉันเป็นผู้ทำงานด้านบริการ": the
        # first group named, the one complained of, was saved again, before)
        group = str(u.entities["group"])
    work = work_of(u.text.lower()) if step == "group" and not asked else None
    if work is not None and work.rank and work.groups == (group,):
        work = None  # a rank that is the group's own wording ("ผอ.กอง"): a label, nothing to explain
    if work is not None and len(work.groups) == 1:
        group = work.groups[0]  # the work's group is more specific than a word of a label within it
    elif work is not None and group is not None:
        # "ผมเป็น ผอ.รพ.สต. ครับ": the "ผอ." of work the letter leaves open names no group of its own; a group said
        # beside the work ("ผอ.โรงเรียน สายบริการค่ะ") does
        group = default_understander().group_and_phase(work.words.sub(" ", u.text))[0]
    if step == "group" and group is None and not asked:
        group = _label_word(u.text)  # "เทคโนโลยีครับ", "บริการค่ะ": a word of one group's label
    if step == "group" and group and group in (choices := u.entities.get("group_choices") or ()):
        # "ทำงานฝ่ายบริหาร": a wording of two groups, which one asked (a phase said beside it stored)
        return await set_from_entities(ctx, {"group_choices": list(choices), **({"phase": phase} if phase else {})})
    if group and phase:
        await ctx.clear_state()
        return await set_from_entities(ctx, {"group": group, "phase": phase})
    if step == "group" and group:
        replies = await on_action(ctx, ("g", group))
        if work is None:
            return replies
        said = say("group_from_work", lang, work=work.name(lang), group=label(GROUP_LABELS, group, lang))
        return [text(said, (button(say("change_group", lang), flow_action("m", "g")),)), *replies]
    if step == "phase" and phase:
        return await on_action(ctx, ("p", phase))
    if step == "group" and phase:  # the other answer first: kept, and the group asked
        return await on_action(ctx, ("p", phase))
    if step == "phase" and group:
        return await on_action(ctx, ("g", group))
    if work is not None:  # work the letter leaves open: choose by what one mainly does
        return offer_from_work(ctx, u.text)
    if u.intent not in _ANSWER_LIKE and u.confidence >= _PASS_THROUGH_CONFIDENCE:
        return None
    if step == "group":
        return [text(say("group_unsure", lang), ask_group(lang).buttons)]
    return [ask_phase(lang, say("phase_unsure", lang))]


_WHICH_PART = ((re.compile(r"หน่วยงาน|สังกัด|กรม|agency", re.IGNORECASE), "agency"),
               (re.compile(r"ระยะ|phase", re.IGNORECASE), "phase"),
               (re.compile(r"กลุ่ม|group", re.IGNORECASE), "group"))


async def change(ctx: Ctx, typed: str) -> list[Reply]:
    """"เปลี่ยนหน่วยงาน", "เปลี่ยนระยะ": a change asked for without the new value; ask for it."""
    part = next((name for pattern, name in _WHICH_PART if pattern.search(typed)), "group")
    if part == "agency":
        await _step(ctx, "agency")
        return [ask_agency(ctx.language)]
    if part == "phase":
        await _step(ctx, "phase")
        return [ask_phase(ctx.language)]
    return await asking_group(ctx)


def offer_from_work(ctx: Ctx, typed: str) -> list[Reply] | None:
    """Work described outside the profile questions ("ทำงาน HR ค่ะ"): what group it fits, with the group
    buttons to set it (nothing changes until one is pressed); None when no work is described."""
    work = work_of(typed.lower())
    if work is None:
        return None
    lang = ctx.language
    if len(work.groups) == 1:
        said = say("group_offer", lang, work=work.name(lang), group=label(GROUP_LABELS, work.groups[0], lang))
        return [text(said, (button(label(GROUP_BUTTON_LABELS, work.groups[0], lang),
                                   flow_action("m", "g", work.groups[0])),))]
    lines = [say("group_open", lang, work=work.name(lang)),
             *(f"• {label(GROUP_BUTTON_LABELS, g, lang)}: {say(f'group_does_{g}', lang)}" for g in work.groups)]
    return [text("\n".join(lines), ask_group(lang).buttons)]


def group_to_see(ctx: Ctx, group: str) -> list[Reply]:
    """Before consent, a group read from what the person said of themself ("ผมเป็นตำรวจ ทำงานฝ่ายไอที"): named, with
    what it needs a press away (nothing stored)."""
    lang = ctx.language
    return [text(say("group_named_see", lang, group=label(GROUP_LABELS, group, lang)),
                 (button(label(GROUP_BUTTON_LABELS, group, lang), role_action(group, None)),))]


def which_group(ctx: Ctx, typed: str) -> list[Reply] | None:
    """"พยาบาลอยู่กลุ่มไหน", "หัวหน้าพยาบาลถือเป็นผอ.กองมั้ย": the group the work described fits (or the groups the
    letter leaves open), with the buttons to set it; None when the message describes no work. A group or rank
    named as the one asked about ("… ถือเป็นผอ.กอง") is the question, not the work: the work is said before it."""
    asked_as = GROUP_ASKED_AS.search(bare(typed))
    before = typed[:typed_span(typed, asked_as.start(), asked_as.end())[0]] if asked_as else typed
    said = before if work_of(before.lower()) is not None else typed
    work = work_of(said.lower())
    offered = offer_from_work(ctx, said)
    if work is None:
        return _work_unknown(ctx, typed)
    if offered is None or ctx.consented:
        return offered
    # Before consent nothing is stored: what each group needs is shown instead of a button that sets it.
    lang = ctx.language
    buttons = tuple(button(label(GROUP_BUTTON_LABELS, g, lang), role_action(g, None)) for g in work.groups)
    said = say("group_offer_see", lang, work=work.name(lang), group=label(GROUP_LABELS, work.groups[0], lang)) \
        if len(work.groups) == 1 else offered[0].text
    return [text(said, buttons)]


# Words around "อยู่กลุ่มไหน" that name no work: the person themself, what is stored ("ระบบจำไว้ว่าผม…", "ตั้งไว้").
_NO_WORK = re.compile(bare(r"ผม|ฉัน|ดิฉัน|หนู|เรา|กระผม|ตัวเอง|ตอนนี้|ตอนนี้|แล้ว|ระบบ|จำ|ไว้|ว่า|ตั้ง|บันทึก|โปรไฟล์|"
                           r"ข้อมูล|ของ|ที่|ให้|คุณ|นะ|ครับ|คับ|ค่ะ|คะ|จ้า|\b(?:i|my|me|am)\b|\W|\s|\d"), re.IGNORECASE)


def _work_unknown(ctx: Ctx, typed: str) -> list[Reply] | None:
    """"จนท.สาธารณสุข อยู่กลุ่มไหน": work no list here knows, asked about: the six groups by what each does (the
    letter sorts people by their duties), to choose from; None when no work is named ("ผมอยู่กลุ่มไหน")."""
    plain = bare(typed)
    asked = WHICH_GROUP.search(plain)
    if asked is None or len(_NO_WORK.sub("", plain[:asked.start()])) < 3:
        return None
    lang = ctx.language
    lines = [say("group_by_duty", lang),
             *(f"• {label(GROUP_BUTTON_LABELS, g, lang)}: {say(f'group_does_{g}', lang)}" for g in GROUPS)]
    buttons = ask_group(lang).buttons if ctx.consented else \
        tuple(button(label(GROUP_BUTTON_LABELS, g, lang), role_action(g, None)) for g in GROUPS)
    return [text("\n".join(lines), buttons)]


async def set_from_entities(ctx: Ctx, entities: dict[str, Any]) -> list[Reply]:
    """``profile_set`` from free text: store what it names, say what changed, ask what is missing."""
    lang, user = ctx.language, ctx.user
    old = (user.profile_group, user.profile_phase, user.agency)
    group = entities.get("group") if entities.get("group") in GROUPS else user.profile_group
    phase = entities.get("phase") if entities.get("phase") in PHASES else user.profile_phase
    agency = clean_answer(str(entities.get("agency") or "")) or user.agency
    users = Users(ctx.session)
    if (group, phase) != old[:2]:
        await users.set_profile(user.id, group, phase)
    if agency != old[2]:
        await users.set_agency(user.id, agency)
    changes = changed_lines(old, (group, phase, agency), lang)
    choices = [g for g in entities.get("group_choices") or () if g in GROUPS]
    if choices and entities.get("group") not in GROUPS:  # "ผมอยู่กลุ่มบริหาร": which of the two, asked (the rest kept)
        await _step(ctx, "group", _was(ctx) if ctx.state is not None and ctx.state.flow == "profile" else list(old))
        return [*([text(_saved(changes, lang))] if changes else []), ask_group(lang, choices)]
    if not changes and not entities:
        return await _next_missing(ctx)
    first = _saved(changes, lang) if changes else say("profile_nothing_changed", lang)
    return [text(first), *await _next_missing(ctx, list(old))]


def changed_lines(
    old: tuple[str | None, ...], new: tuple[str | None, ...], lang: str, *, replaced_only: bool = False
) -> list[str]:
    """What changed: "กลุ่ม: ผู้อำนวยการกอง" for a first value, "ระยะ ระยะเริ่มต้น → ระยะกำลังพัฒนา" for a
    replaced one (only those with ``replaced_only``, when the whole profile is shown right after)."""
    unset = say("profile_unset", lang)
    tables = (GROUP_LABELS, PHASE_LABELS, None)
    words = ("profile_group_word", "profile_phase_word", "profile_agency_word")

    def shown(value: str | None, table: Any) -> str:
        return unset if not value else (label(table, value, lang) if table else value)

    lines = []
    for o, n, word, table in zip(old, new, words, tables, strict=True):
        if o == n or (replaced_only and not o):
            continue
        key = "profile_change_line" if o else "profile_first_line"
        lines.append(say(key, lang, what=say(word, lang), old=shown(o, table), new=shown(n, table)))
    return lines


async def set_agency(ctx: Ctx, agency: str) -> list[Reply]:
    new_agency = clean_answer(agency)
    if not new_agency:  # only particles or punctuation ("ครับ"): ask again
        return [ask_agency(ctx.language)]
    before = _now(ctx)
    await Users(ctx.session).set_agency(ctx.user.id, new_agency)
    return await _finish(ctx, before)
