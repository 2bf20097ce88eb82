"""Who may see what: tokens, sessions, CSRF, cookie flags, agency scope on every endpoint."""

from __future__ import annotations

import re
from datetime import timedelta
from http.cookies import SimpleCookie

import pytest
from sqlalchemy import select

from storage import AuditEntry, Handoffs, Users, utcnow
from tests.admin.conftest import (
    AGENCY_A,
    AGENCY_B,
    AppClient,
    Tokens,
    bearer,
    csrf_of,
    login,
    sessions_of,
)

API_GETS = ("/admin/api/me", "/admin/api/people?unit=std-2567:DS700", "/admin/api/results", "/admin/api/handoffs",
            "/admin/export/results.csv", "/admin/export/results.xlsx")


@pytest.mark.parametrize("path", API_GETS)
async def test_missing_wrong_or_revoked_token_is_401(app_client: AppClient, tokens: Tokens, path: str) -> None:
    for headers in ({}, bearer("not-a-token"), bearer(tokens.revoked), {"Authorization": "Basic eDp5"}):
        response = await app_client.get(path, headers=headers, allow_redirects=False)
        if not headers and path.startswith("/admin/export/"):
            assert response.status == 302  # a browser without a session is sent to the login page
        else:
            assert response.status == 401, (path, headers)
    ok = await app_client.get(path, headers=bearer(tokens.hr_a))
    assert ok.status == 200


async def test_api_says_who_you_are(app_client: AppClient, tokens: Tokens) -> None:
    response = await app_client.get("/admin/api/me", headers=bearer(tokens.hr_a))
    assert await response.json() == {"id": 2, "name": "HR เอ", "role": "agency_hr", "agency": AGENCY_A}


async def test_people_only_consented_and_only_own_agency(app_client: AppClient, tokens: Tokens,
                                                         people: dict[str, int]) -> None:
    url = "/admin/api/people?unit=std-2567:DS700&status=not_started"
    items = (await (await app_client.get(url, headers=bearer(tokens.hr_a))).json())["items"]
    assert [i["platform_user_id"] for i in items] == ["Ua-new"]
    assert set(items[0]) >= {"platform", "platform_user_id", "display_name", "agency", "group", "phase", "status"}
    assert (items[0]["platform"], items[0]["agency"], items[0]["group"], items[0]["phase"], items[0]["status"]) == (
        "line", AGENCY_A, "Executive", "Early", "not_started")
    every = (await (await app_client.get("/admin/api/people?unit=std-2567:DS700",
                                         headers=bearer(tokens.hr_a))).json())["items"]
    assert {i["agency"] for i in every} == {AGENCY_A}
    assert "Ua-noconsent" not in {i["platform_user_id"] for i in every}
    assert sorted(i["status"] for i in every).count("finished") == 6
    assert [i["status"] for i in every if i["platform_user_id"] == "Ua-progress"] == ["in_progress"]
    # Asking for another agency returns nothing of it.
    other = await app_client.get(f"/admin/api/people?unit=std-2567:DS700&agency={AGENCY_B}",
                                 headers=bearer(tokens.hr_a))
    assert (await other.json())["items"] == []
    # A super admin sees every agency, or the one asked for.
    root_all = (await (await app_client.get("/admin/api/people?unit=std-2567:DS700&status=not_started",
                                            headers=bearer(tokens.root))).json())["items"]
    assert {i["platform_user_id"] for i in root_all} == {"Ua-new", "Ub-new"}
    root_b = await app_client.get(f"/admin/api/people?unit=std-2567:DS700&agency={AGENCY_B}",
                                  headers=bearer(tokens.root))
    assert {i["agency"] for i in (await root_b.json())["items"]} == {AGENCY_B}


async def test_people_rejects_bad_parameters(app_client: AppClient, tokens: Tokens) -> None:
    for query in ("", "?unit=DS700", "?unit=std-2567:NOPE", "?unit=std-2567:DS700&status=maybe"):
        response = await app_client.get(f"/admin/api/people{query}", headers=bearer(tokens.hr_a))
        assert response.status == 400, query


async def test_results_suppress_small_groups(app_client: AppClient, tokens: Tokens, people: dict[str, int]) -> None:
    a = (await (await app_client.get("/admin/api/results", headers=bearer(tokens.hr_a))).json())["items"]
    assert a == [{"unit": "std-2567:DS700", "people": 6, "mean": pytest.approx((3 * 3 + 3 * 4 + 6 * 2) / 12),
                  "suppressed": False}]
    b = (await (await app_client.get("/admin/api/results", headers=bearer(tokens.hr_b))).json())["items"]
    assert b == [{"unit": "std-2567:DS700", "people": None, "mean": None, "suppressed": True}]


