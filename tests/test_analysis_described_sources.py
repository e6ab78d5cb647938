"""Unnamed sources described by a "whose" clause or by an appositive after "one
of them", silences told with a place between ("left the hall without speaking to
reporters"), and instructions told to someone, which are no reported clause."""

from __future__ import annotations

import pytest
from analysis_helpers import LEAD, claim_with
from analysis_helpers import refusals as _refusals

from reader.analysis import analyze
from reader.analysis.phrases.postmodified import postmodified
from reader.analysis.text.tokens import tokens


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "A woman whose son was killed in the attack said the police had failed them.",
            "woman whose son was killed in the attack",
        ),
        (
            "A mother whose daughter attends the school said the closure was a shock.",
            "mother whose daughter attends the school",
        ),
        (
            "An official whose agency oversees the program said the rules would change.",
            "official whose agency oversees the program",
        ),
    ],
)
def test_a_whose_clause_belongs_to_the_source_before_it(sentence: str, figure: str) -> None:
    claim = claim_with(analyze(LEAD + sentence), "")
    assert claim.figure == figure
    assert claim.source_type == "anonymous"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Another passenger, a retired teacher, said the crew had panicked.", "retired teacher"),
        (
            "A second official, a diplomat based in Sarkand, said the talks had stalled.",
            "diplomat based in Sarkand",
        ),
        (
            "Four former staff described the culture. One of them, a former data analyst who"
            " asked not to be named, said she had raised concerns.",
            "former data analyst",
        ),
    ],
)
def test_one_more_unnamed_source_is_named_by_its_description(sentence: str, figure: str) -> None:
    assert [c.figure for c in analyze(LEAD + sentence).claims] == [figure]


def test_the_head_it_was_counted_by_still_points_to_it() -> None:
    text = (
        LEAD + "A House aide said the vote was close.\n\nA second aide, a junior staffer who"
        " requested anonymity, said a spreadsheet was kept. It was deleted in May, the"
        " second aide said."
    )
    figures = [c.figure for c in analyze(text).claims]
    assert figures == ["House aide", "junior staffer", "junior staffer"]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # A party is no better description than "a third aide".
        ("A third aide, a Republican, said the talks were over.", "third aide"),
        # A spokesman speaks for a body: the counted head stays.
        ("Another official, a spokesman for the ministry, said the talks were over.", None),
    ],
)
def test_a_party_or_a_spokesman_does_not_rename_the_source(
    sentence: str, figure: str | None
) -> None:
    got = claim_with(analyze(LEAD + sentence), "the talks were over").figure
    if figure is not None:
        assert got == figure
    else:
        assert got is not None and "spokesman" not in got


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Tomas Brek left the Capitol without speaking to reporters.",
            "left the Capitol without speaking to reporters",
        ),
        (
            "Tomas Brek walked past reporters at the airport on Tuesday without a word.",
            "walked past reporters at the airport on Tuesday without a word",
        ),
        (
            "Tomas Brek would not even confirm that talks were taking place.",
            "would not even confirm",
        ),
        (
            'Tomas Brek said he was "unable to discuss individual cases."',
            'was "unable to discuss',
        ),
        (
            "Tomas Brek has not publicly addressed the allegations.",
            "has not publicly addressed",
        ),
        (
            "Tomas Brek declined multiple requests for an interview.",
            "declined multiple requests for an interview",
        ),
        ("Tomas Brek has so far declined to comment.", "declined to comment"),
        (
            "Tomas Brek has not spoken to reporters since the verdict.",
            "has not spoken to reporters",
        ),
        (
            "Tomas Brek has remained silent since the verdict.",
            "has remained silent since",
        ),
    ],
)
def test_silences_with_words_between_or_kept_since(sentence: str, words: str) -> None:
    assert _refusals(LEAD + sentence) == {"Tomas Brek": [words]}


def test_a_refusal_after_and_in_a_relative_clause_is_the_subjects() -> None:
    text = (
        LEAD + "Tomas Brek, who left the firm in August and could not be reached for comment,"
        " wrote in a post on Monday that the firm had been warned."
    )
    assert _refusals(text) == {"Tomas Brek": ["could not be reached"]}


