"""A topic asked inside a long chatty or voice-typed sentence (issue 10): the general causes found with
realistic_2911chatty.jsonl, each tested in other wordings than the set's (rules alone)."""

from __future__ import annotations

import pytest

from tests.intents.rules_alone import read


def _search(typed: str) -> tuple[str, list[str]]:
    u = read(typed)
    assert u.intent == "search", (u.intent, u.entities)
    return str(u.entities.get("query") or ""), [str(c["code"]) for c in u.entities.get("codes") or ()]


@pytest.mark.parametrize(("typed", "code"), [
    ("ดิฉันทำงานธุรการค่ะแล้วต้องส่งหนังสือเวียนทุกวัน ไอ้การใช้อีเมลเนี่ยอยู่ในสมรรถนะข้อไหนคะ", "DLit102.3"),
    ("ที่เขาบอกกันว่าต้องมีแผนรับมือความเสี่ยงโครงการเนี่ยค่ะ มันอยู่สมรรถนะตัวไหนคะ", "SPM407"),
    ("คอมช้ามากค่ะ ไอ้เรื่องสำรองข้อมูลนี่อยู่ในมาตรฐานข้อไหนคะ", "DLit101.4"),
    ("การทำงบประมาณโครงการนี่นับเป็นสมรรถนะดิจิทัลข้อไหนครับ", "SPM405"),
])
def test_a_place_said_with_two_nouns_asks_where_a_topic_is(typed: str, code: str) -> None:
    # "อยู่ในสมรรถนะข้อไหน" was no "where": a role question ("ต้อง…สมรรถนะ"), or not understood beside a
    # help-desk trouble, before
    query, codes = _search(typed)
    assert code in codes, (query, codes)


@pytest.mark.parametrize(("typed", "framing"), [
    ("ไอ้ที่เขาเรียกกันว่าคลาวด์อ่ะครับ อยู่ข้อไหน", ("ไอ้", "เขา", "เรียก", "กัน")),
    ("หน่วยงานของผมอยากทำแผนสืบทอดตำแหน่ง อยู่สมรรถนะไหนครับ", ("หน่วยงาน",)),
    ("ตัดต่อวิดีโอเนี่ยมีในมาตรฐานด้วยเหรอคะ อยู่ข้อไหน", ("มาตรฐาน", "เหรอ")),
    ("ดิฉันเป็นนักวิชาการเงินและบัญชีค่ะ อยากรู้ว่าการทำกราฟสรุปยอดอยู่หน่วยไหนคะ", ("นักวิชาการ", "บัญชี")),
])
def test_the_framing_of_a_chatty_question_is_no_topic(typed: str, framing: tuple[str, ...]) -> None:
    query, _ = _search(typed)
    assert query and not any(word in query.split() for word in framing), query


def test_a_filler_is_dropped_only_as_the_whole_word() -> None:
    query, codes = _search("เอไอ นี่อยู่หน่วยไหนคะ")  # the "ไอ" of เอไอ is not the filler "ไอ้"
    assert "DT400" in codes, (query, codes)


@pytest.mark.parametrize(("typed", "code"), [
    # a specific run of words leads whatever everyday words around it matched weakly
    ("เมื่อวานหัวหน้าสั่งว่าต้องทำแผนบำรุงรักษาเครื่องแม่ข่ายให้เสร็จภายในเดือนนี้ อยู่เกณฑ์ไหนครับ", "DT103.1"),
    ("น้องในฝ่ายถามมาว่าการจัดลำดับความสำคัญของความเสี่ยงดิจิทัลเนี่ย มันอยู่ตรงไหนครับ", "DG502.1"),
    ("ทีมงานของเราต้องออกแบบกระบวนการทำงานใหม่ให้เชื่อมกับหน่วยงานอื่น อยู่สมรรถนะไหนคะ", "DS501.2"),
    # a word few texts hold, in a long message that matched nothing whole
    ("ทางกองอยากมีคลังความรู้ไว้เก็บคู่มือการทำงานให้คนรุ่นใหม่ อยู่ในหน่วยไหนครับ", "DTr301.2"),
])
def test_a_specific_part_of_a_long_topic_names_its_criterion(typed: str, code: str) -> None:
    query, codes = _search(typed)
    assert code in codes, (query, codes)


