"""Clauses that open with a number put roughly: "said about 200 people had
come", "at least 20 were hurt", "up to 30", "as many as 50", "nearly half".
After a reporting verb these words would otherwise read as a topic ("said
about the plan") or a manner ("said nearly"), and the claim would be lost."""

from __future__ import annotations

from reader.analysis.text.finite import finite
from reader.analysis.text.tokens import Tok


def number_opens(toks: list[Tok], k: int) -> bool:
    """Whether toks[k] opens a clause with a number put roughly."""
    lows = [t.low for t in toks[k : k + 4]]
    if lows[:1] == ["at"] and lows[1:2] in (["least"], ["most"]):
        return finite(toks[k + 2 : k + 12])
    if lows[0] in _ABOUT and len(lows) > 1 and _count_at(lows[1]):
        return finite(toks[k + 1 : k + 12])
    return _bound_at(lows) and finite(toks[k + 3 : k + 14])


#: Words that put a number roughly ("about 200", "nearly half"), not a topic or a manner.
_ABOUT = frozenset(
    {"about", "nearly", "roughly", "approximately", "almost", "over", "under", "only", "just"}
)
#: Words that count, besides digits ("half of the cargo", "a third", "two in five").
_COUNTS = frozenset(
    {"half", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "dozens", "hundreds", "thousands", "all", "every", "twice", "double"}
)  # fmt: skip


def _bound_at(lows: list[str]) -> bool:
    """ "up to 30", "as many as 50", "as much as $3": a bound put on a number."""
    if lows[:2] == ["up", "to"] and len(lows) > 2:
        return _count_at(lows[2])
    return (
        len(lows) == 4
        and lows[0] == "as"
        and lows[1] in ("many", "much", "few", "little")
        and lows[2] == "as"
        and _count_at(lows[3])
    )


def _count_at(word: str) -> bool:
    """Whether a word opens a count: a number ("200", "6", "$3") or a count word."""
    return word[:1].isdigit() or word[:1] in "$£€" or word in _COUNTS
