from __future__ import annotations

from dataclasses import replace

from bot.dialog import respond
from content.catalog import Catalog
from tests.dialog.conftest import Ask, all_data, all_text, understood


def test_no_category_lists_the_seven(ask: Ask) -> None:
    [reply] = ask("pmqa")
    assert all_data([reply]) == [f"p:{n}" for n in range(1, 8)]


def test_category_shows_intent_and_items(ask: Ask, catalog: Catalog) -> None:
    [reply] = ask("pmqa", category=1)
    assert reply.text.startswith("หมวด 1 การนำองค์การ")
    assert "เจตนารมณ์: เพื่อให้เห็นถึงบทบาทของผู้นำในการชี้นำและขับเคลื่อนองค์การ" in reply.text
    for code in ("1.1", "1.2", "1.3", "1.4"):
        assert f"p:{code}" in all_data([reply])
    assert "p:1:Significance" in all_data([reply])
    [second] = ask("pmqa", category=2)
    assert second.text.startswith("หมวด 2 การวางแผนเชิงยุทธศาสตร์") and "2.4 " in second.text


def test_category_level_gives_each_items_requirement(ask: Ask) -> None:
    text = all_text(ask("pmqa", category=2, level="Significance"))
    assert "ระดับ Significance" in text
    assert "แผนยุทธศาสตร์เพิ่มขีดความสามารถขององค์การ รวมทั้งการเปลี่ยนแปลงด้านเทคโนโลยีดิจิทัล" in text
    for code in ("2.1", "2.2", "2.3", "2.4"):
        assert f"\n{code} " in text


def test_item_shows_every_level(ask: Ask) -> None:
    [reply] = ask("pmqa", item="2.1", category=2)
    assert "Basic: กระบวนการวางแผนยุทธศาสตร์ที่เป็นระบบตอบสนองความต้องการของประชาชน" in reply.text
    assert "Advance: แผนยุทธศาสตร์ตอบสนองความท้าทายของส่วนราชการ" in reply.text
    assert "p:2.1:Basic" in all_data([reply])


def test_item_level_and_question(ask: Ask, catalog: Catalog) -> None:
    [reply] = ask("pmqa", item="2.1", level="Advance")
    assert "ระดับ Advance" in reply.text and "p:2.1:Advance" not in all_data([reply])
    question = catalog.pmqa_question("2.1.1")
    assert question is not None
    [qreply] = ask("pmqa", question="2.1.1")
    assert question.text in qreply.text


def test_unknown_category_says_so(ask: Ask) -> None:
    [reply] = ask("pmqa", category=9)
    assert "ไม่พบ" in reply.text


def test_a_level_shows_each_guidance_row_once(ask: Ask, catalog: Catalog) -> None:
    # Acceptance chat: "basic หมวด 1" showed 1.1's three bullets and then the deck's run-on row that
    # repeats them; the run-on row (the fuller wording) stays, the bullets it holds go.
    item = catalog.pmqa_item("1.1")
    assert item is not None
    run_on = max(item.levels["Basic"], key=len)
    for reply in (ask("pmqa", category=1, level="Basic")[0], ask("pmqa", item="1.1", level="Basic")[0]):
        assert run_on in reply.text
        assert "ถ่ายทอด สื่อสารสองทาง" not in reply.text  # a bullet the run-on row holds
    advance = ask("pmqa", item="1.1", level="Advance")[0].text
    assert advance.count("สนับสนุนการบรรลุยุทธศาสตร์") == 1
    # rows that only share some words are all kept (5.4 Advance has two plans)
    assert ask("pmqa", item="5.4", level="Advance")[0].text.count("แผนพัฒนาบุคลากรที่ตอบสนอง") == 2


def test_what_pmqa_is_leads_with_the_decks_title_and_aims(catalog: Catalog) -> None:
    asked = understood("pmqa")
    meaning = respond(replace(asked, text="PMQA คืออะไร"), catalog)[0].text
    assert "เกณฑ์การประเมินสถานะของหน่วยงานภาครัฐในการเป็นระบบราชการ 4.0 (ฉบับปรับปรุง พ.ศ. 2565)" in meaning
    assert "ภาครัฐที่ยึดประชาชนเป็นศูนย์กลาง" in meaning and "หมวด 7 ผลลัพธ์การดำเนินการ" in meaning
    menu = respond(asked, catalog)[0].text  # asked for nothing in particular: the categories only
    assert menu.startswith("เกณฑ์ PMQA 4.0 มี 7 หมวด")


def test_a_category_counts_its_items_and_category_7_gives_its_result_bands(ask: Ask) -> None:
    # Acceptance chat: "หมวด 5 มีกี่ข้อ" left the count to the reader; "เกณฑ์ระดับผลลัพธ์หมวด 7" had no bands.
    assert "ประเด็นการพิจารณา 4 ข้อ:" in ask("pmqa", category=5)[0].text
    seven = ask("pmqa", category=7)[0].text
    assert "ประเด็นการพิจารณา 6 ข้อ:" in seven and "Advance (Focus Improvement): ผลลัพธ์ดีกว่าค่าเป้าหมาย 5% - 9%" in seven
    assert "ผลลัพธ์ดีกว่าค่าเป้าหมาย" not in ask("pmqa", category=1)[0].text
