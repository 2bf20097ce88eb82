"""``Users.with_states``: a batch's people and their states in one query, read as the ORM reads them.

On the inline SQLite driver (``serve``) the rows are read as plain ``sqlite3`` rows and made into detached users; the
other drivers load them through the ORM. Both must give the same users, attachable to a session as unchanged
persistent objects, and the same states.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import inspect, select

from storage import Conversations, User, Users, create_engine, session_factory, sqlite_fast
from storage.engine import transaction
from storage.repos.conversations import StateRow
from tests.conftest import empty_tables

NOW = datetime(2026, 11, 30, 3, 4, 5, 678901, tzinfo=UTC)
PEOPLE = [("line", "Uconsented"), ("line", "Unew"), ("telegram", "42"), ("line", "Unobody")]


def _columns(user: User) -> dict[str, object]:
    return {column.key: getattr(user, column.key) for column in User.__table__.columns}


async def _people(url: str) -> dict[str, dict[str, object]]:
    engine = create_engine(url)
    await empty_tables(engine)
    async with transaction(session_factory(engine)) as s:
        users = Users(s)
        consented = await users.get_or_create("line", "Uconsented", now=NOW)
        await users.give_consent(consented.id, NOW)
        await users.set_profile(consented.id, "management", "developing")
        await users.set_agency(consented.id, "กรมบัญชีกลาง")
        await users.set_language(consented.id, "en")
        await users.mark_blocked(consented.id, NOW)
        await users.get_or_create("line", "Unew", now=NOW)
        telegram = await users.get_or_create("telegram", "42", now=NOW)
        await Conversations(s).set(consented.id, "assess", "ask", {"run": "r1", "i": 2, "shown": [["ใช่", "q:y"]]},
                                   expires_at=NOW + timedelta(days=1), now=NOW)
        await Conversations(s).set(telegram.id, "topic", "", {"codes": ["DL201"]}, now=NOW)
    async with transaction(session_factory(engine)) as s:
        expected = {u.platform_user_id: _columns(u) for u in (await s.scalars(select(User))).all()}
    await engine.dispose()
    return expected


@pytest.mark.parametrize("inline", [True, False], ids=["inline-sqlite", "orm"])
async def test_with_states_reads_users_and_states_as_the_orm_does(sqlite_url: str, inline: bool) -> None:
    expected = await _people(sqlite_url)
    engine = create_engine(sqlite_url, inline=inline)
    try:
        async with transaction(session_factory(engine)) as s:
            found = {user.platform_user_id: (user, state) for user, state in await Users(s).with_states(PEOPLE)}
            assert set(found) == {"Uconsented", "Unew", "42"}  # nobody is made up for an unknown person
            for key, (user, _state) in found.items():
                assert _columns(user) == expected[key]
                assert inspect(user).detached
            consented, state = found["Uconsented"]
            assert consented.consent_at == NOW and consented.blocked_at == NOW and consented.active is False
            assert state == StateRow("assess", "ask", {"run": "r1", "i": 2, "shown": [["ใช่", "q:y"]]},
                                     NOW + timedelta(days=1))
            assert found["Unew"][1] is None
            assert found["42"][1] == StateRow("topic", "", {"codes": ["DL201"]}, None)

            s.add(consented)  # attached: persistent and unchanged, then a change is written like any other
            assert inspect(consented).persistent and not s.dirty and not s.new
            consented.language = "th"
        async with transaction(session_factory(engine)) as s:
            again = await Users(s).by_platform_id("line", "Uconsented")
            assert again is not None and again.language == "th" and again.agency == "กรมบัญชีกลาง"
    finally:
        await engine.dispose()


async def test_with_states_on_each_database(db_url: str) -> None:
    """The generic path on PostgreSQL too: the same people, the same states."""
    expected = await _people(db_url)
    engine = create_engine(db_url)
    try:
        async with transaction(session_factory(engine)) as s:
            found = await Users(s).with_states(PEOPLE)
        assert {user.platform_user_id: _columns(user) for user, _ in found} == expected
        assert sorted((user.platform_user_id, state.flow) for user, state in found if state is not None) == \
            [("42", "topic"), ("Uconsented", "assess")]
    finally:
        await engine.dispose()


async def test_with_states_looks_people_up_by_the_unique_key_not_by_reading_every_user(sqlite_url: str) -> None:
    # "(platform, platform_user_id) IN (VALUES …)" had SQLite read every user each batch (27 ms with 100,000 people)
    await _people(sqlite_url)
    engine = create_engine(sqlite_url, inline=True)
    statements: list[str] = []
    try:
        async with transaction(session_factory(engine)) as s:
            raw = await sqlite_fast.inline_connection(s)
            assert raw is not None
            raw.set_trace_callback(statements.append)  # the statement as run, its values written in
            await Users(s).with_states(PEOPLE)
            raw.set_trace_callback(None)
            [statement] = [sql for sql in statements if "conversation_states" in sql]
            plan = " ".join(str(row[-1]) for row in raw.execute("EXPLAIN QUERY PLAN " + statement))
            assert "SEARCH u USING INDEX" in plan and "SCAN u" not in plan, plan
    finally:
        await engine.dispose()
