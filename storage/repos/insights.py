"""What people ask: intent counts over time (anonymous) and the questions the bot could not answer.

``MessageStats.record`` keeps no user id and cuts the time to the hour. ``OpenQuestions`` keeps
a question's text, and only for people who consented; it goes with them when they delete their data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, case, func, insert, select

from storage import sqlite_fast
from storage.errors import NotFoundError
from storage.models import MessageStat, OpenQuestion, QuestionStatus
from storage.repos._base import BATCHED_STATS, Repository
from storage.types import utcnow

# The batch's message counts as SQLite text (``storage.sqlite_fast``); the processor inserts at most a batch's.
_STATS_SQLITE = "INSERT INTO message_stats (hour, intent, agency, answered, unit)"


@dataclass(frozen=True)
class IntentCount:
    hour: datetime
    intent: str
    messages: int
    unanswered: int


class MessageStats(Repository):
    async def record(self, intent: str, answered: bool, agency: str | None, unit: str | None = None,
                     now: datetime | None = None) -> None:
        hour = (now or utcnow()).replace(minute=0, second=0, microsecond=0)
        row = {"hour": hour, "intent": intent, "agency": agency or "", "answered": answered, "unit": unit}
        batched = self.session.info.get(BATCHED_STATS)
        if batched is not None:  # the batch processor inserts a batch's counts together (``insert_batched``)
            batched.append(row)
        else:
            self.session.add(MessageStat(**row))

    async def insert_batched(self) -> None:
        """Insert the counts collected under ``BATCHED_STATS`` (one statement) and stop collecting."""
        rows = self.session.info.pop(BATCHED_STATS, None)
        if not rows:
            return
        raw = await sqlite_fast.inline_connection(self.session)
        if raw is None:
            await self.session.execute(insert(cast(Table, MessageStat.__table__)), rows)
            return
        values = [v for r in rows
                  for v in (sqlite_fast.to_text(r["hour"]), r["intent"], r["agency"], r["answered"], r["unit"])]
        raw.execute(sqlite_fast.many(_STATS_SQLITE, "(?, ?, ?, ?, ?)", len(rows)), values)

    async def by_hour(self, since: datetime, agency: str | None = None) -> list[IntentCount]:
        unanswered = func.sum(case((MessageStat.answered.is_(False), 1), else_=0))
        stmt = (select(MessageStat.hour, MessageStat.intent, func.count(), unanswered)
                .where(MessageStat.hour >= since).group_by(MessageStat.hour, MessageStat.intent)
                .order_by(MessageStat.hour, MessageStat.intent))
        if agency is not None:
            stmt = stmt.where(MessageStat.agency == agency)
        return [IntentCount(h, i, int(n), int(u or 0)) for h, i, n, u in (await self.session.execute(stmt)).all()]

    async def top_units(self, since: datetime, agency: str | None = None, limit: int = 10) -> list[tuple[str, int]]:
        stmt = (select(MessageStat.unit, func.count()).where(MessageStat.hour >= since, MessageStat.unit.is_not(None))
                .group_by(MessageStat.unit).order_by(func.count().desc(), MessageStat.unit).limit(limit))
        if agency is not None:
            stmt = stmt.where(MessageStat.agency == agency)
        return [(str(u), int(n)) for u, n in (await self.session.execute(stmt)).all()]


class OpenQuestions(Repository):
    async def record(self, user_id: int, agency: str | None, text: str, intent: str, confidence: float,
                     now: datetime | None = None) -> None:
        self.session.add(OpenQuestion(user_id=user_id, agency=agency, text=text[:1000], intent=intent,
                                      confidence=round(confidence, 3), status=QuestionStatus.NEW,
                                      at=now or utcnow()))

    async def list(self, agency: str | None = None, limit: int = 100) -> list[OpenQuestion]:
        stmt = select(OpenQuestion).order_by(OpenQuestion.at.desc(), OpenQuestion.id.desc()).limit(limit)
        if agency is not None:
            stmt = stmt.where(OpenQuestion.agency == agency)
        return list((await self.session.scalars(stmt)).all())

    async def get(self, question_id: int) -> OpenQuestion | None:
        return await self.session.get(OpenQuestion, question_id)

    async def suggest(self, question_id: int, suggestion: dict[str, Any]) -> OpenQuestion:
        question = await self.get(question_id)
        if question is None:
            raise NotFoundError(f"question {question_id} does not exist")
        question.status, question.suggestion = QuestionStatus.SUGGESTED, suggestion
        await self.session.flush()
        return question
