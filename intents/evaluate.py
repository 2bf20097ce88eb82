"""Measure understanding on the labelled development set: ``python -m intents.evaluate``.

Prints intent accuracy and entity accuracy of the rules on the whole set and on a fixed, stratified
30% test split, the TF-IDF character n-gram baseline trained on the other 70% and scored on the
same 30%, and the confusion list (gold → predicted, with the messages).
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from content.catalog import load_catalog
from intents.dates import BANGKOK
from intents.engine import Understander, default_understander
from intents.result import Understanding

DEVSET = Path(__file__).parent / "devset" / "devset.jsonl"
# Written and labelled after the rules were tuned on DEVSET, run once: the out-of-sample figure.
HOLDOUT = Path(__file__).parent / "devset" / "holdout.jsonl"
DEVSET_NOW = datetime(2026, 11, 22, 10, 0, tzinfo=BANGKOK)  # the labels' "today" (a Sunday)
SPLIT_SEED = 4
TEST_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    intent: str
    entities: dict[str, Any]


def load_devset(path: Path = DEVSET) -> list[Example]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return [Example(r["text"], r["intent"], r.get("entities", {})) for r in rows]


def split(examples: Sequence[Example]) -> tuple[list[Example], list[Example]]:
    """Fixed stratified split: per intent, a seeded shuffle puts 30% in the test part."""
    by_intent: dict[str, list[Example]] = defaultdict(list)
    for ex in examples:
        by_intent[ex.intent].append(ex)
    rng = random.Random(SPLIT_SEED)
    train: list[Example] = []
    test: list[Example] = []
    for intent in sorted(by_intent):
        group = list(by_intent[intent])
        rng.shuffle(group)
        n_test = max(1, round(len(group) * TEST_SHARE))
        test.extend(group[:n_test])
        train.extend(group[n_test:])
    return train, test


def _codes(entities: dict[str, Any]) -> set[str]:
    return {c["code"] if isinstance(c, dict) else c for c in entities.get("codes", [])}


def entities_match(gold: Example, got: Understanding) -> bool:
    """Every labelled entity is found (search results may hold more codes than labelled)."""
    if got.intent != gold.intent:
        return False
    for key, want in gold.entities.items():
        have = got.entities.get(key)
        if key == "codes":
            ok = _codes(gold.entities) <= _codes(got.entities) if gold.intent == "search" \
                else _codes(gold.entities) == _codes(got.entities)
        elif key == "unknown_codes":
            ok = set(want) == set(have or [])
        else:
            ok = have == want
        if not ok:
            return False
    return True


@dataclass(frozen=True, slots=True)
class Scores:
    n: int
    intent_accuracy: float
    entity_accuracy: float  # over examples with labelled entities
    n_entities: int
    confusions: tuple[tuple[str, str, str], ...]  # gold, predicted, text
    entity_misses: tuple[tuple[str, dict[str, Any], dict[str, Any]], ...]


def score_rules(understander: Understander, examples: Iterable[Example]) -> Scores:
    examples = list(examples)
    right = 0
    ent_total = ent_right = 0
    confusions: list[tuple[str, str, str]] = []
    misses: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    for ex in examples:
        got = understander.understand(ex.text, now=DEVSET_NOW)
        if got.intent == ex.intent:
            right += 1
        else:
            confusions.append((ex.intent, got.intent, ex.text))
        if ex.entities:
            ent_total += 1
            if entities_match(ex, got):
                ent_right += 1
            elif got.intent == ex.intent:
                misses.append((ex.text, ex.entities, got.entities))
    return Scores(len(examples), right / max(1, len(examples)), ent_right / max(1, ent_total), ent_total,
                  tuple(confusions), tuple(misses))


def baseline_accuracy(train: Sequence[Example], test: Sequence[Example]) -> tuple[float, list[tuple[str, str, str]]]:
    from intents.baseline import train_and_predict

    predicted = train_and_predict([e.text for e in train], [e.intent for e in train], [e.text for e in test])
    wrong = [(e.intent, p, e.text) for e, p in zip(test, predicted, strict=True) if p != e.intent]
    return 1 - len(wrong) / max(1, len(test)), wrong


def _print_confusions(title: str, confusions: Sequence[tuple[str, str, str]]) -> None:
    print(f"\n{title}")
    pairs = Counter((gold, got) for gold, got, _ in confusions)
    for (gold, got), count in pairs.most_common():
        examples = [t for g, p, t in confusions if (g, p) == (gold, got)][:3]
        print(f"  {gold:>18} → {got:<18} {count:>3}  e.g. {' | '.join(examples)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m intents.evaluate", description=__doc__)
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--catalog", type=Path, help="a catalog.json other than the built one")
    parser.add_argument("--verbose", action="store_true", help="list entity misses too")
    args = parser.parse_args(argv)

    examples = load_devset(args.devset)
    train, test = split(examples)
    understander = Understander(load_catalog(args.catalog)) if args.catalog else default_understander()
    whole = score_rules(understander, examples)
    held = score_rules(understander, test)
    base_acc, base_wrong = baseline_accuracy(train, test)
    holdout = load_devset(HOLDOUT) if HOLDOUT.exists() else []

    counts = Counter(e.intent for e in examples)
    print(f"dev set: {len(examples)} messages, {len(counts)} intents; split: fixed stratified "
          f"{1 - TEST_SHARE:.0%}/{TEST_SHARE:.0%} (seed {SPLIT_SEED}), {len(train)} train / {len(test)} test")
    print(f"catalog version {understander.catalog.version}, {len(understander.catalog.units)} units")
    print(f"\n{'':28}{'intent acc':>12}{'entity acc':>12}")
    print(f"{'rules, whole set':28}{whole.intent_accuracy:>12.3f}{whole.entity_accuracy:>12.3f}"
          f"   (entities labelled on {whole.n_entities})")
    print(f"{'rules, 30% test split':28}{held.intent_accuracy:>12.3f}{held.entity_accuracy:>12.3f}")
    print(f"{'TF-IDF char + LR, same split':28}{base_acc:>12.3f}{'—':>12}   (no entities)")
    if holdout:
        fresh = score_rules(understander, holdout)
        fresh_base, _ = baseline_accuracy(examples, holdout)
        print(f"\nholdout ({len(holdout)} messages written after tuning; baseline trained on the whole dev set)")
        print(f"{'rules, holdout':28}{fresh.intent_accuracy:>12.3f}{fresh.entity_accuracy:>12.3f}")
        print(f"{'TF-IDF char + LR, holdout':28}{fresh_base:>12.3f}{'—':>12}")
        _print_confusions("confusions, rules, holdout:", fresh.confusions)
    _print_confusions("confusions, rules, whole set (gold → predicted):", whole.confusions)
    _print_confusions("confusions, baseline, test split:", base_wrong)
    if args.verbose:
        print("\nentity misses (intent right):")
        for text, want, have in whole.entity_misses:
            print(f"  {text}\n      want {want}\n      got  {have}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
