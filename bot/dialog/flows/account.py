"""Delete my data (PDPA): ask, then ``Users.delete_personal_data`` on the confirm button, then say so."""

from __future__ import annotations

from dataclasses import astuple

from bot.dialog.actions import flow_action
from bot.dialog.flows.common import FlowError, affirms, denies, text
from bot.dialog.flows.context import Ctx
from bot.dialog.flows.wording import say
from bot.dialog.limits import button
from bot.dialog.replies import Reply
from intents.lexicon import compile_any, word
from intents.normalise import bare
from storage import Users

# How one deletes, asked for later ("ถ้าวันหลังอยากลบข้อมูลต้องทำยังไงคะ", "how do I delete my data?"): said, not asked.
_HOW_LATER = compile_any(r"(?:ถ้า|หาก)\S{0,30}ลบ.{0,40}?(?:ยังไง|อย่างไร|ไง)|"
                         r"(?:วิธี|ทำยังไง|ทำอย่างไร)\S{0,6}\s?(?:ถึงจะ|จึงจะ|ถึง)?\s?ลบ|ลบ\S{0,16}\s?(?:ต้อง)?(?:ทำ)?\s?(?:ยังไง|อย่างไร)|"
                         r"(?:ตอนนี้|ยัง)\s?(?:ยัง)?ไม่(?:ได้)?(?:ต้องการ|อยาก)?(?:ให้)?ลบ|แค่\s?ถาม",
                         word(r"how (?:do|can|would) i (?:delete|remove|erase)", r"if i (?:ever )?want"))


def asked_how(message: str) -> bool:
    return bool(_HOW_LATER.search(bare(message)))


def how(lang: str) -> list[Reply]:
    """How one deletes, with the way to do it now a press away."""
    return [text(say("delete_how", lang), (button(say("delete_my_data", lang), flow_action("d", "ask")),))]


async def ask(ctx: Ctx) -> list[Reply]:
    """The confirmation; while it waits (state ``delete``), a typed yes or no answers it."""
    if ctx.consented:
        await ctx.set_state("delete", "confirm", {})
    return question(ctx.language)


def question(lang: str) -> list[Reply]:
    """The confirmation alone, nothing waiting for a typed answer (its buttons answer it)."""
    return [text(say("delete_ask", lang), (button(say("delete_yes", lang), flow_action("d", "yes")),
                                          button(say("delete_no", lang), flow_action("d", "no"))))]


async def on_text(ctx: Ctx, folded: str) -> list[Reply] | None:
    """A typed answer to "delete all your data?": yes deletes, no keeps. Anything else is another
    matter, and the question lapses: a later "ใช่" must never delete."""
    if affirms(folded, "ลบ", particle_alone=False):
        return await on_action(ctx, "yes")
    if denies(folded):
        return await on_action(ctx, "no")
    if _ASKS_WHAT.search(bare(folded)):
        # "ลบอะไรบ้าง", "what exactly will be deleted?": what goes and what stays, the question still open
        lang = ctx.language
        return [text(say("delete_what", lang), (button(say("delete_yes", lang), flow_action("d", "yes")),
                                                button(say("delete_no", lang), flow_action("d", "no"))))]
    await ctx.clear_state()
    return None


# A question about the deletion itself, asked while it waits for yes or no.
_ASKS_WHAT = compile_any(r"(?:ลบ|หาย|เหลือ|เก็บ)\S{0,12}(?:อะไร|ไร|ไหน|บ้าง|หมดไหม|หมดมั้ย|ทั้งหมดไหม)|ข้อมูลอะไร|อะไรบ้าง|"
                         # "ลบแล้วเตือนที่ตั้งไว้จะหายด้วยไหมคะ": what goes with it (the question lapsed, before)
                         r"(?:หาย|ลบ|ไป)\s?(?:ด้วย|หมด)?\s?(?:ไหม|มั้ย|มั๊ย|หรือเปล่า|หรือไม่|ป่าว|เปล่า)|"
                         r"กู้คืน|ย้อนกลับ",
                         word("what", "which", "will", "would", "does", "is (?:it|that|everything)",
                              "can i (?:undo|restore)"))


async def on_action(ctx: Ctx, verb: str) -> list[Reply]:
    if verb == "ask":
        return await ask(ctx)
    if verb == "no":
        if ctx.state is not None and ctx.state.flow == "delete":
            await ctx.clear_state()
        return [text(say("delete_kept", ctx.language))]
    if verb == "yes":
        if ctx.consented and (ctx.state is None or ctx.state.flow != "delete"):
            # the button of a question answered or left behind (pressed after "ไม่ลบ", it deleted everything): what
            # cannot be undone is asked again
            await ctx.set_state("delete", "confirm", {})
            return [text(say("delete_ask_again", ctx.language)), *question(ctx.language)]
        report = await Users(ctx.session).delete_personal_data(ctx.user.id)
        ctx.state, ctx.deleted = None, True
        removed = 1 + sum(astuple(report)[1:])  # the user row and every row about them
        return [text(say("delete_done", ctx.language, n=removed))]
    raise FlowError(f"delete action {verb!r}")
