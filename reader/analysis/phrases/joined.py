"""Two subjects joined by "and": "Harbour pilots and island ferry crews say".

Read leftwards, the phrase before a verb is only the last of the two. Two
groups or bodies speak together, as one figure named by the whole phrase
("the Harbour Authority and the Vestby Council"); a person named first leads
the pair ("Mara Lind and the ferry crews"), as "Lind and others" does.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.common_phrases import strip_determiner
from reader.analysis.text.tokens import Tok

#: Kinds of phrase that can stand on either side of the "and".
_BODIES = frozenset({"anon", "group", "org", "media"})
#: Tokens after which the first subject opens its clause.
_EDGES = frozenset({",", ";", ":", "—", "–", "(", '"', "“", "”", "but", "while", "as", "because"})
#: Words that introduce a pair as a whole and belong to the phrase.
_PAIR_WORDS = frozenset({"both"})

Reader = Callable[[str, list[Tok], int], "Phrase | None"]


def joined(text: str, toks: list[Tok], ph: Phrase | None, read: Reader) -> Phrase | None:
    """The pair ending in `ph` when the words before it are "X and", X a group,
    body or person that opens its clause; else `ph`."""
    if ph is None or ph.kind not in _BODIES or text.find(" and ", ph.start - 5, ph.start) < 0:
        return ph  # most subjects: no "and" right before them
    a = bisect_left([t.start for t in toks], ph.start) - 1
    if a < 1 or toks[a].low != "and":
        return ph
    left = read(text, toks, a - 1)
    if left is None or left.kind not in _BODIES | {"person"}:
        return ph
    if left.kind == "person" and ph.kind not in ("anon", "group"):
        return ph  # "Lind and the Vestby Council": who leads is not said
    if left.kind in ("org", "person") and " " not in left.text:
        return ph  # "Developers and supporters": a capital that may be no name
    s = bisect_left([t.start for t in toks], left.start)
    if s > 0 and toks[s - 1].low in _PAIR_WORDS:
        s -= 1
    if s > 0 and toks[s - 1].text not in _EDGES and toks[s - 1].low not in _EDGES:
        return ph  # "supporters of the union and party officials": the union is an object
    start = toks[s].start
    whole = text[start : ph.end]
    if left.kind == "person":
        return Phrase(start, ph.end, whole, "person", left.core, left.role, ph.head_end)
    core = text[start : ph.head_end or ph.end]
    core = strip_determiner(core[5:] if core.lower().startswith("both ") else core)
    return Phrase(start, ph.end, whole, left.kind, core, None, ph.head_end)
