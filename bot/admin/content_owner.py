"""For content owners: messages by intent over time, unanswered questions, most-asked units, quiz drop-off.

A question can be turned into a suggestion: a dev-set line (``intents/devset/devset.jsonl``
format) and a synonym candidate, for a maintainer to review and commit.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from aiohttp import web

from bot.admin import charts
from bot.admin.auth import principal
from bot.admin.common import BANGKOK, audit, render, scope, transaction
from bot.admin.privacy import SUPPRESSED, people_label, too_small
from intents import INTENTS
from storage import MessageStats, OpenQuestions, Reports, utcnow

routes = web.RouteTableDef()
DAYS = 14


@dataclass(frozen=True)
class Step:
    unit: str
    started: str
    finished: str
    drop: int | None  # percent who started and did not finish; None when the group is too small
    started_n: int
    finished_n: int
    stop: str  # the question most who gave up stopped at ("" when none did, "< 5" when too few started)


def _usual_stop(stops: dict[int, int], started: int) -> str:
    if too_small(started):
        return SUPPRESSED
    if not stops:
        return ""
    answered, _ = max(stops.items(), key=lambda item: (item[1], -item[0]))
    return f"ข้อ {answered + 1}"


@routes.get("/content", name="content")
async def content_page(request: web.Request) -> web.Response:
    agency = scope(request)
    since = utcnow() - timedelta(days=DAYS)
    async with transaction(request) as session:
        counts = await MessageStats(session).by_hour(since, agency)
        top_units = await MessageStats(session).top_units(since, agency)
        questions = await OpenQuestions(session).list(agency)
        funnel = await Reports(session).quiz_funnel(agency)
        stops = await Reports(session).stop_steps(agency)
    per_day: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    unanswered = 0
    for row in counts:
        day = row.hour.astimezone(BANGKOK).strftime("%d/%m")
        per_day[day][row.intent] += row.messages
        unanswered += row.unanswered
    days = sorted(per_day, key=lambda d: (d[3:], d[:2]))
    intents = sorted({i for d in per_day.values() for i in d})
    intent_chart = charts.stacked(f"ข้อความตามเจตนา {DAYS} วันล่าสุด", days,
                                  {i: [per_day[d].get(i, 0) for d in days] for i in intents})
    units_chart = charts.bars("หน่วยสมรรถนะที่ถูกถามมากที่สุด", [u for u, _ in top_units],
                              {"ครั้ง": [n for _, n in top_units]}, horizontal=True)
    steps = [Step(unit, people_label(s), people_label(f), None if too_small(s) else round(100 * (s - f) / s), s, f,
                  _usual_stop(stops.get(unit, {}), s))
             for unit, (s, f) in funnel.items()]
    shown = [step for step in steps if step.drop is not None]
    funnel_chart = charts.bars("เริ่มทำ / ทำจบ (แบบประเมินและแบบทดสอบ)", [step.unit.split(":")[1] for step in shown],
                               {"เริ่ม": [step.started_n for step in shown], "จบ": [step.finished_n for step in shown]})
    return render(request, "content.html", charts=[intent_chart, units_chart, funnel_chart], questions=questions,
                  unanswered=unanswered, total=sum(r.messages for r in counts), steps=steps, intents=INTENTS)


@routes.get("/content/suggestions.jsonl")
async def suggestions(request: web.Request) -> web.Response:
    """The suggested dev-set lines, one JSON object per line, for a maintainer to review and add."""
    async with transaction(request) as session:
        questions = await OpenQuestions(session).list(scope(request), limit=1000)
    lines = [json.dumps(q.suggestion["devset"], ensure_ascii=False) for q in reversed(questions)
             if q.suggestion and "devset" in q.suggestion]
    return web.Response(text="".join(f"{line}\n" for line in lines), content_type="application/x-ndjson",
                        charset="utf-8", headers={"Content-Disposition": 'attachment; filename="suggestions.jsonl"'})


@routes.post("/content/questions/{id}/suggest")
async def suggest(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    intent = str(form.get("intent", ""))
    if intent not in INTENTS:
        raise web.HTTPBadRequest(text="ไม่รู้จักเจตนา (intent) นี้")
    who = principal(request)
    async with transaction(request) as session:
        questions = OpenQuestions(session)
        raw = request.match_info["id"]
        question = await questions.get(int(raw)) if raw.isdigit() else None
        if question is None or not who.may_see(question.agency):
            raise web.HTTPNotFound(text="ไม่พบคำถามนี้")
        suggestion = {"devset": {"text": question.text, "intent": intent, "entities": {}},
                      "synonym": {"phrase": question.text, "intent": intent}}
        await questions.suggest(question.id, suggestion)
        await audit(session, who, "question.suggest", f"question:{question.id}", intent=intent)
    raise web.HTTPSeeOther("/admin/content#questions")
