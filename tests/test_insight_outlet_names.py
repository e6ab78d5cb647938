"""Where an outlet's name starts and ends: a weekday, a title, a second outlet,
a sentence's end or a blank line after it is no part of it."""

from __future__ import annotations

import pytest
from analysis_helpers import claim_with

from reader.analysis import analyze
from reader.document import from_text


def test_an_outlet_named_by_its_last_word_is_given_in_full() -> None:
    text = (
        "According to the business daily Tallis Ledger, the board wrote to the company. "
        "The Ledger quoted a former supervisor as saying staff had been told to stay quiet.\n\n"
        "The supervisor, who was not named by the newspaper, said the order came in April."
    )
    a = analyze(text)
    assert claim_with(a, "staff had been told").via == "Tallis Ledger"
    assert claim_with(a, "order came in April").via == "Tallis Ledger"


def test_a_weekday_after_the_outlet_is_no_part_of_its_name() -> None:
    text = '"We will not pay," Ivo Brandt told Reuters Saturday.'
    assert claim_with(analyze(text), "will not pay").via == "Reuters"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("In a letter to Radio Alven Director Jo Lund, Ivo Brandt said the pier was shut.", "pier"),
        ("Most voters said the pier was shut, according to polls reported by Radio Alven and "
         "The Ledger.", "pier"),
    ],
)  # fmt: skip
def test_an_outlets_name_ends_before_a_title_or_a_second_outlet(text: str, words: str) -> None:
    assert claim_with(analyze(text), words).via == "Radio Alven"


def test_a_name_with_of_and_no_media_word_before_it_is_kept_whole() -> None:
    text = "Mayor Ola Brekke told the Courier of Nordvik that the pier was shut."
    assert claim_with(analyze(text), "pier").via == "Courier of Nordvik"


@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_an_outlet_introduced_at_a_sentences_end_is_known_after_it(between: str) -> None:
    text = (
        "The retests were run at night, according to a report seen by the weekly Ostwacht."
        + between
        + "Two officers told Ostwacht the retests were rushed."
    )
    claim = claim_with(analyze(text), "retests were rushed")
    assert (claim.channel, claim.via) == ("told_outlet", "Ostwacht")


def test_a_newswire_introduces_an_outlet() -> None:
    text = (
        "The collapse was first reported by the financial newswire Finwire on Sunday.\n\n"
        'A senior official told Finwire that staff had expected the firms to "blink first."'
    )
    claim = claim_with(analyze(text), "blink first")
    assert (claim.channel, claim.via) == ("told_outlet", "Finwire")


def test_an_abbreviation_inside_an_outlets_name_keeps_it_whole() -> None:
    text = "Ola Brekke told the newspaper St. Louis Ledger that the pier was shut."
    assert claim_with(analyze(text), "pier").via == "St. Louis Ledger"


def test_an_outlet_named_with_an_ampersand_is_named_whole() -> None:
    text = "Three engineers told the trade weekly Circuit & Capital that the warning was ignored."
    assert claim_with(analyze(text), "warning").via == "Circuit & Capital"


@pytest.mark.parametrize(
    ("text", "words", "via"),
    [
        (
            "The trade magazine Stave & Bow reported that the trust was behind on rent. It "
            'quoted the owner, Lionel Hart, as saying he had been "patient for too long."',
            "patient",
            "Stave & Bow",
        ),
        (
            "The Ledger reported Sunday that Tindall had texted lawmakers. It also quoted a "
            'former staffer as saying that Tindall kept "a running tab."',
            "running tab",
            "Ledger",
        ),
        (
            "The council published a report on Monday. It quoted residents as saying buses "
            "were late.",
            "buses",
            None,
        ),
    ],
)
def test_it_quoted_after_an_outlet_opening_the_sentence_before(
    text: str, words: str, via: str | None
) -> None:
    assert claim_with(analyze(text), words).via == via


def test_the_articles_own_outlet_shortened_to_its_first_word_is_told_without_via() -> None:
    text = (
        "Source: Marketgate Daily\n\n"
        "Anna Berg, a courier, told Marketgate that she earned less than the minimum wage."
    )
    doc = from_text(text)
    claim = claim_with(analyze(doc.text, doc.body_start), "minimum wage")
    assert (claim.channel, claim.via) == ("told_outlet", None)


def test_told_the_programme_is_told_to_the_outlet_named_before() -> None:
    text = (
        "The chief executive admitted in an interview with the regional broadcaster NBS "
        "Northmoor that staff had been paid late.\n\n"
        '"We have paid every invoice," she told the programme.'
    )
    claim = claim_with(analyze(text), "every invoice")
    assert (claim.channel, claim.via) == ("told_outlet", "NBS Northmoor")


@pytest.mark.parametrize("paper", ["Sunday Courant", "Sunday Times"])
def test_a_paper_named_for_its_day_keeps_the_day(paper: str) -> None:
    text = (
        f"The {paper} reported that the board had been warned of the cuts.\n\n"
        f"The {paper.split()[1]}'s sources said the finance committee met only once."
    )
    analysis = analyze(text)
    assert claim_with(analysis, "board had been warned").figure == paper
    assert claim_with(analysis, "met only once").via == paper
    assert [f.name for f in analysis.figures if f.source_type == "media"] == [paper]


def test_a_day_before_a_name_is_no_part_of_it() -> None:
    claim = claim_with(analyze("On Sunday Anna Berg said the plan was dead."), "plan was dead")
    assert claim.figure == "Anna Berg"


def test_it_quoted_after_the_newspaper_reported_is_the_paper_named_before() -> None:
    text = (
        "Internal emails seen by the Lakeport Register show that engineers knew. The "
        "newspaper reported Tuesday that a manager wrote an email. It quoted a test driver "
        'as saying staff had nicknamed the inflator "the grenade."'
    )
    assert claim_with(analyze(text), "grenade").via == "Lakeport Register"
