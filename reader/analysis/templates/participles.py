"""Cues in -ing form and request phrases: who asks, urges or says, and where it starts.

A reporting verb in -ing form after a comma shares the subject of the clause
before it. When that clause has a reporting verb of its own, the engine
takes that verb's subject; otherwise the subject is the one of the
sentence's main verb, found here: the first word that reads as a finite
verb, after any opening subordinate clause ("After the vote, ...").
"""

from __future__ import annotations

from reader.analysis.lexicon import WEEKDAYS, words
from reader.analysis.limits import CALLED_ON_CHARS
from reader.analysis.phrases.classify import Phrase
from reader.analysis.templates.cues import subject_of
from reader.analysis.text.finite import finite_at
from reader.analysis.text.tokens import tokens

#: Words that open a subordinate clause before the main one.
_OPENERS = words(
    """
    after when while whilst as because although though if since before once
    until unless despite following
    """
)


#: Words between a subject and a cue in -ing form: auxiliaries ("has been asking")
#: and verbs that take one ("have started asking", "kept urging").
ING_LEADS = words(
    """
    is are was were be been has have had will would also still now
    started start starts begun began begin begins continued continue continues
    kept keep keeps
    """
)


def called_on(text: str, ve: int, s_hi: int, lem: str) -> tuple[int, str]:
    """ "called on the council to ...": a request, cued by "called on"; else as it was."""
    toks = tokens(text, ve, min(s_hi, ve + CALLED_ON_CHARS))
    if (
        len(toks) > 1
        and toks[0].low in ("on", "upon")
        and toks[1].low not in WEEKDAYS  # "called on Monday to ..."
        and not toks[1].text[0].isdigit()
    ):
        return toks[0].end, "urge"
    return ve, lem


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
