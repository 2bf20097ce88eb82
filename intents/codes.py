"""Pull codes out of a normalised message before it is tokenised (newmm splits "DL201" in two).

Unit, element and criterion codes (DL200, DL201, DLit103.2, DS701.01), the standard's unit alias
(DG-EJJM-026) and six-digit system PC codes (191582, only when the catalog knows them, since a
six-digit number is usually something else). Each code resolves through the catalog to every
framework that has it; codes that look like codes but exist nowhere go to ``unknown``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from content.catalog import Catalog
from intents.normalise import CODE_PREFIXES

_PREFIX_ALT = "|".join(CODE_PREFIXES)  # longest first: the regex tries alternatives in order
CODE_RE = re.compile(rf"(?<![A-Za-z])(?:{_PREFIX_ALT})\d{{3,4}}(?:\.\d{{1,2}})?(?![\d])")
ALIAS_RE = re.compile(r"(?<![A-Za-z])DG-EJJM-\d{3}(?!\d)")
SYSTEM_CODE_RE = re.compile(r"(?<![\d.])\d{6}(?![\d.])")
# A known prefix with two digits ("DUS50"): a code typed short, reported as unknown (the nearest is offered).
SHORT_CODE_RE = re.compile(rf"(?<![A-Za-z])(?:{_PREFIX_ALT})\d{{2}}(?![\d.])")
# A code typed with a letter for a digit ("DS7OO", "DL20l": O for 0, l or I for 1), read as the code it
# looks like when the catalog has that one.
LOOKALIKE_RE = re.compile(rf"(?<![A-Za-z])({_PREFIX_ALT})\s?((?=[0-9OoIl]*\d)[0-9OoIl]{{3}})(?![A-Za-z0-9])",
                          re.IGNORECASE)
_AS_DIGITS = str.maketrans("OoIl", "0011")
# Anything shaped like a code with another prefix ("DX999"): reported as unknown, never resolved.
OTHER_CODE_RE = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,4}\d{3,4}(?:\.\d{1,2})?(?![\d])")


@dataclass(frozen=True, slots=True)
class FoundCodes:
    codes: tuple[dict[str, str], ...]  # {"framework", "code"}, detailed standard first per code
    unknown: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # where codes were, so that the rest can be read without them

    def without_codes(self, text: str) -> str:
        out, last = [], 0
        for start, end in self.spans:
            out.append(text[last:start])
            out.append(" ")
            last = end
        out.append(text[last:])
        return "".join(out)


def find_codes(text: str, catalog: Catalog) -> FoundCodes:
    """Codes in a normalised message, in the order written, each resolved through the catalog."""
    hits: list[tuple[int, int, str, bool]] = []  # start, end, code, must be known
    for regex, must_know in ((ALIAS_RE, False), (CODE_RE, False), (SYSTEM_CODE_RE, True),
                            (OTHER_CODE_RE, False), (SHORT_CODE_RE, False)):
        for m in regex.finditer(text):
            if any(s <= m.start() < e for s, e, _, _ in hits):
                continue
            hits.append((m.start(), m.end(), m.group(0), must_know))
    for m in LOOKALIKE_RE.finditer(text):
        digits = m[2].translate(_AS_DIGITS)
        prefix = next((p for p in CODE_PREFIXES if p.lower() == m[1].lower()), m[1].upper())
        if digits != m[2] and catalog.find(prefix + digits):
            hits = [h for h in hits if not (m.start() <= h[0] < m.end())]  # "DL20" read short, before
            hits.append((m.start(), m.end(), prefix + digits, True))
    hits.sort()
    codes: list[dict[str, str]] = []
    unknown: list[str] = []
    spans: list[tuple[int, int]] = []
    for start, end, code, must_know in hits:
        nodes = catalog.find(code)
        if not nodes:
            if not must_know and code not in unknown:
                unknown.append(code)
                spans.append((start, end))
            continue
        spans.append((start, end))
        for node in nodes:
            ref = {"framework": node.framework, "code": node.code}
            if ref not in codes:
                codes.append(ref)
    return FoundCodes(tuple(codes), tuple(unknown), tuple(spans))
