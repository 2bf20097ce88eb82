from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.dialog.flows.knowledge import CHOICES, QUESTIONS, generate, unit_questions
from content.catalog import get_catalog
from content.model import Unit


def test_same_seed_same_quiz_and_every_answer_is_right() -> None:
    catalog = get_catalog()
    quiz = generate(catalog, 42)
    assert quiz == generate(catalog, 42) and quiz != generate(catalog, 43)
    assert len(quiz) == QUESTIONS
    for q in quiz:
        assert len(set(q["o"])) == CHOICES
        right = q["o"][q["a"]]
        if q["p"] == "quiz_q_unit":
            units = [u for u in catalog.units if u.title_th == q["v"]["title"]]
            assert right in {u.code for u in units}
        else:
            code = right.split(" ", 1)[0]
            element = [n for n in catalog.find(code) if hasattr(n, "criteria")]
            assert any(q["v"]["text"] in {c.text_th for c in e.criteria} for e in element)  # type: ignore[attr-defined]


def _about(unit: Unit, question: dict[str, Any]) -> bool:
    """Whether the question and every option belong to ``unit``."""
    codes = {e.code for e in unit.elements}
    option_codes = {option.split(" ", 1)[0] for option in question["o"]}
    if question["p"] == "quiz_q_element":
        asked = {c.text_th for c in unit.criteria}
        return question["v"]["text"] in asked and option_codes <= codes
    return question["p"] == "quiz_q_element_code" and option_codes <= codes and \
        question["v"]["title"] in {e.title_th for e in unit.elements}


def test_a_unit_quiz_asks_about_that_unit_only_and_never_twice() -> None:
    catalog = get_catalog()
    ds700 = catalog.unit("std-2567", "DS700")
    assert ds700 is not None
    for seed in range(200):
        quiz = generate(catalog, seed, ds700)
        assert len(quiz) == QUESTIONS
        assert all(_about(ds700, q) for q in quiz), quiz
        assert len({(q["p"], str(q["v"])) for q in quiz}) == QUESTIONS
        shown = " ".join(str(q) for q in quiz)
        assert "DL100" not in shown and "DTr100" not in shown


def test_every_unit_quiz_is_about_its_unit_with_one_right_answer() -> None:
    catalog = get_catalog()
    for unit in catalog.units:
        for seed in range(5):
            quiz = generate(catalog, seed, unit)
            assert len(quiz) == min(QUESTIONS, len(unit_questions(unit)))
            assert all(_about(unit, q) for q in quiz), (unit.code, quiz)
            assert len({(q["p"], str(q["v"])) for q in quiz}) == len(quiz)
            for q in quiz:
                right = q["o"][q["a"]].split(" ", 1)[0]
                element = next(e for e in unit.elements if e.code == right)
                if q["p"] == "quiz_q_element":
                    assert q["v"]["text"] in {c.text_th for c in element.criteria}
                else:
                    assert q["v"]["title"] == element.title_th


def test_a_unit_with_few_items_gives_a_shorter_quiz_of_its_own() -> None:
    catalog = get_catalog()
    dg100 = catalog.unit("ocsc-2561", "DG100")
    assert dg100 is not None
    trimmed = replace(dg100, elements=tuple(replace(e, criteria=e.criteria[:1]) for e in dg100.elements))
    quiz = generate(catalog, 7, trimmed)
    assert len(quiz) == 4 < QUESTIONS  # two criteria and two element titles
    assert all(_about(trimmed, q) for q in quiz)
    assert generate(catalog, 7, replace(dg100, elements=dg100.elements[:1])) == []


def test_the_all_units_quiz_never_repeats_a_question() -> None:
    catalog = get_catalog()
    for seed in range(300):
        quiz = generate(catalog, seed)
        assert len({(q["p"], str(q["v"])) for q in quiz}) == QUESTIONS == len(quiz)
