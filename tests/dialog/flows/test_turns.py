"""The flows' turns as people take them, through the whole engine: a unit quiz stays on its unit,
free-text profile answers are cleaned and understood, resume says where it goes on, a reminder
offers what to do next."""

from __future__ import annotations

from sqlalchemy import select

from storage import ConversationState, QuizAttempt
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]  # the fixtures, shared with the engine's own tests


async def test_a_quiz_on_ds700_asks_about_ds700_only(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ทดสอบความรู้ DS700 ค่ะ")
    asked: list[str] = []
    for n in range(5):
        assert f"ข้อ {n + 1}/5" in chat.text()
        question = next(r.text for r in chat.last if f"ข้อ {n + 1}/5" in r.text)
        asked.append(question.split("\n")[1])
        codes = {word for line in question.split("\n")[2:] for word in line.split()[1:2]}
        assert codes <= {"DS701", "DS702", "DS703", "DS704"}, question
        await chat.press(chat.button("q:r:"))
    assert len(set(asked)) == 5  # no question twice
    assert "คะแนน" in chat.text()
    async with chat.sessions() as session:
        quiz = (await session.scalars(select(QuizAttempt))).one()
    assert (quiz.framework, quiz.unit_code, quiz.max_score) == ("std-2567", "DS700", 5)


async def test_a_typed_number_in_a_quiz_picks_that_choice(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ทดสอบความรู้ DS700")
    await chat.send("2")  # the second choice, ข: its value is 1 (choices count from 0)
    assert "ข้อ 2/5" in chat.text()
    await chat.send("ข้อ 1")
    await chat.send("ค")
    await chat.send("๔")
    async with chat.sessions() as session:
        state = (await session.scalars(select(ConversationState))).one()
    assert state.data["ans"] == {"0": 1, "1": 0, "2": 2, "3": 3}
    await chat.send("ง")
    assert "คะแนน" in chat.text()


async def test_a_unit_without_enough_content_is_said_so_not_swapped_for_all_units(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ขอทดสอบความรู้ CS100")
    assert "CS100" in chat.text() and "ไม่พอ" in chat.text()
    assert "q:s:z" in chat.data()  # the all-units quiz, offered explicitly
    assert not any(d.startswith("q:r:") for d in chat.data())


async def _at_agency(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:g:Academic")
    await chat.press("m:p:Early")


async def test_the_agency_is_saved_without_polite_particles(chat: Chat) -> None:
    await _at_agency(chat)
    await chat.send("กรมบัญชีกลางครับ")
    user = await chat.user()
    assert user is not None and user.agency == "กรมบัญชีกลาง"
    assert "→ กรมบัญชีกลาง\n" in chat.text() + "\n" and "กรมบัญชีกลางครับ" not in chat.text()


async def test_a_particle_alone_asks_the_agency_again(chat: Chat) -> None:
    await _at_agency(chat)
    await chat.send("ครับ")
    user = await chat.user()
    assert user is not None and user.agency is None
    assert "m:a" in chat.data()  # the agency question again, with its skip button
    await chat.send("ข้ามค่ะ")
    user = await chat.user()
    assert user is not None and user.agency is None and "ข้อมูลของคุณ" in chat.text()
