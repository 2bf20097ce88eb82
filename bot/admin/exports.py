"""Results as CSV (UTF-8 with a BOM, so Excel shows Thai) and XLSX: per person and aggregated.

``/admin/export/results.csv?view=people|aggregate`` (people by default) and ``results.xlsx`` (one
sheet each); ``&unit=FRAMEWORK:CODE`` keeps one unit. Per-person rows are for consented people
only; aggregates below ``MIN_GROUP`` people read "< 5".

Every text cell that a spreadsheet would read as a formula (starting with ``= + - @``, a tab or a
carriage return: free text such as a display name or an agency typed by staff) is prefixed with a
single quote, as OWASP recommends against CSV/formula injection; numbers stay numbers.
"""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import Sequence

from aiohttp import web
from openpyxl import Workbook

from bot.admin.auth import principal
from bot.admin.common import BANGKOK, audit, find_unit, scope, transaction, unit_error
from bot.admin.privacy import mean_label, people_label
from storage import Mean, PersonResult, Reports

routes = web.RouteTableDef()
PEOPLE_HEADER = ("platform", "platform_user_id", "display_name", "agency", "group", "phase", "framework", "unit",
                 "criterion", "rating", "finished_at")
AGGREGATE_HEADER = ("agency", "framework", "unit", "criterion", "people", "mean_rating")
VIEWS = ("people", "aggregate")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A text a spreadsheet would take for a formula, quoted so it stays text; anything else as is."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _safe(rows: Sequence[Sequence[object]]) -> list[tuple[object, ...]]:
    return [tuple(safe_cell(cell) for cell in row) for row in rows]


def _people_rows(results: Sequence[PersonResult]) -> list[tuple[object, ...]]:
    return [(r.person.platform, r.person.platform_user_id, r.person.display_name or "", r.person.agency or "",
             r.person.group or "", r.person.phase or "", r.framework, r.unit_code, r.criterion_code, r.rating,
             r.finished_at.astimezone(BANGKOK).isoformat(timespec="minutes")) for r in results]


async def _aggregate_rows(reports: Reports, agency: str | None,
                          only: tuple[str, str] | None) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    units: list[Mean] = [m for m in await reports.unit_means(agency) if only is None or m.key == only]
    label = agency or "ทุกหน่วยงาน"
    for unit in units:
        framework, code = unit.key
        rows.append((label, framework, code, "", people_label(unit.people), mean_label(unit.people, unit.mean)))
        for criterion in await reports.criterion_means(framework, code, agency):
            rows.append((label, framework, code, criterion.key[0], people_label(criterion.people),
                         mean_label(criterion.people, criterion.mean)))
    return rows


async def _collect(request: web.Request, views: Sequence[str], fmt: str) -> dict[str, list[tuple[object, ...]]]:
    agency = scope(request)
    only = _unit_filter(request)
    async with transaction(request) as session:
        reports = Reports(session)
        out: dict[str, list[tuple[object, ...]]] = {}
        if "people" in views:
            out["people"] = _people_rows(await reports.results(agency, only))
        if "aggregate" in views:
            out["aggregate"] = await _aggregate_rows(reports, agency, only)
        await audit(session, principal(request), "export", f"results.{fmt}", views=list(views),
                    unit=":".join(only) if only else None, rows={k: len(v) for k, v in out.items()})
    return out


def _unit_filter(request: web.Request) -> tuple[str, str] | None:
    """``?unit=FRAMEWORK:CODE`` → (framework, code); None without it; 400 for a unit not in the catalog."""
    raw = request.query.get("unit", "").strip()
    if not raw:
        return None
    unit = find_unit(raw)
    if unit is None:
        raise web.HTTPBadRequest(text=unit_error(raw))
    return unit.framework, unit.code


def _disposition(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"}


@routes.get("/export/results.csv")
async def results_csv(request: web.Request) -> web.Response:
    view = request.query.get("view", "people")
    if view not in VIEWS:
        raise web.HTTPBadRequest(text=f"view ต้องเป็นหนึ่งใน {', '.join(VIEWS)}")
    rows = (await _collect(request, (view,), "csv"))[view]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(PEOPLE_HEADER if view == "people" else AGGREGATE_HEADER)
    writer.writerows(_safe(rows))
    body = "\ufeff" + buffer.getvalue()
    return web.Response(body=body.encode("utf-8"), content_type="text/csv", charset="utf-8",
                        headers=_disposition(f"results-{view}.csv"))


def _workbook(data: dict[str, list[tuple[object, ...]]]) -> bytes:
    book = Workbook(write_only=True)  # streams rows: several times faster for big exports
    for title, header, rows in (("รายบุคคล", PEOPLE_HEADER, data["people"]),
                                ("สรุปรวม", AGGREGATE_HEADER, data["aggregate"])):
        sheet = book.create_sheet(title)
        sheet.append(header)
        for row in _safe(rows):
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@routes.get("/export/results.xlsx")
async def results_xlsx(request: web.Request) -> web.Response:
    data = await _collect(request, VIEWS, "xlsx")
    # openpyxl takes seconds for thousands of rows: off the event loop, which also serves the webhooks.
    body = await asyncio.to_thread(_workbook, data)
    return web.Response(body=body, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        headers=_disposition("results.xlsx"))
