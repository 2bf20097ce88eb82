"""Text clean-up shared by the parsers: the only changes made to the documents' wording."""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_SPACE = re.compile(r"[ \t\u00a0\u200b\u200c\u200d\ufeff]+")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def strip_html(text: str) -> str:
    """Drop HTML tags (``<p>``, ``<b>``, ``<br>``) and unescape entities."""
    return html.unescape(_TAG.sub(" ", text))


def normalise_space(text: str) -> str:
    """Collapse runs of spaces/tabs/zero-width characters and trim."""
    return _SPACE.sub(" ", text).strip()


def clean(text: str) -> str:
    """Strip HTML and normalise whitespace; nothing else about the wording changes."""
    return normalise_space(strip_html(text).replace("\n", " "))


def arabic_digits(text: str) -> str:
    """Thai digits to Arabic (for codes and numbers, never for running text)."""
    return text.translate(_THAI_DIGITS)