def test_a_long_topic_found_whole_is_looked_into_by_its_specific_parts() -> None:
    # the presentation unit was found whole, its criterion on animation ("กำหนดการเคลื่อนไหว") not shown
    query, codes = _search("ไอ้ที่เวลาพรีเซนต์งานแล้วทำให้รูปในสไลด์มันเคลื่อนไหวได้เนี่ย อยู่ข้อไหนคะ")
    assert "DLit203.4" in codes, (query, codes)


def test_a_trouble_told_as_context_does_not_hide_the_topic_asked() -> None:
    # a broken computer is the help desk's, but the place of a topic in the standard is asked ("not understood")
    query, codes = _search("ปริ้นเตอร์ที่ห้องเสียบ่อยมากครับ แต่ผมอยากรู้ว่าการพิมพ์เอกสารอยู่ในมาตรฐานข้อไหนครับ")
    assert "DLit201.6" in codes, (query, codes)
    assert read("ปริ้นเตอร์เสียครับ ใช้ไม่ได้เลย").intent == "unknown"  # the trouble alone is still none of ours


@pytest.mark.parametrize(("typed", "code"), [
    ("ใส่รหัสล็อกชีทไม่ให้ใครมาแก้ อยู่ข้อไหนครับ", "DLit202.7"),  # a locked sheet is a protected one
    ("จะทำตัวต้นแบบระบบจองห้องประชุมให้ผู้บริหารลองใช้ อยู่หน่วยไหนคะ", "DT703.3"),  # a prototype made
    ("ตรวจทานคำผิดก่อนส่งหนังสือออก อยู่ตรงไหนของมาตรฐานครับ", "DLit201.7"),  # proofreading checks a document
    ("หาค่าสูงสุดต่ำสุดของยอดเบิกจ่ายแต่ละเดือน อยู่ข้อไหนคะ", "DLit702.1"),  # the aggregate functions
    ("which unit covers using max and min on the data?", "DLit702.1"),
    ("เขียน TOR จ้างทำเว็บไซต์ใหม่ อยู่หน่วยไหนครับ", "SPM404.2"),  # what is delivered and how it is accepted
    ("นำข้อมูลจากหลายระบบเข้ามาในโปรแกรมเดียวกันก่อนวิเคราะห์ อยู่ข้อไหนคะ", "DLit701.1"),  # data imported
    ("ให้เพื่อนร่วมงานเข้ามาแก้เอกสารพร้อมกันได้ อยู่หน่วยไหนครับ", "DLit301"),  # working together online
    ("สื่อสารให้ชาวบ้านเข้าใจว่าเรากำลังเปลี่ยนเป็นองค์กรดิจิทัล อยู่ข้อไหนคะ", "SPM203.3"),  # the public served
    ("ช่วยเก็บความเห็นของชาวบ้านที่มาใช้บริการ อยู่ในเกณฑ์ไหนครับ", "DS601.2"),
])
def test_everyday_words_of_a_chatty_topic_lead_to_the_criteria_wording(typed: str, code: str) -> None:
    query, codes = _search(typed)
    assert code in codes, (query, codes)


@pytest.mark.parametrize(("typed", "code"), [
    ("ตัดต่อวิดีโอมีอยู่ในมาตรฐานด้วยเหรอคะ", "DLit302.5"),
    ("ไอ้เรื่องการทำงบประมาณโครงการเนี่ย มีในมาตรฐานสมรรถนะบ้างไหมครับ", "SPM405"),
    ("การทำแผนที่ภาษีมีในมาตรฐานไหมคะ", None),  # a topic the catalog lacks: looked up, found nowhere
])
def test_whether_the_standards_hold_a_topic_looks_it_up(typed: str, code: str | None) -> None:
    query, codes = _search(typed)  # not understood, or a unit's details, before
    assert code is None or code in codes, (query, codes)


