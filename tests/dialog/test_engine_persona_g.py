"""What two persona chats found (a district health officer on her phone, an IT director switching between English
and Thai), through the whole engine, in the chats' wordings and others."""

from __future__ import annotations

from bot.dialog.thaidate import show_date
from storage import AssessmentAnswer, Reminder
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions
from tests.dialog.test_engine_persona_f import set_reminder

__all__ = ["chat", "sqlite_sessions"]


async def _at_the_second_question(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ทำแบบประเมิน DS700")
    await chat.press(next(d for d in chat.data() if d.startswith("q:r:") and d.endswith(":3")))
    assert "2/12" in chat.text()


async def test_who_sees_ones_results_asked_in_an_assessment_is_the_privacy_answer(chat: Chat) -> None:
    """"HR เห็นผลประเมินของผมไหม" showed the results so far (it asks for a result, in words)."""
    await _at_the_second_question(chat)
    for asked in ("HR เห็นผลประเมินของผมไหม", "หัวหน้าจะเห็นคะแนนของดิฉันหรือเปล่าคะ"):
        await chat.send(asked)
        assert "ประกาศความเป็นส่วนตัว" in chat.text() and "ผลประเมินหน่วย" not in chat.text()
    await chat.send("ขอดูผลเลย")  # the results themselves, still
    assert "ผลประเมินหน่วย DS700" in chat.text()


async def test_ones_work_told_at_a_question_asks_for_the_closest_level(chat: Chat) -> None:
    """A description of one's own work got the card of a unit its words are like, over the question."""
    await _at_the_second_question(chat)
    for told in ("ส่วนมากหัวหน้าเป็นคนสรุปค่ะ ดิฉันช่วยกรอกข้อมูลในexcelบ้าง",
                 "หนูทำแค่รวบรวมตัวเลขส่งหัวหน้าทุกเดือนค่ะ"):
        await chat.send(told)
        assert "ขอบคุณที่เล่าให้ฟัง" in chat.text() and "2/12" in chat.text()
        assert any(d.startswith("q:r:") for d in chat.data())
    assert await chat.count(AssessmentAnswer) == 1  # nothing recorded from the words


async def test_the_open_question_not_understood_is_explained(chat: Chat) -> None:
    """"ข้อนี้ไม่เข้าใจค่ะ หมายถึงอะไร" got the unit's card: "not understood" came before "this question"."""
    await _at_the_second_question(chat)
    for asked in ("ข้อนี้ไม่เข้าใจค่ะ หมายถึงอะไร", "งงข้อนี้ครับ"):
        await chat.send(asked)
        assert "เป็นหนึ่งในเกณฑ์ของสมรรถนะย่อย" in chat.text() and "2/12" in chat.text()


async def test_the_day_of_a_reminder_asked_lists_it(chat: Chat) -> None:
    """Asked for the day of a reminder set, the bot showed the profile, or began a new reminder."""
    await consented(chat)
    due = await set_reminder(chat, "DS600", 40)
    for asked in ("เดี๋ยวนะคะ ที่ตั้งเตือนไว้ของ DS600 วันไหนนะคะ", "เตือนของDS600วันไหนคะ",
                  "ไม่ได้จะตั้งใหม่ค่ะ แค่อยากดูว่าตั้งไว้วันไหน", "ตั้งเตือน DL200 ไว้เมื่อไหร่นะครับ"):
        await chat.send(asked)
        assert "การเตือนของคุณ" in chat.text() and show_date(due, "th") in chat.text()
    assert await chat.count(Reminder) == 3  # the one set (three days before and on it), nothing new
    await chat.send("เตือน DS700 วันไหนดีคะ")  # one to set: asked when
    assert "การเตือนของคุณ" not in chat.text()


async def _a_technologist(chat: Chat) -> None:
    """Consented, in the technology group of a developed organisation (28 units, the OCSC letter's)."""
    await consented(chat)
    await chat.send("ผมอยู่กลุ่มด้านเทคโนโลยี ระยะพัฒนาแล้ว")
    await chat.send("ข้าม")


async def test_progress_keeps_the_frameworks_apart(chat: Chat) -> None:
    """A begun assessment of the 2567 standard's DS700 took the OCSC letter's DS700 off the role's units still to
    assess (28 → 27), and it was listed, unfinished, under "assessments taken"."""
    await _a_technologist(chat)
    await chat.send("ความก้าวหน้าของฉัน")
    lacking = chat.text().split("ยังไม่ได้ประเมิน (")[1].split(")")[0]
    for framework in ("std-2567", "ocsc-2561"):  # the other DS700, then the role's own: one fewer
        await chat.press(f"q:s:a:{framework}:DS700")
        await chat.press(next(d for d in chat.data() if d.startswith("q:r:") and d.endswith(":3")))
        await chat.send("หยุดก่อน")
        await chat.send("ความก้าวหน้าของฉัน")
        if framework == "std-2567":
            assert f"ยังไม่ได้ประเมิน ({lacking})" in chat.text()
            assert "DS700 (มาตรฐาน 2567) ยังทำไม่เสร็จ" in chat.text() and "ที่ทำแล้ว" not in chat.text()
    assert f"ยังไม่ได้ประเมิน ({int(lacking) - 1})" in chat.text() and "DS700 (ก.พ. 2561)" in chat.text()


async def test_where_to_begin_counts_the_roles_own_units(chat: Chat) -> None:
    """The 2567 standard's DS700 assessed to the end counted as the role's DS700 (the OCSC letter's) done."""
    await _a_technologist(chat)
    await chat.send("ควรเริ่มประเมินจากหน่วยไหนก่อนครับ")
    before = chat.text().split("ยังไม่ได้ประเมิน ")[1].split(" ")[0]
    await chat.press("q:s:a:std-2567:DS700")
    while (rate := next((d for d in chat.data() if d.startswith("q:r:") and d.endswith(":2")), None)) is not None:
        await chat.press(rate)
    await chat.send("ควรเริ่มประเมินจากหน่วยไหนก่อนครับ")
    assert chat.text().split("ยังไม่ได้ประเมิน ")[1].split(" ")[0] == before


async def test_a_cancelled_reminders_button_says_the_reminder_is_gone(chat: Chat) -> None:
    """It said "the question was answered or the quiz has ended", a questionnaire's words."""
    await consented(chat)
    await set_reminder(chat, "DL200", 20)
    cancel = next(d for d in chat.data() if d.startswith("w:c:"))
    await chat.press(cancel)
    assert "ยกเลิก" in chat.text()
    await chat.press(cancel)
    assert "การเตือนนี้ถูกยกเลิกหรือเปลี่ยนไปแล้ว" in chat.text() and "แบบประเมิน" not in chat.text()
    assert "w:l" in chat.data()


async def test_what_works_without_consent_and_what_hr_sees_get_the_privacy_answer(chat: Chat) -> None:
    """Asked before consenting, these got the help menu."""
    await chat.send("สวัสดีครับ")
    for asked in ("ถ้าไม่ยินยอม จะใช้อะไรได้บ้าง? HR เห็นอะไรของผม", "ถ้าผมไม่ยินยอมยังใช้ถามเรื่องหน่วยได้ไหมครับ",
                  "หัวหน้าจะเห็นข้อมูลอะไรของดิฉันบ้างคะ"):
        await chat.send(asked)
        assert "ประกาศความเป็นส่วนตัว" in chat.text() and "ถามได้เลย" not in chat.text()


async def test_which_framework_an_open_assessment_is_of(chat: Chat) -> None:
    """"wait, which framework is this assessment based on, 2561 or 2567?" asked what to compare."""
    await _at_the_second_question(chat)
    await chat.send("wait, which framework is this assessment based on, 2561 or 2567?")
    assert "This assessment is unit DS700" in chat.text() and "Occupational standard" in chat.text()
    assert "2/12" in chat.text() and any(d.startswith("q:r:") for d in chat.data())
    await chat.send("อันนี้ของมาตรฐานปีไหนครับ")
    assert "แบบประเมินนี้คือหน่วย DS700" in chat.text() and "มาตรฐานสมรรถนะผู้บริหารเทคโนโลยีสารสนเทศ" in chat.text()


async def test_a_skill_named_as_a_topic_and_a_correction_before_the_question(chat: Chat) -> None:
    """"ทักษะการใช้ข้อมูล" read as the skills section of a unit that has none; "ไม่ใช่ค่ะ ถามว่า…" searched for
    "ไม่ ใช่ ใช้ ข้อมูล"."""
    for asked in ("ทักษะการใช้ข้อมูล คืออะไรคะ", "ไม่ใช่ค่ะ ถามว่า ทักษะการใช้ข้อมูล คืออะไร",
                  "ไม่ใช่ครับ หมายถึงทักษะการใช้ข้อมูลครับ คืออะไร"):
        await chat.send(asked)
        assert "DLit600" in chat.text() and "ไม่มีหัวข้อทักษะ" not in chat.text()
        assert not [d for d in chat.data() if "ไม่ ใช่" in d]


async def test_where_the_last_answer_comes_from(chat: Chat) -> None:
    """"no sources on the comparison? where is this from?" searched for "no sources comparison from"."""
    await chat.send("DS700 กับ DL200 ต่างกันยังไง")
    await chat.send("อันนี้อ้างอิงจากไหนครับ")
    assert "ที่มาของคำตอบก่อนหน้า" in chat.text()
    assert "DS700 (มาตรฐาน 2567)" in chat.text() and "DL200 (ก.พ. 2561)" in chat.text() and "บรรทัด" in chat.text()
    await chat.send("what is DLit600?")
    await chat.send("no sources? where is this from?")
    assert "Where the last answer comes from" in chat.text() and "DLit600 (OCSC 2561)" in chat.text()
    await chat.send("อ้างอิงจากไหน")  # again: the same topic
    assert "DLit600 (ก.พ. 2561)" in chat.text()
