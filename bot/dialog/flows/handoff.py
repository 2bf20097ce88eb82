"""Handoff: "ขอคุยกับเจ้าหน้าที่" (the ``handoff`` intent) opens a conversation with the person's agency HR.

While it is open the bot stays quiet: the person's messages go to HR, whose answers arrive through
the outbox. It ends when HR closes it, the person types "จบการสนทนา", or nothing was said for
``HANDOFF_TIMEOUT`` (the person is told on their next message). Needs consent: HR reads the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from bot.config import get_settings
from bot.dialog.flows import account, onboarding
from bot.dialog.flows.common import text
from bot.dialog.flows.context import Ctx
from bot.dialog.phrases import phrasebook
from bot.dialog.replies import Reply
from intents.result import Understanding
from storage import HandoffMessage, Handoffs

INTENT = "handoff"
# "จบการสนทนา", and the ways people say it ("จบแล้วค่ะ ขอบคุณ"), particles and thanks allowed after it.
_END = re.compile(
    # thanks or an acknowledgement first ("ขอบคุณค่ะ จบแค่นี้", "โอเคครับ จบการสนทนา": forwarded, before)
    r"^\s*(?:(?:ขอบคุณ|ขอบใจ|โอเค|ok|okay|ได้|thanks?|thank you)\s*(?:มาก)?\s*(?:ครับ|ค่ะ|คะ|นะ|จ้า)*[\s,]*)?"
    r"(?:(?:กระผม|ผม|ดิฉัน|ฉัน|หนู|เรา)\s*)?(?:ขอ|อยาก|ต้องการ)?\s*"
    r"(?:(?:จบ|ยุติ|สิ้นสุด|เลิก|ปิด)\s*(?:การ)?(?:สนทนา|คุย|แชท|แชต)|จบแล้ว|จบ(?=\s*(?:แค่นี้|เท่านี้|เพียงเท่านี้))|กลับ(?:ไป|มา)?คุยกับบอท|"
    r"end(?: the)? (?:chat|conversation)|back to the bot|stop talking to (?:staff|hr))"
    r"(?:[\s,]*(?:กับ\s*(?:เจ้าหน้าที่|hr|ฝ่ายบุคคล)|with (?:staff|hr)|แค่นี้|เพียงเท่านี้|เท่านี้|ก่อน|แล้ว|ได้เลย|ครับ|ค่ะ|คะ|นะ|จ้า|"
    r"ขอบคุณ(?:มาก)?(?:ครับ|ค่ะ)?|thanks?|thank you|please))*\s*[.!]?\s*$", re.IGNORECASE)

say = phrasebook({
    "opened": ("ส่งเรื่องถึงเจ้าหน้าที่{agency}แล้วครับ พิมพ์ข้อความถึงเจ้าหน้าที่ได้เลย ระหว่างนี้บอทจะไม่ตอบ "
               "เจ้าหน้าที่จะตอบกลับในแชตนี้ พิมพ์ \"จบการสนทนา\" เมื่อต้องการกลับมาคุยกับบอท",
               "I've passed you to {agency_en}staff. Write your message here; the bot stays quiet meanwhile and "
               "staff will reply in this chat. Type \"end chat\" to talk to the bot again."),
    "ended": ("จบการสนทนากับเจ้าหน้าที่แล้ว บอทกลับมาตอบตามปกติครับ",
              "The conversation with staff has ended; the bot is back."),
    "timed_out": ("การสนทนากับเจ้าหน้าที่หมดเวลาแล้ว (ไม่มีข้อความนาน {hours} ชั่วโมง) บอทกลับมาตอบตามปกติ "
                  "ถามใหม่ได้เลย หรือพิมพ์ \"ขอคุยกับเจ้าหน้าที่\" อีกครั้ง",
                  "The conversation with staff timed out (nothing for {hours} hours); the bot is back. Ask again, "
                  "or type \"talk to staff\" once more."),
    "forwarded": ("ส่งข้อความถึงเจ้าหน้าที่แล้ว รอการตอบกลับในแชตนี้ (พิมพ์ \"จบการสนทนา\" เพื่อกลับมาคุยกับบอท)",
                  "Sent to staff; they will reply in this chat (type \"end chat\" to talk to the bot again)."),
    "delete_while_staff": ("ส่งข้อความนี้ถึงเจ้าหน้าที่ด้วยแล้ว ส่วนการลบข้อมูลของคุณในบอท กดปุ่มด้านล่างได้เลย "
                           "(การสนทนากับเจ้าหน้าที่ยังเปิดอยู่)",
                           "Staff have this message too. To delete your data held by the bot, use the buttons below "
                           "(the conversation with staff stays open)."),
    "from_staff": ("เจ้าหน้าที่:", "Staff:"),
    "closed_by_hr": ("เจ้าหน้าที่ปิดการสนทนาแล้ว บอทกลับมาตอบตามปกติครับ",
                     "Staff closed the conversation; the bot is back."),
})


ACKNOWLEDGE_AFTER = timedelta(minutes=10)
PULLED_PLATFORMS = ("web", "console")  # no push: HR's answers arrive with the reply to the next message


def asks_for_human(understanding: Understanding) -> bool:
    return understanding.intent == INTENT


def timeout() -> timedelta:
    return get_settings().handoff_timeout


async def on_text(ctx: Ctx, message: str, understanding: Understanding) -> list[Reply] | None:
    """Replies when the message belongs to a handoff (an empty list: the bot stays quiet); else None."""
    handoffs = Handoffs(ctx.session)
    limit = timeout()
    active, expired = (await handoffs.active_for(ctx.user.id, limit, ctx.now)) if ctx.consented else (None, None)
    if active is not None:
        if _END.match(message):
            await handoffs.close(active.id, "user", ctx.now)
            return [text(say("ended", ctx.language))]
        quiet = ctx.now - active.last_activity_at >= ACKNOWLEDGE_AFTER
        messages = await handoffs.messages(active.id)
        first = _first_of_a_row(messages, ctx)
        # Nothing is pushed to the web chat or the console: HR's answers since the person's last message come
        # with the reply to this one.
        pulled = [text(f"{say('from_staff', ctx.language)} {m.text}") for m in _unseen_answers(messages)] \
            if ctx.user.platform in PULLED_PLATFORMS else []
        await handoffs.add_message(active.id, "user", message, now=ctx.now)
        if understanding.intent == "data_delete":
            # Deleting one's data is promised at any time ("ลบข้อมูลของฉัน", the privacy notice): the bot's question
            # with its buttons, which work while staff talk (forwarded to staff alone, before); staff see it too.
            # No typed answer waits: a "ใช่" here is for staff, and must not delete after the conversation ends.
            return [*pulled, text(say("delete_while_staff", ctx.language)), *account.question(ctx.language)]
        # Silence after a message left people unsure anything arrived: one word that it did, for the first of a
        # row (and after a quiet spell), not for every message, and not while HR is answering live.
        return [*pulled, text(say("forwarded", ctx.language))] if quiet or first else pulled
    if expired is not None:
        return [text(say("timed_out", ctx.language, hours=round(limit.total_seconds() / 3600)))]
    if not asks_for_human(understanding):
        return None
    if not ctx.consented:
        return onboarding.needed(ctx)
    handoff = await handoffs.open(ctx.user, ctx.now)
    await handoffs.add_message(handoff.id, "user", message, now=ctx.now)
    agency = ctx.user.agency
    return [text(say("opened", ctx.language, agency=f"ของ{agency}" if agency else "",
                     agency_en=f"{agency} " if agency else ""))]


def _first_of_a_row(messages: Sequence[HandoffMessage], ctx: Ctx) -> bool:
    """Whether a message typed now starts a row of the person's messages (the first after the request that
    opened the handoff, or after HR's last answer) while HR is not answering live (its last answer is older
    than ``ACKNOWLEDGE_AFTER``)."""
    answered = [m.at for m in messages if m.sender != "user"]
    if answered and ctx.now - max(answered) < ACKNOWLEDGE_AFTER:
        return False  # HR is there: their next answer says it arrived
    since = [m for m in messages if m.sender == "user" and (not answered or m.at > max(answered))]
    return len(since) == (0 if answered else 1)  # before any answer, the opening request is the one before


def _unseen_answers(messages: Sequence[HandoffMessage]) -> list[HandoffMessage]:
    """HR's answers after the person's last message (in order)."""
    last_mine = max((n for n, m in enumerate(messages) if m.sender == "user"), default=-1)
    return [m for m in messages[last_mine + 1:] if m.sender != "user"]


def closed_notice(language: str) -> str:
    return say("closed_by_hr", language)