def test_walking_on_is_no_refusal() -> None:
    assert _refusals(LEAD + "Tomas Brek left the hall without his coat.") == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "The office has told clergy not to discuss the report.",
        "The company told its drivers to slow down.",
    ],
)
def test_an_instruction_told_is_no_claim(sentence: str) -> None:
    assert analyze(LEAD + sentence).claims == ()


def test_a_clause_told_with_an_infinitive_in_it_is_still_a_claim() -> None:
    claim = claim_with(analyze(LEAD + "Lind told reporters he wanted to run again."), "run")
    assert claim.content == "he wanted to run again"


def test_a_refusing_participle_belongs_to_the_name_after_it_despite_an_appositive() -> None:
    text = (
        LEAD + "Refusing to be drawn on whether the council could pay, Cllr Tomas Brek, the"
        " cabinet member for care, told the radio station that cuts were needed."
    )
    assert _refusals(text) == {"Tomas Brek": ["Refusing to be drawn"]}


def test_none_of_a_named_owners_group_would_say() -> None:
    text = LEAD + "None of Corrant's other customers would say whether their jets were checked."
    assert _refusals(text) == {"Corrant's other customers": ["would say whether"]}


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "A refuse collector who moved to Brackley last month said the crews were tired.",
            "refuse collector who moved to Brackley last month",
        ),
        (
            "Two people who were in the courtroom for a closed hearing on Friday said the"
            " judge was angry.",
            "two people who were in the courtroom for a closed hearing on Friday",
        ),
        (
            "The town was quiet, according to three sources who spoke to the Ledger but were"
            " not authorized to speak publicly.",
            "three sources who spoke to the Ledger",
        ),
    ],
)
def test_a_relative_clause_describes_the_unnamed_source_in_full(sentence: str, figure: str) -> None:
    (claim,) = analyze(LEAD + sentence).claims
    assert claim.figure == figure
    assert claim.source_type == "anonymous"


def test_words_of_a_post_modifier_do_not_tie_a_group_to_an_earlier_one() -> None:
    text = (
        LEAD + "The judges who struck down the voting laws said the rules were unfair.\n\n"
        "The state officials whose laws were struck down say the courts have changed."
    )
    figures = [c.figure for c in analyze(text).claims]
    assert figures == [
        "judges who struck down the voting laws",
        "state officials whose laws were struck down",
    ]


def test_silence_in_a_public_quarrel_is_no_refusal() -> None:
    text = LEAD + "Most party leaders have remained silent, so far, as the two traded blows."
    assert _refusals(text) == {}


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Many in the crowd said the senator was the only one they trusted.", "many in the crowd"),
        ("Some in the party say the plan is doomed.", "some in the party"),
        ("Some at the Pentagon said the strike was a mistake.", "some at the Pentagon"),
        ("Many in Washington say the deal is dead.", "many in Washington"),
    ],
)
def test_part_of_a_group_named_after_in_is_people_nobody_names(sentence: str, figure: str) -> None:
    (claim,) = analyze(LEAD + sentence).claims
    assert (claim.figure, claim.source_type) == (figure, "anonymous")


def test_a_body_after_officials_at_still_speaks_for_them() -> None:
    (claim,) = analyze(LEAD + "Officials at the Pentagon said the strike was a mistake.").claims
    assert claim.figure == "Pentagon"


def test_a_body_and_some_of_its_members_speak_as_the_body() -> None:
    text = (
        LEAD + "The Cobb Street Merchants Association and 14 of its members sued the city,"
        ' alleging that the closure was "the result of years of neglect."'
    )
    (claim,) = analyze(text).claims
    assert (claim.figure, claim.source_type) == ("Cobb Street Merchants Association", "institution")


def test_a_relative_clause_reached_far_back_stops_at_a_comma() -> None:
    text = "A man who stood there, then the owners of the shop in the old square"
    toks = tokens(text, 0, len(text))
    found = postmodified(text, toks, len(toks) - 1)
    assert found is None or "," not in found.text
