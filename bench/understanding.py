"""Latency of understanding per message, catalog loaded: ``python bench/understanding.py``.

Prints p50 / p99 per message and messages per second on one core over the development set (every
message, several rounds, after one warm-up pass), each message read afresh, and then as a repeated
message is (remembered from its first reading). ``measure(fn, messages)`` takes any callable that
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

from intents.engine import Understander, default_understander
from intents.evaluate import DEVSET_NOW, load_devset


@dataclass(frozen=True, slots=True)
class Figures:
    label: str
    n: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    per_second: float
    cpu_p50_ms: float  # thread CPU time: what the message costs when the machine is busy with others
    cpu_p99_ms: float

    def line(self) -> str:
        return (f"{self.label:<16} n={self.n:<6} wall p50 {self.p50_ms:6.3f} ms  p99 {self.p99_ms:6.3f} ms  "
                f"max {self.max_ms:6.2f} ms | cpu p50 {self.cpu_p50_ms:6.3f} ms  p99 {self.cpu_p99_ms:6.3f} ms | "
                f"{self.per_second:6.0f} msg/s (one core)")


def measure(label: str, fn: Callable[[str], object], messages: Sequence[str], rounds: int = 5) -> Figures:
    for text in messages:  # warm-up: dictionaries, regex caches, lazy imports
        fn(text)
    timings: list[float] = []
    cpu: list[float] = []
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(rounds):
            for text in messages:
                t0, c0 = time.perf_counter(), time.thread_time()
                fn(text)
                cpu.append(time.thread_time() - c0)
                timings.append(time.perf_counter() - t0)
        total = time.perf_counter() - start
    finally:
        gc.enable()
    timings.sort()
    cpu.sort()
    return Figures(label, len(timings), statistics.median(timings) * 1e3, _p99(timings) * 1e3,
                   timings[-1] * 1e3, len(timings) / total, statistics.median(cpu) * 1e3, _p99(cpu) * 1e3)


def _p99(ordered: Sequence[float]) -> float:
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


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
    # Read afresh each time: a repeated message is remembered (``understand``) and costs next to nothing.
    figures = measure("understanding", lambda text: understander.read(text, now=DEVSET_NOW), messages, args.rounds)
    print(figures.line())
    remembered = measure("repeated", lambda text: understander.understand(text, now=DEVSET_NOW), messages,
                         args.rounds)
    print(remembered.line())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
