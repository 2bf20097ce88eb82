"""What crosses between the HTTP process and the core process comes back as it went."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime
from typing import Any

from bot.pipeline.frames import events_from_wire, events_to_wire, outcome_from_wire, outcome_to_wire
from bot.senders import Result, Verdict
from bot.senders.base import SENT
from storage import NewInboxEvent


def _across(value: Any) -> Any:
    return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def test_inbox_events_cross_whole() -> None:
    events = [
        NewInboxEvent("line", "01HZXA", "U1", "text", "DL201 ต้องทำอะไรบ้าง", "token-1", "",
                      datetime(2026, 11, 30, 3, 4, 5, 678000, tzinfo=UTC)),
        NewInboxEvent("telegram", "42", "1001", "postback", "q:a:1", language="en"),
        NewInboxEvent("line", "01HZXB", "U2", "follow"),
    ]
    assert events_from_wire(_across(events_to_wire(events))) == events


def test_send_outcomes_cross_whole() -> None:
    outcome = [
        (1, SENT),
        (2, Result(Verdict.RETRY, "429 rate limited", 30.0)),
        (3, Result(Verdict.DEAD, "400 bad request")),
        (4, Result(Verdict.BLOCKED, "403")),
        (5, Result(Verdict.QUOTA, "LINE monthly quota exhausted")),
        (6, Result(Verdict.SENT, "409 accepted before")),
    ]
    back = outcome_from_wire(_across(outcome_to_wire(outcome)))
    assert back == outcome
    assert all(isinstance(result.verdict, Verdict) for _, result in back)
