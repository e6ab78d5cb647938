"""A quote after a cue with no subject of its own: "went on to say", "before saying".

News often hangs the cue of a quote on another verb: 'Lind went on to say,
"..."', 'Brek was prompted to say: "..."', 'Lind dodged questions before
saying, "..."', 'Lind smiled and said, "..."'. The infinitive, or the -ing
form after a preposition, has no subject: the one speaking is the subject
of the nearest finite verb before it (after "and", of the clause's main
verb). Without this the quote has no cue and inherits the speaker of the
quote before it.
"""

from __future__ import annotations

from reader.analysis.limits import NONFINITE_CUE_CHARS
from reader.analysis.templates.cues import Found, VerbHit, lemma, subject_of
from reader.analysis.templates.participles import main_subject
from reader.analysis.text.finite import finite_at
from reader.analysis.text.tokens import Tok, tokens

#: Verbs that can introduce a quote from an infinitive or an -ing form.
_QUOTE_LEMMAS = frozenset(
    {"say", "tell", "add", "write", "declare", "joke", "quip", "tweet", "explain", "warn"}
    | {"note", "ask", "reply", "respond", "answer", "insist", "argue", "remark", "exclaim"}
)
#: Prepositions before an -ing cue whose subject is the main verb's.
_PREPOSITIONS = frozenset({"before", "after", "by", "while", "when", "in"})
#: Marks that end the search for the verb the cue hangs on.
_STOPS = frozenset({'"', "“", "”", "«", "»", "„", "''", ";", ":", "(", ")"})


def nonfinite_then_quote(text: str, start: int, end: int, m: VerbHit, sent_lo: int) -> Found | None:
    """'Lind went on to say, "..."', '... before saying: "..."': the quote is the
    subject's of the nearest finite verb before the cue."""
    word = m.group()
    if not word.islower() or lemma(word) not in _QUOTE_LEMMAS:
        return None
    toks = tokens(text, max(sent_lo, m.start() - NONFINITE_CUE_CHARS), m.start())
    if len(toks) < 3:
        return None
    link = toks[-1].low
    if link == "and" and not word.endswith("ing") and toks[-2].text != ",":
        # 'Lind smiled and said, "..."': the verb shares the subject of its clause.
        comma = text.rfind(",", sent_lo, toks[-1].start)
        ph = main_subject(text, max(sent_lo, comma + 1), toks[-1].start)
    elif (link == "to" and not word.endswith(("ing", "ed", "s"))) or (
        link in _PREPOSITIONS and word.endswith("ing")
    ):
        x = _finite_before(toks, len(toks) - 2)
        ph = subject_of(text, sent_lo, toks[x].start) if x > 0 else None
    else:
        return None
    if ph is None or ph.kind == "document":
        return None
    return Found(start, end, "direct", (m.start(), m.end()), ph, "main-subject cue-then-quote")


def _finite_before(toks: list[Tok], hi: int) -> int:
    """The first word of the nearest verb group at or before `hi` ("was" in "was
    prompted"), or -1 when a quote mark or a clause break comes first."""
    x = hi
    while x > 0 and toks[x].text not in _STOPS:
        if toks[x].text.islower() and finite_at(toks, x):
            while x > 1 and toks[x - 1].text.islower() and finite_at(toks, x - 1):
                x -= 1
            return x
        x -= 1
    return -1
