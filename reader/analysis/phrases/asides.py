"""Words set off by commas around a speaker's name: asides, roles and a body
described in apposition. Token-level helpers of `names`, kept apart so that
module reads as the order in which a phrase is found."""

from __future__ import annotations

from reader.analysis.lexicon import words
from reader.analysis.phrases.between import ends_noun
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.places import segment_start
from reader.analysis.text.tokens import Tok


def before_aside(toks: list[Tok], k: int) -> int:
    """Back over a short parenthesis ending at toks[k] ("Sen. Rob Halvard (R-Vest.)")
    or a place word after the head ("officials there")."""
    if k >= 1 and toks[k].low in ("there", "here") and ends_noun(toks[k - 1]):
        return k - 1  # "A senior official there, speaking on background, said"
    if k < 0 or toks[k].text != ")":
        return k
    m = k - 1
    while m >= 0 and k - m <= 6 and toks[m].text not in "()":
        m -= 1
    return m - 1 if m > 0 and toks[m].text == "(" and k - m > 1 else -1


#: Words that tie a name after them to the noun before ("the head of X").
_LINKS = frozenset({"of", "for", "at", "with", "from", "by", "to", "in", "on"})


def body_described(
    toks: list[Tok], j: int, inside: Phrase | None, inner: list[Tok]
) -> Phrase | None:
    """ "A customer, the cargo carrier Aerolink Freight, said": a body named with a
    description of its own after a common noun; not "Anna Berg, the head of X"."""
    lead = toks[segment_start(toks, j) : j]
    if inside is None or inside.kind not in ("org", "media") or not lead or inner[0].low != "the":
        return None
    between = [x for x in inner[1:] if x.start < inside.start]
    if not (
        lead[-1].text.islower()
        and 0 < len(between) <= 4
        and all(x.text.islower() and x.low not in _LINKS for x in between)
    ):
        return None
    return inside


#: Words set off by commas between a name and its verb that describe nothing.
ASIDES = words(
    """
    however meanwhile though too also instead nonetheless nevertheless
    moreover furthermore separately likewise similarly
    """
) | {"in turn", "for his part", "for her part", "for their part", "for its part", "in response"}


def clean_role(role: str) -> str:
    """A role without its article ("an Ottawa MP" -> "Ottawa MP")."""
    for det in ("a ", "an ", "the "):
        if role.lower().startswith(det):
            return role[len(det) :]
    return role
