"""Shows and outlets named on the way to what was said: 'said on Vestby TV's "Meet
the Voters" that ...', "in a Vestby TV interview". A programme's title is no quote."""

from __future__ import annotations

import pytest
from analysis_helpers import LEAD

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("sentence", "via"),
    [
        ("Mara Lind said on Vestby TV’s “Meet the Voters” that the tolls would stay.", "Vestby TV"),
        (
            "Mara Lind said on Vestby TV’s “Meet the Voters” on Sunday that the tolls would stay.",
            "Vestby TV",
        ),
        ("Mara Lind told Vestby TV’s “Face the Harbour” that the tolls would stay.", "Vestby TV"),
        ("Mara Lind said on “Meet the Voters” that the tolls would stay.", None),
        ("Mara Lind told “Morning Hour” that the tolls would stay.", None),
    ],
)
def test_a_programme_title_is_passed_on_the_way_to_the_clause(
    sentence: str, via: str | None
) -> None:
    a = analyze(LEAD + sentence)
    assert [(c.content, c.kind, c.figure, c.via) for c in a.claims] == [
        ("the tolls would stay", "indirect", "Mara Lind", via)
    ]


@pytest.mark.parametrize(
    ("sentence", "via"),
    [
        ("Mara Lind said in a Vestby TV interview that the tolls would stay.", "Vestby TV"),
        (
            "Mara Lind said in a Vestby Post interview on Sunday that the tolls would stay.",
            "Vestby Post",
        ),
        ("Mara Lind said in a Sunday interview that the tolls would stay.", None),
    ],
)
def test_an_outlet_named_before_its_interview_is_the_way_through(
    sentence: str, via: str | None
) -> None:
    a = analyze(LEAD + sentence)
    assert [(c.channel, c.via) for c in a.claims] == [("interview", via)]


def test_a_short_title_case_answer_after_a_colon_is_still_a_quote() -> None:
    a = analyze(LEAD + "Mara Lind told reporters: “Never Again.”")
    assert [(c.content, c.kind) for c in a.claims] == [("Never Again.", "direct")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mara Lind said in remarks broadcast by Vestby TV on Friday that the tolls would stay.",
        "Mara Lind said in a statement released by the council on Friday that the tolls would stay",
    ],
)
def test_a_participle_and_its_agent_on_the_way_to_that(sentence: str) -> None:
    a = analyze(LEAD + sentence)
    assert [(c.content, c.figure) for c in a.claims] == [("the tolls would stay", "Mara Lind")]


@pytest.mark.parametrize("outlet", ["Vestby Courier-Star", "Post-Gazette"])
def test_outlets_under_a_joined_name_are_media(outlet: str) -> None:
    a = analyze(LEAD + f"The {outlet} reported that the tolls would stay.")
    assert [c.source_type for c in a.claims] == ["media"]
