"""Conversations found wrong by chatting as a provincial-hall general-administration officer, a ministry data-centre
staffer and a regional office director (2026-11-30, personaL), in other wordings than the ones found."""

from __future__ import annotations

from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]  # the fixtures, shared with the engine's own tests


async def test_a_letter_unit_asked_for_its_evidence_says_plainly_there_is_no_list_and_what_there_is(chat: Chat) -> None:
    await consented(chat)
    await chat.send("DTr200 ต้องเตรียมหลักฐานอะไรบ้างคะ")
    said = chat.text()
    assert "ไม่ได้กำหนดรายการหลักฐาน" in said and "เกณฑ์" in said
    assert "ความรู้และประสบการณ์" not in said  # the knowledge note, before
    assert "u:ocsc-2561:DTr200:criteria" in chat.data()


async def test_a_level_asked_after_a_pmqa_question_is_its_items_guidance_for_that_level(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ข้อ 3.4.2 คืออะไร")
    await chat.send("ถ้าเป็นระดับ Significance ล่ะ")  # the question's text again, before
    said = chat.text()
    assert "3.4 Significance" in said and "ตอบสนองข้อร้องเรียนและใช้เทคโนโลยี" in said


async def test_two_pmqa_questions_asked_together_are_both_shown(chat: Chat) -> None:
    await consented(chat)
    await chat.send("1.2.1 กับ 1.2.2 ต่างกันตรงไหน")  # the first alone, before
    assert "คำถาม 1.2.1" in chat.text() and "คำถาม 1.2.2" in chat.text()


async def test_a_level_asked_beside_a_categorys_questions_is_answered_too(chat: Chat) -> None:
    await consented(chat)
    await chat.send("หมวด 3 ระดับ Advance เป็นอย่างไร แล้วมีข้อคำถามกี่ข้อ")  # the questions alone, before
    assert "ระดับ Advance" in chat.text() and "มีข้อคำถาม" in chat.text()


async def test_the_one_before_right_after_a_comparison_is_the_pair_compared(chat: Chat) -> None:
    await consented(chat)
    await chat.send("DG100 กับ DG200 ต่างกันยังไง")
    await chat.send("ตัวนี้ต่างจากตัวที่แล้วยังไงครับ")  # not understood, before
    assert "DG100" in chat.text() and "DG200" in chat.text() and "ยังไม่เข้าใจ" not in chat.text()


async def test_a_search_while_a_questionnaire_is_paused_is_what_the_next_question_leans_on(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ขอประเมินตนเอง DL200")
    await chat.send("หยุดก่อน")
    await chat.send("เรื่อง open data อยู่หน่วยไหน")
    assert "DLit500" in chat.text()
    await chat.send("แล้วหลักฐานล่ะ")  # DL200's evidence, the paused run's unit, before
    assert "DLit500" in chat.text() and "DL200" not in chat.text().split("ยังทำค้าง")[0]


async def test_the_reminders_listed_under_an_open_reminder_question_can_be_removed_by_unit(chat: Chat) -> None:
    await consented(chat)
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 20 ม.ค. 2570")
    await chat.send("ยืนยัน")
    await chat.send("ขอเลื่อนเป็น 25 ม.ค. 70 แทน")  # a yes/no question stays open
    await chat.send("มีเตือนอะไรบ้าง")
    await chat.send("อันของ DS700 ไม่เอาแล้ว")  # DS700's overview, before
    assert "ยกเลิกการเตือน" in chat.text()


async def test_an_assessment_for_the_team_is_how_each_person_takes_it_not_a_run(chat: Chat) -> None:
    await consented(chat)
    await chat.send("อยากให้ทุกคนในกองทำแบบประเมินตนเอง ต้องทำไงครับ")
    assert "ของแต่ละคน" in chat.text() and "ข้อ 1/" not in chat.text()


async def test_a_self_assessment_asked_on_a_topic_offers_that_topics_units(chat: Chat) -> None:
    await consented(chat)
    await chat.send("อยากประเมินตนเองเรื่องวิเคราะห์ข้อมูล data analytics ค่ะ")  # "which code?", before
    assert "ข้อ 1/" in chat.text() or "q:s:a:ocsc-2561:DT600" in chat.data()
    await chat.send("ขอทำแบบทดสอบความรู้เรื่อง open data")  # a quiz on every unit, before
    assert "DLit500" in chat.text()


async def test_a_self_assessment_on_a_topic_whose_units_have_no_criteria_says_so(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ขอประเมินตนเองด้านความมั่นคงปลอดภัยไซเบอร์")
    assert "ยังไม่มีเกณฑ์ให้ประเมินตนเอง" in chat.text() and "CS100" in chat.text()


async def test_a_number_after_a_knowledge_list_shows_that_line(chat: Chat) -> None:
    await consented(chat)
    await chat.send("DS700 ต้องรู้อะไรบ้าง")
    await chat.send("ข้อ 3 คืออะไรครับ")  # DS703, the third element, before
    said = chat.text()
    assert "ROI: Return on Investment" in said and "DS703" not in said


async def test_two_pmqa_categories_compared_with_their_questions_counted(chat: Chat) -> None:
    await consented(chat)
    await chat.send("หมวด 2 กับหมวด 6 ต่างกันอย่างไร แต่ละหมวดมีกี่ข้อคำถาม")  # the comparison alone, before
    assert "หมวด 2 การวางแผนเชิงยุทธศาสตร์ มีข้อคำถาม" in chat.text() and "หมวด 6" in chat.text()


async def test_two_levels_asked_beside_an_items_questions_are_both_answered(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ประเด็น 3.2 ระดับ Basic กับ Advance ต่างกันอย่างไร แล้วมีข้อคำถามอะไรบ้าง")
    assert "3.2 Basic" in chat.text() and "3.2 Advance" in chat.text() and "3.2.1" in chat.text()


async def test_a_test_asked_on_its_own_topic_after_a_unit_is_that_topics(chat: Chat) -> None:
    await consented(chat)
    await chat.send("DG100 ต้องทำอะไรได้บ้าง")
    await chat.send("อยากประเมินตนเองเรื่องสำรองข้อมูลค่ะ")  # DG100's self-assessment, before
    assert "DLit100" in chat.text() and "DG100" not in chat.text()
