"""Helpers every admin view shares: the database, templates, the unit parameter, Thai dates."""

from __future__ import annotations

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
from bot.dialog.thaidate import thai_date
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


def parse_unit(value: str | None) -> Unit:
    """``std-2567:DS700`` → the unit; 400 when it is not a unit of the catalog."""
    framework, _, code = (value or "").partition(":")
    unit = get_catalog().unit(framework, code) if framework and code else None
    if unit is None:
        raise web.HTTPBadRequest(text=f"unknown unit {value!r}: expected FRAMEWORK:CODE such as std-2567:DS700")
    return unit


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
