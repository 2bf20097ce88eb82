"""The loaded catalog and its query API.

``get_catalog()`` loads ``content/catalog.json`` once into immutable indexed structures. Lookups
by code return every framework that has the code, the detailed standard (std-2567) first, since
its units are the ones with criteria, system codes and evidence guides.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from content.model import (
    Area,
    Criterion,
    Element,
    Framework,
    Item,
    Node,
    PmqaCategory,
    PmqaItem,
    PmqaQuestion,
    Ref,
    Role,
    TitleEntry,
    Unit,
)

CATALOG_PATH = Path(__file__).parent / "catalog.json"
# Order in which frameworks answer a shared code: the detailed standard first.
FRAMEWORK_PRIORITY: tuple[str, ...] = ("std-2567", "ocsc-2561", "pmqa-4.0")


class CatalogError(LookupError):
    """The catalog file is missing or malformed."""


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def code_key(code: str) -> str:
    """Case- and space-insensitive key for a code ("dlit 101" == "DLit101")."""
    return "".join(code.split()).upper()


class Catalog:
    """Immutable, indexed view of the competency content."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.version: str = data["version"]
        self.frameworks: Mapping[str, Framework] = MappingProxyType(
            {f["id"]: Framework(f["id"], f["title_th"], f.get("title_en", ""), f["source"])
             for f in data["frameworks"]}
        )
        self.areas: tuple[Area, ...] = tuple(
            Area(a["framework"], a["code"], a["no"], a["title_th"], a.get("title_en", ""),
                 a.get("unit_count_stated"))
            for a in data["areas"]
        )
        self.units: tuple[Unit, ...] = tuple(self._unit(u) for u in data["units"])
        self.roles: tuple[Role, ...] = tuple(
            Role(r["framework"], r["phase"], r["group"], r["role_title_th"], r.get("description_th", ""),
                 tuple(r["units"]), tuple(r["knowledge"]), tuple(r["experience"]),
                 tuple(r["competencies"]))
            for r in data["roles"]
        )
        self.items: tuple[Item, ...] = tuple(
            Item(i["framework"], i["kind"], i.get("scope", ""), str(i["no"]), i["title_th"],
                 i.get("title_en", ""), i.get("description_th", ""))
            for i in data.get("items", [])
        )
        self.functional_map: Mapping[str, Any] = _freeze(data.get("functional_map", {}))
        # Whom the occupational standard is for: "target_group", "pathways" -> {"text", "line"}.
        self.audience: Mapping[str, Any] = _freeze(data.get("audience", {}))
        # The OCSC letter's clauses ๕–๗ (phases, groups, which apply): {"no", "line", "paragraphs"}.
        self.letter: tuple[Mapping[str, Any], ...] = tuple(_freeze(c) for c in data.get("letter", []))
        # Where each unit is in its documents: "FW:CODE" -> {"file", "line"[, "detail_file", "detail_line"]}.
        self.sources: Mapping[str, Any] = _freeze(data.get("sources", {}))
        self.pmqa_extra: Mapping[str, Any] = _freeze(
            {k: v for k, v in data.get("pmqa", {}).items() if k != "categories"}
        )
        self.pmqa_categories: tuple[PmqaCategory, ...] = tuple(
            self._category(c) for c in data.get("pmqa", {}).get("categories", [])
        )
        self.synonyms: Mapping[str, Any] = _freeze(data.get("synonyms", {}))
        self._index()

    # -- construction -------------------------------------------------------------------------
    @staticmethod
    def _unit(u: Mapping[str, Any]) -> Unit:
        fw, unit_code = u["framework"], u["code"]
        elements = tuple(
            Element(
                fw, e["code"], e["title_th"], e.get("title_en", ""), unit_code,
                tuple(Criterion(fw, c["code"], c["text_th"], c.get("system_code"), e["code"], unit_code)
                      for c in e["criteria"]),
            )
            for e in u["elements"]
        )
        return Unit(fw, unit_code, u["title_th"], u.get("title_en", ""), u["area"],
                    tuple(u.get("aliases", [])), elements, _freeze(u.get("details", {})))

    @staticmethod
    def _category(c: Mapping[str, Any]) -> PmqaCategory:
        items = tuple(
            PmqaItem(
                i["code"], int(c["no"]), i["title_th"], tuple(i.get("title_variants", [])),
                MappingProxyType(dict(i.get("level_summary", {}))),
                MappingProxyType({k: tuple(v) for k, v in i.get("levels", {}).items()}),
                tuple(PmqaQuestion(q["code"], q["text"], tuple(q.get("points", [])),
                                   tuple(q.get("levels", [])), i["code"])
                      for q in i.get("questions", [])),
            )
            for i in c.get("items", [])
        )
        return PmqaCategory(int(c["no"]), c["title_th"], c.get("title_en", ""), c.get("status", ""),
                            c.get("intent_th", ""), items)

    def _index(self) -> None:
        nodes: dict[Ref, Node] = {}
        by_code: dict[str, list[Node]] = defaultdict(list)
        for unit in self.units:
            nodes[unit.ref] = unit
            by_code[code_key(unit.code)].append(unit)
            for alias in unit.aliases:
                by_code[code_key(alias)].append(unit)
            for element in unit.elements:
                nodes[element.ref] = element
                by_code[code_key(element.code)].append(element)
                for criterion in element.criteria:
                    nodes[criterion.ref] = criterion
                    by_code[code_key(criterion.code)].append(criterion)
                    if criterion.system_code:
                        by_code[code_key(criterion.system_code)].append(criterion)
        rank = {fw: n for n, fw in enumerate(FRAMEWORK_PRIORITY)}
        self._nodes: Mapping[Ref, Node] = MappingProxyType(nodes)
        self._by_code: Mapping[str, tuple[Node, ...]] = MappingProxyType(
            {k: tuple(sorted(v, key=lambda n: rank.get(n.framework, 99))) for k, v in by_code.items()}
        )
        self._pmqa_items: Mapping[str, PmqaItem] = MappingProxyType(
            {i.code: i for c in self.pmqa_categories for i in c.items}
        )
        self._pmqa_questions: Mapping[str, PmqaQuestion] = MappingProxyType(
            {q.code: q for i in self._pmqa_items.values() for q in i.questions}
        )
        self._titles = tuple(self._title_entries())

    def _title_entries(self) -> Iterable[TitleEntry]:
        for unit in self.units:
            yield TitleEntry(unit.title_th, "unit", unit.framework, unit.code)
            if unit.title_en:
                yield TitleEntry(unit.title_en, "unit", unit.framework, unit.code)
            for alias in unit.aliases:
                yield TitleEntry(alias, "unit", unit.framework, unit.code)
            for element in unit.elements:
                yield TitleEntry(element.title_th, "element", element.framework, element.code)
        for area in self.areas:
            for title in (area.title_th, area.title_en):
                if title:
                    yield TitleEntry(title, "area", area.framework, area.code)
        for category in self.pmqa_categories:
            yield TitleEntry(category.title_th, "pmqa_category", "pmqa-4.0", str(category.no))
            for item in category.items:
                for title in (item.title_th, *item.title_variants):
                    yield TitleEntry(title, "pmqa_item", "pmqa-4.0", item.code)

    # -- lookups ------------------------------------------------------------------------------
    def get(self, framework: str, code: str) -> Node | None:
        """The unit, element or criterion with this code in this framework."""
        node = self._nodes.get(Ref(framework, code))
        if node is not None:
            return node
        matches = [n for n in self.find(code) if n.framework == framework]
        return matches[0] if matches else None

    def unit(self, framework: str, code: str) -> Unit | None:
        node = self.get(framework, code)
        return node if isinstance(node, Unit) else None

    def find(self, code: str) -> tuple[Node, ...]:
        """Every node in every framework with this code (or alias / system code)."""
        return self._by_code.get(code_key(code), ())

    def known_code(self, code: str) -> bool:
        return code_key(code) in self._by_code

    def all_codes(self) -> tuple[str, ...]:
        return tuple(sorted({n.code for n in self._nodes.values()}))

    def parent(self, node: Node) -> Node | None:
        if isinstance(node, Criterion):
            return self._nodes.get(Ref(node.framework, node.element_code))
        if isinstance(node, Element):
            return self._nodes.get(Ref(node.framework, node.unit_code))
        return None

    def unit_of(self, node: Node) -> Unit:
        if isinstance(node, Unit):
            return node
        found = self._nodes[Ref(node.framework, node.unit_code)]
        assert isinstance(found, Unit)
        return found

    @staticmethod
    def children(node: Node) -> tuple[Node, ...]:
        if isinstance(node, Unit):
            return node.elements
        if isinstance(node, Element):
            return node.criteria
        return ()

    def units_in(self, framework: str, area: str | None = None) -> tuple[Unit, ...]:
        return tuple(u for u in self.units if u.framework == framework and (area is None or u.area == area))

    def area(self, framework: str, code: str) -> Area | None:
        return next((a for a in self.areas if a.framework == framework and a.code == code), None)

    # -- roles --------------------------------------------------------------------------------
    def role(self, phase: str, group: str, framework: str = "ocsc-2561") -> Role | None:
        return next(
            (r for r in self.roles if r.framework == framework and r.phase == phase and r.group == group),
            None,
        )

    def units_for_role(self, phase: str, group: str, framework: str = "ocsc-2561") -> tuple[Unit, ...]:
        role = self.role(phase, group, framework)
        if role is None:
            return ()
        found = (self.unit(framework, code) for code in role.units)
        return tuple(u for u in found if u is not None)

    # -- PMQA ---------------------------------------------------------------------------------
    def pmqa_category(self, no: int) -> PmqaCategory | None:
        return next((c for c in self.pmqa_categories if c.no == no), None)

    def pmqa_item(self, code: str) -> PmqaItem | None:
        return self._pmqa_items.get(code)

    def pmqa_question(self, code: str) -> PmqaQuestion | None:
        return self._pmqa_questions.get(code)

    def pmqa_level(self, item_code: str, level: str) -> tuple[str, ...]:
        item = self.pmqa_item(item_code)
        return item.levels.get(level, ()) if item else ()

    # -- fuzzy matching -----------------------------------------------------------------------
    def titles(self) -> tuple[TitleEntry, ...]:
        """Every title, alias and variant, for fuzzy matching."""
        return self._titles


def load_catalog(path: Path = CATALOG_PATH) -> Catalog:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CatalogError(f"{path} is missing: run `python -m bot content build`") from exc
    except json.JSONDecodeError as exc:
        raise CatalogError(f"{path} is not valid JSON: {exc}") from exc
    return Catalog(data)


@lru_cache(maxsize=1)
def get_catalog() -> Catalog:
    """The process-wide catalog, loaded on first use."""
    return load_catalog()
