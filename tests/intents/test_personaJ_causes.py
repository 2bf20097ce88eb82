"""What three persona chats found (a municipal nurse self-assessing, a police IT sergeant comparing units, an older
sub-district clerk lost in the menus), read with the rules alone, in wordings other than the chats' and the set's."""

from __future__ import annotations

import pytest

from intents.entities import aspect_nouns
from intents.normalise import bare
from tests.intents.rules_alone import read


@pytest.mark.parametrize("text", [
    "ไม่เล่นแล้ว ง่วงมาก", "ไม่ทำต่อละค่ะ เหนื่อย", "ไม่อยากทำแล้วอ่ะ", "เบื่อ ไม่เล่นละ", "งงจัง ไม่ทำแล้ว",
    "ไม่เอาละ ยากเกิน", "let me quit the quiz", "can I exit this test", "please end the assessment",
    "หยุดประเมินความพร้อมไว้ก่อน", "เลิกทำ PMQA ครับ", "พอก่อนค่ะ ไว้ค่อยเช็คความพร้อม PMQA ต่อ",
])
def test_leaving_a_test_in_other_words_is_a_stop(text: str) -> None:
    """"ไม่เล่นละ เบื่อ" was a cancel, "I want to stop the quiz" a start, stopping the PMQA check its criteria: a stop,
    whatever reason is said beside it and whichever test is named."""
    u = read(text)
    assert u.intent == "flow_stop", u


@pytest.mark.parametrize("text", ["ไม่เอาแล้ว", "ไม่เอาแล้วค่ะ", "ยกเลิก"])
def test_a_bare_no_more_is_still_a_cancel(text: str) -> None:
    assert read(text).intent == "cancel"


@pytest.mark.parametrize("text", ["ประเมินความพร้อมต่อเลยครับ", "ขอทำ pmqa ต่อนะคะ", "เช็คความพร้อมต่อ"])
def test_going_on_with_the_readiness_check_is_a_resume(text: str) -> None:
    """"ทำ PMQA ต่อ" was read as PMQA's criteria (and, inside the check, as the answer "ทำแล้ว")."""
    assert read(text).intent == "flow_resume", read(text)


@pytest.mark.parametrize("text", [
    "สอบผ่านมั้ยคะ", "แล้วผ่านหรือเปล่า", "ลุงผ่านหรือยังครับ", "เฉลยข้อเมื่อกี้หน่อย", "อยากเห็นคำตอบที่ถูกค่ะ",
    "ตอบผิดข้อไหนบ้าง", "ด้านที่ยังอ่อนของผมคืออะไร", "ส่วนที่อ่อนที่สุดของหนูคือตรงไหน",
    "ทำไปถึงไหนแล้วคะ ข้อไหนยังค้างอยู่",
])
def test_asking_how_a_test_went_is_progress(text: str) -> None:
    """"ผ่านไหม", "ขอดูเฉลย" after a quiz were "not understood"; "…ข้อไหนค้างไว้" asked how far one got (a resume)."""
    u = read(text)
    assert u.intent == "progress", u


def test_a_sensitive_topic_is_no_weak_point() -> None:
    """"อ่อน" of one's weak points is not "อ่อนไหว" (sensitive data is a catalog topic)."""
    assert read("ข้อมูลที่อ่อนไหวอยู่หน่วยไหน").intent == "search"


@pytest.mark.parametrize("text", [
    "ปุ่มอยู่ตรงไหนคะ", "เมนูหลักอยู่ที่ไหน", "หาเมนูไม่เจอ เมนูอยู่ไหน", "ต้องกดอะไรคะ", "แล้วกดตรงไหนต่อ",
    "ป้าต้องทำอะไรต่อคะ",
])
def test_where_the_chats_controls_are_is_help(text: str) -> None:
    """"เมนูอยู่ตรงไหน" was a topic search for "เมนู"; "กดตรงไหน" not understood."""
    u = read(text)
    assert u.intent == "help", u


