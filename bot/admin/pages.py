"""Log in and out, the dashboard, the people list and the audit log."""

from __future__ import annotations

import secrets
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from aiohttp import web
from aiohttp_session import get_session, new_session

from bot.admin import charts
from bot.admin.auth import principal, require_super, session_target
from bot.admin.common import audit, parse_unit, render, scope, transaction
from bot.admin.privacy import mean_label, people_label, percent_label, too_small
from bot.dialog.phrases import GROUP_LABELS, PHASE_LABELS, label
from content.catalog import get_catalog
from content.schema import GROUPS, PHASES
from storage import Admin, Admins, Audit, Mean, Reports, utcnow
from storage.repos.reports import STATUSES

routes = web.RouteTableDef()


@dataclass(frozen=True)
class Figure:
    """One row of a results table: its figures, or "< 5" when the group is too small."""

    code: str
    people: str
    mean: str
    ok: bool
    value: float

    @classmethod
    def of(cls, code: str, m: Mean) -> Figure:
        return cls(code, people_label(m.people), mean_label(m.people, m.mean), not too_small(m.people), m.mean)

STATUS_LABELS = {"not_started": "ยังไม่เริ่ม", "in_progress": "กำลังทำ", "finished": "ทำเสร็จแล้ว"}
DEFAULT_UNIT = "std-2567:DS700"


@routes.get("/login", name="login")
async def login_form(request: web.Request) -> web.Response:
    return render(request, "login.html")


@routes.post("/login")
async def login(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    token = str(form.get("token", "")).strip()
    async with transaction(request) as session:
        admin: Admin | None = await Admins(session).by_token(token) if token else None
        await Audit(session).record(admin.id if admin else None, "login" if admin else "login.failed")
    if admin is None:
        return render(request, "login.html", http_status=401, error="โทเคนไม่ถูกต้องหรือถูกยกเลิกแล้ว")
    web_session = await new_session(request)  # a fresh session id on login: no fixation
    web_session["admin_id"], web_session["since"] = admin.id, time.time()
    web_session["sid"] = secrets.token_urlsafe(16)
    raise web.HTTPSeeOther("/admin/")


@routes.post("/logout")
async def logout(request: web.Request) -> web.StreamResponse:
    web_session = await get_session(request)
    sid = web_session.get("sid")
    async with transaction(request) as session:  # the session id recorded: a copy of the cookie stops working
        await audit(session, principal(request), "logout", session_target(sid) if isinstance(sid, str) else None)
    web_session.invalidate()
    raise web.HTTPSeeOther("/admin/login")


@routes.get("/", name="dashboard")
async def dashboard(request: web.Request) -> web.Response:
    agency = scope(request)
    unit = parse_unit(request.query.get("unit") or DEFAULT_UNIT)
    now = utcnow()
    async with transaction(request) as session:
        reports = Reports(session)
        counts = await reports.counts(agency, now)
        completion = await reports.completion(agency)
        unit_means = await reports.unit_means(agency)
        criterion_means = await reports.criterion_means(unit.framework, unit.code, agency)
        deliveries = await reports.deliveries_by_day(agency, now - timedelta(days=30))
    cells: list[dict[str, Any]] = []
    for group in (*GROUPS, ""):
        for phase in (*PHASES, ""):
            people, done = completion.get((group, phase), (0, 0))
            if people:
                cells.append({"group": label(GROUP_LABELS, group, "th") if group else "ไม่ระบุ",
                              "phase": label(PHASE_LABELS, phase, "th") if phase else "ไม่ระบุ",
                              "people": people_label(people), "done": percent_label(people, done),
                              "share": None if too_small(people) else round(100 * done / people)})
    shown_cells = [c for c in cells if c["share"] is not None]
    completion_chart = charts.bars("ทำแบบประเมินตนเองแล้ว (%) ตามกลุ่มและระยะ",
                                   [f"{c['group']} · {c['phase']}" for c in shown_cells],
                                   {"ทำแล้ว %": [c["share"] for c in shown_cells]}, max_value=100)
    units = [Figure.of(f"{m.key[0]}:{m.key[1]}", m) for m in unit_means]
    unit_chart = charts.bars("คะแนนเฉลี่ยต่อหน่วยสมรรถนะ (1–4)", [u.code.split(":")[1] for u in units if u.ok],
                             {"เฉลี่ย": [round(u.value, 2) for u in units if u.ok]}, horizontal=True, max_value=4)
    criteria = [Figure.of(m.key[0], m) for m in criterion_means]
    criterion_chart = charts.bars(f"คะแนนเฉลี่ยต่อเกณฑ์ของ {unit.code}", [c.code for c in criteria if c.ok],
                                  {"เฉลี่ย": [round(c.value, 2) for c in criteria if c.ok]}, max_value=4)
    days = list(deliveries)
    delivery_chart = charts.stacked("การส่งข้อความ 30 วันล่าสุด", [f"{d.day}/{d.month}" for d in days],
                                    {"ส่งแล้ว": [deliveries[d]["sent"] for d in days],
                                     "ไม่สำเร็จ": [deliveries[d]["failed"] for d in days]})
    return render(request, "dashboard.html", counts=counts, cells=cells, units=units, criteria=criteria,
                  unit=unit, agency=agency, charts=[completion_chart, unit_chart, criterion_chart, delivery_chart],
                  unit_choices=assessable_units())


def assessable_units() -> list[str]:
    catalog = get_catalog()
    return [f"{u.framework}:{u.code}" for fw in ("std-2567", "ocsc-2561") for u in catalog.units_in(fw)]


@routes.get("/people", name="people")
async def people_page(request: web.Request) -> web.Response:
    unit = parse_unit(request.query.get("unit") or DEFAULT_UNIT)
    status = request.query.get("status") or None
    if status is not None and status not in STATUSES:
        raise web.HTTPBadRequest(text=f"สถานะต้องเป็นหนึ่งใน {', '.join(STATUSES)}")
    async with transaction(request) as session:
        people = await Reports(session).people(unit.framework, unit.code, scope(request), status)
    tally: dict[str, int] = defaultdict(int)
    for person in people:
        tally[person.status] += 1
    return render(request, "people.html", people=people, unit=unit, status=status, statuses=STATUS_LABELS,
                  tally=tally, unit_choices=assessable_units(), group_labels=GROUP_LABELS,
                  phase_labels=PHASE_LABELS)


@routes.get("/audit", name="audit")
async def audit_page(request: web.Request) -> web.Response:
    require_super(request)
    async with transaction(request) as session:
        entries = await Audit(session).recent(limit=200)
        names = {a.id: a.name for a in await Admins(session).list(include_revoked=True)}
    return render(request, "audit.html", entries=entries, names=names)
