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


async def test_how_many_areas_is_the_letters_seven_areas(chat: Chat) -> None:
    await chat.send("สมรรถนะดิจิทัลข้าราชการ แบ่งเป็นกี่ด้านครับ")
    text = chat.text()
    assert "มี 7 ด้าน รวม 39 หน่วย" in text
    assert "• SPM ความสามารถด้านการบริหารกลยุทธ์และการจัดการโครงการ (Strategic and Project Management): 6 หน่วย" in text
    assert "มาตรฐาน 2567 มี 7 ด้าน รวม 44 หน่วย" in text
    await chat.press(chat.button("t:DTr"))  # an area's button: its units, each a press away
    assert "ด้าน DTr ความสามารถด้านการขับเคลื่อนการเปลี่ยนแปลงด้านดิจิทัล (Digital Transformation) (ก.พ. 2561) มี 3 หน่วย" \
        in chat.text()
    assert "u:ocsc-2561:DTr300" in chat.data()


async def test_one_areas_units_by_its_name_or_prefix(chat: Chat) -> None:
    await chat.send("กลุ่ม Digital Governance มีหน่วยไหนบ้างคะ")
    assert "ด้าน DG ความสามารถด้านการควบคุมกำกับ" in chat.text() and "มี 6 หน่วย" in chat.text()
    await chat.send("DUS มีกี่หน่วย")  # an area only the 2567 standard has
    assert "ด้าน DUS ใช้ประโยชน์ข้อมูลและการใช้ข้อมูลร่วมกัน (Data Utilization and Sharing) (มาตรฐาน 2567) มี 5 หน่วย" \
        in chat.text()


async def test_a_groups_units_counted_stay_the_groups(chat: Chat) -> None:
    await chat.send("ผู้ปฏิบัติงานด้านเทคโนโลยี ระยะเริ่มต้น ต้องมีกี่หน่วย")
    assert "ผู้ปฏิบัติงานด้านเทคโนโลยี ในองค์กรระยะเริ่มต้น" in chat.text() and "รวม 39 หน่วย" not in chat.text()
    assert "ความสามารถที่ต้องมี" in chat.text()


async def test_how_many_areas_while_the_group_is_asked_is_answered(chat: Chat) -> None:
    await consented(chat)  # the group is asked now
    await chat.send("ความสามารถดิจิทัลมีทั้งหมดกี่ด้านคะ")
    assert "มี 7 ด้าน รวม 39 หน่วย" in chat.text()


async def test_a_categorys_questions_are_counted_item_by_item(chat: Chat) -> None:
    await chat.send("หมวด 5 มีข้อคำถามทั้งหมดกี่ข้อคะ")
    assert chat.last[0].text.splitlines()[0] == "หมวด 5 การมุ่งเน้นบุคลากร มีข้อคำถาม 18 ข้อ:"
    assert "• 5.1" in chat.text() and ": 5 ข้อ" in chat.text()
    await chat.press(chat.data()[1])  # the second item's questions
    assert chat.last[0].text.splitlines()[0].startswith("ประเด็น 5.2 ")
    assert "มีข้อคำถาม 4 ข้อ:" in chat.last[0].text and "5.2.4 " in chat.text()


async def test_an_items_questions_drop_the_level_talked_about_before(chat: Chat) -> None:
    await chat.send("6.2 ระดับ advance ต้องทำอะไร")
    await chat.send("แล้วคำถามของ 6.1 มีอะไรบ้าง")
    assert "ประเด็น 6.1" in chat.text() and "มีข้อคำถาม 4 ข้อ:" in chat.text()
    assert "ระดับ Advance" not in chat.text()


async def test_every_pmqa_question_counted_is_not_a_topic_search(chat: Chat) -> None:
    await chat.send("เกณฑ์ pmqa 4.0 มีคำถามรวมกี่ข้อ")
    assert "ข้อคำถามของเกณฑ์ PMQA 4.0 มี 94 ข้อ ในหมวด 1-6:" in chat.text()
    assert "หมวด 7 ไม่มีข้อคำถาม" in chat.text()
    assert "3.4.1" not in chat.text()  # not the item whose guidance holds "ตอบคำถาม"


async def test_a_code_whose_other_meaning_is_a_title_only_leads_with_the_content(chat: Chat) -> None:
    await chat.send("DLit200 หมายถึงอะไร")  # the 2567 list names it only; the OCSC letter gives its elements
    first = chat.last[0].text
    assert "DLit200 มีใน 2 กรอบมาตรฐาน" in first
    assert "[ทักษะด้านดิจิทัลของข้าราชการและบุคลากรภาครัฐ (สำนักงาน ก.พ. พ.ศ. 2561)]" in first
    assert "เอกสารระบุเพียงชื่อหน่วยนี้" not in first
    assert "เอกสารระบุเพียงชื่อหน่วยนี้" in chat.text()  # the title-only meaning still said, after


