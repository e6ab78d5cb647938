"""Is this capitalised name a news outlet? Read from its words and what comes before it.

"told Reuters", "the Bergen daily Kystposten", "the outlet Verstka",
"Radio Nordvik": an outlet is known by a media word in its name, a
well-known outlet's name, a noun before it that says so, or by being an
outlet the article already speaks of.
"""

from __future__ import annotations

from collections.abc import Collection

import regex

from reader.analysis.lexicon import (
    MEDIA_HEADS,
    MEDIA_NAMES,
    MEDIA_WORDS,
    OUTLET_NOUNS,
    TITLES,
    WEEKDAYS,
    words,
)
from reader.analysis.limits import SHORT_TIMEOUT

#: A capitalised name of up to six words, with "of", "the", "and" inside and
#: numbers after its first word ("Channel 4", "Kanal 9"), and a particle
#: before it ("al-Ikhbariya").
NAME = (
    r"(?:[Tt]he\s+)?(?<![\p{L}\d.&-])(?P<name>(?:\p{Ll}{1,3}-)?\p{Lu}[\p{L}\d.&-]{0,40}+"
    # A word of three small letters and a dot ends a sentence, not a name ("the
    # weekly Ostwacht. Two officers"); a blank line ends a paragraph.
    r"(?:(?<!\p{Ll}{3}\.)[ \t]*+\n?[ \t]*+(?<=\s)(?:(?:of|the|and|de|&)\s+)?[\p{Lu}\d]"
    r"[\p{L}\d.&-]{0,40}+){0,5})"
)
#: Nouns that refer back to an outlet named before ("told the newspaper", "quoted
#: by the paper"), as a pattern.
OUTLET_BACK_NOUN = (
    r"(?:broadcaster|newspaper|paper|outlet|agency|station|channel|magazine|website|network"
    r"|tabloid|daily|weekly|site|podcast|journal|publication|programme|program)"
)
#: An outlet described before its name: "the outlet", "the Bergen daily", "the
#: state news agency" (optional; then `NAME`).
OUTLET_LEAD = (
    r"(?:(?:(?:[Tt]he|an?)\s+)?(?:(?:state|local|national|regional|independent|online|news"
    r"|radio|television|tv|business|financial|public|investigative|private|commercial"
    r"|trade|industry|specialist|sports|tech|technology|science|student|satirical"
    r"|\p{Lu}[\p{L}-]*+)\s+){0,2}?(?:outlet|newspaper|paper|agency|broadcaster|channel"
    r"|network|magazine|website|site|station|daily|weekly|tabloid|publication|journal|podcast"
    r"|programme|program|show|newsletter)\s+)?"
)
#: A noun right after a name that makes it an outlet ("Glow magazine", "a Glow
#: reporter").
NAME_TAIL = (
    r"(?:\s+(?P<tail>magazine|newspaper|television|radio|tv|daily|weekly|website|network|podcast"
    r"|programme|newsletter"
    # "a Gazette reporter", "CBS News correspondent Jon Doe": someone of the outlet.
    r"|reporters?|correspondents?|journalists?|interviewer)\b)?"
)
_WORDS = regex.compile(r"[\p{L}\d]+")
#: Last words of outlets' names beyond the analysis's media words ("Northline
#: Sport", "Dala Press", "Coastal Wire").
NAME_ENDINGS = words("sport sports today online insider press media live fm digital wire report")
#: Outlets whose names hold no media word, known whole (casefolded, "the" off):
#: "told Newsmax", "in an interview with Univision". A name that is also a
#: common word or a surname ("Hill", "Atlantic") is one only after "the".
KNOWN_OUTLETS = frozenset(
    {
        "newsmax", "univision", "telemundo", "theblaze", "c-span", "breitbart", "slate",
        "salon", "mother jones", "national review", "propublica", "mcclatchy", "huffpost",
        "vanity fair", "rolling stone", "politifact", "infowars", "yahoo", "al arabiya",
        "der spiegel", "le monde", "el país", "el pais", "la repubblica", "asahi shimbun",
        "yomiuri shimbun", "haaretz", "kommersant", "novaya gazeta", "meduza", "verstka",
    }
)  # fmt: skip
KNOWN_AFTER_THE = frozenset(
    {"hill", "atlantic", "new yorker", "blaze", "intercept", "federalist", "verge", "nation"}
)
#: Nouns right before a name that make it an outlet ("the news agency Dala Press").
OUTLET_BEFORE = MEDIA_HEADS | OUTLET_NOUNS | frozenset({"agency", "broadcaster", "channel"})


