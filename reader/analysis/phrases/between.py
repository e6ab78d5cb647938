"""What stands between a subject and its verb without being either.

A channel phrase says how the subject spoke ("Lind in a statement said",
"Lind in an interview with the Tribune said"), so the speaker is the noun
phrase before it, not the statement or the outlet inside it. A place adverb
after a plural ("critics of the rules here say") is no part of the subject.
"""

from __future__ import annotations

from bisect import bisect_left

from reader.analysis.lexicon import CHANNEL_NOUNS, words
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.common_phrases import known_head
from reader.analysis.text.tokens import Tok

#: How many tokens a channel phrase may run to, its preposition included
#: ("in an interview with the Vestby Evening Tribune").
_CHANNEL_TOKENS = 10
#: Words that lead a channel's addressee, and plain words an addressee may hold.
_TO = frozenset({"with", "to", "for", "on"})
_ADDRESSEE_WORDS = frozenset({"the", "a", "reporters", "journalists", "supporters", "staff"})


def skip_channel(text: str, toks: list[Tok], i: int) -> int:
    """The index before a channel phrase ending at `i`, else `i` itself."""
    lo = i - _CHANNEL_TOKENS + 1
    if lo < 1:
        lo = 1
    a, b = toks[lo].start, toks[i].end
    if text.find("in ", a, b) < 0 and text.find("at ", a, b) < 0:
        return i  # a plain test first: most subjects hold neither
    for j in range(i, lo - 1, -1):
        t = toks[j]
        if not (t.text[0].isalnum() or t.text in ".'’"):
            return i  # a comma or a mark: no plain phrase between subject and verb
        if t.low in ("in", "at") and _channel_after(toks, j + 1, i):
            return j - 1
    return i


def _channel_after(toks: list[Tok], k: int, i: int) -> bool:
    """A channel's noun within four words after the preposition, ending the phrase
    or followed by its addressee: "in a Medium post", "in an interview with the
    Tribune", "in a statement to reporters"."""
    for n in range(k, min(k + 4, i + 1)):
        if toks[n].low in CHANNEL_NOUNS and not toks[n].cap:  # "the Evening Post" is an outlet
            return n == i or (n + 1 < i and toks[n + 1].low in _TO and _addressee(toks, n + 2, i))
    return False


def _addressee(toks: list[Tok], k: int, i: int) -> bool:
    """Tokens k..i name who heard it: a name or outlet, or reporters."""
    return all(t.low in _ADDRESSEE_WORDS or t.cap for t in toks[k : i + 1])


def ends_noun(t: Tok) -> bool:
    """A head noun, or a plain plural ending a post-modifier ("of the rules"), so
    that "here" or "there" after it is a place adverb ("critics of the rules here say")."""
    return known_head(t.low) is not None or (
        t.text.isalpha() and t.text.islower() and t.low[-1] == "s" and t.low not in _NOT_NOUNS
    )


#: Words ending in s that end no noun phrase before "here" or "there".
_NOT_NOUNS = words("is was has does goes gets as its this thus across always perhaps his")


#: "everyone but Berg": the group speaks, less the one named after it.
_ALL = frozenset({"everyone", "everybody", "all"})


def all_but(text: str, toks: list[Tok], ph: Phrase | None) -> Phrase | None:
    """The whole group when the phrase is the exception to it ("Everyone but Jon
    Berg said yes" is everyone's answer, not Berg's), else the phrase."""
    if ph is None:
        return None
    lo = ph.start - 8 if ph.start > 8 else 0
    if text.find("but", lo, ph.start) < 0 and text.find("except", lo, ph.start) < 0:
        return ph
    j = bisect_left([t.start for t in toks], ph.start)
    if j < 2 or toks[j - 1].low not in ("but", "except") or toks[j - 2].low not in _ALL:
        return ph
    s0 = toks[j - 2].start
    return Phrase(s0, ph.end, text[s0 : ph.end], "group", text[s0 : ph.end])


#: How far back a relative clause holding commas may open ("X, who
#: grew up in Lund, Vestland, and still sails there, said").
_RELATIVE_TOKENS = 40


def relative_opening(toks: list[Tok], j: int) -> int:
    """The comma before a ", who" that opens a clause running on past the comma at
    `j`, else -1: the subject stands before it, not among the clause's places."""
    for x in range(j - 1, max(0, j - _RELATIVE_TOKENS), -1):
        t = toks[x]
        if t.text in ".;:" or t.text in _QUOTES:
            return -1
        if t.low == "who" and toks[x - 1].text == ",":
            return x - 1
    return -1


_QUOTES = frozenset('"“”')


#: Words that end a role and open the body it is held in: "head of", "director at".
_ROLE_LINKS = frozenset({"of", "for", "at"})


def object_of_role(toks: list[Tok], start: int) -> bool:
    """The phrase at `start` follows "a role of" inside a comma segment: "Tomas Brek,
    president of the Harbour Fund, a ...": the body is where the person works."""
    i = bisect_left([t.start for t in toks], start) - 1
    if i >= 0 and toks[i].low == "the":
        i -= 1
    return i >= 1 and toks[i].low in _ROLE_LINKS and toks[i - 1].text.islower()
