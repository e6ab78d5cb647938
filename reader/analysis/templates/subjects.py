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
    toks = _clause_before(cue)
    return described_phrase(cue.seg.text, toks) or _bare_plural(cue.seg.text, toks)


#: Words ending like a plural that are no noun for people.
_NOT_PLURAL = frozenset(
    {
        "always", "perhaps", "sometimes", "nevertheless", "besides", "unless", "thus",
        "this", "its", "his", "hers", "ours", "yours", "theirs", "us", "is", "was", "has",
        "does", "as", "whereas", "plus", "less", "yes", "news", "afterwards", "towards",
        "various", "numerous", "previous", "serious", "famous", "obvious",
    }
)  # fmt: skip
#: Words that never stand inside such a subject ("in which students", "that critics").
_FUNCTION = frozenset(
    {
        "in", "which", "that", "who", "whom", "whose", "what", "of", "to", "for", "on",
        "at", "by", "with", "from", "and", "or", "but", "if", "when", "where", "than",
        "then", "so", "even", "also", "not", "only", "still",
    }
)  # fmt: skip


def _bare_plural(text: str, toks: list[Tok]) -> Phrase | None:
    """`If costs keep rising, forecasters say ...`, `But harbour specialists say
    ...`: a plural the lexicon lacks, with at most two lower-case words before it
    and no determiner, fills the clause before the verb; people nobody names."""
    if not 1 <= len(toks) <= 3 or not all(t.text.isalpha() and t.text.islower() for t in toks):
        return None
    head = toks[-1].low
    if not head.endswith("s") or head.endswith(("ss", "us", "is")) or len(head) < 5:
        return None
    if any(t.low in _NOT_PLURAL or t.low in _FUNCTION or t.low in AUXILIARIES for t in toks):
        return None
    start, end = toks[0].start, toks[-1].end
    return Phrase(start, end, text[start:end], "anon", text[start:end])


def share_subject(cue: CueContext) -> Phrase | None:
    """`Six in 10 say ...`, `About 9 percent of voters said ...`: a share of
    the people polled fills the clause before the verb (see phrases/shares)."""
    return share_phrase(cue.seg.text, _clause_before(cue)) or _apposed_share(cue)


def _apposed_share(cue: CueContext) -> Phrase | None:
    """`Just under a third, 31 percent, say ...`: a share with its figure set
    off by commas right before the verb; both parts read as shares."""
    text = cue.seg.text
    toks = tokens(text, max(cue.sent_start, cue.cue_start - SUBJECT_CHARS), cue.cue_start)
    if len(toks) < 4 or toks[-1].text != ",":
        return None
    c2 = len(toks) - 2
    while c2 >= 0 and toks[c2].text != ",":
        c2 -= 1
    if c2 < 1 or share_phrase(text, toks[c2 + 1 : -1]) is None:
        return None
    j = c2
    while j > 0 and toks[j - 1].text not in ",;:—–()" and toks[j - 1].low not in _JOINS:
        j -= 1
    if share_phrase(text, toks[j:c2]) is None:
        return None
    start, end = toks[j].start, toks[-2].end
    return Phrase(start, end, text[start:end], "anon", text[start:end])


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