#: Capitalised words that open a sentence before an outlet's name ("As the
#: Ledger reported", "But Reuters reported").
_OPENERS = frozenset(
    {"As", "But", "And", "So", "Yet", "Also", "While", "When", "After", "Before", "Since", "If",
     "Though", "Although", "Then"}
)  # fmt: skip


#: Jobs at an outlet, capitalised before a name ("Radio Alven Senior Political
#: Correspondent Jo Lund"): the outlet's name ends before them.
_ROLES = words(
    "correspondent reporter anchor host editor columnist producer journalist contributor"
)


def _media_word(name: str) -> bool:
    """Whether a name holds a media word or a well-known outlet's name."""
    found = [w.casefold() for w in _WORDS.findall(name, timeout=SHORT_TIMEOUT)]
    if not found:
        return False
    several = len(found) > 1
    return (
        found[-1] in MEDIA_WORDS
        or (several and (found[0] in MEDIA_WORDS or found[-1] in NAME_ENDINGS))
        or any(w in MEDIA_NAMES for w in found)
    )


#: Words that qualify a job at an outlet ("Senior Political Correspondent").
_ROLE_MODIFIERS = words(
    """
    senior chief political investigative national foreign white house washington
    congressional legal economics business managing executive deputy associate
    contributing special lead
    """
)


def _before_role(parts: list[str], k: int) -> str:
    """The words before the role at `k`, without the words qualifying the role
    ("Radio Alven Senior Political Correspondent" -> "Radio Alven")."""
    while k > 1 and parts[k - 1].casefold() in _ROLE_MODIFIERS:
        k -= 1
    return " ".join(parts[:k])


def strip_possessive(name: str) -> str:
    """'Verstka's' -> 'Verstka'; a sentence's full stop off too ('Reuters.' -> 'Reuters'),
    a weekday after the name ('told Reuters Saturday'), a sentence opener before it
    ('As Reuters reported') and a title or a second outlet after it as well."""
    if name.endswith(".") and name.count(".") == 1:
        name = name[:-1]
    head, _, last = name.rpartition(" ")
    if head and last.casefold() in WEEKDAYS:
        name = head
    first, _, rest = name.partition(" ")
    if rest and first in _OPENERS:
        name = rest  # "As Breitbart News reported": the sentence's first word, not the name's
    # "a letter to Radio Alven Director Jo Lund": the outlet ends before a title;
    # "CNN and The Ledger": two outlets, the first one named.
    parts = name.split(" ")
    for k in range(1, len(parts)):
        if parts[k].casefold() in TITLES or (parts[k] == "and" and parts[k + 1 : k + 2] == ["The"]):
            return " ".join(parts[:k])
        if parts[k].casefold() in _ROLES:
            return _before_role(parts, k)
    # "told Jo Lund of Radio Alven": the outlet is the one the person is of.
    head, of, tail = name.rpartition(" of ")
    if of and _media_word(tail) and not _media_word(head):
        return tail
    for tail in ("'s", "’s", "'", "’"):
        if name.endswith(tail):
            return name[: -len(tail)]
    return name


#: Words that name a kind of outlet, never one by themselves.
_GENERIC = frozenset({"tv", "radio", "television", "press", "media", "news", "newspaper"})


def is_outlet(name: str, before: str, known: Collection[str], tail: bool = False) -> bool:
    """True when `name` (capitalised, as written) is an outlet.

    `before` is the text right before the name; `known` holds the names and
    aliases of the outlets the analysis found, casefolded; `tail` says an
    outlet noun follows the name ("Glow magazine").
    """
    name = strip_possessive(name)
    if name.casefold() in _GENERIC:
        return False  # "a TV interviewer", "local Radio": a kind of outlet, not one
    if tail or name.casefold() in known:
        return True
    words = [w.casefold() for w in _WORDS.findall(name, timeout=SHORT_TIMEOUT)]
    if not words:
        return False
    if (
        words[-1] in MEDIA_WORDS
        or (words[-1] in NAME_ENDINGS and len(words) > 1)
        or (words[0] in MEDIA_WORDS and len(words) > 1)
    ):
        return True
    if any(w in MEDIA_NAMES for w in words):
        return True
    whole = " ".join(words)
    lead = before[-40:].casefold().split()
    if whole in KNOWN_OUTLETS or (
        whole in KNOWN_AFTER_THE and bool(lead) and lead[-1] == "the" and name[:1].isupper()
    ):
        return True
    return bool(lead) and lead[-1] in OUTLET_BEFORE
