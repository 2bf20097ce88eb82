"""Self-assessments (and PMQA readiness checks, framework "pmqa-4.0") and knowledge quizzes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from storage.errors import InvalidValueError, NotFoundError
from storage.models import AnonymousScore, AssessmentAnswer, AssessmentAttempt, QuizAttempt, User
from storage.repos._base import Repository
from storage.types import utcnow


@dataclass(frozen=True)
class CriterionStats:
    """Answers to one criterion across users: live finished attempts plus anonymous counters."""

    count: int
    rating_sum: int

    @property
    def mean(self) -> float:
        return self.rating_sum / self.count if self.count else 0.0


class Assessments(Repository):
    async def start(
        self, user_id: int, framework: str, unit_code: str, catalog_version: str, now: datetime | None = None
    ) -> AssessmentAttempt:
        attempt = AssessmentAttempt(
            user_id=user_id,
            framework=framework,
            unit_code=unit_code,
            catalog_version=catalog_version,
            started_at=now or utcnow(),
        )
        self.session.add(attempt)
        await self.session.flush()
        return attempt

    async def get(self, attempt_id: int) -> AssessmentAttempt | None:
        return await self.session.get(AssessmentAttempt, attempt_id)

    async def answer(self, attempt_id: int, criterion_code: str, rating: int, now: datetime | None = None) -> None:
        """Record a rating; answering the same criterion again overwrites the earlier answer."""
        attempt = await self.get(attempt_id)
        if attempt is None:
            raise NotFoundError(f"assessment attempt {attempt_id} does not exist")
        if attempt.finished_at is not None:
            raise InvalidValueError(f"assessment attempt {attempt_id} is already finished")
        values = {
            "attempt_id": attempt_id,
            "criterion_code": criterion_code,
            "rating": rating,
            "answered_at": now or utcnow(),
        }
        stmt = self.insert(AssessmentAnswer).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["attempt_id", "criterion_code"],
            set_={"rating": values["rating"], "answered_at": values["answered_at"]},
        )
        await self.session.execute(stmt)

    async def answers(self, attempt_id: int) -> dict[str, int]:
        """Criterion code -> rating, in the order they were first answered."""
        stmt = (
            select(AssessmentAnswer.criterion_code, AssessmentAnswer.rating)
            .where(AssessmentAnswer.attempt_id == attempt_id)
            .order_by(AssessmentAnswer.answered_at, AssessmentAnswer.criterion_code)
        )
        return {code: rating for code, rating in (await self.session.execute(stmt)).all()}

    async def finish(self, attempt_id: int, now: datetime | None = None) -> AssessmentAttempt:
        attempt = await self.get(attempt_id)
        if attempt is None:
            raise NotFoundError(f"assessment attempt {attempt_id} does not exist")
        attempt.finished_at = now or utcnow()
        await self.session.flush()
        return attempt

    async def open_attempt(self, user_id: int, framework: str, unit_code: str) -> AssessmentAttempt | None:
        """The newest unfinished attempt at this unit, to resume."""
        return await self._latest(user_id, framework, unit_code, finished=False)

    async def latest_finished(self, user_id: int, framework: str, unit_code: str) -> AssessmentAttempt | None:
        return await self._latest(user_id, framework, unit_code, finished=True)

    async def _latest(self, user_id: int, framework: str, unit_code: str, finished: bool) -> AssessmentAttempt | None:
        stmt = (
            select(AssessmentAttempt)
            .where(
                AssessmentAttempt.user_id == user_id,
                AssessmentAttempt.framework == framework,
                AssessmentAttempt.unit_code == unit_code,
                AssessmentAttempt.finished_at.is_not(None) if finished else AssessmentAttempt.finished_at.is_(None),
            )
            .order_by(AssessmentAttempt.started_at.desc(), AssessmentAttempt.id.desc())
            .limit(1)
        )
        return (await self.session.scalars(stmt)).one_or_none()

    async def attempts_for(self, user_id: int, framework: str | None = None) -> list[AssessmentAttempt]:
        stmt = select(AssessmentAttempt).where(AssessmentAttempt.user_id == user_id)
        if framework is not None:
            stmt = stmt.where(AssessmentAttempt.framework == framework)
        stmt = stmt.order_by(AssessmentAttempt.started_at, AssessmentAttempt.id)
        return list((await self.session.scalars(stmt)).all())

    async def criterion_stats(
        self, framework: str, unit_code: str, agency: str | None = None
    ) -> dict[str, CriterionStats]:
        """Per criterion, every finished answer (of present and deleted users) for HR aggregates."""
        live = (
            select(AssessmentAnswer.criterion_code, func.count(), func.sum(AssessmentAnswer.rating))
            .join(AssessmentAttempt, AssessmentAttempt.id == AssessmentAnswer.attempt_id)
            .where(
                AssessmentAttempt.framework == framework,
                AssessmentAttempt.unit_code == unit_code,
                AssessmentAttempt.finished_at.is_not(None),
            )
            .group_by(AssessmentAnswer.criterion_code)
        )
        kept = select(AnonymousScore.item_code, AnonymousScore.count, AnonymousScore.total).where(
            AnonymousScore.kind == "assessment",
            AnonymousScore.framework == framework,
            AnonymousScore.unit_code == unit_code,
        )
        if agency is not None:
            live = live.join(User, User.id == AssessmentAttempt.user_id).where(User.agency == agency)
            kept = kept.where(AnonymousScore.agency == agency)
        totals: dict[str, tuple[int, int]] = {}
        for stmt in (live, kept):
            for code, count, total in (await self.session.execute(stmt)).all():
                old_count, old_total = totals.get(code, (0, 0))
                totals[code] = (old_count + int(count), old_total + int(total or 0))
        return {code: CriterionStats(count, total) for code, (count, total) in sorted(totals.items())}

    # Knowledge quizzes -------------------------------------------------------------------------

    async def start_quiz(
        self, user_id: int, framework: str, unit_code: str, catalog_version: str, now: datetime | None = None
    ) -> QuizAttempt:
        quiz = QuizAttempt(
            user_id=user_id,
            framework=framework,
            unit_code=unit_code,
            catalog_version=catalog_version,
            started_at=now or utcnow(),
        )
        self.session.add(quiz)
        await self.session.flush()
        return quiz

    async def finish_quiz(self, quiz_id: int, score: int, max_score: int, now: datetime | None = None) -> QuizAttempt:
        quiz = await self.session.get(QuizAttempt, quiz_id)
        if quiz is None:
            raise NotFoundError(f"quiz attempt {quiz_id} does not exist")
        if not 0 <= score <= max_score:
            raise InvalidValueError(f"quiz score {score} is outside 0..{max_score}")
        quiz.score, quiz.max_score, quiz.finished_at = score, max_score, now or utcnow()
        await self.session.flush()
        return quiz

    async def quizzes_for(self, user_id: int) -> list[QuizAttempt]:
        stmt = (
            select(QuizAttempt).where(QuizAttempt.user_id == user_id).order_by(QuizAttempt.started_at, QuizAttempt.id)
        )
        return list((await self.session.scalars(stmt)).all())
