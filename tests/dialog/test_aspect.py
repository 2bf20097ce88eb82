from __future__ import annotations

from content.catalog import Catalog
from tests.dialog.conftest import Ask, all_data

DS700_BOTH = [{"framework": "std-2567", "code": "DS700"}, {"framework": "ocsc-2561", "code": "DS700"}]


def test_range_is_the_field_exactly(ask: Ask, catalog: Catalog) -> None:
    [reply] = ask("unit_info", codes=DS700_BOTH, aspect="range")
    assert "ขอบเขต ของหน่วย DS700" in reply.text
    assert "• การกำหนดค่าวัด ต้องกำหนดให้มีความเหมาะสมทั้งในระดับบริการย่อย และในระดับบริการรวม" in reply.text
    assert "• Metric คือค่าวัดที่เป็นตัวบ่งชี้ถึงการให้บริการย่อย หรือบริการรวม" in reply.text
    unit = catalog.unit("std-2567", "DS700")
    assert unit is not None
    for paragraph in unit.details["range"]:
        assert paragraph in reply.text
    assert "หลักฐาน" not in reply.text.split("\n", 2)[2]  # nothing from other fields


def test_evidence_keeps_its_subheadings(ask: Ask) -> None:
    [reply] = ask("unit_info", codes=DS700_BOTH, aspect="evidence")
    lines = reply.text.splitlines()
    assert "(ก) หลักฐานการปฏิบัติงาน (Performance Evidence)" in lines
    assert "• รายงานสรุปผลการติดตามประสิทธิภาพการให้บริการและความพึงพอใจของผู้ใช้บริการ" in lines
    assert "u:std-2567:DS700:range" in all_data([reply]) and "u:std-2567:DS700:evidence" not in all_data([reply])


def test_aspect_of_an_element_answers_for_its_unit(ask: Ask) -> None:
    [reply] = ask("unit_info", codes=[{"framework": "std-2567", "code": "DL201"}], aspect="knowledge")
    assert "ความรู้ ของหน่วย DL200 ออกแบบองค์กรดิจิทัล" in reply.text


def test_aspect_of_a_unit_without_details_says_so(ask: Ask) -> None:
    [reply] = ask("unit_info", codes=[{"framework": "ocsc-2561", "code": "DLit100"}], aspect="evidence")
    assert "ไม่มีหัวข้อหลักฐานที่ต้องการ" in reply.text
    # what the letter does give: the unit and its criteria
    assert all_data([reply]) == ["u:ocsc-2561:DLit100", "u:ocsc-2561:DLit100:criteria"]


def test_aspect_in_english(ask: Ask) -> None:
    [reply] = ask("unit_info", language="en", codes=DS700_BOTH, aspect="laws")
    assert reply.text.splitlines()[1].startswith("Related laws of unit DS700")
    assert "พระราชบัญญัติการพัฒนาดิจิทัลเพื่อเศรษฐกิจและสังคม" in reply.text


def test_assessment_of_an_ocsc_only_element_falls_back_to_the_same_2567_unit(ask: Ask) -> None:
    """DS701.2 exists only in the OCSC framework, which has no assessment section: the answer is
    DS700's assessment methods in the 2567 standard (the same competency), and it says so."""
    [reply] = ask("unit_info", codes=[{"framework": "ocsc-2561", "code": "DS701.2"}], aspect="assessment")
    assert reply.text.startswith("DS701.2 ในทักษะด้านดิจิทัลของข้าราชการ")
    assert "หน่วย DS700 ในมาตรฐานสมรรถนะผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ เป็นสมรรถนะเรื่องเดียวกัน" in reply.text
    assert "สอบข้อเขียน" in reply.text and "เครื่องมือประเมินสมรรถนะบุคคล (Assessment Tool)" in reply.text
    assert "unit_DS700.txt บรรทัด" in reply.text
    assert "u:std-2567:DS700" in all_data([reply])


def test_no_fallback_to_another_competency_under_the_same_code(ask: Ask) -> None:
    """OCSC DL200 is a different competency from 2567 DL200: no borrowed assessment, but the way on
    (a self-assessment against its own criteria) is offered."""
    [reply] = ask("unit_info", codes=[{"framework": "ocsc-2561", "code": "DL201.1"}], aspect="assessment")
    assert "ไม่มีหัวข้อวิธีการประเมินในเอกสาร" in reply.text and "สอบข้อเขียน" not in reply.text
    assert "q:s:a:ocsc-2561:DL200" in all_data([reply])
