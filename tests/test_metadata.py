"""Article metadata found in the first lines, on headers as sites and wires lay them out."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.document import from_text, load
from reader.metadata import Author, detect, resolve, split_authors
from reader.publication import Metadata

LEDE = (
    "MOSCOW (Reuters) — The Kremlin said on Wednesday it had no knowledge of any talks "
    "with Kyiv, its spokesman Dmitry Peskov told reporters on 5 November 2024.\n"
)


def meta(text: str) -> Metadata:
    return detect(from_text(text))


def test_web_clip_with_noise_section_labels_and_credits() -> None:
    text = (
        "Skip to main content\n"
        "Menu\n"
        "WORLD NEWS\n"
        "World > Europe > Russia\n"
        "Advertisement\n"
        "Kremlin denies talks with Kyiv\n"
        "Listen to this article · 4 min\n"
        "By JANE DOE and John Smith in Moscow\n"
        "Published November 6, 2024\n"
        "Share this article\n"
        "Photo: Ivan Petrov / Reuters\n"
        "Kremlin spokesman Dmitry Peskov. Photograph: Maxim Shemetov/Reuters\n\n" + LEDE
    )
    assert meta(text) == Metadata(
        title="Kremlin denies talks with Kyiv",
        author="Jane Doe and John Smith",
        date="2024-11-06",
    )


def test_photo_credit_never_becomes_the_author() -> None:
    text = "Floods close the valley road\nPhoto by Ivan Petrov\nPhoto: Anna Berg / AFP\n\n" + LEDE
    found = meta(text)
    assert found.author is None
    assert found.title == "Floods close the valley road"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("By Jane Doe, Reuters", "Jane Doe"),  # the agency is not a person
        ("By Reuters", "Reuters"),
        ("By Jane Doe, Moscow Correspondent", "Jane Doe"),
        ("By Jane Doe, John Smith, and Ann Lee", "Jane Doe, John Smith and Ann Lee"),
        ("BY HARRIET PYM", "Harriet Pym"),
        ("Written by Jean-Luc de la Roche", "Jean-Luc de la Roche"),
        ("By Jane Doe | 6 November 2024", "Jane Doe"),
    ],
)
def test_bylines(byline: str, author: str) -> None:
    assert meta(f"Kremlin denies talks\n{byline}\n\n{LEDE}").author == author


def test_a_sentence_opening_with_by_is_not_a_byline() -> None:
    text = "By the end of the day, the talks had collapsed, officials said.\n\n" + LEDE
    assert meta(text) == Metadata()
    for line in ("By Wednesday evening no deal was in sight", "By Wednesday evening"):
        assert meta(f"Kremlin denies talks\n{line}\n\n{LEDE}").author is None


def test_byline_carries_the_date() -> None:
    found = meta("Kremlin denies talks\nBy Jane Doe · Wed 6 Nov 2024 14.05 GMT\n\n" + LEDE)
    assert (found.author, found.date) == ("Jane Doe", "2024-11-06")
    found = meta("Kremlin denies talks\nBy Jane Doe, November 6, 2024\n\n" + LEDE)
    assert (found.author, found.date) == ("Jane Doe", "2024-11-06")


def test_source_credit_line_is_the_outlet() -> None:
    found = meta("Kremlin denies talks\nSource: The Moscow Times\n\n" + LEDE)
    assert found.outlet == "The Moscow Times"


@pytest.mark.parametrize(
    "line",
    ["2024-11-06", "6 November 2024", "November 6, 2024", "Wed 6 Nov 2024 14.05 GMT"],
)
def test_date_formats(line: str) -> None:
    assert meta(f"Kremlin denies talks\n{line}\n\n{LEDE}").date == "2024-11-06"


def test_published_date_wins_over_updated_whatever_the_order() -> None:
    text = "Kremlin denies talks\nUpdated: Nov 7, 2024\nPublished: Nov 6, 2024\n\n" + LEDE
    assert meta(text).date == "2024-11-06"
    assert meta("Kremlin denies talks\nLast updated 7 November 2024\n\n" + LEDE).date == (
        "2024-11-07"
    )


def test_body_without_header_gives_nothing() -> None:
    # a dateline or prose first: no headline, and a date inside prose is not the article's
    assert meta(LEDE + "\nMore text follows here.\n") == Metadata()
    prose = (
        "The talks, which began on 5 November 2024 in Geneva, were meant to settle the "
        "question of water rights for good.\n"
    )
    assert meta(prose) == Metadata()


def test_headline_after_an_all_caps_label_and_before_a_standfirst() -> None:
    text = (
        "MONEY\n\n"
        "Regulators say lender misled borrowers\n\n"
        "The authority found hidden fees on thousands of loans\n\n"
        "By Nadia Whitcombe, Consumer Affairs Correspondent\n\n" + LEDE
    )
    found = meta(text)
    assert found.title == "Regulators say lender misled borrowers"
    assert found.author == "Nadia Whitcombe"


def test_quote_headline_is_kept() -> None:
    text = "“Doing nothing is not an option”: the port chief betting on robots\n\n" + LEDE
    assert meta(text).title == "“Doing nothing is not an option”: the port chief betting on robots"


def test_resolve_order_flags_over_front_matter_over_detected() -> None:
    text = (
        "Title: Front title\nDate: 2024-01-02\n\n"
        "Detected headline here\nBy Jane Doe\nSource: Wire Service\n\n" + LEDE
    )
    document = from_text(text)
    assert detect(document).title == "Detected headline here"
    merged = resolve(document, Metadata(outlet="Flag Outlet"))
    assert merged == Metadata(
        title="Front title", outlet="Flag Outlet", author="Jane Doe", date="2024-01-02"
    )


def test_sample_with_front_matter_and_byline() -> None:
    sample = Path(__file__).resolve().parent.parent / "samples" / "dev" / "a_front.txt"
    found = detect(load(str(sample)))
    assert found.author == "Nadia Whitcombe"  # not the photographer Daniel Kerr
    assert found.title == "Regulators say online lender misled borrowers on fees"


@pytest.mark.parametrize(
    ("author", "names"),
    [
        ("Jane Doe", [Author("Jane", "Doe")]),
        (
            "Jane Doe, John Smith and Ann Lee",
            [Author("Jane", "Doe"), Author("John", "Smith"), Author("Ann", "Lee")],
        ),
        ("Doe, Jane", [Author("Jane", "Doe")]),
        ("John Smith, Jr.", [Author("John", "Smith", suffix="Jr.")]),
        ("Ludwig van Beethoven", [Author("Ludwig", "Beethoven", "van")]),
        ("Jan van der Berg", [Author("Jan", "Berg", "van der")]),
        ("Associated Press", [Author("", "", literal="Associated Press")]),
        ("Jane Doe & Reuters", [Author("Jane", "Doe"), Author("", "", literal="Reuters")]),
        ("", []),
    ],
)
def test_split_authors(author: str, names: list[Author]) -> None:
    assert split_authors(author) == names


def test_author_forms() -> None:
    a = split_authors("Jean-Paul Mary Martin")[0]
    assert a.initials() == "J.-P. M."
    assert a.inverted() == "Martin, Jean-Paul Mary"
    assert split_authors("Ludwig van Beethoven")[0].inverted() == "van Beethoven, Ludwig"


def test_a_long_headline_without_a_full_stop_is_the_title() -> None:
    headline = (
        "Former depot manager found guilty over warehouse fire deaths, "
        "as judge says warnings were ‘ignored for years’"
    )
    doc = from_text(
        f"{headline}\n\nBy Ana Ruiz\n\nThe jury took four hours to reach its verdict.\n"
    )
    found = detect(doc)
    assert found.title == headline and found.author == "Ana Ruiz"
