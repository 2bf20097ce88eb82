"""A topic asked inside a long chatty sentence (issue 10, realistic_2911chatty.jsonl), through the whole engine; each
test says the cause in other words than the set's."""

from __future__ import annotations

from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]  # the fixtures, shared with the engine's own tests


async def test_a_project_deliverable_or_a_verified_identity_is_no_evidence_submitted_somewhere(chat: Chat) -> None:
    await consented(chat)
    # "ส่งมอบ" (what a project delivers) and "ยืนยันตัวตน" (bare "ยืน", as "ยื่น" typed without its mark) were read as
    # asking where evidence is submitted: the agency decides, ask HR
    await chat.send("ไอ้การระบุสิ่งที่ผู้รับจ้างต้องส่งมอบในแต่ละงวดของโครงการเนี่ย อยู่ตรงไหนคะ")
    assert "SPM404.2" in chat.text() and "ไม่ได้ระบุว่าต้องส่งที่ไหน" not in chat.text()
    await chat.send("การยืนยันตัวตนด้วย OTP เวลาเข้าระบบ อยู่ตรงไหนครับ")
    assert "DLit303.4" in chat.text() and "ไม่ได้ระบุว่าต้องส่งที่ไหน" not in chat.text()
    await chat.send("ต้องยื่นหลักฐาน DS700 ที่ไหนครับ")  # still where evidence goes
    assert "ไม่ได้ระบุว่าต้องส่งที่ไหน" in chat.text()
