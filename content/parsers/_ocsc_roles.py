"""What each person group needs in each phase (หมวดที่ ๓): 3 phases × 6 groups = 18 roles.

Every role block reads: the group heading, "บทบาทและพฤติกรรมที่คาดหวัง" and its paragraph (the
role title is the quoted phrase), then "๑. ความสามารถ" (unit codes with titles), "๒. ความรู้",
"๓. ประสบการณ์", "๔. คุณลักษณะตามหมวด ๒" and "๕. สมรรถนะ" as bulleted lists. The basic knowledge
and experience ("...พื้นฐานตามหมวด ๒") apply to every role and are not repeated in the lists.
"""

from __future__ import annotations

import re
from typing import Any

from content.parsers._ocsc_common import CODE, CODE_LIKE, FRAMEWORK, Problems, plain
from content.schema import GROUPS, PHASES

PHASE_HEADING = re.compile(r"^[๑๒๓]\. ทักษะด้านดิจิทัลของข้าราชการ.*\((" + "|".join(PHASES) + r")\)$")
GROUP_HEADING = re.compile(r"^[ก-ฉ]\. ทักษะด้านดิจิทัลของ.*\((" + "|".join(GROUPS) + r")\)$")
_TITLE = re.compile(r"“(.+?)”")
# Headings inside a role block -> the list they open (None: nothing to collect).
_LISTS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"^บทบาทและพฤติกรรมที่คาดหวัง$"), "description"),
    (re.compile(r"^ทักษะด้านดิจิทัลที่จำเป็น$"), None),
    (re.compile(r"^๑\. ความสามารถ$"), "units"),
    (re.compile(r"^๒\. ความรู้$"), "knowledge"),
    (re.compile(r"^๓\. ประสบการณ์$"), "experience"),
    (re.compile(r"^๔\. คุณลักษณะตามหมวด ๒$"), None),
    (re.compile(r"^๕\. สมรรถนะ$"), "competencies"),
)
# Lines that only say the basic lists apply, or introduce the group-specific ones.
_MARKERS = re.compile(r"^(ความรู้|ประสบการณ์)(พื้นฐานตามหมวด ๒|ที่จำเป็น ได้แก่)$")


def parse_roles(
    lines: list[tuple[int, str]], unit_codes: set[str], problems: Problems
) -> list[dict[str, Any]]:
    """Parse หมวดที่ ๓ (numbered source lines after its heading) into RoleDicts."""
    roles: list[dict[str, Any]] = []
    phase: str | None = None
    section: str | None = None
    for no, raw in lines:
        text = plain(raw)
        if not text:
            continue
        if found := PHASE_HEADING.match(text):
            phase, section = found.group(1), None
            continue
        if found := GROUP_HEADING.match(text):
            if phase is None:
                problems.add(no, f"group {found.group(1)} before any phase")
                continue
            roles.append(_new_role(phase, found.group(1), no))
            section = None
            continue
        opened = next((name for pattern, name in _LISTS if pattern.match(text)), "")
        if opened != "":
            section = opened
            continue
        if not roles or section is None or _MARKERS.match(text):
            if not _MARKERS.match(text):
                problems.add(no, f"unexpected line: {text[:40]!r}")
            continue
        _add(roles[-1], section, text, no, unit_codes, problems)
    _check(roles, problems)
    for role in roles:
        del role["_line"]
    return roles


def _new_role(phase: str, group: str, line: int) -> dict[str, Any]:
    return {
        "framework": FRAMEWORK,
        "phase": phase,
        "group": group,
        "role_title_th": "",
        "description_th": "",
        "units": [],
        "knowledge": [],
        "experience": [],
        "competencies": [],
        "_line": line,
    }


def _add(role: dict[str, Any], section: str, text: str, no: int, codes: set[str], problems: Problems) -> None:
    if section == "description":
        role["description_th"] = f"{role['description_th']} {text}".strip()
        if not role["role_title_th"] and (title := _TITLE.search(text)):
            role["role_title_th"] = title.group(1)
        return
    if not text.startswith("- "):
        problems.add(no, f"{section}: not a list item: {text[:40]!r}")
        return
    item = text[2:].strip()
    if section != "units":
        role[section].append(item)
        return
    code = CODE.match(item)
    if code is None or code.group(3) is not None or code.group(0) not in codes:
        like = CODE_LIKE.match(item)
        problems.add(no, f"unknown unit code {like.group(0) if like else item[:12]!r} in a role")
        return
    if code.group(0) in role["units"]:
        problems.add(no, f"unit {code.group(0)} listed twice for one role")
    role["units"].append(code.group(0))


def _check(roles: list[dict[str, Any]], problems: Problems) -> None:
    found = [(r["phase"], r["group"]) for r in roles]
    expected = [(p, g) for p in PHASES for g in GROUPS]
    if found != expected:
        problems.add(0, f"roles {found} differ from the 3 phases x 6 groups")
    for role in roles:
        where = f"{role['phase']}/{role['group']}"
        if not role["role_title_th"]:
            problems.add(role["_line"], f"{where}: no quoted role title")
        if not role["units"]:
            problems.add(role["_line"], f"{where}: no units")
