"""Groups that speak with no head noun before the verb, for the frame test.

`indirect._frame` reads the words right before a verb to pick a template;
two group shapes look like a relative pronoun or a determiner there and need
telling apart: "voters who said ..." (a restrictive relative on a plural: the
plural speaks) and "Some said ..." (a quantifier standing alone for people).
"""

from __future__ import annotations

from reader.analysis.text.tokens import Tok

#: Verbs of a restrictive relative that report: "voters who said they would stay home".
_RESTRICTIVE_VERBS = frozenset({"say", "tell", "argue", "insist", "claim", "complain", "warn"})
#: Quantifiers that are a subject of their own right before a verb ("Many said").
_GROUP_PRONOUNS = frozenset({"some", "many", "most", "several"})
#: Verb forms after such a quantifier that are no noun ("Some states" is a noun).
_PLAIN_VERBS = frozenset({"say", "says", "said", "told", "tell", "tells"})


def _plural_people(t: Tok) -> bool:
    """A word that ends a plural of people or a share of them: "voters",
    "Republicans", "percent", "%"."""
    if t.low in ("percent", "%"):
        return True
    return t.text.isalpha() and t.low.endswith("s") and not t.low.endswith(("ss", "us", "is"))


def restrictive_who(word: str, lem: str, prev: list[Tok]) -> bool:
    """ "voters who said ...", "the 30 percent who say ...": no comma before "who"."""
    return (
        len(prev) > 1
        and prev[-1].low == "who"
        and not word.endswith("ing")
        and lem in _RESTRICTIVE_VERBS
        and _plural_people(prev[-2])
    )


def quantifier_subject(word: str, prev: list[Tok]) -> bool:
    """ "Some said ...": a quantifier opening its clause stands for people (not
    "Some states stayed ...", where the verb's form is a noun)."""
    return (
        bool(prev)
        and prev[-1].low in _GROUP_PRONOUNS
        and (len(prev) == 1 or prev[-2].text in ",;:—–")
        and (word.endswith("ed") or word in _PLAIN_VERBS)
    )
