"""A speaker named with others beside it: "X and 14 of its members said".

A body or person and part of its own people after "and" speak as the one
named first; the members are company, not another source.
"""

from __future__ import annotations

from reader.analysis.lexicon import NUMBER_WORDS, words
from reader.analysis.text.tokens import Tok

#: Counts of the members named after "and": "some of its members".
_SOME = words("one two both another some all most many several dozens hundreds")


def and_its_own(toks: list[Tok], i: int) -> int:
    """Where "and" stands in "X and 14 of its members" ending at toks[i], or -1."""
    if (
        i >= 5
        and toks[i].text.islower()
        and toks[i - 1].low in ("its", "his", "her", "their")
        and toks[i - 2].low == "of"
        and (
            toks[i - 3].low in _SOME
            or toks[i - 3].text.isdigit()
            or toks[i - 3].low in NUMBER_WORDS
        )
        and toks[i - 4].low == "and"
    ):
        return i - 4
    return -1
