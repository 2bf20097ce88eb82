"""What two persona chats found (a newly hired ministry programmer, a provincial HR officer), through the whole
engine, in wordings other than the chats' and the set's."""

from __future__ import annotations

import pytest

from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]


@pytest.mark.parametrize(("typed", "title", "unit"), [
    ("SPM คืออะไรครับ", "ความสามารถด้านการบริหารกลยุทธ์และการจัดการโครงการ", "SPM600"),
    ("dg ย่อมาจากไร", "Digital Governance", "DG600"),
    ("what does DLit stand for", "Digital Literacy", "DLit700"),
])
async def test_an_area_asked_what_it_is_by_its_prefix(chat: Chat, typed: str, title: str, unit: str) -> None:
    """"DS คืออะไร" had become DTr100 (or "not understood"): the area, its title and units."""
    await chat.send(typed)
    assert title in chat.text() and unit in chat.text(), chat.text()


async def test_two_areas_asked_together_are_both_shown(chat: Chat) -> None:
    await chat.send("DG กับ DL ต่างกันยังไงคะ")
    text = chat.text()
    assert "Digital Governance" in text and "Digital Leadership" in text and "DL300" in text, text


async def test_an_area_and_a_topic_is_no_area_listing(chat: Chat) -> None:
    """"DS ตัวไหนเกี่ยวกับ X" seeks a topic: the area's listing is not what is asked."""
    await chat.send("DS คืออะไร")
    await chat.send("DLit ตัวไหนเกี่ยวกับการสำรองข้อมูล")
    assert "DLit101" in chat.text() or "DLit100" in chat.text(), chat.text()
    assert "มี 7 หน่วย" not in chat.text()


async def test_what_to_improve_while_a_self_assessment_is_paused(chat: Chat) -> None:
    """"ควรพัฒนาอะไรก่อน" with a self-assessment paused part way gave the role's units: the weak ones so far, the
    lowest-rated criteria named, and "ทำต่อ" to finish it."""
    await consented(chat)
    await chat.send("ประเมินตนเอง DLit100")
    for answer in ("4", "3", "1", "4"):  # DLit101.3 (จัดการข้อมูล) rated lowest
        await chat.send(answer)
    await chat.send("หยุดไว้ก่อน")
    await chat.send("พี่ควรเริ่มพัฒนาตรงไหนก่อนดีคะ")
    text = chat.text()
    assert "DLit101.3 จัดการข้อมูล (1/4)" in text and "4/18" in text, text
    assert "q:c" in chat.data()


@pytest.mark.parametrize(("first", "then", "said"), [
    ("DL100 มีอะไรบ้าง", "แล้วข้อ 5 ล่ะ", "DL100 มีสมรรถนะย่อย"),
    ("DT401 ต้องทำอะไร", "ข้อที่เจ็ดล่ะครับ", "DT401 มีเกณฑ์ 6 ข้อ ไม่มีข้อ 7"),
])
async def test_a_part_past_the_end_says_how_many_there_are(chat: Chat, first: str, then: str, said: str) -> None:
    """"ข้อ๓ล่ะ" after DT400 (two elements) was "not understood": the count, then the unit again."""
    await chat.send(first)
    await chat.send(then)
    assert said in chat.text() and "ยังไม่เข้าใจ" not in chat.text(), chat.text()


@pytest.mark.parametrize("typed", ["สวัสดีค่ะ ดิฉันอยู่ฝ่ายการเงิน อบต. ค่ะ", "ดิฉันอยู่ฝ่ายการเงินของเทศบาลค่ะ"])
async def test_work_said_before_consent_read_as_the_profile_is_its_group_offered(chat: Chat, typed: str) -> None:
    """Read as profile_set rather than a greeting, work said before consent had only the consent notice again."""
    await chat.send("สวัสดีครับ")
    await chat.send(typed)
    assert "r:Others:" in chat.data(), chat.text()
