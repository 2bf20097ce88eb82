from __future__ import annotations

from bot.dialog import answer_action
from content.catalog import Catalog
from intents import CONFIDENCE_THRESHOLD
from intents.result import Candidate
from tests.dialog.conftest import Ask, all_data

ALTERNATIVES = (
    Candidate("search", 0.3, {"query": "ออกแบบองค์กร"}),
    Candidate("pmqa", 0.25, {"category": 2}),
    Candidate("help", 0.1, {}),
    Candidate("greeting", 0.05, {}),
)


def test_low_confidence_offers_top_three(ask: Ask, catalog: Catalog) -> None:
    replies = ask("unit_info", confidence=0.4, codes=[{"framework": "std-2567", "code": "DL200"}],
                  alternatives=ALTERNATIVES)
    [reply] = replies
    assert reply.text.startswith("ยังไม่แน่ใจว่าหมายถึงข้อไหน")
    assert "…" not in reply.text  # a bare ellipsis read as a dead end in the acceptance chats
    assert all_data(replies) == ["c:DL200", "s:ออกแบบองค์กร", "p:2"]
    assert "ข้อมูล DL200" in reply.text and "PMQA หมวด 2" in reply.text
    assert "DL200 ออกแบบองค์กรดิจิทัล" in answer_action("c:DL200", catalog)[0].text


def test_threshold_comes_from_intents(ask: Ask) -> None:
    threshold = CONFIDENCE_THRESHOLD
    assert 0 < threshold < 1
    above = ask("help", confidence=threshold + 0.01)
    below = ask("help", confidence=threshold - 0.01, alternatives=(Candidate("greeting", 0.2, {}),))
    assert "หมายถึงข้อไหน" not in above[0].text and "หมายถึงข้อไหน" in below[0].text


def test_unknown_without_interpretations_shows_what_i_can_do(ask: Ask) -> None:
    [reply] = ask("unknown", confidence=0.9)
    assert reply.text.startswith("ยังไม่เข้าใจคำถามนี้") and "PMQA" in reply.text
    assert "c:DL201" in all_data([reply])


def test_clarify_in_english(ask: Ask) -> None:
    [reply] = ask("unknown", language="en", confidence=0.2, alternatives=ALTERNATIVES[:1])
    assert reply.text.startswith("I'm not sure which you mean")
