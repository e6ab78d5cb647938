"""`Lind said, in a long interview with the Post, that ...`: an aside between the
verb and its clause.

Set off by two commas or two dashes, the aside says where, when or on what
terms the speaker spoke ("— on the radio, as it happens —"), or opens the
speaker's own sentence ("says, come what may at the count, he will keep his seat"). The
clause follows the closing mark: after "that", or as a subject and its verb.
"""

from __future__ import annotations

from reader.analysis.templates.cues import lemma
from reader.analysis.text.finite import finite
from reader.analysis.text.tokens import Tok

#: The longest aside, in words and marks.
_ASIDE_TOKENS = 14
_DASHES = frozenset({"—", "–", "--"})
#: Marks no aside holds: a sentence end or a quote.
_NOT_IN_ASIDE = frozenset({".", ";", ":", "!", "?", '"', "“", "”"})
#: Words a clause may open with after the aside, without "that".
_CLAUSE_SUBJECTS = frozenset(
    {"he", "she", "they", "it", "we", "i", "there", "the", "his", "her", "their", "its"}
)
#: Asides that say where or when the speaking was: left out of the claim.
_FRAMES = frozenset({"in", "on", "at", "after", "before", "during", "for", "with", "from", "to"})


def past_aside(toks: list[Tok], k: int) -> int | None:
    """Where the clause starts when an aside opens at toks[k] right after the
    verb, or None when no aside and clause follow."""
    mark = toks[k].text
    if mark != "," and mark not in _DASHES:
        return None
    for j in range(k + 2, min(len(toks), k + _ASIDE_TOKENS)):
        t = toks[j].text
        if t in _NOT_IN_ASIDE or (mark == "," and t in _DASHES):
            return None
        if t == mark or (mark in _DASHES and t in _DASHES):
            return _clause_after(toks, k, j + 1)
    return None


def _clause_after(toks: list[Tok], k: int, j: int) -> int | None:
    if j + 1 >= len(toks):
        return None
    if toks[j].low == "that" and toks[j + 1].text.isalnum():
        return toks[j + 1].start
    if lemma(toks[j + 1].text) is not None:
        return None  # "states, like Lund and Vik, he said ...": a cue of its own follows
    if toks[j].low in _CLAUSE_SUBJECTS and finite(toks[j : j + 8]):
        # "says, if the ferry stops, the island will empty": the opening is the
        # speaker's; "said, after the vote, the ferry ...": the time is not.
        return toks[j].start if toks[k + 1].low in _FRAMES else toks[k + 1].start
    return None
