"""Three typing habits (issue 10), in other wordings than the messages that exposed them (holdout_3011), rules
alone: the keyboard left on the other layout (both ways, beside words typed right), several lines in one message,
and text pasted from PDFs and official memos."""

from __future__ import annotations

import pytest
from pythainlp.util import eng_to_thai, thai_to_eng

from intents import keyboard, layout
from tests.intents.rules_alone import after, codes, read

# --- the keyboard on the other layout -------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "word"), [
    (f"DL200 {thai_to_eng('ความรู้')} ที่ต้องมีคืออะไรครับ", "ความรู้"),
    (f"การคุ้มครอง{' '}{thai_to_eng('ข้อมูล')} ส่วนบุคคล อยู่หน่วยไหน", "ข้อมูล"),
    (f"{thai_to_eng('ยกเลิก')} ยกเลิกการแจ้งเตือนทั้งหมด", "ยกเลิก"),
])
def test_a_thai_word_typed_on_the_english_layout_beside_thai_is_read_as_thai(typed: str, word: str) -> None:
    assert thai_to_eng(word) not in read(typed).normalised
    assert f" {word} " in f" {keyboard.thai_typed_on_english(typed)} "


@pytest.mark.parametrize(("typed", "intent", "code"), [
    (f"{eng_to_thai('ds700')} หลักฐานมีอะไรบ้างครับ", "unit_info", "DS700"),
    (f"ขอดูเกณฑ์ {eng_to_thai('DLit200')} ค่ะ", "unit_info", "DLit200"),
    (f"{eng_to_thai('dg100')} กฎหมายที่เกี่ยวข้อง", "unit_info", "DG100"),
    (eng_to_thai("menu"), "help", None),
    (f"{eng_to_thai('cancel')} ครับ", "cancel", None),
])
def test_a_code_or_command_typed_on_the_thai_layout_is_read_as_typed_for(typed: str, intent: str,
                                                                          code: str | None) -> None:
    u = read(typed)
    assert u.intent == intent, (u.intent, u.normalised)
    if code:
        assert codes(u) == {code}


@pytest.mark.parametrize("typed", [
    "สวัสดีครับ", "ดีจ้า", "ขอบคุณค่ะ", "แม่ค้า", "กกต", "ฟหกด", "ทดสอบ DL200", "เฟส 2", "ปี 2567", "ข้อ 1/2",
    "ไปที่ www.ocsc.go.th", "อีเมล abc@x.go.th", "ใช้ e-mail ได้ไหม", "covid-19 ครับ", "ค่ะ;", "สมรรถนะ data;",
    "how does it work, and what do I type?", "ok, show me the list", "fine. thanks",
])
def test_thai_english_codes_and_addresses_stay_as_typed(typed: str) -> None:
    assert keyboard.retyped(typed) == typed


# --- several lines in one message ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "intent", "code"), [
    ("ขอบคุณค่ะ\nแล้ว DT600 ล่ะคะ", "unit_info", "DT600"),
    ("ขอบพระคุณครับ 🙏\nแล้ว DLit400 ล่ะครับ", "unit_info", "DLit400"),
    ("สวัสดีครับ\nแล้ว SPM200 ล่ะ", "unit_info", "SPM200"),
])
def test_a_thanks_or_preface_line_does_not_hide_the_question_beside_it(text: str, intent: str, code: str) -> None:
    u = read(text)
    assert u.intent == intent, (u.intent, u.normalised)
    assert codes(u) == {code}


def test_a_follow_up_after_a_thanks_line_is_read_against_the_conversation() -> None:
    u = after(["DS700 มีเกณฑ์อะไรบ้างครับ"], "ขอบคุณครับ\nแล้วหลักฐานล่ะครับ")
    assert u.intent == "unit_info", (u.intent, u.normalised)
    assert codes(u) == {"DS700"} and u.entities.get("aspect") == "evidence"


@pytest.mark.parametrize("text", ["สวัสดีครับ\nเพิ่งสมัครเข้ามา", "ขอบคุณค่ะ\nเข้าใจแล้วค่ะ", "ขอบคุณมากค่ะ\nเดี๋ยวลองทำดูก่อนนะคะ"])
def test_courtesy_beside_a_line_that_asks_nothing_stays_courtesy(text: str) -> None:
    assert read(text).intent in ("greeting", "thanks")