async def test_a_topic_in_category_7_is_found_among_its_measures(chat: Chat) -> None:
    await chat.send("หมวด 7 เรื่องการแก้ไขเรื่องร้องเรียน อยู่ข้อย่อยไหนครับ")
    assert "• 7.2 ด้านผู้รับบริการ และประชาชน: การแก้ไขเรื่องร้องเรียน" in chat.text()
    assert "ประเด็นการพิจารณา 6 ข้อ" not in chat.text()  # not the category's list again


async def test_two_levels_of_a_category_side_by_side(chat: Chat) -> None:
    await chat.send("หมวด 6 ระดับ basic กับ significance ต่างกันตรงไหนคะ")
    text = chat.text()
    assert "หมวด 6 การมุ่งเน้นระบบปฏิบัติการ ระดับ Basic / Significance:" in text
    assert text.count("• Basic:") == 4 and text.count("• Significance:") == 4
    assert "• Advance:" not in text


async def test_a_topic_in_english_across_two_categories_finds_the_item(chat: Chat) -> None:
    await chat.send("หมวด 3 กับ หมวด 4 ข้อไหนเกี่ยวกับ cyber")
    assert "ประเด็น 4.4" in chat.text() and "ไซเบอร์" in chat.text()
    assert "• 3.1" not in chat.text()  # not both categories' item lists


async def test_one_part_of_the_evidence_guide_is_that_part_only(chat: Chat) -> None:
    await chat.send("ขอแค่หลักฐานการปฏิบัติงาน DS700 ค่ะ")
    text = chat.text()
    assert "(ก) หลักฐานการปฏิบัติงาน (Performance Evidence)" in text
    assert "• ประวัติการดำรงตำแหน่ง หรือ ประวัติการทำงาน" in text
    assert "(ข) หลักฐานความรู้" not in text and "(ค) คำแนะนำในการประเมิน" not in text
    await chat.send("knowledge evidence ของ DL200 มีไร")
    assert "(ข) หลักฐานความรู้ (Knowledge Evidence)" in chat.text()
    assert "• ผลการทดสอบความรู้ด้านต่างๆ ที่เกี่ยวข้อง" in chat.text()
    assert "(ก) หลักฐานการปฏิบัติงาน" not in chat.text()
    assert "ความรู้ ของหน่วย DL200" not in chat.text()  # not the knowledge field as well
    await chat.send("หลักฐาน DL200")  # the whole guide when no part is named
    assert "(ก) หลักฐานการปฏิบัติงาน" in chat.text() and "(ค) คำแนะนำในการประเมิน" in chat.text()


async def test_work_said_before_consent_gets_its_group_and_what_it_needs(chat: Chat) -> None:
    await chat.send("สวัสดีครับ")
    await chat.send("สวัสดีครับ ผมอยู่ฝ่ายการเงิน อบจ. ครับ")  # a greeting with one's work: not "did you mean hello?"
    assert "อยู่กลุ่มผู้ปฏิบัติงานกลุ่มอื่น" in chat.text()
    assert "r:Others:" in chat.data()
    await chat.send("เป็น accountant ค่ะ ต้องเรียน unit อะไรบ้าง")
    assert "อยู่กลุ่มผู้ปฏิบัติงานกลุ่มอื่น" in chat.text()
    await chat.press(chat.button("r:Others:"))
    assert "ระยะ" in chat.text()  # the phase asked, then the group's units


async def test_one_part_of_two_units_compared_is_that_part_of_each(chat: Chat) -> None:
    await chat.send("เทียบทักษะของ DL200 กับ DS700 หน่อยครับ")
    first, second = chat.last[0].text, chat.last[1].text
    assert first.splitlines()[0] == "ทักษะ ของหน่วย DL200 มี 10 ข้อ"
    assert second.startswith("ทักษะ ของหน่วย DS700 มี 6 ข้อ")
    assert "DS701 กำหนดวิธีการวัด" not in chat.text()  # not the elements side by side


async def test_two_parts_of_the_evidence_named_ask_for_the_whole_guide(chat: Chat) -> None:
    await chat.send("หลักฐาน DL200 มีแค่หลักฐานการปฏิบัติงานกับหลักฐานความรู้ใช่มั้ยคะ")
    assert "(ก) หลักฐานการปฏิบัติงาน" in chat.text() and "(ข) หลักฐานความรู้" in chat.text()


async def test_a_document_code_starting_with_an_area_prefix_is_its_unit_not_the_area(chat: Chat) -> None:
    await chat.send("หน่วย DG-EJJM-026 มีอะไรบ้าง")
    assert "ออกแบบองค์กรดิจิทัล" in chat.text()
    assert "ด้าน DG" not in chat.text()
