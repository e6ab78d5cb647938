"""Settling overlaps: the stronger claim keeps a contested stretch."""

from reader.analysis import analyze
from reader.analysis.reading import settle
from reader.analysis.templates.cues import Found


def test_kept_claims_never_overlap_and_keep_text_order() -> None:
    a = Found(0, 10, "indirect", None, None, "x")
    b = Found(5, 12, "direct", None, None, "y")
    c = Found(12, 20, "mixed", None, None, "z")
    assert settle([a, b, c]) == [b, c]


def test_a_continued_quote_gives_way_to_any_other_claim() -> None:
    cont = Found(0, 10, "direct", None, None, "continued-quote")
    reported = Found(2, 8, "indirect", None, None, "speaker-verb-that")
    assert settle([cont, reported]) == [reported]


def test_a_continued_quote_after_an_unresolved_speaker_keeps_that_speaker() -> None:
    # "she" finds no woman before it; the quote after hers is hers, not Tom Berg's.
    text = (
        "Tom Berg said the port was shut.\n\n"
        '"The tide is out," she said. "The boats will wait until morning."'
    )
    berg, hers, cont = analyze(text).claims
    assert berg.figure == "Tom Berg"
    assert (hers.figure, cont.figure) == (None, None)
    assert (cont.content, cont.rule) == ("The boats will wait until morning.", "continued-quote")
    assert cont.speaker is not None and cont.speaker.text == "she"
