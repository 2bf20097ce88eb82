"""Helpers every admin view shares: the database, templates, the unit parameter, Thai dates."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession

from bot.admin.auth import Principal, principal
from bot.admin.keys import SESSIONS
from bot.dialog.thaidate import BUDDHIST_ERA_OFFSET, thai_date
from content.catalog import get_catalog
from content.model import Unit
from storage import Audit

BANGKOK = ZoneInfo("Asia/Bangkok")


@asynccontextmanager
async def transaction(request: web.Request) -> AsyncIterator[AsyncSession]:
    async with request.config_dict[SESSIONS]().begin() as session:
        yield session


async def audit(session: AsyncSession, who: Principal, action: str, target: str | None = None,
                **details: Any) -> None:
    await Audit(session).record(who.id, action, target, details)


def render(request: web.Request, template: str, http_status: int = 200, **context: Any) -> web.Response:
    response = aiohttp_jinja2.render_template(template, request, context, status=http_status)
    response.headers["Cache-Control"] = "no-store"
    return response


UNIT_HINT = "ระบุหน่วยสมรรถนะในรูป กรอบ:รหัส เช่น std-2567:DS700"


def find_unit(value: str | None) -> Unit | None:
    """``std-2567:DS700`` → the unit; None when it is not a unit of the catalog."""
    framework, _, code = (value or "").strip().partition(":")
    return get_catalog().unit(framework, code) if framework and code else None


def parse_unit(value: str | None) -> Unit:
    """``std-2567:DS700`` → the unit; 400 (Thai text) when it is missing or not a unit of the catalog."""
    unit = find_unit(value)
    if unit is None:
        raise web.HTTPBadRequest(text=unit_error(value))
    return unit


def unit_error(value: str | None) -> str:
    if not (value or "").strip():
        return f"ยังไม่ได้ระบุหน่วยสมรรถนะ: {UNIT_HINT}"
    return f"ไม่พบหน่วยสมรรถนะ {value!r}: {UNIT_HINT}"


def json_error(status: int, message: str, **details: Any) -> web.HTTPException:
    """An HTTP error whose body is ``{"error": message, ...details}`` (the API's errors)."""
    cls: type[web.HTTPException] = web.HTTPNotFound if status == 404 else web.HTTPBadRequest
    return cls(text=json.dumps({"error": message, **details}, ensure_ascii=False), content_type="application/json")


_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_SLASHED_DAY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_day(value: str) -> date | None:
    """A day typed as ``YYYY-MM-DD`` (what a date field sends) or ``D/M/YYYY``; years above 2400
    are Buddhist era (2569 → 2026). None when it is not a day."""
    text = value.strip()
    if match := _ISO_DAY.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _SLASHED_DAY.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
    else:
        return None
    if year > 2400:
        year -= BUDDHIST_ERA_OFFSET
    try:
        return date(year, month, day)
    except ValueError:
        return None


def scope(request: web.Request) -> str | None:
    """The agency filter for this request (``?agency=`` for super admins; an HR admin's own)."""
    return principal(request).scope(request.query.get("agency") or None)


def thai_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone(BANGKOK)
    return f"{thai_date(local.date())} {local:%H:%M}"


def thai_day(value: date | None) -> str:
    return thai_date(value) if value is not None else ""
