"""Fixtures: a small catalog transcribed from the source documents, and the real built catalog.

The small catalog lets the rules be tested whatever state the parsers are in; every title and code
in it is copied from ``content/sources/``. Tests marked by using ``real`` read the built catalog.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from content.catalog import Catalog, get_catalog
from content.synonyms import synonyms
from intents.dates import BANGKOK
from intents.engine import Understander, default_understander

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=BANGKOK)  # a Sunday


def _unit(fw: str, code: str, title: str, elements: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"framework": fw, "code": code, "title_th": title, "area": code.rstrip("0123456789"),
            "aliases": extra.get("aliases", []), "elements": elements, "details": extra.get("details", {})}


def _el(code: str, title: str, criteria: list[tuple[str, str, str | None]]) -> dict[str, Any]:
    return {"code": code, "title_th": title,
            "criteria": [{"code": c, "text_th": t, "system_code": s} for c, t, s in criteria]}


MINI: dict[str, Any] = {
    "version": "test",
    "frameworks": [{"id": "std-2567", "title_th": "มาตรฐาน", "title_en": "", "source": "x"},
                   {"id": "ocsc-2561", "title_th": "ก.พ.", "title_en": "", "source": "y"}],
    "areas": [], "roles": [], "items": [], "functional_map": {}, "pmqa": {}, "synonyms": synonyms([]),
    "units": [
        _unit("std-2567", "DL200", "ออกแบบองค์กรดิจิทัล", [
            _el("DL201", "วิเคราะห์องค์กรปัจจุบันเปรียบเทียบกับองค์กรดิจิทัลอนาคต", [
                ("DL201.01", "กำหนดกระบวนงานหลักขององค์กรดิจิทัลที่ควรจะเป็น", "217398")]),
        ], aliases=["DG-EJJM-026"], details={"range": ["x"]}),
        _unit("std-2567", "DS700", "บริหารจัดการประสิทธิภาพการบริการและการทำงานดิจิทัล", [
            _el("DS701", "กำหนดวิธีการวัดประสิทธิภาพของการให้บริการดิจิทัล", [
                ("DS701.01", "1.1 ทบทวนกระบวนการให้บริการ", "191582")]),
            _el("DS704", "ติดตามและปรับปรุงประสิทธิภาพ", [
                ("DS704.03", "นำข้อเสนอแนะที่ได้ไปปรับปรุงแผนที่นำทางบริการดิจิทัล และสถาปัตยกรรมองค์กร", "191593")]),
        ]),
        _unit("std-2567", "DUS400", "วิเคราะห์ข้อมูลพื้นฐาน", []),
        _unit("std-2567", "DUS500", "วิเคราะห์ข้อมูลขนาดใหญ่เพื่อนำไปใช้งาน", []),
        _unit("std-2567", "CS300", "ตรวจสอบภัยไซเบอร์ในระบบดิจิทัล", []),
        _unit("std-2567", "DT500", "ใช้งาน Generative AI เพื่อการทำงาน", []),
        _unit("ocsc-2561", "DL200", "นำการพัฒนาการทำงานร่วมกันเป็นทีมแบบข้ามหน่วยงาน", [
            _el("DL201", "สร้างและบริหารทีมงานทำงานจากหลายหน่วยงานที่มีระดับทักษะดิจิทัลที่แตกต่างกัน", [
                ("DL201.1", "สร้างทีมงาน", None)]),
        ]),
        _unit("ocsc-2561", "DG500", "บริหารความเสี่ยงดิจิทัล (Digital Risk Management)", [
            _el("DG502", "จัดการความเสี่ยงดิจิทัล", [("DG502.1", "จัดลำดับความสำคัญของความเสี่ยงดิจิทัล", None)]),
        ]),
        _unit("ocsc-2561", "DLit100", "เข้าถึงและตระหนักดิจิทัล", [
            _el("DLit103", "ใช้งานเพื่อความมั่นคงปลอดภัย", [("DLit103.2", "ป้องกันภัยคุกคาม", None)]),
        ]),
        _unit("ocsc-2561", "DTr100", "ขับเคลื่อนการเปลี่ยนผ่านสู่รัฐบาลดิจิทัล", [
            _el("DTr101", "กำหนดเป้าหมายและแผนงานการเปลี่ยนผ่านสู่รัฐบาลดิจิทัล", []),
        ]),
        _unit("ocsc-2561", "SPM200", "ออกแบบองค์กรดิจิทัล (Future Design)", []),
    ],
}


@pytest.fixture(scope="session")
def mini_catalog() -> Catalog:
    return Catalog(MINI)


@pytest.fixture(scope="session")
def mini(mini_catalog: Catalog) -> Understander:
    return Understander(mini_catalog)


@pytest.fixture(scope="session")
def real() -> Understander:
    """Understanding against the built catalog (content/catalog.json)."""
    get_catalog()
    return default_understander()
