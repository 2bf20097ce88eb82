"""Build ``content/catalog.json`` from the sources, their errata and the parsers.

The build is deterministic: the same sources and errata give byte-identical JSON, and the catalog
version is a hash of that content.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from content import synonyms
from content.parsers import ocsc, pmqa, standard

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
        "letter": ocsc_part.get("letter", []),
        "pmqa": pmqa.parse(sources_dir),
    }
    catalog["synonyms"] = synonyms.synonyms(catalog["areas"])
    catalog["version"] = content_hash(catalog)
    return catalog


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
