"""Who speaks when the subject is not right before the cue: shared and described subjects."""

import pytest
from analysis_helpers import claims_of

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "content", "figure"),
    [
        (
            "Ilse Marten toured the flooded farms and said the dikes had been neglected.",
            "the dikes had been neglected",
            "Ilse Marten",
        ),
        (
            "One of the farmers, Hugo Varga, 64, had lost his barn and said that "
            "nobody had warned him.",
            "nobody had warned him",
            "Hugo Varga",
        ),
        (
            "Velmont closed two plants last year but says it will hire again in May.",
            "it will hire again in May",
            "Velmont",
        ),
    ],
)
def test_a_cue_after_and_shares_the_subject_of_the_first_verb(
    text: str, content: str, figure: str
) -> None:
    claims = analyze(text).claims
    assert [(c.content, c.figure, c.rule.startswith("shared-subject")) for c in claims] == [
        (content, figure, True)
    ]


def test_told_with_no_object_after_and_is_passive() -> None:
    # The subject was told: nobody in the sentence is the speaker.
    assert claims_of("I was called in and told that my contract had ended.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The Liberal incumbent said that her pledge was sincere.",
            "her pledge was sincere",
            "The Liberal incumbent",
        ),
        (
            "Many commuters have said they will not pay the new toll.",
            "they will not pay the new toll",
            "Many commuters",
        ),
        (
            "In a short speech, the retired welder said the plant had been unsafe for years.",
            "the plant had been unsafe for years",
            "the retired welder",
        ),
    ],
)
def test_a_described_subject_with_an_unknown_head_still_speaks(
    text: str, content: str, speaker: str
) -> None:
    (claim,) = analyze(text).claims
    assert (claim.content, claim.speaker and claim.speaker.text) == (content, speaker)
    assert claim.source_type == "anonymous"


def test_an_unknown_head_inside_a_longer_clause_is_no_subject() -> None:
    assert claims_of("The vote on the harbour plan for the south quay said little.") == []


def test_the_head_noun_of_a_named_body_refers_back_to_it() -> None:
    text = (
        "The Lindholm Jazz Festival drew 9,000 visitors on Sunday. "
        "The festival says ticket sales have doubled since 2019."
    )
    assert claims_of(text) == [
        ("ticket sales have doubled since 2019", "Lindholm Jazz Festival", "institution")
    ]
