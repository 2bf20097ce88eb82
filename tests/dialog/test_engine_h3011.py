"""Conversations behind holdout_3011's misses, in other wordings than the holdout's (the whole dialog engine)."""

from __future__ import annotations

from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]  # the fixtures, shared with the engine's own tests


async def test_an_impossible_february_day_is_said_as_typed(chat: Chat) -> None:
    await consented(chat)
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 30 กุมภาพันธ์ 2570")
    assert "30 กุมภาพันธ์ 2570" in chat.text() and "1000" not in chat.text()  # "30 กุมภา 1000", before


async def test_a_question_after_an_impossible_date_is_answered(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ตั้งเตือนวันที่ 31 มิ.ย. 2570")
    await chat.send("DL200 มีเกณฑ์อะไรบ้าง")
    assert "DL200" in chat.text() and "ยืนยัน" not in chat.text()


async def test_ones_organisations_phase_told_is_kept(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ข้าม")  # (the profile's own question left: the phase is told unasked)
    await chat.send("ส่วนราชการตอนนี้ยังอยู่ระยะแรกค่ะ")  # the group asked for a role look-up, before
    user = await chat.user()
    assert user is not None and user.profile_phase == "Early"


async def test_another_group_said_alone_after_a_role_is_its_role(chat: Chat) -> None:
    await consented(chat)
    await chat.send("บริการ ระยะเริ่มต้น ต้องมีสมรรถนะอะไรบ้าง")
    assert "ระยะเริ่มต้น" in chat.text() and "คุณอยู่กลุ่มไหน" not in chat.text()  # the group asked, before
    await chat.send("ผู้บริหารล่ะคะ")  # a search for บริหารความเสี่ยง, before
    assert "ผู้บริหารส่วนราชการ ในองค์กรระยะเริ่มต้น" in chat.text(), chat.text()


async def test_consent_withdrawn_asks_to_delete(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ดิฉันขอถอนความยินยอมค่ะ")  # not understood, before
    assert "ต้องการลบข้อมูลทั้งหมดของคุณใช่ไหม" in chat.text()


async def test_an_english_pause_with_its_reason_pauses_a_self_assessment(chat: Chat) -> None:
    await consented(chat)
    await chat.send("start a self-assessment for DS700")
    await chat.send("let's pause here, I've got a meeting")  # "No answer recorded yet", before
    assert "Stopped" in chat.text() and "q:c" in chat.data()


async def test_the_success_factors_of_government_4_0_are_the_decks(chat: Chat) -> None:
    await consented(chat)
    await chat.send("PMQA ปัจจัยแห่งความสำเร็จมีกี่ข้อ")  # "PMQA does not speak of it" and the categories, before
    assert "Collaboration" in chat.text() and "การสานพลังระหว่างภาครัฐและภาคอื่น ๆ" in chat.text()
    assert "Digitalization" in chat.text()


async def test_a_measure_named_in_a_mandatory_question_is_answered(chat: Chat) -> None:
    await consented(chat)
    await chat.send("7.6 นวัตกรรมการปรับปรุง เป็นตัวชี้วัดบังคับหรือเปล่าครับ")
    assert "ตัววัด \"นวัตกรรมการปรับปรุง\" ของ 7.6 เป็นตัววัดบังคับ" in chat.text()
    await chat.send("ต้นทุนที่ลดลง ข้อ 7.6 บังคับไหม")  # only the marked ones listed, before
    assert "ไม่ใช่ตัววัดบังคับ" in chat.text()


async def test_the_tools_a_unit_asks_for_are_its_criteria(chat: Chat) -> None:
    await consented(chat)
    await chat.send("DLit300 ต้องใช้เครื่องมืออะไรบ้าง")  # the unit's overview, before
    assert "ใช้งานโปรแกรมแบ่งปันหน้าจอ" in chat.text()
