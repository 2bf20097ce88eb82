"""Parser for the OCSC digital skills letter (framework ``ocsc-2561``). PLACEHOLDER: being written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

SOURCE = "ocsc_digital_skills_2561.txt"


def parse(sources_dir: Path) -> dict[str, Any]:
    return {"areas": [], "units": [], "roles": [], "items": []}
