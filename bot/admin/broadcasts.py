"""Broadcasts and deadline campaigns on the web: compose (live recipient count, LINE-look preview),
confirm, follow progress, cancel. The same ``bot.hr`` functions as the CLI do the work and audit it.

An HR officer's segment is always their own agency; another agency's broadcast or campaign is a 404.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from aiohttp import web
from multidict import MultiMapping

from bot.admin.auth import Principal, principal
from bot.admin.common import BANGKOK, parse_unit, render, scope, transaction
from bot.admin.pages import assessable_units
from bot.dialog.flows.reminders import reminder_message
from bot.dialog.phrases import GROUP_LABELS, PHASE_LABELS
from bot.hr import (
    MAX_BROADCAST_TEXT,
    broadcast_status,
    cancel_broadcast,
    cancel_campaign,
    count_recipients,
    create_broadcast,
    create_campaign,
    list_campaigns,
)
from bot.worker.scheduler import broadcast_replies
from content.catalog import get_catalog
from content.schema import GROUPS, PHASES
from storage import (
    Broadcast,
    Broadcasts,
    BroadcastStatus,
    DeadlineCampaign,
    InvalidValueError,
    Reports,
    Segment,
    utcnow,
)

routes = web.RouteTableDef()
PLATFORMS = ("line", "telegram")
STATUS_LABELS = {"draft": "ร่าง", "queued": "กำลังส่ง", "done": "ส่งครบแล้ว", "cancelled": "ยกเลิกแล้ว"}


def segment_of(who: Principal, values: MultiMapping[Any]) -> Segment:
    """The segment a form or query names; an HR officer's agency is always their own."""
    agency = str(values.get("agency") or "").strip() or None if who.is_super else who.agency
    pick = lambda name, allowed: tuple(v for v in values.getall(name, ()) if v in allowed)  # noqa: E731
    return Segment(agency=agency, groups=pick("group", GROUPS), phases=pick("phase", PHASES),
                   platforms=pick("platform", PLATFORMS))


def _choices() -> dict[str, Any]:
    return {"groups": [(g, GROUP_LABELS[g][0]) for g in GROUPS], "phases": [(p, PHASE_LABELS[p][0]) for p in PHASES],
            "platforms": [("line", "LINE"), ("telegram", "Telegram")], "max_text": MAX_BROADCAST_TEXT,
            "footer": broadcast_replies("")[0].text.strip()}


def as_people_read_it(text: str) -> str:
    """The broadcast exactly as the worker sends it (the text and the opt-out line)."""
    return broadcast_replies(text)[0].text


async def _broadcast(request: web.Request, raw: str) -> Broadcast:
    async with transaction(request) as session:
        found = await Broadcasts(session).get(int(raw)) if raw.isdigit() else None
    if found is None or not principal(request).may_see(found.agency):
        raise web.HTTPNotFound(text="no such broadcast")
    return found


def _progress_json(progress: Any, status: str) -> dict[str, Any]:
    finished = status in (BroadcastStatus.DONE, BroadcastStatus.CANCELLED) or (
        progress.fanned_out and progress.queued == 0)
    total = progress.recipients
    percent = 100 if finished and total == 0 else round(100 * progress.done / total) if total else 0
    return {"id": progress.id, "status": status, "status_label": STATUS_LABELS.get(status, status),
            "recipients": total, "sent": progress.sent, "failed": progress.failed, "skipped": progress.skipped,
            "cancelled": progress.cancelled, "queued": progress.queued, "percent": min(percent, 100),
            "finished": finished}


@routes.get("/api/recipients")
async def recipients(request: web.Request) -> web.Response:
    segment = segment_of(principal(request), request.query)
    async with transaction(request) as session:
        counts = await count_recipients(session, segment)
    return web.json_response({"count": counts["total"], **counts})


@routes.get("/broadcasts", name="broadcasts")
async def list_page(request: web.Request) -> web.Response:
    async with transaction(request) as session:
        rows = await Broadcasts(session).list(scope(request))
    return render(request, "broadcasts.html", rows=rows, statuses=STATUS_LABELS)


@routes.get("/broadcasts/new")
async def compose(request: web.Request) -> web.Response:
    return render(request, "broadcast_new.html", **_choices(), text="", segment=Segment())


@routes.post("/broadcasts/confirm")
async def confirm(request: web.Request) -> web.Response:
    form = await request.post()
    who = principal(request)
    segment, text = segment_of(who, form), str(form.get("text", "")).strip()
    async with transaction(request) as session:
        counts = await count_recipients(session, segment)
    error = "" if text and len(text) <= MAX_BROADCAST_TEXT else f"ข้อความต้องยาว 1–{MAX_BROADCAST_TEXT} ตัวอักษร"
    if error or counts["total"] == 0:
        return render(request, "broadcast_new.html", http_status=400, **_choices(), text=text, segment=segment,
                      error=error or "ไม่มีผู้รับตามเงื่อนไขนี้")
    return render(request, "broadcast_confirm.html", text=text, shown=as_people_read_it(text), segment=segment,
                  counts=counts)


