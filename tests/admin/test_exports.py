"""Exports: cells a spreadsheet would run as formulas stay text; the unit filter."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from bot.admin.exports import safe_cell
from storage import Users
from tests.admin.conftest import AGENCY_A, AppClient, Tokens, add_person, bearer, sessions_of

EVIL_NAME = '=HYPERLINK("http://evil.example","x")'
EVIL_AGENCY = "@SUM(1+1)*cmd|' /C calc'!A0"


async def _evil_people(client: AppClient) -> None:
    async with sessions_of(client).begin() as session:
        for i, (name, agency) in enumerate(((EVIL_NAME, EVIL_AGENCY), ("+1+2", EVIL_AGENCY), ("-3", EVIL_AGENCY),
                                            ("\tx", EVIL_AGENCY), ("\r=1", EVIL_AGENCY), ("ok", EVIL_AGENCY))):
            uid = await add_person(session, f"Uevil{i}", agency, ratings={"DS701.01": 3, "DS701.02": 2})
            await Users(session)._update(uid, display_name=name)


def test_safe_cell_quotes_formula_starts_only() -> None:
    for bad in ("=1+1", "+1", "-1", "@A1", "\t=1", "\r=1", EVIL_NAME):
        assert safe_cell(bad) == "'" + bad
    for fine in ("คุณ ก", "กรม=เอ", "", "< 5", "2.50", 3, None, 1.5):
        assert safe_cell(fine) == fine


async def test_csv_export_neutralises_formulas(app_client: AppClient, tokens: Tokens) -> None:
    await _evil_people(app_client)
    response = await app_client.get("/admin/export/results.csv", headers=bearer(tokens.root))
    rows = list(csv.reader(io.StringIO((await response.read()).decode("utf-8-sig"))))[1:]
    names = {r[2] for r in rows}
    assert names == {"'" + EVIL_NAME, "'+1+2", "'-3", "'\tx", "'\r=1", "ok"}
    assert {r[3] for r in rows} == {"'" + EVIL_AGENCY}
    assert {r[9] for r in rows} == {"3", "2"}  # ratings untouched
    aggregate = await app_client.get("/admin/export/results.csv", params={"view": "aggregate", "agency": EVIL_AGENCY},
                                     headers=bearer(tokens.root))
    agg = list(csv.reader(io.StringIO((await aggregate.read()).decode("utf-8-sig"))))[1:]
    assert agg and {r[0] for r in agg} == {"'" + EVIL_AGENCY}


async def test_xlsx_export_neutralises_formulas(app_client: AppClient, tokens: Tokens) -> None:
    await _evil_people(app_client)
    response = await app_client.get("/admin/export/results.xlsx", headers=bearer(tokens.root))
    book = load_workbook(io.BytesIO(await response.read()))
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    per_person = list(book["รายบุคคล"].iter_rows(values_only=True))[1:]
    assert {r[2] for r in per_person} >= {"'" + EVIL_NAME, "'-3"}
    assert all(isinstance(r[9], int) for r in per_person)


async def test_exports_keep_only_the_unit_asked_for(app_client: AppClient, tokens: Tokens,
                                                    people: dict[str, int]) -> None:
    async with sessions_of(app_client).begin() as session:
        for i in range(2):
            await add_person(session, f"Udl{i}", AGENCY_A, ratings={"DL201.1": 4}, unit=("ocsc-2561", "DL200"))
    wanted = {"unit": "ocsc-2561:DL200"}
    csv_people = await app_client.get("/admin/export/results.csv", params=wanted, headers=bearer(tokens.hr_a))
    rows = list(csv.reader(io.StringIO((await csv_people.read()).decode("utf-8-sig"))))[1:]
    assert len(rows) == 2 and {(r[6], r[7]) for r in rows} == {("ocsc-2561", "DL200")}
    aggregate = await app_client.get("/admin/export/results.csv", params={**wanted, "view": "aggregate"},
                                     headers=bearer(tokens.hr_a))
    agg = list(csv.reader(io.StringIO((await aggregate.read()).decode("utf-8-sig"))))[1:]
    assert agg and {(r[1], r[2]) for r in agg} == {("ocsc-2561", "DL200")}
    book = load_workbook(io.BytesIO(await (await app_client.get("/admin/export/results.xlsx", params=wanted,
                                                                headers=bearer(tokens.hr_a))).read()))
    for sheet in book.worksheets:
        assert {(r[-5 if sheet.title == "รายบุคคล" else 1], r[-4 if sheet.title == "รายบุคคล" else 2])
                for r in list(sheet.iter_rows(values_only=True))[1:]} == {("ocsc-2561", "DL200")}
    everything = await app_client.get("/admin/export/results.csv", headers=bearer(tokens.hr_a))
    assert len(list(csv.reader(io.StringIO((await everything.read()).decode("utf-8-sig"))))) == 1 + 12 + 2
    wrong = await app_client.get("/admin/export/results.csv?unit=std-2567:XX999", headers=bearer(tokens.hr_a))
    assert wrong.status == 400 and "ไม่พบหน่วยสมรรถนะ" in await wrong.text()
