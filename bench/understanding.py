"""Latency of understanding per message, catalog loaded: ``python bench/understanding.py``.

Prints p50 / p99 per message and messages per second on one core over the development set (every
message, several rounds, after one warm-up pass). ``measure(fn, messages)`` takes any callable that
handles one message, so understanding + answering can be measured the same way.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from intents.engine import Understander, default_understander  # noqa: E402
from intents.evaluate import DEVSET_NOW, load_devset  # noqa: E402


@dataclass(frozen=True, slots=True)
class Figures:
    label: str
    n: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    per_second: float

    def line(self) -> str:
        return (f"{self.label:<34} n={self.n:<6} p50 {self.p50_ms:7.3f} ms   p99 {self.p99_ms:7.3f} ms   "
                f"max {self.max_ms:7.2f} ms   {self.per_second:9.0f} msg/s (one core)")


def measure(label: str, fn: Callable[[str], object], messages: Sequence[str], rounds: int = 5) -> Figures:
    for text in messages:  # warm-up: dictionaries, regex caches, lazy imports
        fn(text)
    timings: list[float] = []
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(rounds):
            for text in messages:
                t0 = time.perf_counter()
                fn(text)
                timings.append(time.perf_counter() - t0)
        total = time.perf_counter() - start
    finally:
        gc.enable()
    timings.sort()
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    return Figures(label, len(timings), statistics.median(timings) * 1e3, p99 * 1e3, timings[-1] * 1e3,
                   len(timings) / total)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--catalog", type=Path, help="a catalog.json other than the built one")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    if args.catalog:
        from content.catalog import load_catalog

        understander = Understander(load_catalog(args.catalog))
    else:
        understander = default_understander()
    print(f"catalog loaded and indexed in {time.perf_counter() - t0:.2f} s "
          f"({len(understander.catalog.units)} units, version {understander.catalog.version})")
    messages = [e.text for e in load_devset()]
    figures = measure("understanding", lambda text: understander.understand(text, now=DEVSET_NOW), messages,
                      args.rounds)
    print(figures.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
