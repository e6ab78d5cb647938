"""A subject headed by a word for someone who does something, with a post-modifier.

"A producer for Brindle Radio said", "Many mourners at the chapel said": the
lexicon knows neither "producer" nor "mourners", so the phrase reader would
take the name in the post-modifier ("Brindle Radio", "the chapel") for the
speaker. An agent noun ("-er", "-or", "-ist", "-ian", "-ant", "-ent") after a
determiner that opens the sentence, then a preposition, is read as people
nobody names, with the post-modifier as part of their description.
"""

from __future__ import annotations

from reader.analysis.lexicon import words
from reader.analysis.phrases.classify import Phrase
from reader.analysis.text.tokens import Tok

#: Agent-noun endings: a word for someone who does something ("producer", "columnist").
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
#: Words with those endings that name no one.
_NOT_AGENTS = words(
    """
    number quarter order letter matter paper water power border center centre
    corner chapter cover error sector factor majority minority percent amount
    event moment content comment statement element segment point
    """
)
#: Verbs that show the words after the head are a clause, not its post-modifier.
_CLAUSE_WORDS = words(
    "is are was were be been has have had will would can could should may might that who which"
)
#: Determiners that open such a subject.
_OPENERS = words("a an the one another some many several")
#: Prepositions that start its post-modifier.
_OF_PLACE = words("for at of from with in")


def _agent_noun(low: str) -> bool:
    """A word for a person by what they do: "producer", "speakers", "columnist"."""
    stem = low[:-1] if low.endswith("s") else low
    return len(stem) > 4 and stem.endswith(_AGENT_ENDINGS) and stem not in _NOT_AGENTS


def agent_head(text: str, toks: list[Tok], k: int) -> Phrase | None:
    """The determiner and agent noun before the preposition or "who" at toks[k], or None.

    The determiner must open the sentence (no appositive: "Ann Vik, a supporter
    of the plan, said" is Ann Vik's), and no verb may follow a preposition in the
    window ("the size of the fleet is ..." is a clause); a relative clause ("A
    refuse collector who moved to Brackley said") has its own verbs. Up to two
    lower-case modifiers may stand between the determiner and the noun."""
    relative = toks[k].low in ("who", "whose")
    if k < 2 or not (relative or toks[k].low in _OF_PLACE):
        return None
    noun = toks[k - 1]
    if not (noun.text.isalpha() and noun.text.islower()) or not _agent_noun(noun.low):
        return None
    d = k - 2
    while d >= 0 and k - 2 - d < 2 and toks[d].low not in _OPENERS and _modifier(toks[d]):
        d -= 1
    if d < 0 or toks[d].low not in _OPENERS or (d < k - 2 and not relative):
        return None
    if not relative and any(t.low in _CLAUSE_WORDS for t in toks[k:]):
        return None
    if not toks[d].text[0].isupper() or (d > 0 and toks[d - 1].text not in '.;:—–("“'):
        return None
    start, end = toks[d].start, noun.end
    s = text[start:end]
    kind = "backref" if toks[d].low == "the" else "anon"
    return Phrase(start, end, s, kind, s.split(" ", 1)[1])


def _modifier(t: Tok) -> bool:
    """A lower-case word that may describe the agent noun: "refuse", "former"."""
    return t.text.isalpha() and t.text.islower() and t.low not in _CLAUSE_WORDS
