"""`If the ferry stops, she said, "the island will empty."`: the words before the cue.

A speaker's sentence broken by its cue, with the part after the cue quoted
and the part before it not, is two claims with one figure, as a quote broken
by its cue is: the quote (found by the quote templates) and the unquoted
opening of the sentence, here. The quote must go on in lower case, which
shows it continues the opening: 'After the vote, Holm said, "We ..."' is
narration, then a quote. The opening must hold a clause of its own ("If the
ferry stops"): "In his speech, he said, ..." only frames the quote.
"""

from __future__ import annotations

from reader.analysis.templates.cues import Found, verbs_in
from reader.analysis.text.finite import finite
from reader.analysis.text.quotes import words
from reader.analysis.text.segments import Segments
from reader.analysis.text.tokens import tokens

#: Words that open a clause of the speaker's: "If the ferry stops, she said, ...".
_SUBORDINATORS = frozenset(
    {"if", "when", "while", "although", "though", "because", "unless", "once", "until", "whether"}
)
#: The opening must have at least this many words: "But, she added" is no claim.
MIN_FRAGMENT_WORDS = 3


def fragment_before(seg: Segments, f: Found) -> Found | None:
    """The unquoted opening of the sentence before `X said, "..."`, or None."""
    if f.rule != "cue-then-quote" or f.cue is None or f.speaker is None:
        return None
    text = seg.text
    ph = f.speaker
    if not text[f.start : f.start + 1].islower():
        return None  # 'After the vote, Holm said, "We ..."': the quote starts a sentence
    # '..., said Jane Doe, "...': the cue comes first.
    ph_start = f.cue[0] if ph.end > f.cue[0] else ph.start
    lo = seg.sentence_of(ph_start)[0]
    k = ph_start
    while k > lo and text[k - 1] in " \t":
        k -= 1
    if k <= lo or text[k - 1] != ",":
        return None
    end = k - 1
    frag = text[lo:end]
    if words(frag) < MIN_FRAGMENT_WORDS or any(c in frag for c in '"“”«»„'):
        return None
    if text[f.cue[1] : f.start].strip(" \t,:\"“'‘«„") != "":
        return None  # 'said Tuesday, "...': only the cue and a comma before the quote
    if verbs_in(text, lo, end):
        return None  # the opening has a reporting verb of its own
    toks = tokens(text, lo, end)
    if not (toks[0].low in _SUBORDINATORS or finite(toks)):
        return None  # "In his tribute, Holm said, ...": a frame, not words of the speaker
    return Found(lo, end, "indirect", f.cue, ph, "fragment-then-cue")
