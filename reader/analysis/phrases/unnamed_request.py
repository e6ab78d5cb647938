"""Unnamed by request: "an official who spoke on condition of anonymity".

The words that ask for anonymity make a source anonymous, and they are no
part of its name: they say why there is none.
"""

from __future__ import annotations

from reader.analysis.lexicon import words
from reader.analysis.text.tokens import Tok


def unnamed_by_choice(toks: list[Tok]) -> bool:
    """A post-modifier saying the source asked not to be named."""
    lows = [t.low for t in toks]
    return (
        "anonymity" in lows
        or "anonymously" in lows
        # "who spoke on the condition ...", the phrase cut before "of anonymity"
        or ("condition" in lows and "on" in lows)
        # "who insisted on", "who asked for", "who requested": cut before "anonymity"
        or lows[-2:] in (["insisted", "on"], ["asked", "for"], ["insisting", "on"])
        or lows[-1:] == ["requested"]
        or (
            "not" in lows
            and (
                "named" in lows
                or "identified" in lows
                or "authorised" in lows
                or "authorized" in lows
            )
        )
    )


def name_end(toks: list[Tok], k: int, i: int) -> int | None:
    """Where the name of a source unnamed by request ends, when the request
    follows "who": "an official who spoke on condition of anonymity" is the
    official, "a person who spoke to the Courier on condition of anonymity"
    the person who spoke to the Courier. None when no "who" opens it."""
    clause = toks[: i + 1]
    who = next(
        (j for j in range(i, k - 1, -1) if toks[j].low == "who" and unnamed_by_choice(clause[j:])),
        None,
    )
    if who is None or who == 0:
        return None
    marker = next(
        (
            m
            for m in range(who + 1, i + 1)
            if toks[m].low in _REQUEST_STARTS and unnamed_by_choice(clause[m:])
        ),
        i + 1,
    )
    cut = who if all(t.low in _ASKING for t in toks[who + 1 : marker]) else marker
    while cut - 1 > who and toks[cut - 1].low in _LINKS:
        cut -= 1  # "sources who spoke to Fox News but were not authorized": no "but were"
    return toks[cut - 1].end


#: Words that tie the request to the clause before it.
_LINKS = frozenset({"but", "and", "were", "was", "is", "are", "had", "has", "have", "been", "be"})


#: Words that open the request itself ("on condition of anonymity", "not to be named").
_REQUEST_STARTS = frozenset({"on", "anonymously", "anonymity", "not"})
#: Words between "who" and the request that only ask ("who spoke", "who asked").
_ASKING = words(
    """
    spoke speaking talked talking requested requesting asked asking insisted was were
    had has have been granted given agreed only and declined refused wished wanted did
    for to be also
    """
)
