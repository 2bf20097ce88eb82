from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import Conversations, Users

NOW = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)


async def test_set_get_replace_clear(session: AsyncSession) -> None:
    user = await Users(session).get_or_create("line", "U1")
    states = Conversations(session)
    assert await states.get(user.id) is None
    await states.set(user.id, "assess", "q1", {"unit": "DL200", "answers": {"DL201.1": 3}}, now=NOW)
    state = await states.get(user.id, now=NOW)
    assert state is not None
    assert (state.flow, state.step, state.data) == (
        "assess",
        "q1",
        {"unit": "DL200", "answers": {"DL201.1": 3}},
    )
    await states.set(user.id, "assess", "q2", {"unit": "DL200"}, now=NOW)
    replaced = await states.get(user.id, now=NOW)
    assert replaced is not None and replaced.step == "q2" and replaced.data == {"unit": "DL200"}
    assert await states.clear(user.id) is True
    assert await states.get(user.id) is None
    assert await states.clear(user.id) is False


async def test_state_is_visible_to_another_session(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions.begin() as s:
        user = await Users(s).get_or_create("telegram", "7")
        await Conversations(s).set(user.id, "profile", "ask_group", {"thai": "กลุ่มงาน"})
    async with sessions() as other:  # "another replica"
        state = await Conversations(other).get(user.id)
        assert state is not None and state.data == {"thai": "กลุ่มงาน"}


async def test_expired_state_reads_as_none_and_is_pruned(session: AsyncSession) -> None:
    users = Users(session)
    a = await users.get_or_create("line", "A")
    b = await users.get_or_create("line", "B")
    states = Conversations(session)
    await states.set(a.id, "quiz", "q1", expires_at=NOW + timedelta(minutes=30), now=NOW)
    await states.set(b.id, "quiz", "q1", expires_at=NOW + timedelta(hours=2), now=NOW)
    later = NOW + timedelta(hours=1)
    assert await states.get(a.id, now=NOW + timedelta(minutes=29)) is not None
    assert await states.get(a.id, now=later) is None
    assert await states.prune_expired(now=later) == 1
    assert await states.get(b.id, now=later) is not None
    assert await states.get(a.id, now=NOW) is None  # the row itself is gone
