"""Read-only figures for HR: people and their self-assessment status, results, deliveries.

Every query takes ``agency``: None means every agency (super admins), a name limits the rows to
people of that agency. Per-person rows are for people who consented only. Aggregates carry the
size of their group so that callers can suppress small ones (``privacy.MIN_GROUP``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Date as SqlDate
from sqlalchemy import Select, case, cast, distinct, func, literal_column, select

from storage.models import (
    AnonymousScore,
    AssessmentAnswer,
    AssessmentAttempt,
    Delivery,
    DeliveryStatus,
    EvidenceDeadline,
    QuizAttempt,
    Reminder,
    ReminderStatus,
    User,
)
from storage.repos._base import Repository
from storage.types import utcnow

PMQA = "pmqa-4.0"  # readiness checks share the attempts table; they are not self-assessments of a unit


@dataclass(frozen=True)
class Person:
    """Who a per-person row is about (consented people only)."""

    platform: str
    platform_user_id: str
    display_name: str | None
    agency: str | None
    group: str | None
    phase: str | None

    @classmethod
    def of(cls, user: User) -> Person:
        return cls(user.platform, user.platform_user_id, user.display_name, user.agency, user.profile_group,
                   user.profile_phase)


@dataclass(frozen=True)
class PersonStatus:
    person: Person
    status: str  # "not_started" | "in_progress" | "finished"
    finished_at: datetime | None
    due_date: date | None
    missed_reminders: int

    def as_json(self) -> dict[str, Any]:
        return {
            **asdict(self.person),
            "status": self.status,
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "missed_reminders": self.missed_reminders,
        }


@dataclass(frozen=True)
class Mean:
    """An average over ``people`` (live people plus anonymous counters left by deleted ones)."""

    key: tuple[str, ...]
    people: int
    answers: int
    total: int

    @property
    def mean(self) -> float:
        return self.total / self.answers if self.answers else 0.0


@dataclass(frozen=True)
class PersonResult:
    person: Person
    framework: str
    unit_code: str
    criterion_code: str
    rating: int
    finished_at: datetime


STATUSES = ("not_started", "in_progress", "finished")


def _scoped(stmt: Select[Any], agency: str | None) -> Select[Any]:
    return stmt if agency is None else stmt.where(User.agency == agency)


class Reports(Repository):
    async def counts(self, agency: str | None, now: datetime | None = None) -> dict[str, int]:
        since = (now or utcnow()) - timedelta(days=30)
        stmt = _scoped(select(func.count(), func.count(User.consent_at),
                              func.count(case((User.last_seen_at >= since, 1)))).select_from(User), agency)
        registered, consented, active = (await self.session.execute(stmt)).one()
        return {"registered": int(registered), "consented": int(consented), "active_30d": int(active or 0)}

    async def people(self, framework: str, unit_code: str, agency: str | None,
                     status: str | None = None) -> list[PersonStatus]:
        """Consented people and where they stand on one unit, with their deadline and missed reminders."""
        attempts = (select(AssessmentAttempt.user_id, func.max(AssessmentAttempt.finished_at).label("finished"),
                           func.count().label("n"))
                    .where(AssessmentAttempt.framework == framework, AssessmentAttempt.unit_code == unit_code)
                    .group_by(AssessmentAttempt.user_id).subquery())
        deadline = (select(EvidenceDeadline.user_id, EvidenceDeadline.id, EvidenceDeadline.due_date)
                    .where(EvidenceDeadline.framework == framework, EvidenceDeadline.unit_code == unit_code,
                           EvidenceDeadline.status == "active").subquery())
        missed = (select(Reminder.deadline_id, func.count().label("missed"))
                  .where(Reminder.status == ReminderStatus.MISSED).group_by(Reminder.deadline_id).subquery())
        stmt = _scoped(
            select(User, attempts.c.finished, attempts.c.n, deadline.c.due_date, missed.c.missed)
            .outerjoin(attempts, attempts.c.user_id == User.id)
            .outerjoin(deadline, deadline.c.user_id == User.id)
            .outerjoin(missed, missed.c.deadline_id == deadline.c.id)
            .where(User.consent_at.is_not(None))
            .order_by(User.agency, User.display_name, User.id),
            agency,
        )
        out = []
        for user, finished, n, due, missed_count in (await self.session.execute(stmt)).all():
            state = "finished" if finished is not None else "in_progress" if n else "not_started"
            if status is not None and state != status:
                continue
            out.append(PersonStatus(Person.of(user), state, finished, due, int(missed_count or 0)))
        return out

    async def completion(self, agency: str | None) -> dict[tuple[str, str], tuple[int, int]]:
        """(group, phase) -> (consented people, of whom finished at least one self-assessment)."""
        done = (select(distinct(AssessmentAttempt.user_id))
                .where(AssessmentAttempt.finished_at.is_not(None), AssessmentAttempt.framework != PMQA))
        stmt = _scoped(
            select(User.profile_group, User.profile_phase, func.count(),
                   func.count(case((User.id.in_(done), 1))))
            .where(User.consent_at.is_not(None))
            .group_by(User.profile_group, User.profile_phase),
            agency,
        )
        return {(g or "", p or ""): (int(n), int(f or 0)) for g, p, n, f in (await self.session.execute(stmt)).all()}

    async def unit_means(self, agency: str | None) -> list[Mean]:
        """Average rating per (framework, unit) over finished self-assessments, deleted people included."""
        return await self._means((AssessmentAttempt.framework, AssessmentAttempt.unit_code),
                                 (AnonymousScore.framework, AnonymousScore.unit_code), agency, None)

    async def criterion_means(self, framework: str, unit_code: str, agency: str | None) -> list[Mean]:
        return await self._means((AssessmentAnswer.criterion_code,), (AnonymousScore.item_code,), agency,
                                 (framework, unit_code))

    async def _means(self, live_keys: tuple[Any, ...], kept_keys: tuple[Any, ...], agency: str | None,
                     unit: tuple[str, str] | None) -> list[Mean]:
        live = _scoped(
            select(*live_keys, func.count(distinct(AssessmentAttempt.user_id)), func.count(),
                   func.sum(AssessmentAnswer.rating))
            .join(AssessmentAnswer, AssessmentAnswer.attempt_id == AssessmentAttempt.id)
            .join(User, User.id == AssessmentAttempt.user_id)
            .where(AssessmentAttempt.finished_at.is_not(None), AssessmentAttempt.framework != PMQA)
            .group_by(*live_keys),
            agency,
        )
        # Anonymous counters: one answer per deleted attempt and criterion; the most answered
        # criterion bounds how many deleted people stand behind a unit.
        kept = (select(*kept_keys, func.max(AnonymousScore.count), func.sum(AnonymousScore.count),
                       func.sum(AnonymousScore.total))
                .where(AnonymousScore.kind == "assessment", AnonymousScore.framework != PMQA)
                .group_by(*kept_keys))
        if agency is not None:
            kept = kept.where(AnonymousScore.agency == agency)
        if unit is not None:
            live = live.where(AssessmentAttempt.framework == unit[0], AssessmentAttempt.unit_code == unit[1])
            kept = kept.where(AnonymousScore.framework == unit[0], AnonymousScore.unit_code == unit[1])
        width = len(live_keys)
        sums: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0, 0, 0])
        for stmt in (live, kept):
            for row in (await self.session.execute(stmt)).all():
                key, (people, answers, total) = tuple(row[:width]), row[width:]
                acc = sums[key]
                acc[0] += int(people or 0)
                acc[1] += int(answers or 0)
                acc[2] += int(total or 0)
        return [Mean(key, *acc) for key, acc in sorted(sums.items())]

    async def results(self, agency: str | None, unit: tuple[str, str] | None = None) -> list[PersonResult]:
        """Every rating of consented people's finished self-assessments (for per-person exports),
        of one ``(framework, unit_code)`` when given."""
        # Plain columns, not ORM objects: an export reads thousands of rows.
        stmt = _scoped(
            select(User.platform, User.platform_user_id, User.display_name, User.agency, User.profile_group,
                   User.profile_phase, AssessmentAttempt.framework, AssessmentAttempt.unit_code,
                   AssessmentAnswer.criterion_code, AssessmentAnswer.rating, AssessmentAttempt.finished_at)
            .join(AssessmentAttempt, AssessmentAttempt.user_id == User.id)
            .join(AssessmentAnswer, AssessmentAnswer.attempt_id == AssessmentAttempt.id)
            .where(User.consent_at.is_not(None), AssessmentAttempt.finished_at.is_not(None))
            .order_by(User.id, AssessmentAttempt.finished_at, AssessmentAttempt.id, AssessmentAnswer.criterion_code),
            agency,
        )
        if unit is not None:
            stmt = stmt.where(AssessmentAttempt.framework == unit[0], AssessmentAttempt.unit_code == unit[1])
        return [PersonResult(Person(*row[:6]), *row[6:]) for row in (await self.session.execute(stmt)).all()]

    async def deliveries_by_day(self, agency: str | None, since: datetime) -> dict[date, dict[str, int]]:
        """Deliveries created since ``since`` per Bangkok day: sent / failed (failed and skipped)."""
        day = self._bangkok_day(Delivery.created_at)
        stmt = (select(day, Delivery.status, func.count()).where(Delivery.created_at >= since)
                .group_by(day, Delivery.status))
        if agency is not None:
            stmt = stmt.join(User, User.id == Delivery.user_id).where(User.agency == agency)
        out: dict[date, dict[str, int]] = defaultdict(lambda: {"sent": 0, "failed": 0})
        for when, status, n in (await self.session.execute(stmt)).all():
            key = when if isinstance(when, date) else date.fromisoformat(str(when))
            if status == DeliveryStatus.SENT:
                out[key]["sent"] += int(n)
            elif status in (DeliveryStatus.FAILED, DeliveryStatus.SKIPPED):
                out[key]["failed"] += int(n)
        return dict(sorted(out.items()))

    async def quiz_funnel(self, agency: str | None) -> dict[str, tuple[int, int]]:
        """Per "framework:unit": (quizzes and self-assessments started, finished)."""
        out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for model in (AssessmentAttempt, QuizAttempt):
            stmt = _scoped(
                select(model.framework, model.unit_code, func.count(), func.count(model.finished_at))
                .join(User, User.id == model.user_id).group_by(model.framework, model.unit_code),
                agency,
            )
            for fw, unit, started, finished in (await self.session.execute(stmt)).all():
                out[f"{fw}:{unit}"][0] += int(started)
                out[f"{fw}:{unit}"][1] += int(finished)
        return {k: (v[0], v[1]) for k, v in sorted(out.items())}

    async def stop_steps(self, agency: str | None) -> dict[str, dict[int, int]]:
        """Per "framework:unit": unfinished self-assessments by how many questions they had answered
        (the step where people dropped off)."""
        answered = (select(AssessmentAnswer.attempt_id, func.count().label("n"))
                    .group_by(AssessmentAnswer.attempt_id).subquery())
        step = func.coalesce(answered.c.n, literal_column("0"))  # a literal: PostgreSQL groups by the same text
        stmt = _scoped(
            select(AssessmentAttempt.framework, AssessmentAttempt.unit_code, step, func.count())
            .join(User, User.id == AssessmentAttempt.user_id)
            .outerjoin(answered, answered.c.attempt_id == AssessmentAttempt.id)
            .where(AssessmentAttempt.finished_at.is_(None))
            .group_by(AssessmentAttempt.framework, AssessmentAttempt.unit_code, step),
            agency,
        )
        out: dict[str, dict[int, int]] = defaultdict(dict)
        for fw, unit, answers, n in (await self.session.execute(stmt)).all():
            out[f"{fw}:{unit}"][int(answers)] = int(n)
        return dict(out)

    async def campaign_reminders(self, campaign_ids: list[int]) -> dict[int, dict[str, int]]:
        """Per deadline campaign: its reminders by status (pending, sent, missed, cancelled)."""
        if not campaign_ids:
            return {}
        stmt = (select(EvidenceDeadline.campaign_id, Reminder.status, func.count())
                .join(Reminder, Reminder.deadline_id == EvidenceDeadline.id)
                .where(EvidenceDeadline.campaign_id.in_(campaign_ids))
                .group_by(EvidenceDeadline.campaign_id, Reminder.status))
        out: dict[int, dict[str, int]] = defaultdict(dict)
        for campaign_id, status, n in (await self.session.execute(stmt)).all():
            out[int(campaign_id)][str(status)] = int(n)
        return dict(out)

    def _bangkok_day(self, column: Any) -> Any:
        if self.dialect == "postgresql":
            return cast(func.timezone("Asia/Bangkok", column), SqlDate)
        return func.date(column, "+7 hours")

