from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import (
    AnonymousScore,
    Assessments,
    Conversations,
    Delivery,
    NotFoundError,
    Outbox,
    Reminders,
    Segment,
    User,
    Users,
)

NOW = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)


async def test_get_or_create_creates_once_and_updates_last_seen(session: AsyncSession) -> None:
    users = Users(session)
    first = await users.get_or_create("line", "U1", "Somchai", now=NOW)
    later = NOW + timedelta(hours=2)
    again = await users.get_or_create("line", "U1", now=later)
    assert again.id == first.id
    assert again.display_name == "Somchai"  # not erased by a call without a name
    assert again.last_seen_at == later and again.created_at == NOW
    assert again.language == "th" and again.active and not again.broadcast_opt_out


async def test_same_platform_id_on_another_platform_is_another_user(session: AsyncSession) -> None:
    users = Users(session)
    line = await users.get_or_create("line", "42")
    telegram = await users.get_or_create("telegram", "42")
    assert line.id != telegram.id
    assert (await users.by_platform_id("telegram", "42")) is telegram
    assert await users.by_platform_id("web", "42") is None


async def test_profile_agency_language_consent_opt_out(session: AsyncSession) -> None:
    users = Users(session)
    user = await users.get_or_create("line", "U1")
    await users.set_profile(user.id, "Technologist", "Developing")
    await users.set_agency(user.id, "DGA")
    await users.set_language(user.id, "en")
    await users.give_consent(user.id, now=NOW)
    await users.set_broadcast_opt_out(user.id, True)
    await session.commit()
    session.expunge_all()
    stored = await users.require(user.id)
    assert (stored.profile_group, stored.profile_phase, stored.agency) == (
        "Technologist",
        "Developing",
        "DGA",
    )
    assert stored.language == "en" and stored.consent_at == NOW and stored.broadcast_opt_out
    await users.withdraw_consent(user.id)
    assert (await users.require(user.id)).consent_at is None


async def test_block_and_reactivate(session: AsyncSession) -> None:
    users = Users(session)
    user = await users.get_or_create("line", "U1")
    await users.mark_blocked(user.id, now=NOW)
    session.expunge_all()
    blocked = await users.require(user.id)
    assert not blocked.active and blocked.blocked_at == NOW
    active = await users.mark_active(user.id)
    assert active.active and active.blocked_at is None


async def test_require_unknown_user_raises(session: AsyncSession) -> None:
    with pytest.raises(NotFoundError):
        await Users(session).require(999)
    with pytest.raises(NotFoundError):
        await Users(session).set_agency(999, "DGA")


async def test_in_segment_filters(session: AsyncSession) -> None:
    users = Users(session)

    async def make(pid: str, platform: str, agency: str, group: str, phase: str) -> User:
        user = await users.get_or_create(platform, pid)
        await users.set_agency(user.id, agency)
        return await users.set_profile(user.id, group, phase)

    a = await make("a", "line", "DGA", "Technologist", "Early")
    b = await make("b", "telegram", "DGA", "Executive", "Mature")
    c = await make("c", "line", "OCSC", "Technologist", "Early")
    opted = await make("d", "line", "DGA", "Technologist", "Early")
    await users.set_broadcast_opt_out(opted.id, True)
    gone = await make("e", "line", "DGA", "Technologist", "Early")
    await users.mark_blocked(gone.id)

    def ids(found: list[User]) -> list[int]:
        return [u.id for u in found]

    assert ids(await users.in_segment(Segment())) == [a.id, b.id, c.id]
    assert ids(await users.in_segment(Segment(agency="DGA"))) == [a.id, b.id]
    assert ids(await users.in_segment(Segment(groups=("Technologist",)))) == [a.id, c.id]
    assert ids(await users.in_segment(Segment(phases=("Mature",)))) == [b.id]
    assert ids(await users.in_segment(Segment(platforms=("telegram",)))) == [b.id]
    assert ids(await users.in_segment(Segment(agency="DGA"), for_broadcast=False)) == [a.id, b.id, opted.id]


def test_segment_json_round_trip() -> None:
    segment = Segment(agency="DGA", groups=("Service",), phases=("Early", "Mature"), platforms=("line",))
    assert Segment.from_json(segment.to_json()) == segment
    assert Segment.from_json({}) == Segment()
    assert Segment.from_json({"groups": "Executive", "phases": None}) == Segment(groups=("Executive",))


