"""Messages read before are not read again, unless their reading depends on today."""

from __future__ import annotations

from datetime import timedelta
from unittest import mock

from intents import Understander
from intents.recent import Recent
from tests.intents.conftest import NOW


def test_a_message_read_again_gets_the_same_reading_without_reading_it(real: Understander) -> None:
    real = Understander(real.catalog)  # its own memory: other tests have read messages already
    first = real.understand("DS700 ต้องมีหลักฐานอะไรบ้าง", now=NOW)
    with mock.patch.object(real, "features", wraps=real.features) as features:
        again = real.understand("DS700 ต้องมีหลักฐานอะไรบ้าง", now=NOW)
        other = real.understand("DS701 ต้องมีหลักฐานอะไรบ้าง", now=NOW)
    assert again == first and features.call_count == 1
    assert other.entities["codes"][0]["code"] == "DS701"


def test_a_date_relative_to_today_is_read_against_each_day(real: Understander) -> None:
    message = "เตือนส่งหลักฐาน DS700 พรุ่งนี้"
    today = real.understand(message, now=NOW)
    a_week_on = real.understand(message, now=NOW + timedelta(days=7))
    assert today.intent == a_week_on.intent == "reminder_set"
    assert today.entities["due"] == "2026-11-23" and a_week_on.entities["due"] == "2026-11-30"


def test_recent_forgets_the_least_recently_used() -> None:
    recent: Recent[str, int] = Recent(2)
    recent.put("a", 1)
    recent.put("b", 2)
    assert recent.get("a") == 1  # "b" is now the oldest
    recent.put("c", 3)
    assert recent.get("b") is None and recent.get("a") == 1 and recent.get("c") == 3 and len(recent) == 2
