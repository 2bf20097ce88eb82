"""Wordings people and the documents use for person groups, phases and capability areas.

Ids are the catalog's (``content.schema``); each list holds every wording seen in the documents
plus common English forms. Matching code normalises case and spacing itself.
"""

from __future__ import annotations

from typing import Any

GROUPS: dict[str, list[str]] = {
    "Executive": [
        "ผู้บริหารระดับสูง", "ผู้บริหารส่วนราชการ", "ผู้บริหารสูงสุด", "ผู้บริหาร", "Executive", "executives",
    ],
    "Management": ["ผู้อำนวยการกอง", "ผู้บริหารกอง", "ผอ.กอง", "ผู้อำนวยการ", "Management", "manager", "director"],
    "Academic": [
        "ผู้ทำงานด้านนโยบายและวิชาการ", "ผู้ทำงานด้านนโยบายและงานวิชาการ", "ทำงานด้านนโยบายและงานวิชาการ",
        "ผู้ปฏิบัติงานที่เกี่ยวข้องกับงานนโยบายและงานวิชาการ", "นักวิชาการ", "นโยบายและวิชาการ", "Academic",
    ],
    "Service": [
        "ผู้ทำงานด้านบริการ", "ผู้ปฏิบัติงานด้านบริการ", "ผู้ปฏิบัติงานที่เกี่ยวข้องกับงานด้านบริการ", "งานบริการ",
        "ด้านบริการ", "Service",
    ],
    "Technologist": [
        "ผู้ปฏิบัติงานด้านเทคโนโลยี", "ผู้ปฏิบัติงานเฉพาะด้านเทคโนโลยี", "ผู้ปฏิบัติงานเฉพาะด้านเทคโนโลยีดิจิทัล",
        "ทำงานด้านเทคโนโลยี", "ด้านเทคโนโลยี", "ไอที", "IT", "Technologist", "Technology",
    ],
    "Others": ["ผู้ปฏิบัติงานกลุ่มอื่น", "ผู้ปฏิบัติงานอื่น", "กลุ่มอื่น", "Others", "other"],
}

PHASES: dict[str, list[str]] = {
    "Early": ["ระยะเริ่มแรก", "ระยะเริ่มต้น", "เริ่มแรก", "เริ่มต้น", "Early", "Early Stage"],
    "Developing": ["ระยะกำลังพัฒนา", "กำลังพัฒนา", "Developing", "Developing Stage"],
    "Mature": ["ระยะสมบูรณ์", "ระยะพัฒนาแล้ว", "สมบูรณ์", "พัฒนาแล้ว", "Mature", "Mature Stage"],
}

# Short wordings of capability areas people use beyond the documents' titles.
_AREA_EXTRA: dict[str, list[str]] = {
    "DLit": ["ความเข้าใจและใช้เทคโนโลยีดิจิทัล", "รู้เท่าทันดิจิทัล", "Digital Literacy"],
    "DG": ["ธรรมาภิบาลดิจิทัล", "กฎหมายและมาตรฐานดิจิทัล", "Digital Governance"],
    "DT": ["เทคโนโลยีดิจิทัล", "Digital Technology"],
    "DS": ["ออกแบบกระบวนการและบริการดิจิทัล", "Service Design"],
    "SPM": ["บริหารกลยุทธ์และโครงการ", "Project Management"],
    "DL": ["ผู้นำดิจิทัล", "Digital Leadership"],
    "DTr": ["การขับเคลื่อนการเปลี่ยนแปลงด้านดิจิทัล", "Digital Transformation"],
    "CS": ["ความมั่นคงปลอดภัยไซเบอร์", "Cyber Security"],
    "DUS": ["การใช้ประโยชน์ข้อมูล", "Data Utilization and Sharing"],
}
_AREA_PREFIX = "ความสามารถด้าน"


def area_synonyms(areas: list[dict[str, Any]]) -> dict[str, list[str]]:
    """``"framework:code"`` -> every wording of that area: its titles, the title without the
    "ความสามารถด้าน" prefix, and the common short forms above."""
    table: dict[str, list[str]] = {}
    for area in areas:
        titles = [area["title_th"], area.get("title_en", ""), area["title_th"].removeprefix(_AREA_PREFIX),
                  *_AREA_EXTRA.get(area["code"], [])]
        table[f"{area['framework']}:{area['code']}"] = list(dict.fromkeys(t for t in titles if t))
    return table


def synonyms(areas: list[dict[str, Any]]) -> dict[str, dict[str, list[str]]]:
    return {"groups": GROUPS, "phases": PHASES, "areas": area_synonyms(areas)}
