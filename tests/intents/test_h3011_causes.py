"""General causes behind holdout_3011's misses (other than Thai typed in Latin letters, the wrong keyboard layout,
multi-line and PDF-pasted text), each in other wordings than the holdout's (rules alone unless said)."""

from __future__ import annotations

import pytest

from content.catalog import get_catalog
from intents.dates import ImpossibleDate, parse_due
from intents.engine import Understander
from intents.fallback import NaiveBayes
from intents.normalise import normalise
from tests.intents.rules_alone import after, read


@pytest.mark.parametrize("typed", ["เตือนฉันวันที่ 30 กุมภาพันธ์ 2570", "ส่งหลักฐาน 31 กุมภาพันธ์ 70 ครับ"])
def test_february_is_no_spoken_thousand(typed: str) -> None:
    # "กุมภาพันธ์" was read "กุมภา" and a spoken พัน (1000): the error said "30 กุมภา 1000"
    assert "1000" not in normalise(typed)
    with pytest.raises(ImpossibleDate) as error:
        parse_due(normalise(typed))
    assert "กุมภาพันธ์" in error.value.written and "1000" not in error.value.written


@pytest.mark.parametrize(("earlier", "typed", "due", "codes"), [
    ("ตั้งเตือน DS700 วันที่ 31 มิ.ย. 2570", "อ๋อ มิ.ย. ไม่มี 31 งั้น 30 มิ.ย. 2570 ละกันค่ะ", "2027-06-30", ["DS700"]),
    ("เตือนผมวันที่ 30 ก.พ. 70 ด้วย", "จริงด้วย เดือนนี้มีแค่ 28 วัน 28 ก.พ. 70 ครับ", "2027-02-28", []),
])
def test_a_date_corrected_after_an_impossible_one_is_the_reminders(earlier: str, typed: str, due: str,
                                                                   codes: list[str]) -> None:
    u = after([earlier], typed)  # not understood, before
    assert u.intent == "reminder_set" and u.entities.get("due") == due, (u.intent, u.entities)
    assert [c["code"] for c in u.entities.get("codes") or []] == codes


def test_a_question_after_an_impossible_date_is_its_own() -> None:
    assert after(["ตั้งเตือน DS700 วันที่ 31 มิ.ย. 2570"], "DS600 มีเกณฑ์อะไร").intent == "unit_info"


def test_a_spoken_thousand_still_reads() -> None:
    assert normalise("วันที่ ยี่สิบ ธันวาคม สองพันห้าร้อยหกสิบเก้า") == "วันที่ 20 ธันวาคม 2569"


@pytest.mark.parametrize("typed", ["stop for now, I need to catch a train", "let's pause here, I've got a meeting",
                                   "ok pause please there's a fire drill"])
def test_an_english_pause_with_its_reason_pauses(typed: str) -> None:
    assert read(typed).intent == "flow_stop"


def test_an_english_stop_of_the_news_is_still_the_news() -> None:
    assert read("stop the news please, I get too many").intent == "news_opt_out"


@pytest.mark.parametrize("typed", ["ดิฉันขอถอนความยินยอมค่ะ", "ผมไม่อนุญาตให้ระบบเก็บข้อมูลของผมนะครับ",
                                   "ขอยกเลิกการให้ความยินยอมเก็บข้อมูล", "I want to withdraw my consent"])
def test_consent_refused_or_withdrawn_deletes(typed: str) -> None:
    assert read(typed).intent == "data_delete"


@pytest.mark.parametrize(("typed", "group", "phase"), [
    ("บริการ ระยะเริ่มต้น ต้องมีสมรรถนะอะไรบ้าง", "Service", "Early"),
    ("วิชาการ ระยะเริ่มต้น", "Academic", "Early"),
    ("ระยะพัฒนาแล้ว บริการ ต้องมีอะไร", "Service", "Mature"),
])
def test_an_area_word_beside_a_phase_is_the_group(typed: str, group: str, phase: str) -> None:
    u = read(typed)  # the phase alone, the group asked again, before
    assert u.intent == "role_requirements" and (u.entities.get("group"), u.entities.get("phase")) == (group, phase)


