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
from reader.analysis.text.tokens import Tok

#: Determiners that open an unnamed speaker beside the ones `described_phrase`
#: reads: "one strategist", "another supporter" are a new unnamed source each.
_COUNTING = frozenset({"one", "another"})
#: What may end the phrase after an inverted verb.
_ENDS = frozenset({".", ",", ";", "!", "?"})


#: Heads that name a time or a count, not who spoke ('"...," the two said' names
#: nobody new: the two are people named before).
_NOT_HEADS = TIME_UNITS | WEEKDAYS | MONTHS | NUMBER_WORDS | frozenset({"day", "days", "time"})


def _read(text: str, toks: list[Tok]) -> Phrase | None:
    if len(toks) < 2 or toks[-1].low in _NOT_HEADS:
        return None
    if toks[0].low in _COUNTING:
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
