"""Fixtures for the admin tests: the whole app on a fresh SQLite file, admins of two agencies, people."""

from __future__ import annotations

import re
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import SESSIONS, create_app
from bot.config import Settings
from storage import Admins, Assessments, Users
from tests.channels.conftest import LINE_TOKEN, line_api, template_db  # noqa: F401  (fixtures: fake LINE, a migrated DB)
from tests.fakes import FakeLineApi

AGENCY_A, AGENCY_B = "กรมเอ", "กรมบี"
NOW = datetime.now(UTC)
AppClient = TestClient[Any, Any]


@dataclass(frozen=True)
class Tokens:
    root: str
    hr_a: str
    hr_b: str
    revoked: str


@pytest.fixture
def admin_settings(tmp_path: Path, template_db: Path, line_api: FakeLineApi) -> Settings:  # noqa: F811
    """The app on a fresh SQLite file; LINE sends (by the worker) go to a fake LINE API."""
    target = tmp_path / "assistant.db"
    shutil.copy(template_db, target)
    return Settings.model_validate({"DATABASE_URL": f"sqlite+aiosqlite:///{target}",
                                    "ADMIN_SESSION_SECRET": "test-session-secret",
                                    "LINE_CHANNEL_ACCESS_TOKEN": LINE_TOKEN, "LINE_API_BASE_URL": line_api.url})


@pytest.fixture
async def app_client(admin_settings: Settings) -> AsyncIterator[AppClient]:
    client: AppClient = TestClient(TestServer(create_app(admin_settings)))
    await client.start_server()
    try:
        yield client
    finally:
        await client.close()


def sessions_of(client: AppClient) -> async_sessionmaker[AsyncSession]:
    return client.app[SESSIONS]


@pytest.fixture
async def tokens(app_client: AppClient) -> Tokens:
    async with sessions_of(app_client).begin() as session:
        admins = Admins(session)
        _, root = await admins.create("ผู้ดูแลกลาง", "super")
        _, hr_a = await admins.create("HR เอ", "agency_hr", AGENCY_A)
        _, hr_b = await admins.create("HR บี", "agency_hr", AGENCY_B)
        gone, revoked = await admins.create("HR เก่า", "agency_hr", AGENCY_A)
        await admins.revoke(gone.id)
    return Tokens(root, hr_a, hr_b, revoked)


async def add_person(session: AsyncSession, uid: str, agency: str | None, *, consent: bool = True,
                     group: str = "Executive", phase: str = "Early", ratings: dict[str, int] | None = None,
                     unit: tuple[str, str] = ("std-2567", "DS700"), started_only: bool = False,
                     platform: str = "line") -> int:
    users = Users(session)
    user = await users.get_or_create(platform, uid, display_name=f"คุณ {uid}", now=NOW - timedelta(days=1))
    await users.set_agency(user.id, agency)
    await users.set_profile(user.id, group, phase)
    if consent:
        await users.give_consent(user.id, NOW - timedelta(days=1))
    if ratings is not None or started_only:
        attempts = Assessments(session)
        attempt = await attempts.start(user.id, unit[0], unit[1], "test", now=NOW - timedelta(hours=2))
        for code, rating in (ratings or {}).items():
            await attempts.answer(attempt.id, code, rating, now=NOW - timedelta(hours=1))
        if not started_only:
            await attempts.finish(attempt.id, now=NOW - timedelta(minutes=30))
    return user.id


@pytest.fixture
async def people(app_client: AppClient) -> dict[str, int]:
    """Agency A: six finished DS700 (big enough to show), one in progress, one not started, one without
    consent; agency B: two finished, one not started."""
    ids: dict[str, int] = {}
    async with sessions_of(app_client).begin() as session:
        for i in range(6):
            ids[f"a{i}"] = await add_person(session, f"Ua{i}", AGENCY_A,
                                            ratings={"DS701.01": 3 + i % 2, "DS701.02": 2})
        ids["a_progress"] = await add_person(session, "Ua-progress", AGENCY_A, started_only=True)
        ids["a_new"] = await add_person(session, "Ua-new", AGENCY_A)
        ids["a_noconsent"] = await add_person(session, "Ua-noconsent", AGENCY_A, consent=False)
        for i in range(2):
            ids[f"b{i}"] = await add_person(session, f"Ub{i}", AGENCY_B, ratings={"DS701.01": 1, "DS701.02": 1})
        ids["b_new"] = await add_person(session, "Ub-new", AGENCY_B)
    return ids


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


CSRF = re.compile(r'name="csrf" value="([^"]+)"')


async def csrf_of(client: AppClient, path: str) -> str:
    response = await client.get(path)
    match = CSRF.search(await response.text())
    assert match, f"no CSRF field on {path}"
    return match.group(1)


async def login(client: AppClient, token: str) -> None:
    csrf = await csrf_of(client, "/admin/login")
    response = await client.post("/admin/login", data={"token": token, "csrf": csrf}, allow_redirects=False)
    assert response.status == 303, await response.text()
