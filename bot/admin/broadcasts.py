"""Broadcasts and deadline campaigns on the web: compose (live recipient count, LINE-look preview),
confirm, follow progress, cancel. The same ``bot.hr`` functions as the CLI do the work and audit it.

An HR officer's segment is always their own agency; another agency's broadcast or campaign is a 404.
A segment naming a group, phase, platform or key that does not exist is refused, never trimmed:
dropping the unknown value would send to the whole agency.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from aiohttp import web
from multidict import MultiMapping

from bot.admin.auth import Principal, principal
from bot.admin.common import (
    BANGKOK,
    find_unit,
    json_error,
    parse_day,
    render,
    scope,
    thai_day,
    transaction,
    unit_error,
)
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
from content.model import Unit
from content.schema import GROUPS, PHASES
from storage import (
    Broadcast,
    Broadcasts,
    BroadcastStatus,
    DeadlineCampaign,
    InvalidValueError,
    Reminders,
    Reports,
    Segment,
    utcnow,
)

routes = web.RouteTableDef()
PLATFORMS = ("line", "telegram")
STATUS_LABELS = {"draft": "ร่าง", "queued": "กำลังส่ง", "done": "ส่งครบแล้ว", "cancelled": "ยกเลิกแล้ว"}
# (form field, Segment attribute and JSON key, allowed values, Thai name)
SEGMENT_FIELDS: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("group", "groups", GROUPS, "กลุ่มบุคลากร"),
    ("phase", "phases", PHASES, "ระยะขององค์กร"),
    ("platform", "platforms", PLATFORMS, "ช่องทาง"),
)
SEGMENT_KEYS = ("agency", "groups", "phases", "platforms")
BODY_KEYS = ("text", "segment")


class SegmentError(ValueError):
    """A segment that names something that does not exist (``message`` is Thai, for people)."""

    def __init__(self, message: str, field: str, invalid: Sequence[str] = (), allowed: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.message, self.field, self.invalid, self.allowed = message, field, list(invalid), list(allowed)

    def response(self) -> web.HTTPException:
        return json_error(400, self.message, field=self.field, invalid=self.invalid, allowed=self.allowed)


def _unknown(what: str, invalid: Sequence[str], allowed: Sequence[str]) -> str:
    quoted = ", ".join(f"“{v}”" for v in invalid)
    return f"ไม่รู้จัก{what} {quoted}: ใช้ได้เฉพาะ {', '.join(allowed)} (ไม่ได้ส่งอะไรออกไป)"


def read_segment(who: Principal, values: MultiMapping[Any]) -> tuple[Segment, SegmentError | None]:
    """The segment a form or query names, with the known values only (to show the form again), and
    the error of the first unknown value, if any. An HR officer's agency is always their own."""
    agency = str(values.get("agency") or "").strip() or None if who.is_super else who.agency
    picked: dict[str, tuple[str, ...]] = {}
    error: SegmentError | None = None
    for name, attr, allowed, what in SEGMENT_FIELDS:
        given = [text for text in (str(v).strip() for v in values.getall(name, ())) if text]
        invalid = [v for v in given if v not in allowed]
        if invalid and error is None:
            error = SegmentError(_unknown(what, invalid, allowed), name, invalid, allowed)
        picked[attr] = tuple(dict.fromkeys(v for v in given if v in allowed))
    return Segment(agency=agency, **picked), error


def segment_of(who: Principal, values: MultiMapping[Any]) -> Segment:
    """The segment a form or query names; ``SegmentError`` when it names an unknown value."""
    segment, error = read_segment(who, values)
    if error is not None:
        raise error
    return segment


def segment_from_json(who: Principal, data: object) -> Segment:
    """``{"agency", "groups", "phases", "platforms"}`` (each list may be one string); anything
    unknown is a ``SegmentError``. An HR officer naming another agency is a 404."""
    if not isinstance(data, dict):
        raise SegmentError('segment ต้องเป็นออบเจกต์ JSON เช่น {"groups": ["Executive"]}', "segment",
                           allowed=SEGMENT_KEYS)
    extra = sorted(str(k) for k in data if k not in SEGMENT_KEYS)
    if extra:
        raise SegmentError(_unknown("คีย์ใน segment", extra, SEGMENT_KEYS), "segment", extra, SEGMENT_KEYS)
    agency = data.get("agency")
    if agency is not None and not isinstance(agency, str):
        raise SegmentError("segment.agency ต้องเป็นข้อความหรือ null", "segment.agency")
    agency = (agency or "").strip() or None
    if not who.is_super and agency not in (None, who.agency):
        raise json_error(404, "ไม่พบหน่วยงานนี้ในสิทธิ์ของท่าน", field="segment.agency")
    picked: dict[str, tuple[str, ...]] = {}
    for _, attr, allowed, what in SEGMENT_FIELDS:
        raw = data.get(attr)
        items = [] if raw is None else [raw] if isinstance(raw, str) else raw
        if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
            raise SegmentError(f"segment.{attr} ต้องเป็นรายการข้อความ เช่น [\"{allowed[0]}\"]", f"segment.{attr}",
                               allowed=allowed)
        given = [v.strip() for v in items if v.strip()]
        invalid = [v for v in given if v not in allowed]
        if invalid:
            raise SegmentError(_unknown(what, invalid, allowed), f"segment.{attr}", invalid, allowed)
        picked[attr] = tuple(dict.fromkeys(given))
    return Segment(agency=agency if who.is_super else who.agency, **picked)


