"""Issue 10's wrong turns, each through the whole engine: named codes win, questions never change the
profile, nothing says "not available", Thai by default, typed labels and numbers work as buttons."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage import AssessmentAnswer, User
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]  # the fixtures, shared with the engine's own tests


async def with_profile(chat: Chat, group: str = "Service", phase: str = "Mature") -> None:
    await consented(chat)
    await chat.press(f"m:g:{group}")
    await chat.press(f"m:p:{phase}")
    await chat.press("m:a")


async def test_a_named_code_wins_over_the_profile(chat: Chat) -> None:
    await with_profile(chat)
    await chat.send("DS700 ต้องมีความรู้อะไรบ้าง")
    assert "ความรู้" in chat.text() and "DS700" in chat.text()
    assert "ผู้นำด้านการบริการภาครัฐ" not in chat.text()  # the profile's role (Service, Mature)
    await chat.send("DS700 ต้องมีทักษะอะไรบ้าง")
    assert "ทักษะ" in chat.text() and "ผู้นำด้านการบริการภาครัฐ" not in chat.text()


async def test_a_question_never_changes_the_profile(chat: Chat) -> None:
    await with_profile(chat)
    await chat.send("ระยะต่างกันอย่างไร ดูยังไงว่าเราอยู่ระยะไหน")
    assert "ระยะเริ่มต้น (Early Stage)" in chat.text()
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase) == ("Service", "Mature")


async def test_a_profile_change_says_what_changed(chat: Chat) -> None:
    await with_profile(chat)
    await chat.send("ผมทำงานสายไอที")
    assert "ผู้ทำงานด้านบริการ → ผู้ปฏิบัติงานด้านเทคโนโลยี" in chat.text()


async def test_groups_and_phases_named_win_over_the_profile(chat: Chat) -> None:
    await with_profile(chat)
    await chat.send("กลุ่มเทคโนโลยี ระยะเริ่มต้นกับพัฒนาแล้วต่างกันยังไง")
    assert "ผู้พัฒนาเทคโนโลยีดิจิทัลของหน่วยงาน" in chat.text()  # Technologist, Early
    assert "ผู้สร้างองค์กรอัจฉริยะ" in chat.text()  # Technologist, Mature
    await chat.send("ระยะพัฒนาแล้วต้องมีอะไรเพิ่ม")  # a follow-up: the group just discussed
    assert "ผู้สร้างองค์กรอัจฉริยะ" in chat.text() and "ระยะกำลังพัฒนา" in chat.text()


async def test_the_profile_fills_only_what_the_question_leaves_out(chat: Chat) -> None:
    await with_profile(chat)
    await chat.send("ระยะพัฒนาแล้วต้องมีอะไรเพิ่ม")  # group from the profile, phase from the question
    assert "ผู้นำด้านการบริการภาครัฐ" in chat.text() and "ระยะกำลังพัฒนา" in chat.text()


async def test_follow_ups_use_the_last_answer(chat: Chat) -> None:
    await consented(chat)
    await chat.send("DS700 มีเกณฑ์อะไรบ้าง")
    await chat.send("แล้วหลักฐานล่ะ")
    assert "รายงานสรุปผลการติดตามประสิทธิภาพการให้บริการและความพึงพอใจของผู้ใช้บริการ" in chat.text()
    await chat.send("ผอ.กอง ระยะเริ่มต้น")
    await chat.send("แล้วระยะกำลังพัฒนาล่ะ")
    assert "ผู้บริหารการเปลี่ยนแปลงด้านดิจิทัลระดับองค์กร" in chat.text()  # Management, Developing


@pytest.mark.parametrize("first", ["ขอทำแบบประเมินตนเอง DS700", "เตือนส่งหลักฐาน DL200 วันที่ 15 ธ.ค. 2569"])
async def test_a_first_message_that_needs_consent_is_done_after_it(chat: Chat, first: str) -> None:
    await chat.send(first)
    assert "ยังไม่เปิดให้ใช้" not in chat.text()
    assert "k:y" in chat.data()
    await chat.press("k:y")
    assert "ยังไม่เปิดให้ใช้" not in chat.text()
    assert any(d.startswith(("q:r:", "w:y:")) for d in chat.data()), chat.data()


async def test_progress_after_deleting_data_asks_consent_again(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ลบข้อมูลของฉัน")
    await chat.press("d:yes")
    await chat.send("ความคืบหน้าของฉัน")
    assert "ยังไม่เปิดให้ใช้" not in chat.text() and "k:y" in chat.data()


@pytest.mark.parametrize("message", ["3", "ok", "help", "DL201"])
async def test_thai_replies_to_neutral_messages(chat: Chat, message: str) -> None:
    await consented(chat)
    await chat.send(message)
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in chat.text()), chat.text()


async def test_start_is_answered_in_thai(chat: Chat) -> None:
    await chat.event("start")
    assert "ยินยอม" in "".join(b.label for r in chat.last for b in r.buttons)


async def test_typing_a_group_then_a_phase_label_sets_them(chat: Chat) -> None:
    await chat.send("สวัสดี")
    await chat.press("k:y")
    await chat.send("ด้านเทคโนโลยี")
    await chat.send("ระยะกำลังพัฒนา")
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase) == ("Technologist", "Developing")


@pytest.mark.parametrize(("typed", "rating"), [("3", 3), ("๓", 3), ("ระดับ 3", 3), ("4 ครับ", 4)])
async def test_a_typed_rating_is_recorded(chat: Chat, typed: str, rating: int) -> None:
    await consented(chat)
    await chat.send("ประเมินตนเอง DL200")
    await chat.send(typed)
    async with chat.sessions() as session:
        ratings = list(await session.scalars(select(AssessmentAnswer.rating)))
    assert ratings == [rating]
    assert "2/" in chat.text()  # on to the second question


async def _ratings(chat: Chat) -> list[int]:
    async with chat.sessions() as session:
        return list(await session.scalars(select(AssessmentAnswer.rating)))


@pytest.mark.parametrize(("typed", "rating", "label"), [
    ("คล่องมาก สอนน้องได้", 4, "คล่อง สอนผู้อื่นได้"), ("พอทำได้บ้าง", 2, "ทำได้บ้าง"),
    ("ไม่เคยทำเลย", 1, "ยังทำไม่ได้"), ("ทำได้ดีครับ", 3, "ทำได้ดี"),
])
async def test_a_rating_described_in_words_is_recorded_and_said(chat: Chat, typed: str, rating: int,
                                                                label: str) -> None:
    # Acceptance chat: "พอทำได้บ้าง" left the run for the help menu, "ไม่เคยทำเลย" paused it.
    await consented(chat)
    await chat.send("ประเมินตนเอง DS700")
    await chat.send(typed)
    assert await _ratings(chat) == [rating]
    assert f"{rating} = {label}" in chat.text() and "(ข้อ 2/12)" in chat.text()


async def test_a_vague_description_asks_again_and_records_nothing(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ประเมินตนเอง DS700")
    await chat.send("ทำได้ครับ")
    assert await _ratings(chat) == []
    assert "ยังไม่ได้บันทึกคำตอบ" in chat.text() and "(ข้อ 1/12)" in chat.text() and "q:r:" in chat.data()[0]


async def test_a_number_typed_at_a_paused_run_answers_it(chat: Chat) -> None:
    # The waiting note says "พิมพ์คำตอบของข้อนั้นได้เลย": after a pause, "3" was "ยังไม่เข้าใจ".
    await consented(chat)
    await chat.send("ประเมินตนเอง DS700")
    await chat.send("หยุดก่อน")
    await chat.send("3")
    assert await _ratings(chat) == [3]
    assert "(ข้อ 2/12)" in chat.text()


async def test_consent_typed_again_keeps_the_open_readiness_check(chat: Chat) -> None:
    # Acceptance chat: "ยินยอม" typed mid-check restarted the onboarding; the check's answers went nowhere.
    await consented(chat)
    await chat.send("ประเมินความพร้อม PMQA หมวด 6")
    await chat.send("ยินยอม")
    assert "ไว้แล้ว" in chat.text() and "q:c" in chat.data()
    await chat.send("มีข้อมูลครบ")
    assert "2/" in chat.text()


@pytest.mark.parametrize("typed", ["w:s:std-2567:DL200", "q:s:a:ocsc-2561:DS700", "u:std-2567:DS700:evidence",
                                   "a:u:std-2567:DS700:evidence"])
async def test_button_data_typed_as_text_is_answered_in_thai(chat: Chat, typed: str) -> None:
    # Acceptance chat: a pasted postback string ("std", "ocsc", "evidence") was read as English.
    await consented(chat)
    await chat.send(typed)
    assert "Unit " not in chat.text() and "Source:" not in chat.text() and "Evidence guide" not in chat.text()
    assert "ที่มา" in chat.text()


async def test_what_the_open_question_means_is_explained_and_asked_again(chat: Chat) -> None:
    # Acceptance chat: "ข้อนี้หมายถึงอะไรคะ" mid PMQA check got "ยังไม่เข้าใจคำถามนี้" and the whole menu.
    await consented(chat)
    await chat.send("ประเมินความพร้อม PMQA หมวด 2")
    await chat.send("ข้อนี้หมายถึงอะไรคะ")
    assert "คำถาม 2.1.1 อยู่ในประเด็น 2.1" in chat.text() and "Basic: " in chat.text()
    assert "p:2.1" in chat.data() and chat.button("q:r:")  # the item a press away, the question again
    assert "ยังไม่เข้าใจ" not in chat.text()
    await chat.send("ประเมินตนเอง DS700")
    await chat.send("เกณฑ์นี้หมายถึงอะไร")
    assert "สมรรถนะย่อย DS701" in chat.text() and "DS701.02" in chat.text() and "u:std-2567:DS700" in chat.data()
    assert await _ratings(chat) == []  # nothing recorded


async def test_a_quiz_question_is_not_explained(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ทดสอบความรู้ DS700")
    await chat.send("ข้อนี้หมายถึงอะไร")
    assert "ยังไม่ได้บันทึกคำตอบ" in chat.text() and "ข้อ 1/5" in chat.text()


async def test_consent_typed_again_asks_only_what_the_profile_still_lacks(chat: Chat) -> None:
    # Acceptance chat: "ยินยอม" typed after consent asked the group again, though it was set.
    await consented(chat)
    await chat.press("m:g:Technologist")
    await chat.send("สวัสดี")  # the phase question left aside
    await chat.send("ยินยอม")
    assert "ไว้แล้ว" in chat.text() and "m:p:Early" in chat.data() and "m:g:Academic" not in chat.data()
    await chat.press("m:p:Developing")
    await chat.send("ยินยอม")
    assert "ไว้แล้ว" in chat.text() and not [d for d in chat.data() if d.startswith("m:")]
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase) == ("Technologist", "Developing")


@pytest.mark.parametrize("typed", ["ข้าม", "ย้อนกลับ"])
async def test_a_flow_word_with_nothing_open_says_so_briefly(chat: Chat, typed: str) -> None:
    # Acceptance chat: "ข้าม" with no question open got "ยังไม่เข้าใจคำถามนี้" and the whole menu.
    await consented(chat)
    await chat.send("DS700")
    await chat.send(typed)
    assert chat.text() == "ตอนนี้ไม่มีแบบประเมินที่ทำค้างอยู่"


async def test_a_group_typed_in_other_words_picks_its_button(chat: Chat) -> None:
    # Acceptance chat: "ระยะเริ่มต้นต้องมีอะไรบ้าง" asked the group; "ผู้บริหาร" then got "หมายถึงข้อไหน".
    await consented(chat)
    await chat.send("ระยะเริ่มต้นต้องมีอะไรบ้าง")
    assert "r:Executive:Early" in chat.data()
    await chat.send("ผู้บริหาร")
    assert "ผู้บริหารส่วนราชการ ในองค์กรระยะเริ่มต้น" in chat.text()
    await chat.send("ต่างจากระยะกำลังพัฒนายังไง")
    assert "ระยะเริ่มต้น" in chat.text() and "ระยะกำลังพัฒนา" in chat.text() and "หน่วยที่เหมือนกัน" in chat.text()


@pytest.mark.parametrize("typed", ["ยืนยัน", "ตกลง"])
async def test_confirm_with_nothing_waiting_says_so(chat: Chat, typed: str) -> None:
    # Acceptance chat: "ยืนยัน" after an answer got "ยังไม่เข้าใจคำถามนี้" and the whole menu.
    await consented(chat)
    await chat.send("DS700")
    await chat.send(typed)
    assert chat.text() == "ตอนนี้ไม่มีรายการที่รอให้ยืนยัน"


async def test_confirm_still_confirms_a_waiting_reminder(chat: Chat) -> None:
    await consented(chat)
    await chat.send("เตือนส่งหลักฐาน DS700 วันที่ 15 ธ.ค. 2569")
    await chat.send("ตกลง")
    assert "ตั้งเตือนแล้ว" in chat.text()


async def test_skip_while_the_agency_is_asked_is_a_skip(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:g:Academic")
    await chat.press("m:p:Early")
    await chat.send("ข้าม")
    user = await chat.user()
    assert user is not None and user.agency is None


async def test_an_impossible_date_is_reported(chat: Chat) -> None:
    await consented(chat)
    await chat.send("เตือนส่งหลักฐาน DL200 วันที่ 31 ก.พ. 2570")
    assert "ไม่มีวันที่ 31 ก.พ. 2570" in chat.text()
    await chat.send("เตือนส่งหลักฐาน DL200")
    await chat.send("31 ก.พ. 2570")
    assert "ไม่มีวันที่ 31 ก.พ. 2570" in chat.text() and "29 พ.ย." not in chat.text()


async def test_stop_in_other_words_pauses_and_resume_continues(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ประเมินตนเอง DL200")
    await chat.send("ไม่ทำต่อแล้ว ออกเลย")
    assert "q:c" in chat.data()
    await chat.send("ทำข้อที่ค้างไว้")
    assert any(d.startswith("q:r:") for d in chat.data())


async def test_news_opt_out_and_in(chat: Chat) -> None:
    await consented(chat)
    await chat.send("หยุดรับข่าว")
    user = await chat.user()
    assert user is not None and user.broadcast_opt_out
    await chat.send("รับข่าว")
    async with chat.sessions() as session:
        again = (await session.scalars(select(User))).one()
    assert not again.broadcast_opt_out


async def test_help_lists_everything_that_works(chat: Chat) -> None:
    await consented(chat)
    await chat.send("ช่วยอะไรได้บ้าง")
    for feature in ("ประเมินตนเอง", "แบบทดสอบความรู้", "PMQA", "ตั้งเตือน", "ความก้าวหน้า", "หยุดรับข่าว",
                    "HR", "ลบข้อมูล", "Big Data"):
        assert feature in chat.text(), feature


async def test_every_unit_of_the_menu_can_be_picked_by_typing_its_code(chat: Chat) -> None:
    await with_profile(chat, "Technologist", "Mature")  # 28 units: more than the buttons
    await chat.send("ขอทำแบบประเมินตนเอง")
    assert "พิมพ์รหัส" in chat.text() and "DS700" in chat.text()
    await chat.send("DS700")
    assert any(d.startswith("q:r:") for d in chat.data())
    assert "DS700" in chat.text()


async def test_pmqa_readiness_asks_fill_ins_as_such_and_says_what_is_missing(chat: Chat) -> None:
    from content.catalog import get_catalog

    await consented(chat)
    await chat.press("q:s:y:1")
    first = get_catalog().pmqa_question("1.1.1")
    assert first is not None and first.points
    assert "ระบุข้อมูลลงในช่องว่าง" in chat.text()
    assert all(point in chat.text() for point in first.points)  # the question in full, never cut
    category = get_catalog().pmqa_category(1)
    assert category is not None
    total = sum(len(i.questions) for i in category.items)
    await chat.send("ยังไม่มี")  # a typed answer label works as its button
    for _ in range(total - 1):
        await chat.press(chat.button("q:r:").rsplit(":", 1)[0] + ":2")
    assert "ที่ยังขาดสำหรับระดับ" in chat.text() and "1.1.1" in chat.text()


@pytest.mark.parametrize("about", ["ส่วนกลุ่มผู้ปฏิบัติงานด้านเทคโนโลยีล่ะครับ", "แล้วผู้อำนวยการกองละคะ?"])
async def test_what_about_another_group_under_the_group_question_sets_nothing(chat: Chat, about: str) -> None:
    await consented(chat)  # "คุณอยู่กลุ่มบุคลากรไหน" is open
    await chat.send(about)
    user = await chat.user()
    assert user is not None and user.profile_group is None  # asked about them; said nothing of oneself
    assert "บันทึกข้อมูลของคุณแล้ว" not in chat.text()
    await chat.send("ผมอยู่กลุ่มบริการครับ")  # the person's own answer still sets it
    user = await chat.user()
    assert user is not None and user.profile_group == "Service"


@pytest.mark.parametrize(("asked", "shown", "not_shown"), [
    ("ดิฉันอยู่ฝ่ายบริการ หน่วยงานเราระยะ early ต้องรู้อะไรบ้าง ความรู้ที่ต้องมีน่ะค่ะ", "ความรู้:", "ความสามารถที่ต้องมี"),
    ("กลุ่มเทคโนโลยี ระยะกำลังพัฒนา ต้องมีความรู้และทักษะอะไร", "ความสามารถที่ต้องมี", "ความรู้:"),
])
async def test_a_role_asked_for_its_knowledge_alone_gets_the_letters_knowledge(
    chat: Chat, asked: str, shown: str, not_shown: str
) -> None:
    await consented(chat)
    await chat.send(asked)
    assert shown in chat.text() and not_shown not in chat.text(), chat.text()


async def test_a_role_named_after_another_is_that_role_even_with_and_in_it(chat: Chat) -> None:
    await consented(chat)
    await chat.send("กลุ่มบริการ ระยะเริ่มต้น ต้องมีอะไรบ้าง")
    await chat.send("นโยบายและวิชาการ ระยะพัฒนาแล้ว ต้องมีประสบการณ์และความรู้อะไรบ้าง")  # "และ": no lean on the one before
    assert "นโยบายและวิชาการ" in chat.text() and "ระยะพัฒนาแล้ว" in chat.text(), chat.text()
    assert "ผู้ทำงานด้านบริการ" not in chat.text()
