"""The shape of ``content/catalog.json``: what every parser produces and the loader reads.

Parsers return plain dictionaries of these shapes; ``content.build`` assembles them, sorts nothing
that the documents order (document order is meaning), and writes JSON with sorted keys.
Everything is keyed by (framework, code): codes are unique only within a framework.

Framework ids: ``ocsc-2561``, ``std-2567``, ``pmqa-4.0``.
Phases: ``Early``, ``Developing``, ``Mature``.
Groups: ``Executive``, ``Management``, ``Academic``, ``Service``, ``Technologist``, ``Others``.
PMQA levels: ``Basic``, ``Advance``, ``Significance``.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypedDict

FrameworkId = Literal["ocsc-2561", "std-2567", "pmqa-4.0"]
FRAMEWORK_IDS: tuple[str, ...] = ("ocsc-2561", "std-2567", "pmqa-4.0")
PHASES: tuple[str, ...] = ("Early", "Developing", "Mature")
GROUPS: tuple[str, ...] = ("Executive", "Management", "Academic", "Service", "Technologist", "Others")
PMQA_LEVELS: tuple[str, ...] = ("Basic", "Advance", "Significance")

# Keys a detailed unit's ``details`` may carry; each value is a list of paragraphs / list items in
# document order (text exactly as written, HTML stripped, whitespace normalised).
DETAIL_ASPECTS: tuple[str, ...] = (
    "description",    # คำอธิบายหน่วยสมรรถนะ
    "occupations",    # สำหรับชื่ออาชีพและรหัสอาชีพ
    "sector",         # กลุ่มอาชีพ
    "laws",           # กฎหมายที่เกี่ยวข้อง
    "prerequisites",  # สมรรถนะย่อยที่ต้องผ่านมาก่อน / ความรู้ที่ต้องมีมาก่อน
    "skills",         # ทักษะ (Skills)
    "knowledge",      # ความรู้ (Knowledge)
    "evidence",       # หลักฐานที่ต้องการ (Evidence Guide): performance + knowledge evidence, guidance
    "range",          # ขอบเขต (Range Statement)
    "assessment",     # วิธีการประเมิน (Assessment Method)
)


class FrameworkDict(TypedDict):
    id: str
    title_th: str
    title_en: str
    source: str  # file name under content/sources/


class AreaDict(TypedDict):
    framework: str
    code: str  # e.g. "DLit", "DG", "SPM"; std-2567: "CS", "DUS", ...
    no: int  # order in the document (1-based)
    title_th: str
    title_en: str
    unit_count_stated: NotRequired[int]  # what the document itself says ("จำนวน ๗ หน่วยความสามารถ")


class CriterionDict(TypedDict):
    code: str  # "DL201.1" (OCSC) or "DS701.01" (book code)
    text_th: str
    system_code: str | None  # "191582" for std-2567 detailed units, else None


class ElementDict(TypedDict):
    code: str  # "DL201"
    title_th: str
    title_en: NotRequired[str]
    criteria: list[CriterionDict]


class UnitDict(TypedDict):
    framework: str
    code: str  # "DL200"
    title_th: str
    title_en: NotRequired[str]
    area: str  # AreaDict.code
    aliases: list[str]  # other codes/names the same unit goes by (e.g. "DG-EJJM-026")
    elements: list[ElementDict]
    details: dict[str, Any]  # DETAIL_ASPECTS -> list[str]; plus "document_code" etc. Empty if none.


class RoleDict(TypedDict):
    framework: str  # "ocsc-2561"
    phase: str  # PHASES
    group: str  # GROUPS
    role_title_th: str
    description_th: str
    units: list[str]  # unit codes in document order
    knowledge: list[str]
    experience: list[str]
    competencies: list[str]


class ItemDict(TypedDict):
    """A knowledge / experience / attribute / competency item of the OCSC framework."""

    framework: str
    kind: str  # "knowledge" | "experience" | "attribute" | "competency"
    scope: str  # "basic" | "group" (knowledge/experience), "" otherwise
    no: str  # number as printed, Arabic digits ("1", "2.3")
    title_th: str
    title_en: NotRequired[str]
    description_th: NotRequired[str]


class PmqaQuestionDict(TypedDict):
    code: str  # "4.1.1"
    text: str
    points: NotRequired[list[str]]  # sub-points in order
    levels: NotRequired[list[str]]  # level tags given in the deck, subset of PMQA_LEVELS


class PmqaItemDict(TypedDict):
    code: str  # "4.2"
    title_th: str
    title_variants: list[str]  # every other title the deck uses for this item
    level_summary: dict[str, str]  # PMQA_LEVELS -> one-line summary
    levels: dict[str, list[str]]  # PMQA_LEVELS -> detailed guidance, in order
    questions: list[PmqaQuestionDict]


class PmqaCategoryDict(TypedDict):
    no: int
    title_th: str
    title_en: NotRequired[str]
    status: str  # "new" | "unchanged" | "revised" as the deck marks it, "" if not given
    intent_th: str
    items: list[PmqaItemDict]


class CatalogDict(TypedDict):
    version: str  # sha256 prefix of the catalog content, recorded with every assessment
    frameworks: list[FrameworkDict]
    areas: list[AreaDict]
    units: list[UnitDict]
    roles: list[RoleDict]
    items: list[ItemDict]
    functional_map: dict[str, Any]  # std-2567: key purpose, key roles, key functions
    audience: dict[str, dict[str, Any]]  # std-2567: "target_group", "pathways" -> {"text", "line"}
    letter: list[dict[str, Any]]  # ocsc-2561 clauses ๕–๗: {"no": "๕", "line": 136, "paragraphs": [...]}
    sources: dict[str, dict[str, Any]]  # "FW:CODE" -> {"file", "line"[, "detail_file", "detail_line"]}
    pmqa: dict[str, Any]  # {"categories": [PmqaCategoryDict], "definitions", "changes_2565", ...}
    synonyms: dict[str, dict[str, list[str]]]  # "groups"/"phases"/"areas" -> id -> wordings
