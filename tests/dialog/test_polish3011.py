"""Profile and reminder turns polished on 2026-11-30: each test uses other wordings than the ones found."""

from __future__ import annotations

import pytest

from tests.dialog.test_engine import Chat, chat, consented, sqlite_sessions  # noqa: F401 - fixtures


@pytest.mark.parametrize(("hello", "asked"), [("สวัสดีครับ", "ต้องมีหน่วยอะไรบ้าง"), ("hi", "what units do I need?")])
async def test_a_role_button_under_an_interrupted_phase_question_saves_the_phase(
        chat: Chat, hello: str, asked: str) -> None:  # noqa: F811
    await chat.send(hello)
    await chat.press("k:y")
    await chat.press("m:g:Academic")
    assert "m:p:Developing" in chat.data()  # the phase is asked
    await chat.send(asked)  # a question of the role instead of the phase: asked back by phase
    assert "r:Academic:Mature" in chat.data(), chat.text()
    await chat.press("r:Academic:Mature")
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase) == ("Academic", "Mature"), chat.text()
    assert "r:Academic:Mature:about" in chat.data()  # and the role is shown, as pressed


async def test_a_role_button_looked_up_outside_the_profile_questions_saves_nothing(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.press("m:g:Service")
    await chat.press("m:p:Early")
    await chat.press("r:Service:Mature")  # another phase looked at: the profile keeps its own
    await chat.press("r:Technologist:Developing")  # another group's role
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase) == ("Service", "Early")


async def test_another_groups_role_under_the_phase_question_sets_no_phase(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.press("m:g:Others")
    await chat.send("ต้องมีหน่วยอะไรบ้าง")
    await chat.press("r:Management:Developing")  # the executives' role, looked at: not the person's own
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase) == ("Others", None)


@pytest.mark.parametrize(("said", "agree", "kept"), [
    ("สวัสดีค่ะ ดิฉันเป็นนักวิชาการ อยู่กรมบัญชีกลางค่ะ", "ยินยอมค่ะ", "กรมบัญชีกลาง"),
    ("Hello, I'm a programmer at the Department of Lands", "I agree", "Department of Lands"),
])
async def test_an_agency_named_before_consent_is_saved_after_it_and_not_asked_again(
        chat: Chat, said: str, agree: str, kept: str) -> None:  # noqa: F811
    await chat.send(said)
    user = await chat.user()
    assert user is not None and user.agency is None  # nothing stored before consent
    await chat.send(agree)
    user = await chat.user()
    assert user is not None and user.agency == kept, chat.text()
    assert "m:p:Early" in chat.data()  # the phase is asked, then no agency question
    await chat.press("m:p:Early")
    user = await chat.user()
    assert user is not None and user.profile_phase == "Early" and user.agency == kept
    assert "m:a" not in chat.data(), chat.text()


@pytest.mark.parametrize("changed", ["ขอเปลี่ยนระยะองค์กรเป็นพัฒนาแล้วครับ", "อัปเดตกลุ่มเป็นสายบริการค่ะ"])
async def test_a_later_change_does_not_ask_again_for_a_skipped_agency(chat: Chat, changed: str) -> None:  # noqa: F811
    await consented(chat)
    await chat.press("m:g:Academic")
    await chat.press("m:p:Developing")
    assert "m:a" in chat.data()  # the agency is asked once
    await chat.press("m:a")  # and skipped
    await chat.send(changed)
    user = await chat.user()
    assert user is not None and (user.profile_group, user.profile_phase) != ("Academic", "Developing"), chat.text()
    assert "m:a" not in chat.data() and "หน่วยงาน: ยังไม่ได้ระบุ" in chat.text(), chat.text()
    await chat.send("กรมการปกครอง")  # no agency step is open: nothing is taken for one
    user = await chat.user()
    assert user is not None and user.agency is None


async def test_the_agency_is_still_asked_when_the_profile_is_first_typed(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("ผมเป็นผู้บริหารระดับสูง องค์กรอยู่ระยะเริ่มต้นครับ")
    assert "m:a" in chat.data(), chat.text()


@pytest.mark.parametrize(("typed", "unit"), [
    ("Digital Literacy?", "ocsc-2561:DLit700"),
    ("ด้านการรู้ดิจิทัลครับ", "ocsc-2561:DLit100"),
    ("การรู้ดิจิทัลมีหน่วยอะไรบ้าง", "ocsc-2561:DLit400"),
    ("digital leadership", "ocsc-2561:DL300"),  # any area by its name alone
])
async def test_an_area_named_alone_lists_its_units(chat: Chat, typed: str, unit: str) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("ข้าม")
    await chat.send(typed)
    assert f"u:{unit}" in chat.data(), chat.text()


async def test_an_area_name_inside_a_question_of_its_own_is_not_the_area_listed(chat: Chat) -> None:  # noqa: F811
    await consented(chat)
    await chat.send("ข้าม")
    await chat.send("การรู้ดิจิทัลสำคัญกับงานบริการประชาชนอย่างไร")
    assert not {"u:ocsc-2561:DLit100", "u:ocsc-2561:DLit700"} <= set(chat.data()), chat.text()