@pytest.mark.parametrize(("text", "aspects"), [
    ("prerequisite vs knowledge ต่างกันไง", ["prerequisites", "knowledge"]),
    ("skill กับ prereq ต่างกันยังไงคะ", ["skills", "prerequisites"]),
    ("พื้นฐานที่ต้องผ่านมาก่อนกับความรู้ ต่างกันตรงไหน", ["prerequisites", "knowledge"]),
])
def test_prerequisites_compared_with_another_part(text: str, aspects: list[str]) -> None:
    """"prerequisites กับ skills ต่างกันยังไง" was not understood: the prerequisites had no noun of their own."""
    u = read(text)
    assert u.intent == "compare" and u.entities.get("aspects") == aspects, u


def test_the_knowledge_of_the_prerequisites_is_the_prerequisites() -> None:
    assert aspect_nouns(bare("ความรู้ที่ต้องมีมาก่อน กับ ทักษะ")) == ["prerequisites", "skills"]


@pytest.mark.parametrize("text", ["ดีค่ะ 👋", "หวัดดีค้าบ 👋🏻", "👋", "ดีจ้ะ"])
def test_a_wave_or_a_drawn_out_hello_is_a_greeting(text: str) -> None:
    """"ดีค่าาา 👋" was not understood."""
    assert read(text).intent == "greeting", read(text)


@pytest.mark.parametrize("text", ["เทศบาลเราอยู่ระยะไหนคะ", "อบจ.ของผมอยู่ในระยะใด", "โรงพยาบาลนี้อยู่ระยะไหน"])
def test_a_local_body_asked_its_phase(text: str) -> None:
    """"อบต. นี่อยู่ระยะไหน" was not understood: a local body, a hospital is an organisation with a phase."""
    assert read(text).intent == "phase_info", read(text)


@pytest.mark.parametrize(("text", "agency"), [
    ("ย้ายไปอยู่ สภ.บ้านไผ่ แล้วค่ะ", "สภ.บ้านไผ่"),
    ("ผมย้ายมาอยู่ ภ.จว.เลย ครับ", "ภ.จว.เลย"),
])
def test_a_move_to_a_police_station_is_a_profile_set(text: str, agency: str) -> None:
    u = read(text)
    assert u.intent == "profile_set" and u.entities.get("agency") == agency, u


@pytest.mark.parametrize("text", ["สวัสดีครับ ผมอยู่ ภ.จว.ขอนแก่น ทำงานด้านไอที", "อยู่ขอนแก่นครับ ทำงานด้านบริการ"])
def test_a_place_holding_the_letters_of_edit_changes_nothing(text: str) -> None:
    """ขอนแก่น holds แก่ (without its mark, the "แก้" of editing): no edit asked for, no profile verb."""
    from intents import lexicon

    assert not lexicon.PROFILE_VERB.search(bare(text))


@pytest.mark.parametrize("text", ["ไม่ตั้งแล้วค่ะ เปลี่ยนใจ", "ไม่ส่งละ เปลี่ยนใจแล้ว"])
def test_a_change_of_mind_however_it_opens_cancels(text: str) -> None:
    assert read(text).intent == "cancel", read(text)


@pytest.mark.parametrize("text", ["ขอตัวก่อนนะคะ", "ไปก่อนครับ ขอบคุณมาก", "ไปแล้วนะ บาย"])
def test_taking_ones_leave_is_thanks_not_a_hello(text: str) -> None:
    assert read(text).intent == "thanks", read(text)


@pytest.mark.parametrize("text", ["ข้อถัดไปล่ะ", "แล้วอันต่อไปล่ะ"])
def test_a_follow_up_asking_for_more_is_no_courtesy(text: str) -> None:
    """Courtesy asks for nothing: a "…ล่ะ" is never taken from the model as thanks ("ข้อถัดไปล่ะ" ~ "ไปละครับ")."""
    from intents.engine import default_understander

    assert default_understander().understand(text).intent not in ("thanks", "greeting")


