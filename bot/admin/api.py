"""The JSON API under ``/admin/api/`` (``Authorization: Bearer TOKEN``)."""

from __future__ import annotations

from aiohttp import web

from bot.admin.auth import principal
from bot.admin.common import audit, find_unit, json_error, scope, transaction, unit_error
from bot.admin.privacy import MIN_GROUP, too_small
from storage import Reports
from storage.repos.reports import STATUSES

routes = web.RouteTableDef()


@routes.get("/api/me")
async def me(request: web.Request) -> web.Response:
    who = principal(request)
    return web.json_response({"id": who.id, "name": who.name, "role": who.role, "agency": who.agency})


@routes.get("/api/people")
async def people(request: web.Request) -> web.Response:
    """``?unit=FRAMEWORK:CODE[&status=not_started|in_progress|finished][&agency=A]``: consented people."""
    unit = find_unit(request.query.get("unit"))
    if unit is None:
        raise json_error(400, unit_error(request.query.get("unit")), field="unit", example="std-2567:DS700")
    status = request.query.get("status") or None
    if status is not None and status not in STATUSES:
        raise json_error(400, f"สถานะต้องเป็นหนึ่งใน {', '.join(STATUSES)}", field="status", allowed=list(STATUSES))
    async with transaction(request) as session:
        rows = await Reports(session).people(unit.framework, unit.code, scope(request), status)
        await audit(session, principal(request), "people.list", f"{unit.framework}:{unit.code}",
                    status=status, count=len(rows))
    return web.json_response({"unit": f"{unit.framework}:{unit.code}", "status": status,
                              "items": [row.as_json() for row in rows]})


@routes.get("/api/results")
async def results(request: web.Request) -> web.Response:
    """Average rating per unit; groups under ``MIN_GROUP`` people carry no figures."""
    async with transaction(request) as session:
        means = await Reports(session).unit_means(scope(request))
    items = [{"unit": f"{m.key[0]}:{m.key[1]}",
              "people": None if too_small(m.people) else m.people,
              "mean": None if too_small(m.people) else round(m.mean, 3),
              "suppressed": too_small(m.people)} for m in means]
    return web.json_response({"min_group": MIN_GROUP, "items": items})
