from __future__ import annotations

from bot.dialog.flows.knowledge import CHOICES, QUESTIONS, generate
from content.catalog import get_catalog


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
