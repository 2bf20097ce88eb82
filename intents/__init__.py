"""Understanding Thai (and English) messages: text in, scored candidates out.

Public surface: ``understand(text, now=...) -> Understanding``, the ``Understander`` for a given
catalog, the result types, the intent and aspect names, and ``CONFIDENCE_THRESHOLD`` below which the
answer layer asks instead of guessing.
"""

from intents.engine import CONFIDENCE_THRESHOLD, Understander, understand
from intents.result import ASPECTS, INTENTS, Candidate, Understanding

__all__ = [
    "ASPECTS", "CONFIDENCE_THRESHOLD", "INTENTS", "Candidate", "Understander", "Understanding", "understand",
]
