"""A full self-assessment through button data, on SQLite and PostgreSQL (the shared ``sessions``
fixture): rate, skip, back, stop, resume on another replica, a question mid-quiz, the summary."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from content.catalog import get_catalog
from storage import AssessmentAnswer, AssessmentAttempt, ConversationState
from tests.dialog.test_engine import Chat, consented


async def test_full_self_assessment(sessions: async_sessionmaker[AsyncSession]) -> None:
    chat = await consented(Chat(sessions))
    unit = get_catalog().unit("std-2567", "DL200")
    assert unit is not None
    codes = [c.code for e in unit.elements for c in e.criteria]
    total = len(codes)

    await chat.send("ทำแบบประเมิน DL200")
    assert f"1/{total}" in chat.text() and codes[0] in chat.text()
    assert "ทำได้คล่องและสอนผู้อื่นได้" in chat.text()
    first = chat.button("q:r:")
    run = first.split(":")[2]
    await chat.press(f"q:r:{run}:0:4")  # rate criterion 1
    assert f"2/{total}" in chat.text()
    await chat.press(f"q:k:{run}:1")  # skip criterion 2
    assert f"3/{total}" in chat.text()
    await chat.press(f"q:b:{run}:2")  # back to criterion 2
    assert f"2/{total}" in chat.text() and codes[1] in chat.text()
    await chat.press(f"q:r:{run}:1:1")
    await chat.press(f"q:r:{run}:0:3")  # the answered question's old button: stale
    assert "ใช้ไม่ได้แล้ว" in chat.text() and "q:c" in chat.data()

    # a question in the middle is answered and the quiz waits
    await chat.send("DL201 คืออะไร")
    assert "DL201" in chat.text() and chat.data()[-1] == "q:c"

    await chat.press(f"q:x:{run}")  # stop
    assert "q:c" in chat.data()
    chat.replica()  # another process takes the next message
    await chat.send("ทำต่อ")
    assert f"3/{total}" in chat.text() and codes[2] in chat.text()
    strong = {c.code for c in unit.elements[-1].criteria}
    for index in range(2, total):
        await chat.press(f"q:r:{run}:{index}:{4 if codes[index] in strong else 2}")
    summary = chat.text()
    assert "เสร็จแล้ว" in summary and "จุดแข็ง" in summary and "ควรพัฒนา" in summary
    assert "หลักฐานการออกแบบองค์กรดิจิทัลอนาคต" in summary  # from the unit's evidence guide
    assert f"{unit.elements[-1].code} " in summary.split("ควรพัฒนา")[0]
    assert "w:s:std-2567:DL200" in chat.data() and "q:s:a:std-2567:DL200" in chat.data()

    async with sessions() as session:
        attempt = (await session.scalars(select(AssessmentAttempt))).one()
        answers = dict((await session.execute(
            select(AssessmentAnswer.criterion_code, AssessmentAnswer.rating))).tuples().all())
        # no flow left open: at most the summary's buttons, kept so that a typed label presses one
        assert await session.scalar(select(ConversationState.flow)) in (None, "topic")
    assert attempt.finished_at is not None and attempt.catalog_version == get_catalog().version
    assert answers[codes[0]] == 4 and answers[codes[1]] == 1 and len(answers) == total

    await chat.press(f"q:r:{run}:{total - 1}:4")  # a finished quiz's button
    assert "ใช้ไม่ได้แล้ว" in chat.text()
    await chat.send("ดูความก้าวหน้า")
    assert "DL200" in chat.text() and "เฉลี่ย" in chat.text()


async def test_unfinished_attempt_resumes_where_it_stopped(sessions: async_sessionmaker[AsyncSession]) -> None:
    chat = await consented(Chat(sessions, "U2"))
    await chat.press("q:s:a:ocsc-2561:DLit100")
    run = chat.button("q:r:").split(":")[2]
    await chat.press(f"q:r:{run}:0:2")
    await chat.send("ยกเลิก")  # the state goes, the stored answer stays
    await chat.press("q:s:a:ocsc-2561:DLit100")
    assert chat.button("q:r:").split(":")[2] == run and "2/" in chat.text()


async def test_resume_after_another_flow_ran_in_between(sessions: async_sessionmaker[AsyncSession]) -> None:
    # Found by chatting as an IT officer: a paused self-assessment, then a reminder set, then "ทำต่อ"
    # answered "nothing open" although the bot had just said to type it.
    chat = await consented(Chat(sessions, "U3"))
    await chat.send("ทำแบบประเมิน DS700")
    run = chat.button("q:r:").split(":")[2]
    await chat.press(f"q:r:{run}:0:3")
    await chat.press(f"q:x:{run}")  # pause
    await chat.send("เตือนส่งหลักฐาน DL200 วันที่ 15 ธ.ค.")  # another flow takes the conversation state
    await chat.send("ทำต่อ")
    assert "2/12" in chat.text() and chat.button("q:r:").split(":")[2] == run
