from __future__ import annotations

from content.catalog import Catalog
from intents.codes import CODE_RE, find_codes
from intents.normalise import normalise


def _codes(text: str, catalog: Catalog) -> list[tuple[str, str]]:
    return [(c["framework"], c["code"]) for c in find_codes(normalise(text), catalog).codes]


def test_longer_prefixes_first() -> None:
    assert CODE_RE.findall("DLit101 DTr101 DUS400 DS700 DL201 DT100") == [
        "DLit101", "DTr101", "DUS400", "DS700", "DL201", "DT100"]


def test_a_shared_code_names_both_frameworks_detailed_standard_first(mini_catalog: Catalog) -> None:
    assert _codes("DL201 ต้องทำอะไรบ้าง", mini_catalog) == [("std-2567", "DL201"), ("ocsc-2561", "DL201")]


def test_thai_digits_and_spacing(mini_catalog: Catalog) -> None:
    assert _codes("dl ๒๐๑", mini_catalog) == [("std-2567", "DL201"), ("ocsc-2561", "DL201")]


def test_criterion_codes(mini_catalog: Catalog) -> None:
    assert _codes("Dlit103.2 คืออะไร", mini_catalog) == [("ocsc-2561", "DLit103.2")]
    assert _codes("เกณฑ์ DS704.03", mini_catalog) == [("std-2567", "DS704.03")]


def test_alias_and_system_code(mini_catalog: Catalog) -> None:
    assert _codes("DG-EJJM-026 หลักฐาน", mini_catalog) == [("std-2567", "DL200")]
    assert _codes("191582", mini_catalog) == [("std-2567", "DS701.01")]


def test_unknown_six_digit_numbers_are_not_codes(mini_catalog: Catalog) -> None:
    found = find_codes("โทร 123456", mini_catalog)
    assert found.codes == () and found.unknown == ()


def test_unknown_codes(mini_catalog: Catalog) -> None:
    found = find_codes(normalise("DL999 กับ DX123 คืออะไร"), mini_catalog)
    assert found.codes == ()
    assert found.unknown == ("DL999", "DX123")


def test_codes_are_cut_out_of_the_rest(mini_catalog: Catalog) -> None:
    text = normalise("เกณฑ์ DS704.03 คืออะไร")
    assert find_codes(text, mini_catalog).without_codes(text).split() == ["เกณฑ์", "คืออะไร"]


def test_real_catalog_codes(real: object) -> None:
    from content.catalog import get_catalog

    catalog = get_catalog()
    assert {c for _, c in _codes("DL201", catalog)} == {"DL201"}
    assert [f for f, _ in _codes("DL201", catalog)] == ["std-2567", "ocsc-2561"]
    assert _codes("dg 502", catalog) == [("ocsc-2561", "DG502")]
    assert _codes("191582", catalog) == [("std-2567", "DS701.01")]
    assert _codes("DG-EJJM-026", catalog) == [("std-2567", "DL200")]