@pytest.mark.parametrize(("typed", "code"), [
    # one long word only one text holds leads a whole that everyday words matched weakly
    ("เครื่องที่โต๊ะผมค้างบ่อยมากครับ ไอ้เรื่องระบบปฏิบัติการนี่อยู่ในเกณฑ์ข้อไหนครับ", "DLit101.2"),
    # files kept on the internet are the cloud, not files shared
    ("ฝากไฟล์งานไว้ออนไลน์จะได้เปิดจากบ้านได้ อยู่ข้อไหนคะ", "DLit101.6"),
    # results shown as a table are the criteria's "ในรูปแบบตาราง"
    ("ต้องทำรายงานผลการประเมินให้ออกมาเป็นตารางค่ะ อยู่ข้อไหนคะ", "DLit703.1"),
])
def test_a_long_specific_word_or_the_cloud_said_in_everyday_words(typed: str, code: str) -> None:
    query, codes = _search(typed)
    assert code in codes, (query, codes)


def test_each_specific_part_shows_where_it_matched_in_its_unit() -> None:
    # the unit's matches were the most specific part's only: the criterion of the other part was cut
    query, codes = _search("ก่อนเสนอร่างกฎหมายต้องรับฟังความคิดเห็นจากผู้มีส่วนได้เสียก่อนครับ อยู่ข้อไหนครับ")
    assert {"DG603.1", "DG603.2"} <= set(codes) or {"DG603.3", "DG603.2"} <= set(codes), (query, codes)


def test_every_group_of_users_inside_a_topic_is_no_overview_of_the_groups() -> None:
    query, codes = _search("อยากให้ผู้ใช้ทุกกลุ่มเข้าถึงบริการดิจิทัลของเราได้ค่ะ อันนี้อยู่ข้อไหนคะ")
    assert "DS401.5" in codes, (query, codes)


@pytest.mark.parametrize(("typed", "code"), [
    # a criterion quoted in three words or more comes first, whatever everyday word found another unit strongly
    ("พอโดนมัลแวร์ทีไรต้องตรวจสอบอุบัติการณ์ของทรัพยากรสารสนเทศก่อนเลยครับ อยู่ข้อไหนครับ", "DT501.3"),
    ("ทำไลน์กลุ่มไว้คุยกับทีม แล้วต้องวิเคราะห์บทบาทและความสำคัญของผู้มีส่วนเกี่ยวข้องกับโครงการด้วย อยู่ข้อไหนคะ", "SPM402.2"),
    # files kept on an external disk or a flash drive are a backup
    ("ผมชอบเก็บงานไว้ในแฟลชไดร์ฟกันหายครับ อยู่ในมาตรฐานข้อไหนครับ", "DLit101.4"),
    # drafting letters is not asked of the assistant when whether the standards hold it is asked
    ("ใช้ Generative AI ช่วยร่างหนังสือราชการ มีในมาตรฐานบ้างไหมคะ", "DT500"),
])
def test_a_quoted_criterion_or_an_everyday_name_is_found_beside_other_words(typed: str, code: str) -> None:
    query, codes = _search(typed)
    assert code in codes, (query, codes)


def test_a_long_topics_wordings_also_see_the_words_dropped_as_question_words() -> None:
    # "ทำตัว" of "ทำตัวต้นแบบ" (a prototype made) is dropped with the question words; the wording needs it
    query, codes = _search("ไอ้ที่ต้องทำตัวต้นแบบให้ผู้อำนวยการลองกดดูก่อนเนี่ย มันอยู่ข้อไหนครับ")
    assert "DT703.3" in codes, (query, codes)


@pytest.mark.parametrize(("typed", "query"), [
    ("เจ้านายสั่งให้ทำเรื่องสำรองข้อมูล อยู่หน่วยไหนคะ", "สำรอง ข้อมูล"),
    ("ได้รับมอบหมายให้ดูแลเรื่องคลาวด์ มีในมาตรฐานไหมครับ", "คลาวด์"),
])
def test_who_asked_for_the_work_is_no_part_of_its_topic(typed: str, query: str) -> None:
    u = read(typed)  # "แล คลาวด์", "เจ้านาย …" searched, before
    assert u.intent == "search" and u.entities.get("query") == query, (u.intent, u.entities)


def test_what_pmqa_is_asked_beside_who_asked_for_it_is_pmqa_itself() -> None:
    u = read("ผู้บังคับบัญชาให้ช่วยทำ PMQA มันคืออะไรครับ")  # PMQA searched for "ผู้บังคับบัญชา", before
    assert u.intent == "pmqa" and "query" not in u.entities, u.entities
