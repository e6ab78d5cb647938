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
    """The determiner and agent noun before the preposition at toks[k], or None.

    The determiner must open the sentence (no appositive: "Ann Vik, a supporter
    of the plan, said" is Ann Vik's), and no verb may follow in the window ("the
    size of the fleet is ..." is a clause)."""
    if k < 2 or toks[k].low not in _OF_PLACE or toks[k - 2].low not in _OPENERS:
        return None
    noun = toks[k - 1]
    if not (noun.text.isalpha() and noun.text.islower()) or not _agent_noun(noun.low):
        return None
    if any(t.low in _CLAUSE_WORDS for t in toks[k:]):
        return None
    if not toks[k - 2].text[0].isupper() or (k > 2 and toks[k - 3].text not in '.;:—–("“'):
        return None
    start, end = toks[k - 2].start, noun.end
    s = text[start:end]
    kind = "backref" if toks[k - 2].low == "the" else "anon"
    return Phrase(start, end, s, kind, s.split(" ", 1)[1])
