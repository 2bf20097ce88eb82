"""First contact: a welcome, the privacy notice (PDPA) and consent; then "set your profile".

Until the person agrees, nothing but the platform id is stored: no name, no profile, no results.
"""

from __future__ import annotations

from functools import lru_cache

from bot.dialog.actions import flow_action, intent_action
from bot.dialog.flows.common import FlowError, consent_buttons, text
from bot.dialog.flows.context import Ctx
from bot.dialog.flows.profile import asking_group, asking_missing
from bot.dialog.flows.wording import say
from bot.dialog.limits import button
from bot.dialog.replies import Reply
from storage import Users


def welcome(ctx: Ctx) -> list[Reply]:
    lang = ctx.language
    if ctx.consented:
        return [text(say("welcome", lang), (button(say("set_profile", lang), flow_action("m", "g")),))]
    return [text(say("welcome", lang)), text(say("privacy", lang), consent_buttons(lang))]


def reoffer(ctx: Ctx) -> Reply:
    return _reoffer(ctx.language)


@lru_cache(maxsize=4)
def _reoffer(language: str) -> Reply:
    """The same object every time: answers that end with it are rendered once (``outbox_rows``)."""
    return text(say("consent_reoffer", language), consent_buttons(language)[:1])


def privacy(ctx: Ctx) -> list[Reply]:
    """What is kept, who sees it, how it is deleted: the notice, with the way to agree or to delete."""
    lang = ctx.language
    if ctx.consented:
        return [text(say("privacy", lang), (button(say("delete_my_data", lang), intent_action("data_delete")),))]
    return [text(say("privacy", lang), consent_buttons(lang))]


def needed(ctx: Ctx) -> list[Reply]:
    lang = ctx.language
    return [text(say("consent_needed", lang)), text(say("privacy", lang), consent_buttons(lang))]


async def on_action(ctx: Ctx, verb: str) -> list[Reply]:
    if verb == "y":
        if ctx.consented:  # given before: the profile questions go on from what is missing, never from the top
            return [text(say("consent_kept", ctx.language)), *await asking_missing(ctx)]
        await Users(ctx.session).give_consent(ctx.user.id, ctx.now)
        await Users(ctx.session).set_language(ctx.user.id, ctx.language)
        return [text(say("consent_given", ctx.language)), *await asking_group(ctx)]
    if verb == "n":
        if ctx.consented:
            await Users(ctx.session).withdraw_consent(ctx.user.id)
        return [text(say("consent_declined", ctx.language))]
    raise FlowError(f"consent verb {verb!r}")
