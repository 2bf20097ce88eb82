"""What people ask, for content owners: every understood text message is counted by intent
(anonymously), and the text of an unanswered or low-confidence question is kept for people who
consented only."""

from __future__ import annotations

from bot.dialog.flows.context import Ctx
from intents import CONFIDENCE_THRESHOLD
from intents.result import Understanding
from storage import MessageStats, OpenQuestions


def answered(understanding: Understanding) -> bool:
    return understanding.intent != "unknown" and understanding.confidence >= CONFIDENCE_THRESHOLD


async def record(ctx: Ctx, understanding: Understanding) -> None:
    codes = understanding.entities.get("codes") or []
    first = codes[0] if codes else None
    unit = f"{first['framework']}:{first['code']}" if isinstance(first, dict) and "framework" in first else None
    ok = answered(understanding)
    await MessageStats(ctx.session).record(understanding.intent, ok, ctx.user.agency, unit, ctx.now)
    if not ok and ctx.consented:
        await OpenQuestions(ctx.session).record(ctx.user.id, ctx.user.agency, understanding.text,
                                                understanding.intent, understanding.confidence, ctx.now)
