"""Users per platform: identity, profile, consent, opt-outs, and the PDPA deletion."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Boolean, delete, func, inspect, select, tuple_, update
from sqlalchemy.orm.attributes import instance_state
from sqlalchemy.orm.util import identity_key

from storage import sqlite_fast
from storage.errors import NotFoundError
from storage.models import (
    AnonymousScore,
    AssessmentAnswer,
    AssessmentAttempt,
    ConversationState,
    Delivery,
    EvidenceDeadline,
    QuizAttempt,
    Reminder,
    User,
)
from storage.repos._base import MISSING, Repository, prefetched
from storage.repos.conversations import STATE_COLUMNS, StateRow
from storage.segment import Segment
from storage.types import UTCDateTime, json_loads, utcnow


@dataclass(frozen=True)
class DeletionReport:
    """How many rows ``Users.delete_personal_data`` removed, per table."""

    user_id: int
    conversation_states: int
    assessment_attempts: int
    assessment_answers: int
    quiz_attempts: int
    deadlines: int
    reminders: int
    deliveries: int


def segment_conditions(segment: Segment, *, for_broadcast: bool = True) -> list[Any]:
    """WHERE conditions on ``users`` for the active members of ``segment`` (set-based fan-outs use
    them in INSERT … SELECT). A group, phase or agency only matches people who gave it."""
    conditions: list[Any] = [User.active.is_(True)]
    if for_broadcast:
        conditions.append(User.broadcast_opt_out.is_(False))
    if segment.agency is not None:
        conditions.append(User.agency == segment.agency)
    if segment.groups:
        conditions.append(User.profile_group.in_(segment.groups))
    if segment.phases:
        conditions.append(User.profile_phase.in_(segment.phases))
    if segment.platforms:
        conditions.append(User.platform.in_(segment.platforms))
    return conditions


class Users(Repository):
    async def get(self, user_id: int) -> User | None:
        return await self.session.get(User, user_id)

    async def require(self, user_id: int) -> User:
        user = await self.get(user_id)
        if user is None:
            raise NotFoundError(f"user {user_id} does not exist")
        return user

    async def by_platform_id(self, platform: str, platform_user_id: str) -> User | None:
        hit = prefetched(self.session, ("user", platform, platform_user_id))
        if hit is not MISSING:
            return cast(User | None, hit)
        stmt = select(User).where(User.platform == platform, User.platform_user_id == platform_user_id)
        return (await self.session.scalars(stmt)).one_or_none()

    async def get_or_create(
        self,
        platform: str,
        platform_user_id: str,
        display_name: str | None = None,
        now: datetime | None = None,
    ) -> User:
        """The user for this platform id, created on first contact; race-safe across replicas."""
        now = now or utcnow()
        created = prefetched(self.session, ("created", platform, platform_user_id))
        if created is not MISSING:  # created a moment ago by the batch processor (``create_many``)
            if display_name is not None:
                created.display_name = display_name
            return cast(User, created)
        user = await self.by_platform_id(platform, platform_user_id)
        if user is not None:  # the common case: one SELECT, the update rides on the next flush
            user.last_seen_at = now
            if display_name is not None:
                user.display_name = display_name
            return user
        stmt = (
            self.insert(User)
            .values(**_new_user(platform, platform_user_id, now, display_name))
            .on_conflict_do_nothing(index_elements=["platform", "platform_user_id"])
        )
        await self.session.execute(stmt)
        user = await self.by_platform_id(platform, platform_user_id)
        assert user is not None
        user.last_seen_at = now
        if display_name is not None:
            user.display_name = display_name
        await self.session.flush()
        return user

    async def with_states(self, people: Sequence[tuple[str, str]]) -> list[tuple[User, StateRow | None]]:
        """The users among ``people`` (platform, platform user id) that exist, each with its conversation state (not
        checked for expiry), in one query; the users are detached from the session (the caller attaches each when
        it is used). On the inline SQLite driver, read as plain rows: the ORM's loading cost more than the rest
        of the batch's statements together (measured: ~50 µs of ~270 an event)."""
        if not people:
            return []
        raw = await sqlite_fast.inline_connection(self.session)
        if raw is not None:
            sql = _WITH_STATES_SQLITE.format(people=", ".join(["(?, ?)"] * len(people)))
            return [(_detached_user(values[:_USER_WIDTH]),
                     None if values[_USER_WIDTH] is None else _state_from_sqlite(*values[_USER_WIDTH:]))
                    for values in raw.execute(sql, [part for person in people for part in person])]
        result = await self.session.execute(_WITH_STATES.where(
            tuple_(User.platform, User.platform_user_id).in_(list(people))))
        found = [(user, None if flow is None else StateRow(flow, step, data, expires))
                 for user, flow, step, data, expires in result.tuples()]
        for user, _ in found:
            self.session.expunge(user)
        return found

    async def create_many(self, people: Sequence[tuple[str, str]], now: datetime | None = None) -> list[User]:
        """Create the users for ``people`` (platform, platform user id) in one statement; the ones
        created (someone created elsewhere meanwhile is skipped, not returned)."""
        if not people:
            return []
        now = now or utcnow()
        stmt = (
            self.insert(User)
            .on_conflict_do_nothing(index_elements=["platform", "platform_user_id"])
            .returning(User)
        )
        rows = [_new_user(platform, user_id, now) for platform, user_id in people]
        return list((await self.session.scalars(stmt, rows)).all())

    async def _update(self, user_id: int, **values: Any) -> User:
        user = await self.require(user_id)
        for name, value in values.items():
            setattr(user, name, value)
        await self.session.flush()
        return user

    async def set_profile(self, user_id: int, group: str | None, phase: str | None) -> User:
        return await self._update(user_id, profile_group=group, profile_phase=phase)

    async def set_agency(self, user_id: int, agency: str | None) -> User:
        return await self._update(user_id, agency=agency)

    async def set_language(self, user_id: int, language: str) -> User:
        return await self._update(user_id, language=language)

    async def give_consent(self, user_id: int, now: datetime | None = None) -> User:
        return await self._update(user_id, consent_at=now or utcnow())

    async def withdraw_consent(self, user_id: int) -> User:
        return await self._update(user_id, consent_at=None)

    async def set_broadcast_opt_out(self, user_id: int, opt_out: bool) -> User:
        return await self._update(user_id, broadcast_opt_out=opt_out)

    async def mark_blocked(self, user_id: int, now: datetime | None = None) -> None:
        """The user blocked / unfollowed the bot: deliveries skip them from now on."""
        stmt = update(User).where(User.id == user_id).values(active=False, blocked_at=now or utcnow())
        await self.session.execute(stmt)

    async def mark_active(self, user_id: int) -> User:
        return await self._update(user_id, active=True, blocked_at=None)

    async def in_segment(self, segment: Segment, *, for_broadcast: bool = True) -> list[User]:
        """Active users matching ``segment``; broadcasts also leave out those who opted out."""
        stmt = select(User).where(*segment_conditions(segment, for_broadcast=for_broadcast)).order_by(User.id)
        return list((await self.session.scalars(stmt)).all())

    async def delete_personal_data(self, user_id: int) -> DeletionReport:
        """PDPA erasure: delete the user and every row about them, in one transaction.

        Kept: only counters in ``anonymous_scores`` (per framework, unit, criterion, catalog
        version and agency: how many answers and their rating sum; per quiz unit: attempts and
        score sums) to which the user's *finished* attempts are added first. No user id, platform
        id, name, profile or time survives. Deleted: the user row, conversation state, assessment
        attempts and answers, quiz attempts, deadlines and reminders, and every delivery to them
        (sent ones too: they name the recipient; broadcast counters already copied stay).
        Processed webhook keys hold no personal data and stay until pruned; the audit log keeps
        admins' actions.
        """
        user = await self.require(user_id)
        await self._fold_into_anonymous_scores(user_id, user.agency or "")
        attempt_ids = select(AssessmentAttempt.id).where(AssessmentAttempt.user_id == user_id)
        attempts = set((await self.session.scalars(attempt_ids)).all())
        deadline_ids = select(EvidenceDeadline.id).where(EvidenceDeadline.user_id == user_id)
        counts = {
            "conversation_states": await self._delete(ConversationState, ConversationState.user_id == user_id),
            "assessment_answers": await self._delete(AssessmentAnswer, AssessmentAnswer.attempt_id.in_(attempt_ids)),
            "assessment_attempts": await self._delete(AssessmentAttempt, AssessmentAttempt.user_id == user_id),
            "quiz_attempts": await self._delete(QuizAttempt, QuizAttempt.user_id == user_id),
            "reminders": await self._delete(
                Reminder, (Reminder.user_id == user_id) | Reminder.deadline_id.in_(deadline_ids)
            ),
            "deadlines": await self._delete(EvidenceDeadline, EvidenceDeadline.user_id == user_id),
            "deliveries": await self._delete(Delivery, Delivery.user_id == user_id),
        }
        await self._delete(User, User.id == user_id)
        self._forget(user_id, attempts)
        return DeletionReport(user_id=user_id, **counts)

    def _forget(self, user_id: int, attempt_ids: set[int]) -> None:
        # Bulk deletes bypass the identity map: drop the user's now-deleted objects from it.
        for obj in list(self.session.identity_map.values()):
            owner = obj.id if isinstance(obj, User) else getattr(obj, "user_id", None)
            if owner == user_id or (isinstance(obj, AssessmentAnswer) and obj.attempt_id in attempt_ids):
                self.session.expunge(obj)

    async def _delete(self, model: Any, condition: Any) -> int:
        result = await self.session.execute(delete(model).where(condition).execution_options(synchronize_session=False))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def _fold_into_anonymous_scores(self, user_id: int, agency: str) -> None:
        rows: list[dict[str, Any]] = []
        answers = (
            select(
                AssessmentAttempt.framework,
                AssessmentAttempt.unit_code,
                AssessmentAttempt.catalog_version,
                AssessmentAnswer.criterion_code,
                func.count(),
                func.sum(AssessmentAnswer.rating),
            )
            .join(AssessmentAnswer, AssessmentAnswer.attempt_id == AssessmentAttempt.id)
            .where(AssessmentAttempt.user_id == user_id, AssessmentAttempt.finished_at.is_not(None))
            .group_by(
                AssessmentAttempt.framework,
                AssessmentAttempt.unit_code,
                AssessmentAttempt.catalog_version,
                AssessmentAnswer.criterion_code,
            )
        )
        for framework, unit, version, criterion, count, total in (await self.session.execute(answers)).all():
            rows.append(_score_row("assessment", framework, unit, criterion, version, agency, count, total, 0))
        quizzes = (
            select(
                QuizAttempt.framework,
                QuizAttempt.unit_code,
                QuizAttempt.catalog_version,
                func.count(),
                func.sum(QuizAttempt.score),
                func.sum(QuizAttempt.max_score),
            )
            .where(QuizAttempt.user_id == user_id, QuizAttempt.finished_at.is_not(None))
            .group_by(QuizAttempt.framework, QuizAttempt.unit_code, QuizAttempt.catalog_version)
        )
        for framework, unit, version, count, total, max_total in (await self.session.execute(quizzes)).all():
            rows.append(_score_row("quiz", framework, unit, "", version, agency, count, total, max_total))
        if not rows:
            return
        stmt = self.insert(AnonymousScore)
        stmt = stmt.on_conflict_do_update(
            index_elements=["kind", "framework", "unit_code", "item_code", "catalog_version", "agency"],
            set_={
                "count": AnonymousScore.count + stmt.excluded.count,
                "total": AnonymousScore.total + stmt.excluded.total,
                "max_total": AnonymousScore.max_total + stmt.excluded.max_total,
            },
        )
        await self.session.execute(stmt, rows)


