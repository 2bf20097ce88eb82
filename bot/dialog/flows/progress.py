"""My progress: assessments over time (with gaps per unit), quiz scores, what my role still lacks."""

from __future__ import annotations

from bot.dialog.actions import flow_action
from bot.dialog.answers.common import BULLET, short_framework
from bot.dialog.flows import reminders
from bot.dialog.flows.assessment import ROLE_FRAMEWORK, criteria_of
from bot.dialog.flows.common import continue_button, text
from bot.dialog.flows.context import Ctx
from bot.dialog.flows.knowledge import ALL_UNITS
from bot.dialog.flows.pmqa_check import DONE
from bot.dialog.flows.pmqa_check import FRAMEWORK as PMQA_FRAMEWORK
from bot.dialog.flows.wording import say
from bot.dialog.limits import MAX_BUTTONS, button
from bot.dialog.replies import Reply
from bot.dialog.thaidate import show_date
from storage import Assessments
from storage.repos.reminders import LOCAL_TZ

GAP_BELOW = 3  # a criterion rated under this is a gap to develop
LACKING_SHOWN = 5  # units the role lacks shown with their titles; the others by code


async def show(ctx: Ctx) -> list[Reply]:
    lang, repo = ctx.language, Assessments(ctx.session)
    attempts = await repo.attempts_for(ctx.user.id)
    quizzes = [q for q in await repo.quizzes_for(ctx.user.id) if q.finished_at is not None]
    lines = [say("progress_title", lang)]
    if not attempts and not quizzes:
        lines.append(say("progress_none", lang))
    if attempts:
        lines += ["", say("progress_assessments", lang)]
    for attempt in attempts:
        answers = await repo.answers(attempt.id)
        code = attempt.unit_code
        if attempt.framework != PMQA_FRAMEWORK and reminders.twins(ctx.catalog, attempt.framework, code):
            code = f"{code} ({short_framework(attempt.framework, lang)})"  # DS700 is in both frameworks: which one
        if attempt.finished_at is None:
            # a readiness check is named as PMQA's category, its questions counted (it read "• 1 … 1 เกณฑ์")
            key = "progress_open_pmqa" if attempt.framework == PMQA_FRAMEWORK else "progress_open"
            lines.append(say(key, lang, code=code, answered=len(answers)))
            continue
        day = show_date(attempt.finished_at.astimezone(LOCAL_TZ).date(), lang)
        if attempt.framework == PMQA_FRAMEWORK:
            done = sum(1 for v in answers.values() if v == DONE)
            lines.append(say("progress_pmqa", lang, date=day, code=attempt.unit_code, done=done, n=len(answers)))
            continue
        mean = sum(answers.values()) / len(answers) if answers else 0.0
        gaps = sum(1 for v in answers.values() if v < GAP_BELOW)
        lines.append(say("progress_attempt", lang, date=day, code=code, mean=f"{mean:.1f}",
                         answered=len(answers), gaps=gaps))
    if quizzes:
        lines += ["", say("progress_quizzes", lang)]
        lines += [say("progress_quiz", lang, date=show_date(q.finished_at.astimezone(LOCAL_TZ).date(), lang),
                      what=say("quiz_all_units", lang) if q.unit_code == ALL_UNITS else q.unit_code,
                      score=q.score, total=q.max_score) for q in quizzes if q.finished_at]
    reminder_lines, _ = await reminders.reminder_lines(ctx)
    if reminder_lines:
        lines += ["", say("reminder_list", lang), *reminder_lines]
    buttons = []
    user = ctx.user
    lines.append("")
    if user.profile_group and user.profile_phase:
        # Finished, or begun and listed above as unfinished (continued by its own button): not lacking. By framework
        # too: the 2567 standard's DS700 assessed is not the OCSC letter's DS700 of the role's list.
        begun = {(a.framework, a.unit_code) for a in attempts if a.framework != PMQA_FRAMEWORK}
        lacking = [u for u in ctx.catalog.units_for_role(user.profile_phase, user.profile_group, ROLE_FRAMEWORK)
                   if (u.framework, u.code) not in begun]
        if lacking:
            # short first: a few with their titles, every other code by name, each one a press away
            lines.append(say("progress_lacks", lang, n=len(lacking)))
            lines += [f"{BULLET} {u.code} {u.title_th}" for u in lacking[:LACKING_SHOWN]]
            if len(lacking) > LACKING_SHOWN:
                lines.append(say("assess_pick_rest", lang, n=len(lacking) - LACKING_SHOWN,
                                 codes=" · ".join(u.code for u in lacking[LACKING_SHOWN:])))
            startable = [u for u in lacking if criteria_of(u)]
            buttons = [button(f"{u.code} {u.title_th}", flow_action("q", "s", "a", u.framework, u.code))
                       for u in startable][:MAX_BUTTONS]
            if len(startable) > MAX_BUTTONS:  # the rest a page at a time, in the menu to pick from
                buttons = [button(say("assess_pick_all", lang), flow_action("q", "s", "a")),
                           *buttons[:MAX_BUTTONS - 1]]
        else:
            lines.append(say("progress_role_done", lang))
    else:
        lines.append(say("progress_no_profile", lang))
        buttons = [button(say("set_profile", lang), flow_action("m", "g"))]
    if ctx.state is not None and "run" in ctx.state.data:  # a paused questionnaire goes on where it stopped
        buttons = [continue_button(lang), *buttons][:MAX_BUTTONS]
    return [text("\n".join(lines), buttons)]
