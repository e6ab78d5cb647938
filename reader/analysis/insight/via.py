"""Via: the outlet a claim reached the article through.

News relays other outlets' sourcing in a few set shapes, each keeping two
links, the source and the outlet: "a source who spoke to Verstka",
"according to Verstka's source", "officials told Reuters", "sources cited
by the Ledger", "a memo seen by the Gazette", "according to Reuters,
officials said", and a claim inside an outlet's own report ("Reuters
reported that officials said ..."). An outlet the article itself belongs to
(named in its front matter) is no "via": that is the article speaking.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from reader.analysis.insight.channel import told_outlet
from reader.analysis.insight.outlets import NAME, OUTLET_LEAD, strip_possessive
from reader.analysis.limits import SHORT_TIMEOUT

_SHAPES = regex.compile(
    r"\b(?:spoke|speaking|talked|talking|spoken)\s+(?:exclusively\s+)?(?:to|with)\s+"
    + OUTLET_LEAD
    + NAME
    + r"|\b(?:cited|quoted|interviewed|contacted|seen|obtained|reviewed|reached)\s+by\s+"
    + OUTLET_LEAD
    + NAME
    + r"|\b(?:in\s+an?\s+interview|interviews?)\s+with\s+"
    + OUTLET_LEAD
    + NAME
    + r"|\baccording\s+to\s+"
    + NAME
    + r"(?=\s*,)"
    + r"|"
    + NAME
    + r"\s+(?:has\s+|had\s+)?(?:reported|reports)\b"
)
#: "Verstka's source", "the Ledger's sources".
_POSSESSIVE = regex.compile(NAME + r"['’]s?\s+(?:[\w-]+\s+){0,2}?sources?\b")


def via_of(
    pieces: Sequence[tuple[int, str]],
    outlet: Callable[[str, str], bool],
    own: Callable[[str], bool],
    speaker: str | None,
) -> str | None:
    """The outlet named in `pieces` (the claim's sentence outside its content).

    `outlet(name, before)` says whether a name is an outlet, `own(name)`
    whether it is the article's own; an outlet that is the claim's own
    speaker is the source itself, not a way through.
    """
    said_by = strip_possessive(speaker or "").casefold()
    told = told_outlet(pieces, outlet)
    if told is not None and not own(told):
        return told
    for pattern in (_POSSESSIVE, _SHAPES):
        for _at, piece in pieces:
            for m in pattern.finditer(piece, timeout=SHORT_TIMEOUT):
                name = strip_possessive(m.group("name"))
                before = piece[: m.start("name")]
                if said_by.endswith(name.casefold()) and pattern is _SHAPES:
                    continue
                if outlet(name, before) and not own(name):
                    return name
    return None
