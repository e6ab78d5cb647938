"""The speaker of a participle cue after a comma: "The minister resigned, saying ...".

A reporting verb in -ing form after a comma shares the subject of the clause
before it. When that clause has a reporting verb of its own, the engine
takes that verb's subject; otherwise the subject is the one of the
sentence's main verb, found here: the first word that reads as a finite
verb, after any opening subordinate clause ("After the vote, ...").
"""

from __future__ import annotations

from reader.analysis.classify import Phrase
from reader.analysis.clauses import finite_at
from reader.analysis.cues import subject_of
from reader.analysis.lexicon import words
from reader.analysis.tokens import tokens

#: Words that open a subordinate clause before the main one.
_OPENERS = words(
    """
    after when while whilst as because although though if since before once
    until unless despite following
    """
)


def main_subject(text: str, s_lo: int, comma: int) -> Phrase | None:
    """The subject of the main verb in text[s_lo:comma], or None."""
    toks = tokens(text, s_lo, comma)
    k = 0
    if toks and toks[0].low in _OPENERS:
        while k < len(toks) and toks[k].text != ",":
            k += 1
        k += 1  # the main clause starts after the subordinate one
    for x in range(k + 1, len(toks)):
        if toks[x].text in ";:":
            return None
        if finite_at(toks, x):
            return subject_of(text, toks[k].start, toks[x].start)
    return None
