"""A category's detail slides: level guidance, item headings, questions, glossary, changes table.

The slides come in any order a page break left them in (a heading may sit before or after its
guidance), so nothing is assigned by position alone: guidance and glossary lines wait until the next
question, whose code names the item they belong to; headings and questions carry their own codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from content.parsers._pmqa_overview import header_parts
from content.parsers._pmqa_text import (
    CHANGES_HEADER,
    DEFINITION,
    GUIDANCE_MARK,
    ITEM_HEADING,
    LEVEL_LABEL,
    LEVEL_ROW,
    QUESTION,
    cell_lines,
    code_of,
    level_tags,
    strip_dash,
    text_of,
)


@dataclass
class Question:
    code: str
    item: str
    text: str
    line: int
    levels: list[str]
    points: list[str] = field(default_factory=list)


@dataclass
class Detail:
    guidance: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    headings: list[tuple[str, str, int]] = field(default_factory=list)  # (item code, title, line)
    questions: list[Question] = field(default_factory=list)
    definitions: list[dict[str, Any]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    strays: list[tuple[int, str]] = field(default_factory=list)  # lines nothing claimed
    misplaced: list[str] = field(default_factory=list)  # guidance whose heading names another item


class _Reader:
    def __init__(self, category: int) -> None:
        self.category = category
        self.out = Detail()
        self.question: Question | None = None
        self.mode = ""  # "", "guidance", "changes", "await_title", "title"
        self.level = ""
        self.pending: list[tuple[str, str]] = []  # (level, line) waiting for their item
        self.pending_defs: list[dict[str, Any]] = []
        self.heading_since_guidance: str = ""
        self.last_definition: dict[str, Any] | None = None
        self.title_lines: list[str] = []

    # -- events ---------------------------------------------------------------------------
    def close(self) -> None:
        self.question = None
        self.last_definition = None
        self._finish_title()

    def _finish_title(self) -> None:
        if self.mode in ("await_title", "title") and self.title_lines:
            code, _, line = self.out.headings[-1]
            self.out.headings[-1] = (code, text_of(" ".join(self.title_lines)), line)
        if self.mode in ("await_title", "title"):
            self.mode = ""
        self.title_lines = []

    def question_start(self, code: str, item: str, rest: str, line: int) -> None:
        self.close()
        self.mode = ""
        if self.heading_since_guidance and self.pending and self.heading_since_guidance != item:
            self.out.misplaced.append(f"line {line}: guidance before heading {self.heading_since_guidance}")
        levels = self.out.guidance.setdefault(item, {})
        for level, text in self.pending:
            bucket = levels.setdefault(level, [])
            if text not in bucket:
                bucket.append(text)
        for definition in self.pending_defs:
            definition["items"] = [item]
        self.pending, self.pending_defs = [], []
        self.heading_since_guidance = ""
        self.question = Question(code, item, text_of(rest), line, level_tags(text_of(rest)))
        self.out.questions.append(self.question)

    def feed(self, index: int, raw: str) -> None:
        line = index + 1
        stripped = raw.strip()
        if not stripped:
            if self.mode == "title":
                self._finish_title()
            if self.mode == "changes":
                self.mode = ""
            return
        if header_parts(raw):
            self.close()
            self.mode = ""
            return
        if stripped == GUIDANCE_MARK:
            self.close()
            self.mode, self.level = "guidance", ""
            return
        if CHANGES_HEADER.match(raw):
            self.close()
            self.mode = "changes"
            return
        if self.mode == "changes":
            self.out.changes.append(_change_row(raw, line))
            return
        row = LEVEL_ROW.match(raw)
        if row:
            self.close()
            self.mode, self.level = "guidance", row.group(1)
            self.pending.extend((row.group(1), text) for text in cell_lines(row.group(2)))
            return
        label = LEVEL_LABEL.match(stripped)
        if label and self.mode == "guidance":
            self.level = label.group(1)
            return
        question = QUESTION.match(raw)
        if question and int(code_of(question.group(1))) == self.category:
            code = code_of(question.group(1), question.group(2), question.group(3))
            self.question_start(code, code.rsplit(".", 1)[0], question.group(4), line)
            return
        heading = ITEM_HEADING.match(text_of(raw))
        if heading and not raw.startswith((" ", "-")) and int(code_of(heading.group(1))) == self.category:
            self.close()
            code = code_of(heading.group(1), heading.group(2))
            self.out.headings.append((code, text_of(heading.group(3)), line))
            self.heading_since_guidance = code if self.pending else ""
            self.mode = "" if heading.group(3).strip() else "await_title"
            return
        definition = DEFINITION.match(stripped)
        if definition and not raw.startswith((" ", "-")):
            owner = self.question.item if self.question is not None else ""
            self.close()
            self.mode = ""
            entry: dict[str, Any] = {
                "term": text_of(definition.group(1)),
                "definition": text_of(definition.group(2)),
                "line": line,
                "items": [],
            }
            self.out.definitions.append(entry)
            if owner:  # at the foot of a question slide: that slide's item
                entry["items"] = [owner]
            else:  # at the foot of a guidance slide: the item whose questions follow
                self.pending_defs.append(entry)
            self.last_definition = entry
            return
        self._plain(raw, line)

    def _plain(self, raw: str, line: int) -> None:
        if self.mode in ("await_title", "title"):
            self.mode = "title"
            self.title_lines.append(raw)
        elif self.question is not None:
            point = text_of(strip_dash(raw))
            if point:
                self.question.points.append(point)
        elif self.mode == "guidance" and self.level:
            self.pending.append((self.level, text_of(strip_dash(raw))))
        elif self.last_definition is not None and "\t" in raw:
            rows = self.last_definition.setdefault("example_rows", [])
            rows.append([text_of(cell) for cell in raw.split("\t")])
        else:
            self.out.strays.append((line, text_of(raw)))

    def finish(self) -> Detail:
        self.close()
        if self.pending:
            self.out.misplaced.append(f"guidance with no question after it: {self.pending[0][1][:40]}")
        last = self.out.questions[-1].item if self.out.questions else ""
        for definition in self.pending_defs:
            definition["items"] = [last] if last else []
        return self.out


def _change_row(raw: str, line: int) -> dict[str, Any]:
    """One row of a "หัวข้อ / แนวทางการปรับปรุง (New) / ตัวอย่าง" table."""
    cells = raw.split("\t")
    topic = text_of(cells[0])
    heading = ITEM_HEADING.match(topic)
    improvement = cell_lines(cells[1]) if len(cells) > 1 else []
    by_level: dict[str, list[str]] = {}
    level = ""
    for text in improvement:
        for name, canonical in (("Basic", "Basic"), ("Advance", "Advance"), ("Significance", "Significance"),
                                ("Significant", "Significance")):
            prefix = f"ระดับ {name}"
            if text.startswith(prefix):
                level = canonical
                rest = text[len(prefix):].strip()
                for filler in ("เพิ่มเติม ดังนี้", "เพิ่มเติม"):
                    if rest.startswith(filler):
                        rest = rest[len(filler):].strip()
                text = rest
                break
        if level and text:
            by_level.setdefault(level, []).append(text)
    return {
        "item": code_of(heading.group(1), heading.group(2)) if heading else "",
        "title_th": text_of(heading.group(3)) if heading else topic,
        "improvement": improvement,
        "improvement_by_level": by_level,
        "examples": cell_lines(cells[2]) if len(cells) > 2 else [],
        "line": line,
    }


def parse_detail(lines: list[str], start: int, end: int, category: int) -> Detail:
    reader = _Reader(category)
    for index in range(start, end):
        reader.feed(index, lines[index])
    return reader.finish()
