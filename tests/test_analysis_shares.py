"""Shares of a group as the speaker: sized majorities, quantifiers with "of", and
a share after a relative pronoun."""

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "A strong majority of island voters say they follow the ferry vote.",
            "they follow the ferry vote",
            "A strong majority of island voters",
        ),
        (
            "In the survey, a full 58 percent of ferry users say Mara Lind should stay.",
            "Mara Lind should stay",
            "a full 58 percent of ferry users",
        ),
        (
            "Most of the harbour councillors said this week the toll would stay.",
            "the toll would stay",
            "Most of the harbour councillors",
        ),
        (
            "Some of Lind's longtime allies said they had come to accept the toll.",
            "they had come to accept the toll",
            "Some of Lind's longtime allies",
        ),
        (
            "Lind must win over a harbour where 58 percent of islanders say the pier is unsafe.",
            "the pier is unsafe",
            "58 percent of islanders",
        ),
    ],
)
def test_a_share_of_a_group_speaks_as_the_whole_share(
    text: str, content: str, speaker: str
) -> None:
    (c,) = analyze(text).claims
    assert c.content == content
    assert c.speaker is not None and c.speaker.text == speaker
    assert c.source_type == "anonymous"
    assert c.rule.startswith("poll-share ")


def test_a_quantifier_of_no_group_of_people_is_no_share() -> None:
    claims = analyze("Most of the budget went to the pier, the council said.").claims
    assert all(not c.rule.startswith("poll-share") for c in claims)


def test_a_quantifier_before_of_stays_in_the_figure_name() -> None:
    (c,) = analyze("Some of the island's fishermen said the quota was too low.").claims
    assert c.figure is not None and c.figure.lower().startswith("some of")


@pytest.mark.parametrize(
    ("text", "speaker", "figure"),
    [
        (
            "Large majorities of island voters in six districts polled by the council said "
            "they backed the toll.",
            "Large majorities of island voters",
            "large majorities of island voters in six districts polled by the council",
        ),
        (
            "Over half of the island voters in the Vestby Post survey say the toll is too high.",
            "Over half of the island voters",
            "over half of the island voters in the Vestby Post survey",
        ),
    ],
)
def test_a_share_with_words_that_place_its_group_speaks_whole(
    text: str, speaker: str, figure: str
) -> None:
    claims = analyze(text).claims
    assert [(c.speaker.text if c.speaker else None, c.figure, c.source_type) for c in claims] == [
        (speaker, figure, "anonymous")
    ]
