"""Fixtures for the answer tests: the built catalog and a way to state what was understood."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.dialog import Reply, respond
from content.catalog import Catalog, get_catalog
from intents.result import Candidate, Understanding

Ask = Callable[..., list[Reply]]


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return get_catalog()


def understood(intent: str, *, language: str = "th", confidence: float = 0.95,
               alternatives: tuple[Candidate, ...] = (), **entities: Any) -> Understanding:
    return Understanding(text="", normalised="", language=language, intent=intent, confidence=confidence,
                         entities=entities, alternatives=alternatives)


@pytest.fixture
def ask(catalog: Catalog) -> Ask:
    """``ask("unit_info", codes=[...])``: the replies to an understanding built from the arguments."""

    def run(intent: str, **kwargs: Any) -> list[Reply]:
        return respond(understood(intent, **kwargs), catalog)

    return run


def all_text(replies: list[Reply]) -> str:
    return "\n".join(r.text for r in replies)


def all_data(replies: list[Reply]) -> list[str]:
    return [b.data for r in replies for b in r.buttons]
