"""Wrong turns found by chatting as a new data analyst, a PMQA working-team member and a section chief who
types very short messages (answers7, 2026-11-29), in the whole dialog. Each test uses other wordings than the
ones found."""

from __future__ import annotations

from sqlalchemy import select

from storage import AssessmentAnswer
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions  # noqa: F401 - fixtures


async def _answers(chat: Chat) -> dict[str, int]:  # noqa: F811
    async with chat.sessions() as session:
        return dict((await session.execute(
            select(AssessmentAnswer.criterion_code, AssessmentAnswer.rating))).tuples().all())


async def test_pmqa_answers_that_say_part_of_it_or_not_yet_in_other_words(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("ประเมินความพร้อม PMQA หมวด 2")
    for typed in ("มีไปบ้างแล้วครับ", "ยังค่ะ", "ทำไปบางข้อแล้ว", "ยังเลยจ้า"):
        await chat.send(typed)
    assert "ข้อ 5/12" in chat.text(), chat.text()
    assert await _answers(chat) == {"2.1.1": 1, "2.1.2": 0, "2.1.3": 1, "2.2.1": 0}


async def test_a_bare_group_typed_after_a_question_interrupted_the_profile_answers_it(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    assert "m:g:Service" in chat.data()  # the group is asked
    await chat.send("มีหน่วยไหนเกี่ยวกับความปลอดภัยไซเบอร์บ้างครับ")  # a question first: answered
    await chat.send("สายบริการครับ")  # a topic search for "บริการ", before
    assert "m:p:Developing" in chat.data(), chat.text()  # the group is set and the phase asked
    await chat.send("กำลังพัฒนา")
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase) == ("Service", "Developing")


async def test_a_bare_group_is_not_taken_for_a_profile_nobody_asked_about(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("ข้าม")  # the profile is declined for now
    await chat.send("DS700 คืออะไร")
    await chat.send("สายบริการ")
    user = await chat.user()
    assert user is not None and user.profile_group is None


async def test_an_agency_whose_name_holds_a_group_word_is_the_agency(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.press("m:g:Academic")
    await chat.press("m:p:Early")
    await chat.send("สำนักงานปลัดกระทรวงมหาดไทยค่ะ")  # "ปลัด" was read as the executives' group, before
    user = await chat.user()
    assert user is not None and user.agency == "สำนักงานปลัดกระทรวงมหาดไทย", chat.text()
    assert user.profile_group == "Academic"


async def test_a_finished_pmqa_check_says_what_is_missing_and_stays_the_topic(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("เช็คความพร้อม pmqa หมวด 2 หน่อย")
    await chat.send("ยังไม่ได้ทำ")  # 2.1.1
    for _ in range(11):
        await chat.send("ทำแล้ว")
    result = chat.text()
    assert "ผลประเมินความพร้อม หมวด 2" in result and "ที่ยังขาด" in result and "2.1.1" in result, result
    await chat.send("ถ้าจะไปถึงระดับ advance ต้องทำอะไรเพิ่มคะ")  # the levels of PMQA in general, before
    assert "หมวด 2" in chat.text() and "Advance" in chat.text(), chat.text()


async def test_a_bare_number_under_a_list_picks_that_item(chat: Chat) -> None:  # noqa: F811
    await chat.send("หน่วยไหนพูดถึงความเสี่ยงบ้าง")
    listed = [b for r in chat.last for b in r.buttons if b.data.startswith("u:")]
    await chat.send("๒")  # "not understood" and the whole menu, before
    code = listed[1].label.split()[0]  # (a code in both frameworks: its button names the framework too)
    assert "ยังไม่เข้าใจ" not in chat.text() and code in chat.text(), chat.text()


async def test_more_after_the_last_page_says_that_was_all(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.press("m:g:Service")
    await chat.press("m:p:Early")
    await chat.press("m:a")
    await chat.send("ต้องเรียนอะไรบ้างครับ")
    while any("ดูเพิ่ม" in b.label for r in chat.last for b in r.buttons):
        await chat.send("ดูเพิ่ม")
    for typed in ("มีอีกไหมครับ", "ต่อ"):  # "not understood", "nothing to resume", before
        await chat.send(typed)
        assert "ครบแล้ว" in chat.text(), chat.text()


async def test_not_understanding_the_answer_is_no_topic_search(chat: Chat) -> None:  # noqa: F811
    await chat.send("DL200 ขอบเขต")
    for typed in ("งงค่ะ", "อ่านไม่รู้เรื่องเลย"):
        await chat.send(typed)  # a search for "ไม่ เข้าใจ", or "I do not understand you", before
        assert "ตรงไหนยังไม่ชัด" in chat.text() and "ค้นหา" not in chat.text(), chat.text()


async def test_a_2561_unit_without_knowledge_says_where_the_letter_puts_it(chat: Chat) -> None:  # noqa: F811
    await chat.send("DS600 ต้องใช้ทักษะอะไรบ้างคะ")  # "no skills section" and only the unit's button, before
    text = chat.text()
    assert "ตามกลุ่มบุคลากรและระยะ" in text and "เกณฑ์" in text, text
    assert "u:ocsc-2561:DS600:criteria" in chat.data()


async def test_a_quiz_on_a_unit_given_only_by_title_offers_units_on_its_topic(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("ขอทำแบบทดสอบ DG700 หน่อยครับ")  # "try a related unit:" and then none, before
    offered = [d for d in chat.data() if d.startswith("q:s:z:")]
    assert "DG700" in chat.text() and offered, chat.data()
    assert any(d.startswith("q:s:z:") and d.count(":") == 4 for d in offered), offered  # a unit, not only "all"


async def test_how_many_indicators_of_one_result_item_leads_with_the_rule(chat: Chat) -> None:  # noqa: F811
    await chat.send("ข้อ 7.5 ต้องใส่ตัวชี้วัดกี่ตัวครับ")  # the item's list first and the rule at the very end, before
    text = chat.text()
    assert "7.5" in text and "5 ตัวชี้วัด" in text, text
    assert text.index("5 ตัวชี้วัด") < text.index("7.5 "), text


async def test_what_ones_data_says_now_is_the_profile_not_the_privacy_notice(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.press("m:g:Management")
    await chat.press("m:p:Mature")
    await chat.press("m:a")
    await chat.send("ข้อมูลของผมตอนนี้ตั้งไว้ว่าอะไรครับ")  # the privacy notice, before
    assert "ระยะพัฒนาแล้ว" in chat.text() and "ประกาศความเป็นส่วนตัว" not in chat.text(), chat.text()
    await chat.send("ข้อมูลของผมใครเห็นได้บ้าง")  # a worry about it: still the notice
    assert "ประกาศความเป็นส่วนตัว" in chat.text()


async def test_a_side_given_only_by_title_says_so_in_a_comparison(chat: Chat) -> None:  # noqa: F811
    await chat.send("DUS500 กับ DT600 อันไหนต่างกันยังไงคะ")  # DUS500's side was its title alone, before
    assert "เอกสารระบุเพียงชื่อหน่วยนี้" in chat.text() and "DT601" in chat.text(), chat.text()


async def test_a_topic_asked_within_one_framework_lists_only_its_units(chat: Chat) -> None:  # noqa: F811
    await chat.send("มาตรฐานปี 2567 มีหน่วยไหนเกี่ยวกับการวิเคราะห์ข้อมูลบ้างครับ")
    text = chat.text()  # 2561 units (DLit700, DT600) and the year as search words, before
    assert "มาตรฐาน 2567" in text and "DUS400" in text and "ก.พ. 2561" not in text, text
    assert all(":std-2567:" in d for d in chat.data() if d.startswith("u:")), chat.data()


async def test_an_element_compared_shows_its_criteria(chat: Chat) -> None:  # noqa: F811
    await chat.send("DT603 กับ DUS500 เหมือนกันไหมคะ")  # DT603's unit only, nothing of what it asks, before
    assert "DT603.1" in chat.text() and "เอกสารระบุเพียงชื่อหน่วยนี้" in chat.text(), chat.text()


async def test_two_pmqa_categories_compared_are_both_shown(chat: Chat) -> None:  # noqa: F811
    await chat.send("หมวด 2 กับหมวด 6 ต่างกันตรงไหนครับ")  # the first category's card only, before
    text = chat.text()
    assert "หมวด 2" in text and "หมวด 6" in text and "2.1 " in text and "6.1 " in text, text


async def test_a_category_7_measure_named_finds_its_item(chat: Chat) -> None:  # noqa: F811
    await chat.send("ตัววัดเรื่อง best practice อยู่ข้อย่อยไหนของหมวด 7")  # the general rule on how many, before
    text = chat.text()
    assert "7.4" in text and text.index("Best practice") < text.index("ตัวชี้วัดหมวด 7"), text


async def test_the_level_of_a_pmqa_question_without_one_is_said_to_be_unstated(chat: Chat) -> None:  # noqa: F811
    await chat.send("ข้อ 6.1.2 เป็นระดับอะไรครับ")  # the question only, the level asked not answered, before
    assert "ไม่ได้ระบุระดับ" in chat.text(), chat.text()
    await chat.send("1.1.1 อยู่ระดับไหน")  # one the deck tags: its level
    assert "Advance" in chat.text() and "ไม่ได้ระบุระดับ" not in chat.text()


async def test_a_topic_that_is_a_whole_area_says_so(chat: Chat) -> None:  # noqa: F811
    await chat.send("หน่วยที่เกี่ยวกับข้อมูลมีอะไรบ้างคะ")  # mostly 2561 units, the 2567 data area unmentioned, before
    assert "DUS ใช้ประโยชน์ข้อมูล" in chat.text() and "u:std-2567:DUS400" in chat.data(), chat.text()


async def test_the_other_framework_of_the_unit_just_shown(chat: Chat) -> None:  # noqa: F811
    await chat.send("DL200 มาตรฐานปี 67")  # the first message: its topic was not kept, before
    await chat.send("แล้วของ ก.พ. ต่างกันไหมคะ")  # "not understood" / a search for "เทียบ", before
    text = chat.text()
    assert "ก.พ." in text and "DL201" in text and "ค้นหา" not in text, text
    await chat.send("DS700 ปี 67")
    await chat.send("ของปี 61 ล่ะ")
    assert "u:ocsc-2561:DS701" in chat.data() and "u:std-2567:DS701" not in chat.data(), chat.data()
