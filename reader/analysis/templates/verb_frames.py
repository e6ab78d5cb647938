"""How the words before a reporting verb frame it, which picks the template.

"quoted X as saying", ", who said", "voters who said", "was told", "the
report" (a noun, no verb), or a subject that says: read from the few words
before the verb, before any template is tried.
"""

from __future__ import annotations

from typing import Literal

from reader.analysis.phrases.common_phrases import DETERMINERS
from reader.analysis.templates.group_frames import quantifier_subject, restrictive_who
from reader.analysis.text.tokens import Tok, tokens

#: Words a clause stated with "state" opens with ("the documents state that ...").
_STATED_OPENINGS = frozenset(
    {"that", ":", "the", "a", "an", "it", "he", "she", "they", "we", "this", "these", "there"}
    | {"his", "her", "their", "its", "our", "in", '"', "“"}
)


def opens_statement(text: str, ve: int, s_hi: int) -> bool:
    """The words after "state" open what was stated, not a noun phrase it modifies
    ("state delegate", "state Senate")."""
    toks = tokens(text, ve, min(s_hi, ve + 16))
    return bool(toks) and toks[0].low in _STATED_OPENINGS


#: How the words before a verb frame it, which picks the template to try.
_Frame = Literal["quoted-as", "relative", "restrictive", "passive", "active", "none"]


def verb_frame(word: str, lem: str, prev: list[Tok]) -> _Frame:
    """How the words before a lower-case verb frame it: "quoted-as" ("quoted X as
    saying"), "relative" (", who said"), "passive" ("was told"), "active" (a
    subject says), or "none" ("to say", "the report": nobody reports here)."""
    last = prev[-1].low if prev else ""
    if word.endswith("ing") and last == "as":
        return "quoted-as"
    if (
        len(prev) > 1
        and last in ("who", "which")
        and not prev[-1].text.isupper()  # "WHO", the agency
        and prev[-2].text == ","
        and not word.endswith("ing")
    ):
        return "relative"
    if restrictive_who(word, lem, prev):
        return "restrictive"  # "voters who said ...", "the 30 percent who say ..."
    if (
        last in ("to", "not", "who", "which", "that", "be", "been", "being")
        and not prev[-1].text.isupper()
        and not (word.endswith("ing") and last in ("be", "been"))  # "has been asking"
    ):
        if last in ("be", "been", "being") or (
            last == "that" and len(prev) > 1 and prev[-2].low in ("was", "were")
        ):
            return "passive"
        return "none"
    if last in ("was", "were", "is", "are", "has", "have", "had"):
        if lem == "tell" and last in ("was", "were", "is", "are") and not word.endswith("ing"):
            return "passive"
        if last in ("was", "is") and len(prev) > 1 and prev[-2].low == "it":
            return "passive"
        if last in ("was", "were", "is", "are") and not word.endswith("ing"):
            return "none"
    if quantifier_subject(word, prev):
        return "active"  # "Some said ...": the quantifier stands for people
    if prev and (last in DETERMINERS or last.endswith(("'s", "’s"))):
        if len(prev) > 2 and prev[-2].low == "in" and prev[-3].low in DETERMINERS:
            return "active"  # "two in three said": a share of the people polled
        # "the report", "its claim": the word is a noun here.
        return "none"
    return "active"