def test_an_area_word_in_a_topic_is_no_group() -> None:
    assert read("บริการดิจิทัล ระยะเริ่มต้น มีหน่วยไหน").entities.get("group") is None


@pytest.mark.parametrize(("typed", "phase"), [
    ("ส่วนราชการตอนนี้ยังอยู่ระยะแรกค่ะ", "Early"),
    ("กรมน่าจะพัฒนาแล้วครับ", "Mature"),
    ("our organisation is probably still developing", "Developing"),
])
def test_ones_organisation_said_in_a_phase_sets_the_profile(typed: str, phase: str) -> None:
    u = read(typed)  # the phase's roles looked up, before
    assert u.intent == "profile_set" and u.entities.get("phase") == phase, (u.intent, u.entities)
    assert "agency" not in u.entities  # "probably still developing" was taken for the agency's name


@pytest.mark.parametrize("typed", ["องค์กรระยะกำลังพัฒนาต้องมีอะไรบ้าง", "หน่วยงานระยะเริ่มต้นคืออะไร"])
def test_a_phase_asked_about_is_no_profile(typed: str) -> None:
    assert read(typed).intent != "profile_set"


@pytest.mark.parametrize(("typed", "agency"), [
    ("I am an analyst with the Department of Lands", "Department of Lands"),
    ("I'm a nurse at the district hospital, a service worker", "district hospital"),
])
def test_an_english_job_at_an_agency_names_it(typed: str, agency: str) -> None:
    assert read(typed).entities.get("agency") == agency


def test_an_agency_abbreviated_after_a_space_is_whole() -> None:
    assert read("ผมอยู่งานไอที สำนักงาน สสจ.ลำปาง ครับ").entities.get("agency") == "สำนักงาน สสจ.ลำปาง"


@pytest.mark.parametrize(("typed", "group"), [
    ("ผมเป็นเจ้าหน้าที่ ไม่ใช่สายไอที อยู่งานการเงิน", "Others"),
    ("ดิฉันเป็นพนักงานทั่วไปค่ะ ไม่ได้อยู่สายวิชาการ งานธุรการ", "Others"),
])
def test_a_group_denied_is_not_ones_own(typed: str, group: str) -> None:
    u = read(typed)
    assert u.intent == "profile_set" and u.entities.get("group") == group, u.entities


def test_a_national_park_is_an_agency() -> None:
    assert read("ผมอยู่อุทยานแห่งชาติดอยอินทนนท์ครับ").entities.get("agency") == "อุทยานแห่งชาติดอยอินทนนท์"


@pytest.mark.parametrize("typed", ["ขอดูรายละเอียดความสามารถตามตำแหน่งของข้าพเจ้า",
                                   "ขอทราบทักษะตามกลุ่มของกระผมด้วยครับ"])
def test_ones_own_roles_needs_in_formal_words(typed: str) -> None:
    assert read(typed).intent == "role_requirements"


@pytest.mark.parametrize(("earlier", "typed", "group"), [
    ("สายบริการ ระยะเริ่มต้น ต้องมีอะไร", "ผู้บริหารล่ะคะ", "Executive"),
    ("ไอที ระยะ 2 ต้องมีอะไรบ้าง", "ผู้บริหาร", "Executive"),
])
def test_another_group_said_alone_after_a_role_is_its_role(earlier: str, typed: str, group: str) -> None:
    u = after([earlier], typed)  # a search for "ผู้บริหาร" (บริหารความเสี่ยง), before
    assert u.intent == "role_requirements" and u.entities.get("group") == group, (u.intent, u.entities)
    assert u.entities.get("phase") == read(earlier).entities.get("phase")


@pytest.mark.parametrize("typed", ["Hello, am I talking to the competency assistant?",
                                   "สวัสดีค่ะ นี่คือบอทสมรรถนะดิจิทัลใช่ไหมคะ", "นี่ใช่ระบบของ ก.พ. หรือเปล่าครับ"])
def test_checking_this_is_the_bot_is_a_hello(typed: str) -> None:
    assert read(typed).intent == "greeting"


def test_a_unit_about_chatbots_is_no_hello() -> None:
    assert read("is this the unit about chatbot?").intent != "greeting"


