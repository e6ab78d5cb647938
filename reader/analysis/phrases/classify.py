"""Reading a capitalised name: person, body or outlet; core name and role.

"Environment Canada spokesperson Julie Hahn" is a person named Julie Hahn
with the role "Environment Canada spokesperson"; "Ministry of Transport" is
a body; "Daily Ledger" an outlet. The decision uses the word lists only.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from reader.analysis.given_names import FEMALE_NAMES, MALE_NAMES
from reader.analysis.lexicon import (
    COMPASS_WORDS,
    COUNTRIES,
    GLUED_PARTICLES,
    MEDIA_HEADS,
    MEDIA_NAMES,
    MEDIA_WORDS,
    NAME_CONNECTORS,
    NAME_DESCRIPTORS,
    NAME_PARTICLES,
    ORG_WORDS,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    POSTNOMINALS,
    ROLE_WORDS,
    TITLES,
    US_STATES,
    WEB_ENDS,
    WEEKDAYS,
)
from reader.analysis.limits import SHORT_TIMEOUT
from reader.analysis.text.tokens import Tok, tokens


@dataclass(slots=True)
class Phrase:
    """A speaker phrase and its reading."""

    start: int
    end: int
    text: str
    #: person, org, media, document, anon, group, pronoun, backref
    kind: str
    #: The name without titles and roles ("Julie Hahn"), or the bare noun phrase.
    core: str
    role: str | None = None
    #: Where the head ends when a post-modifier follows ("A banker | who ...");
    #: the speaker mention is the phrase up to here.
    head_end: int | None = None
    #: Known to name a person even as one word (a Q&A turn label).
    person_label: bool = False
    #: Another mention of the same one in the sentence ("A second aide" of "A
    #: second aide, a Senate staffer, said"), which a later "the aide" recalls.
    also: str | None = None


_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "sen", "rep", "gov"}
)

_COMPASS = frozenset(
    {"north", "south", "east", "west", "new", "united", "central", "northern", "southern"}
)

_PREFIXED = regex.compile(r"(?:" + "|".join(GLUED_PARTICLES) + r")[\-'’]\p{Lu}")


#: The particle of "al-Assad" or "d'Alema" is one to three letters before one of these.
_PARTICLE_ENDS = frozenset("-'’")


def _prefixed(w: str) -> bool:
    """ "al-Assad", "d'Alema": a lower-case particle glued to a capitalised name."""
    return not _PARTICLE_ENDS.isdisjoint(w[1:4]) and bool(_PREFIXED.match(w, timeout=SHORT_TIMEOUT))


def is_name_word(t: Tok) -> bool:
    w = t.text
    first = w[0]
    if first.isupper():
        # A capital is nearly always a letter itself: the scan is for the rest.
        return first.isalpha() or any(c.isalpha() for c in w) or t.low in NAME_PARTICLES
    if first.islower() and _prefixed(w):
        return True
    return t.low in NAME_PARTICLES


def capital(w: str) -> bool:
    return w[0].isupper() or _prefixed(w)


def strip_possessive(w: str) -> str:
    for suf in ("'s", "’s"):
        if w.endswith(suf):
            return w[: -len(suf)]
    return w.rstrip("'’")


def _is_acronym(w: str) -> bool:
    letters = [c for c in w if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(w) <= 8


def classify(s: str, start: int, toks: list[Tok] | None = None) -> Phrase:
    """Split a capitalised phrase into role and core name and tell its kind."""
    toks = toks if toks is not None else tokens(s, 0, len(s))
    kind, core, role = classify_words([t.text for t in toks])
    return Phrase(start, start + len(s), s, kind, core, role)


#: The kind of a capitalised phrase, its core name and its role.
_Reading = tuple[str, str, str | None]


def classify_words(ws: list[str]) -> _Reading:
    """Kind (person, org, media), core name and role of a capitalised phrase."""
    return _classify_words(tuple(ws))


@lru_cache(maxsize=16384)
def _classify_words(ws_key: tuple[str, ...]) -> _Reading:
    """Cached, since names recur through an article and the answer is pure."""
    ws = list(ws_key)
    if "&" in ws[1:-1]:
        # "Brask & Lunde", "Marks & Spencer": a firm named for its founders, after
        # any words that describe it ("the trade magazine Stave & Bow").
        k = len(ws)
        while k > 0 and (ws[k - 1] == "&" or ws[k - 1][:1].isupper()):
            k -= 1
        lead = ws[:k]
        if k < len(ws) and ws[k].lower() == "the":
            k += 1
        named = ws[k:]
        # Only words that describe it before ("the trade magazine"): "Lene Brask of
        # Brask & Lunde" is a person of the firm.
        described = all(w.islower() or w == "The" for w in lead)
        if "&" in named[1:-1] and len(named) <= 5 and described:
            kind = "media" if lead and lead[-1].lower() in MEDIA_HEADS else "org"
            return kind, strip_possessive(" ".join(named)), _role(lead)
    pair = _first_of_pair(ws)
    if pair is not None:
        return pair
    core_words, role_words = _core_and_role(ws)
    affiliated = _affiliated_person(core_words, role_words)
    if affiliated is not None:
        return affiliated
    core_words = [*core_words[:-1], strip_possessive(core_words[-1])]
    full = " ".join(core_words)
    clows = [w.lower().rstrip(".") for w in core_words]
    cut = _name_start(core_words, clows)
    if _is_media(core_words, clows, role_words):
        return "media", full, _role(role_words)
    if _is_org(core_words, clows, cut):
        return "org", full, _role(role_words)
    if clows[-1] in TITLES or clows[-1] in ROLE_WORDS:
        # "the Home Secretary", "Prime Minister": a role standing for a person.
        return "backref", full, None
    return _person_name(ws, core_words[cut:])


#: First words of the many-word places news names without a place noun:
#: "New Hampshire", "San Bernardino", "Las Vegas", "St. Louis", "Fort Worth".
_PLACE_LEADS = COMPASS_WORDS | frozenset(
    {"rhode", "puerto", "santa", "las", "el", "st", "saint", "fort", "port", "mount", "baton",
     "hong", "tel", "kuala", "buenos", "sao", "costa", "sri", "saudi"}
)  # fmt: skip


def place_name(lows: list[str]) -> bool:
    """Two or three words that open like a place's name ("New Jersey"), not a person's."""
    return 2 <= len(lows) <= 3 and lows[0] in _PLACE_LEADS


def _core_and_role(ws: list[str]) -> tuple[list[str], list[str]]:
    """The core name (the trailing run after the last lower-case role word,
    without "the" or post-nominals) and the role words before it."""
    lows = [w.lower().rstrip(".") for w in ws]
    k = len(ws)
    while k > 0 and (
        capital(ws[k - 1])
        or lows[k - 1] in NAME_PARTICLES
        or (lows[k - 1] in NAME_CONNECTORS and k >= 2 and capital(ws[k - 2]))
        or (
            # "John Pell of the University of Leeds", "Court of Appeals for the 2nd District"
            lows[k - 1] == "the"
            and k >= 3
            and (lows[k - 2] in ("of", "at", "from") or (lows[k - 2] == "for" and ordinal(lows[k])))
            and capital(ws[k - 3])
        )
        or (ordinal(lows[k - 1]) and k < len(ws) and k >= 2 and lows[k - 2] == "the")
    ):
        k -= 1
    core_words = ws[k:]
    role_words = ws[:k]
    if not core_words:
        core_words, role_words = ws, []
    if core_words[0].lower() == "the":
        core_words = core_words[1:] or core_words
    while len(core_words) > 2 and core_words[-1].rstrip(".").lower() in POSTNOMINALS:
        role_words = [*role_words, core_words[-1]]
        core_words = core_words[:-1]
    return core_words, role_words


def ordinal(low: str) -> bool:
    """ "2nd", "6th", "21st": a number that opens a name ("the 2nd District")."""
    return low[:1].isdigit() and low.endswith(("st", "nd", "rd", "th")) and low[:-2].isdigit()


def _affiliated_person(core_words: list[str], role_words: list[str]) -> _Reading | None:
    """ "Pieter Roos of Umeå University": a person, with where they work as role."""
    for x, w in enumerate(core_words[:-1]):
        if w in ("of", "at", "from") and x >= 2:
            t0 = 0
            while t0 < x and core_words[t0].lower().rstrip(".") in TITLES:
                t0 += 1
            # A title later on starts the name if two words are left for it:
            # "Republican Rep. Ola Brekke of ...", but "Representative Peter T. Holm of".
            for y in range(t0, x - 2):
                if core_words[y].lower().rstrip(".") in TITLES:
                    t0 = y + 1
            left = [c.lower().rstrip(".") for c in core_words[t0:x]]
            if _role_of(left):
                break  # "Vestland Secretary of State Jon Kessel": a role "of", not a place
            # (One word is a name too after a title: "Ms. Holm of Vestby Radio".)
            if (2 if t0 == 0 else 1) <= len(left) <= 3 and not set(left) & (
                ORG_WORDS | MEDIA_WORDS | COUNTRIES
            ):
                role = [*role_words, *core_words[:t0], *core_words[x:]]
                return "person", " ".join(core_words[t0:x]), _role(role)
            break
    return None


def _first_of_pair(ws: list[str]) -> _Reading | None:
    """ "Mara Lind and Senator Tomas Brek": two people named in full speak as a
    pair; the one named first leads it (not "Marks and Spencer", one name)."""
    if "and" not in ws[2:-2]:
        return None
    a = ws.index("and", 2)
    left, right = _classify_words(tuple(ws[:a])), _classify_words(tuple(ws[a + 1 :]))
    if left[0] == right[0] == "person" and " " in left[1] and " " in right[1]:
        return left
    return None


def _role_of(left: list[str]) -> bool:
    """ "Vestland Secretary", "Party Chief" before "of": the first half of a role.

    A surname that is also a role word ("Barbara Bishop", "Peter T. Holm")
    follows a given name, which a role's first word never is.
    """
    return (
        len(left) >= 2
        and (left[-1] in TITLES or left[-1] in ROLE_WORDS)
        and left[0] not in FEMALE_NAMES
        and left[0] not in MALE_NAMES
    )


def _name_start(core_words: list[str], clows: list[str]) -> int:
    """Where a person's name would start: after the last title, body or place word."""
    t = 0
    while t < len(core_words) - 1 and (
        clows[t] in TITLES
        or clows[t] in ROLE_WORDS
        or clows[t] in PARTY_MEMBERS
        or clows[t] in NAME_DESCRIPTORS
    ):
        t += 1
    cut = t
    for x in range(t, len(core_words) - 1):
        lw = clows[x]
        stop = lw in ORG_WORDS or lw in COUNTRIES or lw in TITLES or lw in MEDIA_WORDS
        if stop or (lw in NAME_CONNECTORS and lw not in NAME_PARTICLES):
            cut = x + 1
    return cut


