"""Evidence-deadline reminders: set (with a confirm button), list, cancel.

Only the rows are written here (``Reminders.set_deadline`` plans the reminder times); the delivery
worker sends them. A date typed in free text waits in state ``reminder/date``.
"""

from __future__ import annotations

from datetime import date, timedelta

from bot.dialog.actions import flow_action, node_action
from bot.dialog.flows.common import FlowError, text
from bot.dialog.flows.context import Ctx
from bot.dialog.flows.wording import say
from bot.dialog.limits import MAX_BUTTONS, button
from bot.dialog.replies import Reply
from bot.dialog.thaidate import show_date
from content.catalog import Catalog
from storage import Reminders
from storage.repos.reminders import LOCAL_TZ

PRESET_DAYS = (7, 14, 30)
# Evidence deadlines are weeks or months away; a date further than this is a typo or a forgery.
MAX_DAYS_AHEAD = 3 * 366


def today(ctx: Ctx) -> date:
    return ctx.now.astimezone(LOCAL_TZ).date()


async def ask_date(ctx: Ctx, framework: str, code: str) -> list[Reply]:
    await ctx.set_state("reminder", "date", {"fw": framework, "unit": code})
    buttons = [button(say("in_days", ctx.language, n=n),
                      flow_action("w", "y", framework, code, (today(ctx) + timedelta(days=n)).isoformat()))
               for n in PRESET_DAYS]
    return [text(say("reminder_ask_date", ctx.language, code=code), buttons)]


def _out_of_range(ctx: Ctx, due: date) -> list[Reply] | None:
    """The reply refusing ``due`` when it is not within the next ``MAX_DAYS_AHEAD`` days."""
    if due <= today(ctx):
        return [text(say("reminder_past", ctx.language))]
    if due > today(ctx) + timedelta(days=MAX_DAYS_AHEAD):
        return [text(say("reminder_too_far", ctx.language, years=MAX_DAYS_AHEAD // 366))]
    return None


def confirm(ctx: Ctx, framework: str, code: str, due: date) -> list[Reply]:
    refused = _out_of_range(ctx, due)
    if refused:
        return refused
    data = flow_action("w", "y", framework, code, due.isoformat())
    return [text(say("reminder_confirm", ctx.language, code=code, date=show_date(due, ctx.language)),
                 (button(say("confirm", ctx.language), data),))]


async def list_reminders(ctx: Ctx) -> list[Reply]:
    deadlines = await Reminders(ctx.session).deadlines_for(ctx.user.id)
    if not deadlines:
        return [text(say("reminder_none", ctx.language))]
    lines = [say("reminder_list", ctx.language),
             *(say("reminder_line", ctx.language, code=d.unit_code, date=show_date(d.due_date, ctx.language))
               for d in deadlines)]
    buttons = [button(f"✕ {d.unit_code} {show_date(d.due_date, ctx.language)}", flow_action("w", "c", d.id))
               for d in deadlines][:MAX_BUTTONS]
    return [text("\n".join(lines), buttons)]


async def on_action(ctx: Ctx, args: tuple[str, ...]) -> list[Reply]:
    verb = args[0]
    repo = Reminders(ctx.session)
    if verb == "s" and len(args) == 3 and ctx.catalog.unit(args[1], args[2]):
        return await ask_date(ctx, args[1], args[2])
    if verb == "y" and len(args) == 4 and ctx.catalog.unit(args[1], args[2]):
        try:
            due = date.fromisoformat(args[3])
        except ValueError as exc:
            raise FlowError(f"bad date {args[3]!r}") from exc
        refused = _out_of_range(ctx, due)
        if refused:
            return refused
        await repo.set_deadline(ctx.user.id, args[1], args[2], due, now=ctx.now)
        if ctx.state and ctx.state.flow == "reminder":
            await ctx.clear_state()
        return [text(say("reminder_set", ctx.language, code=args[2], date=show_date(due, ctx.language)))]
    if verb == "l":
        return await list_reminders(ctx)
    if verb == "c" and len(args) == 2:
        mine = {str(d.id): d for d in await repo.deadlines_for(ctx.user.id)}
        deadline = mine.get(args[1])
        if deadline is None:
            return [text(say("stale", ctx.language))]
        await repo.cancel_deadline(deadline.id)
        return [text(say("reminder_cancelled", ctx.language, code=deadline.unit_code))]
    raise FlowError(f"reminder action {args!r}")


MAX_EVIDENCE_LINES = 12


def reminder_message(catalog: Catalog, framework: str, code: str, due: date, deadline_id: int, today_: date,
                     language: str) -> list[Reply]:
    """What the worker sends when a reminder falls due: unit code and title, the Thai date, days
    left, the evidence list of a detailed unit (or a button to it), "ส่งแล้ว" and "เลื่อน"."""
    unit = catalog.unit(framework, code)
    title = say("reminder_due_title", language, code=code)
    unit_title = (unit.title_en or unit.title_th) if unit is not None and language == "en" else (
        unit.title_th if unit is not None else "")
    days = (due - today_).days
    when = (say("reminder_due_today", language, date=show_date(due, language)) if days <= 0
            else say("reminder_due_days", language, date=show_date(due, language), n=days))
    lines = [line for line in (unit_title, when) if line]
    evidence = [str(e) for e in (unit.details.get("evidence") or ())] if unit is not None else []
    buttons = [button(say("reminder_done_button", language), flow_action("w", "d", deadline_id)),
               button(say("reminder_snooze_button", language), flow_action("w", "z", deadline_id))]
    if evidence and len(evidence) <= MAX_EVIDENCE_LINES:
        lines += [say("reminder_evidence", language), *(f"• {e}" for e in evidence)]
    elif evidence:
        buttons.append(button(say("reminder_evidence_button", language), node_action(framework, code, "evidence")))
    return [Reply("text", "\n".join(lines), buttons=tuple(buttons), title=title)]
