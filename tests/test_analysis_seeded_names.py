"""Names: people seeded from mentions, and where a body's or a person's name starts."""

import pytest

from reader.analysis import analyze
from reader.analysis.phrases.classify import classify_words


@pytest.mark.parametrize(
    "mention",
    [
        "an interview with Vestby Radio's Peter Brek",
        "an interview with the Harbour Post’s Peter Brek",
        "an interview with Vestby News’ Peter Brek",
    ],
)
def test_a_name_after_an_owner_is_a_person(mention: str) -> None:
    """ "Vestby Radio's Peter Brek": the run holds an owner, the name after it a person."""
    text = f"In {mention} on Monday, the mayor answered questions. “It is negotiable,” Brek said."
    (c,) = analyze(text).claims
    assert (c.figure, c.source_type) == ("Peter Brek", "named_person")


def test_one_word_after_an_owner_names_no_person() -> None:
    """ "Lind's Polaroids" is a thing of Lind's: no person named Polaroids."""
    text = "The museum showed Anna Lind's Polaroids on Monday."
    names = [f.name for f in analyze(text).figures]
    assert "Polaroids" not in names and "Lind's Polaroids" not in names


def test_a_title_after_a_body_noun_names_a_person() -> None:
    """ "party Chairman Peter Brek": the noun before the title is the body he leads."""
    text = (
        "At the meeting, party Chairman Peter Brek scolded the council. "
        "“Using the word is horrific,” Brek said."
    )
    (c,) = analyze(text).claims
    assert (c.figure, c.source_type) == ("Peter Brek", "named_person")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Center for Responsive Harbours", ("org", "Center for Responsive Harbours", None)),
        ("Bureau of Harbour Statistics", ("org", "Bureau of Harbour Statistics", None)),
        ("Council on Harbour Relations Director Peter Brek", ("person", "Peter Brek")),
        ("Council on Harbour Relations Alia Brek", ("person", "Alia Brek")),
        ("Office of Anna Lind", ("person", "Anna Lind")),
        ("Ms. Holm of Vestby Radio", ("person", "Holm")),
        ("Registrar of Deeds Anna Lind", ("person", "Anna Lind")),
        ("Chief of Staff Anna Lind", ("person", "Anna Lind")),
        ("Harbour Administrator Peter Brek", ("person", "Peter Brek")),
        ("Farouk Ben Brek", ("person", "Farouk Ben Brek")),
    ],
)
def test_a_body_word_and_of_or_a_role_before_a_name(
    words: str, expected: tuple[str | None, ...]
) -> None:
    """ "Bureau of X Y" is a body's whole name; a role that ends before a given
    name ("Chief of Staff Anna Lind") is no part of the person's."""
    got = classify_words(words.split())
    assert got[: len(expected)] == expected
