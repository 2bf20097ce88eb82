"""Regression guard: understanding on the labelled development set stays above measured floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents.engine import Understander
from intents.evaluate import (
    DEVSET_DIR,
    HABITS,
    REALISTIC,
    REALISTIC_2911,
    SEEN_HOLDOUTS,
    TUNED_2611,
    TUNING_SETS,
    current_holdout,
    load_devset,
    score_answers,
    score_rules,
    split,
)
from intents.result import INTENTS

# Measured with the built catalog (83 units): 0.991 intent, 1.000 entity accuracy. Floors leave room
# for a catalog rebuild to move a borderline topic search, not for a rule to break.
INTENT_FLOOR = 0.96
ENTITY_FLOOR = 0.95


def test_devset_covers_every_intent_with_enough_messages() -> None:
    examples = load_devset()
    assert len(examples) >= 300
    assert {e.intent for e in examples} == set(INTENTS)
    assert all(e.intent in INTENTS for e in examples)


def test_split_is_fixed_and_stratified() -> None:
    train, test = split(load_devset())
    assert [e.text for e in split(load_devset())[1]] == [e.text for e in test]
    assert {e.intent for e in test} == set(INTENTS)
    assert 0.25 < len(test) / (len(train) + len(test)) < 0.35


def test_accuracy_stays_above_the_floor(real: Understander) -> None:
    scores = score_rules(real, load_devset())
    assert scores.intent_accuracy >= INTENT_FLOOR, scores.confusions
    assert scores.entity_accuracy >= ENTITY_FLOOR, scores.entity_misses


def test_first_holdout_stays_above_its_floor(real: Understander) -> None:
    """The first holdout was written after tuning and run once (0.919, then 0.935 after fixing "it")."""
    scores = score_rules(real, load_devset(DEVSET_DIR / "holdout.jsonl"))
    assert scores.intent_accuracy >= 0.9, scores.confusions


# Measured on realistic.jsonl (288, written by the question writer): 0.979 intent, 0.970 entity, 0.974
# answer content (the replies contain the expected source text). Floors: a rule may not break.
REALISTIC_INTENT_FLOOR = 0.95
REALISTIC_ENTITY_FLOOR = 0.94
REALISTIC_ANSWER_FLOOR = 0.94


def test_realistic_questions_stay_above_their_floors(real: Understander) -> None:
    examples = load_devset(REALISTIC)
    scores = score_rules(real, examples)
    assert scores.intent_accuracy >= REALISTIC_INTENT_FLOOR, scores.confusions
    assert scores.entity_accuracy >= REALISTIC_ENTITY_FLOOR, scores.entity_misses


def test_realistic_answers_contain_the_source_text() -> None:
    """Every message with ``expect`` through the whole pipeline (engine and storage), its context first."""
    answers = score_answers(load_devset(REALISTIC))
    assert answers.n >= 150
    assert answers.accuracy >= REALISTIC_ANSWER_FLOOR, answers.misses


# holdout_2611.jsonl was run once as a holdout (0.776 intent, 0.692 entity, 0.693 answer content), then tuned on:
# 1.000 / 1.000 / 0.982 on 2026-11-29. typing_habits.jsonl (73, labelled before any run: 0.973 intent at its
# first run): 1.000 / 1.000 / 1.000. realistic_2911.jsonl (171, labelled before any run: 0.766 intent, 0.724 entity,
# 0.811 answer content at its first run): 1.000 / 1.000 / 1.000 after the fixes of 2026-11-29. Floors: a rule may
# not break.
@pytest.mark.parametrize("path", [TUNED_2611, HABITS, REALISTIC_2911], ids=lambda p: p.name)
def test_tuning_sets_stay_above_their_floors(real: Understander, path: Path) -> None:
    scores = score_rules(real, load_devset(path))
    assert scores.intent_accuracy >= REALISTIC_INTENT_FLOOR, scores.confusions
    assert scores.entity_accuracy >= REALISTIC_ENTITY_FLOOR, scores.entity_misses


def test_seen_holdouts_are_tuning_sets_and_never_the_unseen_one(tmp_path: Path) -> None:
    assert TUNED_2611 in TUNING_SETS and TUNED_2611.name in SEEN_HOLDOUTS
    for name in (*SEEN_HOLDOUTS, "holdout_next.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert current_holdout(tmp_path) == tmp_path / "holdout_next.jsonl"
    (tmp_path / "holdout_next.jsonl").unlink()
    assert current_holdout(tmp_path) is None
