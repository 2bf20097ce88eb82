"""The one error the std-2567 parsers raise.

    ValueError
     └── StandardFormatError   a source (after its errata) breaks an expected layout or cross-check

A defect found this way is fixed by an errata entry, never by loosening the check.
"""

from __future__ import annotations


class StandardFormatError(ValueError):
    """The occupational standard or a detailed unit does not have the expected layout."""

    def __init__(self, source: str, line: int | None, message: str) -> None:
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")
        self.source = source
        self.line = line
