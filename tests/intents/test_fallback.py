"""The second opinion: naive Bayes over character n-grams speaks only when the rules say "unknown",
only for requests that need no entity, and only when it is sure."""

from __future__ import annotations

import pytest

from intents import classify, fallback
from intents.engine import default_understander, fix_spelling
from intents.normalise import normalise


def _rules_alone(text: str) -> str:
    scores = classify.score(default_understander().features(fix_spelling(normalise(text)), None))
    return max(scores, key=lambda intent: scores[intent])


@pytest.mark.parametrize(("text", "intent"), [
    ("บอทนี่ต้องเริ่มจากอะไรก่อนคะ งงมาก", "help"),  # ("ใช้งานบอทนี้ยังไง", "ต้องกดอะไร" are rules' now)
    ("ลืมที่พิมพ์ไปเถอะ", "cancel"),  # ("ยกเลิกๆ เอาใหม่" is a rule's now: ยกเลิก as a word of its own)
])
def test_words_no_rule_holds_are_read_by_their_likeness(text: str, intent: str) -> None:
    assert _rules_alone(text) == "unknown"
    understood = default_understander().understand(text)
    assert understood.intent == intent
    assert understood.confidence < 0.95  # a guess never claims the certainty of a rule


@pytest.mark.parametrize("text", ["ครับ", "หวยงวดนี้ออกอะไรครับ"])
def test_short_or_off_topic_messages_stay_unknown(text: str) -> None:
    assert default_understander().understand(text).intent == "unknown"


def test_naive_bayes_learns_from_examples() -> None:
    model = fallback.NaiveBayes([("ขอคุยกับเจ้าหน้าที่", "handoff"), ("ติดต่อเจ้าหน้าที่หน่อย", "handoff"),
                                 ("หยุดส่งข่าว", "news_opt_out"), ("ไม่รับข่าวแล้ว", "news_opt_out")])
    intent, probability = model.predict("อยากคุยกับเจ้าหน้าที่")
    assert intent == "handoff" and 0.5 < probability <= 1.0
    assert model.predict("ไม่ต้องส่งข่าวมาแล้ว")[0] == "news_opt_out"


def test_deleting_data_is_never_guessed(monkeypatch: pytest.MonkeyPatch) -> None:
    model = fallback.NaiveBayes([("ลบข้อมูลทั้งหมดของฉันเลย", "data_delete"), ("อากาศดีจัง", "unknown")])
    monkeypatch.setattr(fallback, "default_model", lambda: model)
    assert model.predict("ลบข้อมูลของฉันทิ้งให้หมด")[0] == "data_delete"
    assert fallback.second_opinion("ลบข้อมูลของฉันทิ้งให้หมด") is None


def test_the_model_trains_on_every_labelled_set_and_is_measured_without_each() -> None:
    # Its out-of-sample figure is leave-one-set-out (intents.crossval): every tuning set and every holdout already
    # run is trained on; a new holdout dropped into the folder never is.
    from intents.evaluate import SEEN_HOLDOUTS, TUNING_SETS
    assert set(fallback.TRAINING_SETS) == {p.name for p in TUNING_SETS} | SEEN_HOLDOUTS
    texts = {text for text, _ in fallback.labelled()}
    assert len(texts) > 1200


@pytest.mark.parametrize(("text", "rule", "model"), [
    ("มีนัดเตือนค้างอยู่กี่รายการ", "reminder_set", "reminder_list"),
    ("ยกเลิกนัดเตือนทุกรายการ", "reminder_set", "reminder_cancel"),
])
def test_a_confident_model_overrules_a_weak_rule(text: str, rule: str, model: str) -> None:
    nb = fallback.NaiveBayes([("มีเตือนค้างอยู่กี่รายการ", "reminder_list"), ("ดูรายการเตือนที่ตั้งไว้", "reminder_list"),
                              ("ยกเลิกเตือนทุกรายการ", "reminder_cancel"), ("ลบนัดเตือนทั้งหมด", "reminder_cancel"),
                              ("เตือนวันที่ 5 ส่งรายงาน", "reminder_set"), ("ตั้งเตือนพรุ่งนี้", "reminder_set")])
    ruling = fallback.arbitrate(text, rule, 0.84, nb)
    assert ruling is not None and ruling[0] == model


def test_a_sure_rule_is_never_overruled() -> None:
    nb = fallback.NaiveBayes([("ขอคุยกับเจ้าหน้าที่", "handoff"), ("DS700 คืออะไร", "unit_info")])
    assert fallback.arbitrate("ขอคุยกับเจ้าหน้าที่ได้ไหม", "unit_info", fallback.WEAK_RULE, nb) is None
    assert fallback.arbitrate("ขอคุยกับเจ้าหน้าที่ได้ไหม", "unit_info", 0.7, nb) is not None


def test_deleting_data_and_look_ups_are_never_taken_from_the_model() -> None:
    nb = fallback.NaiveBayes([("ลบข้อมูลทั้งหมดของฉันเลย", "data_delete"), ("เรื่องคลาวด์อยู่หน่วยไหน", "search"),
                              ("อากาศดีจัง", "unknown")])
    assert fallback.arbitrate("ลบข้อมูลของฉันทิ้งให้หมด", "profile_show", 0.6, nb) is None
    assert fallback.arbitrate("เรื่องคลาวด์อยู่หน่วยไหนคะ", "unit_info", 0.6, nb) is None


def test_arbitration_keeps_the_overruled_reading_as_an_alternative() -> None:
    from content.catalog import get_catalog
    from intents.engine import Understander
    nb = fallback.NaiveBayes([("มีนัดเตือนค้างอยู่กี่รายการ", "reminder_list"), ("รายการเตือนที่ตั้งไว้", "reminder_list"),
                              ("เตือนวันที่ 5 ส่งรายงาน", "reminder_set")])
    text = "ตอนนี้นัดเตือนค้างเหลือเท่าไหร่"  # a wording the rules still read as setting one
    ruled = Understander(get_catalog(), nb, arbitration=False).understand(text)
    got = Understander(get_catalog(), nb).understand(text)
    assert ruled.intent == "reminder_set"
    assert got.intent == "reminder_list"
    assert got.confidence >= ruled.confidence >= 0.6  # answered as surely as the rule was, not asked about
    assert got.alternatives and got.alternatives[0].intent == "reminder_set"


def test_a_comparison_from_the_model_needs_the_things_compared() -> None:
    from intents.engine import _has_what_it_needs
    assert not _has_what_it_needs("compare", {})
    assert _has_what_it_needs("compare", {"codes": [{"framework": "std-2567", "code": "DS701"},
                                                    {"framework": "std-2567", "code": "DS702"}]})
    assert not _has_what_it_needs("profile_set", {})
    assert _has_what_it_needs("profile_set", {"phase": "Developing"})
