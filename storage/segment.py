"""A segment of users (who a broadcast or a deadline campaign is for), stored as JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Segment:
    """Users matching every given field; an empty tuple means "any"."""

    agency: str | None = None
    groups: tuple[str, ...] = ()
    phases: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "agency": self.agency,
            "groups": list(self.groups),
            "phases": list(self.phases),
            "platforms": list(self.platforms),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Segment:
        return cls(
            agency=data.get("agency"),
            groups=_values(data.get("groups")),
            phases=_values(data.get("phases")),
            platforms=_values(data.get("platforms")),
        )


def _values(raw: Any) -> tuple[str, ...]:
    """A list of values; one string is one value (never its letters)."""
    if raw is None:
        return ()
    if isinstance(raw, str):
        return (raw,)
    return tuple(raw)
