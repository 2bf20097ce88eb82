"""What understanding produces: a pure value, text in, scored candidates out.

``Understanding.entities`` keys (each present only when found):
- ``codes``: list of {"framework", "code"} for every catalog node a code in the text names
  (one entry per framework that has the code; the detailed standard first)
- ``unknown_codes``: codes that look like codes but exist in no framework
- ``aspect``: overview | criteria | evidence | knowledge | skills | prerequisites | laws | range | assessment |
  occupations | description (unit_info); added (role_requirements: over the phase before); indicators (pmqa);
  groups (role_overview: the groups themselves counted or listed); count (phase_info: the phases counted);
  same (phase_info: whether the phases named, each in ``phases`` repeats kept, are one phase)
- ``groups`` / ``phases``: every group / phase named, in order (``compare``)
- ``aspects``: the parts of a unit compared as concepts, in order ("ความรู้ต่างจากทักษะยังไง" →
  ["knowledge", "skills"]; ``compare`` without codes, groups or phases)
- ``due_error``: the date as written when it names no real day ("31 ก.พ. 2570")
- ``query``: the topic words of a search
- ``group``: Executive | Management | Academic | Service | Technologist | Others
- ``group_choices``: the groups one wording may mean, instead of ``group`` ("กลุ่มบริหาร" → Executive, Management;
  role_requirements, profile_set: the dialog asks which)
- ``phase``: Early | Developing | Mature
- ``agency``: free text
- ``category``: PMQA category number (int 1–7); ``item``: "4.2"; ``question``: "4.1.1";
  ``level``: Basic | Advance | Significance
- ``due``: ISO date (YYYY-MM-DD) in Asia/Bangkok
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

INTENTS: tuple[str, ...] = (
    "unit_info", "search", "role_requirements", "pmqa", "quiz_start", "reminder_set", "reminder_list",
    "reminder_cancel", "profile_set", "profile_show", "progress", "data_delete", "help", "greeting",
    "thanks", "cancel", "unknown", "compare", "role_overview", "phase_info", "flow_stop", "flow_resume", "handoff",
    "news_opt_out", "news_opt_in",
)
ASPECTS: tuple[str, ...] = (
    "overview", "criteria", "evidence", "knowledge", "skills", "prerequisites", "laws", "range", "assessment",
    "occupations", "description", "added", "indicators",
)


@dataclass(frozen=True, slots=True)
class Candidate:
    intent: str
    confidence: float
    entities: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Understanding:
    """One message's meaning. Kept and shared for a repeated message (``Understander.understand``):
    build a new one with ``dataclasses.replace`` rather than change its ``entities``."""

    text: str  # the message as received
    normalised: str  # after normalisation
    language: str  # "th" | "en"
    intent: str
    confidence: float  # 0..1
    entities: dict[str, Any] = field(default_factory=dict)
    alternatives: tuple[Candidate, ...] = ()  # next-best interpretations, best first
    # codes_written(), worked out once: the dialog asks it of each message a few times
    _written: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def codes_written(self) -> list[str]:
        """The codes the message itself names, typed, spaced or spoken ("ดีเอส 700": its normalised text), not
        those the conversation lent it."""
        if self._written is None:
            written = (self.normalised or self.text).upper()
            object.__setattr__(self, "_written", tuple(dict.fromkeys(
                str(c["code"]) for c in self.entities.get("codes") or [] if str(c["code"]).upper() in written)))
        return list(self._written or ())

    def as_json(self) -> dict[str, Any]:
        return {"intent": self.intent, "confidence": round(self.confidence, 3), "entities": self.entities}
