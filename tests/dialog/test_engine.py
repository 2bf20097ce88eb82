"""The dialog engine end to end over a real database: every flow through text and button data."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.dialog.engine import DialogEngine, create_handler
from bot.dialog.replies import Reply
from bot.incoming import Incoming
from content.catalog import get_catalog
from storage import (
    AssessmentAnswer,
    AssessmentAttempt,
    ConversationState,
    EvidenceDeadline,
    QuizAttempt,
    Reminder,
    User,
    create_engine,
    session_factory,
    upgrade_async,
)
from tests.conftest import empty_tables

UID = "U1"


@pytest.fixture
async def sqlite_sessions(tmp_path: object) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    url = f"sqlite+aiosqlite:///{tmp_path}/engine.db"
    await upgrade_async(url)
    engine: AsyncEngine = create_engine(url)
    await empty_tables(engine)
    try:
        yield session_factory(engine)
    finally:
        await engine.dispose()


class Chat:
    """One person talking to the engine; ``replica()`` is a fresh engine on the same database."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], uid: str = UID) -> None:
        self.sessions, self.uid = sessions, uid
        self.engine = create_handler(sessions)
        self.last: list[Reply] = []

    def replica(self) -> None:
        self.engine = DialogEngine(self.sessions)

    async def send(self, message: str) -> list[Reply]:
        self.last = await self.engine(Incoming("web", self.uid, "text", message))
        return self.last

    async def press(self, data: str) -> list[Reply]:
        self.last = await self.engine(Incoming("web", self.uid, "postback", data))
        return self.last

    async def event(self, kind: str) -> list[Reply]:
        self.last = await self.engine(Incoming("line", self.uid, kind))  # type: ignore[arg-type]
        return self.last

    def text(self) -> str:
        """What the person reads: each reply's title (every channel shows it) and text."""
        return "\n".join(f"{r.title}\n{r.text}" if r.title else r.text for r in self.last)

    def data(self) -> list[str]:
        return [b.data for r in self.last for b in r.buttons]

    def button(self, prefix: str) -> str:
        found = [d for d in self.data() if d.startswith(prefix)]
        assert found, f"no button {prefix!r} in {self.data()}"
        return found[0]

    async def count(self, model: type, *where: object) -> int:
        async with self.sessions() as session:
            return int(await session.scalar(select(func.count()).select_from(model).where(*where)) or 0)

    async def user(self) -> User | None:
        async with self.sessions() as session:
            return (await session.scalars(select(User).where(User.platform_user_id == self.uid))).one_or_none()


@pytest.fixture
def chat(sqlite_sessions: async_sessionmaker[AsyncSession]) -> Chat:
    return Chat(sqlite_sessions)


async def consented(chat: Chat) -> Chat:
    await chat.send("สวัสดี")
    await chat.press("k:y")
    return chat


async def test_first_contact_privacy_and_consent(chat: Chat) -> None:
    replies = await chat.send("สวัสดี")
    assert "PDPA" in chat.text() and "ลบข้อมูลของฉัน" in chat.text()
    assert chat.data() == ["k:y", "k:n"]
    user = await chat.user()
    assert user is not None and user.consent_at is None and user.display_name is None
    assert replies[0].text.startswith("สวัสดีครับ")
    await chat.press("k:y")
    user = await chat.user()
    assert user is not None and user.consent_at is not None
    assert "m:g:Academic" in chat.data() and len([d for d in chat.data() if d.startswith("m:g:")]) == 6


async def test_first_message_a_question_is_answered_before_the_welcome(chat: Chat) -> None:
    replies = await chat.send("เกณฑ์ DS704.03 คืออะไร")
    assert "นำข้อเสนอแนะที่ได้ไปปรับปรุงแผนที่นำทางบริการดิจิทัล และสถาปัตยกรรมองค์กร" in replies[0].text
    assert "PDPA" in replies[-1].text and chat.data()[-2:] == ["k:y", "k:n"]


async def test_follow_and_unfollow(chat: Chat) -> None:
    await chat.event("follow")
    assert "k:y" in chat.data()
    assert await chat.event("unfollow") == []
    user = await chat.user()
    assert user is not None and user.active is False and user.blocked_at is not None
    await chat.event("follow")
    user = await chat.user()
    assert user is not None and user.active is True


