"""Admin pages with many people: how long the dashboard, the people list and the exports take.

    .venv/bin/python bench/admin_pages.py [PEOPLE]

Seeds a fresh SQLite file (PEOPLE people in two agencies, four in five with a finished
self-assessment of DS700), then times each page a few times through the real app on loopback.
Prints figures; not a timed test.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp.test_utils import TestClient, TestServer

import storage
from bot.app import SESSIONS, create_app
from bot.config import Settings
from storage import Admins, Assessments, Users

ROUNDS = 5
PAGES = ("/admin/", "/admin/people?unit=std-2567:DS700&status=not_started", "/admin/api/people?unit=std-2567:DS700",
         "/admin/export/results.csv", "/admin/export/results.xlsx", "/admin/content")


async def seed(client: TestClient, people: int) -> str:
    async with client.app[SESSIONS].begin() as session:
        _, token = await Admins(session).create("bench", "super")
        users, attempts = Users(session), Assessments(session)
        for i in range(people):
            user = await users.get_or_create("line", f"U{i:06d}", display_name=f"คน {i}")
            user.agency, user.profile_group, user.profile_phase = ("กรมเอ", "กรมบี")[i % 2], "Executive", "Early"
            await users.give_consent(user.id)
            if i % 5:
                attempt = await attempts.start(user.id, "std-2567", "DS700", "bench")
                for n, code in enumerate(("DS701.01", "DS701.02", "DS702.01", "DS702.02")):
                    await attempts.answer(attempt.id, code, 1 + (i + n) % 4)
                await attempts.finish(attempt.id)
    return token


async def main(people: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/bench.db"
        storage.upgrade(url)
        settings = Settings.model_validate({"DATABASE_URL": url, "ADMIN_SESSION_SECRET": "bench"})
        client: TestClient = TestClient(TestServer(create_app(settings)))  # type: ignore[type-arg]
        await client.start_server()
        try:
            started = time.perf_counter()
            token = await seed(client, people)
            print(f"seeded {people} people in {time.perf_counter() - started:.1f} s")
            headers = {"Authorization": f"Bearer {token}"}
            for page in PAGES:
                times, size = [], 0
                for _ in range(ROUNDS):
                    began = time.perf_counter()
                    response = await client.get(page, headers=headers)
                    size = len(await response.read())
                    assert response.status == 200, page
                    times.append((time.perf_counter() - began) * 1000)
                print(f"{page:<55} median {statistics.median(times):7.1f} ms  max {max(times):7.1f} ms  "
                      f"{size / 1024:7.1f} KiB")
        finally:
            await client.close()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000))
