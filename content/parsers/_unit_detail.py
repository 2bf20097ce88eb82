"""The layout of a detailed competency unit (รายละเอียดหน่วยสมรรถนะ) of the std-2567 standard.

Both detailed units (DS700 and DG-EJJM-026 / DL200) are web-page extractions of one form: a short
header (title, the qualification it belongs to), then eighteen numbered fields. Field 11 is the
element table, flattened to one table row per criterion::

    DS701                      element code (repeated on every row of the element)
    กำหนดวิธีการวัด...          element title (repeated too)
    1.1 ทบทวนกระบวนการให้บริการ criterion text (DS700 numbers it "element.criterion")
    DS701.01 191582            book code and system PC code

Every other field is a list of paragraphs / bullet items. Nothing is repaired here: a row that does
not fit raises ``StandardFormatError`` and is fixed in the unit's errata file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from content.parsers._std_errors import StandardFormatError
from content.text import arabic_digits, clean

# field number -> (how its heading starts, key in ``details``; None for the element table)
FIELDS: dict[int, tuple[str, str | None]] = {
    1: ("รหัสหน่วยสมรรถนะ", "document_code"),
    2: ("ชื่อหน่วยสมรรถนะ", "document_title"),
    3: ("ทบทวนครั้งที่", "revision"),
    4: ("สร้างใหม่", "revision_type"),
    5: ("สำหรับชื่ออาชีพและรหัสอาชีพ", "occupations"),
    6: ("คำอธิบายหน่วยสมรรถนะ", "description"),
    7: ("สำหรับระดับคุณวุฒิ", "level"),
    8: ("กลุ่มอาชีพ", "sector"),
    9: ("ชื่ออาชีพและรหัสอาชีพอื่น", "other_occupations"),
    10: ("ข้อกำหนดหรือกฎระเบียบที่เกี่ยวข้อง", "laws"),
    11: ("สมรรถนะย่อยและเกณฑ์การปฏิบัติงาน", None),
    12: ("ความรู้และทักษะก่อนหน้าที่จำเป็น", "prerequisites"),
    13: ("ทักษะและความรู้ที่ต้องการ", None),  # split into "skills" and "knowledge"
    14: ("หลักฐานที่ต้องการ", "evidence"),
    15: ("ขอบเขต", "range"),
    16: ("หน่วยสมรรถนะร่วม", "shared_units"),
    17: ("อุตสาหกรรมร่วม/กลุ่มอาชีพร่วม", "shared_sectors"),
    18: ("รายละเอียดกระบวนการและวิธีการประเมิน", "assessment"),
}
# Fields whose value follows the label on the heading line itself (one string, not a list).
INLINE_FIELDS = (1, 2, 3, 4, 7)
HEADER_END = "รายละเอียดหน่วยสมรรถนะ"
UNIT_HEADING = "หน่วยสมรรถนะ"
TABLE_HEADER_END = "(จากระบบ)"  # last line of the element table's column headings
SKILLS_HEADING = "(ก) ความต้องการด้านทักษะ"
KNOWLEDGE_HEADING = "(ข) ความต้องการด้านความรู้"
BULLETS = ("•", "−")

_HEADING = re.compile(r"^(\d{1,2})\.\s+(.*)$")
_ELEMENT_CODE = re.compile(r"^([A-Za-z]+)(\d+)$")
_CRITERION_CODES = re.compile(r"^([A-Za-z]+\d+)\.(\d{2})\s+(\S+)$")
_CRITERION_NUMBER = re.compile(r"^(\d+)\.(\d+)\s+")


@dataclass
class _Line:
    no: int  # 1-based line in the corrected source
    text: str  # cleaned


@dataclass
class _Field:
    no: int
    heading: _Line
    body: list[_Line] = field(default_factory=list)


def parse_unit_detail(text: str, source: str) -> dict[str, Any]:
    """Parse one detailed unit into ``unit_code`` (from its element series), ``title_th``, ``elements``
    and ``details`` (DETAIL_ASPECTS plus the form's other numbered fields)."""
    lines = [_Line(n, clean(raw)) for n, raw in enumerate(text.split("\n"), start=1)]
    lines = [line for line in lines if line.text]
    header, fields = _split_fields(lines, source)
    details: dict[str, Any] = {}
    elements: list[dict[str, Any]] = []
    for f in fields:
        key = FIELDS[f.no][1]
        if f.no == 11:
            elements = _parse_elements(f, source)
        elif f.no == 13:
            details["skills"], details["knowledge"] = _split_skills(f, source)
        elif f.no in INLINE_FIELDS and key is not None:
            details[key] = _inline_value(f, source)
        elif key is not None:
            details[key] = [_item(line.text) for line in f.body]
    title = details["document_title"]
    if header != [UNIT_HEADING, UNIT_HEADING, title, *header[3:]] or len(header) != 4:
        raise StandardFormatError(source, None, f"unexpected header {header!r} for unit {title!r}")
    details["standard_title"] = header[3]
    return {
        "unit_code": _check_series(elements, source),
        "title_th": title,
        "elements": elements,
        "details": details,
    }


def _split_fields(lines: list[_Line], source: str) -> tuple[list[str], list[_Field]]:
    """The header lines before "รายละเอียดหน่วยสมรรถนะ" and the 18 numbered fields, in order."""
    ends = [i for i, line in enumerate(lines) if line.text == HEADER_END]
    if len(ends) != 1:
        raise StandardFormatError(source, None, f"expected one {HEADER_END!r} line, found {len(ends)}")
    header = [line.text for line in lines[: ends[0]]]
    fields: list[_Field] = []
    for line in lines[ends[0] + 1 :]:
        m = _HEADING.match(line.text)
        expected = len(fields) + 1
        if m and int(m.group(1)) == expected and expected in FIELDS:
            label = FIELDS[expected][0]
            if not m.group(2).startswith(label):
                raise StandardFormatError(source, line.no, f"field {expected} should start with {label!r}")
            fields.append(_Field(expected, line))
        elif m and int(m.group(1)) in FIELDS:
            raise StandardFormatError(
                source, line.no, f"field {m.group(1)} out of order (expected {expected})"
            )
        elif not fields:
            raise StandardFormatError(source, line.no, "text before field 1")
        else:
            fields[-1].body.append(line)
    if len(fields) != len(FIELDS):
        raise StandardFormatError(
            source, None, f"found {len(fields)} numbered fields, expected {len(FIELDS)}"
        )
    return header, fields


def _inline_value(f: _Field, source: str) -> str:
    """The text after the label (field 4 has no label of its own: its text is the choice as printed)."""
    label = FIELDS[f.no][0]
    rest = _HEADING.match(f.heading.text)
    assert rest is not None  # _split_fields only makes fields of matching headings
    value = rest.group(2) if f.no == 4 else rest.group(2)[len(label) :].strip()
    if f.body:
        raise StandardFormatError(source, f.body[0].no, f"field {f.no} should have no text below it")
    return value


def _item(text: str) -> str:
    """A paragraph or bullet item without its bullet."""
    for bullet in BULLETS:
        if text.startswith(bullet):
            return text[len(bullet) :].strip()
    return text


def _split_skills(f: _Field, source: str) -> tuple[list[str], list[str]]:
    texts = [line.text for line in f.body]
    if SKILLS_HEADING not in texts or KNOWLEDGE_HEADING not in texts or texts[0] != SKILLS_HEADING:
        raise StandardFormatError(
            source, f.heading.no, "field 13 needs its (ก) skills and (ข) knowledge parts"
        )
    split = texts.index(KNOWLEDGE_HEADING)
    return [_item(t) for t in texts[1:split]], [_item(t) for t in texts[split + 1 :]]


def _parse_elements(f: _Field, source: str) -> list[dict[str, Any]]:
    body = f.body
    starts = [i for i, line in enumerate(body) if line.text == TABLE_HEADER_END]
    if not starts:
        raise StandardFormatError(source, f.heading.no, f"element table header {TABLE_HEADER_END!r} missing")
    elements: list[dict[str, Any]] = []
    i = starts[0] + 1
    while i < len(body):
        code_line = body[i]
        if not _ELEMENT_CODE.match(code_line.text):
            raise StandardFormatError(
                source, code_line.no, f"expected an element code, got {code_line.text!r}"
            )
        if i + 1 >= len(body) or _CRITERION_CODES.match(body[i + 1].text):
            raise StandardFormatError(source, code_line.no, "element code without a title")
        title = body[i + 1].text
        j = i + 2
        texts: list[str] = []
        while j < len(body) and not _CRITERION_CODES.match(body[j].text):
            if _ELEMENT_CODE.match(body[j].text):
                raise StandardFormatError(source, body[j].no, "element code inside a criterion's text")
            texts.append(body[j].text)
            j += 1
        if j >= len(body) or not texts:
            raise StandardFormatError(
                source, code_line.no, f"row of {code_line.text} lacks criterion or codes"
            )
        element = _element_for(elements, code_line, title, source)
        element["criteria"].append(_criterion(element, len(elements), " ".join(texts), body[j], source))
        i = j + 1
    return elements


def _element_for(elements: list[dict[str, Any]], code_line: _Line, title: str, source: str) -> dict[str, Any]:
    """The element this table row belongs to: the previous row's, or a new one."""
    code = code_line.text
    if elements and elements[-1]["code"] == code:
        if elements[-1]["title_th"] != title:
            raise StandardFormatError(
                source, code_line.no, f"{code} titled {title!r} and {elements[-1]['title_th']!r}"
            )
        return elements[-1]
    if any(e["code"] == code for e in elements):
        raise StandardFormatError(source, code_line.no, f"rows of {code} are not together (page order?)")
    element: dict[str, Any] = {"code": code, "title_th": title, "criteria": []}
    elements.append(element)
    return element


def _criterion(element: dict[str, Any], ordinal: int, text: str, codes: _Line, source: str) -> dict[str, Any]:
    m = _CRITERION_CODES.match(codes.text)
    assert m is not None  # the caller stopped on a codes line
    prefix, number, system = m.groups()
    expected = len(element["criteria"]) + 1
    if prefix != element["code"]:
        raise StandardFormatError(source, codes.no, f"criterion {codes.text} under element {element['code']}")
    if int(number) != expected:
        raise StandardFormatError(
            source, codes.no, f"criterion {prefix}.{number}: expected number {expected:02d}"
        )
    if not arabic_digits(system).isascii() or not arabic_digits(system).isdigit():
        raise StandardFormatError(source, codes.no, f"system PC code {system!r} is not a number")
    numbered = _CRITERION_NUMBER.match(text)
    if numbered:  # DS700 numbers criteria "element.criterion": it must agree with the book code
        if (int(numbered.group(1)), int(numbered.group(2))) != (ordinal, expected):
            raise StandardFormatError(source, codes.no, f"criterion numbered {numbered.group(0).strip()!r}")
        text = text[numbered.end() :]
    return {"code": f"{prefix}.{number}", "text_th": text, "system_code": arabic_digits(system)}


def _check_series(elements: list[dict[str, Any]], source: str) -> str:
    """The unit code the elements' series implies (DS701.. -> DS700); elements must be consecutive and
    system PC codes unique and consecutive in document order."""
    if not elements:
        raise StandardFormatError(source, None, "no elements")
    m = _ELEMENT_CODE.match(elements[0]["code"])
    assert m is not None
    prefix, base = m.group(1), int(m.group(2)) // 100 * 100
    for n, element in enumerate(elements, start=1):
        if element["code"] != f"{prefix}{base + n}":
            raise StandardFormatError(source, None, f"element {element['code']}: expected {prefix}{base + n}")
    systems = [int(c["system_code"]) for e in elements for c in e["criteria"]]
    if systems != list(range(systems[0], systems[0] + len(systems))):
        raise StandardFormatError(source, None, f"system PC codes not unique and consecutive: {systems}")
    return f"{prefix}{base}"
