"""Dashboard, people, exports and the content owners' page, as an HR officer sees them."""

from __future__ import annotations

import csv
import io
import json

from openpyxl import load_workbook

from storage import MessageStats, OpenQuestions, Users
from tests.admin.conftest import AGENCY_A, AGENCY_B, AppClient, Tokens, bearer, csrf_of, login, sessions_of


async def test_dashboard_draws_charts_and_hides_small_groups(app_client: AppClient, tokens: Tokens,
                                                             people: dict[str, int]) -> None:
    await login(app_client, tokens.hr_a)
    page = await (await app_client.get("/admin/")).text()
    assert page.count("<svg") == 4 and "cdn" not in page.lower() and "kozea.github.io" not in page
    assert '<span class="n" id="registered">9</span>' in page  # agency A only, the one without consent included
    assert '<span class="n" id="consented">8</span>' in page
    assert "<td>std-2567:DS700</td><td>6</td><td>2.75</td>" in page
    app_client.session.cookie_jar.clear()
    await login(app_client, tokens.hr_b)
    page_b = await (await app_client.get("/admin/")).text()
    assert "<td>std-2567:DS700</td><td>&lt; 5</td><td>&lt; 5</td>" in page_b
    assert "Ua0" not in page_b


async def test_deleted_people_never_show_as_a_group_of_one(app_client: AppClient, tokens: Tokens,
                                                           people: dict[str, int]) -> None:
    async with sessions_of(app_client).begin() as session:
        report = await Users(session).delete_personal_data(people["a0"])
        assert report.assessment_answers == 2
    a = (await (await app_client.get("/admin/api/results", headers=bearer(tokens.hr_a))).json())["items"]
    assert a[0]["people"] == 6  # five live people and the anonymous sums of one deleted: still six
    # Agency B: its two people delete their data; the sums they leave are never a figure.
    async with sessions_of(app_client).begin() as session:
        for key in ("b0", "b1"):
            await Users(session).delete_personal_data(people[key])
    b = (await (await app_client.get("/admin/api/results", headers=bearer(tokens.hr_b))).json())["items"]
    assert b == [{"unit": "std-2567:DS700", "people": None, "mean": None, "suppressed": True}]
    export = await app_client.get("/admin/export/results.csv", headers=bearer(tokens.hr_b))
    assert (await export.text()).count("\n") == 1  # the header: nobody of B is left per person


async def test_people_page_lists_who_has_not_started(app_client: AppClient, tokens: Tokens,
                                                     people: dict[str, int]) -> None:
    await login(app_client, tokens.hr_a)
    page = await (await app_client.get("/admin/people?unit=std-2567:DS700&status=not_started")).text()
    assert "คุณ Ua-new" in page and "คุณ Ua0" not in page and "คุณ Ub-new" not in page
    assert "ยังไม่เริ่ม" in page


async def test_csv_export_has_a_bom_and_only_own_consented_people(app_client: AppClient, tokens: Tokens,
                                                                  people: dict[str, int]) -> None:
    response = await app_client.get("/admin/export/results.csv", headers=bearer(tokens.hr_a))
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    body = await response.read()
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0][:4] == ["platform", "platform_user_id", "display_name", "agency"]
    assert len(rows) == 1 + 6 * 2 and {r[3] for r in rows[1:]} == {AGENCY_A}
    assert {r[1] for r in rows[1:]} == {f"Ua{i}" for i in range(6)}
    aggregate = await app_client.get("/admin/export/results.csv?view=aggregate", headers=bearer(tokens.hr_b))
    agg_rows = list(csv.reader(io.StringIO((await aggregate.read()).decode("utf-8-sig"))))
    assert agg_rows[1] == [AGENCY_B, "std-2567", "DS700", "", "< 5", "< 5"]
    assert (await app_client.get("/admin/export/results.csv?view=nope", headers=bearer(tokens.hr_a))).status == 400


async def test_xlsx_export_has_both_sheets(app_client: AppClient, tokens: Tokens, people: dict[str, int]) -> None:
    response = await app_client.get("/admin/export/results.xlsx", headers=bearer(tokens.root))
    book = load_workbook(io.BytesIO(await response.read()))
    assert book.sheetnames == ["รายบุคคล", "สรุปรวม"]
    per_person = list(book["รายบุคคล"].iter_rows(values_only=True))
    assert len(per_person) == 1 + 8 * 2  # six of A and two of B, consented and finished
    summary = list(book["สรุปรวม"].iter_rows(values_only=True))
    assert summary[1] == ("ทุกหน่วยงาน", "std-2567", "DS700", None, "8", f"{37 / 16:.2f}")


async def test_content_page_shows_questions_and_makes_suggestions(app_client: AppClient, tokens: Tokens,
                                                                  people: dict[str, int]) -> None:
    async with sessions_of(app_client).begin() as session:
        await MessageStats(session).record("unit_info", True, AGENCY_A, "std-2567:DS700")
        await MessageStats(session).record("unknown", False, AGENCY_A)
        await OpenQuestions(session).record(people["a1"], AGENCY_A, "วิธีขอใบรับรอง", "unknown", 0.2)
        await OpenQuestions(session).record(people["b0"], AGENCY_B, "คำถามของกรมบี", "unknown", 0.1)
    await login(app_client, tokens.hr_a)
    page = await (await app_client.get("/admin/content")).text()
    assert page.count("<svg") == 3 and "วิธีขอใบรับรอง" in page and "คำถามของกรมบี" not in page
    assert "ข้อความทั้งหมด 2 · ตอบไม่ได้หรือไม่มั่นใจ 1" in page
    # Seven of agency A started DS700, six finished; the one who gave up had answered nothing.
    assert "<td>std-2567:DS700</td><td>7</td><td>6</td><td>14%</td><td>ข้อ 1</td>" in page
    csrf = await csrf_of(app_client, "/admin/content")
    done = await app_client.post("/admin/content/questions/1/suggest", data={"csrf": csrf, "intent": "search"},
                                 allow_redirects=False)
    assert done.status == 303
    page = await (await app_client.get("/admin/content")).text()
    assert "&#34;intent&#34;: &#34;search&#34;" in page or '"intent": "search"' in page
    other = await app_client.post("/admin/content/questions/2/suggest", data={"csrf": csrf, "intent": "search"})
    assert other.status == 404
    lines = await (await app_client.get("/admin/content/suggestions.jsonl")).text()
    assert [json.loads(line) for line in lines.splitlines()] == [
        {"text": "วิธีขอใบรับรอง", "intent": "search", "entities": {}}]