@pytest.mark.parametrize(("earlier", "text", "pair"), [
    (["DT300 คืออะไร", "แล้ว DT200 ล่ะ"], "ทั้งสองหน่วยต่างกันตรงไหน", {"DT300", "DT200"}),
    (["DS600 มีอะไรบ้าง", "DS700 ล่ะ"], "สองตัวนี้ต่างกันยังไงคะ", {"DS600", "DS700"}),
    (["what is DG500", "and DG600?"], "how do these two differ?", {"DG500", "DG600"}),
    (["หลักฐาน DS700 มีอะไรบ้างคะ", "แล้ว DL200 ล่ะคะ ต้องเตรียมเอกสารอะไร"], "2อันนี้ต่างกันยังไงคะ", {"DS700", "DL200"}),
])
def test_these_two_after_two_units_compares_them(earlier: list[str], text: str, pair: set[str]) -> None:
    """"สองหน่วยนี้ต่างกันยังไง" after CS300 then CS400 was a search for "สอง ต่างกัน"."""
    from tests.intents.rules_alone import after, codes

    u = after(earlier, text)
    assert u.intent == "compare" and codes(u) == pair, u


@pytest.mark.parametrize("text", ["ตั้งเตือนทุกวันศุกร์ได้มั้ยคะ", "ให้เตือนทุกเดือนได้ไหมครับ", "can you remind me every week?"])
def test_whether_reminders_repeat_is_help(text: str) -> None:
    """"เตือนทุกอาทิตย์ได้ไหมคะ" set a reminder for Sunday ("อาทิตย์"): whether reminders repeat is asked (help says no)."""
    assert read(text).intent == "help", read(text)


@pytest.mark.parametrize(("text", "group"), [("ผกก.ต้องมีสมรรถนะอะไร", "Management"),
                                             ("ผู้บังคับการ ระยะกำลังพัฒนา ต้องมีอะไรบ้าง", "Management"),
                                             ("ผู้บัญชาการต้องรู้อะไร", "Executive")])
def test_police_commanders_name_their_group(text: str, group: str) -> None:
    u = read(text)
    assert u.intent == "role_requirements" and u.entities.get("group") == group, u


@pytest.mark.parametrize(("text", "phase"), [
    ("ระยะเริ่มต้นกับกำลังพัฒนา ฝ่ายบริการมีอะไรเพิ่มบ้าง", "Developing"),
    ("ระยะกำลังพัฒนากับระยะพัฒนาแล้ว นักวิชาการต้องเพิ่มอะไร", "Mature"),
])
def test_a_phase_and_the_next_with_added_asks_what_the_later_adds(text: str, phase: str) -> None:
    u = read(text)
    assert u.intent == "role_requirements" and u.entities.get("phase") == phase and \
        u.entities.get("aspect") == "added", u


@pytest.mark.parametrize(("text", "kept"), [("ขอออกจากระบบ", "ขอออก"), ("พอออกแบบเสร็จ", "พอออกแบบ")])
def test_a_word_ending_in_o_before_ook_is_not_a_drawn_out_letter(text: str, kept: str) -> None:
    """"ขอออกครับ" became "ขอกครับ": three อ there are ขอ + ออก, not emphasis ("ขอออออ" still is)."""
    from intents.normalise import normalise

    assert kept in normalise(text) and normalise("ขอออออ") == "ขอ"


@pytest.mark.parametrize("text", ["ไม่เข้าใจอะ งงๆ", "งงอะ ไม่เข้าใจ"])
def test_confusion_said_twice_is_no_title_search(text: str) -> None:
    """"ไม่เข้าใจอะ งงๆ" offered a search for "ไม่ เข้าใจ งง ๆ"."""
    assert read(text).intent != "search", read(text)


@pytest.mark.parametrize("text", ["What is PMQA anyway?", "PMQA again please"])
def test_an_english_filler_is_no_pmqa_topic(text: str) -> None:
    """"What is PMQA anyway?" answered that the criteria do not name "anyway"."""
    u = read(text)
    assert u.intent == "pmqa" and "query" not in u.entities, u
