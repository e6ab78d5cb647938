"""Names a "he" or "she" should pass over: words a person's name never holds.

Seeding reads every capitalised run as a name, so a place ("Nebraska",
"Port Tallis"), a day ("Lund Harbour Tuesday"), a shouted label ("FULL STORY")
a run of a title-case headline ("Urges Council", "Backs Ferry") or a group
named by a plural ("Coastal Republicans", "Harbour Democrats") may stand as a
person with no gender. A pronoun that meets one of them while
looking back for its person skips it and looks further.
"""

from __future__ import annotations

import functools

from reader.analysis.given_names import FEMALE_NAMES, MALE_NAMES
from reader.analysis.lexicon import MONTHS, REPORTING_VERBS, US_STATES, WEEKDAYS
from reader.analysis.phrases.classify import place_name


@functools.lru_cache(maxsize=1 << 12)
def unlikely_person(name: str) -> bool:
    """`name` holds a state, a day or month, a capitalised verb form or a word in
    capitals, or opens like a place's name."""
    words = name.split()
    lows = [w.lower().strip(".,'’") for w in words]
    if name.lower() in US_STATES or place_name(lows) or group_plural(words[-1]):
        return True
    for k, (w, low) in enumerate(zip(words, lows, strict=True)):
        if k > 0 and (low in WEEKDAYS or low in MONTHS):
            return True  # "Lund Harbour Tuesday" ("April Aune", "June Berg" are names)
        if k > 0 and low in US_STATES and low not in _SURNAMES:
            return True  # "Kansas City": a state after the first word ("Virginia Aune" is one)
        if len(w) > 2 and w.isupper() and w.isalpha():
            return True  # "FULL STORY", "NEWS DESK": a label, not a name
        if w[:1].isupper() and low in REPORTING_VERBS and low not in _NAMES:
            return True  # "Says Mayor Aune", "Urges Council": a headline's verb
    return False


#: States that are also surnames ("Tove Washington").
_SURNAMES = frozenset({"washington"})
#: Reporting-verb forms that are also surnames or given names.
_NAMES = frozenset({"read", "hearing", "post", "rule", "note", "charge", "order", "project"})


#: Endings of a noun for a member of a people, faith, party or school of thought.
_MEMBER_ENDS = ("an", "ic", "ist", "crat", "im", "ino", "ina", "ite")


def group_plural(word: str) -> bool:
    """ "Americans", "Democrats", "Catholics": a capitalised plural for the members
    of a group, never a surname ("Adrians", from the given name, is not)."""
    one = word[:-1]
    return (
        len(word) > 4
        and word.endswith("s")
        and one.endswith(_MEMBER_ENDS)
        and one.lower() not in MALE_NAMES
        and one.lower() not in FEMALE_NAMES
    )
