#!/usr/bin/env python3
"""Set-up and everyday commands; needs nothing but Python 3.11+.

    python3 dev.py run [--host H] [--port P]   # start the assistant (web chat at http://H:P/)
    python3 dev.py test                        # lint, type checks, catalog check and the whole test suite
    python3 dev.py eval                        # intent-understanding evaluation
    python3 dev.py bench                       # benchmarks (print figures)

The virtual environment (./.venv) is created once and reinstalled only when pyproject.toml or
constraints.txt change (their hash is stamped in .venv/.installed). ``run`` installs the runtime
dependencies only; the other commands add the development tools.

``test`` also prepares what the suite needs outside Python, as CI does: the local PostgreSQL
server started if it is stopped, and Debian's chromium and Thai fonts (fonts-thai-tlwg) installed
if missing (root runs apt-get; anyone else is told the one command to run).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / "python"
STAMP = VENV / ".installed"
SYSTEM_PACKAGES = ("chromium", "fonts-thai-tlwg")  # the browser test's Chromium, Thai glyphs in it


def _requirements_hash() -> str:
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "constraints.txt"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_venv(dev: bool) -> None:
    """The environment with the runtime dependencies, plus the development tools when ``dev``."""
    wanted = _requirements_hash()
    stamp = STAMP.read_text().split() if STAMP.exists() else []
    have_dev = stamp[1:] == ["dev"]
    if stamp[:1] == [wanted] and PY.exists() and (have_dev or not dev):
        return
    if not PY.exists():
        print("creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    extras = "[dev]" if dev or have_dev else ""
    print(f"installing {'dependencies and development tools' if extras else 'dependencies'} into .venv "
          "(first run takes a few minutes) ...", flush=True)  # fmt: skip
    run([str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([str(PY), "-m", "pip", "install", "--quiet", "-c", "constraints.txt", "-e", f".{extras}"])
    STAMP.write_text(f"{wanted} dev" if extras else wanted)


def run(cmd: list[str]) -> None:
    result = subprocess.run(cmd, cwd=ROOT)
    if result.returncode != 0:
        sys.exit(result.returncode)


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _missing_system_packages() -> list[str]:
    missing = [] if shutil.which("chromium") else ["chromium"]
    if shutil.which("dpkg-query"):
        found = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "fonts-thai-tlwg"], capture_output=True, text=True)
        if "install ok installed" not in found.stdout:
            missing.append("fonts-thai-tlwg")
    elif not Path("/usr/share/fonts/truetype/tlwg").is_dir():
        missing.append("fonts-thai-tlwg")
    return missing


def prepare_browser() -> None:
    missing = _missing_system_packages()
    if not missing:
        return
    command = ["apt-get", "install", "-y", "-qq", *missing]
    if not _is_root() or not shutil.which("apt-get"):
        sys.exit(
            f"dev.py test needs {' and '.join(missing)} (the browser test drives Debian's Chromium; "
            f"Thai text needs fonts-thai-tlwg).\nInstall them once, then rerun:\n"
            f"    sudo apt-get update && sudo {' '.join(command)}"
        )
    print(f"installing {' '.join(missing)} (apt-get) ...", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for step in (["apt-get", "update", "-qq"], command):
        if subprocess.run(step, env=env, stdout=subprocess.DEVNULL).returncode != 0:
            sys.exit(f"'{' '.join(step)}' failed: install {' '.join(missing)} by hand and rerun")


def _postgres_ready() -> bool:
    if not shutil.which("pg_isready"):
        return False
    return subprocess.run(["pg_isready", "-h", "127.0.0.1", "-p", "5432", "-q"]).returncode == 0


def prepare_postgres() -> None:
    """The PostgreSQL tests run against 127.0.0.1:5432 (user postgres): start the cluster if stopped."""
    if _postgres_ready():
        return
    listed = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True) if shutil.which(
        "pg_lsclusters") else None  # fmt: skip
    if listed is None or not listed.stdout.split():
        sys.exit("dev.py test needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth); none is installed "
                 "here.\n    sudo apt-get install -y postgresql   (then allow trust auth for 127.0.0.1)")  # fmt: skip
    version = listed.stdout.split()[0]
    starter = ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"]
    if not _is_root():
        starter = ["sudo", *starter]
    print("starting PostgreSQL ...", flush=True)
    subprocess.run(starter)
    for _ in range(30):
        if _postgres_ready():
            return
        time.sleep(1)
    sys.exit(f"PostgreSQL did not start; start it with: {' '.join(starter)}")


def main(argv: list[str]) -> None:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        sys.exit(2)
    ensure_venv(dev=argv[0] != "run")
    if argv[0] == "run":
        # The web chat simulator is off by default (deployments); trying it locally is what run is for.
        os.environ.setdefault("WEB_CHAT", "on")
        os.chdir(ROOT)
        # Become the server, so Ctrl+C and SIGTERM reach it directly and it shuts down cleanly.
        os.execv(str(PY), [str(PY), *COMMANDS["run"][0], *argv[1:]])
    if argv[0] == "test":
        prepare_postgres()
        prepare_browser()
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
    "bench": [["bench/understanding.py"], ["bench/answering.py"], ["bench/broadcast.py"]],
}

if __name__ == "__main__":
    main(sys.argv[1:])
