"""Reported speech whose source comes after the clause: `Clause, X said.`

Also `Clause, said X.` and `Clause, said X, clause.`: the reporting verb
follows the reported clause, and the speaker is read after or around it.
"""

from __future__ import annotations

from typing import Literal

from reader.analysis.lexicon import QUOTE_OK_WEAK, ROLE_WORDS, SUBORDINATORS, WEAK_VERBS
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.common_phrases import DETERMINERS
from reader.analysis.templates.after_verb import AUDIENCES, BRIDGE_START, NOT_CLAUSE
from reader.analysis.templates.clause_tails import ANONYMITY_ASIDES
from reader.analysis.templates.clauses import (
    claim_kind,
    content_end,
    documentish,
)
from reader.analysis.templates.cues import CueContext, Found, lemma, phrase_after, subject_of
from reader.analysis.text.finite import finite
from reader.analysis.text.quotes import inside_quote
from reader.analysis.text.tokens import tokens


def _plural_people(text: str, lo: int, vs: int) -> Phrase | None:
    """`..., traders said.`: a plain plural noun in the tail slot names people."""
    toks = tokens(text, lo, vs)
    if not 1 <= len(toks) <= 3 or not all(t.text.isalpha() and t.text.islower() for t in toks):
        return None
    head = toks[-1].low
    if not head.endswith("s") or head.endswith("ss") or head in NOT_CLAUSE:
        return None
    s0 = toks[0].start
    return Phrase(s0, toks[-1].end, text[s0 : toks[-1].end], "anon", text[s0 : toks[-1].end])


def _channel_tail(tail: str) -> bool:
    """What follows a tail cue is only its audience, channel or time.

    A clause hung on the sentence may follow after a comma: "..., Velmont
    said in its results statement, as energy costs rose."
    """
    if not tail.endswith((".", "!", "?")):
        return False
    body = tail.rstrip(".!?").strip()
    head, comma, rest = body.partition(",")
    if comma:
        first = rest.strip().split(" ", 1)[0].lower()
        if first not in SUBORDINATORS:
            return False
        body = head.rstrip()
    ws = body.split()
    if not ws or len(ws) > 8 or body != tail[: len(body)]:
        return False
    if any(c in body for c in ',;:"“”«»'):
        return False
    if body.lower().startswith(("at least ", "at most ")):
        return False  # "CNN reported at least six planes ...": a number, not a place
    return (
        ws[0].lower() in BRIDGE_START
        or ws[0][0].isupper()
        or ws[0].lower() in AUDIENCES
        # "..., a source told the Gazette.": a named outlet or body told.
        or (ws[0].lower() == "the" and len(ws) > 1 and ws[1][0].isupper())
    )


def inverted(cue: CueContext) -> Found | None:
    """`Clause, X said.`, `Clause, said X.` and `Clause, said X, clause.`"""
    text = cue.seg.text
    vs, ve, s_lo, s_hi = cue.cue_start, cue.cue_end, cue.sent_start, cue.sent_end
    before = text[s_lo:vs]
    if "," not in before:
        return None
    comma = before.rfind(",")
    between = before[comma + 1 :].strip()
    # "Clause, Jane Okoro, a spokeswoman for X, said.": a name and its appositive.
    ph = None if between else _appositive_subject(text, s_lo, vs)
    if ph is not None:
        comma = text.rfind(",", s_lo, ph.start) - s_lo
    elif between:
        # "Clause, X said." — X sits between the comma and the verb.
        ph = subject_of(text, s_lo + comma + 1, vs)
        if ph is None:
            ph = _plural_people(text, s_lo + comma + 1, vs)
        if ph is not None and ph.start > s_lo + comma + 3 and ph.kind in _WIDENED:
            _widen(text, ph, s_lo + comma + 1)
        if ph is None or ph.start > s_lo + comma + 3:
            return None
    else:
        ph = phrase_after(text, ve + 1, s_hi)
    if ph is None:
        return None
    lem = lemma(text[vs:ve]) or ""
    if lem in WEAK_VERBS and lem not in QUOTE_OK_WEAK and not documentish(ph):
        return None
    tail_at = _past_aside(text, max(ph.end, ve), s_hi)
    tail = text[tail_at:s_hi].strip()
    c0 = s_lo
    stop = _tail_stop(tail, speaker_first=ph.end <= vs)
    if stop is None and lem in _TOLD and _audience_tail(tail):
        stop = "comma"  # "Clause, the president told her.", "..., he told a Senate panel."
    if stop is None and ph.end <= vs and _channel_then_clause(text, tail_at, s_hi):
        # "Instead, Lind told Reuters, the plan failed."
        stop = "clause"
    if stop is None:
        return None
    c1 = s_lo + comma if stop == "comma" else content_end(cue, c0)
    if c1 - c0 < 12 or inside_quote(cue.quotes, cue.qstarts, c0):
        return None
    if text[c0] in '"“':
        return None
    lead = tokens(text, c0, c1)
    if lead and lead[0].low.endswith("ing") and lead[0].cap and not finite(lead):
        return None  # "Speaking at a rally in Leeds, X vowed to ...": a participle phrase
    kind = claim_kind(cue.quotes, cue.qstarts, c0, c1)
    return Found(c0, c1, kind, (vs, ve), ph, "clause-then-cue")


#: The longest aside after a name that is skipped: "(R-Ore.)", "(pictured)".
_ASIDE_CHARS = 24


