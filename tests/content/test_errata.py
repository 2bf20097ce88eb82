"""The errata mechanism: fixes apply exactly, bottom-up, and fail loudly when they no longer match."""

from __future__ import annotations

from pathlib import Path

import pytest

from content.build import SOURCES_DIR
from content.errata import ERRATA_DIR, ErrataError, Fix, apply_errata, load_errata


def fix(line: int, find: str, replace: str, lines: int = 1) -> Fix:
    return Fix("doc.txt", line, lines, find, replace, "test")


def test_fix_replaces_text_on_its_line_only() -> None:
    text = "DS7O1 one\nDS7O1 two"
    assert apply_errata("doc.txt", text, [fix(2, "DS7O1", "DS701")]) == "DS7O1 one\nDS701 two"


def test_fixes_use_original_line_numbers_even_when_an_earlier_fix_adds_lines() -> None:
    text = "a b\nc\nd"
    fixes = [fix(1, "a b", "a\nb"), fix(3, "d", "D")]
    assert apply_errata("doc.txt", text, fixes) == "a\nb\nc\nD"


def test_multi_line_fix_can_merge_lines() -> None:
    assert apply_errata("doc.txt", "one\ntwo\nthree", [fix(1, "one\ntwo", "one two", lines=2)]) == "one two\nthree"


@pytest.mark.parametrize("find", ["missing", "x"])
def test_fix_must_match_exactly_once(find: str) -> None:
    with pytest.raises(ErrataError):
        apply_errata("doc.txt", "x x\ny", [fix(1, find, "z")])


def test_overlapping_fixes_are_rejected() -> None:
    with pytest.raises(ErrataError, match="overlap"):
        apply_errata("doc.txt", "a\nb\nc", [fix(1, "a\nb", "ab", lines=2), fix(2, "b", "B")])


def test_out_of_range_line_is_rejected() -> None:
    with pytest.raises(ErrataError, match="out of range"):
        apply_errata("doc.txt", "a", [fix(5, "a", "b")])


def test_every_committed_errata_entry_applies_and_explains_itself() -> None:
    files = sorted(ERRATA_DIR.glob("*.toml"))
    for path in files:
        source = next(p.name for p in SOURCES_DIR.glob(f"{path.stem}.*"))
        fixes = load_errata(source)
        assert fixes, f"{path.name} holds no fixes"
        for entry in fixes:
            assert len(entry.why) > 10, f"{path.name}:{entry.line} needs a real reason"
        text = (SOURCES_DIR / source).read_text(encoding="utf-8")
        apply_errata(source, text, fixes)  # raises if any entry no longer matches


def test_errata_file_naming_another_source_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "doc.toml").write_text('source = "other.txt"\n', encoding="utf-8")
    with pytest.raises(ErrataError, match="names source"):
        load_errata("doc.txt", tmp_path)


def test_entry_without_reason_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "doc.toml").write_text(
        '[[fix]]\nline = 1\nfind = "a"\nreplace = "b"\nwhy = " "\n', encoding="utf-8"
    )
    with pytest.raises(ErrataError, match="why"):
        load_errata("doc.txt", tmp_path)


def test_pmqa_text_has_no_split_words() -> None:
    """PDF line wraps split words ("ไซ เบอร์"); the errata join them, so a search for the word finds it."""
    import json

    from content.catalog import CATALOG_PATH

    text = json.dumps(json.loads(CATALOG_PATH.read_text(encoding="utf-8"))["pmqa"], ensure_ascii=False)
    assert "ไซ เบอร์" not in text and "ความมั่นคงทางไซเบอร์" in text
