"""Refusals by withholding, in short made-up texts: declining to share what was
asked for, making no one available, refusing to be drawn."""

from __future__ import annotations

import pytest
from analysis_helpers import refusals


@pytest.mark.parametrize(
    ("text", "refuser", "words"),
    [
        (
            "The Clarion declined to share the emails, saying it had to protect its source.",
            "Clarion",
            "declined to share the emails",
        ),
        (
            "The Ledger declined to share the full set of messages with Federated Wire.",
            "Ledger",
            "declined to share the full set of messages",
        ),
        ("Orlen Bank would not share them with the Journal.", "Orlen Bank", "would not share them"),
        ("The firm declined to share details of the deal.", "firm", "declined to share details"),
        (
            "The hospital did not make anyone available to discuss whether the detours were slow.",
            "hospital",
            "did not make anyone available to discuss",
        ),
        (
            "Tamberlane did not make current engineers available for interviews.",
            "Tamberlane",
            "did not make current engineers available for interviews",
        ),
        (
            "Refusing to be drawn on whether the council could pay, Meirion Dace said the talks "
            "went on.",
            "Meirion Dace",
            "Refusing to be drawn",
        ),
    ],
)
def test_withholding_what_was_asked_for_is_a_refusal(text: str, refuser: str, words: str) -> None:
    assert refusals(text) == {refuser: [words]}


def test_sharing_a_thing_that_is_no_information_is_no_refusal() -> None:
    assert refusals("Some of the men had refused to share a lift cage with her.") == {}


def test_a_policy_of_not_confirming_an_inquiry_is_a_refusal() -> None:
    text = (
        "The regulator opened a file in May. The regulator said it does not confirm whether "
        "individual charities are under investigation."
    )
    assert refusals(text) == {"regulator": ["does not confirm whether"]}
