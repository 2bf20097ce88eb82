"""Pieces every answer shares: framework labels, lines for criteria and detail fields, node lookup."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from bot.dialog.phrases import say
from content.catalog import FRAMEWORK_PRIORITY, Catalog
from content.documents import document_name
from content.model import Criterion, Element, Node, Unit

BULLET = "•"
DETAILED_FRAMEWORK = "std-2567"  # the standard whose units have detailed documents
# Sub-headings inside detail fields, "(ก) คำแนะนำ": shown as they are, without a bullet.
HEADING_PREFIXES = tuple(f"({c})" for c in "กขคงจฉ")


def framework_label(catalog: Catalog, framework: str, language: str) -> str:
    fw = catalog.frameworks.get(framework)
    if fw is None:
        return framework
    return (fw.title_en or fw.title_th) if language == "en" else fw.title_th


# Each framework in a few words, for lists that name one per line (the full title is in the answer).
_SHORT_FRAMEWORKS: Mapping[str, tuple[str, str]] = {"std-2567": ("มาตรฐาน 2567", "2567 standard"),
                                                    "ocsc-2561": ("ก.พ. 2561", "OCSC 2561")}


def short_framework(framework: str, language: str) -> str:
    pair = _SHORT_FRAMEWORKS.get(framework)
    return framework if pair is None else pair[1] if language == "en" else pair[0]


def framework_line(catalog: Catalog, framework: str, language: str) -> str:
    return f"[{framework_label(catalog, framework, language)}]"


def source_line(catalog: Catalog, framework: str, language: str) -> str:
    """Where an answer comes from: the document's title (its file in content/sources)."""
    fw = catalog.frameworks.get(framework)
    if fw is None:
        return ""
    return say("source", language, title=f"{fw.title_th} ({fw.source})")


def source_at(catalog: Catalog, key: str, framework: str, language: str) -> str:
    """Where the catalog's sources put ``key`` ("role:Early:Executive", "area:ocsc-2561:DT"), to cite: the document,
    its section when known, and the line; the framework's document alone when the key has no place."""
    where = catalog.sources.get(key)
    if not where:
        return source_line(catalog, framework, language)
    return cite_at(where["file"], where["line"], language, where.get("section", ""))


def place(file: str, line: int, language: str, section: str = "", *, named: bool = True) -> str:
    """A place in a source document as a person cites it: the document (unless the answer's title
    names it already), the section when known ("หัวข้อ …", "ข้อ ๕"), and the line of its text in
    ``content/sources``."""
    parts = [document_name(file, language)] if named else []
    parts += [section] if section else []
    return say("source_place", language, document=(", " if language == "en" else " ").join(parts), file=file,
               line=line).strip()


def cite_at(file: str, line: int, language: str, section: str = "", *, named: bool = True) -> str:
    return say("source_at", language, where=place(file, line, language, section, named=named))


def unit_source(catalog: Catalog, unit: Unit, language: str, *, detail: str = "") -> str:
    """Where a unit is, to cite (for a ``detail`` field, where that field starts in the unit's detailed
    document, under its heading; for a detailed unit's overview, both documents: the standard's list
    names it, the detailed document holds its elements and criteria)."""
    where = catalog.sources.get(f"{unit.framework}:{unit.code}")
    if not where:
        return ""
    if detail and where.get("detail_file"):
        line = (where.get("detail_lines") or {}).get(detail) or where["detail_line"]
        heading = (where.get("detail_headings") or {}).get(detail, "")
        section = say("source_section", language, section=heading) if heading else ""
        return cite_at(where["detail_file"], line, language, section)
    criteria = (where.get("detail_lines") or {}).get("criteria")
    if where.get("line") and where.get("detail_file") and criteria:  # listed in one, elements in the other
        return say("source_two", language, a=place(where["file"], where["line"], language),
                   b=place(where["detail_file"], criteria, language))
    return cite_at(where["file"], where["line"], language) if where.get("line") else ""


def sources_of(catalog: Catalog, refs: list[dict[str, str]], language: str) -> list[str]:
    """Where each unit of ``refs`` (a code, with or without its framework; an element or criterion is its unit's)
    is in its documents, a line each: "อันนี้อ้างอิงจากไหน" after an answer about them."""
    lines: list[str] = []
    for ref in refs:
        for node in catalog.find(ref["code"]):
            if not isinstance(node, Unit | Element | Criterion) or \
                    (ref.get("framework") and node.framework != ref["framework"]):
                continue
            unit = catalog.unit_of(node)
            if not (cited := unit_source(catalog, unit, language)):
                continue
            line = f"{BULLET} {unit.code} ({short_framework(unit.framework, language)}) {cited}"
            if line not in lines:
                lines.append(line)
    return lines


def criterion_line(criterion: Criterion, language: str) -> str:
    system = f" ({say('system_code', language, code=criterion.system_code)})" if criterion.system_code else ""
    return f"{BULLET} {criterion.code} {criterion.text_th}{system}"


def detail_items(value: Any) -> list[str]:
    """A detail field's paragraphs and list items as plain strings, in order (headings included)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, Mapping):
        return [item for key, inner in value.items() for item in (str(key), *detail_items(inner))]
    if isinstance(value, Iterable):
        return [item for inner in value for item in detail_items(inner)]
    return [str(value)]


def detail_lines(value: Any) -> list[str]:
    """A detail field exactly as the catalog holds it: one line per paragraph or list item."""
    if value is None:
        return []
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return []
        return [text if text.startswith(HEADING_PREFIXES) else f"{BULLET} {text}"]
    if isinstance(value, Mapping):
        lines: list[str] = []
        for key, inner in value.items():
            lines.append(str(key))
            lines.extend(detail_lines(inner))
        return lines
    if isinstance(value, Iterable):
        return [line for item in value for line in detail_lines(item)]
    return [str(value)]


def resolve_codes(entries: Sequence[Mapping[str, str]], catalog: Catalog) -> tuple[
        list[tuple[str, tuple[Node, ...]]], list[str]]:
    """Group ``codes`` entities by code: every node each names (detailed standard first), and the
    codes that name nothing. An entry without a framework means "every framework"."""
    found: dict[str, list[Node]] = {}
    missing: list[str] = []
    for entry in entries:
        code = str(entry.get("code", "")).strip()
        if not code:
            continue
        framework = entry.get("framework") or ""
        if framework:
            node = catalog.get(framework, code)
            nodes: tuple[Node, ...] = (node,) if node is not None else ()
        else:
            nodes = catalog.find(code)
        if not nodes:
            if code not in missing and code not in found:
                missing.append(code)
            continue
        bucket = found.setdefault(code, [])
        bucket.extend(n for n in nodes if n not in bucket)
    rank = {fw: n for n, fw in enumerate(FRAMEWORK_PRIORITY)}
    groups = [(code, tuple(sorted(nodes, key=lambda n: rank.get(n.framework, 99))))
              for code, nodes in found.items()]
    return groups, [c for c in missing if c not in found]
