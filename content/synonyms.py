"""Wordings people and the documents use for person groups, phases and capability areas.

Ids are the catalog's (``content.schema``); each list holds every wording seen in the documents
plus common English forms. Matching code normalises case and spacing itself.
"""

from __future__ import annotations

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

SYNONYMS: dict[str, dict[str, list[str]]] = {"groups": GROUPS, "phases": PHASES}
