"""Refusals made through someone else: an office, a spokesperson, a phone line.

"her office said it would not comment", "the authority's press office
declined", "calls to the academy's office on Marlowe Street went
unanswered", "Anna Berg, whose office had not answered": the office or
line belongs to its owner, who is the one refusing, unless the office is
named for its holder ("the mayor's office") or is a body in capitals ("the
U.S. Attorney's Office in Lund").
"""

from __future__ import annotations

import regex

from reader.analysis.limits import SHORT_TIMEOUT
from reader.analysis.phrases.classify import Phrase, strip_possessive
from reader.analysis.templates.cues import subject_of

#: "her office", "the authority's press office", "Lind's spokesman": the owner speaks.
_OWNED_NOUNS = (
    r"(?:(?:press\s+|communications\s+|media\s+)?(?:office|secretariat|spokes(?:man|woman|person)"
    r"|representatives?"
    r"|aides?)|(?:press|communications|media)\s+(?:department|team|staff)"
    # "Messages left on the trust's main line", "calls to his phone".
    r"|(?:main\s+)?(?:line|number|phone|voicemail|headquarters))"
)
#: Where an office or line is ("in Port Lund", "on Marlowe Street").
_OWNED_PLACE = r"(?:\s+(?:in|at|on)\s+\p{Lu}[\w'’-]*+(?:\s+\p{Lu}[\w'’-]*+)?)?"
_OWNER_SPEAKS = regex.compile(
    r"(?:,\s*+(?P<whose>whose)\s+"
    + _OWNED_NOUNS
    + r"|\b(?P<pronoun>his|her|its|their)\s+"
    + _OWNED_NOUNS
    # "calls to his office in Port Lund": his; "the Attorney's Office in Lund" is a body.
    + _OWNED_PLACE
    + r"|(?P<owned>['’]s?)\s+(?:(?=(?-i:\p{Ll}))"
    + _OWNED_NOUNS
    # "Calls to the academy's office on Marlowe Street": the academy; "the U.S.
    # Attorney's Office in Lund", in capitals, is a body of its own.
    + _OWNED_PLACE
    + r"|"
    + _OWNED_NOUNS
    + r"))\s*\Z",
    regex.IGNORECASE,
)
_SUBJECT_PRONOUN = {"his": "he", "her": "she", "its": "it", "their": "they"}
#: Kinds of phrase whose office or spokesperson refuses for them ("Brandvik's",
#: "Harbour Energy's", "the ministry's"), unlike a title ("the mayor's office").
OWNERS = frozenset({"person", "org", "media", "group"})
#: The same after "whose": "The mayor, whose office declined" is the mayor's refusal.
_WHOSE_OWNERS = OWNERS | {"backref"}
#: How much of the text before a refusal the owner is looked for in.
_OWNER_CHARS = 40


def owner_of(text: str, sentence_start: int, at: int) -> tuple[str, Phrase | None]:
    """The owner of an office, spokesperson or phone line ending at `at` ("her
    office", "the trust's main line"): ("pronoun", "whose" or "owned", its phrase), or
    ("", None) when the words before `at` name no such thing."""
    lo = max(sentence_start, at - _OWNER_CHARS)
    owner = _OWNER_SPEAKS.search(text[lo:at], timeout=SHORT_TIMEOUT)
    if owner is None:
        return "", None
    if owner.group("whose"):
        # "Anna Berg, whose office did not respond": the one before the comma.
        ph = subject_of(text, sentence_start, lo + owner.start())
        return ("whose", ph) if ph is not None and ph.kind in _WHOSE_OWNERS else ("", None)
    if owner.group("pronoun"):
        s, e = lo + owner.start("pronoun"), lo + owner.end("pronoun")
        word = text[s:e]
        return "pronoun", Phrase(s, e, word, "pronoun", _SUBJECT_PRONOUN[word.lower()])
    # Read with its "'s" (the tokens keep it), then without it.
    ph = subject_of(text, sentence_start, lo + owner.end("owned"))
    if ph is not None:
        ph.core = strip_possessive(ph.core)
    return "owned", ph
