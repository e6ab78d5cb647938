"""Reported with no stated source: `It was reported that ...`, `She was told to ...`.

A passive reporting verb names nobody: the claim keeps no figure (see
docs/design.md, "Statements with no stated source").
"""

from __future__ import annotations

from reader.analysis.limits import PASSIVE_OPENER_CHARS
from reader.analysis.templates.clauses import claim_kind, content_end
from reader.analysis.templates.cues import CueContext, Found, lemma
from reader.analysis.text.tokens import Tok, tokens


def passive(cue: CueContext, word: str, prev: list[Tok]) -> Found | None:
    """`She was told to ...`, `It was reported that ...`: reported with no stated source."""
    text = cue.seg.text
    ve = cue.cue_end
    lem = lemma(word)
    openers: tuple[str, ...]
    if lem in _IMPERSONAL and word.endswith(("ed", "said")) and _it_is(prev):
        rule, openers = "it-was-said", ("that",)
    elif lem == "tell":
        rule, openers = "passive-told", ("that", "to")
    else:
        return None
    toks = tokens(text, ve, min(cue.sent_end, ve + PASSIVE_OPENER_CHARS))
    if len(toks) < 2 or toks[0].low not in openers:
        return None
    c0 = toks[1].start if toks[0].low == "that" else toks[0].start
    c1 = content_end(cue, c0)
    if c1 - c0 < 3:
        return None
    kind = claim_kind(cue.quotes, cue.qstarts, c0, c1)
    return Found(c0, c1, kind, (cue.cue_start, ve), None, rule, sourceless=True)


#: Verbs of an impersonal passive that reports ("It was reported that ..."),
#: not one that only supposes ("It is thought that ...").
_IMPERSONAL = frozenset({"say", "report", "claim", "allege", "announce", "confirm", "reveal"})


def _it_is(prev: list[Tok]) -> bool:
    """The words before the verb are "it" and auxiliaries: "It was", "it has also been"."""
    k = len(prev) - 1
    while k >= 0 and prev[k].low in ("was", "is", "has", "had", "been", "also", "now", "widely"):
        k -= 1
    return k >= 0 and k < len(prev) - 1 and prev[k].low == "it"
