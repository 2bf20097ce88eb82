"""Thai typed in Latin letters ("romanized"): read as the Thai it is, with the rules alone, in wordings and spellings
other than holdout_3011's and realistic_3011rom's; English stays English."""

from __future__ import annotations

from datetime import datetime

import pytest

from intents.dates import BANGKOK
from intents.engine import language
from intents.romanized import skeleton, thai_reading
from tests.intents.rules_alone import codes, rules

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=BANGKOK)  # a Sunday


def read(text: str):  # type: ignore[no-untyped-def]
    return rules().understand(text, now=NOW)


@pytest.mark.parametrize(
    ("latin", "thai"),
    [
        ("DL300 tong mee lakthan arai bang khrap", "DL300 ต้องมีหลักฐานอะไรบ้างครับ"),
        ("kwarm roo nai DG500 mee arai", "ความรู้ใน DG500 มีอะไร"),
        ("yang mai kao jai krab", "ยังไม่เข้าใจครับ"),
        ("dai mai kha", "ได้ไหมค่ะ"),
        ("tham pai teung nai laew", "ทำไปถึงไหนแล้ว"),
        ("chai laew krub", "ใช่แล้วครับ"),
        ("tong chai ekkasan arai", "ต้องใช้เอกสารอะไร"),
        ("kor 2.1 mee kee kor", "ข้อ 2.1 มีกี่ข้อ"),
        ("kui kub admin dai mai kub", "คุยกับ admin ได้ไหมครับ"),
        ("pen yang ngai bang", "เป็นยังไงบ้าง"),  # (two English words, "pen" and "bang", beside a phrase of two)
    ],
)
def test_romanized_thai_is_read_in_thai_script(latin: str, thai: str) -> None:
    assert thai_reading(latin) == thai


@pytest.mark.parametrize(
    "english",
    ["What is DL300 about?", "remind me next week", "I am a service officer", "tell me the criteria of DG500",
     "show me the song list", "can you help me", "I want to ban this", "ok", "no thanks"],
)
def test_english_stays_english(english: str) -> None:
    assert thai_reading(english) == english


def test_english_words_in_thai_script_keep_their_english() -> None:
    for typed in ("ขอดู gap ของทีมครับ", "หน่วยเรื่อง gen AI มีไหม", "ระดับ basic ต้องทำอะไร", "ขอ profile หน่อย"):
        assert thai_reading(typed) == typed


def test_a_romanized_run_inside_thai_script_is_read() -> None:
    assert thai_reading("DG500 ต้องมี taksa อะไรบ้าง") == "DG500 ต้องมี ทักษะ อะไรบ้าง"
    assert thai_reading("ขอ kui kab jao na tee หน่อย") == "ขอ คุยกับเจ้าหน้าที่ หน่อย"


def test_spelling_variants_meet() -> None:
    """RTGS, karaoke with or without h, doubled vowels, an r that lengthens a vowel: one skeleton."""
    for variants in (("khob khun", "kob khun", "khop khun", "kobkhun"), ("lak tharn", "lakthan", "lak tan"),
                     ("tuen", "teuan", "tuean"), ("pramern", "pramoen"), ("doo", "du"), ("krub", "krup")):
        assert len({skeleton(v) for v in variants}) == 1, variants


@pytest.mark.parametrize(
    ("typed", "intent"),
    [
        ("sawaddee kha", "greeting"),
        ("khob khun mak na krub", "thanks"),
        ("kor kui gub jao nah tee dai mai", "handoff"),
        ("mai tong song khao sarn laew", "news_opt_out"),
        ("yak doo kwam kuep na khong phom", "progress"),
        ("lob kormoon tang mod dai mai", "data_delete"),
        ("doo rai kan tuen khong phom", "reminder_list"),
        ("mee kee raya nai ongkon", "phase_info"),
        ("yok lerk tuen tang mod", "reminder_cancel"),
    ],
)
def test_romanized_requests_are_understood(typed: str, intent: str) -> None:
    assert read(typed).intent == intent, read(typed)


def test_a_romanized_question_about_a_unit() -> None:
    u = read("DG500 tong chai lak tan arai bang ka")
    assert u.intent == "unit_info" and codes(u) == {"DG500"} and u.entities.get("aspect") == "evidence", u
    u = read("tak sa khong DL300 mee arai")
    assert u.intent == "unit_info" and codes(u) == {"DL300"} and u.entities.get("aspect") == "skills", u
    assert language(u.normalised) == "th"


def test_a_romanized_reminder_and_quiz() -> None:
    u = read("chuay tuen DG500 wan tee 20 tanwa")
    assert u.intent == "reminder_set" and codes(u) == {"DG500"} and u.entities.get("due") == "2026-12-20", u
    u = read("kor tod sob DL300 noi")
    assert u.intent == "quiz_start" and codes(u) == {"DL300"}, u


def test_a_romanized_profile() -> None:
    u = read("phom yu klum wichakan raya rerm ton")
    assert u.intent == "profile_set" and u.entities.get("group") == "Academic" and u.entities.get("phase") == "Early", u


def test_the_groups_asked_as_the_whole_question() -> None:
    for typed in ("กลุ่มมีอะไรบ้างครับ", "กลุ่มบุคลากรแบ่งเป็นอะไรบ้าง", "klum mee arai bang krub"):
        u = read(typed)
        assert u.intent == "role_overview" and u.entities.get("aspect") == "groups", (typed, u)
    assert read("กลุ่มบริการ ระยะเริ่มต้น มีอะไรบ้าง").intent == "role_requirements"


def test_the_model_does_not_overrule_a_follow_up_question_into_thanks() -> None:
    """Training on more thanks ("khop khun mak khrap") made the model overrule a thanks that asks on into thanks; a
    courtesy guess must ask for nothing, as the second opinion's already must (with the model, not the rules alone)."""
    from intents.context import follow_up, next_topic
    from intents.engine import default_understander

    u = default_understander()
    topic = next_topic(follow_up(u.understand("กลุ่มบริการ ระยะกำลังพัฒนา ต้องมีทักษะอะไรบ้างครับ"), None,
                                 catalog=u.catalog), None)
    got = follow_up(u.understand("ขอบคุณมากนะคะ แล้วถ้าระยะพัฒนาแล้วล่ะคะ"), topic, catalog=u.catalog)
    assert got.intent == "role_requirements" and got.entities.get("phase") == "Mature", got
