"""Broadcasts and campaigns from the admin pages and API: live count, confirm, progress, cancel, scope."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.admin.common import BANGKOK
from storage import AuditEntry, Broadcast, DeadlineCampaign, EvidenceDeadline, Users, utcnow
from tests.admin.conftest import AGENCY_A, AGENCY_B, AppClient, Tokens, bearer, csrf_of, login, sessions_of


async def test_recipient_count_is_scoped(app_client: AppClient, tokens: Tokens, people: dict[str, int]) -> None:
    a = await (await app_client.get("/admin/api/recipients", headers=bearer(tokens.hr_a))).json()
    assert (a["count"], a["line"], a["telegram"]) == (9, 9, 0)
    forced = await app_client.get(f"/admin/api/recipients?agency={AGENCY_B}", headers=bearer(tokens.hr_a))
    assert (await forced.json())["count"] == 9  # an HR officer's agency is always their own
    root_b = await app_client.get(f"/admin/api/recipients?agency={AGENCY_B}", headers=bearer(tokens.root))
    assert (await root_b.json())["count"] == 3
    grouped = await app_client.get("/admin/api/recipients?group=Academic", headers=bearer(tokens.hr_a))
    assert (await grouped.json())["count"] == 0


async def test_compose_confirm_send_and_cancel(app_client: AppClient, tokens: Tokens, people: dict[str, int]) -> None:
    await login(app_client, tokens.hr_a)
    csrf = await csrf_of(app_client, "/admin/broadcasts/new")
    form = {"csrf": csrf, "text": "ส่งหลักฐาน DS700 ภายในวันศุกร์", "group": "Executive", "agency": AGENCY_B}
    confirm = await app_client.post("/admin/broadcasts/confirm", data=form)
    page = await confirm.text()
    assert confirm.status == 200 and 'id="confirm-count">9<' in page
    assert "ส่งหลักฐาน DS700 ภายในวันศุกร์\n\n(พิมพ์ &#34;หยุดรับข่าว&#34;" in page  # as the worker will send it
    empty = await app_client.post("/admin/broadcasts/confirm", data={**form, "text": " "})
    assert empty.status == 400
    sent = await app_client.post("/admin/broadcasts", data=form, allow_redirects=False)
    assert sent.status == 303
    location = sent.headers["Location"]
    async with sessions_of(app_client)() as session:
        [broadcast] = (await session.scalars(select(Broadcast))).all()
    assert location == f"/admin/broadcasts/{broadcast.id}"
    assert (broadcast.agency, broadcast.author_admin_id) == (AGENCY_A, 2)
    progress = await (await app_client.get(f"/admin/api/broadcasts/{broadcast.id}")).json()
    assert progress["status"] == "queued" and not progress["finished"]
    assert (await app_client.get(location)).status == 200
    cancelled = await app_client.post(f"{location}/cancel", data={"csrf": csrf}, allow_redirects=False)
    assert cancelled.status == 303
    after = await (await app_client.get(f"/admin/api/broadcasts/{broadcast.id}")).json()
    assert after["status"] == "cancelled" and after["finished"]
    async with sessions_of(app_client)() as session:
        actions = [e.action for e in (await session.scalars(select(AuditEntry).order_by(AuditEntry.id))).all()]
    assert actions[-2:] == ["broadcast.create", "broadcast.cancel"]


async def test_another_agencys_broadcast_is_404(app_client: AppClient, tokens: Tokens,
                                                people: dict[str, int]) -> None:
    created = await app_client.post("/admin/api/broadcasts", headers=bearer(tokens.hr_b),
                                    json={"text": "ถึงกรมบี", "segment": {}})
    assert created.status == 201
    bid = (await created.json())["id"]
    assert (await app_client.get(f"/admin/api/broadcasts/{bid}", headers=bearer(tokens.hr_a))).status == 404
    assert (await app_client.get(f"/admin/api/broadcasts/{bid}", headers=bearer(tokens.hr_b))).status == 200
    refused = await app_client.post("/admin/api/broadcasts", headers=bearer(tokens.hr_a),
                                    json={"text": "ถึงกรมบี", "segment": {"agency": AGENCY_B}})
    assert refused.status == 404
    await login(app_client, tokens.hr_a)
    assert (await app_client.get(f"/admin/broadcasts/{bid}")).status == 404
    csrf = await csrf_of(app_client, "/admin/broadcasts")
    assert (await app_client.post(f"/admin/broadcasts/{bid}/cancel", data={"csrf": csrf})).status == 404
    listing = await (await app_client.get("/admin/broadcasts")).text()
    assert "ถึงกรมบี" not in listing


async def test_campaigns_are_created_listed_and_cancelled_in_scope(app_client: AppClient, tokens: Tokens,
                                                                   people: dict[str, int]) -> None:
    await login(app_client, tokens.hr_a)
    csrf = await csrf_of(app_client, "/admin/campaigns")
    due = (utcnow() + timedelta(days=30)).date().isoformat()
    form = {"csrf": csrf, "unit": "std-2567:DS700", "due": due}
    confirm = await app_client.post("/admin/campaigns/confirm", data=form)
    page = await confirm.text()
    assert 'id="confirm-count">9<' in page and "เตือนส่งหลักฐาน DS700" in page and "ยืนยันตั้งกำหนดส่ง" in page
    made = await app_client.post("/admin/campaigns", data=form, allow_redirects=False)
    assert made.status == 303
    bad = await app_client.post("/admin/campaigns", data={"csrf": csrf, "unit": "std-2567:DS700", "due": "soon"})
    assert bad.status == 400
    async with sessions_of(app_client)() as session:
        [campaign] = (await session.scalars(select(DeadlineCampaign))).all()
    assert (campaign.agency, campaign.user_count) == (AGENCY_A, 9)
    listing = await (await app_client.get("/admin/campaigns")).text()
    assert "std-2567:DS700" in listing and "<td>0/27</td>" in listing  # 9 people × 3 reminders, none sent yet
    app_client.session.cookie_jar.clear()
    await login(app_client, tokens.hr_b)
    csrf_b = await csrf_of(app_client, "/admin/campaigns")
    assert "std-2567:DS700</td>" not in await (await app_client.get("/admin/campaigns")).text()
    other = await app_client.post(f"/admin/campaigns/{campaign.id}/cancel", data={"csrf": csrf_b})
    assert other.status == 404


async def test_an_unknown_segment_value_is_refused_not_dropped(app_client: AppClient, tokens: Tokens,
                                                              people: dict[str, int]) -> None:
    await login(app_client, tokens.hr_a)
    csrf = await csrf_of(app_client, "/admin/broadcasts/new")
    text = "ส่งหลักฐาน DS700 ภายในวันศุกร์"
    for field, value in (("group", "Nobody"), ("phase", "Late"), ("platform", "web")):
        form = {"csrf": csrf, "text": text, field: value}
        for path in ("/admin/broadcasts/confirm", "/admin/broadcasts"):
            response = await app_client.post(path, data=form, allow_redirects=False)
            page = await response.text()
            assert response.status == 400, (path, field)
            assert "ไม่รู้จัก" in page and f"“{value}”" in page and text in page  # what was typed is kept
    # A known value next to an unknown one: the known one stays ticked on the form shown again.
    mixed = await app_client.post("/admin/broadcasts/confirm",
                                  data=[("csrf", csrf), ("text", text), ("group", "Executive"), ("group", "Nobody")])
    assert mixed.status == 400 and 'value="Executive" checked' in await mixed.text()
    count = await app_client.get("/admin/api/recipients?group=Nobody")
    assert count.status == 400 and (await count.json())["invalid"] == ["Nobody"]
    async with sessions_of(app_client)() as session:
        assert (await session.scalars(select(Broadcast))).all() == []


async def test_the_broadcast_api_refuses_unknown_keys_and_values(app_client: AppClient, tokens: Tokens,
                                                                people: dict[str, int]) -> None:
    async def post(body: object) -> tuple[int, dict[str, object]]:
        response = await app_client.post("/admin/api/broadcasts", headers=bearer(tokens.hr_a), json=body)
        return response.status, await response.json()

    for segment, field, invalid in (({"groups": ["Nobody"]}, "segment.groups", ["Nobody"]),
                                    ({"phases": ["Late"]}, "segment.phases", ["Late"]),
                                    ({"platforms": ["web"]}, "segment.platforms", ["web"]),
                                    ({"group": ["Executive"]}, "segment", ["group"]),
                                    ({"agencies": [AGENCY_A]}, "segment", ["agencies"]),
                                    ({"groups": "Nobody"}, "segment.groups", ["Nobody"])):
        status, error = await post({"text": "ทดสอบ", "segment": segment})
        assert (status, error["field"], error["invalid"]) == (400, field, invalid), segment
        assert "ไม่รู้จัก" in str(error["error"])
    for bad in ([], "", 0):
        status, error = await post({"text": "ทดสอบ", "segment": bad})
        assert (status, error["field"]) == (400, "segment"), bad
    status, error = await post({"text": "ทดสอบ", "segment": {"groups": [1]}})
    assert (status, error["field"]) == (400, "segment.groups")
    status, error = await post({"text": "ทดสอบ", "segmnet": {"groups": ["Executive"]}})
    assert (status, error["invalid"]) == (400, ["segmnet"])
    async with sessions_of(app_client)() as session:
        assert (await session.scalars(select(Broadcast))).all() == []
    # One group as a string is that group, never its letters.
    status, made = await post({"text": "ทดสอบ", "segment": {"groups": "Executive"}})
    assert status == 201
    async with sessions_of(app_client)() as session:
        broadcast = await session.get(Broadcast, made["id"])
        assert broadcast is not None and broadcast.segment["groups"] == ["Executive"]


async def test_people_api_without_a_unit_asks_for_one(app_client: AppClient, tokens: Tokens) -> None:
    response = await app_client.get("/admin/api/people", headers=bearer(tokens.hr_a))
    assert response.status == 400 and response.content_type == "application/json"
    body = await response.json()
    assert body["field"] == "unit" and "ระบุหน่วยสมรรถนะ" in body["error"] and "std-2567:DS700" in body["error"]
    wrong = await app_client.get("/admin/api/people?unit=std-2567:XX999", headers=bearer(tokens.hr_a))
    assert wrong.status == 400 and "XX999" in (await wrong.json())["error"]


async def test_a_buddhist_era_due_date_is_read_as_common_era(app_client: AppClient, tokens: Tokens,
                                                             people: dict[str, int]) -> None:
    await login(app_client, tokens.hr_a)
    csrf = await csrf_of(app_client, "/admin/campaigns")
    due = (utcnow() + timedelta(days=40)).date()
    for typed in (f"{due.year + 543}-{due.month:02d}-{due.day:02d}", f"{due.day}/{due.month}/{due.year + 543}"):
        form = {"csrf": csrf, "unit": "std-2567:DS700", "due": typed}
        confirm = await app_client.post("/admin/campaigns/confirm", data=form)
        page = await confirm.text()
        assert confirm.status == 200, page
        assert f'name="due" value="{due.isoformat()}"' in page and str(due.year + 543) in page
        assert str(due.year + 1086) not in page
    made = await app_client.post("/admin/campaigns", data=form, allow_redirects=False)
    assert made.status == 303
    async with sessions_of(app_client)() as session:
        [campaign] = (await session.scalars(select(DeadlineCampaign))).all()
    assert campaign.due_date == due


async def test_a_corrected_campaign_after_a_cancelled_one_reaches_everyone_counted(
        app_client: AppClient, tokens: Tokens, people: dict[str, int]) -> None:
    async with sessions_of(app_client).begin() as session:
        await Users(session).set_broadcast_opt_out(people["a0"], True)  # no broadcasts, but still a deadline
    await login(app_client, tokens.hr_a)
    csrf = await csrf_of(app_client, "/admin/campaigns")
    wrong = {"csrf": csrf, "unit": "std-2567:DS700", "due": (utcnow() + timedelta(days=300)).date().isoformat()}
    assert (await app_client.post("/admin/campaigns", data=wrong, allow_redirects=False)).status == 303
    async with sessions_of(app_client)() as session:
        [first] = (await session.scalars(select(DeadlineCampaign))).all()
    assert first.user_count == 9
    assert (await app_client.post(f"/admin/campaigns/{first.id}/cancel", data={"csrf": csrf},
                                  allow_redirects=False)).status == 303
    listing = await (await app_client.get("/admin/campaigns")).text()
    assert "ยกเลิกแล้ว" in listing and f'/admin/campaigns/{first.id}/cancel"' not in listing
    fixed = {**wrong, "due": (utcnow() + timedelta(days=30)).date().isoformat()}
    reach = await (await app_client.get("/admin/api/campaign-reach", params={"unit": "std-2567:DS700"})).json()
    broadcast = await (await app_client.get("/admin/api/recipients")).json()
    assert (reach["count"], broadcast["count"]) == (9, 8)  # the campaign includes the opted-out person
    confirm = await (await app_client.post("/admin/campaigns/confirm", data=fixed)).text()
    assert 'id="confirm-count">9<' in confirm and "รวมผู้ที่ปิดรับประกาศ" in confirm
    assert (await app_client.post("/admin/campaigns", data=fixed, allow_redirects=False)).status == 303
    async with sessions_of(app_client)() as session:
        second = (await session.scalars(select(DeadlineCampaign).where(DeadlineCampaign.id != first.id))).one()
        deadlines = (await session.scalars(select(EvidenceDeadline).where(EvidenceDeadline.status == "active"))).all()
    assert second.user_count == 9 == len(deadlines) and {d.campaign_id for d in deadlines} == {second.id}
    listing = await (await app_client.get("/admin/campaigns")).text()
    assert "<td>0/27</td>" in listing and f'/admin/campaigns/{second.id}/cancel"' in listing


async def test_campaign_form_errors_show_the_form_again_in_thai(app_client: AppClient, tokens: Tokens,
                                                               people: dict[str, int]) -> None:
    await login(app_client, tokens.hr_a)
    csrf = await csrf_of(app_client, "/admin/campaigns")
    today = utcnow().astimezone(BANGKOK).date()
    later = (today + timedelta(days=20)).isoformat()
    cases = (({"unit": "std-2567:DS700", "due": "soon"}, "ไม่ใช่วันที่"),
             ({"unit": "std-2567:DS700", "due": today.isoformat()}, "ต้องเป็นวันหลังจากวันนี้"),
             ({"unit": "std-2567:DS700", "due": (today - timedelta(days=3)).isoformat()}, "ต้องเป็นวันหลังจากวันนี้"),
             ({"unit": "nope", "due": later}, "ไม่พบหน่วยสมรรถนะ"),
             ({"unit": "std-2567:DS700", "due": later, "group": "Nobody"}, "“Nobody”"))
    for path in ("/admin/campaigns/confirm", "/admin/campaigns"):
        for fields, message in cases:
            response = await app_client.post(path, data={"csrf": csrf, **fields}, allow_redirects=False)
            page = await response.text()
            assert response.status == 400 and response.content_type == "text/html", (path, fields)
            assert message in page and 'role="alert"' in page and "<h1>กำหนดส่งหลักฐาน</h1>" in page
            assert f'value="{fields["due"]}"' in page  # what was typed is kept
            assert "กำหนดส่งวันนี้" not in page and "ยืนยันตั้งกำหนดส่ง" not in page
    kept = await app_client.post("/admin/campaigns/confirm",
                                 data={"csrf": csrf, "unit": "std-2567:DG200", "due": "soon", "group": "Academic"})
    page = await kept.text()
    assert '<option value="std-2567:DG200" selected>' in page and 'value="Academic" checked' in page
    async with sessions_of(app_client)() as session:
        assert (await session.scalars(select(DeadlineCampaign))).all() == []


async def test_cancelling_a_finished_broadcast_says_it_is_finished(app_client: AppClient, tokens: Tokens,
                                                                  people: dict[str, int]) -> None:
    created = await app_client.post("/admin/api/broadcasts", headers=bearer(tokens.hr_a),
                                    json={"text": "ส่งแล้ว", "segment": {}})
    bid = (await created.json())["id"]
    async with sessions_of(app_client).begin() as session:
        broadcast = await session.get(Broadcast, bid)
        assert broadcast is not None
        broadcast.status, broadcast.fanned_out_at, broadcast.finished_at = "done", utcnow(), utcnow()
    await login(app_client, tokens.hr_a)
    csrf = await csrf_of(app_client, f"/admin/broadcasts/{bid}")
    refused = await app_client.post(f"/admin/broadcasts/{bid}/cancel", data={"csrf": csrf}, allow_redirects=False)
    assert refused.status == 409 and "ส่งครบแล้ว จึงยกเลิกไม่ได้" in await refused.text()
    async with sessions_of(app_client)() as session:
        assert (await session.get(Broadcast, bid)).status == "done"  # type: ignore[union-attr]
        actions = [e.action for e in (await session.scalars(select(AuditEntry))).all()]
    assert "broadcast.cancel" not in actions