def _is_media(core_words: list[str], clows: list[str], role_words: list[str]) -> bool:
    """An outlet: a media word or name in the core, or a one-word name after one."""
    return (
        clows[-1] in MEDIA_WORDS
        # "Courier-Star", "Post-Gazette": outlets merged under a joined name.
        or ("-" in clows[-1] and all(p in MEDIA_WORDS for p in clows[-1].split("-")))
        # "Press Association"; not "Press Secretary Ann Vik", a title before a name.
        or (
            clows[0] in MEDIA_WORDS
            and len(clows) > 1
            and clows[1] not in TITLES
            and clows[1] not in ROLE_WORDS
        )
        or any(
            w in MEDIA_NAMES
            # "Vice President Lind": an outlet's name before a title is the title's.
            and not (x + 1 < len(clows) and clows[x + 1] in TITLES)
            for x, w in enumerate(clows)
        )
        or ("." in clows[-1] and clows[-1].rsplit(".", 1)[1] in WEB_ENDS)
        # "the Sunday Sentry", "Sunday Clarion": a paper named for its day.
        or (len(clows) == 2 and clows[0] in WEEKDAYS and not _given(clows[1]))
        or (
            len(core_words) == 1
            and bool({w.lower() for w in role_words} & (MEDIA_HEADS | MEDIA_WORDS))
        )
    )


