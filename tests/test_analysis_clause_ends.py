"""Where a reported clause ends when the sentence goes on with narration."""

import pytest
from analysis_helpers import LEAD

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "While Tomas Brek said that pilots cannot join any party, he seems uneasy "
            "when asked about his own work for the council.",
            "pilots cannot join any party",
        ),
        (
            "Although Mara Lind said the ferry was safe, the harbour board kept it in port.",
            "the ferry was safe",
        ),
        (
            "When the Vestby Post said the harbour would close, there was an outcry.",
            "the harbour would close",
        ),
    ],
)
def test_a_cue_in_a_clause_opening_the_sentence_reports_up_to_the_main_clause(
    sentence: str, content: str
) -> None:
    c = analyze(LEAD + sentence).claims[0]
    assert c.content == content


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # The comma of a relative clause inside the claim is no main clause.
        (
            "While the mayor said the pier, which cost millions, was unsafe, he kept it open.",
            "the pier, which cost millions, was unsafe",
        ),
        # A comma before the cue: the cue is in the main clause.
        (
            "While the pier was shut, Mara Lind said the ferry was safe, the crew was tired.",
            "the ferry was safe, the crew was tired",
        ),
    ],
)
def test_other_commas_keep_the_claim_whole(sentence: str, content: str) -> None:
    c = analyze(LEAD + sentence).claims[0]
    assert c.content == content


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            'Mara Lind called both the harbour master and his deputy "reckless".',
            'both the harbour master and his deputy "reckless"',
        ),
        (
            "Tomas Brek on Tuesday called the mayor's remarks about the ferry crews ''cruel''.",
            "the mayor's remarks about the ferry crews ''cruel''",
        ),
    ],
)
def test_a_quoted_label_after_a_long_object_is_the_callers_words(
    sentence: str, content: str
) -> None:
    (c,) = analyze(LEAD + sentence).claims
    assert (c.content, c.kind) == (content, "mixed")


def test_calling_without_a_quoted_label_is_no_claim() -> None:
    text = LEAD + "Mara Lind called the harbour master and his deputy to a meeting on the pier."
    assert analyze(text).claims == ()


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Tomas Brek said — on the radio, as it happens — that the ferry would run.",
            "the ferry would run",
        ),
        (
            "Tomas Brek said, in a long interview with the Post, that the ferry would run.",
            "the ferry would run",
        ),
        (
            "Tomas Brek says, come what may at the count, he will keep his seat on the board.",
            "come what may at the count, he will keep his seat on the board",
        ),
        (
            "Mara Lind says, if the ferry stops, the island will empty.",
            "if the ferry stops, the island will empty",
        ),
    ],
)
def test_an_aside_between_the_cue_and_its_clause(sentence: str, content: str) -> None:
    (c,) = analyze(LEAD + sentence).claims
    assert c.content == content


def test_a_cue_that_is_itself_an_aside_keeps_the_sentence() -> None:
    text = LEAD + "Many of the piers, he said, have been closed, the latter a sign of the cuts."
    (c,) = analyze(text).claims
    assert c.content.startswith("Many of the piers, he said, have been closed")


def test_a_claim_inside_a_relative_clause_ends_at_its_comma() -> None:
    text = LEAD + "The plant, which the company describes as the cleanest in Europe, opened in May."
    (claim,) = analyze(text).claims
    assert claim.content == "the cleanest in Europe"


def test_a_relative_clause_on_the_object_runs_to_the_sentence_end() -> None:
    text = (
        LEAD + "Lind has attacked the delegate system, which he said leaves millions of voters,"
        " especially the young, without a say."
    )
    (claim,) = analyze(text).claims
    assert claim.content.endswith("without a say")


def test_a_second_speaker_after_but_has_a_claim_of_its_own() -> None:
    text = LEAD + "The company said the plant was safe, but residents say it leaks."
    claims = [(c.content, c.figure) for c in analyze(text).claims]
    assert claims == [("the plant was safe", "company"), ("it leaks", "residents")]


def test_a_description_after_describes_as_in_a_relative_clause_is_a_claim() -> None:
    text = (
        LEAD + "She was sent to a camp in Sydney, which the Church describes as a religious"
        " retreat, but critics charge is a forced work camp."
    )
    assert [c.content for c in analyze(text).claims][:1] == ["a religious retreat"]


def test_a_clause_opened_by_no_matter_is_reported() -> None:
    text = LEAD + "Tomas Brek said no matter what the council decides, the ferry will run."
    (claim,) = analyze(text).claims
    assert claim.content == "no matter what the council decides, the ferry will run"
