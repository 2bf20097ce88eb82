from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from storage import Assessments, InvalidValueError, NotFoundError, Users

NOW = datetime(2026, 11, 1, 3, 0, tzinfo=UTC)


async def test_attempt_records_catalog_version_and_answers(session: AsyncSession) -> None:
    user = await Users(session).get_or_create("line", "U1")
    repo = Assessments(session)
    attempt = await repo.start(user.id, "ocsc-2561", "DL200", "abc123", now=NOW)
    assert (attempt.framework, attempt.unit_code, attempt.catalog_version) == ("ocsc-2561", "DL200", "abc123")
    assert attempt.started_at == NOW and attempt.finished_at is None
    await repo.answer(attempt.id, "DL201.1", 2, now=NOW)
    await repo.answer(attempt.id, "DL201.2", 4, now=NOW + timedelta(seconds=1))
    assert await repo.answers(attempt.id) == {"DL201.1": 2, "DL201.2": 4}


async def test_re_answer_overwrites(session: AsyncSession) -> None:
    user = await Users(session).get_or_create("line", "U1")
    repo = Assessments(session)
    attempt = await repo.start(user.id, "ocsc-2561", "DL200", "v1", now=NOW)
    await repo.answer(attempt.id, "DL201.1", 1, now=NOW)
    await repo.answer(attempt.id, "DL201.1", 5, now=NOW + timedelta(minutes=1))
    assert await repo.answers(attempt.id) == {"DL201.1": 5}


async def test_finish_open_and_latest(session: AsyncSession) -> None:
    user = await Users(session).get_or_create("line", "U1")
    repo = Assessments(session)
    first = await repo.start(user.id, "ocsc-2561", "DL200", "v1", now=NOW)
    assert (await repo.open_attempt(user.id, "ocsc-2561", "DL200")) is first
    assert await repo.latest_finished(user.id, "ocsc-2561", "DL200") is None
    await repo.finish(first.id, now=NOW + timedelta(minutes=5))
    assert await repo.open_attempt(user.id, "ocsc-2561", "DL200") is None
    second = await repo.start(user.id, "ocsc-2561", "DL200", "v1", now=NOW + timedelta(days=1))
    await repo.finish(second.id, now=NOW + timedelta(days=1, minutes=5))
    latest = await repo.latest_finished(user.id, "ocsc-2561", "DL200")
    assert latest is not None and latest.id == second.id
    assert latest.finished_at == NOW + timedelta(days=1, minutes=5)
    pmqa = await repo.start(user.id, "pmqa-4.0", "4.1", "v1", now=NOW)
    assert [a.id for a in await repo.attempts_for(user.id)] == [first.id, pmqa.id, second.id]
    assert [a.id for a in await repo.attempts_for(user.id, "pmqa-4.0")] == [pmqa.id]


async def test_answering_a_finished_or_missing_attempt_fails(session: AsyncSession) -> None:
    user = await Users(session).get_or_create("line", "U1")
    repo = Assessments(session)
    attempt = await repo.start(user.id, "ocsc-2561", "DL200", "v1")
    await repo.finish(attempt.id)
    with pytest.raises(InvalidValueError):
        await repo.answer(attempt.id, "DL201.1", 3)
    with pytest.raises(NotFoundError):
        await repo.answer(9999, "DL201.1", 3)
    with pytest.raises(NotFoundError):
        await repo.finish(9999)


async def test_criterion_stats_counts_finished_attempts_per_agency(session: AsyncSession) -> None:
    users = Users(session)
    repo = Assessments(session)
    for pid, agency, rating, finish in (
        ("a", "DGA", 4, True),
        ("b", "OCSC", 2, True),
        ("c", "DGA", 1, False),
    ):
        user = await users.get_or_create("line", pid)
        await users.set_agency(user.id, agency)
        attempt = await repo.start(user.id, "ocsc-2561", "DL200", "v1")
        await repo.answer(attempt.id, "DL201.1", rating)
        if finish:
            await repo.finish(attempt.id)
    everyone = await repo.criterion_stats("ocsc-2561", "DL200")
    assert (everyone["DL201.1"].count, everyone["DL201.1"].rating_sum) == (2, 6)
    dga = await repo.criterion_stats("ocsc-2561", "DL200", agency="DGA")
    assert (dga["DL201.1"].count, dga["DL201.1"].mean) == (1, 4.0)
    assert await repo.criterion_stats("ocsc-2561", "DL300") == {}


async def test_quiz_attempts(session: AsyncSession) -> None:
    user = await Users(session).get_or_create("line", "U1")
    repo = Assessments(session)
    quiz = await repo.start_quiz(user.id, "ocsc-2561", "DL200", "v1", now=NOW)
    assert quiz.score is None and quiz.finished_at is None
    finished = await repo.finish_quiz(quiz.id, 3, 5, now=NOW + timedelta(minutes=2))
    assert (finished.score, finished.max_score, finished.finished_at) == (3, 5, NOW + timedelta(minutes=2))
    assert [q.id for q in await repo.quizzes_for(user.id)] == [quiz.id]
    with pytest.raises(InvalidValueError):
        await repo.finish_quiz(quiz.id, 6, 5)
    with pytest.raises(NotFoundError):
        await repo.finish_quiz(999, 1, 5)
