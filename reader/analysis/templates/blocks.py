"""`The council said in a statement:`, then the statement as a paragraph of its own.

A sentence that ends in a cue and a colon at the end of its paragraph hands
the next paragraph to its speaker: a block quote without marks, or a
paragraph that is one quote in marks.
"""

from __future__ import annotations

import regex

from reader.analysis.limits import SHORT_TIMEOUT
from reader.analysis.templates.cues import Found, lemma, subject_of, verbs_in
from reader.analysis.text.quotes import Quote
from reader.analysis.text.segments import Segments

#: A lead-in that points at something embedded rather than quoted: it ends
#: "below:" or "here:", or opens "Watch ..." / "Listen ...".
_EMBED_POINTER = regex.compile(
    r"\b(?:below|above|here|following (?:video|clip|tweets?|chart))\s*+:\Z", regex.IGNORECASE
)
_EMBED_VERB = regex.compile(r"\W{0,3}(?:watch|listen|see|view)\b", regex.IGNORECASE)


def block_quote(seg: Segments, p: int, quote: Quote | None = None) -> Found | None:
    """A paragraph quoted without marks after one that ends in a cue and a colon.

    `The company rejected the claims in a statement:` followed by the
    statement as a paragraph of its own (a block quote) is a direct claim.
    Web copy often loses what such a line introduced (an embedded video,
    tweet or chart: "Watch his remarks below:"); then the next paragraph is
    not the quote, and when it ends in a colon itself it is the next lead-in.
    With `quote`, the paragraph opens with that quote in marks ('He said:' then
    '"We will appeal."' below): the quote is the claim.
    """
    if p == 0 or seg.furniture[p] or seg.furniture[p - 1]:
        return None
    text = seg.text
    prev_end = seg.para_ends[p - 1]
    if text[prev_end - 1] != ":":
        return None
    ps, pe = seg.para_starts[p], seg.para_ends[p]
    if quote is not None:
        ps, pe = quote.start, quote.end
    elif text[ps] in "\"“„«‘'" or pe - ps < 20 or text[pe - 1] == ":":
        return None
    s_lo, _ = seg.sentence_of(prev_end - 1)
    if _EMBED_POINTER.search(text, s_lo, prev_end, timeout=SHORT_TIMEOUT) or _EMBED_VERB.match(
        text, s_lo, prev_end, timeout=SHORT_TIMEOUT
    ):
        return None
    for m in reversed(verbs_in(text, s_lo, prev_end)):
        if not m.group().islower() or lemma(m.group()) in (None, "according"):
            continue
        ph = subject_of(text, s_lo, m.start())
        if ph is not None:
            return Found(ps, pe, "direct", (m.start(), m.end()), ph, "block-quote")
    return None