def _is_org(core_words: list[str], clows: list[str], cut: int) -> bool:
    """A body: an organisation word or country ends it, an acronym, or no name left
    for a person once the body words are taken out."""
    last = clows[-1]
    name = core_words[cut:]
    geographic = len(clows) == 1 or clows[0] in _COMPASS
    titled = 0 < cut <= len(clows) and clows[cut - 1] in _HONORIFICS
    before_link = [
        w
        for x, w in enumerate(clows[:-1])
        if clows[x + 1] in ("of", "for", "on") and w in ORG_WORDS
    ]
    return (
        # "Ministry of Transport", "Center for Responsive Harbours": a body word
        # before "of" leaves at most two words, no person's name unless they
        # follow a title or open with a given name ("... Director Per Holm").
        (
            bool(before_link)
            and (len(name) < 2 or (len(name) == 2 and _body_after_link(clows, cut, name)))
        )
        or last in ORG_WORDS
        or (last in COUNTRIES and geographic)
        or (len(core_words) == 1 and _is_acronym(core_words[0]))
        or (len(name) < 2 and not titled and any(w in ORG_WORDS for w in clows))
        or " ".join(clows) in COUNTRIES
        or any(ordinal(w) for w in clows)  # "the 2nd District": no person's name
        or _people_named(clows)
    )


