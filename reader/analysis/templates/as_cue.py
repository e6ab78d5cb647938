"""`As the mayor noted, the pier is unsafe.`: a fronted "as" clause cues the sentence.

"As X said/noted/reported/pointed out, CLAUSE" hands the main clause to X.
Verbs such as "noted" or "pointed out" otherwise need a clause right after
them ("noted the gap" is an object), so they are read here, where the comma
after the verb shows that the clause after it is the reported one.
"""

from __future__ import annotations

from reader.analysis.limits import CLAUSE_TEST_CHARS
from reader.analysis.phrases.classify import Phrase
from reader.analysis.templates.clauses import claim_kind, content_end
from reader.analysis.templates.cues import CueContext, Found, phrase_after
from reader.analysis.text.finite import FINITE_WORDS, finite
from reader.analysis.text.tokens import tokens

#: Words that may stand before "as" at the start of its clause.
_LEADS = frozenset({"but", "and", "so", "yet", "still", "indeed", "however", "now"})
#: Verbs that frame a clause this way; not "as they call it", "as Kerry continues".
AS_VERBS = frozenset(
    {
        "say", "note", "report", "write", "point", "observe", "explain", "argue",
        "tell", "add", "reveal", "show", "find", "warn", "predict", "acknowledge",
        "concede", "admit", "claim", "insist", "recall", "remind", "suggest", "disclose",
    }
)  # fmt: skip
#: At most this many words (a particle, a time) between the verb and its comma.
_TAIL_WORDS = 4


def as_fronted(cue: CueContext, lem: str, subj: Phrase) -> Found | None:
    """The main clause after `As SUBJECT VERB ...,`, or None."""
    if lem not in AS_VERBS:
        return None
    text = cue.seg.text
    before = tokens(text, max(cue.sent_start, subj.start - 12), subj.start)
    if not before or before[-1].low != "as":
        return None
    if len(before) > 1 and before[-2].low not in _LEADS and before[-2].text not in ",;:—–(":
        return None  # "the same as Holm said ...": a comparison, not a frame
    after = tokens(text, cue.cue_end, min(cue.sent_end, cue.cue_end + CLAUSE_TEST_CHARS))
    k = 0
    while k < len(after) and after[k].text != ",":
        if k >= _TAIL_WORDS or after[k].low in FINITE_WORDS or after[k].text in ".;:!?":
            return None  # "As he said he would, ...": a clause of its own
        k += 1
    if k + 1 >= len(after):
        return None
    return _main_clause(cue, after[k + 1].start, subj)


def as_passive(cue: CueContext, lem: str) -> Found | None:
    """`As reported by the Ledger, CLAUSE`, `As first noted by X, CLAUSE`: the
    passive frame names its source after "by"; the main clause is the claim."""
    if lem not in AS_VERBS:
        return None
    text = cue.seg.text
    before = tokens(text, max(cue.sent_start, cue.cue_start - 24), cue.cue_start)
    while before and before[-1].low in ("first", "previously", "earlier", "also", "was"):
        before = before[:-1]
    if not before or before[-1].low != "as":
        return None
    if len(before) > 1 and before[-2].low not in _LEADS and before[-2].text not in ",;:—–(":
        return None
    after = tokens(text, cue.cue_end, min(cue.sent_end, cue.cue_end + CLAUSE_TEST_CHARS))
    if len(after) < 4 or after[0].low != "by":
        return None
    k = 1
    while k < len(after) and after[k].text != ",":
        if k > 8 or after[k].text in ".;:!?":
            return None
        k += 1
    ph = phrase_after(text, after[1].start, after[k - 1].end + 1) if k > 1 else None
    if ph is None or k + 1 >= len(after):
        return None
    return _main_clause(cue, after[k + 1].start, ph)


def _main_clause(cue: CueContext, c0: int, source: Phrase) -> Found | None:
    """The clause the "as" frame introduces, from `c0`, when it holds a verb."""
    text = cue.seg.text
    if not finite(tokens(text, c0, min(cue.sent_end, c0 + CLAUSE_TEST_CHARS))):
        return None
    c1 = content_end(cue, c0)
    if c1 - c0 < 3:
        return None
    kind = claim_kind(cue.quotes, cue.qstarts, c0, c1)
    return Found(c0, c1, kind, (cue.cue_start, cue.cue_end), source, "as-cue")
