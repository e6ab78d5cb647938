"""Subjects read away from the cue or without a known head noun.

`The senator toured the plant and said ...` shares the subject of the
sentence's first verb, whatever that verb is; `The Liberal incumbent said
...` has a head noun the lexicon lacks, read as a description of people.
"""

from __future__ import annotations

from reader.analysis.lexicon import AUXILIARIES
from reader.analysis.limits import PASSIVE_OPENER_CHARS, SUBJECT_CHARS, WITH_SUBJECT_CHARS
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.common_phrases import DETERMINERS, described_phrase
from reader.analysis.phrases.names import phrase_before
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
    ...`, `Coastal conservatives say ...`: a plural the lexicon lacks, with at most
    two describing words before it (lower case, or a capitalised adjective) and no
    determiner, fills the clause before the verb; people nobody names."""
    if not 1 <= len(toks) <= 3 or not all(t.text.isalpha() for t in toks):
        return None
    if not toks[-1].text.islower() or not all(t.text.islower() or _modifier(t) for t in toks):
        return None
    head = toks[-1].low
    if not head.endswith("s") or head.endswith(("ss", "us", "is")) or len(head) < 5:
        return None
    if any(t.low in _NOT_PLURAL or t.low in _FUNCTION or t.low in AUXILIARIES for t in toks):
        return None
    start, end = toks[0].start, toks[-1].end
    return Phrase(start, end, text[start:end], "anon", text[start:end])


#: Endings of adjectives of nationality, party or kind ("Norwegian", "Liberal",
#: "Democratic", "Conservative", "Social"), capitalised before a plural head.
_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ic", "al", "ive")


def _modifier(t: Tok) -> bool:
    """A capitalised word before a plural head that only describes it ("Norwegian
    netmakers", "Coastal conservatives"); not a name ("Brightwater staff")."""
    return (
        t.text[0].isupper()
        and t.text[1:].islower()
        and t.low.endswith(_ADJECTIVE_ENDINGS)
        and t.low not in AUXILIARIES
    )


def share_subject(cue: CueContext, subj: Phrase | None = None) -> Phrase | None:
    """`Six in 10 say ...`, `About 9 percent of voters said ...`: a share of
    the people polled fills the clause before the verb (see phrases/shares)."""
    toks = _clause_before(cue)
    share = share_phrase(cue.seg.text, toks)
    if share is None and subj is not None and subj.head_end is not None:
        # "Large majorities of island voters in six districts say": the share
        # ends at the group's head; the words that place the group follow it.
        head = [t for t in toks if t.end <= subj.head_end]
        share = share_phrase(cue.seg.text, head) if len(head) < len(toks) else None
        if share is not None:
            text = cue.seg.text
            whole = text[share.start : subj.end]
            return Phrase(share.start, subj.end, whole, "anon", whole, None, share.end)
    if share is None:
        # "a harbour where 58 percent of islanders say ...": the share after a relative.
        k = max((i for i, t in enumerate(toks) if t.low in ("which", "whom", "where")), default=-1)
        share = share_phrase(cue.seg.text, toks[k + 1 :]) if k >= 0 else None
    return share or _apposed_share(cue)


def with_subject(cue: CueContext) -> tuple[Phrase, bool] | None:
    """`..., with a third of the crews saying ...`, `..., with Senator Lind telling reporters
    ...`: the words between an absolute "with" and an -ing verb are its subject,
    whole (not "crews" in "a third of the crews"); and whether they are a share
    of the people polled."""
    text = cue.seg.text
    if (
        text.find("with ", max(cue.sent_start, cue.cue_start - WITH_SUBJECT_CHARS), cue.cue_start)
        < 0
    ):
        return None  # most -ing cues: no "with" before them
    toks = tokens(text, max(cue.sent_start, cue.cue_start - WITH_SUBJECT_CHARS), cue.cue_start)
    w = max((i for i, t in enumerate(toks) if t.low == "with"), default=-1)
    between = toks[w + 1 :]
    if w < 0 or not between or any(t.text in ",;:()" for t in between):
        return None
    share = share_phrase(text, between)
    if share is not None:
        return share, True
    ph = phrase_before(text, between[0].start, cue.cue_start)
    return (ph, False) if ph is not None and ph.start == between[0].start else None


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


#: Words before "that" that make it no relative pronoun ("so that", "now that").
_NOT_ANTECEDENT = frozenset({"so", "now", "such", "given", "except", "and", "but", "or"})

#: Words after "who" or "that" that show no verb follows.
_NO_VERB = DETERMINERS | frozenset({"he", "she", "they", "we", "i", "you", "it", "there"})

#: Heads a restrictive "that" clause may follow as the subject ("groups that ...").
_THAT_HEADS = frozenset({"anon", "group", "org"})


def subject_before_relative(cue: CueContext) -> Phrase | None:
    """`Even farmers who backed the dam complained that ...`, `Some who ride
    the ferry complain ...`: the subject is the phrase before a relative clause that
    fills the words before the verb (with a verb of its own and no comma), not
    the last noun of that clause."""
    text = cue.seg.text
    lo = max(cue.sent_start, cue.cue_start - SUBJECT_CHARS)
    window = text[lo : cue.cue_start]
    if " who " not in window and " that " not in window:
        return None  # most subjects: no relative pronoun to read past
    toks = tokens(text, lo, cue.cue_start)
    k = len(toks)
    while k > 0 and toks[k - 1].low in AUXILIARIES:
        k -= 1
    j = k
    while j > 0 and toks[j - 1].text not in ',;:—–()"“”':
        j -= 1
    rel = next((x for x in range(j + 1, k) if toks[x].low in ("who", "that")), -1)
    if rel < 0 or rel + 1 >= k or toks[rel - 1].low in _NOT_ANTECEDENT:
        return None
    after = toks[rel + 1]
    if not after.text.isalpha() or not after.text.islower() or after.low in _NO_VERB:
        return None  # "that the ...": a conjunction, not a relative pronoun
    lead = j + 1 if toks[j].low in ("even", "but", "and") else j
    head = phrase_before(text, toks[j].start, toks[rel].start)
    if head is None or head.start != toks[lead].start:
        head = described_phrase(text, toks[lead:rel]) or _bare_plural(text, toks[lead:rel])
    if head is None:
        return None
    if toks[rel].low == "that" and head.kind not in _THAT_HEADS:
        return None
    return head


#: Words that open an aside set off by commas between a subject and its verb.
_ASIDE_OPENERS = frozenset({"including", "like", "such", "among", "especially", "notably"})
_DASHES = frozenset({"—", "–", "-"})


def subject_before_aside(cue: CueContext) -> Phrase | None:
    """`Several skippers, including Ames, said ...`, `Bakers — and a few
    butchers — say ...`: an aside between the subject and its verb; the
    subject is the phrase before it."""
    text = cue.seg.text
    lo = max(cue.sent_start, cue.cue_start - SUBJECT_CHARS)
    if text[lo : cue.cue_start].rstrip()[-1:] not in (",", "—", "–", "-"):
        return None  # most verbs: no aside right before them
    toks = tokens(text, lo, cue.cue_start)
    close = len(toks) - 1
    if close < 3 or (toks[close].text != "," and toks[close].text not in _DASHES):
        return None
    dash = toks[close].text in _DASHES
    k = close - 1
    while k > 0 and close - k <= 12:
        if (dash and toks[k].text in _DASHES) or (not dash and toks[k].text in ",;:—–()"):
            break
        k -= 1
    if k <= 0 or k == close - 1 or (dash and toks[k].text not in _DASHES):
        return None
    if not dash and (toks[k].text != "," or toks[k + 1].low not in _ASIDE_OPENERS):
        return None
    j = k
    while j > 0 and toks[j - 1].text not in ',;:—–()"“”':
        j -= 1
    if j == k:
        return None
    head = phrase_before(text, toks[j].start, toks[k].start)
    if head is not None and head.start == toks[j].start:
        return head
    return described_phrase(text, toks[j:k]) or _bare_plural(text, toks[j:k])