@pytest.mark.parametrize("typed", ["ถามนอกเรื่องหน่อยครับ ร้านข้าวมันไก่แถวกระทรวงอร่อยร้านไหน",
                                   "เบี้ยคนพิการเดือนหน้าเข้าวันที่เท่าไหร่",
                                   "ช่วยทำสไลด์สรุปผลการประชุมให้ที ใช้พรุ่งนี้"])
def test_an_aside_with_a_date_or_a_place_is_off_topic(typed: str) -> None:
    assert read(typed).intent == "unknown"


@pytest.mark.parametrize("typed", ["พนักงานราชการถูกเลิกจ้างกลางสัญญา ได้เงินชดเชยไหม", "ค่าชดเชยเลิกจ้างคิดยังไงครับ",
                                   "ประกันสังคมของลูกจ้างชั่วคราวส่งกี่เปอร์เซ็นต์"])
def test_labour_matters_are_off_topic_not_a_cancel(typed: str) -> None:
    got = read(typed)
    assert got.intent == "unknown" and got.entities.get("off_topic"), typed


def test_a_report_topic_asked_is_still_searched() -> None:
    assert read("รายงานผลการดำเนินงาน อยู่หน่วยไหน").intent == "search"


def _quiz_minded() -> Understander:
    """The rules with a model that reads every "ประเมิน…" as a self-assessment (as n-grams can)."""
    model = NaiveBayes([("ประเมินความเสี่ยงยังไง", "quiz_start"), ("ประเมินประสิทธิภาพอย่างไร", "quiz_start"),
                        ("ขอประเมินตนเอง", "quiz_start"), ("วิเคราะห์ข้อมูลยังไง", "quiz_start"),
                        ("สวัสดีครับ", "greeting"), ("ขอบคุณครับ", "thanks")])
    return Understander(get_catalog(), model)


@pytest.mark.parametrize("typed", ["DS700 ประเมินประสิทธิภาพบริการอย่างไร", "DLit700 วิเคราะห์ข้อมูลยังไง"])
def test_how_a_unit_does_its_subject_is_asked_of_the_unit(typed: str) -> None:
    u = _quiz_minded().understand(typed)  # the model's self-assessment overruled the unit, before
    assert u.intent == "unit_info", u.intent


def test_asking_to_assess_a_unit_still_starts_it() -> None:
    assert _quiz_minded().understand("ขอประเมิน DS700").intent == "quiz_start"


@pytest.mark.parametrize(("typed", "first"), [
    ("แชร์หน้าจอระหว่างประชุมทางไกล อยู่ข้อไหนครับ", "DLit301.3"),
])
def test_what_is_done_ranks_before_its_setting(typed: str, first: str) -> None:
    u = read(typed)  # the meeting programs first (the setting), before
    assert u.intent == "search" and u.entities["codes"][0]["code"] == first, u.entities.get("codes")


@pytest.mark.parametrize("typed", ["อยากแทรกรูปภาพในเอกสาร อยู่หน่วยไหนคะ", "ใส่ภาพลงในงานเอกสาร อยู่ข้อไหน"])
def test_a_picture_put_into_a_document_is_an_object_inserted(typed: str) -> None:
    u = read(typed)  # "ใส่ รู ปลง": the picture lost, nothing found, before
    assert "DLit201.4" in {c["code"] for c in u.entities.get("codes") or []}, u.entities


@pytest.mark.parametrize("typed", ["DLit300 ต้องใช้เครื่องมืออะไรบ้าง", "which software does DLit700 use?"])
def test_the_tools_a_unit_asks_for_are_its_criteria(typed: str) -> None:
    assert read(typed).entities.get("aspect") == "criteria"


@pytest.mark.parametrize(("typed", "intent"), [("whats the diff between evidence n knowledge", "compare"),
                                               ("wat r the skills 4 DL200 pls", "unit_info"),
                                               ("thx u", "thanks")])
def test_english_texting_shorthand_is_read_written_out(typed: str, intent: str) -> None:
    assert read(typed).intent == intent, typed


def test_texting_words_inside_other_words_or_codes_stay() -> None:
    from intents.normalise import normalise

    assert normalise("U.S. standard, run DS700 diffs") == "U.S. standard, run DS700 diffs"
