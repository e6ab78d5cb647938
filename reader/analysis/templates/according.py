"""`According to X, ...` and `..., according to X.`: the clause around the cue."""

from __future__ import annotations

from reader.analysis.lexicon import MONTHS, TIME_UNITS, WEEKDAYS, words
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.common_phrases import strip_determiner
from reader.analysis.templates.clauses import claim_kind, content_end
from reader.analysis.templates.cues import (
    CueContext,
    Found,
    lemma,
    phrase_after,
    subject_of,
    verbs_in,
)
from reader.analysis.templates.loose_source import loose_source
from reader.analysis.text.finite import finite
from reader.analysis.text.tokens import tokens

#: A lead that only points back to the sentence before: no clause of its own.
_POINTING_BACK = frozenset({"that's", "that is", "this is", "that was", "those are", "so says"})


def _bare_singular(s: str) -> bool:
    return s.isalpha() and s.islower() and not s.endswith(("s", "police", "staff"))


def according(cue: CueContext) -> Found | None:
    """`According to X, ...` and `..., according to X.`"""
    text = cue.seg.text
    vs, ve, s_lo, s_hi = cue.cue_start, cue.cue_end, cue.sent_start, cue.sent_end
    ph = phrase_after(text, ve + 1, s_hi)
    if ph is None or _bare_singular(ph.text):
        # "according to harbour pilot sources": read past what the phrase reader stops at.
        ph = loose_source(text, ve + 1, s_hi)
    if ph is None or _bare_singular(ph.text):
        return None  # "went according to plan": a bare singular noun is no source
    lead = text[s_lo:vs].strip(" \t,")
    if lead.lower().replace("’", "'") in _POINTING_BACK:
        return None  # "That's according to the filings": the claim is the sentence before
    if lead and any(
        m.group().islower()
        and lemma(m.group()) in ("say", "tell")
        and subject_of(text, s_lo, m.start()) is not None
        for m in verbs_in(text, s_lo, vs)
    ):
        return None  # "X said Y, according to Z": the claim is X's, found by its verb
    if not lead:
        # According to X, clause.
        k = ph.end
        while k < s_hi and text[k] != ",":
            k += 1
        c0 = k + 1
        while c0 < s_hi and text[c0] in " \t":
            c0 += 1
        if text.startswith(("which ", "who "), c0):
            # "According to the Ledger, which cited two officials, the mine ...":
            # the relative clause says where X had it from; the claim follows it.
            k = text.find(",", c0, s_hi)
            if k < 0:
                return None
            c0 = k + 1
            while c0 < s_hi and text[c0] in " \t":
                c0 += 1
        c1 = content_end(cue, c0)
    else:
        c0 = s_lo
        c1 = vs
        while c1 > c0 and text[c1 - 1] in " \t,":
            c1 -= 1
        if (
            text[c1:vs].strip(" \t") == ","
            and text[ph.end : s_hi].lstrip(" \t").startswith(",")
            and not finite(tokens(text, c0, c1))
        ):
            # "The plan, according to Doe, is dead": the clause runs on past its cue.
            c1 = s_hi
            while c1 > c0 and text[c1 - 1] in " \t\n.!?":
                c1 -= 1
    if c1 - c0 < 3:
        return None
    kind = claim_kind(cue.quotes, cue.qstarts, c0, c1)
    return Found(c0, c1, kind, (vs, ve), _whole_source(text, ph, ve, s_hi), "according-to")


#: Kinds of source whose words after the head still say which one it is.
_DESCRIBED_KINDS = frozenset({"document", "group", "org"})
#: Marks that end a source read to its comma: the comma, or a dash opening an aside.
_SOURCE_ENDS = (",", " - ", "—", " – ")
#: Words that only say when: a tail of nothing else is no part of the source.
_WHEN = WEEKDAYS | MONTHS | TIME_UNITS | words("on in at last this the time earlier today")
#: At most this many words in a source read to its comma.
_SOURCE_WORDS = 16


def _whole_source(text: str, ph: Phrase, ve: int, hi: int) -> Phrase:
    """The source of `according to` runs to its comma or the sentence end: "a poll
    taken last week", "figures the campaign released Friday", "officials involved
    at the time" are one source each, not the head alone. A person's name keeps
    its own reading, and so does a phrase followed by more than a short tail."""
    if ph.kind not in _DESCRIBED_KINDS or text[ve : ph.start].strip():
        return ph
    ends = (text.find(mark, ph.end, hi) for mark in _SOURCE_ENDS)
    end = min((k for k in ends if k >= 0), default=hi)
    while end > ph.end and text[end - 1] in " \t\n.!?\"”'’":
        end -= 1
    if end <= (ph.head_end or ph.end):
        return ph
    tail = text[ph.end : end]
    if any(c in tail for c in '"“”;:()') or len(text[ph.start : end].split()) > _SOURCE_WORDS:
        return ph
    if _only_when(text, ph.head_end or ph.end, end) or _time_tail(text, ph.end, end):
        return ph  # "a report on Wednesday", "a filing by prosecutors last month": when
    whole = text[ph.start : end]
    head = ph.head_end or ph.end
    return Phrase(ph.start, end, whole, ph.kind, strip_determiner(whole), ph.role, head)


def _only_when(text: str, lo: int, hi: int) -> bool:
    """Whether the words of text[lo:hi] only say when ("on Wednesday", "last month")."""
    return all(w in _WHEN for w in text[lo:hi].lower().split())


def _time_tail(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] is a time adverbial of its own ("last month", "on
    Thursday"), not the end of a phrase cut short ("taken in | May")."""
    ws = text[lo:hi].lower().split()
    return bool(ws) and ws[0] in _TIME_OPENERS and _only_when(text, lo, hi)


#: Words that open a time adverbial after a source.
_TIME_OPENERS = frozenset({"last", "this", "earlier", "on", "in", "at", "today"})
