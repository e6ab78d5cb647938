"""`... policies, which he said had harmed the economy`: speech inside a relative.

The relative pronoun is the subject of the reported clause and the speaker
sits between it and the verb, so what follows the verb is a verb phrase
with no subject of its own: "which critics said was unfair", "a letter
that he said was drafted by the firm". The claim is that verb phrase, as
far as the reported clause runs; the speaker is the subject before the verb.
"""

from __future__ import annotations

from reader.analysis.limits import CLAUSE_TEST_CHARS
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.common_phrases import described_phrase
from reader.analysis.templates.clauses import claim_kind, content_end
from reader.analysis.templates.cues import CueContext, Found, subject_of
from reader.analysis.text.finite import FINITE_WORDS
from reader.analysis.text.tokens import Tok, tokens

#: Verbs of speech that take a relative's verb phrase ("which X said was ...").
OBJECT_RELATIVE_VERBS = frozenset(
    {"say", "claim", "allege", "argue", "contend", "insist", "tell", "warn", "suggest"}
)
_RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "what"})
#: Verbs that open the reported verb phrase: an auxiliary or a past form.
_OPENERS = frozenset(
    {
        "is", "was", "are", "were", "has", "had", "have", "would", "will", "could",
        "can", "should", "may", "might", "must", "did", "does",
    }
)  # fmt: skip


_ARTICLES = frozenset({"a", "an", "the", "this", "that", "its", "his", "her", "their"})


def _bare_noun(before: list[Tok]) -> bool:
    """ "a probe the agency said was ...": a noun after an article, then the
    speaker, with the relative pronoun left out."""
    return (
        len(before) >= 2
        and before[-1].text.isalpha()
        and before[-1].text.islower()
        and before[-2].low in _ARTICLES
    )


def _last_relative(toks: list[Tok]) -> int:
    """Index of the last relative pronoun among `toks`, or -1."""
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].low in _RELATIVE_PRONOUNS:
            return i
    return -1


#: Words that open a subject the lexicon lacks the head of: "the probe", "some".
_QUANTIFIERS = frozenset({"some", "many", "most", "others", "several"})


def _bare_subject(text: str, toks: list[Tok]) -> Phrase | None:
    """The subject between a relative pronoun and its verb when no phrase rule
    reads it: "which the audit said", "that harbour pilots said", "that some
    say". Only words, at most five, and read as people nobody names."""
    if not 1 <= len(toks) <= 5 or not all(t.text.isalpha() for t in toks):
        return None
    if len(toks) == 1:
        if toks[0].low not in _QUANTIFIERS:
            return None
        t = toks[0]
        return Phrase(t.start, t.end, t.text, "anon", t.low)
    found = described_phrase(text, toks)
    if found is not None:
        return found
    head = toks[-1]
    if (
        all(t.text.islower() for t in toks)
        and head.low.endswith("s")
        and head.low not in _NOT_HEADS
    ):
        # "harbour pilots", "ferry owners": a plural with no determiner.
        start, end = toks[0].start, head.end
        return Phrase(start, end, text[start:end], "anon", text[start:end])
    return None


_NOT_HEADS = frozenset({"was", "is", "has", "does", "this", "its", "his", "as", "us"})


def relative_subject(cue: CueContext, lem: str) -> Found | None:
    """`..., which the audit said were signed in haste`: speech inside a relative
    whose subject no phrase rule reads (see `_bare_subject`)."""
    if lem not in OBJECT_RELATIVE_VERBS:
        return None
    text = cue.seg.text
    before = tokens(text, max(cue.sent_start, cue.cue_start - 60), cue.cue_start)
    r = _last_relative(before)
    if r < 0 or len(before) - r > 6:
        return None
    subj = _bare_subject(text, before[r + 1 :])
    if subj is None:
        return None
    return object_relative(cue, lem, subj)


def object_relative(cue: CueContext, lem: str, subj: Phrase) -> Found | None:
    """The verb phrase after `which/that/who SUBJECT said`, or None."""
    if lem not in OBJECT_RELATIVE_VERBS:
        return None
    text = cue.seg.text
    if subj.head_end is not None:
        # "a letter that the union", "a fund in Lund that inspectors": the
        # head's relative clause holds the speaker.
        inner = tokens(text, subj.head_end, subj.end)
        r = _last_relative(inner)
        if r < 0 or r == len(inner) - 1:
            return None
        found = subject_of(text, inner[r].end, cue.cue_start) or _bare_subject(text, inner[r + 1 :])
        if found is None or found.start != inner[r + 1].start:
            return None
        subj = found
    if subj.text[:5].lower() == "that " and subj.core.endswith("s"):
        # "a shelter that inspectors said": "that" before a plural is the relative
        # pronoun, not a demonstrative of the subject.
        inner_subj = subject_of(text, subj.start + 5, cue.cue_start)
        if inner_subj is None:
            return None
        subj = inner_subj
    if subj.start <= cue.sent_start:
        return None
    before = tokens(text, max(cue.sent_start, subj.start - 12), subj.start)
    if not before:
        return None
    if len(before) > 1 and before[-1].low in ("even", "also"):
        before = before[:-1]  # "which even rivals say was ...": a focus word before the subject
    if before[-1].low not in _RELATIVE_PRONOUNS and not _bare_noun(before):
        return None
    if before[-1].low == "that" and len(before) > 1 and before[-2].text in (",", "said"):
        return None  # "said that he said ...": a complementiser, not a relative
    after = tokens(text, cue.cue_end, min(cue.sent_end, cue.cue_end + CLAUSE_TEST_CHARS))
    if not after:
        return None
    first = after[0]
    if not (
        first.low in _OPENERS
        or (first.low in FINITE_WORDS and first.low != "said")
        or (first.low.endswith("ed") and first.text.islower() and len(first.low) > 4)
    ):
        return None
    c0 = first.start
    c1 = content_end(cue, c0)
    cut = text.find(",", c0, c1)
    if cut > 0:
        c1 = cut  # the relative clause ends at the next comma: "..., which X said was A, fell"
    if c1 - c0 < 3:
        return None
    kind = claim_kind(cue.quotes, cue.qstarts, c0, c1)
    return Found(c0, c1, kind, (cue.cue_start, cue.cue_end), subj, "object-relative")