async def test_handoffs_of_another_agency_are_404(app_client: AppClient, tokens: Tokens,
                                                  people: dict[str, int]) -> None:
    async with sessions_of(app_client).begin() as session:
        person = await Users(session).require(people["b0"])
        handoff = await Handoffs(session).open(person)
        await Handoffs(session).add_message(handoff.id, "user", "ขอคุยกับเจ้าหน้าที่")
    hid = handoff.id
    for method, path, kwargs in (("GET", f"/admin/api/handoffs/{hid}", {}),
                                 ("POST", f"/admin/api/handoffs/{hid}/reply", {"json": {"text": "สวัสดี"}}),
                                 ("POST", f"/admin/api/handoffs/{hid}/close", {}),
                                 ("GET", "/admin/api/handoffs/999", {})):
        response = await app_client.request(method, path, headers=bearer(tokens.hr_a), **kwargs)
        assert response.status == 404, path
    listed = await (await app_client.get("/admin/api/handoffs", headers=bearer(tokens.hr_a))).json()
    assert listed["items"] == []
    mine = await (await app_client.get(f"/admin/api/handoffs/{hid}", headers=bearer(tokens.hr_b))).json()
    assert [m["text"] for m in mine["history"]] == ["ขอคุยกับเจ้าหน้าที่"]
    await login(app_client, tokens.hr_a)
    page = await app_client.get(f"/admin/handoffs/{hid}")
    assert page.status == 404


async def test_login_sets_a_strict_httponly_cookie_and_logout_ends_it(app_client: AppClient, tokens: Tokens) -> None:
    assert (await app_client.get("/admin/", allow_redirects=False)).status == 302
    csrf = await csrf_of(app_client, "/admin/login")
    response = await app_client.post("/admin/login", data={"token": tokens.hr_a, "csrf": csrf},
                                     allow_redirects=False)
    assert response.status == 303
    cookie = SimpleCookie()
    cookie.load(response.headers["Set-Cookie"])
    morsel = cookie["admin_session"]
    assert morsel["httponly"] is True and morsel["samesite"] == "Strict" and morsel["path"] == "/admin"
    assert int(morsel["max-age"]) == 8 * 3600
    assert (await app_client.get("/admin/", allow_redirects=False)).status == 200
    csrf = await csrf_of(app_client, "/admin/")
    out = await app_client.post("/admin/logout", data={"csrf": csrf}, allow_redirects=False)
    assert out.status == 303
    assert (await app_client.get("/admin/", allow_redirects=False)).status == 302


async def test_wrong_or_revoked_token_cannot_log_in(app_client: AppClient, tokens: Tokens) -> None:
    for token in ("nonsense", tokens.revoked):
        csrf = await csrf_of(app_client, "/admin/login")
        response = await app_client.post("/admin/login", data={"token": token, "csrf": csrf}, allow_redirects=False)
        assert response.status == 401
        assert "โทเคนไม่ถูกต้อง" in await response.text()
    assert (await app_client.get("/admin/", allow_redirects=False)).status == 302


async def test_forms_without_the_csrf_token_are_refused(app_client: AppClient, tokens: Tokens,
                                                        people: dict[str, int]) -> None:
    no_csrf = await app_client.post("/admin/login", data={"token": tokens.hr_a}, allow_redirects=False)
    assert no_csrf.status == 403
    await login(app_client, tokens.hr_a)
    async with sessions_of(app_client).begin() as session:
        handoff = await Handoffs(session).open(await Users(session).require(people["a0"]))
    for path, data in ((f"/admin/handoffs/{handoff.id}/reply", {"text": "hi"}), ("/admin/logout", {}),
                       (f"/admin/handoffs/{handoff.id}/close", {"csrf": "forged"})):
        response = await app_client.post(path, data=data, allow_redirects=False)
        assert response.status == 403, path
    async with sessions_of(app_client)() as session:
        assert await Handoffs(session).messages(handoff.id) == []
    assert (await app_client.get("/admin/", allow_redirects=False)).status == 200  # still logged in


async def test_revoking_an_admin_ends_their_session(app_client: AppClient, tokens: Tokens) -> None:
    await login(app_client, tokens.hr_a)
    assert (await app_client.get("/admin/", allow_redirects=False)).status == 200
    async with sessions_of(app_client).begin() as session:
        from storage import Admins

        await Admins(session).revoke(2)
    assert (await app_client.get("/admin/", allow_redirects=False)).status == 302


