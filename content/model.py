"""Immutable runtime model of the catalog: what the rest of the assistant reads.

Everything is keyed by (framework, code). Objects are frozen; collections are tuples or read-only
mappings, so the one loaded catalog can be shared by every request without copying.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

FROZEN_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Ref:
    """A key into the catalog: a code is only unique within its framework."""

    framework: str
    code: str


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    title_th: str
    title_en: str
    source: str


@dataclass(frozen=True, slots=True)
class Area:
    framework: str
    code: str
    no: int
    title_th: str
    title_en: str
    unit_count_stated: int | None = None


@dataclass(frozen=True, slots=True)
class Criterion:
    framework: str
    code: str
    text_th: str
    system_code: str | None
    element_code: str
    unit_code: str

    @property
    def ref(self) -> Ref:
        return Ref(self.framework, self.code)

    @property
    def title_th(self) -> str:
        return self.text_th


@dataclass(frozen=True, slots=True)
class Element:
    framework: str
    code: str
    title_th: str
    title_en: str
    unit_code: str
    criteria: tuple[Criterion, ...]

    @property
    def ref(self) -> Ref:
        return Ref(self.framework, self.code)


@dataclass(frozen=True, slots=True)
class Unit:
    framework: str
    code: str
    title_th: str
    title_en: str
    area: str
    aliases: tuple[str, ...]
    elements: tuple[Element, ...]
    details: Mapping[str, Any] = field(default_factory=lambda: FROZEN_EMPTY, compare=False)

    @property
    def ref(self) -> Ref:
        return Ref(self.framework, self.code)

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        return tuple(c for e in self.elements for c in e.criteria)

    @property
    def is_detailed(self) -> bool:
        """True for units with a full competency-unit document (evidence, range, ...)."""
        return bool(self.details)


Node = Unit | Element | Criterion


@dataclass(frozen=True, slots=True)
class Role:
    framework: str
    phase: str
    group: str
    role_title_th: str
    description_th: str
    units: tuple[str, ...]
    knowledge: tuple[str, ...]
    experience: tuple[str, ...]
    competencies: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Item:
    """A knowledge, experience, attribute or competency item of the OCSC framework."""

    framework: str
    kind: str
    scope: str
    no: str
    title_th: str
    title_en: str
    description_th: str


@dataclass(frozen=True, slots=True)
class PmqaQuestion:
    code: str
    text: str
    points: tuple[str, ...]
    levels: tuple[str, ...]
    item_code: str


@dataclass(frozen=True, slots=True)
class PmqaItem:
    code: str
    category: int
    title_th: str
    title_variants: tuple[str, ...]
    level_summary: Mapping[str, str] = field(compare=False)
    levels: Mapping[str, tuple[str, ...]] = field(compare=False)
    questions: tuple[PmqaQuestion, ...]


@dataclass(frozen=True, slots=True)
class PmqaCategory:
    no: int
    title_th: str
    title_en: str
    status: str
    intent_th: str
    items: tuple[PmqaItem, ...]


@dataclass(frozen=True, slots=True)
class TitleEntry:
    """One searchable wording (a title, an alias, a variant) and what it names."""

    text: str
    kind: str  # "unit" | "element" | "criterion" | "area" | "pmqa_item" | "pmqa_category"
    framework: str
    code: str
