from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_ask_json_dl201(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "DL201 ต้องทำอะไรบ้าง"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"intent", "confidence", "entities", "replies"}
    assert out["intent"] == "unit_info"
    frameworks = [c["framework"] for c in out["entities"]["codes"]]
    assert frameworks[0] == "std-2567" and "ocsc-2561" in frameworks
    text = "\n".join(r["text"] for r in out["replies"])
    assert "DL201.04" in text and "DL201.4" in text
    assert text.index("DL201.04") < text.index("DL201.4")
    for reply in out["replies"]:
        assert set(reply) >= {"type", "text", "buttons"}
        assert all(set(b) == {"label", "data"} for b in reply["buttons"])


def test_ask_plain_text_shows_buttons(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--user", "u1", "ช่วงขอบเขตของ DS700"]) == 0
    out = capsys.readouterr().out
    assert "Metric คือค่าวัดที่เป็นตัวบ่งชี้ถึงการให้บริการย่อย หรือบริการรวม" in out
    assert "[DS700]" in out


def test_ask_needs_text_or_batch(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask"]) == 2


def test_ask_batch_subprocess(tmp_path: Path) -> None:
    batch = tmp_path / "questions.txt"
    batch.write_text("เกณฑ์ DS704.03 คืออะไร\n\nราคาทองวันนี้\nเตือนส่งหลักฐาน DL200 วันที่ 3 มี.ค. 2570\n",
                     encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bot", "ask", "--batch", str(batch)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=True)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [x["text"] for x in lines] == ["เกณฑ์ DS704.03 คืออะไร", "ราคาทองวันนี้",
                                          "เตือนส่งหลักฐาน DL200 วันที่ 3 มี.ค. 2570"]
    for line in lines:
        assert set(line) == {"text", "intent", "confidence", "entities", "replies"}
    assert "นำข้อเสนอแนะที่ได้ไปปรับปรุงแผนที่นำทางบริการดิจิทัล และสถาปัตยกรรมองค์กร" in lines[0]["replies"][0]["text"]
    assert lines[1]["intent"] == "unknown" and lines[1]["replies"][0]["buttons"]
    assert lines[2]["intent"] == "reminder_set"
    reminder = lines[2]["replies"][0]["text"]
    assert "3 มี.ค. 2570" in reminder and "ยังไม่ได้บันทึกอะไรไว้" in reminder