async def test_question_before_consent_is_answered_and_consent_reoffered(chat: Chat) -> None:
    await chat.send("สวัสดี")
    await chat.send("DL201 คืออะไร")
    assert "DL201" in chat.text() and "k:y" in chat.data()
    await chat.send("ทำแบบประเมิน DL200")
    assert "ยินยอม" in chat.text()
    assert await chat.count(AssessmentAttempt) == 0


async def test_profile_by_buttons_then_what_i_need(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:g:Academic")
    assert chat.button("m:p:") == "m:p:Early"
    await chat.press("m:p:Developing")
    assert "m:a" in chat.data()
    await chat.send("กรมสรรพากร")
    user = await chat.user()
    assert user is not None
    assert (user.profile_group, user.profile_phase, user.agency) == ("Academic", "Developing", "กรมสรรพากร")
    assert "กรมสรรพากร" in chat.text()
    await chat.send("ต้องมีทักษะอะไรบ้าง")
    role = get_catalog().role("Developing", "Academic")
    assert role is not None and role.role_title_th in chat.text()
    assert await chat.count(ConversationState, ConversationState.flow != "topic") == 0  # no flow left open


async def test_profile_by_free_text_and_show(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ฉันเป็นนักวิชาการ หน่วยงานระยะกำลังพัฒนา")
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase) == ("Academic", "Developing")
    assert "m:a" in chat.data()  # the agency is asked next
    await chat.press("m:a")
    await chat.send("ข้อมูลของฉัน")
    assert "ระยะกำลังพัฒนา" in chat.text() and "ผู้ทำงานด้านนโยบายและวิชาการ" in chat.text()


async def test_delete_my_data(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ฉันเป็นนักวิชาการ หน่วยงานระยะกำลังพัฒนา")
    await chat.send("ทำแบบประเมิน DL200")
    await chat.press(chat.button("q:r:"))
    await chat.send("ลบข้อมูลของฉัน")
    assert chat.data() == ["d:yes", "d:no"]
    assert await chat.user() is not None
    await chat.press("d:yes")
    assert "เรียบร้อย" in chat.text()
    assert await chat.user() is None
    assert await chat.count(AssessmentAttempt) == 0 and await chat.count(AssessmentAnswer) == 0
    assert await chat.count(ConversationState) == 0


async def test_an_old_delete_button_after_keep_deletes_nothing(chat: Chat) -> None:
    # "ไม่ลบ", two more messages, then the first question's "ยืนยันลบข้อมูล": everything was deleted (28 rows)
    await consented(chat)
    await chat.send("ฉันเป็นนักวิชาการ หน่วยงานระยะกำลังพัฒนา")
    await chat.send("ถ้าวันหลังอยากลบข้อมูลต้องทำยังไงคะ")
    await chat.press("d:no")
    await chat.send("ดูความก้าวหน้าของฉัน")
    await chat.press("d:yes")
    assert "ยังไม่ได้ลบอะไร" in chat.text() and chat.data() == ["d:yes", "d:no"]
    user = await chat.user()
    assert user is not None and user.profile_group == "Academic"
    await chat.press("d:no")
    assert "ไม่ได้ลบ" in chat.text() and await chat.user() is not None
    await chat.send("ลบข้อมูลของฉัน")
    await chat.press("d:yes")  # a question just asked: its button deletes
    assert "กู้คืนไม่ได้" in chat.text() and await chat.user() is None


async def test_cancel_discards_the_assessment_only_after_confirming(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ทำแบบประเมิน DL200")
    assert await chat.count(ConversationState) == 1
    await chat.send("ยกเลิก")
    assert "ใช่ไหม" in chat.text()
    assert await chat.count(ConversationState) == 1  # nothing discarded yet
    discard, keep = chat.data()
    assert discard.startswith("q:d:") and keep == "q:c"
    await chat.press(discard)
    assert "ยกเลิกแบบประเมินแล้ว" in chat.text()
    assert await chat.count(ConversationState) == 0
    await chat.press(discard)  # pressed again: the run is gone
    assert "ใช้ไม่ได้แล้ว" in chat.text()


@pytest.mark.parametrize("word", ["หยุด", "หยุดก่อน", "stop", "พอแล้ว"])
async def test_stopping_pauses_the_assessment_and_resume_continues(chat: Chat, word: str) -> None:
    await consented(chat)
    await chat.send("ทำแบบประเมิน DL200")
    await chat.press(chat.button("q:r:"))  # answer question 1
    await chat.send(word)
    assert "หยุดไว้ก่อนแล้ว" in chat.text() or "Stopped." in chat.text()
    assert await chat.count(ConversationState) == 1
    await chat.send("ทำต่อ")
    assert any(d.startswith("q:r:") and d.split(":")[3] == "1" for d in chat.data())  # question 2, not 1


async def test_the_cancel_confirmation_keeps_the_run_when_continuing(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ทำแบบประเมิน DL200")
    await chat.send("ยกเลิก")
    await chat.press("q:c")
    assert any(d.startswith("q:r:") for d in chat.data())
    assert await chat.count(ConversationState) == 1


async def test_stale_and_garbage_buttons(chat: Chat) -> None:
    await consented(chat)
    for data in ("garbage", "q:r:a999:0:1", "q:zz", "m:g:Nobody", "w:y:std-2567:DL200:notadate", "q:s:y:99", "d:?"):
        replies = await chat.press(data)
        assert replies and all(r.text for r in replies), data


@pytest.mark.parametrize(
    "data",
    [
        "p:x.1", "p:5DL9.1", "p:1.2.3.4", "r::" + "A" * 57, "r:Nobody:Early", "u:std-2567:DL200:nope",
        "w:y:std-2567:DL200:9999-12-31", "w:y:std-2567:DL200:2026-02-30", "w:c:abc", "q:r:a1:0:999",
        "c:" + "D" * 60, "i:unit_info:<script>", "k:maybe", "q:s:a:std-2567", "\x00", "",
    ],
)  # fmt: skip
async def test_crafted_buttons_get_the_stale_button_reply(chat: Chat, data: str) -> None:
    await consented(chat)
    await chat.send("ทำแบบประเมิน DL200")
    replies = await chat.press(data)
    assert "ใช้ไม่ได้แล้ว" in chat.text(), data
    assert chat.data() == ["q:c"]  # the open assessment is one press away
    assert len(replies) == 1


async def test_reminder_dates_are_bounded(chat: Chat) -> None:
    await consented(chat)
    far = (date.today() + timedelta(days=4 * 365)).isoformat()
    await chat.press(f"w:y:std-2567:DL200:{far}")
    assert "ไกลเกินไป" in chat.text()
    await chat.press("w:l")
    assert "DL200" not in chat.text()
    await chat.press("q:r:a999:0:1")
    assert "ใช้ไม่ได้แล้ว" in chat.text()


async def test_english(chat: Chat) -> None:
    await chat.send("hello there")
    assert "Privacy notice" in chat.text()
    await chat.press("k:y")
    await chat.send("I am an academic in a developing organisation")
    assert "Profile saved" in chat.text()
    await chat.send("my progress")
    assert "Your progress" in chat.text()


async def test_progress_lists_what_the_role_lacks(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ฉันเป็นนักวิชาการ หน่วยงานระยะกำลังพัฒนา")
    await chat.send("ดูความก้าวหน้า")
    role = get_catalog().role("Developing", "Academic")
    assert role is not None
    assert f"({len(role.units)})" in chat.text()
    assert "q:s:a:ocsc-2561:DLit100" in chat.data()


async def test_reminder_set_list_cancel(chat: Chat) -> None:
    await consented(chat)
    await chat.send("เตือนส่งหลักฐาน DL200 วันที่ 15 ธ.ค. 2569")
    assert "15 ธ.ค. 2569" in chat.text()
    await chat.press(chat.button("w:y:"))
    assert await chat.count(EvidenceDeadline) == 1 and await chat.count(Reminder) == 3
    await chat.send("ดูการเตือน")
    assert "DL200" in chat.text()
    await chat.press(chat.button("w:c:"))
    assert "ยกเลิก" in chat.text()
    assert await chat.count(Reminder, Reminder.status == "pending") == 0


async def test_knowledge_quiz(chat: Chat) -> None:
    await consented(chat)
    await chat.send("แบบทดสอบความรู้")
    assert "1/5" in chat.text()
    for n in range(5):
        assert f"{n + 1}/5" in chat.text()
        await chat.press(chat.button("q:r:"))
    assert "คะแนน" in chat.text()
    async with chat.sessions() as session:
        quiz = (await session.scalars(select(QuizAttempt))).one()
    assert quiz.finished_at is not None and quiz.max_score == 5 and quiz.score is not None


async def test_pmqa_readiness_check(chat: Chat) -> None:
    await consented(chat)
    await chat.press("q:s:y:1")
    catalog = get_catalog()
    category = catalog.pmqa_category(1)
    assert category is not None
    total = sum(len(i.questions) for i in category.items)
    assert f"1/{total}" in chat.text() and "1.1.1" in chat.text()
    for _ in range(total):
        await chat.press(chat.button("q:r:") .rsplit(":", 1)[0] + ":2")
    assert "ถึงระดับ Significance" in chat.text()
    async with chat.sessions() as session:
        attempt = (await session.scalars(select(AssessmentAttempt))).one()
    assert (attempt.framework, attempt.unit_code) == ("pmqa-4.0", "1") and attempt.finished_at
    assert await chat.count(AssessmentAnswer) == total


async def test_question_buttons_reach_the_flows_not_a_not_yet_notice(chat: Chat) -> None:
    await consented(chat)
    await chat.press("i:quiz_start:DLit400")
    assert "DLit401.1" in chat.text() and chat.button("q:r:")
    assert await chat.count(AssessmentAttempt) == 1
    await chat.press("t:เตือน DL200 3 มี.ค. 2570")  # fits a button: ≤ 64 bytes
    assert "3 มี.ค. 2570" in chat.text() and "ยังไม่เปิดให้ใช้" not in chat.text()


async def test_garbage_button_data_gets_a_polite_reply(chat: Chat) -> None:
    await consented(chat)
    replies = await chat.press("zz:nonsense")
    assert len(replies) == 1 and replies[0].text


async def test_last_seen_is_written_at_most_every_few_minutes(chat: Chat) -> None:
    from datetime import UTC, datetime, timedelta

    from bot.dialog.engine import LAST_SEEN_RESOLUTION

    now = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)
    chat.engine = DialogEngine(chat.sessions, clock=lambda: now)
    await chat.send("สวัสดี")
    first = await chat.user()
    assert first is not None and first.last_seen_at == now
    now += LAST_SEEN_RESOLUTION - timedelta(seconds=1)
    await chat.send("DL201 คืออะไร")
    user = await chat.user()
    assert user is not None and user.last_seen_at == first.last_seen_at
    now += timedelta(seconds=1)
    await chat.send("DL201 คืออะไร")
    user = await chat.user()
    assert user is not None and user.last_seen_at == now


async def test_self_assessment_opens_with_how_it_works_then_the_first_criterion(chat: Chat) -> None:
    await consented(chat)
    replies = await chat.send("ขอประเมินตัวเองเรื่อง DLit400")
    assert "4 เกณฑ์" in replies[0].text and "ทำต่อ" in replies[0].text
    assert "(ข้อ 1/4)" in replies[1].text and "DLit401.1" in replies[1].text


async def test_reminder_list_names_the_framework_of_a_code_in_both(chat: Chat) -> None:
    # DL200 is a unit of the 2567 standard and of the OCSC letter: the list tells the two deadlines apart
    await consented(chat)
    soon, later = (date.today() + timedelta(days=d) for d in (20, 40))
    await chat.press(f"w:y:std-2567:DL200:{soon.isoformat()}")
    await chat.press(f"w:y:ocsc-2561:DL200:{later.isoformat()}")
    await chat.press(f"w:y:std-2567:DL500:{later.isoformat()}")  # a code of one framework: as before
    await chat.send("ขอดูรายการแจ้งเตือนของฉัน")
    assert "DL200 (มาตรฐาน 2567)" in chat.text() and "DL200 (ก.พ. 2561)" in chat.text()
    assert "DL500 (" not in chat.text()
    labels = [b.label for r in chat.last for b in r.buttons if b.data.startswith("w:c:")]
    assert len(labels) == 3 and len(set(labels)) == 3 and all(len(label) <= 20 for label in labels)
    assert any("2567" in label and "DL200" in label for label in labels)
    assert any("2561" in label and "DL200" in label for label in labels)
    assert any(label.startswith("✕ DL500 ") for label in labels)


async def test_reminder_list_in_english_names_the_framework(chat: Chat) -> None:
    await chat.send("hello there")
    await chat.press("k:y")
    due = (date.today() + timedelta(days=30)).isoformat()
    await chat.press(f"w:y:std-2567:DL200:{due}")
    await chat.press(f"w:y:ocsc-2561:DL200:{due}")
    await chat.send("show my reminders")
    assert "(2567 standard)" in chat.text() and "(OCSC 2561)" in chat.text()
    labels = [b.label for r in chat.last for b in r.buttons if b.data.startswith("w:c:")]
    assert len(set(labels)) == 2 and all(len(label) <= 20 and "…" not in label for label in labels)
