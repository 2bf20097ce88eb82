"""The functional map of the occupational standard (ตารางแผนผังแสดงหน้าที่), two tab-separated tables.

Table 1 (key purpose → key roles → key functions), one row per key function::

    <key purpose, first row only> \t <role code> \t <role title> \t <function code> \t <function text>

A row with empty role cells continues the previous role. Table 2 (key function → unit → element)
repeats every key function with its text; its unit and element columns are all "N/A" in this
edition, so it adds no structure and serves as a cross-check of table 1 (same functions, same text
up to line-wrap spaces).

A function cell may hold several labelled parts ("DL มีภาวะผู้นำ… SPM กำหนดนโยบาย…"); they are
kept whole in ``title_th`` and also listed under ``parts``.
"""

from __future__ import annotations

import re
from typing import Any

from content.parsers._std_errors import StandardFormatError
from content.text import clean

TABLE1_HEADER = "ความมุ่งหมายหลัก Key Purpose"
TABLE2_HEADER = "หน้าที่หลัก Key Function"
COLUMN_HEADER = "รหัส"  # the second header row of both tables starts with it (after tabs)
NOT_GIVEN = "N/A"

_ROLE_CODE = re.compile(r"^\d{2}$")
_FUNCTION_CODE = re.compile(r"^[A-Za-z]+$")
# A label opening a part of a function cell: an upper-case code followed by Thai text.
_PART_LABEL = re.compile(r"(?:^|\s)([A-Z]{2,4})\s+(?=[\u0E00-\u0E7F])")
_WHITESPACE = re.compile(r"\s+")


def parse_functional_map(lines: list[str], source: str) -> dict[str, Any]:
    """``{"key_purpose", "key_roles": [{"code", "title_th", "functions": [{"code", "title_th",
    "parts"?}]}]}`` from table 1, checked against table 2."""
    purpose, roles = _table1(lines, source)
    _check_table2(roles, _table2(lines, source), source)
    return {"key_purpose": purpose, "key_roles": roles}


def _rows(lines: list[str], header: str, width: int, source: str) -> list[tuple[int, list[str]]]:
    """Rows (line number, cells) of every table that starts with ``header``; a table ends at a blank line."""
    rows: list[tuple[int, list[str]]] = []
    for start, line in enumerate(lines):
        if not line.startswith(header):
            continue
        if lines[start + 1].strip().split("\t")[0] != COLUMN_HEADER:
            raise StandardFormatError(source, start + 2, "table without its column header row")
        n = start + 2
        while n < len(lines) and lines[n].strip():
            cells = [clean(c) for c in lines[n].split("\t")]
            if len(cells) < width or any(cells[width:]):
                raise StandardFormatError(source, n + 1, f"expected {width} columns, got {len(cells)}")
            rows.append((n + 1, cells[:width]))
            n += 1
    if not rows:
        raise StandardFormatError(source, None, f"table {header!r} not found")
    return rows


def _table1(lines: list[str], source: str) -> tuple[str, list[dict[str, Any]]]:
    purpose = ""
    roles: list[dict[str, Any]] = []
    for n, (cell_purpose, role_code, role_title, code, text) in _rows(lines, TABLE1_HEADER, 5, source):
        if cell_purpose and (purpose or roles):
            raise StandardFormatError(source, n, "key purpose cell below the first row: columns shifted?")
        purpose = purpose or cell_purpose
        if role_code or role_title:
            if not _ROLE_CODE.match(role_code) or not role_title:
                raise StandardFormatError(source, n, f"bad key role {role_code!r} {role_title!r}")
            if any(r["code"] == role_code for r in roles):
                raise StandardFormatError(source, n, f"key role {role_code} twice")
            roles.append({"code": role_code, "title_th": role_title, "functions": []})
        if not roles or not _FUNCTION_CODE.match(code) or not text:
            raise StandardFormatError(source, n, f"bad key function row {code!r} {text[:30]!r}")
        function: dict[str, Any] = {"code": code, "title_th": text}
        parts = _parts(text)
        if parts:
            function["parts"] = parts
        roles[-1]["functions"].append(function)
    if not purpose:
        raise StandardFormatError(source, None, "no key purpose")
    return purpose, roles


def _parts(text: str) -> list[dict[str, str]]:
    """Labelled parts of a function cell, when the cell opens with a label."""
    labels = list(_PART_LABEL.finditer(text))
    if not labels or labels[0].start() != 0:
        return []
    ends = [m.start() for m in labels[1:]] + [len(text)]
    return [
        {"code": m.group(1), "title_th": text[m.end() : end].strip()}
        for m, end in zip(labels, ends, strict=True)
    ]


def _table2(lines: list[str], source: str) -> list[tuple[int, str, str]]:
    functions = []
    for n, (code, text, *rest) in _rows(lines, TABLE2_HEADER, 6, source):
        if any(cell != NOT_GIVEN for cell in rest):
            raise StandardFormatError(source, n, "table 2 now names units/elements: parse them")
        functions.append((n, code, text))
    return functions


def _check_table2(roles: list[dict[str, Any]], table2: list[tuple[int, str, str]], source: str) -> None:
    """Each function of table 1 must appear in table 2 with the same words (spaces aside)."""
    remaining = [(_WHITESPACE.sub("", f["code"] + f["title_th"]), f) for r in roles for f in r["functions"]]
    for n, code, text in table2:
        key = _WHITESPACE.sub("", code + text)
        match = [i for i, (k, _) in enumerate(remaining) if k == key]
        if not match:
            raise StandardFormatError(source, n, f"key function {code} differs from table 1: {text[:60]!r}")
        remaining.pop(match[0])
    if remaining:
        raise StandardFormatError(
            source, None, f"functions missing from table 2: {[f['code'] for _, f in remaining]}"
        )
