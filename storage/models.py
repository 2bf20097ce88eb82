"""The ORM models: one class per table. Repositories are the only writers.

Every time column is ``UTCDateTime`` (aware, UTC). Status columns are plain strings whose values
are the ``StrEnum`` constants below, so no database enum types need migrating.
"""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from storage.types import UTCDateTime

# Stable constraint names: migrations can drop what they created, SQLite batch mode included.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CODE = 64  # unit / criterion / framework codes
NAME = 200


class Platform(StrEnum):
    LINE = "line"
    TELEGRAM = "telegram"
    WEB = "web"
    CONSOLE = "console"


class Role(StrEnum):
    SUPER = "super"
    AGENCY_HR = "agency_hr"


class DeliveryKind(StrEnum):
    REPLY = "reply"
    REMINDER = "reminder"
    BROADCAST = "broadcast"
    HANDOFF = "handoff"  # an HR officer's answer in a handoff conversation


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"  # claimed by a worker; reclaimable once next_attempt_at (the lease) passes
    SENT = "sent"
    FAILED = "failed"  # gave up
    SKIPPED = "skipped"  # recipient blocked / inactive
    CANCELLED = "cancelled"


class DeadlineStatus(StrEnum):
    ACTIVE = "active"
    DONE = "done"
    CANCELLED = "cancelled"


class ReminderStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"  # turned into a delivery
    MISSED = "missed"  # fell due too long ago (e.g. during an outage) to still be useful
    CANCELLED = "cancelled"


class HandoffStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class QuestionStatus(StrEnum):
    NEW = "new"
    SUGGESTED = "suggested"  # turned into a synonym / dev-set suggestion by a content owner


class BroadcastStatus(StrEnum):
    DRAFT = "draft"
    QUEUED = "queued"
    DONE = "done"
    CANCELLED = "cancelled"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[int]: JSON(),
    }


class User(Base):
    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("platform", "platform_user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    platform_user_id: Mapped[str] = mapped_column(String(128))
    display_name: Mapped[str | None] = mapped_column(String(NAME))
    language: Mapped[str] = mapped_column(String(8), default="th")
    consent_at: Mapped[datetime | None]
    broadcast_opt_out: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    blocked_at: Mapped[datetime | None]
    agency: Mapped[str | None] = mapped_column(String(NAME), index=True)
    profile_group: Mapped[str | None] = mapped_column(String(32))
    profile_phase: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]


class ConversationState(Base):
    __tablename__ = "conversation_states"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    flow: Mapped[str] = mapped_column(String(CODE))
    step: Mapped[str] = mapped_column(String(CODE))
    data: Mapped[dict[str, Any]]
    updated_at: Mapped[datetime]
    expires_at: Mapped[datetime | None] = mapped_column(index=True)


class InboxStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"


class InboxEvent(Base):
    """One webhook event, stored before the webhook answers 200; the batch processor handles it.

    Unique on (platform, event_key): a redelivered event inserts nothing. Rows are processed in
    ``id`` order (arrival order); done rows are pruned after the platforms' redelivery window.
    """

    __tablename__ = "inbox"
    __table_args__ = (
        UniqueConstraint("platform", "event_key"),
        Index("ix_inbox_status_id", "status", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    event_key: Mapped[str] = mapped_column(String(128))
    user_key: Mapped[str] = mapped_column(String(128))  # the platform's user / chat id
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")
    reply_handle: Mapped[str] = mapped_column(String(NAME), default="")
    language: Mapped[str] = mapped_column(String(16), default="")
    occurred_at: Mapped[datetime | None]
    received_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16), default=InboxStatus.PENDING)
    done_at: Mapped[datetime | None] = mapped_column(index=True)


class ProcessedEvent(Base):
    __tablename__ = "processed_events"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    event_key: Mapped[str] = mapped_column(String(128), primary_key=True)
    processed_at: Mapped[datetime] = mapped_column(index=True)


