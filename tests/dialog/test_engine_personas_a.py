"""Turns found by chatting as a nurse-administrator, a CIO preparing PMQA evidence and a municipal finance
officer; each test says the same thing in other words than the ones found."""

from __future__ import annotations

from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]  # the fixtures, shared with the engine's own tests


async def test_which_group_a_kind_of_work_is_in_is_answered_not_asked_a_phase(chat: Chat) -> None:
    await consented(chat)
    await chat.send("เป็นพยาบาลวิชาชีพ จัดอยู่ในกลุ่มใดคะ")
    assert "งานพยาบาล อยู่กลุ่มผู้ทำงานด้านบริการ" in chat.text()
    assert chat.data() == ["m:g:Service"]  # set only by a press
    user = await chat.user()
    assert user is not None and user.profile_group is None
    await chat.send("เจ้าหน้าที่การคลัง อบต. นับเป็นกลุ่มไหนครับ")
    assert "อยู่กลุ่มผู้ปฏิบัติงานกลุ่มอื่น" in chat.text()
    await chat.send("accountant อยู่ group ไหน")
    assert "อยู่กลุ่มผู้ปฏิบัติงานกลุ่มอื่น" in chat.text()


async def test_a_rank_named_as_the_question_is_not_taken_for_the_work(chat: Chat) -> None:
    await consented(chat)
    await chat.send("หัวหน้าหอผู้ป่วย ถือว่าเป็นผู้อำนวยการกองไหมคะ")
    # the letter leaves a head of nursing open: both groups explained, not "ผู้อำนวยการกอง" because it was asked
    assert "ไม่ได้กำหนดว่าหัวหน้างานการพยาบาล อยู่ในกลุ่มใด" in chat.text()
    assert "• ผู้อำนวยการกอง:" in chat.text() and "• ผู้ทำงานด้านบริการ:" in chat.text()


async def test_which_group_while_the_group_is_asked_keeps_to_the_question(chat: Chat) -> None:
    await consented(chat)  # the group is asked now
    await chat.send("นางพยาบาลนับเป็นกลุ่มอะไรคะ")
    assert "อยู่กลุ่มผู้ทำงานด้านบริการ" in chat.text()
    assert "ระยะไหน" not in chat.text()
    await chat.press(chat.button("m:g:Service"))
    assert "ระยะ" in chat.text()  # the round goes on from the group


async def test_which_group_before_consent_offers_what_the_group_needs(chat: Chat) -> None:
    await chat.send("สวัสดีครับ")
    await chat.send("งานการเงินอยู่กลุ่มไหน")
    assert "อยู่กลุ่มผู้ปฏิบัติงานกลุ่มอื่น กดเพื่อดูสิ่งที่กลุ่มนี้ต้องมี" in chat.text()
    assert "r:Others:" in chat.data()