def text_error(text: str) -> str:
    return "" if text and len(text) <= MAX_BROADCAST_TEXT else f"ข้อความต้องยาว 1–{MAX_BROADCAST_TEXT} ตัวอักษร"


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
        raise web.HTTPNotFound(text="ไม่พบประกาศนี้")
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
    try:
        segment = segment_of(principal(request), request.query)
    except SegmentError as exc:
        raise exc.response() from exc
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


def _compose_again(request: web.Request, text: str, segment: Segment, error: str) -> web.Response:
    """The compose form again, as it was filled in, with what is wrong."""
    return render(request, "broadcast_new.html", http_status=400, **_choices(), text=text, segment=segment,
                  error=error)


@routes.post("/broadcasts/confirm")
async def confirm(request: web.Request) -> web.Response:
    form = await request.post()
    segment, wrong = read_segment(principal(request), form)
    text = str(form.get("text", "")).strip()
    if wrong is not None or text_error(text):
        return _compose_again(request, text, segment, wrong.message if wrong else text_error(text))
    async with transaction(request) as session:
        counts = await count_recipients(session, segment)
    if counts["total"] == 0:
        return _compose_again(request, text, segment, "ไม่มีผู้รับตามเงื่อนไขนี้")
    return render(request, "broadcast_confirm.html", text=text, shown=as_people_read_it(text), segment=segment,
                  counts=counts)


