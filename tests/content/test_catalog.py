"""The loaded catalog's query API, against the committed catalog.json."""

from __future__ import annotations

import pytest

from content import Catalog, Criterion, Element, Unit, get_catalog


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return get_catalog()


def test_shared_code_resolves_in_every_framework_detailed_standard_first(catalog: Catalog) -> None:
    nodes = catalog.find("DL201")
    assert [n.framework for n in nodes] == ["std-2567", "ocsc-2561"]
    assert all(isinstance(n, Element) for n in nodes)
    assert nodes[0].title_th == "วิเคราะห์องค์กรปัจจุบันเปรียบเทียบกับองค์กรดิจิทัลอนาคต"
    assert nodes[1].title_th == "สร้างและบริหารทีมงานทำงานจากหลายหน่วยงานที่มีระดับทักษะดิจิทัลที่ต่างกัน"


@pytest.mark.parametrize("code", ["DS700", "DG100", "DG600", "DT100", "DT500", "DS100", "DL100", "DL300",
                                  "DLit100", "DLit300"])
def test_codes_named_by_the_issue_exist_in_both_frameworks(catalog: Catalog, code: str) -> None:
    assert {n.framework for n in catalog.find(code)} == {"std-2567", "ocsc-2561"}


def test_lookup_ignores_case_and_spacing(catalog: Catalog) -> None:
    assert catalog.find("dlit 101") == catalog.find("DLit101")


def test_alias_and_document_code_link_dl200(catalog: Catalog) -> None:
    (unit,) = catalog.find("DG-EJJM-026")
    assert isinstance(unit, Unit)
    assert (unit.framework, unit.code) == ("std-2567", "DL200")
    assert unit.details["document_code"] == "DG-EJJM-026"
    assert [e.code for e in unit.elements] == ["DL201", "DL202", "DL203"]


def test_system_code_finds_its_criterion(catalog: Catalog) -> None:
    (node,) = catalog.find("191582")
    assert isinstance(node, Criterion)
    assert (node.framework, node.code, node.unit_code) == ("std-2567", "DS701.01", "DS700")


def test_parents_and_children_agree_everywhere(catalog: Catalog) -> None:
    for unit in catalog.units:
        assert catalog.get(unit.framework, unit.code) is unit
        for element in catalog.children(unit):
            assert catalog.parent(element) is unit
            for criterion in catalog.children(element):
                assert catalog.parent(criterion) is element
                assert catalog.unit_of(criterion) is unit


def test_units_for_a_role(catalog: Catalog) -> None:
    role = catalog.role("Early", "Service")
    assert role is not None and role.units
    units = catalog.units_for_role("Early", "Service")
    assert [u.code for u in units] == list(role.units)
    assert catalog.role("Someday", "Service") is None


def test_pmqa_lookups(catalog: Catalog) -> None:
    category = catalog.pmqa_category(2)
    assert category is not None
    assert [i.code for i in category.items] == ["2.1", "2.2", "2.3", "2.4"]
    item = catalog.pmqa_item("2.1")
    assert item is not None and item.category == 2
    assert catalog.pmqa_level("2.1", "Significance")
    first = item.questions[0]
    assert catalog.pmqa_question(first.code) is first


def test_titles_cover_units_elements_and_pmqa(catalog: Catalog) -> None:
    kinds = {t.kind for t in catalog.titles()}
    assert {"unit", "element", "area", "pmqa_item", "pmqa_category"} <= kinds
    assert any(t.text == "ออกแบบองค์กรดิจิทัล" for t in catalog.titles())


def test_catalog_objects_are_immutable(catalog: Catalog) -> None:
    unit = catalog.units[0]
    with pytest.raises(AttributeError):
        unit.code = "X"  # type: ignore[misc]
    with pytest.raises(TypeError):
        unit.details["x"] = 1  # type: ignore[index]


def test_synonyms_cover_groups_phases_and_areas_in_the_documents_wordings(catalog: Catalog) -> None:
    groups, phases, areas = (catalog.synonyms[k] for k in ("groups", "phases", "areas"))
    assert {"ผู้บริหารระดับสูง", "ผู้บริหารส่วนราชการ", "Executive"} <= set(groups["Executive"])
    assert {"ระยะเริ่มแรก", "ระยะเริ่มต้น", "Early"} <= set(phases["Early"])
    assert set(groups) == {"Executive", "Management", "Academic", "Service", "Technologist", "Others"}
    assert len(areas) == len(catalog.areas)
    leadership = areas["ocsc-2561:DL"]
    assert {"ความสามารถด้านผู้นำดิจิทัล", "ผู้นำดิจิทัล", "Digital Leadership"} <= set(leadership)


def test_every_unit_cites_a_line_of_its_document_that_names_it() -> None:
    from content.build import SOURCES_DIR
    from content.catalog import get_catalog

    catalog = get_catalog()
    texts: dict[str, list[str]] = {}
    for unit in catalog.units:
        where = catalog.sources[f"{unit.framework}:{unit.code}"]
        lines = texts.setdefault(where["file"], (SOURCES_DIR / where["file"]).read_text(encoding="utf-8").split("\n"))
        assert unit.code in lines[where["line"] - 1], unit.code
        if unit.details:
            assert where["detail_file"].startswith("unit_") and where["detail_lines"]
