"""News broadcasts on or off ("หยุดรับข่าว" / "รับข่าว"); a person's own reminders are not news."""

from __future__ import annotations

from bot.dialog.flows.common import text
from bot.dialog.flows.context import Ctx
from bot.dialog.flows.wording import say
from bot.dialog.replies import Reply
from storage import Users


async def set_news(ctx: Ctx, *, wanted: bool) -> list[Reply]:
    """No consent needed: saying "do not send me news" must always work."""
    await Users(ctx.session).set_broadcast_opt_out(ctx.user.id, not wanted)
    return [text(say("news_on" if wanted else "news_off", ctx.language))]
