"""The web simulator in headless Chromium (Debian's ``chromium``, driven by Playwright).

Needs the apt packages ``chromium`` and ``fonts-thai-tlwg``; nothing is downloaded here.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestServer
from playwright.async_api import Browser, Page, async_playwright, expect

from bot.app import create_app
from bot.config import Settings
from bot.dialog.replies import Button, Reply
from bot.incoming import Incoming

pytestmark = pytest.mark.browser

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LEVELS = (("ทำได้ดีมาก", "4"), ("ทำได้", "3"), ("ทำได้บ้าง", "2"), ("ยังทำไม่ได้", "1"))
QUESTIONS = ("อธิบายความหมายของข้อมูลดิจิทัล", "ใช้เครื่องมือสื่อสารออนไลน์", "ป้องกันข้อมูลส่วนบุคคล")


class QuizHandler:
    """A scripted three-question self-assessment; state keyed by user, as the engine keeps it in the DB."""

    def __init__(self) -> None:
        self.answers: dict[str, list[str]] = {}

    async def __call__(self, incoming: Incoming) -> list[Reply]:
        if incoming.kind == "start":
            return [Reply("buttons", "สวัสดีครับ เริ่มประเมินตนเองไหม", buttons=(Button("เริ่มประเมิน", "quiz:start"),))]
        if incoming.kind == "text":
            return [Reply("text", f"คุณพิมพ์ว่า: {incoming.text}")]
        answers = self.answers.setdefault(incoming.user_id, [])
        if incoming.text.startswith("rate:"):
            answers.append(incoming.text.removeprefix("rate:"))
        if len(answers) < len(QUESTIONS):
            step = len(answers)
            return [
                Reply(
                    "buttons",
                    f"{step + 1}/{len(QUESTIONS)} {QUESTIONS[step]}",
                    buttons=tuple(Button(label, f"rate:{value}") for label, value in LEVELS),
                )
            ]
        fields = tuple((q, a) for q, a in zip(QUESTIONS, answers, strict=True))
        return [Reply("card", "สรุปผลการประเมิน", title="DL101 ผลการประเมิน", fields=fields)]


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Debian's chromium is not installed (apt-get install chromium fonts-thai-tlwg)")
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        await browser.close()


async def open_app(tmp_path: Path, handler: Any = None) -> TestServer:
    settings = Settings.model_validate({"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'b.db'}", "WEB_CHAT": "on"})
    server = TestServer(create_app(settings, handler), host="127.0.0.1")
    await server.start_server()
    return server


async def new_page(browser: Browser) -> Page:
    context = await browser.new_context(viewport={"width": 390, "height": 844}, locale="th-TH")
    return await context.new_page()


async def test_whole_quiz_by_buttons(browser: Browser, tmp_path: Path) -> None:
    handler = QuizHandler()
    server = await open_app(tmp_path, handler)
    try:
        page = await new_page(browser)
        await page.goto(str(server.make_url("/")))
        await expect(page.locator(".msg.bot").first).to_have_text("สวัสดีครับ เริ่มประเมินตนเองไหม")
        await page.get_by_role("button", name="เริ่มประเมิน").click()
        for step, label in enumerate(("ทำได้ดีมาก", "ทำได้บ้าง", "ยังทำไม่ได้"), start=1):
            await expect(page.locator(".msg.bot").last).to_contain_text(f"{step}/3")
            await page.locator(".buttons").last.get_by_role("button", name=label, exact=True).click()
        card = page.locator("article.card")
        await expect(card.locator("h2")).to_have_text("DL101 ผลการประเมิน")
        await expect(card.locator("dd")).to_have_text(["4", "2", "1"])
        await expect(page.locator(".msg.user")).to_have_text(["เริ่มประเมิน", "ทำได้ดีมาก", "ทำได้บ้าง", "ยังทำไม่ได้"])
        [session] = handler.answers
        assert session.startswith("web-") and handler.answers[session] == ["4", "2", "1"]
        [cookie] = await page.context.cookies()
        assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
        assert await page.evaluate("document.cookie") == ""  # scripts cannot read the session

        await page.fill("#text", "ขอบคุณ")
        await page.press("#text", "Enter")
        await expect(page.locator(".msg.bot").last).to_have_text("คุณพิมพ์ว่า: ขอบคุณ")
        await page.screenshot(path=str(tmp_path / "quiz.png"))
    finally:
        await server.close()


async def test_catalog_answer_renders_as_card(browser: Browser, tmp_path: Path) -> None:
    server = await open_app(tmp_path)  # the app's own handler: answers from the catalog
    try:
        page = await new_page(browser)
        await page.goto(str(server.make_url("/")))
        await page.wait_for_selector(".msg.bot, article.card")
        await page.fill("#text", "DL201 คืออะไร")
        await page.click("#send")
        await expect(page.locator(".msg.user")).to_have_text(["DL201 คืออะไร"])
        await expect(page.locator("article.card h2").last).to_contain_text("DL201")
    finally:
        await server.close()


async def test_whole_self_assessment_with_the_real_engine(browser: Browser, tmp_path: Path) -> None:
    """A newcomer opens the page, consents, assesses DLit400 by buttons and sees the summary."""
    import sqlalchemy as sa

    server = await open_app(tmp_path)
    try:
        page = await new_page(browser)
        await page.goto(str(server.make_url("/")))
        await page.get_by_role("button", name="ยินยอม", exact=True).click()
        await page.fill("#text", "ขอประเมินตัวเองเรื่อง DLit400")
        await page.press("#text", "Enter")
        ratings = ("ทำได้ดี", "ยังทำไม่ได้", "ทำได้ดี", "ทำได้บ้าง")
        for step, label in enumerate(ratings, start=1):
            await expect(page.locator(".msg.bot").last).to_contain_text(f"{step}/4")
            await page.locator(".buttons").last.get_by_role("button", name=label, exact=True).click()
        await expect(page.locator(".msg.bot").last).to_contain_text("ควรพัฒนา")
        await page.screenshot(path=str(tmp_path / "self-assessment.png"), full_page=True)
    finally:
        await server.close()
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'b.db'}")
    with engine.connect() as conn:
        attempt = conn.execute(sa.text(
            "SELECT id, framework, unit_code, catalog_version, finished_at FROM assessment_attempts")).one()
        answers = conn.execute(sa.text(
            "SELECT criterion_code, rating FROM assessment_answers WHERE attempt_id = :a ORDER BY criterion_code"),
            {"a": attempt.id}).all()
    engine.dispose()
    assert (attempt.framework, attempt.unit_code) == ("ocsc-2561", "DLit400")
    assert attempt.finished_at is not None and attempt.catalog_version
    assert [tuple(a) for a in answers] == [("DLit401.1", 3), ("DLit401.2", 1), ("DLit402.1", 3), ("DLit402.2", 2)]
