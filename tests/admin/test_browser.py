"""An HR officer in headless Chromium (Debian's ``chromium`` driven by Playwright): log in, read the
dashboard's charts, export CSV and open it, answer a person who asked for a human, compose a broadcast,
confirm it and watch it reach everyone (the real worker, against the fake LINE API).

Screenshots are kept in ``tests/artifacts/admin/`` (git-ignored) for a human to look at.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, expect
from sqlalchemy import select

from bot.app import ENGINE, SETTINGS
from bot.worker import open_worker
from storage import Delivery
from tests.admin.conftest import AGENCY_A, AppClient, Tokens, sessions_of
from tests.admin.test_handoff import PERSON, consenting_person, say
from tests.channels.test_browser import browser  # noqa: F401  (the shared Chromium fixture)
from tests.fakes import FakeLineApi

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "admin"


async def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


async def log_in(browser: Browser, client: AppClient, token: str) -> Page:  # noqa: F811
    context = await browser.new_context(viewport={"width": 390, "height": 844}, locale="th-TH",
                                        accept_downloads=True)
    page = await context.new_page()
    await page.goto(str(client.server.make_url("/admin/login")))
    await page.fill("#token", token)
    await page.get_by_role("button", name="เข้าสู่ระบบ").click()
    await expect(page.locator("h1")).to_contain_text("ภาพรวม")
    return page


async def test_dashboard_charts_and_csv_export(browser: Browser, app_client: AppClient, tokens: Tokens,  # noqa: F811
                                               people: dict[str, int]) -> None:
    page = await log_in(browser, app_client, tokens.hr_a)
    await expect(page.locator("figure.chart svg")).to_have_count(4)
    bars = page.locator("figure.chart svg .bars rect")
    await expect(bars.first).to_be_visible()
    box = await bars.first.bounding_box()
    assert box is not None and box["width"] > 0 and box["height"] > 0
    await expect(page.locator("#consented")).to_have_text("8")
    await shot(page, "dashboard")
    async with page.expect_download() as download_info:
        await page.click("#export-csv")
    download = await download_info.value
    assert download.suggested_filename == "results-people.csv"
    body = Path(await download.path()).read_bytes()
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert len(rows) == 13 and {row[3] for row in rows[1:]} == {AGENCY_A}
    await page.goto(str(app_client.server.make_url("/admin/people?unit=std-2567:DS700&status=not_started")))
    await expect(page.locator("#people tbody tr")).to_have_count(1)
    await expect(page.locator("#people tbody")).to_contain_text("คุณ Ua-new")
    await shot(page, "people")
    await page.get_by_role("link", name="เนื้อหา").click()
    await expect(page.locator("figure.chart svg")).to_have_count(3)
    await expect(page.locator("table").first).to_contain_text("ข้อ 1")
    await shot(page, "content")


async def test_answer_a_handoff(browser: Browser, app_client: AppClient, tokens: Tokens,  # noqa: F811
                                line_api: FakeLineApi) -> None:
    await consenting_person(app_client)
    await say(app_client, "ขอคุยกับเจ้าหน้าที่ เรื่องหลักฐาน DS700")
    page = await log_in(browser, app_client, tokens.hr_a)
    await page.get_by_role("link", name="คุยกับผู้ใช้").click()
    await page.get_by_role("link", name="#1").click()
    await expect(page.locator("#thread li.user .text")).to_have_text(["ขอคุยกับเจ้าหน้าที่ เรื่องหลักฐาน DS700"])
    await page.fill("#answer", "ส่งแฟ้มผลงานภายในวันศุกร์นี้ครับ")
    await page.get_by_role("button", name="ส่งคำตอบ").click()
    await expect(page.locator("#thread li.admin .text")).to_have_text(["ส่งแฟ้มผลงานภายในวันศุกร์นี้ครับ"])
    await shot(page, "handoff")
    # The worker shares the app's engine, as serve's embedded worker does: on SQLite a second engine in
    # the same process could hold the write lock while the app's inline connection waits on the loop.
    async with open_worker(app_client.app[SETTINGS], app_client.app[ENGINE]) as worker:  # via the outbox
        await worker.run_once()
    async with sessions_of(app_client)() as session:
        [pushed] = (await session.scalars(select(Delivery))).all()
    assert (pushed.kind, pushed.recipient, pushed.status) == ("handoff", PERSON, "sent")
    assert line_api.delivered_to(PERSON) == 1


async def test_broadcast_reaches_everyone(browser: Browser, app_client: AppClient, tokens: Tokens,  # noqa: F811
                                          people: dict[str, int], line_api: FakeLineApi) -> None:
    page = await log_in(browser, app_client, tokens.hr_a)
    await page.get_by_role("link", name="ประกาศ").click()
    await page.get_by_role("link", name="เขียนประกาศใหม่").click()
    await page.fill("#text", "ส่งหลักฐาน DS700 ภายในวันศุกร์นี้นะครับ")
    await expect(page.locator("#recipient-count")).to_have_text("9")
    await expect(page.locator("#preview-bubble")).to_have_text("ส่งหลักฐาน DS700 ภายในวันศุกร์นี้นะครับ")
    await page.get_by_label("ผู้อำนวยการกอง").check()  # nobody of agency A is in that group
    await expect(page.locator("#recipient-count")).to_have_text("0")
    await page.get_by_label("ผู้บริหารส่วนราชการ").check()  # everyone of A is
    await expect(page.locator("#recipient-count")).to_have_text("9")
    await shot(page, "broadcast-compose")
    await page.get_by_role("button", name="ตรวจทานก่อนส่ง").click()
    await expect(page.locator("#confirm-count")).to_have_text("9")
    await page.get_by_role("button", name="ยืนยันส่ง").click()
    await expect(page.locator("h1")).to_contain_text("ประกาศ #1")
    async with open_worker(app_client.app[SETTINGS], app_client.app[ENGINE]) as worker:
        for _ in range(5):
            await worker.run_once()
    await expect(page.locator("#progress-label")).to_have_text("100% (9/9)", timeout=10_000)
    await expect(page.locator(".progress > div")).to_have_attribute("style", "width: 100%;")
    await expect(page.locator("#status")).to_have_text("ส่งครบแล้ว")
    await shot(page, "broadcast-done")
    assert line_api.delivered_to_set() >= {f"Ua{i}" for i in range(6)} | {"Ua-new", "Ua-progress", "Ua-noconsent"}