_WITH_STATES = select(User, *STATE_COLUMNS).outerjoin(ConversationState, ConversationState.user_id == User.id)
_USER_COLUMNS = list(User.__table__.columns)
_USER_WIDTH = len(_USER_COLUMNS)
_WITH_STATES_SQLITE = (
    "SELECT " + ", ".join([*(f"u.{c.name}" for c in _USER_COLUMNS), *(f"s.{c.name}" for c in STATE_COLUMNS)]) + " "
    # (people as a table joined on the unique key: SQLite scanned every user for "(…) IN (VALUES …)", 27 ms a batch
    # with 100,000 people, measured)
    "FROM (VALUES {people}) AS p JOIN users AS u ON u.platform = p.column1 AND u.platform_user_id = p.column2 "
    "LEFT JOIN conversation_states AS s ON s.user_id = u.id"
)


def _as_read(column: Any) -> Any:
    """How SQLAlchemy reads ``column``'s SQLite value (the type's own result processing)."""
    if isinstance(column.type, UTCDateTime):
        return sqlite_fast.from_text
    if isinstance(column.type, Boolean):
        return lambda value: None if value is None else bool(value)
    return None


_USER_READERS = [(column.key, _as_read(column)) for column in _USER_COLUMNS]
_NEW_USER = inspect(User).class_manager.new_instance


