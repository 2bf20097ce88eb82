"""Progress bars (tqdm) on a terminal, nothing elsewhere (logs and pipes get the summary lines)."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any


class ProgressBars:
    """One bar per label; ``advance(label, n)``. Silent when stderr is not a terminal."""

    def __init__(self, totals: dict[str, int] | None = None) -> None:
        self._totals = totals or {}
        self._bars: dict[str, Any] = {}
        self._enabled = sys.stderr.isatty()

    def __enter__(self) -> ProgressBars:
        return self

    def __exit__(self, *_exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        for bar in self._bars.values():
            bar.close()

    def advance(self, label: str, count: int) -> None:
        if not self._enabled:
            return
        bar = self._bars.get(label)
        if bar is None:
            from tqdm import tqdm

            bar = self._bars[label] = tqdm(total=self._totals.get(label), desc=label, unit="msg", file=sys.stderr)
        bar.update(count)

    def set(self, label: str, done: int, total: int) -> None:
        """Show ``done`` of ``total`` (for polling a broadcast's progress)."""
        if not self._enabled:
            return
        self._totals[label] = total
        bar = self._bars.get(label)
        if bar is None:
            from tqdm import tqdm

            bar = self._bars[label] = tqdm(total=total, desc=label, unit="msg", file=sys.stderr)
        bar.total = total
        bar.n = done
        bar.refresh()
