from __future__ import annotations

import pytest

from bot.dialog import ActionError, answer_action, parse_action, respond
from bot.dialog.actions import Action, action_understanding, parse_button, search_action, text_action
from content.catalog import Catalog
from intents.result import Understanding
from tests.dialog.conftest import all_data, understood


def test_parse_every_kind() -> None:
    assert parse_action("c:DL201") == Action("c", ("DL201",))
    assert parse_action("u:std-2567:DL200:evidence") == Action("u", ("std-2567", "DL200", "evidence"))
    assert parse_action("r:Service:") == Action("r", ("Service", ""))
    assert parse_action("p:2:Significance") == Action("p", ("2", "Significance"))
    assert parse_action("p:") == Action("p", ("",))
    assert parse_action("s:วิเคราะห์: ข้อมูล") == Action("s", ("วิเคราะห์: ข้อมูล",))
    assert parse_action("i:quiz_start:DG500") == Action("i", ("quiz_start", "DG500"))


@pytest.mark.parametrize("data", ["", "DL201", "x:1", "u:std-2567", "u:std-2567:DL200:colour", "p:2:Top",
                                  "i:fly", "c:", "r:Service"])
def test_bad_actions_raise(data: str) -> None:
    with pytest.raises(ActionError):
        parse_action(data)


def test_pmqa_action_entities() -> None:
    u = action_understanding(parse_action("p:4.1.1"))
    assert u is not None and u.entities == {"question": "4.1.1", "item": "4.1"}
    u = action_understanding(parse_action("p:2.1:Basic"))
    assert u is not None and u.entities == {"item": "2.1", "category": 2, "level": "Basic"}


def test_long_text_is_cut_to_64_bytes() -> None:
    assert len(search_action("ก" * 40).encode()) <= 64
    assert text_action("ก" * 40) is None


def test_every_button_is_answerable(catalog: Catalog) -> None:
    seeds = [
        understood("unit_info", codes=[{"framework": "", "code": "DL201"}]),
        understood("unit_info", codes=[{"framework": "ocsc-2561", "code": "SPM400"}]),
        understood("unit_info", codes=[{"framework": "std-2567", "code": "DS700"}]),
        understood("role_requirements", group="Service", phase="Early"),
        understood("pmqa", category=2),
        understood("help"),
    ]
    seen: set[str] = set()
    for seed in seeds:
        for data in all_data(respond(seed, catalog)):
            if data in seen:
                continue
            seen.add(data)
            replies = answer_action(data, catalog)
            assert replies, data
            assert not replies[0].text.startswith(("ไม่พบรหัส", "ยังไม่เข้าใจ")), data
    assert len(seen) > 30


def test_text_action_goes_through_understanding(catalog: Catalog) -> None:
    calls: list[str] = []

    def fake(text: str) -> Understanding:
        calls.append(text)
        return understood("pmqa", category=1)

    replies = answer_action("t:หมวด 1", catalog, understand=fake)
    assert calls == ["หมวด 1"] and replies[0].text.startswith("หมวด 1 การนำองค์การ")


def test_stale_data_gets_help(catalog: Catalog) -> None:
    [reply] = answer_action("old-button", catalog)
    assert reply.text.startswith("ยังไม่เข้าใจ")


@pytest.mark.parametrize(
    "data",
    ["p:x.1", "p:5DL9.1", "r::" + "A" * 57, "w:y:std-2567:DL200:9999-12-31", "w:y:std-2567:DL200:1999-12-31",
     "q:r:a1:x:1", "q:x:A1", "m:g:Root", "c:DL 201", "u:STD:DL200", "k:y:extra", "t:" + "ก" * 30,
     "r:Service:Early:0", "r:Service:Early:100", "r:Service:Early:more", "r:Service:Early:2:3"],
)  # fmt: skip
def test_the_one_parser_refuses_garbage(data: str) -> None:
    with pytest.raises(ActionError):
        parse_button(data)


@pytest.mark.parametrize(
    "data",
    ["p:", "p:2", "p:2.1:Basic", "p:4.1.1", "r:Service:", "r::Early", "c:DL201", "u:std-2567:DL200:evidence",
     "i:help", "s:วิเคราะห์ข้อมูล", "k:y", "m:g:Academic", "m:p:Early", "q:s:a:std-2567:DL200", "q:s:y:1",
     "q:r:a12:3:4", "q:k:a12:3", "q:x:z3", "q:d:a12", "q:c", "d:yes", "w:s:std-2567:DL200",
     "w:y:std-2567:DL200:2026-12-15", "w:l", "w:c:4", "r:Technologist:Mature:2", "r:Service:Early:about",
     "r:Service:Mature:added"],
)  # fmt: skip
def test_the_one_parser_accepts_every_documented_shape(data: str) -> None:
    parsed = parse_button(data)
    assert ":".join((parsed.kind, *parsed.args)) == data


def test_role_views_are_understood_and_round_trip() -> None:
    """A role button's page or view comes back as the entity that asks for it, and a candidate with
    that entity gets the same button again; the old two-field data still means the first page."""
    from bot.dialog.actions import candidate_action
    from intents.result import Candidate

    for data, entities in (("r:Service:Early", {"group": "Service", "phase": "Early"}),
                           ("r:Technologist:Mature:3", {"group": "Technologist", "phase": "Mature", "page": 3}),
                           ("r:Service:Early:about", {"group": "Service", "phase": "Early", "aspect": "description"}),
                           ("r:Service:Mature:added", {"group": "Service", "phase": "Mature", "aspect": "added"})):
        u = action_understanding(parse_action(data))
        assert u is not None and u.intent == "role_requirements" and u.entities == entities
        assert candidate_action(Candidate("role_requirements", 1.0, entities)) == data
