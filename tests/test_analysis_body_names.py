"""Bodies named for the people they gather or for their founders, told apart
from people's names, in short made-up phrases."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.phrases.classify import classify_words


@pytest.mark.parametrize(
    ("words", "core"),
    [
        ("The Guild of Instrumental Teachers", "Guild of Instrumental Teachers"),
        ("Union of Concerned Scientists", "Union of Concerned Scientists"),
        ("Concerned Scientists", "Concerned Scientists"),
    ],
)
def test_a_name_ending_on_a_plural_of_people_is_a_body(words: str, core: str) -> None:
    assert classify_words(words.split())[:2] == ("org", core)


@pytest.mark.parametrize("words", ["John Masters", "Anna Judges"])
def test_a_given_name_before_a_plural_keeps_a_person(words: str) -> None:
    assert classify_words(words.split())[0] == "person"


@pytest.mark.parametrize(
    ("words", "kind", "core"),
    [
        ("the trade magazine Stave & Bow", "media", "Stave & Bow"),
        ("The Stave & Bow", "org", "Stave & Bow"),
        ("Brindle & Marsh", "org", "Brindle & Marsh"),
    ],
)
def test_a_name_with_an_ampersand_after_words_describing_it(
    words: str, kind: str, core: str
) -> None:
    assert classify_words(words.split())[:2] == (kind, core)


def test_an_outlet_with_an_ampersand_reports_as_media() -> None:
    text = "The trade magazine Stave & Bow reported that the trust was behind on rent."
    [claim] = analyze(text).claims
    assert (claim.figure, claim.source_type) == ("Stave & Bow", "media")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("St Mary's Hospital said the ward would close.", "St Mary's Hospital"),
        ("St Elspeth's Hospice said six beds would close.", "St Elspeth's Hospice"),
        ("Anna Berg's company said profits fell.", "Anna Berg's company"),
    ],
)
def test_a_possessive_inside_a_bodys_name_keeps_the_name_whole(text: str, figure: str) -> None:
    [claim] = analyze(text).claims
    assert (claim.figure, claim.source_type) == (figure, "institution")