def _past_aside(text: str, pos: int, s_hi: int) -> int:
    """Past a short parenthesis right after the speaker: "said Sen. Ola Vik (R-Ore.)"."""
    k = pos
    while k < s_hi and text[k] in " \t":
        k += 1
    if k >= s_hi or text[k] != "(":
        return pos
    close = text.find(")", k, min(s_hi, k + _ASIDE_CHARS))
    return close + 1 if close > 0 else pos


def _tail_stop(tail: str, *, speaker_first: bool) -> Literal["comma", "clause"] | None:
    """Where the content of `Clause, X said TAIL` ends: at the comma before the
    cue ("comma"), at the end of the sentence ("clause"), or nowhere (None).

    With the speaker before the verb, a comma after the cue goes on with what
    was said ("In any case, Doe said, the plan failed.", "Still, she told
    reporters, the plan failed."): a fronted adverbial belongs to the reported
    clause, so the content runs over the cue to the end of the sentence.
    """
    if tail in ("", ".", "!", "?") or tail.startswith((".", "!", "?")):
        return "comma"
    if tail.startswith(","):
        rest = tail[1:]
        if rest.lstrip().lower().startswith(ANONYMITY_ASIDES):
            return "comma"  # "Clause, he said, on condition of anonymity."
        if speaker_first and not _participle_start(rest):
            return "clause"
        # "Clause, said Jane Okoro, a spokeswoman ..." / "..., Reuters reported, citing ...".
        return "comma" if _appositive_tail(rest) else "clause"
    if _channel_tail(tail):
        # "..., the council said on Monday." / "..., Lind told Reuters."
        return "comma"
    return None


#: Verbs whose tail may be only the person or body told.
_TOLD = frozenset({"tell", "assure", "inform", "remind"})
#: Words that open the audience of "told": an article, a possessive, a pronoun.
_AUDIENCE_OPENERS = frozenset(
    {"a", "an", "the", "his", "her", "their", "its", "our", "my", "him", "them", "me", "us"}
)
#: Things told that are no audience ("told a story", "told the truth").
_TOLD_THINGS = frozenset({"story", "stories", "tale", "tales", "truth", "lie", "lies", "joke"})


def _audience_tail(tail: str) -> bool:
    """`told a Senate panel Wednesday.`, `told her.`, `told the court in his filing.`:
    only the one told, with a time or place, then the end of the sentence."""
    if not tail.endswith((".", "!")):
        return False
    ws = tail.rstrip(".!").split()
    if not ws or len(ws) > 8 or ws[0].lower() not in _AUDIENCE_OPENERS:
        return False
    if any(c in tail for c in ',;:"“”«»'):
        return False
    lows = [w.lower() for w in ws]
    return "to" not in lows and "that" not in lows and not _TOLD_THINGS.intersection(lows)


def _participle_start(rest: str) -> bool:
    """`citing ...`, `adding ...`: an -ing word opens what follows the cue's comma."""
    first = rest.strip().split(" ", 1)[0].lower()
    return first.endswith("ing") and first.isalpha()


def _channel_then_clause(text: str, lo: int, hi: int) -> bool:
    """`told Reuters, the plan failed.`, `argued in a letter, the vote ...`: an
    audience or channel, a comma, then a clause that goes on with what was
    said (not `, as costs rose`, `, adding ...`, nor `to face the critics, ...`)."""
    comma = text.find(",", lo, hi)
    if comma < 0:
        return False
    head = tokens(text, lo, comma)
    if not head or not _channel_tail(text[lo:comma].strip() + "."):
        return False
    if head[0].low == "to" and (len(head) < 2 or not (head[1].cap or head[1].low in DETERMINERS)):
        return False  # "will continue to face ...": an infinitive, not an audience
    rest = tokens(text, comma + 1, hi)
    return (
        bool(rest)
        and rest[0].low not in SUBORDINATORS
        and not (rest[0].low.endswith("ing") and rest[0].text.isalpha())
        and finite(rest)
    )


#: Kinds of phrase that plain words before them may modify.
_WIDENED = frozenset({"group", "anon", "backref"})


def _widen(text: str, ph: Phrase, lo: int) -> None:
    """`..., port officials said.`, `..., the prime minister's spokesman said.`:
    plain lower-case words before the head modify it, after an article."""
    gap = tokens(text, lo, ph.start)
    article = bool(gap) and gap[0].low in ("the", "a", "an")
    words = gap[1:] if article else gap
    if (
        len(words) <= 2
        and (words or article)
        and all(
            t.text.isalpha()
            and t.text.islower()
            and t.low not in NOT_CLAUSE
            and t.low not in DETERMINERS
            for t in words
        )
    ):
        ph.start = gap[0].start
        ph.text = text[ph.start : ph.end]
        ph.core = text[words[0].start : ph.end] if words else ph.core


def _appositive_subject(text: str, s_lo: int, vs: int) -> Phrase | None:
    """The named speaker of `, Jane Okoro, a spokeswoman for X, said`, or None."""
    ph = subject_of(text, s_lo, vs)
    if ph is None or ph.kind not in ("person", "org", "media"):
        return None
    if not text[ph.end : vs].lstrip(" \t").startswith(","):
        return None
    lead = text[s_lo : ph.start].rstrip(" \t")
    return ph if lead.endswith(",") and len(lead) > 12 else None


def _appositive_tail(rest: str) -> bool:
    """What follows `said X,` describes X or the sourcing, not a new clause."""
    first = rest.strip().split(" ", 1)[0].lower()
    return (
        first in ("a", "an", "the", "who", "whose", "which")
        or first in ROLE_WORDS
        or _participle_start(rest)  # "citing ...", "adding to ..."
    )
