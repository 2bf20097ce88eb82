"""The inbox repository on both backends: redeliveries drop out, claims in arrival order, pruning."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import Inbox, NewInboxEvent, utcnow


def _event(key: str, user: str = "U1", text: str = "hi") -> NewInboxEvent:
    return NewInboxEvent(platform="line", event_key=key, user_key=user, kind="text", text=text)


async def test_redelivered_events_are_stored_once_and_claimed_in_order(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions.begin() as session:
        await Inbox(session).add_many([_event("a"), _event("b", "U2"), _event("a", text="again")])
    async with sessions.begin() as session:
        await Inbox(session).add_many([_event("b", "U2"), _event("c")])
    async with sessions.begin() as session:
        inbox = Inbox(session)
        claimed = await inbox.claim(2)
        assert [(r.event_key, r.text) for r in claimed] == [("a", "hi"), ("b", "hi")]
        assert await inbox.oldest_pending([("line", "U1"), ("line", "U2"), ("line", "U9")]) == {
            ("line", "U1"): claimed[0].id,
            ("line", "U2"): claimed[1].id,
        }
        await inbox.mark_done([r.id for r in claimed])
    async with sessions.begin() as session:
        inbox = Inbox(session)
        assert [r.event_key for r in await inbox.claim(10)] == ["c"]
        assert await inbox.pending_count() == 1


async def test_prune_deletes_only_done_events_older_than_the_cutoff(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    now = utcnow()
    async with sessions.begin() as session:
        inbox = Inbox(session)
        await inbox.add_many([_event("old"), _event("new"), _event("pending")])
        rows = {r.event_key: r.id for r in await inbox.claim(10)}
        await inbox.mark_done([rows["old"]], now - timedelta(days=3))
        await inbox.mark_done([rows["new"]], now)
    async with sessions.begin() as session:
        assert await Inbox(session).prune(now - timedelta(days=1)) == 1
    async with sessions.begin() as session:
        assert [r.event_key for r in await Inbox(session).claim(10)] == ["pending"]
