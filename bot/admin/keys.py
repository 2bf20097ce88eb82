"""The admin sub-application's keys (kept apart so that every module can import them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import Settings

SETTINGS = web.AppKey("admin_settings", Settings)
SESSIONS: web.AppKey[Callable[[], async_sessionmaker[AsyncSession]]] = web.AppKey("admin_sessions")
PRINCIPAL: web.RequestKey[Any] = web.RequestKey("admin_principal")  # the authenticated Principal
VIA_TOKEN = web.RequestKey("admin_via_token", bool)  # a bearer token, not a session cookie: no CSRF needed
