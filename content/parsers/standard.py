"""Parser for the occupational standard and its detailed units (framework ``std-2567``). PLACEHOLDER."""

from __future__ import annotations

from pathlib import Path
from typing import Any

SOURCE = "occupational_standard_digital_gov.txt"


def parse(sources_dir: Path) -> dict[str, Any]:
    return {"areas": [], "units": [], "functional_map": {}}
