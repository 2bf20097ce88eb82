"""The competency content: sources, errata, parsers, the built catalog and its query API."""

from content.catalog import Catalog, CatalogError, code_key, get_catalog, load_catalog
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

__all__ = [
    "Area",
    "Catalog",
    "CatalogError",
    "Criterion",
    "Element",
    "Framework",
    "Item",
    "Node",
    "PmqaCategory",
    "PmqaItem",
    "PmqaQuestion",
    "Ref",
    "Role",
    "TitleEntry",
    "Unit",
    "code_key",
    "get_catalog",
    "load_catalog",
]
