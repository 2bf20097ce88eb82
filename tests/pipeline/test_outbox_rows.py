"""Replies → LINE outbox rows: each event its own reply token, the messages rendered once per answer."""

from __future__ import annotations

from datetime import UTC, datetime
from unittest import mock

from bot.channels import line_render
from bot.dialog.replies import Button, Reply
from bot.incoming import Incoming
from bot.pipeline import outbox_rows

AT = datetime(2026, 11, 29, 3, 0, tzinfo=UTC)


def _incoming(n: int) -> Incoming:
    return Incoming(platform="line", user_id=f"U{n}", kind="text", text="DS700", event_id=f"EV{n}",
                    reply_handle=f"RT{n}", timestamp=AT, language="th")


def test_the_same_answer_to_two_people_is_rendered_once_each_row_with_its_own_token() -> None:
    answer = [Reply("card", "ข้อความทดสอบการแสดงผล 29 พ.ย.", (Button("ดูเพิ่ม", "r:x:1"),), title="DS700")]
    with mock.patch.object(line_render, "render", wraps=line_render.render) as render:
        first = outbox_rows.reply_rows(_incoming(1), answer, AT)
        second = outbox_rows.reply_rows(_incoming(2), list(answer), AT)
    assert render.call_count == 1
    assert [r.payload["reply_token"] for r in (*first, *second)] == ["RT1", "RT2"]
    assert first[0].payload["messages"] == second[0].payload["messages"]
    assert [r.recipient for r in (*first, *second)] == ["U1", "U2"]
    assert first[0].idempotency_key != second[0].idempotency_key
