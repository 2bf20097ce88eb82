"""A repeated answer's messages are stored once (``reply_bodies``) and put back whole when a row is claimed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.dialog.replies import Button, Reply
from bot.incoming import Incoming
from bot.pipeline import outbox_rows
from bot.senders import Result, Verdict
from storage import Delivery, Outbox, ReplyBody, transaction

NOW = datetime(2026, 11, 29, 3, 0, tzinfo=UTC)
LEASE = timedelta(seconds=30)


def _incoming(n: int) -> Incoming:
    return Incoming(platform="line", user_id=f"U{n}", kind="text", text="DS700", event_id=f"EV{n}",
                    reply_handle=f"RT{n}", timestamp=NOW, language="th")


def _answer() -> list[Reply]:
    return [Reply("card", "คำตอบที่ทุกคนได้เหมือนกัน 29 พ.ย.", (Button("ดูเพิ่ม", "r:x:1"),), title="DS700")]


def test_an_answer_is_stored_once_from_its_second_rendering_and_a_fresh_reply_inline() -> None:
    answer = _answer()
    [first] = outbox_rows.reply_rows(_incoming(1), answer, NOW)
    [second] = outbox_rows.reply_rows(_incoming(2), list(answer), NOW)
    [third] = outbox_rows.reply_rows(_incoming(3), list(answer), NOW)
    [fresh] = outbox_rows.reply_rows(_incoming(4), _answer(), NOW)  # equal text, new objects: not known to be shared
    assert first.body is None and fresh.body is None
    assert second.body is not None and second.body == third.body
    assert second.stored_payload() == {"reply_token": "RT2", "reply_token_expires_at": second.payload[
        "reply_token_expires_at"]}
    assert second.payload["messages"] == first.payload["messages"]  # sent as before
    assert outbox_rows.Body.of(first.payload["messages"]) == second.body


async def _insert(sessions: async_sessionmaker[AsyncSession], rows: list[outbox_rows.ReplyRow]) -> list[int]:
    async with transaction(sessions) as session:
        return [o.id for o in await outbox_rows.insert_sending(session, rows, {}, NOW, LEASE)]


async def test_rows_name_one_body_and_a_claim_gives_the_messages_back(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    answer = _answer()
    outbox_rows.reply_rows(_incoming(0), answer, NOW)  # the first time: inline
    shared = [row for n in (1, 2, 3) for row in outbox_rows.reply_rows(_incoming(n), list(answer), NOW)]
    personal = outbox_rows.reply_rows(_incoming(9), [Reply("text", "ของคุณคนเดียว")], NOW)
    await _insert(sessions, shared[:2] + personal)
    await _insert(sessions, shared[2:])  # the body is there already: not stored twice

    async with sessions() as session:
        assert await session.scalar(select(func.count()).select_from(ReplyBody)) == 1
        stored = {d.recipient: d for d in (await session.scalars(select(Delivery))).all()}
        assert "messages" not in stored["U1"].payload and stored["U1"].body_digest == shared[0].body.digest  # type: ignore[union-attr]
        assert stored["U9"].payload["messages"] and stored["U9"].body_digest is None
    async with transaction(sessions) as session:  # the lease ran out (a crash): the delivery worker claims them
        claimed = await Outbox(session).claim_groups("line", 10, NOW + LEASE + timedelta(seconds=1))
    sent = {row.recipient: row.payload for row in claimed}
    assert sent == {r.recipient: r.payload for r in (*shared, *personal)}


async def test_pruning_drops_bodies_no_row_names_and_keeps_the_rest(sessions: async_sessionmaker[AsyncSession]) -> None:
    answer, other = _answer(), [Reply("text", "อีกคำตอบหนึ่งที่ซ้ำกัน")]
    for replies in (answer, other):
        outbox_rows.reply_rows(_incoming(0), replies, NOW)
    done = outbox_rows.reply_rows(_incoming(1), list(answer), NOW)
    waiting = outbox_rows.reply_rows(_incoming(2), list(other), NOW)
    [done_id, _] = await _insert(sessions, done + waiting)
    async with transaction(sessions) as session:
        await Outbox(session).record_results([(done_id, Result(Verdict.SENT))], NOW)
        assert await Outbox(session).prune_finished(NOW + timedelta(days=1)) == 1
    async with sessions() as session:
        assert list((await session.scalars(select(ReplyBody.digest))).all()) == [waiting[0].body.digest]  # type: ignore[union-attr]
