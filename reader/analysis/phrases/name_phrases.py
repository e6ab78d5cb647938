"""Name phrases: a capitalised name with the titles and roles written before it.

Reads leftwards from the last word of a name ("former minister Jan de
Vries", "Dr. Lena Park") and hands the phrase to `classify`, which decides
whether the name is a person, a body or an outlet.
"""

from __future__ import annotations

from dataclasses import replace

from reader.analysis.lexicon import (
    BODY_OF,
    MEDIA_HEADS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NOT_NAME_START,
    ORG_WORDS,
    PARTY_MEMBERS,
    ROLE_WORDS,
    TITLES,
    WEEKDAYS,
)
from reader.analysis.phrases.classify import Phrase, capital, classify, is_name_word, ordinal
from reader.analysis.phrases.common_phrases import DETERMINERS
from reader.analysis.text.tokens import Tok


def name_phrase(text: str, toks: list[Tok], i: int) -> Phrase | None:
    """A capitalised name with the titles and roles written before it."""
    j = _phrase_start(toks, i)
    if toks[j].low in NOT_NAME_START and j == i and not _acronym(toks[j].text):
        return None
    phrase_toks = toks[j : i + 1]
    start, end = phrase_toks[0].start, phrase_toks[-1].end
    ph = classify(text[start:end], start, phrase_toks)
    if j >= 1 and toks[j - 1].low in _ONE_OF_MANY and toks[i].low in PARTY_MEMBERS:
        # "a Vermont Democrat", "another Maine Republican": one member of a
        # party nobody names, a new unnamed source each time.
        s0 = toks[j - 1].start
        return Phrase(s0, end, text[s0:end], "anon", text[start:end])
    q = _quantifier_before(toks, j)
    if q >= 0 and ph.kind in ("person", "org") and " " not in ph.core and ph.core.endswith("s"):
        # "Some Democrats", "many prominent Republicans": the group is the figure,
        # the mention is the whole phrase with its quantifier.
        s0 = toks[q].start
        return replace(ph, start=s0, text=text[s0:end])
    if (
        j >= 2
        and toks[j - 1].low == "of"
        and toks[j - 2].low in BODY_OF
        and toks[j - 2].text.islower()
    ):
        # "the regional government of North Halmark": the body of a place speaks.
        k = j - 2
        while k > 0 and j - k < 5 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower():
            if toks[k - 1].low in DETERMINERS or toks[k - 1].low in NAME_CONNECTORS:
                break
            k -= 1
        s0 = toks[k].start
        return Phrase(s0, end, text[s0:end], "org", text[s0:end])
    return ph


#: Determiners that introduce one of many: "a Texas Democrat", "another Republican".
_ONE_OF_MANY = frozenset({"a", "an", "one", "another"})

#: Words that take a part of a group: "some Democrats", "most Republicans".
_QUANTIFIERS = frozenset({"some", "many", "most", "several", "few", "more", "other", "fellow"})


def _quantifier_before(toks: list[Tok], j: int) -> int:
    """The index of a quantifier just before toks[j], past at most two
    lower-case modifiers ("many liberal Democrats"), else -1."""
    k = j - 1
    while k >= 0 and j - k <= 2 and toks[k].text.isalpha() and toks[k].text.islower():
        if toks[k].low in _QUANTIFIERS:
            return k
        if toks[k].low in NOT_NAME_START:
            return -1
        k -= 1
    if k >= 0 and toks[k].low in _QUANTIFIERS:
        return k
    return -1


def _phrase_start(toks: list[Tok], i: int) -> int:
    """Where the name ending at toks[i] starts, read leftwards over its words,
    particles, connectors and the titles and roles before it."""
    j = i
    while j - 1 >= 0:
        p = toks[j - 1]
        if p.text in (",", ";", ":", "(", ")", '"', "“", "”", ".", "—", "–", "!", "?"):
            break
        if p.low.endswith(("'s", "’s")):
            if capital(p.text) and toks[j].cap and toks[j].low in ORG_WORDS:
                j -= 1  # "St Mary's Hospital": a possessive inside a body's name
                continue
            break
        if is_name_word(p) and capital(p.text):
            if p.low in WEEKDAYS and j >= 2 and toks[j - 2].low == "the":
                j -= 1  # "the Sunday Courant": a day after "the" opens a paper's name
                continue
            if p.low in NOT_NAME_START and p.low not in TITLES:
                if p.low == "the":
                    j -= 1
                break
            j -= 1
            continue
        if ordinal(p.low) and toks[j].text[0].isupper() and j - 2 >= 0 and toks[j - 2].low == "the":
            j -= 1  # "the 2nd District": an ordinal opens the name
            continue
        if p.low in NAME_PARTICLES and (toks[j].text[0].isupper() or toks[j].low in NAME_PARTICLES):
            j -= 1
            continue
        if p.low == "the":
            if (
                j >= 3
                and toks[j - 2].low in ("to", "of", "for", "on", "at")
                and toks[j - 3].text[0].isupper()
            ):
                j -= 1
                continue
            j -= 1
            break
        if p.low in NAME_CONNECTORS and j - 2 >= 0 and toks[j - 2].text[0].isupper():
            j -= 1
            continue
        if p.text.islower() and (
            p.low in ROLE_WORDS or p.low in TITLES or p.low in MEDIA_HEADS or p.low in _ROLE_LEADS
        ):
            j -= 1
            continue
        if p.low == "and" and j - 2 >= 0 and toks[j - 2].low in ROLE_WORDS:
            j -= 1
            continue
        break
    # Drop leading connectors left dangling.
    while (
        j < i
        and toks[j].low in NAME_CONNECTORS
        and toks[j].low != "the"
        and toks[j].low not in NAME_PARTICLES
    ):
        j += 1
    return j


#: Lower-case words of a role before a name: "former minister", "acting head".
_ROLE_LEADS = frozenset({"academic", "former", "acting", "interim", "then", "senior", "deputy"})


def _acronym(word: str) -> bool:
    """ "WHO", "IT": capitals that name a body, not the everyday word."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def double_barrelled(word: str) -> bool:
    """ "Oyelowo-Banks", "Vell-Hastings": capitals on both sides of a hyphen make a
    name, whatever common noun ("banks") its last part is."""
    head, _, tail = word.partition("-")
    return bool(tail) and head[:1].isupper() and tail[:1].isupper()
