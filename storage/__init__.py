"""Everything the assistant remembers: SQLAlchemy 2 async models, repositories, migrations.

One URL chooses the database: SQLite through aiosqlite (the embedded default, a file under
``./data/``) or PostgreSQL through asyncpg. Typical use::

    engine = create_engine(url)
    sessions = session_factory(engine)
    async with sessions.begin() as session:          # one transaction
        user = await Users(session).get_or_create("line", "U123")
        await Outbox(session).enqueue("reminder", "line", "U123", {...}, "key-1", user_id=user.id)

Repositories flush, never commit: the caller's transaction decides. Migrations: ``upgrade(url)``
(sync, for ``python -m bot db upgrade``) or ``await upgrade_async(url)`` inside an event loop.
Errors: see ``storage.errors``.
"""

from storage.engine import (
    DEFAULT_DATABASE_URL,
    advisory_lock,
    advisory_unlock,
    create_engine,
    session_factory,
    transaction,
    try_advisory_lock,
)
from storage.errors import InvalidValueError, MigrationError, NotFoundError, StorageError
from storage.migrate import (
    current_revision,
    current_revision_async,
    downgrade,
    downgrade_async,
    head_revision,
    upgrade,
    upgrade_async,
)
from storage.models import (
    Admin,
    AnonymousScore,
    AssessmentAnswer,
    AssessmentAttempt,
    AuditEntry,
    Broadcast,
    BroadcastStatus,
    ConversationState,
    DeadlineCampaign,
    DeadlineStatus,
    Delivery,
    DeliveryKind,
    DeliveryStatus,
    EvidenceDeadline,
    Handoff,
    HandoffMessage,
    HandoffStatus,
    InboxEvent,
    InboxStatus,
    MessageStat,
    OpenQuestion,
    Platform,
    ProcessedEvent,
    QuestionStatus,
    QuizAttempt,
    Reminder,
    ReminderStatus,
    ReplyBody,
    Role,
    User,
)
from storage.repos.admins import Admins, Audit, hash_token
from storage.repos.assessments import Assessments, CriterionStats
from storage.repos.broadcasts import Broadcasts
from storage.repos.conversations import Conversations
from storage.repos.events import Events
from storage.repos.handoffs import Handoffs
from storage.repos.inbox import Inbox, InboxRow, NewInboxEvent
from storage.repos.insights import IntentCount, MessageStats, OpenQuestions
from storage.repos.outbox import NewDelivery, Outbox
from storage.repos.reminders import Reminders, reminder_time
from storage.repos.reports import Mean, PersonResult, PersonStatus, Reports
from storage.repos.users import DeletionReport, Users
from storage.segment import Segment
from storage.types import UTCDateTime, utcnow

__all__ = [
    "DEFAULT_DATABASE_URL",
    "Admin",
    "Admins",
    "AnonymousScore",
    "AssessmentAnswer",
    "AssessmentAttempt",
    "Assessments",
    "Audit",
    "AuditEntry",
    "Broadcast",
    "BroadcastStatus",
    "Broadcasts",
    "ConversationState",
    "Conversations",
    "CriterionStats",
    "DeadlineCampaign",
    "DeadlineStatus",
    "DeletionReport",
    "Delivery",
    "DeliveryKind",
    "DeliveryStatus",
    "Events",
    "EvidenceDeadline",
    "Handoff",
    "HandoffMessage",
    "HandoffStatus",
    "Handoffs",
    "Inbox",
    "InboxEvent",
    "InboxRow",
    "InboxStatus",
    "IntentCount",
    "InvalidValueError",
    "Mean",
    "MessageStat",
    "MessageStats",
    "MigrationError",
    "NewDelivery",
    "NewInboxEvent",
    "NotFoundError",
    "OpenQuestion",
    "OpenQuestions",
    "Outbox",
    "PersonResult",
    "PersonStatus",
    "Platform",
    "ProcessedEvent",
    "QuestionStatus",
    "QuizAttempt",
    "Reminder",
    "ReminderStatus",
    "Reminders",
    "ReplyBody",
    "Reports",
    "Role",
    "Segment",
    "StorageError",
    "UTCDateTime",
    "User",
    "Users",
    "advisory_lock",
    "advisory_unlock",
    "create_engine",
    "current_revision",
    "current_revision_async",
    "downgrade",
    "downgrade_async",
    "hash_token",
    "head_revision",
    "reminder_time",
    "session_factory",
    "transaction",
    "try_advisory_lock",
    "upgrade",
    "upgrade_async",
    "utcnow",
]
