"""HR actions: broadcasts to a segment and deadline campaigns (the CLI and the admin pages call these).

Every function takes an open session and flushes; the caller commits (one transaction per
action, audited). Broadcasts are created ``queued``: the worker fans them out in chunks and sends
them. Errors: ``storage.InvalidValueError`` (bad input, a message for the officer) and
``storage.NotFoundError`` (no such id).
"""

from bot.hr.broadcasts import (
    MAX_BROADCAST_TEXT,
    broadcast_status,
    cancel_broadcast,
    count_recipients,
    create_broadcast,
    retry_dead,
)
from bot.hr.campaigns import cancel_campaign, create_campaign, list_campaigns
from storage.repos.broadcasts import Progress
from storage.segment import Segment

__all__ = [
    "MAX_BROADCAST_TEXT",
    "Progress",
    "Segment",
    "broadcast_status",
    "cancel_broadcast",
    "cancel_campaign",
    "count_recipients",
    "create_broadcast",
    "create_campaign",
    "list_campaigns",
    "retry_dead",
]
