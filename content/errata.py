"""Errata: every correction of a defect in a source document, applied before parsing.

Each source may have ``content/errata/<source stem>.toml``::

    source = "unit_DS700.txt"

    [[fix]]
    line = 120          # 1-based line in the source as received
    lines = 1           # how many lines the fix spans (default 1)
    find = "DS7O1"      # what the text says (must occur exactly once in those lines)
    replace = "DS701"   # what it should say ("\n" may split a line; "" may drop text)
    why = "OCR read the digit 0 as the letter O"

Line numbers always refer to the source as received: fixes are applied bottom-up so an earlier fix
never shifts a later one. A fix whose ``find`` no longer matches fails the build, so the errata
cannot silently rot when a source changes.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

ERRATA_DIR = Path(__file__).parent / "errata"


class ErrataError(ValueError):
    """An errata entry that does not apply cleanly to its source."""


@dataclass(frozen=True)
class Fix:
    source: str
    line: int
    lines: int
    find: str
    replace: str
    why: str


def load_errata(source: str, errata_dir: Path = ERRATA_DIR) -> list[Fix]:
    path = errata_dir / f"{Path(source).stem}.toml"
    if not path.exists():
        return []
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if data.get("source", source) != source:
        raise ErrataError(f"{path.name}: names source {data['source']!r}, expected {source!r}")
    fixes = []
    for n, raw in enumerate(data.get("fix", []), start=1):
        missing = {"line", "find", "replace", "why"} - raw.keys()
        if missing:
            raise ErrataError(f"{path.name} fix #{n}: missing {sorted(missing)}")
        if not raw["why"].strip():
            raise ErrataError(f"{path.name} fix #{n}: 'why' must explain the correction")
        fixes.append(
            Fix(source, int(raw["line"]), int(raw.get("lines", 1)), raw["find"], raw["replace"], raw["why"])
        )
    return fixes


def apply_errata(source: str, text: str, fixes: list[Fix]) -> str:
    """Return ``text`` with every fix applied; raise ErrataError if any does not match exactly once."""
    lines = text.split("\n")
    ordered = sorted(fixes, key=lambda f: f.line, reverse=True)
    for earlier, later in zip(ordered[1:], ordered, strict=False):
        if earlier.line + earlier.lines > later.line:
            raise ErrataError(f"{source}: fixes at lines {earlier.line} and {later.line} overlap")
    for fix in ordered:
        start = fix.line - 1
        if start < 0 or start + fix.lines > len(lines):
            raise ErrataError(f"{source}:{fix.line}: line out of range")
        block = "\n".join(lines[start : start + fix.lines])
        count = block.count(fix.find)
        if count != 1:
            raise ErrataError(f"{source}:{fix.line}: {fix.find!r} found {count} times, expected once")
        lines[start : start + fix.lines] = block.replace(fix.find, fix.replace).split("\n")
    return "\n".join(lines)


def corrected_source(source: str, sources_dir: Path, errata_dir: Path = ERRATA_DIR) -> str:
    """The text of ``sources_dir/source`` with its errata applied."""
    text = (sources_dir / source).read_text(encoding="utf-8")
    return apply_errata(source, text, load_errata(source, errata_dir))
