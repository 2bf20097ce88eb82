#!/usr/bin/env python3
"""Set-up and everyday commands; needs nothing but Python 3.11+.

    python3 dev.py run     # start the assistant (creates ./.venv on first use)
    python3 dev.py test    # lint, type checks, catalog check and the whole test suite
    python3 dev.py eval    # intent-understanding evaluation
    python3 dev.py bench   # benchmarks (print figures)

The virtual environment is created once and reinstalled only when pyproject.toml or
constraints.txt change (their hash is stamped in .venv/.installed).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
STAMP = VENV / ".installed"


def _requirements_hash() -> str:
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "constraints.txt"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_venv() -> None:
    wanted = _requirements_hash()
    if STAMP.exists() and STAMP.read_text() == wanted and PY.exists():
        return
    if not PY.exists():
        print("creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("installing dependencies into .venv (first run takes a few minutes) ...", flush=True)
    run([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([str(PY), "-m", "pip", "install", "--quiet", "-c", "constraints.txt", "-e", ".[dev]"])
    STAMP.write_text(wanted)


def run(cmd: list[str]) -> None:
    result = subprocess.run(cmd, cwd=ROOT)
    if result.returncode != 0:
        sys.exit(result.returncode)


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        sys.exit(2)
    ensure_venv()
    if argv[0] == "run":
        # The web chat simulator is off by default (deployments); trying it locally is what run is for.
        os.environ.setdefault("WEB_CHAT", "on")
    for step in COMMANDS[argv[0]]:
        run([str(PY), *step, *(argv[1:] if step is COMMANDS[argv[0]][-1] else [])])


COMMANDS: dict[str, list[list[str]]] = {
    "run": [["-m", "bot", "serve"]],
    "test": [
        ["-m", "ruff", "check", "."],
        ["-m", "mypy"],
        ["-m", "bot", "content", "check"],
        ["-m", "pytest", "-q"],
    ],
    "eval": [["-m", "intents.evaluate"]],
    "bench": [["bench/understanding.py"], ["bench/answering.py"]],
}

if __name__ == "__main__":
    main(sys.argv[1:])
