"""``python -m bot ask``: one message through the whole pipeline, the JSON contract, --batch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from bot.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'ask.db'}"


def ask_json(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> dict[str, Any]:
    assert main(["ask", "--json", "--db", db, *args]) == 0
    out: dict[str, Any] = json.loads(capsys.readouterr().out)
    return out


def test_ask_json_dl201(capsys: pytest.CaptureFixture[str], db: str) -> None:
    out = ask_json(capsys, db, "DL201 ต้องทำอะไรบ้าง")
    assert set(out) == {"intent", "confidence", "entities", "replies"}
    assert out["intent"] == "unit_info"
    frameworks = [c["framework"] for c in out["entities"]["codes"]]
    assert frameworks[0] == "std-2567" and "ocsc-2561" in frameworks
    text_ = "\n".join(r["text"] for r in out["replies"])
    assert "DL201.04" in text_ and "DL201.4" in text_
    assert text_.index("DL201.04") < text_.index("DL201.4")
    for reply in out["replies"]:
        assert set(reply) >= {"type", "text", "buttons"}
        assert all(set(b) == {"label", "data"} for b in reply["buttons"])


def test_ask_starts_a_self_assessment_and_keeps_it_for_the_same_user(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    out = ask_json(capsys, db, "--user", "somchai", "ขอประเมินตัวเองเรื่อง DG500")
    assert out["intent"] == "quiz_start"
    first = "\n".join(r["text"] for r in out["replies"])
    assert "DG501.1" in first and "รวบรวมข้อมูลความเสี่ยงจากระบบดิจิทัลภายในองค์กร" in first
    ratings = [b for r in out["replies"] for b in r["buttons"] if b["data"].startswith("q:r:")]
    assert len(ratings) == 4
    engine = create_engine(db.replace("+aiosqlite", ""))
    with engine.connect() as conn:
        attempts = conn.execute(text("SELECT framework, unit_code, catalog_version FROM assessment_attempts"))
        assert [tuple(row)[:2] for row in attempts] == [("ocsc-2561", "DG500")]
    engine.dispose()
    out = ask_json(capsys, db, "--user", "somchai", "ทำต่อ")
    assert "DG501.1" in "\n".join(r["text"] for r in out["replies"])


def test_ask_reminder_shows_the_thai_date_with_a_confirm_button(capsys: pytest.CaptureFixture[str], db: str) -> None:
    out = ask_json(capsys, db, "เตือนส่งหลักฐาน DL200 วันที่ 3 มี.ค. 2570")
    assert out["intent"] == "reminder_set" and out["entities"]["due"] == "2027-03-03"
    assert "3 มี.ค. 2570" in out["replies"][0]["text"]
    assert out["replies"][0]["buttons"]


def test_ask_plain_text_shows_buttons(capsys: pytest.CaptureFixture[str], db: str) -> None:
    assert main(["ask", "--db", db, "ช่วงขอบเขตของ DS700"]) == 0
    out = capsys.readouterr().out
    assert "Metric คือค่าวัดที่เป็นตัวบ่งชี้ถึงการให้บริการย่อย หรือบริการรวม" in out
    assert "[DS700]" in out


def test_ask_needs_text_or_batch(db: str) -> None:
    assert main(["ask", "--db", db]) == 2


def test_ask_batch_subprocess(tmp_path: Path, db: str) -> None:
    batch = tmp_path / "questions.txt"
    batch.write_text("เกณฑ์ DS704.03 คืออะไร\n\nราคาทองวันนี้\nผมทำงานด้านเทคโนโลยี\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bot", "ask", "--db", db, "--batch", str(batch)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=True)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [x["text"] for x in lines] == ["เกณฑ์ DS704.03 คืออะไร", "ราคาทองวันนี้", "ผมทำงานด้านเทคโนโลยี"]
    for line in lines:
        assert set(line) == {"text", "intent", "confidence", "entities", "replies"}
    assert "นำข้อเสนอแนะที่ได้ไปปรับปรุงแผนที่นำทางบริการดิจิทัล และสถาปัตยกรรมองค์กร" in lines[0]["replies"][0]["text"]
    assert lines[1]["intent"] == "unknown" and lines[1]["replies"][0]["buttons"]
    assert lines[2]["intent"] == "profile_set" and lines[2]["entities"]["group"] == "Technologist"
    phase_buttons = [b["label"] for r in lines[2]["replies"] for b in r["buttons"]]
    assert "ระยะกำลังพัฒนา" in phase_buttons