async def test_sessions_expire(app_client: AppClient, tokens: Tokens, monkeypatch: pytest.MonkeyPatch) -> None:
    await login(app_client, tokens.hr_a)
    assert (await app_client.get("/admin/", allow_redirects=False)).status == 200
    later = utcnow() + timedelta(hours=8, minutes=1)  # ADMIN_SESSION_MAX_AGE is 8 hours by default
    monkeypatch.setattr("bot.admin.auth.utcnow", lambda: later)
    assert (await app_client.get("/admin/", allow_redirects=False)).status == 302
    monkeypatch.undo()
    assert (await app_client.get("/admin/", allow_redirects=False)).status == 302  # the session is gone


async def test_audit_page_is_for_super_admins(app_client: AppClient, tokens: Tokens) -> None:
    await login(app_client, tokens.hr_a)
    assert (await app_client.get("/admin/audit")).status == 404
    app_client.session.cookie_jar.clear()
    await login(app_client, tokens.root)
    page = await app_client.get("/admin/audit")
    text = await page.text()
    assert page.status == 200 and "login" in text and "HR เอ" in text
    async with sessions_of(app_client)() as session:
        actions = [(e.admin_id, e.action) for e in (await session.scalars(select(AuditEntry))).all()]
    assert (2, "login") in actions and (1, "login") in actions


SCOPED_GETS = ("/admin/", "/admin/people?unit=std-2567:DS700", "/admin/content", "/admin/handoffs",
               "/admin/api/people?unit=std-2567:DS700", "/admin/api/results", "/admin/api/handoffs",
               "/admin/export/results.csv", "/admin/export/results.csv?view=aggregate")


@pytest.mark.parametrize("path", SCOPED_GETS)
async def test_no_endpoint_shows_another_agency(app_client: AppClient, tokens: Tokens, people: dict[str, int],
                                                path: str) -> None:
    async with sessions_of(app_client).begin() as session:
        person = await Users(session).require(people["b0"])
        await Handoffs(session).open(person)
    await login(app_client, tokens.hr_a)
    for query in ("", f"{'&' if '?' in path else '?'}agency={AGENCY_B}"):
        response = await app_client.get(path + query)
        assert response.status == 200, path + query
        # (a form's random CSRF token may hold "Ub0" by chance: the tokens are not what is checked)
        body = _TOKEN.sub("", await response.text())
        assert AGENCY_B not in body and "Ub0" not in body and "Ub-new" not in body, path + query


_TOKEN = re.compile(r"[A-Za-z0-9_-]{32,}")  # a random token (secrets.token_urlsafe)


async def test_a_cookie_copied_before_logout_no_longer_opens_a_page(app_client: AppClient, tokens: Tokens) -> None:
    await login(app_client, tokens.hr_a)
    copied = {c.key: c.value for c in app_client.session.cookie_jar}
    assert "admin_session" in copied
    csrf = await csrf_of(app_client, "/admin/")
    assert (await app_client.post("/admin/logout", data={"csrf": csrf}, allow_redirects=False)).status == 303
    app_client.session.cookie_jar.clear()
    app_client.session.cookie_jar.update_cookies(copied)
    for path in ("/admin/", "/admin/people"):
        assert (await app_client.get(path, allow_redirects=False)).status == 302, path
    assert (await app_client.get("/admin/api/me", allow_redirects=False)).status == 401
    # Another login (another device) is a session of its own and still works.
    app_client.session.cookie_jar.clear()
    await login(app_client, tokens.hr_a)
    assert (await app_client.get("/admin/", allow_redirects=False)).status == 200


async def test_audit_log_shows_thai_details_as_thai(app_client: AppClient, tokens: Tokens) -> None:
    created = await app_client.post("/admin/api/broadcasts", headers=bearer(tokens.root),
                                    json={"text": "ทดสอบ", "segment": {"agency": AGENCY_A}})
    assert created.status == 201
    await login(app_client, tokens.root)
    page = await (await app_client.get("/admin/audit")).text()
    assert AGENCY_A in page and "\\u0e" not in page


async def test_admin_errors_are_in_thai(app_client: AppClient, tokens: Tokens, people: dict[str, int]) -> None:
    await login(app_client, tokens.hr_a)
    forged = await app_client.post("/admin/logout", data={"csrf": "forged"}, allow_redirects=False)
    assert forged.status == 403 and "โหลดหน้าใหม่" in await forged.text()
    missing = await app_client.get("/admin/handoffs/999999")
    assert missing.status == 404 and "ไม่พบการสนทนา" in await missing.text()
    people_page = await app_client.get("/admin/people?status=nope")
    assert people_page.status == 400 and "สถานะ" in await people_page.text()
    api = await app_client.get("/admin/api/people?unit=std-2567:DS700&status=nope")
    assert api.status == 400 and "สถานะ" in (await api.json())["error"]
