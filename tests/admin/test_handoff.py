"""A person asks for a human in chat; HR of their agency answers on a page; the bot keeps quiet."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.dialog.engine import DialogEngine
from bot.dialog.replies import Reply
from bot.incoming import Incoming
from storage import AuditEntry, Delivery, Handoffs, HandoffStatus, Users
from tests.admin.conftest import AGENCY_A, AppClient, Tokens, csrf_of, login, sessions_of

PERSON = "U4f0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d"  # a LINE user id


async def say(client: AppClient, text: str, user: str = PERSON) -> list[Reply]:
    """A LINE message through the dialog engine, as the LINE channel hands it over."""
    return await DialogEngine(sessions_of(client))(Incoming(platform="line", user_id=user, kind="text", text=text))


async def consenting_person(client: AppClient, agency: str | None = AGENCY_A, user: str = PERSON) -> int:
    await say(client, "สวัสดี", user)
    async with sessions_of(client).begin() as db:
        users = Users(db)
        person = await users.by_platform_id("line", user)
        assert person is not None
        await users.give_consent(person.id)
        await users.set_agency(person.id, agency)
        return person.id


def pushed_text(delivery: Delivery) -> str:
    [message] = delivery.payload["messages"]
    return str(message["text"])


async def deliveries(client: AppClient) -> list[Delivery]:
    async with sessions_of(client)() as db:
        return list((await db.scalars(select(Delivery).order_by(Delivery.id))).all())


async def test_a_whole_handoff(app_client: AppClient, tokens: Tokens) -> None:
    user_id = await consenting_person(app_client)
    opened = await say(app_client, "ขอคุยกับเจ้าหน้าที่หน่อยครับ")
    assert "ส่งเรื่องถึงเจ้าหน้าที่ของกรมเอแล้ว" in opened[0].text
    # The first message to HR is said to be passed on (nothing at all, before); the bot does not answer it
    [forwarded] = await say(app_client, "DL201 ต้องทำอะไรบ้าง")
    assert forwarded.text.startswith("ส่งข้อความถึงเจ้าหน้าที่แล้ว")
    assert await say(app_client, "เรื่องหลักฐานครับ") == []  # once, not for every message in a row
    await login(app_client, tokens.hr_a)
    listing = await (await app_client.get("/admin/handoffs")).text()
    assert "#1" in listing and "เปิดอยู่" in listing and '<span class="badge" id="waiting">1</span>' in listing
    page = await (await app_client.get("/admin/handoffs/1")).text()
    assert "ขอคุยกับเจ้าหน้าที่หน่อยครับ" in page and "DL201 ต้องทำอะไรบ้าง" in page
    csrf = await csrf_of(app_client, "/admin/handoffs/1")
    answer = await app_client.post("/admin/handoffs/1/reply", data={"csrf": csrf, "text": "DL201 ต้องมีหลักฐาน 3 ชิ้นครับ"},
                                   allow_redirects=False)
    assert answer.status == 303
    [pushed] = await deliveries(app_client)
    assert (pushed.kind, pushed.platform, pushed.recipient, pushed.user_id, pushed_text(pushed)) == (
        "handoff", "line", PERSON, user_id, "เจ้าหน้าที่: DL201 ต้องมีหลักฐาน 3 ชิ้นครับ")
    assert await say(app_client, "ขอบคุณครับ") == []
    closed = await app_client.post("/admin/handoffs/1/close", data={"csrf": csrf}, allow_redirects=False)
    assert closed.status == 303
    notice = (await deliveries(app_client))[-1]
    assert pushed_text(notice) == "เจ้าหน้าที่ปิดการสนทนาแล้ว บอทกลับมาตอบตามปกติครับ"
    back = await say(app_client, "DL201 ต้องทำอะไรบ้าง")
    assert back and "DL201" in str(back)
    async with sessions_of(app_client)() as db:
        history = [(m.sender, m.text) for m in await Handoffs(db).messages(1)]
        actions = [e.action for e in (await db.scalars(select(AuditEntry).order_by(AuditEntry.id))).all()]
    assert history == [("user", "ขอคุยกับเจ้าหน้าที่หน่อยครับ"), ("user", "DL201 ต้องทำอะไรบ้าง"),
                       ("user", "เรื่องหลักฐานครับ"), ("admin", "DL201 ต้องมีหลักฐาน 3 ชิ้นครับ"), ("user", "ขอบคุณครับ")]
    assert actions[-3:] == ["login", "handoff.reply", "handoff.close"]


@pytest.mark.parametrize("words", ["จบการสนทนา", "จบแล้วค่ะ ขอบคุณ"])
async def test_the_person_can_end_it(app_client: AppClient, words: str) -> None:
    await consenting_person(app_client)
    await say(app_client, "ขอคุยกับเจ้าหน้าที่")
    [forwarded] = await say(app_client, "จบแล้วหรือยังคะ เรื่องเอกสาร")  # a question to HR, not the end
    assert forwarded.text.startswith("ส่งข้อความถึงเจ้าหน้าที่แล้ว")
    ended = await say(app_client, words)
    assert ended[0].text == "จบการสนทนากับเจ้าหน้าที่แล้ว บอทกลับมาตอบตามปกติครับ"
    async with sessions_of(app_client)() as db:
        handoff = await Handoffs(db).get(1)
        assert handoff is not None and (handoff.status, handoff.closed_by) == (HandoffStatus.CLOSED, "user")


async def test_after_the_timeout_the_bot_is_back_and_says_so(app_client: AppClient,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    await consenting_person(app_client)
    await say(app_client, "ขอคุยกับเจ้าหน้าที่")
    monkeypatch.setattr("bot.dialog.flows.handoff.timeout", lambda: timedelta(0))
    [notice] = await say(app_client, "ยังอยู่ไหมครับ")
    assert "หมดเวลา" in notice.text
    assert await say(app_client, "DL201 ต้องทำอะไรบ้าง") != []
    async with sessions_of(app_client)() as db:
        handoff = await Handoffs(db).get(1)
        assert handoff is not None and handoff.closed_by == "timeout"


async def test_without_consent_no_handoff_is_opened(app_client: AppClient) -> None:
    await say(app_client, "สวัสดี")
    replies = await say(app_client, "ขอคุยกับเจ้าหน้าที่")
    assert "ยินยอม" in replies[0].text
    async with sessions_of(app_client)() as db:
        assert await Handoffs(db).list() == []


async def test_answering_through_the_api(app_client: AppClient, tokens: Tokens) -> None:
    await consenting_person(app_client)
    await say(app_client, "ขอคุยกับเจ้าหน้าที่")
    headers = {"Authorization": f"Bearer {tokens.hr_a}"}
    response = await app_client.post("/admin/api/handoffs/1/reply", json={"text": "สวัสดีครับ"}, headers=headers)
    assert response.status == 201
    for bad in ({"text": ""}, {"text": "x" * 2001}, ["not", "an", "object"]):
        assert (await app_client.post("/admin/api/handoffs/1/reply", json=bad, headers=headers)).status == 400
    assert (await app_client.post("/admin/api/handoffs/1/close", headers=headers)).status == 200
    late = await app_client.post("/admin/api/handoffs/1/reply", json={"text": "ยังอยู่ไหม"}, headers=headers)
    assert late.status == 409
    assert [pushed_text(d) for d in await deliveries(app_client)] == [
        "เจ้าหน้าที่: สวัสดีครับ", "เจ้าหน้าที่ปิดการสนทนาแล้ว บอทกลับมาตอบตามปกติครับ"]


async def test_the_page_says_a_web_chat_person_sees_answers_with_their_next_reply(app_client: AppClient,
                                                                                  tokens: Tokens) -> None:
    engine = DialogEngine(sessions_of(app_client))
    await engine(Incoming(platform="web", user_id="W1", kind="text", text="สวัสดี"))
    async with sessions_of(app_client).begin() as db:
        users = Users(db)
        person = await users.by_platform_id("web", "W1")
        assert person is not None
        await users.give_consent(person.id)
        await users.set_agency(person.id, AGENCY_A)
    await engine(Incoming(platform="web", user_id="W1", kind="text", text="ขอคุยกับเจ้าหน้าที่"))
    await login(app_client, tokens.hr_a)
    page = await (await app_client.get("/admin/handoffs/1")).text()
    assert 'id="pull-note"' in page  # the answer went nowhere without a word, before
    await say(app_client, "สวัสดี")
    await consenting_person(app_client)
    await say(app_client, "ขอคุยกับเจ้าหน้าที่")
    assert 'id="pull-note"' not in await (await app_client.get("/admin/handoffs/2")).text()  # LINE: pushed
