"""Via: the outlet a claim reached the article through.

News relays other outlets' sourcing in a few set shapes, each keeping two
links, the source and the outlet: "a source who spoke to Verstka",
"according to Verstka's source", "officials told Reuters", "sources cited
by the Ledger", "a memo seen by the Gazette", "according to Reuters,
officials said", and a claim inside an outlet's own report ("Reuters
reported that officials said ..."). An outlet the article itself belongs to
(named in its front matter, or spoken of as gathering the article's own
news: "figures obtained by the Gazette under the Freedom of Information
Act", "the Gazette has learned") is no "via": that is the article speaking.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from reader.analysis.insight.channel import SAID_TO, Outlet, told_outlet
from reader.analysis.insight.outlets import (
    NAME,
    NAME_TAIL,
    OUTLET_BACK_NOUN,
    OUTLET_LEAD,
    strip_possessive,
)
from reader.analysis.insight.stretches import Stretches
from reader.analysis.limits import SHORT_TIMEOUT

_THROUGH = OUTLET_LEAD + NAME + NAME_TAIL
#: The source spoke to the outlet: how the claim reached it is `told_outlet`.
SPOKEN = regex.compile(
    r"(?i:\b(?:(?:spoke|speaking|talked|talking|spoken)\s+(?:exclusively\s+)?(?:to|with)"
    r"|(?:interviewed|contacted|reached|asked)\s+by"
    r"|(?:asked|interviewed|speaking|appearing)\s+on"
    r"|(?:sitting|sat)\s+down\s+with"
    r"|(?:in\s+an?\s+(?:[\w-]+\s+){0,2}?interview|interviews?|remarks|comments)\s+(?:with|to)"
    r"|in\s+an?\s+(?:[\w-]+\s+)?interview\s+on)\s+)" + _THROUGH
)
#: The outlet named before the interview it ran ("in a Vestby TV interview", "during
#: a Vestby Post radio interview"): the interview reached the article through it.
_OUTLET_INTERVIEW = regex.compile(
    r"(?i:\b(?:in|during)\s+an?\s+(?:(?:new|recent|exclusive|separate|brief)\s+)?)"
    + NAME
    + r"(?:['’]s)?\s+(?i:(?:television|tv|radio|phone|telephone|video)\s+)?(?i:interview)\b"
)
#: Words given to the outlet in writing ("in a statement to Dala Press"): the
#: outlet is the way through, the statement the channel.
_GIVEN = regex.compile(
    r"(?i:\b(?:statement|e-?mail|message|letter)\s+(?:sent\s+)?to\s+)" + _THROUGH
)
_SHAPES = regex.compile(
    r"(?i:\b(?:cited|quoted|seen|obtained|reviewed|published|broadcast|aired|carried|reported)"
    r"\s+by\s+)"
    + _THROUGH
    + r"|\b[Aa]ccording\s+to\s+"
    + NAME
    + r"(?=\s*+(?:[,.;:]|\Z))"
    + r"|"
    + NAME
    + r"\s+(?:has\s+|had\s+)?(?:reported|reports)\b"
    # "The Ledger quoted a former supervisor as saying", "The Courier, which
    # published the letter, quoted Brandvik as writing".
    + r"|"
    + NAME
    + r"(?:\s*+,\s*+(?:which|that)\s[^,\n]{0,160}+,)?\s+(?:has\s+|had\s+|also\s+)?"
    r"(?:quoted|cited)\s"
)
#: A day or an adverb between "said" and where it was said ("said Sunday on
#: Radio Alven", "said happily on Radio Alven").
_WHEN = (
    r"(?:\s+(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\s+(?-i:\p{Ll}+ly|today|yesterday"
    r"|earlier|later|again|also))?"
)
#: Words in an outlet's own pages or programmes, not said to it: "writing in the
#: Gazette", "in an op-ed for the weekly Nordlys Review", "said on Radio Alven's
#: morning show". The outlet is the way through; no channel follows from it.
_PUBLISHED = regex.compile(
    r"(?i:\b(?:(?:writing|wrote|written)\s+(?:in|for)\s+(?:an?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:op-ed|column|article|essay|piece|commentary|editorial|blog\s+post)\s+(?:for|in)\s+)?"
    r"|in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:op-ed|column|essay|commentary|opinion\s+piece)"
    r"\s+(?:for|in)\s+"
    r"|(?:said|says|saying|told\s+(?:listeners|viewers))" + _WHEN + r"\s+on\s+))" + _THROUGH
)
#: A programme named after its outlet's name: "on Radio Alven's "Morning Hour"",
#: "during a call to Kanal 9's "Week in Review"". The source appeared on the
#: outlet; no channel follows from it.
_PROGRAMME = regex.compile(r"(?i:\b(?:on|to)\s+)" + NAME + r"['’]s?\s+(?=[“\"])")
#: A word without which none of the shapes above can match: what the pass
#: looks for before trying them.
MAY_RELAY = regex.compile(
    r"\b(?:told|tell|spok|speaking|talk|interview|remarks|asked|appearing|sitting|sat|cited"
    r"|quoted|seen|obtained|reviewed|reached|contacted|according|report|source|writ|wrote|op-ed|column|essay"
    r"|commentary|opinion|(?:said|says|saying)"
    + _WHEN
    + r"\s+on|comments|statement|e-?mail|message"
    r"|letter|published|broadcast|aired|carried"
    r"|(?:" + "|".join(SAID_TO) + r")\s+to)|['’]s?\s+[“\"]",
    regex.IGNORECASE,
)
#: "obtained by the Gazette under the Freedom of Information Act": the outlet
#: doing the article's own reporting.
_OWN_REQUEST = regex.compile(
    r"(?i:\b(?:obtained|requested|released\s+to)\s+by\s+)"
    + NAME
    + r"(?=\s+(?i:under|through|using|via)\s+(?:the\s+|an?\s+)?"
    r"(?i:freedom\s+of\s+information|foi\b|public[- ]records|access[- ]to[- ]information))"
)
#: "the Gazette has learned", "the Post can reveal".
_OWN_NEWS = regex.compile(
    NAME + r"\s+(?:has\s+)?(?:learned|learnt|understands|can\s+(?:now\s+)?(?:reveal|disclose))\b"
)
#: Words one of which each of the two above needs, and a character neither can
#: hold (they read letters, digits, spaces, ".", "&" and "-" only).
_OWN_WORDS = ("learn", "understands", "reveal", "disclose", "obtained", "requested", "released")
_BREAK = regex.compile(r"[^\p{L}\d\s.&-]")
_BREAK_BACK = regex.compile(r"[^\p{L}\d\s.&-]", regex.REVERSE)
#: "In its report, an engineer said", "In the interview, she said": a report or
#: interview of the outlet the sentence before named.
_REPORT_BACK = regex.compile(
    r"(?i:\bin\s+(?:its|the|that|this)\s+(?:same\s+)?(?:report|story|article|broadcast|interview"
    r"|programme|program|piece|segment|documentary)\b)"
)
#: "quoted by the newspaper", "a supervisor, who was not named by the paper": an
#: outlet named before, referred back to.
_RELAYED_BACK = regex.compile(
    r"\b(?:quoted|cited|named|identified|interviewed|contacted|reached)\s+by\s+the\s+"
    + OUTLET_BACK_NOUN
    + r"\b"
    # "according to the paper's source": the source the outlet named before had.
    + r"|\bthe\s+"
    + OUTLET_BACK_NOUN
    + r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:sources?|informants?|contacts?)\b"
    # "The paper quoted an adviser as saying": the outlet named before quoted them.
    + r"|\b(?i:the)\s+"
    + OUTLET_BACK_NOUN
    + r"\s+(?:also\s+)?(?:quoted|cited)\b"
)
#: "Verstka's source", "the Ledger's sources".
_POSSESSIVE = regex.compile(NAME + r"['’]s?\s+(?:[\w-]+\s+){0,2}?sources?\b")


#: Words (casefolded) a spoken shape ("spoke to", "in an interview with") needs.
_SPOKEN_NEEDS = (
    "spok", "speaking", "talk", "interview", "remarks", "comments", "contacted",
    "reached", "asked", "appearing", "sitting", "sat",
)  # fmt: skip
#: "said on", "viewers on": the words a published shape needs, exactly.
_PUBLISHED_NEEDS = regex.compile(
    r"writ|wrote|op-ed|column|essay|commentary|opinion"
    r"|(?:said|says|saying|listeners|viewers)" + _WHEN + r"\s+on\s"
)
#: A possessive right before a quoted title: what a programme shape needs.
_PROGRAMME_NEEDS = regex.compile(r"['’]s?\s+[“\"]")
#: Each shape with words (casefolded) it cannot match without, and a pattern
#: those words must then also match: the words around a claim are scanned
#: only for the shapes whose words they hold. Plain substring tests first,
#: as most sentences hold none of them.
_NEEDS: tuple[tuple[regex.Pattern[str], tuple[str, ...], regex.Pattern[str] | None], ...] = (
    (SPOKEN, _SPOKEN_NEEDS, None),
    (_POSSESSIVE, ("source",), None),
    (_OUTLET_INTERVIEW, ("interview",), None),
    (_GIVEN, ("statement", "mail", "message", "letter"), None),
    (
        _SHAPES,
        ("cited", "quoted", "seen", "obtained", "reviewed", "published", "broadcast",
         "aired", "carried", "according", "report"),
        None,
    ),
    (
        _PUBLISHED,
        ("writ", "wrote", "op-ed", "column", "essay", "commentary", "opinion",
         "said", "says", "saying", "listeners", "viewers"),
        _PUBLISHED_NEEDS,
    ),
    (_PROGRAMME, ("on ", "to "), _PROGRAMME_NEEDS),
)  # fmt: skip


def via_of(
    pieces: Sequence[tuple[int, str]],
    outlet: Outlet,
    own: Callable[[str], bool],
    speaker: str | None,
) -> str | None:
    """The outlet named in `pieces` (the claim's sentence outside its content).

    `outlet` says whether a name is an outlet, `own(name)` whether it is the
    article's own; an outlet that is the claim's own speaker is the source
    itself, not a way through.
    """
    said_by = strip_possessive(speaker or "").casefold()
    told = told_outlet(pieces, outlet)
    if told is not None and not own(told):
        return told
    words = "\n".join(piece for _at, piece in pieces).casefold()
    for pattern, needs, exactly in _NEEDS:
        if not any(w in words for w in needs):
            continue
        if exactly is not None and exactly.search(words, timeout=SHORT_TIMEOUT) is None:
            continue
        for _at, piece in pieces:
            found = _outlet_in(piece, pattern, outlet, own, said_by)
            if found is not None:
                return found
    return None


def _outlet_in(
    piece: str,
    pattern: regex.Pattern[str],
    outlet: Outlet,
    own: Callable[[str], bool],
    said_by: str,
) -> str | None:
    """The first outlet a match of `pattern` in `piece` names. A match that names
    none is passed by one character, not skipped whole: "Analysts cited by the
    Ledger" holds a match on "Analysts cited" and the one that counts after it."""
    at = 0
    while (m := pattern.search(piece, at, timeout=SHORT_TIMEOUT)) is not None:
        name = strip_possessive(m.group("name"))
        if not _is_speaker(said_by, name) or pattern is _POSSESSIVE:
            tail = "tail" in m.groupdict() and m.group("tail") is not None
            if outlet(name, piece[: m.start("name")], tail) and not own(name):
                return name
        at = m.start() + 1
    return None


def _is_speaker(said_by: str, name: str) -> bool:
    """Whether the outlet `name` is the speaker itself, not the outlet that
    quoted the speaker ("analysts cited by the Ledger")."""
    folded = name.casefold()
    if not said_by.endswith(folded):
        return False
    before = said_by[: len(said_by) - len(folded)].removesuffix("the ")
    return not before.endswith(" by ")


def own_outlets(text: Stretches) -> set[str]:
    """The names (casefolded, "the" off) of outlets the article speaks of as its own reporter."""
    return {
        strip_possessive(m.group("name")).casefold().removeprefix("the ")
        for lo, hi in text.around(_OWN_WORDS, _BREAK, _BREAK_BACK)
        for pattern in (_OWN_REQUEST, _OWN_NEWS)
        for m in pattern.finditer(text.text, lo, hi, timeout=text.timeout)
    }


def relayed_back(pieces: Sequence[tuple[int, str]]) -> bool:
    """Whether the words say an outlet named before quoted or named the source."""
    return any(
        ("by the" in piece or "s " in piece or "quoted" in piece or "cited" in piece)
        and _RELAYED_BACK.search(piece, timeout=SHORT_TIMEOUT)
        for _at, piece in pieces
    )


#: "It quoted a councillor as saying": a sentence whose subject is the outlet
#: that reported just before.
_IT_QUOTED = regex.compile(r"\s*+It\s+(?:also\s+|further\s+)?(?:quoted|cited)\s")


def it_quoted(pieces: Sequence[tuple[int, str]], sentence_start: int) -> bool:
    """Whether the claim's sentence opens with "It quoted" or "It also cited"."""
    return (
        bool(pieces)
        and pieces[0][0] == sentence_start
        and (_IT_QUOTED.match(pieces[0][1], timeout=SHORT_TIMEOUT) is not None)
    )


def report_back(pieces: Sequence[tuple[int, str]]) -> bool:
    """Whether the words place the claim in a report or interview named before."""
    return any(_REPORT_BACK.search(piece, timeout=SHORT_TIMEOUT) for _at, piece in pieces)


def spoke_to_outlet(pieces: Sequence[tuple[int, str]], outlet: Outlet) -> bool:
    """Whether the words say the source spoke to an outlet ("asked by Dala Press")."""
    words = "\n".join(piece for _at, piece in pieces).casefold()
    if not any(w in words for w in _SPOKEN_NEEDS):
        return False  # none of the words a spoken shape needs
    for _at, piece in pieces:
        for m in SPOKEN.finditer(piece, timeout=SHORT_TIMEOUT):
            name = strip_possessive(m.group("name"))
            if outlet(name, piece[: m.start("name")], m.group("tail") is not None):
                return True
    return False
