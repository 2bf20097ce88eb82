"""Leave-one-set-out cross-validation of the second opinion: ``python -m intents.crossval``.

The rules were tuned on most labelled sets, so their figure on a tuning set says little about new
wordings. The statistical model can be measured honestly: for each labelled set, it is retrained on
every other set and the whole pipeline (rules, then the model) reads the set it has not seen. Three
readings side by side: the rules alone, the model only where the rules say unknown, and the model also
arbitrating weak rule matches (``intents.fallback.arbitrate``). The arbitration thresholds were chosen
by the total over all folds of this measure, never by one set.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from content.catalog import get_catalog
from intents import fallback
from intents.engine import Understander
from intents.evaluate import load_devset, score_rules

CONFIGURATIONS = ("rules alone", "unknown only", "arbitration")


def folds(names: Sequence[str] = fallback.TRAINING_SETS) -> dict[str, dict[str, tuple[int, int]]]:
    """Per held-out set and configuration: (right, total) intent readings."""
    catalog = get_catalog()
    out: dict[str, dict[str, tuple[int, int]]] = {}
    rules = Understander(catalog, None, arbitration=False)
    for name in names:
        path = fallback.DEVSET_DIR / name
        if not path.exists():
            continue
        examples = load_devset(path)
        model = fallback.NaiveBayes(fallback.labelled([n for n in names if n != name]))
        readers = {"rules alone": rules, "unknown only": Understander(catalog, model, arbitration=False),
                   "arbitration": Understander(catalog, model, arbitration=True)}
        out[name] = {}
        for label, reader in readers.items():
            scores = score_rules(reader, examples)
            out[name][label] = (round(scores.intent_accuracy * scores.n), scores.n)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m intents.crossval", description=__doc__)
    parser.parse_args(argv)
    result = folds()
    print(f"{'held-out set':24}" + "".join(f"{c:>15}" for c in CONFIGURATIONS))
    totals = dict.fromkeys(CONFIGURATIONS, 0)
    n_all = 0
    for name, row in result.items():
        n = next(iter(row.values()))[1]
        n_all += n
        print(f"{name:24}" + "".join(f"{row[c][0] / n:>15.3f}" for c in CONFIGURATIONS) + f"   (n={n})")
        for c in CONFIGURATIONS:
            totals[c] += row[c][0]
    print(f"{'all, pooled':24}" + "".join(f"{totals[c] / max(1, n_all):>15.3f}" for c in CONFIGURATIONS)
          + f"   (n={n_all})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