@pytest.mark.parametrize("text", [
    "ช่วยทำสไลด์นำเสนองานให้หน่อยครับ\nต้องใช้วันจันทร์หน้า",
    "ช่วยเขียนรายงานประจำเดือนให้ด้วยค่ะ\nหัวหน้าจะเอาวันศุกร์นี้",
    "ขออนุญาตถามนอกเรื่องค่ะ\nประกันสังคมใช้สิทธิ์ที่โรงพยาบาลไหนได้บ้าง",
])
def test_a_chore_or_an_aside_whose_next_line_names_a_day_is_no_request_of_ours(text: str) -> None:
    u = read(text)
    assert u.intent == "unknown", (u.intent, u.entities)
    assert "due" not in u.entities


@pytest.mark.parametrize(("text", "intent"), [
    ("อยากลบ\nข้อมูลของผมทั้งหมด", "data_delete"),
    ("ยกเลิก\nแจ้งเตือน\nทั้งหมดเลย", "reminder_cancel"),
])
def test_a_sentence_broken_over_lines_is_read_whole(text: str, intent: str) -> None:
    assert read(text).intent == intent


def test_two_phrases_on_two_lines_stay_two_phrases() -> None:
    u = read("ดิฉันอยู่\nกรมบัญชีกลาง\nทำงานบริการประชาชน")
    assert u.intent == "profile_set"
    assert u.entities.get("agency") == "กรมบัญชีกลาง" and u.entities.get("group") == "Service"


def test_an_off_topic_question_after_a_hello_line_is_off_topic() -> None:
    u = read("หวัดดีครับ\nโบนัสปีนี้ออกเมื่อไหร่ครับ")
    assert u.intent == "unknown" and u.entities.get("off_topic")


@pytest.mark.parametrize("text", ["ประเมินเสร็จไปแล้วกี่ข้อครับ\nดูให้หน่อย", "ผมทำครบกี่หน่วยแล้วนะ"])
def test_how_many_one_has_done_is_ones_progress(text: str) -> None:
    assert read(text).intent == "progress"


def test_how_many_one_must_do_is_not_ones_progress() -> None:
    assert read("ต้องทำครบกี่หน่วยครับ").intent != "progress"


# --- text pasted from PDFs and official memos ----------------------------------------------------------------


def test_am_written_as_two_characters_is_am_in_the_text_read_and_echoed() -> None:
    assert layout.canonical_letters("นํ้า กําหนด") == "น\u0e49\u0e33 ก\u0e33หนด"
    u = read("ขอทราบการจัดทําแผน อยู่หน่วยไหน")
    assert "\u0e4d" not in u.text and "\u0e4d" not in u.normalised
    assert "จัดทำแผน" in u.text


@pytest.mark.parametrize(("text", "group"), [
    ("เรียน ผู้ดูแลระบบ\nขอทราบว่ากลุ่มบริการ ระยะพัฒนาแล้ว ต้องมีทักษะใดบ้าง\nจึงเรียนมาเพื่อโปรดพิจารณาดําเนินการ",
     "Service"),
    ("เรียนผู้ดูแลระบบ กลุ่มนโยบายและวิชาการต้องมีทักษะอะไรบ้าง\nขอแสดงความนับถือ", "Academic"),
])
def test_the_addressee_of_a_memo_is_no_person_group(text: str, group: str) -> None:
    u = read(text)
    assert u.intent == "role_requirements", (u.intent, u.normalised)
    assert u.entities.get("group") == group


def test_a_memo_that_only_salutes_and_closes_asks_nothing() -> None:
    u = read("เรียน เจ้าหน้าที่ผู้ดูแลระบบ\nจึงเรียนมาเพื่อโปรดทราบ")
    assert u.intent == "unknown" and not u.entities.get("group")


@pytest.mark.parametrize(("text", "code"), [
    ("อ้างถึง หนังสือ นร ๑๐๐๘/ว ๑๔ ลงวันที่ ๕ มีนาคม ๒๕๖๗\nขอทราบรายละเอียดหน่วย DLit200", "DLit200"),
    ("ตามหนังสือที่ ศธ 0206.3/ว12 ลว. 3 ก.พ. 67 ขอทราบเกณฑ์ของ CS200", "CS200"),
])
def test_a_reference_number_and_its_date_are_no_code_or_deadline(text: str, code: str) -> None:
    u = read(text)
    assert codes(u) == {code}
    assert "due" not in u.entities and "due_error" not in u.entities
    assert "1008" not in u.normalised and "0206" not in u.normalised


def test_a_reference_number_is_no_part_of_a_search() -> None:
    u = read("ตามหนังสือเวียน ว ๒๓ การวิเคราะห์ข้อมูลขนาดใหญ่อยู่หน่วยไหน")
    assert u.intent == "search"
    assert not any(ch.isdigit() for ch in u.entities.get("query", ""))