@routes.post("/broadcasts")
async def create(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    who = principal(request)
    segment, wrong = read_segment(who, form)
    text = str(form.get("text", "")).strip()
    if wrong is not None or text_error(text):
        return _compose_again(request, text, segment, wrong.message if wrong else text_error(text))
    async with transaction(request) as session:
        try:
            broadcast = await create_broadcast(session, text, segment, author_admin_id=who.id)
        except InvalidValueError as exc:
            return _compose_again(request, text, segment, f"ส่งไม่ได้: {exc}")
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


CANCEL_REFUSED = {BroadcastStatus.DONE: "ประกาศนี้ส่งครบแล้ว จึงยกเลิกไม่ได้",
                  BroadcastStatus.CANCELLED: "ประกาศนี้ถูกยกเลิกไปแล้ว"}


@routes.post("/broadcasts/{id}/cancel")
async def cancel(request: web.Request) -> web.StreamResponse:
    broadcast = await _broadcast(request, request.match_info["id"])
    async with transaction(request) as session:
        current = await Broadcasts(session).require(broadcast.id)
        refused = CANCEL_REFUSED.get(BroadcastStatus(current.status))
        if refused is None:
            await cancel_broadcast(session, broadcast.id, author_admin_id=principal(request).id)
    if refused is not None:
        return render(request, "broadcast.html", http_status=409, broadcast=current, statuses=STATUS_LABELS,
                      shown=as_people_read_it(current.text), error=refused)
    raise web.HTTPSeeOther(f"/admin/broadcasts/{broadcast.id}")


@routes.post("/api/broadcasts")
async def create_api(request: web.Request) -> web.Response:
    """``{"text": "...", "segment": {"agency", "groups", "phases", "platforms"}}`` → the new broadcast."""
    try:
        body = await request.json()
    except ValueError as exc:
        raise json_error(400, "เนื้อหาคำขอไม่ใช่ JSON", field="body") from exc
    if not isinstance(body, dict):
        raise json_error(400, 'ต้องส่ง {"text": "...", "segment": {...}}', field="body", allowed=list(BODY_KEYS))
    extra = sorted(str(k) for k in body if k not in BODY_KEYS)
    if extra:
        raise json_error(400, _unknown("คีย์", extra, BODY_KEYS), field="body", invalid=extra, allowed=list(BODY_KEYS))
    who = principal(request)
    try:
        segment = segment_from_json(who, {} if body.get("segment") is None else body["segment"])
    except SegmentError as exc:
        raise exc.response() from exc
    text = body.get("text", "")
    if not isinstance(text, str) or text_error(text.strip()):
        raise json_error(400, text_error(""), field="text")
    async with transaction(request) as session:
        try:
            broadcast = await create_broadcast(session, text, segment, author_admin_id=who.id)
        except InvalidValueError as exc:
            raise json_error(400, f"ส่งไม่ได้: {exc}") from exc
    return web.json_response({"id": broadcast.id, "status": broadcast.status}, status=201)


# -- deadline campaigns ---------------------------------------------------------------------
async def _campaign(request: web.Request, raw: str) -> DeadlineCampaign:
    async with transaction(request) as session:
        campaigns = await list_campaigns(session, scope(request))
    found = next((c for c in campaigns if raw.isdigit() and c.id == int(raw)), None)
    if found is None or not principal(request).may_see(found.agency):
        raise web.HTTPNotFound(text="ไม่พบกำหนดส่งนี้")
    return found


async def _campaigns_page(request: web.Request, http_status: int = 200, error: str = "",
                          form: MultiMapping[Any] | None = None, segment: Segment | None = None) -> web.Response:
    """The campaigns page; with ``form``, its form filled in as it was sent and ``error`` above it."""
    async with transaction(request) as session:
        rows = await list_campaigns(session, scope(request))
        progress = await Reports(session).campaign_reminders([c.id for c in rows])
    typed = {"unit_value": str(form.get("unit", "")), "due_value": str(form.get("due", ""))} if form else {}
    return render(request, "campaigns.html", http_status=http_status, rows=rows, progress=progress,
                  units=assessable_units(), **_choices(), segment=segment or Segment(), error=error, **typed)


@routes.get("/campaigns", name="campaigns")
async def campaigns_page(request: web.Request) -> web.Response:
    return await _campaigns_page(request)


def _today() -> date:
    return utcnow().astimezone(BANGKOK).date()


def _campaign_form(who: Principal, form: MultiMapping[Any]) -> tuple[Unit | None, date | None, Segment, str]:
    """The unit, the due day and the segment of a campaign form, and what is wrong with them (Thai)."""
    segment, wrong = read_segment(who, form)
    unit = find_unit(str(form.get("unit", "")))
    raw_due = str(form.get("due", "")).strip()
    due = parse_day(raw_due)
    if unit is None:
        return None, due, segment, unit_error(str(form.get("unit", "")))
    if due is None:
        shown = f" “{raw_due}”" if raw_due else ""
        return unit, None, segment, f"วันกำหนดส่ง{shown} ไม่ใช่วันที่: ใช้รูป ปปปป-ดด-วว เช่น 2026-12-15 หรือ 2569-12-15 (พ.ศ.)"
    if due <= _today():
        return unit, due, segment, f"วันกำหนดส่ง ({thai_day(due)}) ต้องเป็นวันหลังจากวันนี้"
    if wrong is not None:
        return unit, due, segment, wrong.message
    return unit, due, segment, ""


@routes.get("/api/campaign-reach")
async def campaign_reach_api(request: web.Request) -> web.Response:
    """``?unit=FRAMEWORK:CODE&group=…``: how many people a campaign would give the deadline to now."""
    unit = find_unit(request.query.get("unit"))
    if unit is None:
        raise json_error(400, unit_error(request.query.get("unit")), field="unit", example="std-2567:DS700")
    try:
        segment = segment_of(principal(request), request.query)
    except SegmentError as exc:
        raise exc.response() from exc
    async with transaction(request) as session:
        reach = await Reminders(session).campaign_reach(segment, unit.framework, unit.code)
    return web.json_response({"count": reach["new"], **reach})


@routes.post("/campaigns/confirm")
async def confirm_campaign(request: web.Request) -> web.Response:
    form = await request.post()
    unit, due, segment, error = _campaign_form(principal(request), form)
    if error or unit is None or due is None:
        return await _campaigns_page(request, 400, error, form, segment)
    async with transaction(request) as session:
        reach = await Reminders(session).campaign_reach(segment, unit.framework, unit.code)
    if reach["new"] == 0:
        return await _campaigns_page(request, 400, "ไม่มีใครได้รับกำหนดส่งนี้: ไม่มีคนตามเงื่อนไขนี้ หรือทุกคนมีกำหนดส่งหน่วยนี้อยู่แล้ว",
                                     form, segment)
    [preview] = reminder_message(get_catalog(), unit.framework, unit.code, due, 0, _today(), "th")
    return render(request, "campaign_confirm.html", unit=unit, due=due, segment=segment, reach=reach,
                  preview=preview)


@routes.post("/campaigns")
async def create_campaign_form(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    who = principal(request)
    unit, due, segment, error = _campaign_form(who, form)
    if error or unit is None or due is None:
        return await _campaigns_page(request, 400, error, form, segment)
    async with transaction(request) as session:
        try:
            await create_campaign(session, unit.framework, unit.code, due, segment, author_admin_id=who.id)
        except InvalidValueError as exc:
            error = f"ตั้งกำหนดส่งไม่ได้: {exc}"
    if error:
        return await _campaigns_page(request, 400, error, form, segment)
    raise web.HTTPSeeOther("/admin/campaigns")


@routes.post("/campaigns/{id}/cancel")
async def cancel_campaign_form(request: web.Request) -> web.StreamResponse:
    campaign = await _campaign(request, request.match_info["id"])
    if campaign.cancelled_at is None:
        async with transaction(request) as session:
            await cancel_campaign(session, campaign.id, author_admin_id=principal(request).id)
    raise web.HTTPSeeOther("/admin/campaigns")
