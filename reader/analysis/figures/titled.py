"""People named by one word: "President Lopez", "Mrs. Okafor", "her brother, Peter,".

An article may never give such a person's full name. Seeding still makes
them a person, after every full name has been registered, so that a full
name given anywhere keeps coming first and a later "he" or "she" can reach
them.
"""

from __future__ import annotations

import regex

from reader.analysis.figures.registry import Registry
from reader.analysis.given_names import FEMALE_NAMES, MALE_NAMES
from reader.analysis.lexicon import PLACE_WORDS, TITLES
from reader.analysis.limits import MENTION_TIMEOUT

#: "her brother, Peter,", "Lind's son, Erik,": a relative named by a given name alone.
_RELATIVE = regex.compile(
    r"\b(wife|husband|son|daughter|brother|sister|mother|father|widow|widower|"
    r"fianc[eé]e?|girlfriend|boyfriend),[ \t]+(\p{Lu}\p{Ll}+),"
)


def seed_titled(reg: Registry, titled: list[tuple[str, str, int]]) -> None:
    """ "President Lopez" with no full name anywhere: the person all the same,
    registered after every full name so that one, when given, comes first."""
    # "Dame Philippa" after "Dame Philippa Rourke": a known person's given name.
    given = {f.name.split()[0] for f in reg.figs.values() if f.kind == "person"}
    unknown = {c for c, _role, _pos in titled if reg.lookup(c) is None and c not in given}
    for core, role, pos in titled:
        if core in unknown and (core not in reg.figs or reg.figs[core].kind == "person"):
            reg.person(core, role, pos)  # each title may tell the gender ("Mrs. Lopez")


def titled_surname(ws: list[str], core: str, not_names: frozenset[str]) -> bool:
    """ "Sen. Lopez", "President Okafor": a title just before one capitalised word."""
    low = core.lower()
    return (
        len(ws) >= 2
        and ws[-1] == core
        and ws[-2].lower().rstrip(".") in TITLES
        and len(core) > 2
        and core[0].isupper()
        and core[1:].islower()
        and low not in not_names
        and low not in PLACE_WORDS
    )


def seed_relatives(reg: Registry, start: int) -> None:
    """ "Her brother, Peter, said ...": a relative given by a given name alone is a
    person (with the relation's gender) when no full name with it is known."""
    given: set[str] | None = None
    text = reg.seg.text
    for m in _RELATIVE.finditer(text, pos=start, timeout=MENTION_TIMEOUT):
        name = m.group(2)
        if name.lower() not in MALE_NAMES and name.lower() not in FEMALE_NAMES:
            continue
        if given is None:
            given = {f.name.split()[0] for f in reg.figs.values() if f.kind == "person"}
        if name in given or name in reg.figs:
            continue
        reg.person(name, m.group(1), m.start(2))
