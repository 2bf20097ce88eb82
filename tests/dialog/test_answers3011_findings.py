"""Wrong turns found on 2026-11-30 (answers3011), in the whole dialog: groups compared by hashtag, "กลุ่มบริหาร", what
every group shares, what a phase adds, "that one" after a search. Each test uses other wordings than the ones found."""

from __future__ import annotations

from content.catalog import Catalog, get_catalog
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions  # noqa: F401 - fixtures


async def test_two_groups_compared_by_hashtag_are_side_by_side(chat: Chat) -> None:  # noqa: F811
    await chat.send("#อำนวยการ vs #ผู้บริหารสูงสุด ต่างกันตรงไหนคะ")
    text = chat.text()
    assert "ผู้อำนวยการกอง" in text and "ผู้บริหารส่วนราชการ" in text, text
    assert "หน่วยที่เหมือนกัน" in text, text  # the comparison, not one group's phase asked


async def test_a_wording_of_both_management_groups_asks_which_even_with_a_profile(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("ผู้ทำงานด้านบริการ")
    await chat.send("ระยะกำลังพัฒนา")
    await chat.send("ข้าม")
    await chat.send("ฝ่ายบริหารต้องเรียนหน่วยไหนบ้าง")
    assert "ผู้บริหารส่วนราชการ" in chat.text() and "ผู้อำนวยการกอง" in chat.text(), chat.text()
    roles = [d for d in chat.data() if d.startswith("r:")]
    assert roles == ["r:Executive:Developing", "r:Management:Developing"], chat.data()  # the profile's phase kept
    await chat.press(roles[1])
    assert "ผู้อำนวยการกอง" in chat.text() and "DS" in chat.text(), chat.text()


async def test_what_every_group_shares_lists_the_letters_basics(chat: Chat) -> None:  # noqa: F811
    catalog: Catalog = get_catalog()
    basic = [i.title_th for i in catalog.items if i.kind == "knowledge" and i.scope == "basic"]
    experience = [i.title_th for i in catalog.items if i.kind == "experience" and i.scope == "basic"]
    await chat.send("บุคลากรทุกกลุ่มต้องมีความรู้อะไรที่เหมือนกันบ้างครับ")
    text = chat.text()
    assert basic and all(title in text for title in basic), text
    assert "DG100" in text and "DLit400" in text, text  # the units every group's role has in every phase
    assert len(chat.last[0].text) <= 1000, len(chat.last[0].text)  # one part first, the others a press away
    await chat.press(chat.button("i:role_overview:basics.experience"))
    assert experience and all(title in chat.text() for title in experience), chat.text()


async def test_what_every_group_shares_in_english(chat: Chat) -> None:  # noqa: F811
    await chat.send("which attributes do all groups have in common?")
    text = chat.text()
    assert "Basic attributes" in text and "มีคุณธรรมจริยธรรม" in text, text


async def test_what_the_next_phase_adds_after_a_role_is_what_it_adds(chat: Chat) -> None:  # noqa: F811
    await chat.send("นักวิชาการ ระยะกำลังพัฒนา")
    await chat.send("ระยะพัฒนาแล้วมีอะไรเพิ่ม เทียบกับระยะก่อนหน้า")
    assert "ต้องมีเพิ่มจากระยะกำลังพัฒนา" in chat.text(), chat.text()


async def test_the_evidence_of_that_one_after_an_english_search(chat: Chat) -> None:  # noqa: F811
    await chat.send("any units about organisation design?")
    first = chat.data()[0].split(":")[-1]
    await chat.send("what evidence would I need for that one?")
    assert first in chat.text() and "didn't understand" not in chat.text(), chat.text()


async def test_ones_group_said_as_both_management_groups_is_asked_before_it_is_stored(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("ดิฉันทำงานฝ่ายบริหาร หน่วยงานอยู่ระยะเริ่มต้นค่ะ")
    assert [d for d in chat.data() if d.startswith("m:g:")] == ["m:g:Executive", "m:g:Management"], chat.data()
    user = await chat.user()
    assert user is not None and user.profile_group is None and user.profile_phase == "Early"
    await chat.press("m:g:Management")
    user = await chat.user()
    assert user is not None and user.profile_group == "Management"


async def test_a_unit_asked_by_its_place_in_the_list_just_shown(chat: Chat) -> None:  # noqa: F811
    await chat.send("มีหน่วยไหนเกี่ยวกับไซเบอร์บ้างคะ")
    listed = [d.split(":")[-1] for d in chat.data() if d.startswith("u:")]
    assert len(listed) >= 3, chat.data()
    await chat.send("หน่วยที่ 3 ต้องทำอะไรได้บ้าง")
    assert chat.last[0].title.startswith(listed[2]), chat.text()
    await chat.send("มีหน่วยไหนเกี่ยวกับไซเบอร์บ้างคะ")
    await chat.send("and the skills for the last one?")
    assert listed[-1] in chat.text(), chat.text()