async def _count(session: AsyncSession, model: type, **where: object) -> int:
    stmt = select(func.count()).select_from(model)
    for name, value in where.items():
        stmt = stmt.where(getattr(model, name) == value)
    return int((await session.execute(stmt)).scalar_one())


async def test_delete_personal_data_removes_rows_and_keeps_anonymous_scores(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions.begin() as s:
        users = Users(s)
        user = await users.get_or_create("line", "U-delete", "Somsri", now=NOW)
        await users.set_agency(user.id, "DGA")
        other = await users.get_or_create("line", "U-keep", now=NOW)
        await Conversations(s).set(user.id, "assess", "q1", {"unit": "DL201"}, now=NOW)
        assessments = Assessments(s)
        done = await assessments.start(user.id, "ocsc-2561", "DL200", "v1", now=NOW)
        await assessments.answer(done.id, "DL201.1", 3, now=NOW)
        await assessments.answer(done.id, "DL201.2", 4, now=NOW)
        await assessments.finish(done.id, now=NOW)
        unfinished = await assessments.start(user.id, "ocsc-2561", "DL200", "v1", now=NOW)
        await assessments.answer(unfinished.id, "DL201.1", 1, now=NOW)
        quiz = await assessments.start_quiz(user.id, "ocsc-2561", "DL200", "v1", now=NOW)
        await assessments.finish_quiz(quiz.id, 4, 5, now=NOW)
        await Reminders(s).set_deadline(user.id, "ocsc-2561", "DL200", date(2026, 12, 15), now=NOW)
        await Outbox(s).enqueue("reminder", "line", "U-delete", {"text": "x"}, "k1", user_id=user.id, now=NOW)
        await Outbox(s).enqueue("reminder", "line", "U-keep", {"text": "x"}, "k2", user_id=other.id, now=NOW)
        kept_attempt = await assessments.start(other.id, "ocsc-2561", "DL200", "v1", now=NOW)
        await assessments.answer(kept_attempt.id, "DL201.1", 2, now=NOW)
        await assessments.finish(kept_attempt.id, now=NOW)
        user_id = user.id

    async with sessions.begin() as s:
        report = await Users(s).delete_personal_data(user_id)
    assert report.conversation_states == 1
    assert report.assessment_attempts == 2 and report.assessment_answers == 3
    assert report.quiz_attempts == 1 and report.deadlines == 1 and report.reminders == 3
    assert report.deliveries == 1

    async with sessions() as s:
        assert await Users(s).get(user_id) is None
        assert await Users(s).by_platform_id("line", "U-delete") is None
        assert await Users(s).by_platform_id("line", "U-keep") is not None
        assert await _count(s, Delivery) == 1
        assert await Conversations(s).get(user_id) is None
        scores = {
            (row.kind, row.item_code): (row.count, row.total, row.max_total, row.agency)
            for row in (await s.scalars(select(AnonymousScore))).all()
        }
        # Only the finished attempt and quiz are folded in; the unfinished answer is gone.
        assert scores == {
            ("assessment", "DL201.1"): (1, 3, 0, "DGA"),
            ("assessment", "DL201.2"): (1, 4, 0, "DGA"),
            ("quiz", ""): (1, 4, 5, "DGA"),
        }
        stats = await Assessments(s).criterion_stats("ocsc-2561", "DL200")
        assert (stats["DL201.1"].count, stats["DL201.1"].rating_sum) == (2, 5)  # deleted 3 + kept 2
        assert stats["DL201.1"].mean == 2.5


async def test_delete_personal_data_twice_accumulates_and_unknown_user_raises(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    for pid in ("U1", "U2"):
        async with sessions.begin() as s:
            user = await Users(s).get_or_create("line", pid)
            attempt = await Assessments(s).start(user.id, "pmqa-4.0", "4.1", "v1")
            await Assessments(s).answer(attempt.id, "4.1.1", 2)
            await Assessments(s).finish(attempt.id)
            await Users(s).delete_personal_data(user.id)
    async with sessions() as s:
        row = (await s.scalars(select(AnonymousScore))).one()
        assert (row.count, row.total, row.agency) == (2, 4, "")
        assert await _count(s, User) == 0
        with pytest.raises(NotFoundError):
            await Users(s).delete_personal_data(12345)
