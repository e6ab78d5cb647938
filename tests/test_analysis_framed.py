"""Framed reported speech: quoted as saying, who/which said, heard, headline labels."""

import pytest
from analysis_helpers import claims_of

from reader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "content", "figure"),
    [
        (
            "The agency quoted Omar Haddad as saying that talks would resume in May.",
            "talks would resume in May",
            "Omar Haddad",
        ),
        (
            "Omar Haddad was quoted as saying the talks had failed.",
            "the talks had failed",
            "Omar Haddad",
        ),
        (
            "Omar Haddad, the port's director, was quoted by the Ledger as saying the talks "
            "had failed.",
            "the talks had failed",
            "Omar Haddad",
        ),
        (
            "The daily quoted a deputy minister, Omar Haddad, as saying the talks had failed.",
            "the talks had failed",
            "Omar Haddad",
        ),
        (
            "The daily quoted a port insider, who asked not to be named, as saying the talks "
            "had failed.",
            "the talks had failed",
            "port insider",
        ),
    ],
)
def test_quoted_as_saying(text: str, content: str, figure: str) -> None:
    assert [(c, f) for c, f, _t in claims_of(text)] == [(content, figure)]


def test_who_added_that_belongs_to_the_person_before_it() -> None:
    text = "The vote was postponed, said Ines Roth, who added that a new date would follow."
    assert [(c, f) for c, f, _t in claims_of(text)] == [
        ("The vote was postponed", "Ines Roth"),
        ("a new date would follow", "Ines Roth"),
    ]


@pytest.mark.parametrize(
    ("text", "content", "stype"),
    [
        (
            "Rents rose again, according to a report by the Housing Trust, "
            "which found that one in three tenants was behind on payments.",
            "one in three tenants was behind on payments",
            "document",
        ),
        (
            "The fire was first reported by the news site Coastline, "
            "which said the pier had collapsed.",
            "the pier had collapsed",
            "media",
        ),
    ],
)
def test_which_said_after_a_document_or_outlet(text: str, content: str, stype: str) -> None:
    got = [(c, t) for c, _f, t in claims_of(text)]
    assert (content, stype) in got


def test_who_asked_not_to_be_named_is_not_a_claim() -> None:
    text = '"It is chaos," said a nurse, who asked not to be named because she feared reprisals.'
    assert [c for c, _f, _t in claims_of(text)] == ["It is chaos,"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The jury heard that the lorry had no working brakes.", "the lorry had no working brakes"),
        ("The inquest heard the pilot had flown for 14 hours.", "the pilot had flown for 14 hours"),
    ],
)
def test_court_heard_is_a_claim_without_a_stated_source(text: str, content: str) -> None:
    (c,) = analyze(text).claims
    assert (c.content, c.figure, c.cue.text if c.cue else None) == (content, None, "heard")


@pytest.mark.parametrize(
    "text", ["The court heard the case in private.", '"Stop!" she heard someone shout.']
)
def test_other_hearing_is_not_a_claim(text: str) -> None:
    assert claims_of(text) == []


def test_a_headline_labelled_with_its_source() -> None:
    text = "Police: Two held after raid on jewellers\n\nTwo men were arrested on Sunday."
    assert claims_of(text) == [("Two held after raid on jewellers", "police", "institution")]


def test_a_headline_label_that_is_a_topic_is_not_a_source() -> None:
    assert claims_of("Budget: What it means for renters\n\nThe budget was published.") == []


