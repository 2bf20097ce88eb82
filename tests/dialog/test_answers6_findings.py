"""Wrong turns left by answers5 (a court clerk, a provincial director and a tax officer chatting, 2026-11-29),
fixed in answers6. Each test uses other wordings than the ones found."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.dialog import respond
from bot.dialog.engine import DialogEngine
from bot.incoming import Incoming
from content.catalog import Catalog
from intents import understand
from storage import Handoffs
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions  # noqa: F401 - fixtures

OCSC = "สำนักงาน ก.พ. พ.ศ. 2561"  # the heading of the 2561 framework's answers
STD = "มาตรฐานสมรรถนะผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ"


async def test_a_follow_up_keeps_the_framework_of_the_answer_before(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("DS700 ของ ก.พ. ปี 61")
    assert OCSC in chat.text() and STD not in chat.text(), chat.text()
    await chat.send("แล้วมีเกณฑ์อะไรบ้าง")  # both frameworks, before
    assert OCSC in chat.text() and STD not in chat.text(), chat.text()
    await chat.press("u:std-2567:DL200:evidence")
    await chat.send("มีสมรรถนะย่อยกี่ตัวคะ")
    assert STD in chat.text() and OCSC not in chat.text(), chat.text()
    await chat.send("DL200")  # a code alone: every framework that has it, and so the follow-up
    await chat.send("แล้วเกณฑ์ล่ะ")
    assert STD in chat.text() and OCSC in chat.text(), chat.text()


async def test_each_typed_profile_answer_says_what_was_saved(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("สายไอทีครับ")
    await chat.send("คิดว่าระยะกำลังพัฒนาครับ")  # a bare "saved", before
    assert "ระยะกำลังพัฒนา" in chat.last[0].text and "ด้านเทคโนโลยี" in chat.last[0].text, chat.text()
    await chat.send("สำนักงานสถิติแห่งชาติครับ")
    assert "สำนักงานสถิติแห่งชาติ" in chat.last[0].text, chat.text()  # the profile card comes after it


async def test_a_unit_asked_while_telling_ones_work_is_answered_and_kept(chat: Chat) -> None:  # noqa: F811
    await consented(chat)  # the group is asked now
    await chat.send("เป็นเจ้าหน้าที่การเงินครับ ต้องเตรียมความรู้ DS700 ตามมาตรฐานปี 67")  # only the group asked, before
    assert "ความรู้ ของหน่วย DS700" in chat.text() and "กลุ่ม" in chat.text(), chat.text()
    await chat.send("แล้วหลักฐานล่ะครับ")  # not lost, and not mixed with another unit
    assert "หลักฐานที่ต้องการ ของหน่วย DS700" in chat.text() and "DL200" not in chat.text(), chat.text()
    assert OCSC not in chat.text()


async def test_work_and_a_unit_question_in_one_message_get_both(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("ดิฉันเป็นนักวิชาการคอมพิวเตอร์ค่ะ DL200 มีเกณฑ์อะไรบ้างคะ")  # the work dropped, before
    assert "DL201" in chat.text() and "m:g:Technologist" in chat.data(), chat.text()


def test_two_criteria_worded_alike_are_said_to_be_the_same_text(catalog: Catalog) -> None:
    said = "\n".join(r.text for r in respond(understand("เกณฑ์ dl203.03 กับ dl202.03 เหมือนกันไหมครับ"), catalog))
    assert "เหมือนกันทุกคำ" in said and "DL202 ออกแบบส่วนประกอบ" in said, said  # and where each one sits
    other = "\n".join(r.text for r in respond(understand("DL202.01 กับ DL203.01 ต่างกันยังไง"), catalog))
    assert "เหมือนกันทุกคำ" not in other, other
    # titles alike, criteria not: SPM203 and DL203 were said to be "the same word for word"
    said = "\n".join(r.text for r in respond(understand("SPM203 กับ DL203 ต่างกันตรงไหน"), catalog))
    first = said.split("\n\n")[0]
    assert "เหมือนกันทุกคำ" not in said and "ชื่อเหมือนกัน" in first, said
    assert "SPM203.3 สื่อสารให้ผู้รับบริการ" in first and "DL203.03 ระบุอุปกรณ์เครื่องมือ" in first, first
    assert "SPM203.1" not in first, first


class _Consented:
    """A consented person on ``platform`` whose every message comes a minute after the one before."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], platform: str, user: str) -> None:
        self.sessions, self.platform, self.user = sessions, platform, user
        self.now = datetime.now(UTC)
        self.engine = DialogEngine(sessions, clock=lambda: self.now)

    async def send(self, message: str) -> str:
        self.now += timedelta(minutes=1)
        return "\n".join(r.text for r in await self.engine(Incoming(self.platform, self.user, "text", message)))

    async def consent(self) -> None:
        await self.send("สวัสดีครับ")
        await self.engine(Incoming(self.platform, self.user, "postback", "k:y"))

    async def hr_answers(self, *answers: str) -> None:
        async with self.sessions.begin() as session:
            handoffs = Handoffs(session)
            [(handoff, _)] = await handoffs.list()
            for answer in answers:
                await handoffs.add_message(handoff.id, "admin", answer, now=self.now)


