"""Subjects read away from the cue or without a known head noun.

`The senator toured the plant and said ...` shares the subject of the
sentence's first verb, whatever that verb is; `The Liberal incumbent said
...` has a head noun the lexicon lacks, read as a description of people.
"""

from __future__ import annotations

from reader.analysis.lexicon import AUXILIARIES
from reader.analysis.limits import PASSIVE_OPENER_CHARS, SUBJECT_CHARS
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.common_phrases import described_phrase
from reader.analysis.phrases.shares import share_phrase
from reader.analysis.templates.cues import CueContext, lemma
from reader.analysis.templates.participles import main_subject
from reader.analysis.text.tokens import Tok, tokens

#: Verbs that people (not documents or events) do: an unknown head noun
#: before one of them is taken for a description of people.
PERSONAL_SPEECH = frozenset(
    {
        "say", "tell", "argue", "insist", "claim", "warn", "admit", "concede",
        "acknowledge", "explain", "recall", "predict", "contend", "assert",
        "allege", "complain", "boast", "declare", "vow", "pledge", "testify",
        "emphasise", "emphasize", "caution", "lament", "joke", "quip",
    }
)  # fmt: skip


#: Words after which a new clause, with a subject of its own, can start.
_JOINS = frozenset({"and", "but", "as", "while", "when", "because", "after", "although", "since"})


def described_subject(cue: CueContext) -> Phrase | None:
    """`The Republican incumbent said ...`: a subject whose head noun the lexicon
    lacks, read when it fills the clause before the verb (after any fronted
    part and a comma) with only auxiliaries between it and the verb."""
    return described_phrase(cue.seg.text, _clause_before(cue))


def share_subject(cue: CueContext) -> Phrase | None:
    """`Six in 10 say ...`, `About 9 percent of voters said ...`: a share of
    the people polled fills the clause before the verb (see phrases/shares)."""
    return share_phrase(cue.seg.text, _clause_before(cue))


def _clause_before(cue: CueContext) -> list[Tok]:
    """The words before the verb back to a comma, a mark or a joining word,
    without the auxiliaries right before the verb."""
    text = cue.seg.text
    toks = tokens(text, max(cue.sent_start, cue.cue_start - SUBJECT_CHARS), cue.cue_start)
    k = len(toks)
    while k > 0 and toks[k - 1].low in AUXILIARIES:
        k -= 1
    j = k
    while j > 0 and toks[j - 1].text not in ',;:—–()"“”' and toks[j - 1].low not in _JOINS:
        j -= 1
    return toks[j:k]


def coordinated_subject(cue: CueContext, conj: int) -> Phrase | None:
    """`The senator visited the plant and said ...`: the subject of the
    sentence's first verb, whatever that verb is, shares a coordinated cue.

    Not `was called in and told that ...`: "told" with no object before its
    clause is passive, and the subject is the one told, not the speaker.
    """
    text = cue.seg.text
    after = tokens(text, cue.cue_end, min(cue.sent_end, cue.cue_end + PASSIVE_OPENER_CHARS))
    if lemma(text[cue.cue_start : cue.cue_end]) == "tell" and (
        not after or after[0].low in ("that", "to")
    ):
        return None
    return main_subject(text, cue.sent_start, conj)
