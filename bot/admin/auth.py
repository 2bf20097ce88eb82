"""Who is asking: a bearer token (the JSON API, exports) or a login session (the pages, and the API
calls their scripts make).

``auth_middleware`` puts a ``Principal`` on every request it lets through. A wrong, missing or
revoked token answers 401; a page without a valid session redirects to the login page. Sessions
are re-checked against the database on every request, so revoking an admin ends their sessions,
and so does logging out: each login session has a random id (``sid``, in the encrypted cookie) and
logging out records it (an audit ``logout`` entry), so a copy of the cookie no longer opens a page.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from aiohttp import web
from aiohttp_session import Session, get_session

from bot.admin.keys import PRINCIPAL, SESSIONS, SETTINGS, VIA_TOKEN
from storage import Admin, Admins, Audit, Role, utcnow

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
PUBLIC = ("/admin/login", "/admin/static/")
NOTHING = "\x00no agency\x00"  # a scope no person has: an HR admin asking for another agency


@dataclass(frozen=True)
class Principal:
    id: int
    name: str
    role: str
    agency: str | None

    @property
    def is_super(self) -> bool:
        return self.role == Role.SUPER

    def scope(self, requested: str | None = None) -> str | None:
        """The agency filter: a super admin's choice (None: all); an HR admin's own agency, always."""
        if self.is_super:
            return requested or None
        if requested and requested != self.agency:
            return NOTHING
        return self.agency

    def may_see(self, agency: str | None) -> bool:
        return self.is_super or (agency is not None and agency == self.agency)

    @classmethod
    def of(cls, admin: Admin) -> Principal:
        return cls(admin.id, admin.name, admin.role, admin.agency)


def principal(request: web.Request) -> Principal:
    return request[PRINCIPAL]


def require_super(request: web.Request) -> Principal:
    who = principal(request)
    if not who.is_super:
        raise web.HTTPNotFound()
    return who


def session_target(sid: str) -> str:
    """The audit target that names one login session."""
    return f"session:{sid}"


def _bearer(request: web.Request) -> str | None:
    header = request.headers.get("Authorization")
    if header is None:
        return None
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def _unauthorized() -> web.HTTPUnauthorized:
    return web.HTTPUnauthorized(text='{"error": "unauthorized"}', content_type="application/json",
                                headers={"WWW-Authenticate": 'Bearer realm="admin"'})


async def _admin_by_token(request: web.Request, token: str) -> Admin | None:
    if not token:
        return None
    async with request.config_dict[SESSIONS]().begin() as session:
        return await Admins(session).by_token(token)


async def _admin_by_session(request: web.Request, session: Session) -> Admin | None:
    admin_id, since, sid = session.get("admin_id"), session.get("since"), session.get("sid")
    if not isinstance(admin_id, int) or not isinstance(since, (int, float)) or not isinstance(sid, str):
        return None
    max_age: timedelta = request.config_dict[SETTINGS].admin_session_max_age
    if utcnow() - datetime.fromtimestamp(since, utcnow().tzinfo) > max_age:
        session.invalidate()
        return None
    async with request.config_dict[SESSIONS]().begin() as db:
        admin = await Admins(db).get(admin_id)
        ended = admin is not None and await Audit(db).session_ended(admin_id, session_target(sid))
    if admin is None or admin.revoked_at is not None or ended:
        session.invalidate()
        return None
    return admin


@web.middleware
async def auth_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    path = request.path
    if path.startswith(PUBLIC):
        return await handler(request)
    token = _bearer(request)
    if token is not None:
        admin = await _admin_by_token(request, token)
        if admin is None:
            raise _unauthorized()
        request[PRINCIPAL] = Principal.of(admin)
        request[VIA_TOKEN] = True
        return await handler(request)
    # The pages' own scripts call the API with the session cookie (and the CSRF header to change things).
    admin = await _admin_by_session(request, await get_session(request))
    if admin is None:
        if request.method in ("GET", "HEAD") and not path.startswith("/admin/api/"):
            raise web.HTTPFound("/admin/login")
        raise _unauthorized()
    request[PRINCIPAL] = Principal.of(admin)
    request[VIA_TOKEN] = False
    return await handler(request)
