"""The same question is answered once and the answer kept; anything that differs is answered anew."""

from __future__ import annotations

from unittest import mock

from bot.dialog import answers
from content.catalog import Catalog
from tests.dialog.conftest import all_text, understood

DS700 = [{"framework": "std-2567", "code": "DS700"}]


def test_the_same_question_is_answered_once_and_its_answer_cannot_be_changed_by_a_caller(catalog: Catalog) -> None:
    question = understood("unit_info", codes=DS700, aspect="evidence", confidence=0.9137)  # asked nowhere else
    handler = mock.Mock(wraps=answers.codes.answer)
    with mock.patch.dict(answers.HANDLERS, {"unit_info": handler}):
        first = answers.respond(question, catalog)
        first.append(first[0])  # a caller's own list
        again = answers.respond(understood("unit_info", codes=DS700, aspect="evidence", confidence=0.9137), catalog)
        other = answers.respond(understood("unit_info", codes=DS700, aspect="evidence", confidence=0.9138), catalog)
    assert handler.call_count == 2 and again == first[:-1] == other and "DS700" in all_text(again)


def test_what_differs_in_the_question_is_answered_anew(catalog: Catalog) -> None:
    evidence = answers.respond(understood("unit_info", codes=DS700, aspect="evidence"), catalog)
    knowledge = answers.respond(understood("unit_info", codes=DS700, aspect="knowledge"), catalog)
    english = answers.respond(understood("unit_info", codes=DS700, aspect="evidence"), catalog, language="en")
    assert evidence != knowledge and evidence != english
    assert "หลักฐาน" in all_text(evidence) and "Evidence" in all_text(english) + "".join(r.title for r in english)