@routes.post("/broadcasts")
async def create(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    who = principal(request)
    async with transaction(request) as session:
        try:
            broadcast = await create_broadcast(session, str(form.get("text", "")), segment_of(who, form),
                                               author_admin_id=who.id)
        except InvalidValueError as exc:
            raise web.HTTPBadRequest(text=str(exc)) from exc
    raise web.HTTPSeeOther(f"/admin/broadcasts/{broadcast.id}")


@routes.get("/broadcasts/{id}")
async def show(request: web.Request) -> web.Response:
    broadcast = await _broadcast(request, request.match_info["id"])
    return render(request, "broadcast.html", broadcast=broadcast, statuses=STATUS_LABELS,
                  shown=as_people_read_it(broadcast.text))


@routes.get("/api/broadcasts/{id}")
async def progress_api(request: web.Request) -> web.Response:
    broadcast = await _broadcast(request, request.match_info["id"])
    async with transaction(request) as session:
        progress = await broadcast_status(session, broadcast.id)
        status = (await Broadcasts(session).require(broadcast.id)).status
    return web.json_response(_progress_json(progress, status))


@routes.post("/broadcasts/{id}/cancel")
async def cancel(request: web.Request) -> web.StreamResponse:
    broadcast = await _broadcast(request, request.match_info["id"])
    async with transaction(request) as session:
        await cancel_broadcast(session, broadcast.id, author_admin_id=principal(request).id)
    raise web.HTTPSeeOther(f"/admin/broadcasts/{broadcast.id}")


@routes.post("/api/broadcasts")
async def create_api(request: web.Request) -> web.Response:
    """``{"text": "...", "segment": {"agency", "groups", "phases", "platforms"}}`` → the new broadcast."""
    body = await request.json()
    if not isinstance(body, dict) or not isinstance(body.get("segment", {}), dict):
        raise web.HTTPBadRequest(text='expected {"text": "...", "segment": {...}}')
    who = principal(request)
    wanted = Segment.from_json(body.get("segment") or {})
    if not who.is_super and wanted.agency not in (None, who.agency):
        raise web.HTTPNotFound(text="no such agency")
    segment = Segment(who.agency if not who.is_super else wanted.agency, wanted.groups, wanted.phases,
                      wanted.platforms)
    async with transaction(request) as session:
        try:
            broadcast = await create_broadcast(session, str(body.get("text", "")), segment, author_admin_id=who.id)
        except InvalidValueError as exc:
            raise web.HTTPBadRequest(text=str(exc)) from exc
    return web.json_response({"id": broadcast.id, "status": broadcast.status}, status=201)


# -- deadline campaigns ---------------------------------------------------------------------
async def _campaign(request: web.Request, raw: str) -> DeadlineCampaign:
    async with transaction(request) as session:
        campaigns = await list_campaigns(session, scope(request))
    found = next((c for c in campaigns if raw.isdigit() and c.id == int(raw)), None)
    if found is None or not principal(request).may_see(found.agency):
        raise web.HTTPNotFound(text="no such campaign")
    return found


@routes.get("/campaigns", name="campaigns")
async def campaigns_page(request: web.Request) -> web.Response:
    async with transaction(request) as session:
        rows = await list_campaigns(session, scope(request))
        progress = await Reports(session).campaign_reminders([c.id for c in rows])
    return render(request, "campaigns.html", rows=rows, progress=progress, units=assessable_units(), **_choices(),
                  segment=Segment())


def _campaign_form(who: Principal, form: MultiMapping[Any]) -> tuple[Any, date, Segment]:
    unit = parse_unit(str(form.get("unit", "")))
    try:
        due = date.fromisoformat(str(form.get("due", "")))
    except ValueError as exc:
        raise web.HTTPBadRequest(text="due must be a date (YYYY-MM-DD)") from exc
    return unit, due, segment_of(who, form)


@routes.post("/campaigns/confirm")
async def confirm_campaign(request: web.Request) -> web.Response:
    form = await request.post()
    unit, due, segment = _campaign_form(principal(request), form)
    async with transaction(request) as session:
        counts = await count_recipients(session, segment)
    today = utcnow().astimezone(BANGKOK).date()
    [preview] = reminder_message(get_catalog(), unit.framework, unit.code, due, 0, today, "th")
    return render(request, "campaign_confirm.html", unit=unit, due=due, segment=segment, counts=counts,
                  preview=preview, past=due <= today)


@routes.post("/campaigns")
async def create_campaign_form(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    who = principal(request)
    unit, due, segment = _campaign_form(who, form)
    async with transaction(request) as session:
        try:
            await create_campaign(session, unit.framework, unit.code, due, segment, author_admin_id=who.id)
        except InvalidValueError as exc:
            raise web.HTTPBadRequest(text=str(exc)) from exc
    raise web.HTTPSeeOther("/admin/campaigns")


@routes.post("/campaigns/{id}/cancel")
async def cancel_campaign_form(request: web.Request) -> web.StreamResponse:
    campaign = await _campaign(request, request.match_info["id"])
    async with transaction(request) as session:
        await cancel_campaign(session, campaign.id, author_admin_id=principal(request).id)
    raise web.HTTPSeeOther("/admin/campaigns")
