"""The command line: every command answers --help, and the content commands do their jobs."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from bot.cli import build_parser, main
from content import build as catalog_build


def command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = [prefix]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                paths.extend(command_paths(sub, (*prefix, name)))
    return paths


@pytest.mark.parametrize("path", command_paths(build_parser()), ids=lambda p: " ".join(p) or "root")
def test_every_command_has_help(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*path, "--help"])
    assert exit_info.value.code == 0
    assert "usage: python -m bot" in capsys.readouterr().out


def test_content_check_passes_for_the_committed_catalog(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "check"]) == 0


def test_content_check_fails_for_a_stale_catalog(tmp_path: Path) -> None:
    stale = tmp_path / "catalog.json"
    stale.write_text(catalog_build.CATALOG_PATH.read_text(encoding="utf-8").replace("DL201", "DL209"))
    assert not catalog_build.is_current(stale)
    assert catalog_build.is_current(catalog_build.CATALOG_PATH)


def test_build_is_deterministic() -> None:
    assert catalog_build.dumps(catalog_build.build()) == catalog_build.dumps(catalog_build.build())


def test_export_prints_the_contract_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "export", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"frameworks", "units", "roles", "pmqa"} <= data.keys()
    assert {f["id"] for f in data["frameworks"]} == {"ocsc-2561", "std-2567", "pmqa-4.0"}
    for unit in data["units"]:
        assert {"framework", "code", "title_th", "area", "aliases", "elements", "details"} <= unit.keys()
        for element in unit["elements"]:
            assert {"code", "title_th", "criteria"} <= element.keys()
            for criterion in element["criteria"]:
                assert {"code", "text_th", "system_code"} <= criterion.keys()
    for role in data["roles"]:
        assert {"framework", "phase", "group", "role_title_th", "units", "knowledge", "experience",
                "competencies"} <= role.keys()


def test_show_lists_every_framework_with_the_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "show", "DL201"]) == 0
    out = capsys.readouterr().out
    assert out.index("[std-2567]") < out.index("[ocsc-2561]")
    assert "วิเคราะห์องค์กรปัจจุบันเปรียบเทียบกับองค์กรดิจิทัลอนาคต" in out
    assert "สร้างและบริหารทีมงานทำงานจากหลายหน่วยงานที่มีระดับทักษะดิจิทัลที่ต่างกัน" in out


def test_show_unknown_code_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "show", "ZZ999"]) == 1
    assert "not in any framework" in capsys.readouterr().err
