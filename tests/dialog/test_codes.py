from __future__ import annotations

from tests.dialog.conftest import Ask, all_data, all_text

STD = "มาตรฐานสมรรถนะผู้บริหารเทคโนโลยีสารสนเทศระดับสูงภาครัฐ"
OCSC = "ทักษะด้านดิจิทัลของข้าราชการและบุคลากรภาครัฐ (สำนักงาน ก.พ. พ.ศ. 2561)"
BOTH_DL201 = [{"framework": "std-2567", "code": "DL201"}, {"framework": "ocsc-2561", "code": "DL201"}]


def test_dl201_collision_shows_both_frameworks_detailed_standard_first(ask: Ask) -> None:
    replies = ask("unit_info", codes=BOTH_DL201, aspect="criteria")
    assert len(replies) == 2
    std, ocsc = replies
    assert std.text.startswith("DL201 มีใน 2 กรอบมาตรฐาน")
    assert f"[{STD}]" in std.text and "วิเคราะห์องค์กรปัจจุบันเปรียบเทียบกับองค์กรดิจิทัลอนาคต" in std.text
    assert "ออกแบบองค์กรดิจิทัล" in std.text
    for n, system in zip(range(1, 5), range(217398, 217402), strict=True):
        assert f"DL201.0{n} " in std.text and f"รหัสระบบ {system}" in std.text
    assert f"[{OCSC}]" in ocsc.text
    assert "สร้างและบริหารทีมงานทำงานจากหลายหน่วยงานที่มีระดับทักษะดิจิทัลที่ต่างกัน" in ocsc.text
    for n in range(1, 5):
        assert f"DL201.{n} " in ocsc.text
    assert "DL201.01" not in ocsc.text


def test_code_without_framework_finds_every_meaning(ask: Ask) -> None:
    replies = ask("unit_info", codes=[{"framework": "", "code": "dl201"}])
    assert [STD in r.text for r in replies] == [True, False]
    assert OCSC in replies[1].text


def test_unit_lists_elements_and_criteria_with_aspect_buttons(ask: Ask) -> None:
    [reply] = ask("unit_info", codes=[{"framework": "std-2567", "code": "DS700"}])
    assert reply.type == "card" and reply.title.startswith("DS700")
    for element in ("DS701", "DS702", "DS703", "DS704"):
        assert element in reply.text
    # Short first: about one phone screen and the citation of its two documents, the criteria one tap away.
    assert len(reply.text) <= 870
    data = all_data([reply])
    assert "u:std-2567:DS700:evidence" in data and "u:std-2567:DS700:range" in data
    [full] = ask("unit_info", codes=[{"framework": "std-2567", "code": "DS700"}], aspect="criteria")
    assert "DS704.03 นำข้อเสนอแนะที่ได้ไปปรับปรุงแผนที่นำทางบริการดิจิทัล และสถาปัตยกรรมองค์กร" in full.text
    assert "u:std-2567:DS700:criteria" in data


def test_alias_names_the_same_unit(ask: Ask) -> None:
    [reply] = ask("unit_info", codes=[{"framework": "", "code": "DG-EJJM-026"}])
    assert "DL200 ออกแบบองค์กรดิจิทัล" in reply.text and "DG-EJJM-026" in reply.text


def test_long_unit_is_summarised_with_see_all(ask: Ask) -> None:
    [reply] = ask("unit_info", codes=[{"framework": "ocsc-2561", "code": "SPM400"}])
    assert "ดูทั้งหมด" in [b.label for b in reply.buttons]
    assert "u:ocsc-2561:SPM400:criteria" in all_data([reply])
    assert "SPM401.1" not in reply.text  # criteria are behind the button
    full = ask("unit_info", codes=[{"framework": "ocsc-2561", "code": "SPM400"}], aspect="criteria")
    assert "SPM401.1" in all_text(full)


def test_element_shows_its_criteria_and_unit(ask: Ask) -> None:
    [reply] = ask("unit_info", codes=[{"framework": "std-2567", "code": "DS703"}])
    assert "สมรรถนะย่อย DS703" in reply.text and "อยู่ในหน่วย DS700" in reply.text
    assert "DS703.01" in reply.text and "รหัสระบบ 191588" in reply.text
    assert "u:std-2567:DS700" in all_data([reply])


def test_criterion_shows_text_element_and_unit(ask: Ask) -> None:
    [reply] = ask("unit_info", codes=[{"framework": "std-2567", "code": "DS704.03"}])
    assert "นำข้อเสนอแนะที่ได้ไปปรับปรุงแผนที่นำทางบริการดิจิทัล และสถาปัตยกรรมองค์กร" in reply.text
    assert "รหัสระบบ 191593" in reply.text
    assert "DS704" in reply.text and "ในหน่วย DS700" in reply.text


def test_system_code_finds_its_criterion(ask: Ask) -> None:
    [reply] = ask("unit_info", codes=[{"framework": "", "code": "191582"}])
    assert "DS701.01" in reply.text and "ทบทวนกระบวนการให้บริการ" in reply.text


def test_unit_with_title_only_says_so(ask: Ask) -> None:
    [reply] = ask("unit_info", codes=[{"framework": "std-2567", "code": "DUS400"}])
    assert "วิเคราะห์ข้อมูลพื้นฐาน" in reply.text and "ยังไม่มีรายละเอียด" in reply.text


def test_english_question_frames_in_english_keeps_thai_standard_text(ask: Ask) -> None:
    replies = ask("unit_info", language="en", codes=BOTH_DL201)
    text = all_text(replies)
    assert text.startswith("DL201 appears in 2 frameworks")
    assert "Element DL201" in text and "Part of unit DL200" in text
    assert "วิเคราะห์องค์กรปัจจุบันเปรียบเทียบกับองค์กรดิจิทัลอนาคต" in text
    assert "สมรรถนะย่อย" not in text


def test_no_code_at_all_asks_for_one(ask: Ask) -> None:
    [reply] = ask("unit_info")
    assert "ระบุรหัส" in reply.text
