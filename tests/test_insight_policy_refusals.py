"""Refusals put as a policy or passed on ("said the agency does not comment on
personnel matters", "referred questions to the company"), and reasons for
anonymity given as a condition of speaking."""

from __future__ import annotations

import pytest
from analysis_helpers import LEAD

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("sentence", "refuser", "words"),
    [
        (
            "Gail Moss, a spokeswoman for the port, said the agency does not comment on "
            "personnel matters.",
            "Gail Moss",
            "does not comment",
        ),
        ("Tor Lind said the board would not comment on the case.", "Tor Lind", "would not comment"),
        ("The regulator referred questions to the company.", "regulator", "referred questions"),
        (
            "Tor Lind referred questions about the contract to the board's outside counsel.",
            "Tor Lind",
            "referred questions",
        ),
    ],
)
def test_a_refusal_as_policy_or_passed_on_is_the_sayers_and_no_claim(
    sentence: str, refuser: str, words: str
) -> None:
    a = analyze(LEAD + sentence)
    assert a.claims == ()
    assert [(f.name, [s.text for s in f.no_comment]) for f in a.figures if f.no_comment] == [
        (refuser, [words])
    ]


def test_a_case_referred_to_a_court_is_no_refusal() -> None:
    a = analyze(LEAD + "The judge referred the case to a higher court.")
    assert [f.name for f in a.figures if f.no_comment] == []


@pytest.mark.parametrize(
    ("condition", "reason"),
    [
        (
            "speaking on condition that they were not identified because board discussions "
            "are confidential",
            "because board discussions are confidential",
        ),
        (
            "speaking on condition that he not be named because the talks are private",
            "because the talks are private",
        ),
    ],
)
def test_a_condition_of_not_being_named_then_the_reason(condition: str, reason: str) -> None:
    a = analyze(LEAD + f"A member of the board, {condition}, said the deal was close.")
    assert [(c.figure, c.content) for c in a.claims] == [
        ("member of the board", "the deal was close")
    ]
    assert [f.anonymity.text for f in a.figures if f.anonymity] == [reason]


def test_the_papers_source_reached_the_article_through_the_paper() -> None:
    a = analyze(
        LEAD + "The daily Vestby Post first wrote about the tolls on Sunday. According to the "
        "paper's source, the mayor approved the contract in April."
    )
    (claim,) = [c for c in a.claims if c.content.startswith("the mayor approved")]
    assert (claim.source_type, claim.via) == ("anonymous", "Vestby Post")


def test_a_cable_seen_by_an_outlet_speaks_as_a_document_through_it() -> None:
    a = analyze(
        LEAD + "A diplomatic cable seen by the weekly Fjordsyn says mediators proposed that the "
        "prisoners be freed in two groups."
    )
    assert [(c.source_type, c.via) for c in a.claims] == [("document", "Fjordsyn")]


def test_told_the_station_is_the_station_named_last() -> None:
    a = analyze(
        LEAD + "The mayor told the radio station WKLT that the budget was sound.\n\n"
        "Two people familiar with the inquiry told the television station KBVA that "
        "investigators had asked for the invoices. One of them told the station that agents "
        "had also interviewed a bookkeeper."
    )
    assert [c.via for c in a.claims] == ["WKLT", "KBVA", "KBVA"]


@pytest.mark.parametrize(
    "sentence",
    [
        "When asked about the tolls, Tor Lind said, “No comment.”",
        "“No comment,” Tor Lind said.",
        "“We have no comment at this time,” Tor Lind said.",
    ],
)
def test_a_quote_that_only_refuses_is_a_refusal_not_a_claim(sentence: str) -> None:
    a = analyze(LEAD + sentence)
    assert a.claims == ()
    assert [(f.name, len(f.no_comment)) for f in a.figures if f.no_comment] == [("Tor Lind", 1)]


def test_a_quote_that_refuses_and_goes_on_is_a_claim() -> None:
    a = analyze(LEAD + "“No comment on the tolls, but the bridge is safe,” Tor Lind said.")
    assert [c.figure for c in a.claims] == ["Tor Lind"]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Tor Lind did not directly respond to requests for comment.", "did not directly respond"),
        ("Tor Lind could not be located for comment.", "could not be located"),
    ],
)
def test_more_ways_of_not_answering(sentence: str, words: str) -> None:
    a = analyze(LEAD + sentence)
    assert [[s.text for s in f.no_comment] for f in a.figures if f.no_comment] == [[words]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Vestby Post reported that Tor Lind said the tolls would stay.",
        "According to the Vestby Post, Tor Lind said the tolls would stay.",
    ],
)
def test_a_claim_inside_an_outlets_is_kept_and_came_through_it(sentence: str) -> None:
    a = analyze(LEAD + sentence)
    assert [(c.figure, c.content, c.via) for c in a.claims] == [
        ("Vestby Post", "Tor Lind said the tolls would stay", None),
        ("Tor Lind", "the tolls would stay", "Vestby Post"),
    ]


def test_a_claim_inside_a_persons_is_left_to_the_outer_one() -> None:
    a = analyze(LEAD + "Ann Berg said that Tor Lind had told her the tolls would stay.")
    assert [c.figure for c in a.claims] == ["Ann Berg"]
