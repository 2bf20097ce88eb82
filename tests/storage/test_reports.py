from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from storage import Assessments, Outbox, Reports, Users

NOW = datetime(2026, 11, 1, 18, 0, tzinfo=UTC)  # 01:00 on 2 Nov in Bangkok


async def _person(session: AsyncSession, uid: str, agency: str, *, consent: bool = True,
                  ratings: dict[str, int] | None = None, finished: bool = True) -> int:
    users = Users(session)
    user = await users.get_or_create("line", uid, now=NOW - timedelta(days=40 if uid.endswith("old") else 1))
    await users.set_agency(user.id, agency)
    await users.set_profile(user.id, "Executive", "Early")
    if consent:
        await users.give_consent(user.id, NOW)
    if ratings is not None:
        attempt = await Assessments(session).start(user.id, "std-2567", "DS700", "v1", now=NOW)
        for code, rating in ratings.items():
            await Assessments(session).answer(attempt.id, code, rating, now=NOW)
        if finished:
            await Assessments(session).finish(attempt.id, now=NOW)
    return user.id


async def test_figures_per_agency(session: AsyncSession) -> None:
    a1 = await _person(session, "A1", "กรมเอ", ratings={"DS701.01": 4, "DS701.02": 2})
    await _person(session, "A2", "กรมเอ", ratings={"DS701.01": 2}, finished=False)
    await _person(session, "A3-old", "กรมเอ", consent=False)
    await _person(session, "B1", "กรมบี", ratings={"DS701.01": 1})
    reports = Reports(session)
    assert await reports.counts("กรมเอ", NOW) == {"registered": 3, "consented": 2, "active_30d": 2}
    assert await reports.counts(None, NOW) == {"registered": 4, "consented": 3, "active_30d": 3}
    people = await reports.people("std-2567", "DS700", "กรมเอ")
    assert [(p.person.platform_user_id, p.status) for p in people] == [("A1", "finished"), ("A2", "in_progress")]
    assert sorted(p.person.platform_user_id for p in await reports.people("std-2567", "DS700", None, "finished")) == [
        "A1", "B1"]
    assert await reports.completion("กรมเอ") == {("Executive", "Early"): (2, 1)}
    [unit] = await reports.unit_means("กรมเอ")
    assert (unit.key, unit.people, unit.answers, unit.total) == (("std-2567", "DS700"), 1, 2, 6)
    criteria = await reports.criterion_means("std-2567", "DS700", None)
    assert [(c.key, c.people, c.total) for c in criteria] == [(("DS701.01",), 2, 5), (("DS701.02",), 1, 2)]
    assert [(r.person.platform_user_id, r.criterion_code, r.rating) for r in await reports.results("กรมเอ")] == [
        ("A1", "DS701.01", 4), ("A1", "DS701.02", 2)]
    assert await reports.quiz_funnel("กรมเอ") == {"std-2567:DS700": (2, 1)}
    assert await reports.stop_steps("กรมเอ") == {"std-2567:DS700": {1: 1}}  # A2 stopped after one answer
    await Users(session).delete_personal_data(a1)
    [kept] = await reports.unit_means("กรมเอ")
    assert (kept.people, kept.answers, kept.total) == (1, 2, 6)  # the anonymous sums still count as one


async def test_deliveries_by_bangkok_day(session: AsyncSession) -> None:
    user_id = await _person(session, "A1", "กรมเอ")
    outbox = Outbox(session)
    for i in range(3):
        await outbox.enqueue("broadcast", "line", "A1", {"text": "x"}, f"k{i}", user_id=user_id, now=NOW)
    await outbox.enqueue("broadcast", "line", "Z", {"text": "x"}, "other", now=NOW)
    claimed = await outbox.claim_batch("line", 10, now=NOW)
    await outbox.mark_sent(claimed[0].id, now=NOW)
    await outbox.mark_sent(claimed[1].id, now=NOW)
    await outbox.mark_failed(claimed[2].id, "blocked", None)
    await session.flush()
    reports = Reports(session)
    assert await reports.deliveries_by_day("กรมเอ", NOW - timedelta(days=1)) == {date(2026, 11, 2): {
        "sent": 2, "failed": 1}}
    assert await reports.deliveries_by_day("กรมบี", NOW - timedelta(days=1)) == {}