async def test_a_message_to_hr_is_said_to_be_passed_on_once_per_row(
        sqlite_sessions: async_sessionmaker[AsyncSession]) -> None:  # noqa: F811
    person = _Consented(sqlite_sessions, "line", "U-hr")
    await person.consent()
    await person.send("ขอติดต่อเจ้าหน้าที่ HR ครับ")
    assert "ส่งข้อความถึงเจ้าหน้าที่แล้ว" in await person.send("อยากทราบว่าต้องส่งแฟ้มสะสมผลงานเมื่อไหร่")  # silence, before
    assert await person.send("ขอบคุณล่วงหน้าครับ") == ""  # not for every message in a row
    await person.hr_answers("ภายในสิ้นเดือนครับ")
    assert await person.send("รับทราบครับ") == ""  # HR is answering live: their answers say it arrived
    person.now += timedelta(minutes=30)
    assert "ส่งข้อความถึงเจ้าหน้าที่แล้ว" in await person.send("ขอถามเพิ่มอีกเรื่องครับ")  # HR has gone: said again


async def test_in_the_web_chat_hr_answers_come_with_the_next_reply(
        sqlite_sessions: async_sessionmaker[AsyncSession]) -> None:  # noqa: F811
    """Nothing is pushed to the web chat: HR's answers since the person's last message come with the next reply
    (they were stored and never shown, before)."""
    person = _Consented(sqlite_sessions, "web", "W-hr")
    await person.consent()
    await person.send("ขอคุยกับเจ้าหน้าที่ค่ะ")
    await person.send("แบบประเมินต้องส่งเมื่อไหร่คะ")
    await person.hr_answers("ภายใน 15 ธ.ค. ค่ะ", "ส่งทางอีเมลได้เลย")
    said = await person.send("ส่งทางไหนได้บ้างคะ")
    assert said.index("เจ้าหน้าที่: ภายใน 15 ธ.ค. ค่ะ") < said.index("เจ้าหน้าที่: ส่งทางอีเมลได้เลย"), said
    assert "ภายใน 15 ธ.ค." not in await person.send("ขอบคุณค่ะ")  # shown once


async def test_where_to_send_evidence_says_the_sources_do_not_and_offers_hr(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("หลักฐานของ DL200 มีอะไรบ้าง")
    await chat.send("แล้วต้องยื่นกับใครครับ")  # the evidence list again, before
    assert "ไม่ได้ระบุว่าต้องส่งที่ไหนหรือส่งให้ใคร" in chat.text() and "(ก)" not in chat.text(), chat.text()
    assert "u:std-2567:DL200:evidence" in chat.data()
    await chat.press(chat.button("t:"))  # talk to HR: a handoff opens
    assert "ส่งเรื่องถึงเจ้าหน้าที่" in chat.text(), chat.text()


async def test_a_part_pointed_at_by_its_place_in_the_list_shown(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("สมรรถนะย่อยของ DS700 ตามมาตรฐานปี 67 มีอะไรบ้าง")
    await chat.send("ข้อที่สามต้องทำอะไรครับ")  # the whole unit, in both frameworks, before
    assert chat.last[0].title.startswith("DS703") and OCSC not in chat.text(), chat.text()
    await chat.send("แล้วเกณฑ์ข้อ 2 ล่ะ")  # then the element's second criterion
    assert chat.last[0].title.startswith("DS703.02"), chat.text()


async def test_a_follow_up_comparison_of_titles_alike_says_what_differs(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("SPM203 มีเกณฑ์อะไรบ้าง")
    await chat.send("แล้วตัวนี้กับ DL203 ของมาตรฐาน 2567 ต่างกันตรงไหน")  # "the same word for word", before
    assert "เหมือนกันทุกคำ" not in chat.text() and "ชื่อเหมือนกัน" in chat.text(), chat.text()
    assert "DL203.03 ระบุอุปกรณ์เครื่องมือ" in chat.text()


def test_pmqa_for_it_work_names_the_digital_items_and_the_category_most_about_it(catalog: Catalog) -> None:
    # "PMQA 4.0 กล่าวถึง "เปลี่ยน งาน it กร มมาก ที่สุด" …ไม่ได้กล่าวถึงโดยตรง"; "PMQA หมวดไหนเกี่ยวกับ IT": the 7 categories
    for asked in ("เปลี่ยนเรื่องครับ PMQA 4.0 หมวดไหนเกี่ยวกับงาน IT ของกรมมากที่สุด", "PMQA หมวดไหนเกี่ยวกับ IT"):
        said = "\n".join(r.text for r in respond(understand(asked), catalog))
        assert '"ดิจิทัล"' in said and "4.4" in said, said
        assert "เกี่ยวข้องมากที่สุด: หมวด 4 " in said, said


def test_whom_the_occupational_standard_is_for_is_its_target_group(catalog: Catalog) -> None:
    # "มาตรฐานอาชีพนี้กลุ่มเป้าหมายเป็นใคร…": the help menu; "…(Target Group) ของมาตรฐานอาชีพคือใคร": the OCSC groups' table
    for asked in ("มาตรฐานอาชีพนี้กลุ่มเป้าหมายเป็นใคร ครอบคลุมนักวิชาการคอมพิวเตอร์ไหม หรือเฉพาะผู้บริหาร",
                  "กลุ่มบุคคลในอาชีพ (Target Group) ของมาตรฐานอาชีพคือใคร"):
        said = "\n".join(r.text for r in respond(understand(asked), catalog))
        assert "นักวิชาการคอมพิวเตอร์ เจ้าพนักงานเครื่องคอมพิวเตอร์" in said and "นร 1013/ว 8" in said, said
        assert "บรรทัด 79" in said
    said = "\n".join(r.text for r in respond(understand("มาตรฐาน 2567 คืออะไร ใช้กับผมไหม"), catalog))
    assert "Target Group" in said and "6 กลุ่ม 3 ระยะ" in said, said  # "not understood", before
    said = "\n".join(r.text for r in respond(understand("กลุ่มเป้าหมายของ ก.พ. 2561 มีกลุ่มไหนบ้าง"), catalog))
    assert "Target Group" not in said, said  # the letter's own groups