class AssessmentAttempt(Base):
    """A self-assessment of one unit; PMQA readiness checks use framework ``pmqa-4.0``."""

    __tablename__ = "assessment_attempts"
    __table_args__ = (Index("ix_assessment_attempts_user_unit", "user_id", "framework", "unit_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    framework: Mapped[str] = mapped_column(String(16))
    unit_code: Mapped[str] = mapped_column(String(CODE))
    catalog_version: Mapped[str] = mapped_column(String(CODE))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]


class AssessmentAnswer(Base):
    __tablename__ = "assessment_answers"

    attempt_id: Mapped[int] = mapped_column(ForeignKey("assessment_attempts.id", ondelete="CASCADE"), primary_key=True)
    criterion_code: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    rating: Mapped[int] = mapped_column(Integer)
    answered_at: Mapped[datetime]


class QuizAttempt(Base):
    __tablename__ = "quiz_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    framework: Mapped[str] = mapped_column(String(16))
    unit_code: Mapped[str] = mapped_column(String(CODE))
    catalog_version: Mapped[str] = mapped_column(String(CODE))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    score: Mapped[int | None] = mapped_column(Integer)
    max_score: Mapped[int | None] = mapped_column(Integer)


class AnonymousScore(Base):
    """Counters left behind when a user's data is deleted: no user, no time, only sums.

    ``kind`` "assessment": one row per criterion (``count`` answers, ``total`` sum of ratings).
    ``kind`` "quiz": ``item_code`` is "", ``count`` attempts, ``total`` / ``max_total`` scores.
    """

    __tablename__ = "anonymous_scores"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    framework: Mapped[str] = mapped_column(String(16), primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    item_code: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    catalog_version: Mapped[str] = mapped_column(String(CODE), primary_key=True)
    agency: Mapped[str] = mapped_column(String(NAME), primary_key=True)  # "" when unknown
    count: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    max_total: Mapped[int] = mapped_column(Integer)


class Admin(Base):
    __tablename__ = "admins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME))
    role: Mapped[str] = mapped_column(String(16))
    agency: Mapped[str | None] = mapped_column(String(NAME))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    admin_id: Mapped[int | None] = mapped_column(ForeignKey("admins.id", ondelete="SET NULL"), index=True)
    action: Mapped[str] = mapped_column(String(CODE))
    target: Mapped[str | None] = mapped_column(String(NAME))
    details: Mapped[dict[str, Any]]
    at: Mapped[datetime] = mapped_column(index=True)


class DeadlineCampaign(Base):
    """An HR officer's deadline for a segment; it created one ``EvidenceDeadline`` per member."""

    __tablename__ = "deadline_campaigns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    author_admin_id: Mapped[int | None] = mapped_column(ForeignKey("admins.id", ondelete="SET NULL"))
    agency: Mapped[str | None] = mapped_column(String(NAME))
    segment: Mapped[dict[str, Any]]
    framework: Mapped[str] = mapped_column(String(16))
    unit_code: Mapped[str] = mapped_column(String(CODE))
    due_date: Mapped[date] = mapped_column(Date)
    offsets: Mapped[list[int]]
    created_at: Mapped[datetime]
    user_count: Mapped[int] = mapped_column(Integer, default=0)
    cancelled_at: Mapped[datetime | None]


class EvidenceDeadline(Base):
    __tablename__ = "evidence_deadlines"
    __table_args__ = (UniqueConstraint("user_id", "framework", "unit_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    framework: Mapped[str] = mapped_column(String(16))
    unit_code: Mapped[str] = mapped_column(String(CODE))
    due_date: Mapped[date] = mapped_column(Date)
    remind_at: Mapped[time | None] = mapped_column(Time)  # Bangkok time of day asked for; None: REMIND_AT
    offsets: Mapped[list[int]]  # days before the due date, e.g. [7, 1, 0]
    status: Mapped[str] = mapped_column(String(16), default=DeadlineStatus.ACTIVE)
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("deadline_campaigns.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Reminder(Base):
    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("deadline_id", "offset_days"),
        Index("ix_reminders_status_due_at", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deadline_id: Mapped[int] = mapped_column(ForeignKey("evidence_deadlines.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    offset_days: Mapped[int] = mapped_column(Integer)
    due_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16), default=ReminderStatus.PENDING)
    sent_at: Mapped[datetime | None]


class Broadcast(Base):
    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    author_admin_id: Mapped[int | None] = mapped_column(ForeignKey("admins.id", ondelete="SET NULL"))
    agency: Mapped[str | None] = mapped_column(String(NAME), index=True)  # None: every agency
    segment: Mapped[dict[str, Any]]
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=BroadcastStatus.DRAFT)
    created_at: Mapped[datetime]
    queued_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    recipient_count: Mapped[int] = mapped_column(Integer, default=0)
    fanned_out_at: Mapped[datetime | None]  # every recipient has its delivery row (fan-out is chunked)
    sent_count: Mapped[int] = mapped_column(Integer, default=0)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)


class ReplyBody(Base):
    """The messages of an answer that many people get (a remembered catalog answer, never anything
    personal), stored once and named by a digest of their JSON: a reply row is then ~100 bytes, not
    ~4 KB (SQLite's writes and WAL checkpoints were the largest share of ``serve``'s CPU per event)."""

    __tablename__ = "reply_bodies"

    digest: Mapped[str] = mapped_column(String(32), primary_key=True)
    messages: Mapped[str] = mapped_column(Text)  # the JSON text, sent as it is
    created_at: Mapped[datetime]


_BROADCASTS = text(f"kind = '{DeliveryKind.BROADCAST.value}'")  # the retry-key index's rows


class Delivery(Base):
    """One outbound message (the outbox). ``next_attempt_at`` is also the claim lease."""

    __tablename__ = "deliveries"
    __table_args__ = (
        Index("ix_deliveries_claim", "platform", "status", "next_attempt_at"),
        # Only a broadcast's multicast group is looked up by its key (``Outbox.claim_groups``, which names the kind
        # as a literal so that the planner may use it); reply rows kept out, each random key cost their inserts
        # about a third (measured: 130 → 88 µs for three rows).
        Index("ix_deliveries_retry_key", "retry_key", sqlite_where=_BROADCASTS, postgresql_where=_BROADCASTS),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    platform: Mapped[str] = mapped_column(String(16))
    recipient: Mapped[str] = mapped_column(String(128))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    broadcast_id: Mapped[int | None] = mapped_column(ForeignKey("broadcasts.id", ondelete="SET NULL"), index=True)
    payload: Mapped[dict[str, Any]]
    # A repeated answer's messages are stored once (``ReplyBody``): then ``payload`` holds only the
    # row's own parts (reply token) and this names the messages.
    body_digest: Mapped[str | None] = mapped_column(ForeignKey("reply_bodies.digest"), index=True)
    idempotency_key: Mapped[str] = mapped_column(String(NAME), unique=True)
    # LINE X-Line-Retry-Key (a UUID), set at insert and never changed; a LINE multicast group of
    # broadcast rows shares one key (one call), see bot/senders/line.py.
    retry_key: Mapped[str | None] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(16), default=DeliveryStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class Handoff(Base):
    """A person asked for a human: a conversation with their agency's HR, open until closed or timed out."""

    __tablename__ = "handoffs"
    __table_args__ = (Index("ix_handoffs_status_agency", "status", "agency"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    agency: Mapped[str | None] = mapped_column(String(NAME))
    status: Mapped[str] = mapped_column(String(16), default=HandoffStatus.OPEN)
    opened_at: Mapped[datetime]
    last_activity_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(String(16))  # "admin" | "timeout" | "user"


class HandoffMessage(Base):
    __tablename__ = "handoff_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handoff_id: Mapped[int] = mapped_column(ForeignKey("handoffs.id", ondelete="CASCADE"), index=True)
    sender: Mapped[str] = mapped_column(String(16))  # "user" | "admin"
    admin_id: Mapped[int | None] = mapped_column(ForeignKey("admins.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]


class MessageStat(Base):
    """One understood text message, with no link to its sender: intent counts over time.

    The time is cut to the hour and no user id is kept, so a deleted person leaves nothing here
    that leads back to them.
    """

    __tablename__ = "message_stats"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hour: Mapped[datetime] = mapped_column(index=True)
    intent: Mapped[str] = mapped_column(String(CODE))
    agency: Mapped[str] = mapped_column(String(NAME), default="")
    answered: Mapped[bool] = mapped_column(Boolean)
    unit: Mapped[str | None] = mapped_column(String(CODE))  # first unit code asked about, if any


class OpenQuestion(Base):
    """An unanswered or low-confidence question's text, kept only for people who consented."""

    __tablename__ = "open_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    agency: Mapped[str | None] = mapped_column(String(NAME))
    text: Mapped[str] = mapped_column(Text)
    intent: Mapped[str] = mapped_column(String(CODE))
    confidence: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16), default=QuestionStatus.NEW)
    suggestion: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(index=True)
