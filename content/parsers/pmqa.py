"""Parser for the PMQA 4.0 criteria slide deck (framework ``pmqa-4.0``). PLACEHOLDER."""

from __future__ import annotations

from pathlib import Path
from typing import Any

SOURCE = "pmqa_4_0_criteria_2565.txt"


def parse(sources_dir: Path) -> dict[str, Any]:
    return {"categories": []}
