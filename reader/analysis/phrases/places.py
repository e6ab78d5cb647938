"""Places and party tags set off by commas around a name, read without a gazetteer.

"Tom Vik, R-N.Y., said", "a baker from Lund, Maine, said", "Jan Berg, 30, of
Lund, Norway, who fishes the fjord, said": the words between the commas say where
the person is from or which party they sit for, and are never the speaker.
"""

from __future__ import annotations

from itertools import pairwise

from reader.analysis.lexicon import US_STATES
from reader.analysis.text.tokens import Tok


def segment_start(toks: list[Tok], comma: int) -> int:
    """Where the words before toks[comma] start, after the mark before them."""
    j = comma - 1
    while j >= 0 and toks[j].text not in ',;:—–"“”':
        j -= 1
    return j + 1


#: Words that open a place set off by commas after a name: "Jan Berg, of Lund, ...".
_PLACE_OPENERS = frozenset({"of", "from", "in", "near", "outside"})


def place_before(toks: list[Tok], j: int) -> bool:
    """The words between the comma before toks[j] and the one before them are a
    place: one capitalised word ("Norway") or a phrase opening "of", "from"..."""
    seg0 = segment_start(toks, j)
    if seg0 == 0 or toks[seg0 - 1].text != ",":
        return False
    seg = toks[seg0:j]
    if seg[0].low in _PLACE_OPENERS:
        return True
    # "of Lund, Norway," or "of Ashton, Md.,": a town, then its country or state.
    state = (len(seg) == 1 and seg[0].cap) or _written(seg).lower() in US_STATES
    return state and toks[segment_start(toks, seg0 - 1)].low in _PLACE_OPENERS


def _written(seg: list[Tok]) -> str:
    """The tokens as the text writes them ("Md" and "." are "Md.")."""
    out = seg[0].text
    for prev, t in pairwise(seg):
        out += (" " if t.start > prev.end else "") + t.text
    return out


#: A party's member, as in "Republican of Ohio".
_PARTY_OF = frozenset({"republican", "democrat", "independent"})


def place_or_party(text: str, inner: list[Tok]) -> bool:
    """The words between two commas are a US state ("South Carolina", "Mass."), a
    party tag ("R-N.Y.", "D-Calif.") or a party and state ("Republican of Ohio")."""
    words_ = text[inner[0].start : inner[-1].end].lower()
    if words_ in US_STATES:
        return True
    first = inner[0].text
    if len(first) > 2 and first[0] in "RDI" and first[1] in "-–" and first[2].isupper():
        return True
    return (
        len(inner) >= 3
        and inner[0].low in _PARTY_OF
        and inner[1].low == "of"
        and text[inner[2].start : inner[-1].end].lower() in US_STATES
    )
