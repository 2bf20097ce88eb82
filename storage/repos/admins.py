"""Admins (super admins and agency HR officers) with hashed bearer tokens, and the audit log."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import select

from storage.errors import InvalidValueError, NotFoundError
from storage.models import Admin, AuditEntry, Role
from storage.repos._base import Repository
from storage.types import utcnow


def hash_token(token: str) -> str:
    """SHA-256 hex: tokens are 256-bit random, so a fast hash is enough (no dictionary to guess)."""
    return hashlib.sha256(token.encode()).hexdigest()


class Admins(Repository):
    async def create(
        self, name: str, role: str, agency: str | None = None, now: datetime | None = None
    ) -> tuple[Admin, str]:
        """A new admin and their token; the token is shown once and only its hash is stored."""
        if role not in tuple(Role):
            raise InvalidValueError(f"unknown admin role {role!r} (expected one of {[r.value for r in Role]})")
        if role == Role.AGENCY_HR and not agency:
            raise InvalidValueError("an agency HR admin needs an agency")
        token = secrets.token_urlsafe(32)
        admin = Admin(
            name=name,
            role=role,
            agency=agency if role == Role.AGENCY_HR else agency or None,
            token_hash=hash_token(token),
            created_at=now or utcnow(),
        )
        self.session.add(admin)
        await self.session.flush()
        return admin, token

    async def get(self, admin_id: int) -> Admin | None:
        return await self.session.get(Admin, admin_id)

    async def by_token(self, token: str) -> Admin | None:
        """The admin holding ``token``, unless revoked."""
        stmt = select(Admin).where(Admin.token_hash == hash_token(token), Admin.revoked_at.is_(None))
        return (await self.session.scalars(stmt)).one_or_none()

    async def list(self, *, include_revoked: bool = False) -> list[Admin]:
        stmt = select(Admin).order_by(Admin.id)
        if not include_revoked:
            stmt = stmt.where(Admin.revoked_at.is_(None))
        return list((await self.session.scalars(stmt)).all())

    async def revoke(self, admin_id: int, now: datetime | None = None) -> Admin:
        admin = await self.get(admin_id)
        if admin is None:
            raise NotFoundError(f"admin {admin_id} does not exist")
        if admin.revoked_at is None:
            admin.revoked_at = now or utcnow()
            await self.session.flush()
        return admin


class Audit(Repository):
    async def record(
        self,
        admin_id: int | None,
        action: str,
        target: str | None = None,
        details: dict[str, Any] | None = None,
        now: datetime | None = None,
    ) -> AuditEntry:
        entry = AuditEntry(admin_id=admin_id, action=action, target=target, details=details or {}, at=now or utcnow())
        self.session.add(entry)
        await self.session.flush()
        return entry

    async def session_ended(self, admin_id: int, target: str) -> bool:
        """Whether the admin logged out of the login session ``target`` (its ``logout`` entry)."""
        stmt = select(AuditEntry.id).where(
            AuditEntry.admin_id == admin_id, AuditEntry.action == "logout", AuditEntry.target == target
        )
        return (await self.session.scalar(stmt.limit(1))) is not None

    async def recent(self, limit: int = 50, admin_id: int | None = None) -> list[AuditEntry]:
        stmt = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
        if admin_id is not None:
            stmt = stmt.where(AuditEntry.admin_id == admin_id)
        return list((await self.session.scalars(stmt)).all())
