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


def object_relative(cue: CueContext, lem: str, subj: Phrase) -> Found | None:
    """The verb phrase after `which/that/who SUBJECT said`, or None."""
    if lem not in OBJECT_RELATIVE_VERBS:
        return None
    text = cue.seg.text
    if subj.head_end is not None:
        # "a letter that the union": the head's relative clause holds the speaker.
        inner = tokens(text, subj.head_end, subj.end)
        if len(inner) < 2 or inner[0].low not in _RELATIVE_PRONOUNS:
            return None
        found = subject_of(text, inner[0].end, cue.cue_start)
        if found is None or found.start != inner[1].start:
            return None
        subj = found
    if subj.start <= cue.sent_start:
        return None
    before = tokens(text, max(cue.sent_start, subj.start - 12), subj.start)
    if not before:
        return None
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
