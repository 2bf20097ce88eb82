"""What every flow step receives: the open transaction, the person, their state, the catalog."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.dialog.replies import Reply
from content.catalog import Catalog
from storage import Conversations, User

# A flow left alone this long is forgotten (the answers already stored stay).
STATE_TTL = timedelta(days=30)


@dataclass(frozen=True, slots=True)
class State:
    flow: str  # "assess" | "quiz" | "pmqa" | "profile" | "reminder"
    step: str
    data: dict[str, Any]


@dataclass(slots=True)
class Ctx:
    session: AsyncSession
    user: User
    catalog: Catalog
    language: str  # "th" | "en"
    now: datetime
    state: State | None
    replies: list[Reply] = field(default_factory=list)
    # The state the engine will write once at the end of this event (the topic of an answer), if any.
    next_state: tuple[str, str, dict[str, Any]] | None = None
    # The person's data was deleted by this event (the engine remembers it a while: "ผลเป็นไง" next is said so).
    deleted: bool = False

    @property
    def consented(self) -> bool:
        return self.user.consent_at is not None

    async def set_state(self, flow: str, step: str, data: dict[str, Any]) -> None:
        await Conversations(self.session).set(self.user.id, flow, step, data, expires_at=self.now + STATE_TTL,
                                              now=self.now)
        self.state = State(flow, step, data)

    async def clear_state(self) -> None:
        await Conversations(self.session).clear(self.user.id)
        self.state = None
