"""Issue 10's "shape of answers on a phone" through the whole engine: a role answer one screen a page
with "ดูเพิ่ม" and its details one tap away, and a follow-up on an OCSC-only element's assessment."""

from __future__ import annotations

from bot.dialog.answers.paging import PAGE_CHARS
from content.catalog import get_catalog
from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions

__all__ = ["chat", "sqlite_sessions"]  # the fixtures, shared with the engine's own tests


async def test_a_role_from_the_profile_pages_through_every_unit(chat: Chat) -> None:
    await consented(chat)
    await chat.press("m:g:Technologist")
    await chat.press("m:p:Mature")
    await chat.press("m:a")
    await chat.send("ต้องมีทักษะอะไรบ้าง")
    role = get_catalog().role("Mature", "Technologist")
    assert role is not None and role.role_title_th in chat.text()
    assert len(chat.last[0].text) <= PAGE_CHARS
    shown = chat.text()
    pages = 1
    while any(d.startswith("r:Technologist:Mature:") and d[-1].isdigit() for d in chat.data()):
        await chat.press(next(d for d in chat.data() if d.startswith("r:Technologist:Mature:") and d[-1].isdigit()))
        assert len(chat.last[0].text) <= PAGE_CHARS
        shown += chat.text()
        pages += 1
    assert pages > 1 and all(f"• {code} " in shown for code in role.units)
    await chat.press(chat.button("r:Technologist:Mature:about"))
    assert all(k in chat.text() for k in role.knowledge) and all(e in chat.text() for e in role.experience)


async def test_how_an_ocsc_only_element_is_assessed_as_a_follow_up(chat: Chat) -> None:
    await consented(chat)
    await chat.send("DS701.2")
    await chat.send("แล้วประเมินผลยังไงครับ")
    assert "DS701.2 ในทักษะด้านดิจิทัลของข้าราชการ" in chat.text()
    assert "สอบข้อเขียน" in chat.text() and "DS700" in chat.text()
