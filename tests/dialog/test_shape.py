"""Short first on a phone: comparisons and the letter's phases, one screen or a carousel a clause a
bubble, with what the person needs to act on them."""

from __future__ import annotations

from bot.channels.line_render import BUBBLE_SCREEN, render, utf16_len
from bot.dialog.answers.paging import PAGE_CHARS
from content.catalog import Catalog
from tests.dialog.conftest import Ask, all_data


def test_two_phases_side_by_side_fit_a_screen_and_every_difference_is_named(ask: Ask, catalog: Catalog) -> None:
    early, mature = catalog.role("Early", "Technologist"), catalog.role("Mature", "Technologist")
    assert early is not None and mature is not None
    [reply] = ask("compare", groups=["Technologist"], phases=["Early", "Mature"])
    assert len(reply.text) <= PAGE_CHARS
    assert early.role_title_th in reply.text and mature.role_title_th in reply.text
    differences = [c for c in mature.units if c not in early.units] + [c for c in early.units if c not in mature.units]
    assert all(code in reply.text for code in differences)
    assert all_data([reply])[:2] == ["r:Technologist:Early", "r:Technologist:Mature"]
    assert "c:" + differences[0] in all_data([reply])


def test_a_short_difference_keeps_the_titles(ask: Ask) -> None:
    [reply] = ask("compare", groups=["Academic", "Service"], phase="Early")
    assert "• DS100 กำหนดกรอบการให้บริการแบบเชื่อมโยง และเทคนิคการออกแบบกระบวนการ" in reply.text


def test_the_letters_phases_are_a_card_a_clause_a_bubble_on_line(ask: Ask, catalog: Catalog) -> None:
    [reply] = ask("phase_info", aspect="full")  # the "อ่านข้อความเต็ม" button under the short answer
    assert reply.type == "card" and reply.title.startswith("หนังสือสำนักงาน ก.พ.")
    [message] = render([reply])
    texts = [c["text"] for b in message["contents"]["contents"] for c in b["body"]["contents"]]
    assert len(texts) == len(catalog.letter) and all(utf16_len(t) <= BUBBLE_SCREEN for t in texts)
    for clause, text in zip(catalog.letter, texts, strict=True):
        assert text.startswith(f"{clause['no']}. ") and all(p in text for p in clause["paragraphs"])
    assert [i["action"]["data"] for i in message["quickReply"]["items"]] == ["r::Early", "r::Developing", "r::Mature"]


def test_on_first_contact_line_keeps_the_consent_and_every_button_of_a_paged_answer(ask: Ask) -> None:
    from bot.dialog.replies import Button, Reply

    privacy = Reply("buttons", "ประกาศความเป็นส่วนตัว", (Button("ยินยอม", "k:y"), Button("ไม่ยินยอม", "k:n")))
    answers = [
        ask("role_requirements", group="Technologist", phase="Mature"),
        ask("compare", groups=["Technologist"], phases=["Early", "Mature"]),
        ask("unit_info", codes=[{"framework": "", "code": "DS700"}]),
        ask("role_overview"),
    ]
    for replies in answers:
        messages = render([*replies, privacy])
        quick = [i["action"]["data"] for i in messages[-1]["quickReply"]["items"]]
        assert quick[:2] == ["k:y", "k:n"] and len(quick) <= 13
        shown = set(quick)
        for m in messages:
            contents = m.get("contents", {})
            for bubble in contents.get("contents", [contents]) if contents else []:
                shown |= {b["action"]["data"] for b in bubble.get("footer", {}).get("contents", [])}
        assert set(all_data(replies)) <= shown


def test_search_results_name_the_framework_in_a_few_words_and_each_unit_once(ask: Ask) -> None:
    [reply] = ask("search", query="ข้อมูลขนาดใหญ่", codes=[{"framework": "ocsc-2561", "code": "DL302.3"}])
    assert "• DUS500 วิเคราะห์ข้อมูลขนาดใหญ่เพื่อนำไปใช้งาน (มาตรฐาน 2567)" in reply.text
    assert "(ทักษะด้านดิจิทัลของข้าราชการ" not in reply.text  # the full title, once per unit, no more
    [where] = [line for line in reply.text.split("\n") if "DL302.3" in line]
    assert where.strip().startswith("พบในเกณฑ์ DL302.3 \"กำหนดกรอบกระบวนการงานดิจิทัล") and "DL300" not in where
    assert "• DL300 " in reply.text