def _people_named(clows: list[str]) -> bool:
    """ "Guild of Instrumental Teachers", "Concerned Scientists": a body named for
    the people it gathers ends on their plural, which no person's surname is once
    no given name opens it ("John Masters" stays a person)."""
    last = clows[-1]
    if len(clows) < 2 or not last.endswith("s") or _given(clows[0]):
        return False
    if any(w == "of" and x and clows[x - 1] not in ORG_WORDS for x, w in enumerate(clows)):
        return False  # "Heiserman of the CORE Teachers": someone of the body
    return last[:-1] in ROLE_WORDS or last[:-1] in PERSON_NOUNS


def _body_after_link(clows: list[str], cut: int, name: list[str]) -> bool:
    """The two words right after a body word and its "of"/"for" are the rest of
    the body's name ("Bureau of Harbour Statistics"), not a person's, which would
    open with a given name or follow a title or another body word instead."""
    return 0 < cut <= len(clows) and clows[cut - 1] in ("of", "for", "on") and not _given(name[0])


def _person_name(ws: list[str], name: list[str]) -> _Reading:
    """A person: at most three capitalised words of the name (particles aside),
    or four when the first two are given names; everything before them the role."""
    caps = 0
    keep = len(name)
    for x in range(len(name) - 1, -1, -1):
        if name[x].lower() not in NAME_PARTICLES:
            caps += 1
            if caps > 3:
                break
        keep = x
    if keep == 1 and _given(name[0]) and _given(name[1]):
        keep = 0  # "Carlos Miguel Ferrer Soto": two given names before two surnames
    if len(name) - keep == 3 and _ends_role(ws, name, keep) and _given(name[keep + 1]):
        keep += 1  # "Registrar of Deeds Anna Lind": the end of a role, then the name
    name = name[keep:]
    role = ws[: len(ws) - len(name)]
    if role and role[0].lower() == "the":
        role = role[1:]
    return "person", " ".join(name), _role(role)


def _ends_role(ws: list[str], name: list[str], keep: int) -> bool:
    """name[keep] ends a role, not a name: a role word ("Administrator Ana
    Ruiz") or the word after a role's "of" ("Chief of Staff Ana Ruiz"); not a
    given name ("Farouk Ben Mustapha" keeps all three)."""
    low = name[keep].lower()
    if _given(name[keep]):
        return False
    at = len(ws) - len(name) + keep
    return low in ROLE_WORDS or low in TITLES or (at > 0 and ws[at - 1].lower() == "of")


def _given(word: str) -> bool:
    """A given name news almost always gives to one gender ("Jorge", "Maria")."""
    low = word.lower()
    return (low in MALE_NAMES or low in FEMALE_NAMES) and low not in US_STATES  # "Virginia"


def _role(ws: list[str]) -> str | None:
    r = " ".join(ws).strip()
    return r or None
