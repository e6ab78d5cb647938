"""Whether a run of words holds a verb of its own, and so reads as a clause.

Templates ask this of what follows a cue ("said the plan had failed" is
speech, "acknowledged the gap" an object) without any part-of-speech
tagging: a short list of finite verbs and auxiliaries, and -ed words.
"""

from __future__ import annotations

from reader.analysis.lexicon import REPORTING_VERBS, words
from reader.analysis.text.tokens import Tok, tokens

#: Words that show a clause has its own verb.
FINITE_WORDS = words(
    """
    is was are were be been has have had will would could should can may
    might must did does do shall took made went came got gave found knew
    thought told became left felt brought began kept held wrote stood heard
    meant met ran paid spoke led grew lost fell sent built broke spent rose
    sold won chose saw said put cut set let hit
    goes wants seems looks works makes gets comes takes knows needs
    """
)


def _negated(low: str) -> bool:
    """ "doesn't", "won’t", "can't": an auxiliary with its "not", always a verb."""
    return low.endswith(("n't", "n’t")) and len(low) > 3


def finite_at(toks: list[Tok], x: int) -> bool:
    """The word at `x` reads as a finite verb (a word before it, as in `finite`)."""
    t = toks[x]
    return (
        t.low in FINITE_WORDS
        or _negated(t.low)
        or (x > 0 and t.low.endswith("ed") and t.text.islower())
    )


_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i", "there", "you"})
#: What a contracted verb leaves after the apostrophe: "he's", "they're", "I'd".
_CONTRACTED = frozenset({"s", "re", "m", "d", "ll", "ve"})


def _contracted_subject(low: str) -> bool:
    """ "he's", "it's", "they're", "there's": a pronoun and its verb in one word."""
    base, sep, rest = low.replace("’", "'").partition("'")
    return bool(sep) and base in _SUBJECTS and rest in _CONTRACTED


def finite(toks: list[Tok]) -> bool:
    """The words hold a verb of their own, so they form a clause."""
    if toks and (toks[0].low in _SUBJECTS - {"you"} or _contracted_subject(toks[0].low)):
        return True
    for x, t in enumerate(toks):
        if t.text in ".;:!?":
            return False
        if t.low in FINITE_WORDS or _negated(t.low):
            return True
        if x > 0 and t.low.endswith("ed") and t.text.islower():
            return True
    return False


def opens_clause(toks: list[Tok]) -> bool:
    """A subject, then an auxiliary or a common finite verb: "the plan had failed".

    Stricter than `finite`: a bare -ed word does not count (objects carry
    them: "figures released last week"), nor a verb after a comma or a
    relative pronoun, which belongs to another clause.
    """
    for x, t in enumerate(toks):
        if t.text in ".,;:!?" or t.low in _RELATIVES:
            return False
        if x > 0 and (t.low in FINITE_WORDS or _negated(t.low)) and t.low not in ("be", "been"):
            return True
    return False


_RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})


#: Adverbs of place and time that may stand between a subject and its verb.
_BETWEEN = frozenset({"here", "there", "now", "also", "still", "too"})


def verb_follows(text: str, pos: int, hi: int) -> bool:
    """A reporting verb and its clause follow `pos`, past a place or time adverb.

    A verb form just before them is then a plural noun ending the subject
    ("critics of the rules here say the pier is unsafe": "rules" is no cue).
    """
    toks = tokens(text, pos, hi)
    k = 1 if toks and toks[0].low in _BETWEEN else 0
    if len(toks) <= k + 1 or not toks[k].text.islower() or toks[k].low not in REPORTING_VERBS:
        return False
    return toks[k + 1].low == "that" or opens_clause(toks[k + 1 :])
