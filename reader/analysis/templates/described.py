"""A quote's speaker described with a head noun the lexicon lacks.

`"...," the moderator said`, `"...," said one Republican strategist`: the
words between a closed quote and its verb (or after an inverted verb, to
the end of the sentence or a comma) are the whole speaker phrase, so a
determiner, a few modifiers and a lower-case head read as someone the
article does not name, even when the head ("moderator", "narrator",
"organizer") is in no word list. Nothing else can fill that place: in
news copy the words right after a quote and before "said" are its speaker.
"""

from __future__ import annotations

from reader.analysis.lexicon import MONTHS, NUMBER_WORDS, TIME_UNITS, WEEKDAYS
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.common_phrases import described_phrase
from reader.analysis.templates.cues import VerbHit, lemma
from reader.analysis.text.finite import FINITE_WORDS
from reader.analysis.text.tokens import Tok, tokens

#: Determiners that open an unnamed speaker beside the ones `described_phrase`
#: reads: "one strategist", "another supporter" are a new unnamed source each.
_COUNTING = frozenset({"one", "another"})
#: Possessives that open such a speaker right after a quote: '"...," his
#: colleague wrote' is someone the article does not name.
_OWNING = frozenset({"his", "her", "their"})
#: What may end the phrase after an inverted verb.
_ENDS = frozenset({".", ",", ";", "!", "?"})


#: Heads that name a time or a count, not who spoke ('"...," the two said' names
#: nobody new: the two are people named before).
_NOT_HEADS = TIME_UNITS | WEEKDAYS | MONTHS | NUMBER_WORDS | frozenset({"day", "days", "time"})


def _read(text: str, toks: list[Tok]) -> Phrase | None:
    if len(toks) < 2 or toks[-1].low in _NOT_HEADS:
        return None
    if toks[0].low in _COUNTING or toks[0].low in _OWNING:
        # Read as "a ...", keeping the span and text as written.
        ph = described_phrase(text, [Tok(toks[0].start, toks[0].end, "a"), *toks[1:]])
        if ph is None:
            return None
        return Phrase(ph.start, ph.end, text[ph.start : ph.end], "anon", ph.core)
    return described_phrase(text, toks)


#: Verb forms that are only participles: '"Salt Year," a biography written by
#: ...' describes a work; the phrase before them is no speaker.
_PARTICIPLES = frozenset({"written", "shown"})


def participle_only(verb: str) -> bool:
    """A verb form that is only a participle ("written"): after a quote it
    describes a work ('"Salt Year," a biography written by ...'), unless an
    auxiliary comes before it."""
    return verb.lower() in _PARTICIPLES


def described_before(text: str, toks: list[Tok], written: bool = False) -> Phrase | None:
    """`the moderator` in `"...," the moderator said`: all of `toks`, the words
    between the quote and its verb, as one described speaker; `written` (the
    verb is "read": '"...," the sign read') makes it a document."""
    ph = _read(text, toks)
    if ph is not None and written:
        ph.kind = "document"
    return ph


def described_after(text: str, toks: list[Tok]) -> Phrase | None:
    """`a narrator` in `"...," says a narrator.`: the words after the verb up to
    the end of the sentence or a comma."""
    k = 0
    while k < len(toks) and toks[k].text not in _ENDS:
        k += 1
    if k == len(toks):
        return None
    return _read(text, toks[:k])


def role_before_name(text: str, lead: int, ph: Phrase) -> bool:
    """'"...," the port's press secretary, Tove Aune, said': the words
    between the quote and the name are the role the name's phrase was given."""
    if not ph.role:
        return False
    words = text[lead : ph.start].rstrip(" ,").split(None, 1)
    if words and words[0].lower() in ("the", "a", "an", "his", "her", "its", "their"):
        words = words[1:]
    return " ".join(words) == ph.role


def sentence_ends(text: str, lo: int, hi: int) -> bool:
    """A full stop, question or exclamation mark ends a sentence in [lo, hi)."""
    return any(text.find(mark, lo, hi) >= 0 for mark in (". ", "? ", "! "))


def clause_follows(toks: list[Tok]) -> bool:
    """A subject of a few words, then a finite verb: the words after a cue are
    its clause ("said the candidate could win"), not an inverted speaker."""
    for j, t in enumerate(toks[: _INVERTED_SUBJECT_WORDS + 1]):
        if not t.text.isalnum() or t.low in _LINKS:
            return False
        if j > 0 and t.low in FINITE_WORDS:
            return True
    return False


#: Words that open another clause or a relative one after an inverted speaker.
_LINKS = frozenset(
    {"and", "but", "or", "while", "when", "because", "although", "though", "so", "then",
     "after", "before", "since", "if", "where", "until", "who", "whose", "which", "that", "as"}
)  # fmt: skip
#: How many words an inverted speaker may hold before a finite verb shows a clause.
_INVERTED_SUBJECT_WORDS = 4


def described_subject(text: str, sent_lo: int, mm: VerbHit) -> Phrase | None:
    """'Another netmaker said, "..."': the whole clause before the verb is an
    unnamed speaker with a head noun the lexicon lacks (see `described_before`)."""
    toks = tokens(text, sent_lo, mm.start())
    if not 2 <= len(toks) <= _DESCRIBED_WORDS or not mm.group().islower():
        return None
    return described_before(text, toks)


#: The most words such a described subject holds.
_DESCRIBED_WORDS = 4


def read_as_noun(text: str, lead: int, m: VerbHit, hi: int) -> bool:
    """The verb form `m` after a quote is a noun: after a possessive or a
    determiner ("the mayor's comments", '"...," the report said'), or a noun
    form right before a verb of speech ('"...," the new report said')."""
    last = text[lead : m.start()].rsplit(None, 1)[-1:]
    if last and (last[0].endswith(("'s", "’s")) or last[0].lower() in _NOUN_MARKERS):
        return True
    return m.group().lower() in _NOUN_FORMS and _verb_next(text, m.end(), hi)


def _verb_next(text: str, pos: int, hi: int) -> bool:
    """The next word after `pos` is a lower-case verb of speech ("report said")."""
    nxt = text[pos:hi].split(None, 1)[:1]
    word = nxt[0].rstrip(".,;:!?") if nxt else ""
    return word.isalpha() and word.islower() and lemma(word) is not None


#: Forms of reporting verbs that are also nouns a document or message is named by.
_NOUN_FORMS = frozenset(
    {"report", "reports", "claim", "claims", "note", "notes", "answer", "reply", "comment",
     "comments", "post", "posts", "tweet", "tweets", "statement", "response", "promise",
     "warning", "estimate", "estimates", "forecast", "release", "ruling", "filing"}
)  # fmt: skip
#: Words after which a verb form is a noun: "the report", "a claim", "its answer".
_NOUN_MARKERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})
