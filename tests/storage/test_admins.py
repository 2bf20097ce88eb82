from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from storage import Admins, Audit, InvalidValueError, NotFoundError, hash_token

NOW = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)


async def test_create_stores_only_the_token_hash(session: AsyncSession) -> None:
    admins = Admins(session)
    admin, token = await admins.create("HR DGA", "agency_hr", "DGA", now=NOW)
    assert len(token) >= 40 and admin.token_hash == hash_token(token) != token
    assert (admin.role, admin.agency, admin.created_at, admin.revoked_at) == ("agency_hr", "DGA", NOW, None)
    found = await admins.by_token(token)
    assert found is not None and found.id == admin.id
    assert await admins.by_token(token + "x") is None


async def test_roles_are_checked(session: AsyncSession) -> None:
    admins = Admins(session)
    with pytest.raises(InvalidValueError):
        await admins.create("x", "root")
    with pytest.raises(InvalidValueError):
        await admins.create("x", "agency_hr")  # HR needs an agency
    root, _ = await admins.create("root", "super")
    assert root.agency is None


async def test_revoke_and_list(session: AsyncSession) -> None:
    admins = Admins(session)
    first, token = await admins.create("a", "super", now=NOW)
    second, _ = await admins.create("b", "agency_hr", "OCSC", now=NOW)
    revoked = await admins.revoke(first.id, now=NOW + timedelta(days=1))
    assert revoked.revoked_at == NOW + timedelta(days=1)
    await admins.revoke(first.id, now=NOW + timedelta(days=2))  # revoking again keeps the first time
    assert revoked.revoked_at == NOW + timedelta(days=1)
    assert await admins.by_token(token) is None
    assert [a.id for a in await admins.list()] == [second.id]
    assert [a.id for a in await admins.list(include_revoked=True)] == [first.id, second.id]
    with pytest.raises(NotFoundError):
        await admins.revoke(999)


async def test_audit_log_records_newest_first(session: AsyncSession) -> None:
    admin, _ = await Admins(session).create("HR", "agency_hr", "DGA")
    audit = Audit(session)
    await audit.record(admin.id, "broadcast.queue", "broadcast:1", {"recipients": 2}, now=NOW)
    await audit.record(None, "admin.create", "admin:2", now=NOW + timedelta(minutes=1))
    entries = await audit.recent()
    assert [(e.action, e.target, e.details) for e in entries] == [
        ("admin.create", "admin:2", {}),
        ("broadcast.queue", "broadcast:1", {"recipients": 2}),
    ]
    assert [e.action for e in await audit.recent(admin_id=admin.id)] == ["broadcast.queue"]
    assert len(await audit.recent(limit=1)) == 1


async def test_a_logged_out_session_is_ended_and_no_other(session: AsyncSession) -> None:
    admins, audit = Admins(session), Audit(session)
    one, _ = await admins.create("HR หนึ่ง", "agency_hr", "DGA", now=NOW)
    two, _ = await admins.create("HR สอง", "agency_hr", "DGA", now=NOW)
    assert not await audit.session_ended(one.id, "session:abc")
    await audit.record(one.id, "logout", "session:abc", now=NOW)
    assert await audit.session_ended(one.id, "session:abc")
    assert not await audit.session_ended(one.id, "session:xyz")
    assert not await audit.session_ended(two.id, "session:abc")
    await audit.record(two.id, "login", "session:def", now=NOW)
    assert not await audit.session_ended(two.id, "session:def")
