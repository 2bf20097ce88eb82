"""The source documents as a person cites them: each text file in ``content/sources`` and the
document it was extracted from (its own first page names it; see ``/work/shared/seeds/README.md``)."""

from __future__ import annotations

from functools import lru_cache

from content.build import SOURCES_DIR

DOCUMENTS: dict[str, tuple[str, str]] = {  # file -> (Thai, English)
    "ocsc_digital_skills_2561.txt": (
        "หนังสือ ก.พ. ที่ นร 1013/ว 6 (18 พ.ค. 2561)", "OCSC letter นร 1013/ว 6 (18 May 2018)",
    ),
    "occupational_standard_digital_gov.txt": (  # its units' framework, named above every answer, says whose
        "มาตรฐานอาชีพและคุณวุฒิวิชาชีพ", "the Occupational Standard and Professional Qualifications",
    ),
    "unit_DS700.txt": ("รายละเอียดหน่วยสมรรถนะ DS700", "the detailed description of competency unit DS700"),
    "unit_DG-EJJM-026_DL200.txt": (
        "รายละเอียดหน่วยสมรรถนะ DG-EJJM-026 (DL200)", "the detailed description of competency unit DG-EJJM-026 (DL200)"
    ),
    "pmqa_4_0_criteria_2565.txt": (
        "เกณฑ์การประเมินสถานะของหน่วยงานภาครัฐในการเป็นระบบราชการ 4.0 (ฉบับปรับปรุง พ.ศ. 2565)",
        "the PMQA 4.0 criteria for a Thai government agency, revised 2022 (B.E. 2565)",
    ),
}


def document_name(file: str, language: str = "th") -> str:
    """The document ``file`` was extracted from, in ``language``; the file's name if it is not listed."""
    names = DOCUMENTS.get(file)
    return file if names is None else names[1] if language == "en" else names[0]


@lru_cache(maxsize=8)
def source_lines(file: str) -> tuple[str, ...]:
    """The lines of a source document's text (``content/sources``), read once, for answers that quote or cite it."""
    return tuple((SOURCES_DIR / file).read_text(encoding="utf-8").split("\n"))
