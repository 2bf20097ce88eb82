"""Conversation state: the flow and step a user is in, so any replica can take the next message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import delete, select

from storage.models import ConversationState
from storage.repos._base import MISSING, Repository, prefetched
from storage.types import utcnow


@dataclass(frozen=True, slots=True)
class StateRow:
    """A user's conversation state as read: the dialog reads it once an event and replaces it with ``set``, so it is
    a plain row, not an object the session tracks."""

    flow: str
    step: str
    data: dict[str, Any]
    expires_at: datetime | None


# A state row's columns, in ``StateRow``'s order (read here and with a batch's people, ``Users.with_states``).
STATE_COLUMNS = (ConversationState.flow, ConversationState.step, ConversationState.data, ConversationState.expires_at)
_STATE = select(*STATE_COLUMNS)


class Conversations(Repository):
    async def get(self, user_id: int, now: datetime | None = None) -> StateRow | None:
        """The user's current state, or None when there is none or it has expired."""
        now = now or utcnow()
        hit = prefetched(self.session, ("state", user_id))
        if hit is not MISSING:
            state = cast(StateRow | None, hit)
        else:
            found = (await self.session.execute(_STATE.where(ConversationState.user_id == user_id))).one_or_none()
            state = None if found is None else StateRow(*found)
        if state is None or (state.expires_at is not None and state.expires_at <= now):
            return None
        return state

    async def set(
        self,
        user_id: int,
        flow: str,
        step: str,
        data: dict[str, Any] | None = None,
        expires_at: datetime | None = None,
        now: datetime | None = None,
    ) -> None:
        """Replace the user's state (one row per user, upserted)."""
        values = {
            "user_id": user_id,
            "flow": flow,
            "step": step,
            "data": data or {},
            "updated_at": now or utcnow(),
            "expires_at": expires_at,
        }
        stmt = self.insert(ConversationState).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["user_id"], set_={k: v for k, v in values.items() if k != "user_id"}
        )
        await self.session.execute(stmt)
        # A state object already loaded in this session must show the new values.
        cached = self.session.identity_map.get(self.session.identity_key(ConversationState, (user_id,)))
        if cached is not None:
            self.session.expunge(cached)

    async def clear(self, user_id: int) -> bool:
        result = await self.session.execute(delete(ConversationState).where(ConversationState.user_id == user_id))
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def prune_expired(self, now: datetime | None = None) -> int:
        stmt = delete(ConversationState).where(ConversationState.expires_at <= (now or utcnow()))
        result = await self.session.execute(stmt)
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