def _detached_user(values: Sequence[Any]) -> User:
    """A ``User`` as a query would load it, detached: attached with ``session.add`` it is persistent, unchanged."""
    user = _NEW_USER()  # (no __init__: nothing recorded as changed)
    user.__dict__.update({key: read(value) if read is not None and value is not None else value
                          for (key, read), value in zip(_USER_READERS, values, strict=True)})
    # What make_transient_to_detached() does, less its checks and its pass over the attributes (every one is
    # loaded, none changed): a third of this function's cost.
    instance_state(user).key = identity_key(User, (user.id,))
    return user


def _state_from_sqlite(flow: str, step: str, data: str, expires_at: str | None) -> StateRow:
    return StateRow(flow, step, json_loads(data), sqlite_fast.from_text(expires_at))


def _new_user(platform: str, platform_user_id: str, now: datetime, display_name: str | None = None) -> dict[str, Any]:
    """A first contact's row: Thai, active, no name unless given (PDPA)."""
    return {
        "platform": platform,
        "platform_user_id": platform_user_id,
        "display_name": display_name,
        "language": "th",
        "broadcast_opt_out": False,
        "active": True,
        "created_at": now,
        "last_seen_at": now,
    }


def _score_row(
    kind: str,
    framework: str,
    unit: str,
    item: str,
    version: str,
    agency: str,
    count: int,
    total: Any,
    max_total: Any,
) -> dict[str, Any]:
    return {
        "kind": kind,
        "framework": framework,
        "unit_code": unit,
        "item_code": item,
        "catalog_version": version,
        "agency": agency,
        "count": int(count),
        "total": int(total or 0),
        "max_total": int(max_total or 0),
    }