def test_a_headline_labelled_with_a_full_name_is_their_claim() -> None:
    text = (
        "Ines Holm: The Port Will Reopen Before Winter.\n\n"
        "Mayor Ines Holm told the council on Monday that repairs were nearly done."
    )
    first = analyze(text).claims[0]
    assert (first.content, first.figure, first.rule) == (
        "The Port Will Reopen Before Winter",
        "Ines Holm",
        "label-headline",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Holm: Harbour Plan Is ‘A Disgrace’\n\nMayor Ines Holm told the council on Monday "
            "that the plan would fail.",
            "Harbour Plan Is ‘A Disgrace’",
        ),
        (
            "Holm: The Port Will Reopen Before Winter.\n\nMayor Ines Holm told the council on "
            "Monday that repairs were nearly done.",
            "The Port Will Reopen Before Winter",
        ),
    ],
)
def test_a_headline_labelled_with_a_surname_named_below_is_their_claim(
    text: str, content: str
) -> None:
    first = analyze(text).claims[0]
    assert (first.content, first.figure, first.rule) == (content, "Ines Holm", "label-headline")


@pytest.mark.parametrize(
    "text",
    [
        "Ines Holm: A Life at Sea\n\nInes Holm was born on the island in 1950.",
        "Ines Holm: The Port Will Reopen Before Winter.\n\nThe council met on Monday.",
        "Holm: A Life at Sea\n\nInes Holm was born on the island in 1950.",
        "Wow: The Port Will Reopen Before Winter.\n\nMayor Ines Holm said repairs were done.",
        "Holm: The Port Will Reopen Before Winter.\n\nThe council met on Monday.",
        "The Briefing: Port will reopen before winter.\n\nThe Briefing on the port race.",
    ],
)
def test_a_name_label_on_a_title_or_a_name_not_met_again_claims_nothing(text: str) -> None:
    assert all(c.rule != "label-headline" for c in analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "content", "figure"),
    [
        (
            "As reported by the Coast Ledger, divers found two wrecks in the bay.",
            "divers found two wrecks in the bay",
            "Coast Ledger",
        ),
        (
            "As first reported by the Harbour Review, the mayor had been told of the leak.",
            "the mayor had been told of the leak",
            "Harbour Review",
        ),
    ],
)
def test_a_fronted_passive_as_cue_names_its_source_after_by(
    text: str, content: str, figure: str
) -> None:
    (c,) = analyze(text).claims
    assert (c.rule, c.content, c.figure) == ("as-cue", content, figure)


def test_a_passive_report_by_an_outlet_is_no_as_cue() -> None:
    assert analyze("The leak was reported by the Coast Ledger, which found it.").claims == ()


@pytest.mark.parametrize(
    ("text", "content", "figure"),
    [
        (
            'The port hopes to end what Ann Lind called "a tangle of ropes."',
            "a tangle of ropes.",
            "Ann Lind",
        ),
        (
            'The fire came in what officials called "a reckless prank" on Monday.',
            "a reckless prank",
            "officials",
        ),
        (
            'The captains met to end what one sailor has dubbed "the herring war."',
            "the herring war.",
            "sailor",
        ),
        (
            'Ann Lind praised Tom Berg, whom one insider described as "her anchor."',
            "her anchor.",
            "insider",
        ),
        (
            'During a film that Judge Tom Berg called "murky," the captain waved a flag.',
            "murky,",
            "Tom Berg",
        ),
    ],
)
def test_a_quoted_name_in_a_relative_clause_is_its_subject_s_words(
    text: str, content: str, figure: str
) -> None:
    (c,) = [c for c in analyze(text).claims if c.rule == "relative-label"]
    assert (c.content, c.figure, c.kind) == (content, figure, "direct")


@pytest.mark.parametrize(
    "text",
    [
        # A reported clause holds the quote: the clause is the claim, not the name.
        'Ann Lind said the ferry had sunk in what she called "a disaster."',
        # No relative clause: the naming verb's subject is the main one.
        'Ann Lind called the plan "a disaster."',
    ],
)
def test_a_quoted_name_outside_a_relative_clause_is_no_relative_label(text: str) -> None:
    assert all(c.rule != "relative-label" for c in analyze(text).claims)


def test_a_quoted_name_inside_a_clause_with_a_tail_cue_leaves_the_clause_whole() -> None:
    text = 'The shed, which Ann Lind called "a firetrap", burned down, the harbour board said.'
    (c,) = analyze(text).claims
    assert (c.kind, c.figure) == ("mixed", "harbour board")
