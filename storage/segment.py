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
            groups=tuple(data.get("groups", ())),
            phases=tuple(data.get("phases", ())),
            platforms=tuple(data.get("platforms", ())),
        )
