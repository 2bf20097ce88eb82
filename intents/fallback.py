"""A second opinion for messages the rules read badly: naive Bayes over character n-grams, trained on
the labelled sets in ``intents/devset/``.

The rules stay first. They are exact where they match, but on wordings they were never tuned on they say
"unknown" for about one message in ten (holdout_2811: handoff, cancel, news, help, deletion said in
words no rule holds), where character n-grams still see the likeness ("ติดต่อเจ้าหน้าที่" ~ "ขอคุยกับ
เจ้าหน้าที่"). So this model speaks when the rules say "unknown" and it is sure (``second_opinion``), and
it arbitrates when the rules' best match is weak and the model, confident, reads another request
(``arbitrate``): "มีนัดเตือนค้างอยู่กี่รายการ" is a reminder set for the rules (the word เตือน) and a
reminder list for the model. The thresholds of ``arbitrate`` were chosen by leave-one-set-out
cross-validation over every labelled set (``python -m intents.crossval``), never on one set.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from intents.dialect import central_thai
from intents.normalise import bare, normalise
from intents.romanized import thai_reading

DEVSET_DIR = Path(__file__).parent / "devset"
# Trained on every labelled set: its out-of-sample figure is the leave-one-set-out one (``intents.crossval``),
# which retrains it without the set it scores.
TRAINING_SETS = ("devset.jsonl", "realistic.jsonl", "holdout.jsonl", "holdout_2611.jsonl", "typing_habits.jsonl",
                 "holdout_2811.jsonl", "realistic_2911.jsonl", "holdout_2911.jsonl", "realistic_2911b.jsonl",
                 "holdout_2911b.jsonl", "holdout_2911c.jsonl", "realistic_2911c.jsonl", "holdout_2911d.jsonl",
                 "realistic_2911s.jsonl", "holdout_2911e.jsonl", "holdout_2911f.jsonl", "realistic_2911t.jsonl",
                 "realistic_2911u.jsonl", "realistic_2911v.jsonl", "realistic_2911w.jsonl",
                 "holdout_2911g.jsonl", "realistic_2911chatty.jsonl", "realistic_2911j.jsonl",
                 "holdout_2911h.jsonl", "holdout_2911i.jsonl", "realistic_2911k.jsonl",
                 "realistic_2911isan.jsonl", "holdout_3011.jsonl", "realistic_3011hab.jsonl",
                 "realistic_3011l.jsonl",
                 "realistic_3011rom.jsonl", "realistic_3011m.jsonl",
                 "holdout_3011b.jsonl", "realistic_3011hr.jsonl", "holdout_3011c.jsonl")
SURE = 0.8  # posterior the model needs to overrule "unknown"; fixed before it was measured
# Arbitration (chosen by leave-one-set-out cross-validation, 2026-11-29; see intents/devset/README.md):
# overlapping n-grams are counted as if independent, so raw posteriors are near 0 or 1; dividing the
# log-likelihoods by TEMPERATURE spreads them. The model overrules a rule whose best score is below WEAK_RULE
# when its tempered posterior is at least OVERRULE_SURE and its intent is one of OVERRULABLE_TO.
TEMPERATURE = 10.0
OVERRULE_SURE = 0.5
WEAK_RULE = 0.88  # a rule's score below this is a weak match (sure rules score 0.9 and more)
MIN_CHARS = 6  # shorter messages ("ครับ", "ทดสอบ") carry too few n-grams for a guess
# Only requests that need no entity may come from a guess: a unit, a topic, a role or a comparison
# without the thing named is no answer, and deleting data is never guessed.
GUESSABLE = frozenset({"handoff", "cancel", "news_opt_out", "news_opt_in", "help", "progress", "profile_show",
                       "flow_stop", "flow_resume", "reminder_list", "reminder_cancel",
                       "role_overview", "thanks", "greeting", "quiz_start"})
# Requests a weak rule may be overruled into: what needs no entity, and the requests whose entities the rules
# read anyway (the codes of a comparison, the group of a profile). Never a look-up the rules did not make,
# never deleting data.
OVERRULABLE_TO = GUESSABLE | {"compare", "profile_set", "quiz_start", "reminder_set", "phase_info"}
# Which n-grams occur, not how often, of 3 to 5 characters: the best of the orders and weightings tried by
# leave-one-set-out cross-validation (pooled model-alone accuracy 0.858 against 0.833 for 2–4-grams counted).
NGRAMS = (3, 4, 5)


def grams(text: str, *, normalised: bool = False) -> frozenset[str]:
    """The character n-grams of the message as the rules see it, tone marks folded away, spaces kept as
    one word boundary (``normalised``: the text has been through ``normalise`` already)."""
    # (Isan words in Central Thai, romanized Thai in Thai script, as the rules read them: an example typed either way
    # teaches both)
    read = text if normalised else central_thai(normalise(thai_reading(text)))
    plain = " " + " ".join(bare(read).lower().split()) + " "
    return frozenset(plain[i:i + n] for n in NGRAMS for i in range(len(plain) - n + 1))


class NaiveBayes:
    """Multinomial naive Bayes with add-one smoothing: small, deterministic, no dependency."""

    def __init__(self, examples: Iterable[tuple[str, str]]) -> None:
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        docs: Counter[str] = Counter()
        for text, label in examples:
            counts[label].update(grams(text))
            docs[label] += 1
        vocabulary = {g for c in counts.values() for g in c}
        total_docs = sum(docs.values())
        self._prior = {label: math.log(n / total_docs) for label, n in docs.items()}
        self._log_p: dict[str, dict[str, float]] = {}
        self._unseen: dict[str, float] = {}
        for label, c in counts.items():
            denominator = sum(c.values()) + len(vocabulary)
            self._log_p[label] = {g: math.log((n + 1) / denominator) for g, n in c.items()}
            self._unseen[label] = math.log(1 / denominator)
        self._vocabulary = vocabulary
        # For speed: each n-gram's gain over "never seen with this label", only for the labels it was seen with.
        self._labels = list(self._prior)
        self._base = [self._prior[label] for label in self._labels]
        self._unseen_of = [self._unseen[label] for label in self._labels]
        gains: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, label in enumerate(self._labels):
            for g, log_p in self._log_p[label].items():
                gains[g].append((i, log_p - self._unseen[label]))
        self._gains = {g: tuple(v) for g, v in gains.items()}

    def predict(self, text: str, temperature: float = 1.0, *, normalised: bool = False) -> tuple[str, float]:
        """The likeliest intent and its posterior probability (log-likelihoods divided by ``temperature``);
        ``normalised``: the text has been through ``normalise`` already."""
        features = [self._gains[g] for g in grams(text, normalised=normalised) if g in self._gains]
        if not features:
            return "unknown", 0.0
        scores = [base + len(features) * unseen for base, unseen in zip(self._base, self._unseen_of, strict=True)]
        for gains in features:
            for i, gain in gains:
                scores[i] += gain
        top = max(scores)
        best = self._labels[scores.index(top)]
        total = sum(math.exp((s - top) / temperature) for s in scores)
        return best, 1.0 / total


def labelled(names: Iterable[str] = TRAINING_SETS, directory: Path = DEVSET_DIR) -> list[tuple[str, str]]:
    """(text, intent) of the sets' stand-alone messages (a follow-up's label depends on what came before)."""
    out: list[tuple[str, str]] = []
    for name in names:
        path = directory / name
        if not path.exists():  # an installed package without its data: the rules alone
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if not row.get("context"):
                    out.append((row["text"], row["intent"]))
    return out


@lru_cache(maxsize=1)
def default_model() -> NaiveBayes | None:
    examples = labelled()
    return NaiveBayes(examples) if examples else None


DEFAULT_MODEL = _DEFAULT = object()  # "the model trained on the labelled sets" (``default_model()``)


def second_opinion(text: str, model: NaiveBayes | object | None = _DEFAULT) -> tuple[str, float] | None:
    """An intent for a message the rules read as unknown, when the model is sure of it; else None
    (``text`` normalised, as the rules read it)."""
    model = default_model() if model is _DEFAULT else model
    if not isinstance(model, NaiveBayes) or len(bare(text).replace(" ", "")) < MIN_CHARS:
        return None
    intent, probability = model.predict(text, normalised=True)
    return (intent, probability) if intent in GUESSABLE and probability >= SURE else None


def arbitrate(text: str, rule_intent: str, rule_score: float,
              model: NaiveBayes | object | None = _DEFAULT) -> tuple[str, float] | None:
    """Another intent for a message the rules read weakly (best score under ``WEAK_RULE``), when the model
    reads it, confidently, as a request it may overrule into; else None. The caller checks that the
    request's entities are there."""
    if rule_intent == "unknown" or rule_score >= WEAK_RULE:
        return None
    model = default_model() if model is _DEFAULT else model
    if not isinstance(model, NaiveBayes) or len(bare(text).replace(" ", "")) < MIN_CHARS:
        return None
    intent, probability = model.predict(text, TEMPERATURE, normalised=True)
    if intent == rule_intent or intent not in OVERRULABLE_TO or probability < OVERRULE_SURE:
        return None
    return intent, probability
