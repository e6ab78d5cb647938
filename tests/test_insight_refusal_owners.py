"""Refusals made for someone: an office, a spokesperson or a press office
refusing is its owner's refusal, unless the office is named for its holder."""

from __future__ import annotations

import pytest
from analysis_helpers import refusers


@pytest.mark.parametrize(
    ("text", "refuser"),
    [
        (
            "Mayor Ana Lind said the bridge would reopen in May.\n\n"
            "Asked about the cost, her office said it would not comment.",
            "Ana Lind",
        ),
        (
            "The Harbour Authority said the port would stay open.\n\n"
            "The authority’s press office said it did not comment on leaks.",
            "Harbour Authority",
        ),
    ],
)
def test_an_office_that_will_not_comment_speaks_for_its_owner(text: str, refuser: str) -> None:
    assert refusers(text) == [refuser]


@pytest.mark.parametrize(
    "between",
    ["", "Another party source insisted that the leaders learned of it late. "],
)
def test_the_press_office_of_a_body_named_before_refuses_for_it(between: str) -> None:
    text = (
        "Within the governing Progressive Party, the mood was sour. "
        + between
        + "The party's press office declined to say whether the whips had been told."
    )
    assert refusers(text) == ["Progressive Party"]


@pytest.mark.parametrize(
    ("text", "refuser"),
    [
        ("Jane Doe said the plan was dead. Her spokesman declined to comment.", "Jane Doe"),
        ("Tom Reyes said the plan was dead. His office did not respond to questions.", "Tom Reyes"),
        (
            "Harbour Energy said the plan was dead. Its press office declined to comment.",
            "Harbour Energy",
        ),
    ],
)
def test_someones_spokesman_or_office_refusing_is_their_refusal(text: str, refuser: str) -> None:
    assert refusers(text) == [refuser]


def test_an_office_named_for_its_holder_refuses_as_itself() -> None:
    text = "Tom Reyes said the plant would close. The mayor's office declined to comment."
    assert refusers(text) == ["mayor's office"]
    text = "Tom Reyes said the plant would close. Brandvik's office declined to comment."
    assert refusers(text) == ["Brandvik"]


@pytest.mark.parametrize(
    ("text", "refuser"),
    [
        (
            "The ministry referred questions to Environment Minister Anna Berg, whose office "
            "had not answered questions at the time of publication.",
            "Anna Berg",
        ),
        (
            "Harlan Voss, whose office did not respond to a request for comment, has denied "
            "the claims.",
            "Harlan Voss",
        ),
        ("Orlen Bank, whose press office did not reply, has cut 200 jobs.", "Orlen Bank"),
        ("The mayor, whose spokeswoman declined to comment, was in Lund.", "mayor"),
    ],
)
def test_an_office_after_whose_refuses_for_the_one_before_the_comma(
    text: str, refuser: str
) -> None:
    names = refusers(text)
    assert refuser in names
    assert not any("office" in n or "spokes" in n for n in names)


def test_an_office_in_a_street_is_its_owners_and_a_capitalised_office_its_own() -> None:
    text = (
        "The trust said the academy would close.\n\n"
        "Calls to the academy's office on Marlowe Street went unanswered on Thursday.\n\n"
        "A spokesman for the U.S. Attorney's Office in Tresswick said the office does not "
        "comment on investigations."
    )
    assert sorted(refusers(text)) == ["U.S. Attorney's Office in Tresswick", "academy"]
