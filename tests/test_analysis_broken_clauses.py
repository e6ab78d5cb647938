"""Reported speech broken by its cue: the cue and speaker are never part of
what was said."""

from __future__ import annotations

import pytest
from analysis_helpers import LEAD

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("sentence", "contents"),
    [
        (
            "The tolls will stay until 2030, Mara Lind said, because the bridge still has debts.",
            ["The tolls will stay until 2030", "because the bridge still has debts"],
        ),
        (
            "The tolls will stay until 2030, Mara Lind said, with the money going to repairs.",
            ["The tolls will stay until 2030"],
        ),
        # A subject alone before the cue says nothing: the sentence stays one claim.
        (
            "The tolls, Mara Lind said, will stay until 2030.",
            ["The tolls, Mara Lind said, will stay until 2030"],
        ),
        (
            "Still, Mara Lind says, the tolls will stay until 2030.",
            ["Still, Mara Lind says, the tolls will stay until 2030"],
        ),
    ],
)
def test_the_cue_splits_reported_speech_as_it_splits_a_quote(
    sentence: str, contents: list[str]
) -> None:
    a = analyze(LEAD + sentence)
    assert [(c.content, c.figure) for c in a.claims] == [(x, "Mara Lind") for x in contents]


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        (
            "The senator has been on a recruiting drive, reportedly winning over three delegates.",
            False,
        ),
        ("The agency is reportedly making plans to interview the mayor next week.", True),
    ],
)
def test_reportedly_on_an_ing_phrase_hung_on_the_sentence_claims_nothing(
    sentence: str, claimed: bool
) -> None:
    a = analyze(LEAD + sentence)
    assert [c.rule for c in a.claims] == (["reportedly"] if claimed else [])


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        (
            "Under questioning, Mara Lind accepted that she had not reported the fault.",
            "concession",
        ),
        ("In a statement, the port authority disputed that the tolls had risen.", "denial"),
    ],
)
def test_accepted_or_disputed_that_reports_speech(sentence: str, stance: str) -> None:
    a = analyze(LEAD + sentence)
    assert [c.stance for c in a.claims] == [stance]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council accepted the offer from the port on Monday.",
        "Mara Lind said the bridge cost 40 million, a figure the council disputed.",
    ],
)
def test_accepted_or_disputed_with_an_object_reports_a_deed(sentence: str) -> None:
    a = analyze(LEAD + sentence)
    assert [c.cue.text for c in a.claims if c.cue] in ([], ["said"])


def test_said_then_adding_that_leaves_the_clause_before_to_said() -> None:
    a = analyze(
        LEAD + "The ferry will run again in June, Mara Lind said, adding that fares would rise."
    )
    assert [(c.content, c.figure) for c in a.claims] == [
        ("The ferry will run again in June", "Mara Lind"),
        ("fares would rise", "Mara Lind"),
    ]
