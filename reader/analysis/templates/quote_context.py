"""What the words around a quote say about it.

A quote embedded in running prose, a title, a word quoted inside the
sentence's subject, or a quote that opens right after the cue sentence of
the quote before it: the quote templates ask these before giving a quote a
cue or a speaker.
"""

from __future__ import annotations

from reader.analysis.lexicon import TITLE_INTRODUCERS, TITLE_SMALL_WORDS
from reader.analysis.limits import CONTINUED_GAP_CHARS, TITLE_INTRO_CHARS
from reader.analysis.templates.cues import Found, verbs_in
from reader.analysis.text.quotes import Quote, words
from reader.analysis.text.segments import Segments
from reader.analysis.text.tokens import tokens


def after_its_cue(text: str, before: Found, q: Quote) -> bool:
    """The quote opens right after the sentence that ends with the cue of the
    quote before it: '"A," she said on Monday. "B."' ('she said on Monday.'
    ends before the quote, with no other quote mark in between)."""
    if before.cue is None or not before.end <= before.cue[0] < q.open:
        return False
    gap = text[before.cue[1] : q.open].rstrip(" \t\u00a0")
    return (
        len(gap) <= CONTINUED_GAP_CHARS
        and gap.endswith(".")
        and not any(c in gap for c in '"“”«»„?!')
    )


def embedded(text: str, seg: Segments, q: Quote, pstart: int) -> bool:
    """A quote inside running prose (not after a sentence end, colon or comma)."""
    s_lo = seg.sentence_of(q.open)[0]
    before = text[max(pstart, s_lo) : q.open].strip(" \t")
    if not before:
        return False
    return not (before[-1] in ":" or (before[-1] in ",—–" and words(text[q.start : q.end]) >= 4))


def after_possessive(text: str, q: Quote, pstart: int) -> bool:
    """The quote follows a possessive: 'Vestby TV's "Meet the Voters"' names a show."""
    toks = tokens(text, max(pstart, q.open - TITLE_INTRO_CHARS), q.open)
    return bool(toks) and toks[-1].low.endswith(("'s", "’s"))


def inside_subject(text: str, seg: Segments, q: Quote) -> bool:
    """The quote sits in a relative clause or appositive that follows the
    sentence's subject: 'Jan Berg, who calls it a "farce," said ...'."""
    s_lo = seg.sentence_of(q.open)[0]
    before = text[s_lo : q.open]
    c = before.rfind(",")
    if c <= 0 or verbs_in(text, s_lo, s_lo + c):
        return False
    opener = before[c + 1 :].split(None, 1)[:1]
    return bool(opener) and opener[0].lower() in ("who", "which", "whose", "the", "a", "an")


def is_title(text: str, q: Quote, pstart: int) -> bool:
    """Quoted names and titles: after `titled`, `called`, `the book`..."""
    toks = tokens(text, max(pstart, q.open - TITLE_INTRO_CHARS), q.open)
    if toks and toks[-1].low in TITLE_INTRODUCERS:
        return True
    after = text[q.close : q.close + 3]
    return after.startswith((" —", " –")) and "\n" not in after


#: Words right before a programme's or paper's title ("said on Vestby TV's "Meet the
#: Voters"", "told "Morning Hour"", "in "The Week Ahead"").
_TITLE_LEADS = frozenset({"on", "to", "told", "in", "during"})


#: The longest quote read as a programme's title.
_TITLE_CHARS = 60


def programme_title(text: str, q: Quote, pstart: int) -> bool:
    """A short title-case quote after "on", "told" or a possessive: the name of a
    show or a column ('said on Vestby TV's "Meet the Voters" that ...'), not words spoken."""
    if q.end - q.start > _TITLE_CHARS:
        return False  # most quotes: longer than any title, and no slice taken
    content = text[q.start : q.end].strip()
    if not content or content[-1] in ".,;:!?…" or not 1 <= words(content) <= 5:
        return False
    inner = tokens(text, q.start, q.end)
    if not inner or not inner[0].cap:
        return False
    if not all(t.cap or t.low in TITLE_SMALL_WORDS for t in inner if t.text.isalpha()):
        return False
    if not all(t.text.isalpha() or t.text in "'’-&" for t in inner):
        return False
    before = tokens(text, max(pstart, q.open - TITLE_INTRO_CHARS), q.open)
    return bool(before) and (
        before[-1].low in _TITLE_LEADS or before[-1].low.endswith(("'s", "’s"))
    )
