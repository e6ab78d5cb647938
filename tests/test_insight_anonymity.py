"""Reasons for anonymity, and the asides that keep a source unnamed, in short made-up texts."""

from __future__ import annotations

import pytest

from reader.analysis import analyze

LEAD = "A senior official said the depot would close."


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        (
            "The official asked not to be identified discussing private talks.",
            "discussing private talks",
        ),
        (
            "The official spoke on condition of anonymity in line with ministry rules.",
            "in line with ministry rules",
        ),
        (
            "The official spoke on condition of anonymity under the rules of the briefing.",
            "under the rules of the briefing",
        ),
        (
            "The official spoke on the condition that neither she nor her office be named "
            "because the talks are private.",
            "because the talks are private",
        ),
        (
            "The official insisted on anonymity so as not to damage her ties with the port.",
            "so as not to damage her ties with the port",
        ),
        (
            "The official spoke on condition of anonymity in order not to upset the minister.",
            "in order not to upset the minister",
        ),
        (
            "The official asked that her name be withheld while she applies for other posts.",
            "while she applies for other posts",
        ),
        (
            "The official spoke on condition that neither her name nor her office be published "
            "because staff were warned.",
            "because staff were warned",
        ),
        (
            "The official asked not to be identified by name because she feared for her job.",
            "because she feared for her job",
        ),
        (
            "The official, whose identity is being withheld by the Gazette because she fears "
            "retaliation, said more.",
            "because she fears retaliation",
        ),
        (
            "The official asked not to be named so she could speak freely.",
            "so she could speak freely",
        ),
        (
            "The official requested anonymity out of concern for her safety.",
            "out of concern for her safety",
        ),
        ("The official spoke anonymously for her own safety.", "for her own safety"),
        (
            "The official spoke on condition of anonymity for security reasons.",
            "for security reasons",
        ),
        (
            "The official asked not to be named, saying she feared retaliation.",
            "saying she feared retaliation",
        ),
        (
            "The official agreed to talk only if her name was withheld, citing fears for her job.",
            "citing fears for her job",
        ),
    ],
)
def test_a_purpose_or_a_rule_after_the_request_is_the_reason(sentence: str, reason: str) -> None:
    text = f"{LEAD} {sentence}"
    (figure,) = analyze(text).figures
    assert figure.anonymity is not None
    assert text[figure.anonymity.start : figure.anonymity.end] == reason


@pytest.mark.parametrize(
    "aside",
    [
        "on condition of anonymity to speak freely",
        "speaking on condition of anonymity",
        "on the condition that he not be named",
    ],
)
def test_how_the_source_spoke_is_no_part_of_what_it_said(aside: str) -> None:
    reported = f"A senior official said the depot would close, {aside}."
    fronted = f"The depot will close, he said, {aside}."
    assert [c.content for c in analyze(reported).claims] == ["the depot would close"]
    assert [c.content for c in analyze(fronted).claims] == ["The depot will close"]


@pytest.mark.parametrize("head", ["administrator", "midwife", "technician", "volunteer"])
def test_a_worker_named_by_trade_keeps_the_claim_past_an_aside(head: str) -> None:
    # A noun for someone's job heads an unnamed source like "official" does.
    for text in (
        f"A second {head}, who declined to be named because she still works there, "
        "disputed that other schools were considered.",
        f"A {head}, who asked not to be named, said that other schools were considered.",
    ):
        (claim,) = analyze(text).claims
        assert claim.content == "other schools were considered"
        assert claim.source_type == "anonymous"


@pytest.mark.parametrize("head", ["counselor", "therapist", "bookkeeper", "receptionist"])
def test_a_worker_named_by_trade_writes_as_well_as_says(head: str) -> None:
    text = f"A former {head} wrote in a post on a forum that the clinic had cut staff."
    assert [c.figure for c in analyze(text).claims] == [f"former {head}"]


def test_on_the_condition_without_that_still_gives_the_reason() -> None:
    text = (
        "The officer, who spoke on the condition they not be named because staff had "
        "been warned, said the maps were wrong."
    )
    (figure,) = analyze(text).figures
    assert figure.anonymity is not None
    assert text[figure.anonymity.start : figure.anonymity.end] == "because staff had been warned"


@pytest.mark.parametrize(("head", "kind"), [("machine", "anonymous"), ("port", "institution")])
def test_an_operator_of_a_machine_is_a_person(head: str, kind: str) -> None:
    text = f"A {head} operator said the crane would be repaired."
    assert [f.source_type for f in analyze(text).figures] == [kind]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        (
            "A signal worker, who would not be named for fear of retaliation, said the "
            "lights had failed.",
            "for fear of retaliation",
        ),
        (
            "A conductor, who requested anonymity while the internal review is pending, said "
            "the brakes had failed.",
            "while the internal review is pending",
        ),
        (
            "A nurse, who asked that neither of them be named to protect her children, said "
            "the ward was closed.",
            "to protect her children",
        ),
    ],
)
def test_more_ways_of_asking_not_to_be_named(sentence: str, reason: str) -> None:
    (figure,) = [f for f in analyze(sentence).figures if f.claims]
    assert figure.anonymity is not None
    assert sentence[figure.anonymity.start : figure.anonymity.end] == reason


def test_unnamed_with_a_reason_and_quoted_as_saying_after_the_request() -> None:
    text = (
        "The Ledger quoted a port insider, unnamed because leaks are punished, as saying "
        "the depot would close. The Ledger quoted a clerk, who asked not to be named, as "
        "saying the depot would stay open."
    )
    reasons = {f.name: f.anonymity and f.anonymity.text for f in analyze(text).figures}
    assert reasons["port insider"] == "because leaks are punished"
    assert reasons["clerk"] is None  # "as saying" is how the clerk was quoted, no reason


def test_a_reason_in_a_sentence_with_no_claim_goes_to_the_source_it_describes() -> None:
    text = (
        "Ana Lind said the app was growing.\n\n"
        "Four former employees, who spoke on condition of anonymity because they signed "
        "nondisclosure agreements, described an office run on targets. They said the user "
        'figure was known as "the vanity number."'
    )
    [source] = [f for f in analyze(text).figures if f.source_type == "anonymous"]
    assert source.anonymity is not None
    assert source.anonymity.text == "because they signed nondisclosure agreements"


def test_a_request_kept_only_if_unnamed_without_a_reason_gives_none() -> None:
    text = f"{LEAD} The official agreed to be interviewed only if her name was not used."
    (figure,) = analyze(text).figures
    assert figure.source_type == "anonymous"
    assert figure.anonymity is None


def test_a_group_named_off_the_record_in_the_next_sentence_keeps_its_head_noun() -> None:
    text = (
        "Two election officials in North Merrow said the count had been rushed. The officials"
        " spoke on condition of anonymity because they had been warned."
    )
    (figure,) = analyze(text).figures
    assert figure.source_type == "anonymous"
    assert figure.anonymity is not None
    assert figure.anonymity.text == "because they had been warned"
