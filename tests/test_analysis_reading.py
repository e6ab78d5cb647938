"""Settling overlaps: the stronger claim keeps a contested stretch."""

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
