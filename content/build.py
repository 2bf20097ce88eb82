"""Build ``content/catalog.json`` from the sources, their errata and the parsers.

The build is deterministic: the same sources and errata give byte-identical JSON, and the catalog
version is a hash of that content.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from content import synonyms
from content.parsers import ocsc, pmqa, standard
from content.parsers._ocsc_common import plain
from content.parsers._ocsc_roles import GROUP_HEADING, PHASE_HEADING

CONTENT_DIR = Path(__file__).parent
SOURCES_DIR = CONTENT_DIR / "sources"
CATALOG_PATH = CONTENT_DIR / "catalog.json"

FRAMEWORKS: list[dict[str, str]] = [
    {
        "id": "ocsc-2561",
        "title_th": "ทักษะด้านดิจิทัลของข้าราชการและบุคลากรภาครัฐ (สำนักงาน ก.พ. พ.ศ. 2561)",
        "title_en": "OCSC digital skills of civil servants (2018)",
        "source": ocsc.SOURCE,
    },
    {
        "id": "std-2567",
        "title_th": "มาตรฐานสมรรถนะผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ",
        "title_en": "Occupational standard for government IT executives",
        "source": standard.SOURCE,
    },
    {
        "id": "pmqa-4.0",
        "title_th": "เกณฑ์การประเมินสถานะการเป็นระบบราชการ 4.0 (PMQA 4.0) ฉบับปรับปรุง พ.ศ. 2565",
        "title_en": "PMQA 4.0 assessment criteria (revised 2022)",
        "source": pmqa.SOURCE,
    },
]


def build(sources_dir: Path = SOURCES_DIR) -> dict[str, Any]:
    """Parse every source and assemble the catalog dictionary (see ``content.schema``)."""
    ocsc_part, std_part = ocsc.parse(sources_dir), standard.parse(sources_dir)
    parts = [ocsc_part, std_part]
    catalog: dict[str, Any] = {
        "frameworks": FRAMEWORKS,
        "areas": [a for p in parts for a in p.get("areas", [])],
        "units": [u for p in parts for u in p.get("units", [])],
        "roles": [r for p in parts for r in p.get("roles", [])],
        "items": [i for p in parts for i in p.get("items", [])],
        "functional_map": std_part.get("functional_map", {}),
        "audience": std_part.get("audience", {}),
        "letter": ocsc_part.get("letter", []),
        "pmqa": pmqa.parse(sources_dir),
    }
    texts = {fw["source"]: (sources_dir / fw["source"]).read_text(encoding="utf-8").split("\n") for fw in FRAMEWORKS}
    catalog["sources"] = source_lines(catalog["units"], texts, sources_dir) | role_lines(texts) | \
        area_lines(catalog["areas"], texts)
    catalog["synonyms"] = synonyms.synonyms(catalog["areas"])
    catalog["version"] = content_hash(catalog)
    return catalog


def _first_line(lines: list[str], code: str, title: str) -> int | None:
    """The first line naming ``code`` next to the start of ``title`` (1-based), else the first naming it."""
    pattern = re.compile(rf"(?<![A-Za-z0-9.]){re.escape(code)}(?![0-9.])")
    head = title[:12]
    first = None
    for number, line in enumerate(lines, start=1):
        if pattern.search(line):
            if head and head in line:
                return number
            first = first or number
    return first


def _field_lines(lines: list[str], details: dict[str, Any]) -> dict[str, int]:
    """The line where each detail field's text starts in its document (its first entry's words)."""
    out: dict[str, int] = {}
    for field, value in details.items():
        entries = [v for v in value[:3] if isinstance(v, str)] if isinstance(value, list) else []
        # The first entry the document holds as written (an erratum may have corrected the first one's words).
        for entry in entries:
            words = " ".join(entry.split()[:3])[:24]
            number = next((n for n, line in enumerate(lines, start=1) if words in " ".join(line.split())), None) \
                if len(words) >= 6 else None
            if number:
                out[field] = number
                break
    return out


def _heading_above(lines: list[str], number: int) -> str:
    """The heading a field's text sits under (the nearest line above it that is not a list entry), as
    a person would cite the section: "(ข) ความต้องการด้านความรู้"."""
    for line in reversed(lines[: number - 1]):
        text = " ".join(re.sub(r"<[^>]+>", " ", line).split())
        if text and not text.startswith(("•", "-", "−", "–", "·")):
            return text if len(text) <= 80 else ""
    return ""


def source_lines(units: list[dict[str, Any]], texts: Mapping[str, list[str]],
                 sources_dir: Path) -> dict[str, dict[str, Any]]:
    """Where each unit is in its documents (``texts``: each framework's source, as lines), so that an answer can cite
    it: "FW:CODE" -> {"file", "line"}, plus "detail_file"/"detail_line" for a unit published in its own detailed
    document (read from ``sources_dir``)."""
    detailed = {name: (sources_dir / name).read_text(encoding="utf-8").split("\n")
                for name in standard.DETAILED_SOURCES}
    source_of = {fw["id"]: fw["source"] for fw in FRAMEWORKS}
    out: dict[str, dict[str, Any]] = {}
    for unit in units:
        file = source_of[unit["framework"]]
        entry: dict[str, Any] = {"file": file, "line": _first_line(texts[file], unit["code"], unit["title_th"])}
        for name, lines in detailed.items():
            if unit.get("details") and any(alias in name for alias in (unit["code"], *unit.get("aliases", ()))):
                entry["detail_file"] = name
                found = (_first_line(lines, code, "") for code in (unit["code"], *unit.get("aliases", ())))
                entry["detail_line"] = next((n for n in found if n), 1)
                entry["detail_lines"] = _field_lines(lines, unit["details"])
                entry["detail_headings"] = {field: heading for field, number in entry["detail_lines"].items()
                                            if (heading := _heading_above(lines, number))}
                # The elements and criteria come from the detailed document too: where its first element is.
                first_element = unit["elements"][0]["code"] if unit.get("elements") else ""
                if first_element and (line := _first_line(lines, first_element, "")):
                    entry["detail_lines"]["criteria"] = line
        out[f"{unit['framework']}:{unit['code']}"] = entry
    return out


_CONTENTS_LINE = re.compile(r"\t[๐-๙\d]+\s*$")  # a table of contents' line ends with its page number


def area_lines(areas: list[dict[str, Any]], texts: Mapping[str, list[str]]) -> dict[str, dict[str, Any]]:
    """Where each area is described in its framework's document, to cite: "area:FW:CODE" -> {"file", "line"}: the
    table row whose cell is its code (the standard's functional map), else the first line with its title that is not
    the table of contents' (the letter's)."""
    source_of = {fw["id"]: fw["source"] for fw in FRAMEWORKS}
    out: dict[str, dict[str, Any]] = {}
    for area in areas:
        file = source_of[area["framework"]]
        head, cell = area["title_th"][:20], re.compile(rf"(?:^|\t){re.escape(area['code'])}(?:\t|$)")
        line = next((n for n, text in enumerate(texts[file], 1) if cell.search(text)), None) or \
            next((n for n, text in enumerate(texts[file], 1) if head in text and not _CONTENTS_LINE.search(text)), None)
        if line is not None:
            out[f"area:{area['framework']}:{area['code']}"] = {"file": file, "line": line}
    return out


def role_lines(texts: Mapping[str, list[str]]) -> dict[str, dict[str, Any]]:
    """Where the letter's chapter 3 and each role in it are, to cite: "role:PHASE:GROUP" (and "role:overview", the
    chapter) -> {"file", "line", "section"}, the section as a person cites it ("หมวดที่ ๓ ข้อ ๑ ก.")."""
    out: dict[str, dict[str, Any]] = {}
    chapter, phase = "", ("", "")
    for number, raw in enumerate(texts[ocsc.SOURCE], 1):
        text = plain(raw)
        if text.startswith("หมวดที่ ๓ ") and not chapter and not re.search(r"\s[๐-๙\d]+$", text):  # not its contents line
            chapter = "หมวดที่ ๓"
            out["role:overview"] = {"file": ocsc.SOURCE, "line": number, "section": chapter}
        elif chapter and (found := PHASE_HEADING.match(text)):
            phase = (text[0], found.group(1))
        elif chapter and phase[1] and (found := GROUP_HEADING.match(text)):
            section = f"{chapter} ข้อ {phase[0]} {text[0]}."
            out[f"role:{phase[1]}:{found.group(1)}"] = {"file": ocsc.SOURCE, "line": number, "section": section}
    return out


def content_hash(catalog: dict[str, Any]) -> str:
    body = {k: v for k, v in catalog.items() if k != "version"}
    return hashlib.sha256(dumps(body).encode("utf-8")).hexdigest()[:12]


def dumps(catalog: dict[str, Any]) -> str:
    return json.dumps(catalog, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write(path: Path = CATALOG_PATH) -> dict[str, Any]:
    catalog = build()
    path.write_text(dumps(catalog), encoding="utf-8")
    return catalog


def is_current(path: Path = CATALOG_PATH) -> bool:
    """True when the committed catalog equals a fresh build."""
    return path.exists() and path.read_text(encoding="utf-8") == dumps(build())
