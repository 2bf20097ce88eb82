"""The README's two commands: the test command is the one CI runs; run takes --host/--port, serves
the web simulator and installs no development tools; test prepares the browser or says how."""

from __future__ import annotations

import importlib.util
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_under_test", ROOT / "dev.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ci_runs_exactly_the_readmes_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [test_command] = re.findall(r"^(python3 dev\.py test)\b", readme, re.MULTILINE)
    ci = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if line and not line.startswith("#")]
    assert ci[-1] == test_command
    assert not [line for line in ci if "apt-get" in line or "pg_ctlcluster" in line]  # dev.py does it
    assert re.search(r"^python3 dev\.py run \[--host H\] \[--port P\]", readme, re.MULTILINE)


def test_run_installs_the_runtime_only_and_test_adds_the_tools(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dev = _dev()
    commands: list[list[str]] = []
    monkeypatch.setattr(dev, "VENV", tmp_path / "venv")
    monkeypatch.setattr(dev, "STAMP", tmp_path / "venv" / ".installed")
    monkeypatch.setattr(dev, "PY", tmp_path / "python")
    monkeypatch.setattr(dev.venv, "EnvBuilder", lambda **_: type("B", (), {"create": lambda self, p: p.mkdir()})())
    monkeypatch.setattr(dev, "run", commands.append)
    dev.ensure_venv(dev=False)
    assert commands[-1][-1] == "."  # no [dev] extras for run
    (tmp_path / "python").touch()
    commands.clear()
    dev.ensure_venv(dev=False)
    assert commands == []  # already installed
    dev.ensure_venv(dev=True)
    assert commands[-1][-1] == ".[dev]"
    commands.clear()
    dev.ensure_venv(dev=False)
    assert commands == []  # the tools do not get in run's way


def test_test_says_how_to_install_the_browser_when_not_root(monkeypatch: pytest.MonkeyPatch) -> None:
    dev = _dev()
    monkeypatch.setattr(dev, "_missing_system_packages", lambda: ["chromium", "fonts-thai-tlwg"])
    monkeypatch.setattr(dev, "_is_root", lambda: False)
    with pytest.raises(SystemExit) as exit_:
        dev.prepare_browser()
    assert "sudo apt-get update && sudo apt-get install -y -qq chromium fonts-thai-tlwg" in str(exit_.value.code)


def test_this_machine_has_what_test_prepares() -> None:
    assert _dev()._missing_system_packages() == []


def test_dev_run_takes_host_and_port_and_serves_the_simulator(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'run.db'}"}
    env.pop("WEB_CHAT", None)
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "dev.py"), "run", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as page:
                    assert page.status == 200 and "chat.js" in page.read().decode()
                break
            except OSError:
                assert proc.poll() is None, proc.stdout.read().decode() if proc.stdout else ""
                assert time.monotonic() < deadline, "dev.py run did not answer within 60 s"
                time.sleep(0.3)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        out, _ = proc.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in out.decode()
    assert proc.returncode == 0
