"""หมวด 7 (results): its notes, intent, level bands, measure groups and target-setting example."""

from __future__ import annotations

import re
from typing import Any

from content.parsers._pmqa_overview import header_parts
from content.parsers._pmqa_text import INTENT_MARK, ITEM_HEADING, OVERVIEW_LABEL, code_of, strip_dash, text_of

# "<4.9 %", "5% - 9%", "> 10%": the result band a level stands for.
_BAND = re.compile(r"([<>]\s*\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s*%\s*-\s*\d+(?:\.\d+)?\s*%)\s*$")
# Measures in one slide row are separated by " - " (two columns were flattened into one line).
_MEASURE_SPLIT = re.compile(r"\s+-\s+")
_TARGET_TITLE = "การตั้งค่าเป้าหมาย"


def _measure(raw: str) -> dict[str, Any]:
    """'ความพึงพอใจ*' → mandatory; the asterisk may precede a bracketed note."""
    text = text_of(raw)
    mandatory = bool(re.search(r"\*(\s|$|\()", text + " "))
    return {"text": text_of(text.replace("*", " ")), "mandatory": mandatory}


def parse_results(lines: list[str], start: int, end: int) -> dict[str, Any]:
    """Parse หมวด 7 from ``lines[start:end]`` (``start`` is its first note line)."""
    notes: list[str] = []
    head: tuple[int, str, str] | None = None
    intent = ""
    bands: list[dict[str, str]] = []
    groups: list[dict[str, Any]] = []
    target: dict[str, Any] = {"title_th": "", "rule": "", "rows": []}
    state = "notes"
    for i in range(start, end):
        raw = lines[i]
        stripped = raw.strip()
        if not stripped:
            continue
        found = header_parts(raw) if not stripped.startswith("-") else None
        if found:
            head, state = found, "head"
            continue
        if state == "notes":
            if stripped.startswith("-") and not raw.startswith(" "):
                notes.append(text_of(strip_dash(raw)))
            elif raw.startswith(" ") or not notes:
                notes.append(text_of(stripped))  # a numbered sub-item
            else:
                notes[-1] = text_of(f"{notes[-1]} {stripped}")  # a note wrapped over lines
            continue
        if stripped == INTENT_MARK:
            state = "intent"
            continue
        if state == "intent":
            intent, state = text_of(raw), "bands"
            continue
        label = OVERVIEW_LABEL.match(stripped)
        if label:
            bands.append({"level": label.group(1), "label": label.group(2), "text": "", "band": ""})
            state = "bands"
            continue
        if state == "bands" and bands and not bands[-1]["text"] and not ITEM_HEADING.match(stripped):
            text = text_of(raw)
            match = _BAND.search(text)
            bands[-1]["text"], bands[-1]["band"] = text, match.group(1) if match else ""
            continue
        heading = ITEM_HEADING.match(text_of(raw))
        if heading and code_of(heading.group(1)) == "7" and state in ("bands", "groups"):
            groups.append({"code": code_of(heading.group(1), heading.group(2)),
                           "title_th": text_of(heading.group(3)), "measures": [], "line": i + 1})
            state = "groups"
            continue
        if stripped == _TARGET_TITLE:
            target["title_th"], state = stripped, "target"
            continue
        if state == "groups" and stripped.startswith("-"):
            parts = _MEASURE_SPLIT.split(strip_dash(raw))
            groups[-1]["measures"].extend(_measure(m) for m in parts if m.strip())
            continue
        if state == "target":
            if "\t" in raw:
                target["rows"].append([text_of(c) for c in raw.split("\t")])
            elif not target["rule"]:
                target["rule"] = text_of(raw)
            else:
                break
            continue
        if state != "groups":
            break
    if head is None:
        raise ValueError("หมวด 7 header not found")
    return {"no": head[0], "title": head[1], "status": head[2], "intent": intent, "notes": notes,
            "level_bands": bands, "measure_groups": groups, "target_setting": target}
