"""Common noun phrases: a head noun with its modifiers, and what it refers to.

"A senior official", "the coast guard", "a source close to the talks": the
head noun decides the kind of source and the determiner whether it is new
or a back-reference. Kept apart from names so the word lists and rules for
uncapitalised phrases sit in one place.
"""

from __future__ import annotations

import functools

from reader.analysis.lexicon import (
    ANON_HEADS,
    BROADCAST_OWNERS,
    BROADCASTS,
    DOCUMENT_HEADS,
    EVENT_ROLES,
    INSTITUTION_HEADS,
    MEDIA_HEADS,
    MEDIA_NAMES,
    MEDIA_WORDS,
    NEWS_REPORT_WORDS,
    NOT_NAME_START,
    NUMBER_WORDS,
    PERSON_NOUNS,
    ROLE_WORDS,
    VAGUE_REPORT_WORDS,
    words,
)
from reader.analysis.phrases.classify import Phrase, is_name_word, strip_possessive
from reader.analysis.text.tokens import Tok

DETERMINERS = words(
    """
    that these those
    """
) | words(
    """
    the a an another one some several many most two three four his her its
    their our this multiple numerous various
    """
)
#: Numbers that open a phrase as a determiner does ("eleven employees"), read
#: only here: elsewhere "in all five" must stay a number, not a determiner.
_COUNTS = NUMBER_WORDS | words("dozen dozens hundreds thousands")
#: Words after a head noun that start a post-modifier ("a source close to ...").
_POSTMOD = words(
    """
    close familiar with from at in of seen by who whose that speaking briefed
    involved knowledgeable based within inside on to near for
    """
)
_LOWER_MODIFIERS = words(
    """
    senior junior former current retired serving chief top deputy local federal
    national regional
    state government military police security intelligence administration
    white house foreign domestic western european american russian chinese
    unnamed anonymous leaked internal independent new latest recent annual
    official company ministry court legal party campaign independent second
    third other same mainstream opposition co public private economic health
    justice defence defense interior environment education finance trade
    labour labor press media news industry team art
    election electoral law enforcement border customs immigration transport
    transportation energy treasury tax cyber aviation safety fire emergency
    transit prison school university hospital city county town district
    provincial municipal congressional parliamentary legislative judicial
    diplomatic medical agriculture commerce housing
    """
)


_PARTICIPLES = words(
    """
    seen written drawn made taken given shown held sent led run known
    """
)


def starts_postmod(w: str) -> bool:
    """`close to`, `familiar with`, `published on`, `seen by`: a post-modifier."""
    return w in _POSTMOD or w in _PARTICIPLES or (w.endswith("ed") and len(w) > 4)


def is_epithet(w: str) -> bool:
    """A noun for a person used in place of their name: "the actress", "the 62-year-old"."""
    if w in EVENT_ROLES:
        return False
    return w in PERSON_NOUNS or (w.endswith("-year-old") and w.split("-", 1)[0].isdigit())


@functools.lru_cache(maxsize=1 << 16)
def known_head(w: str) -> str | None:
    """The kind of speaker a head noun names, if any (asked of the same words again and again)."""
    w = strip_possessive(w)
    if w.endswith("-year-old") and is_epithet(w):
        return "anon"  # the other epithets are among ANON_HEADS
    if "-" in w and w not in ROLE_WORDS:
        w = w.rsplit("-", 1)[-1]
    if w in ANON_HEADS:
        return "anon"
    if w in ("spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen"):
        return "backref"
    if w in INSTITUTION_HEADS:
        return "group"
    if w in MEDIA_HEADS:
        return "media"
    if w in DOCUMENT_HEADS:
        return "document"
    if w in ROLE_WORDS:
        return "backref"
    return None


def strip_determiner(s: str) -> str:
    """The phrase without its determiner ("the ministry" -> "ministry"), a count kept."""
    low = s.lower()
    if low.startswith(("two ", "three ", "four ")):
        return s  # "two other firms": the count is part of who they are
    for det in DETERMINERS:
        if low.startswith(det + " "):
            return s[len(det) + 1 :]
    return s


#: Words that never sit inside a noun phrase before its head.
_FUNCTION = words(
    """
    and or but if that which who whom whose as at by for from in into of on to
    with without is was are were be been being has have had do does did not no
    will would can could may might must shall should when while where after
    before since until because although though than then so also very
    """
)


def common_phrase(text: str, toks: list[Tok], i: int) -> Phrase | None:
    """The noun phrase whose head is toks[i] ("a senior official"), if the head names a source."""
    kind = known_head(toks[i].low)
    if kind is None or _in_a_name(toks, i):
        return None
    if toks[i].low in BROADCASTS and (i == 0 or toks[i - 1].low not in BROADCAST_OWNERS):
        return None  # "state television said"; not "a radio host", "reality television"
    j = _modifiers_start(toks, i)
    if kind != "backref" and j == i:
        j = _bare_modifiers_start(toks, i)
    refined = _refined_kind(kind, toks, i, j)
    if refined is None:
        return None
    start, end = toks[j].start, toks[i].end
    s = text[start:end]
    return Phrase(start, end, s, refined, strip_determiner(s))


def _in_a_name(toks: list[Tok], i: int) -> bool:
    """A capitalised head that ends a name ("the Harbour Federation of Pilots",
    "Sailors Without Ships" aside): a name's word, not a common noun."""
    if not toks[i].text[:1].isupper() or i == 0:
        return False
    before = toks[i - 1]
    if before.low in ("of", "for", "and") and i > 1:
        before = toks[i - 2]
    return (
        before.text[:1].isupper()
        and before.text.isalpha()
        and before.low not in _LOWER_MODIFIERS  # "Senior Officials" opening a sentence
        and before.low not in DETERMINERS
    )


def _modifiers_start(toks: list[Tok], i: int) -> int:
    """Where the phrase ending in the head toks[i] starts: back over modifiers to a
    determiner or possessive ("the authority's final notice")."""
    j = _modifiers_back(toks, i)
    if toks[j].text == "/":
        return j + 1  # "Vestby Post/Harbour University poll": the half it can read
    return j


def _modifiers_back(toks: list[Tok], i: int) -> int:
    j = i
    while j - 1 >= 0 and i - j < 8:
        p = toks[j - 1]
        if p.low in DETERMINERS or p.low.endswith(("'s", "’s")):
            j -= 1
            if p.text[0].isupper():
                j = _owner_start(toks, j)
            elif p.low not in DETERMINERS:
                # "the state prosecutor's office": the owner's own words belong too.
                j = _modifiers_back(toks, j)
            break
        if p.low in _COUNTS:
            j -= 1  # "eleven current and former employees" (digits may be a year: "a 2009 paper")
            break
        if p.low in _LOWER_MODIFIERS or (
            is_name_word(p) and p.low not in NOT_NAME_START and p.text[0].isupper()
        ):
            j -= 1
            continue
        if p.low in ("and", "or") and j - 2 >= 0 and _joined_modifier(toks, j, i):
            j -= 2  # "current and former employees", "Liberal and independent analysts"
            continue
        if known_head(p.low) and p.text.islower():
            j -= 1
            continue
        if (
            p.low in ("for", "of", "and", "/")
            and j - 2 >= 0
            and toks[j - 2].text[0].isupper()
            and toks[j].text[0].isupper()
        ):
            # "a Department for Transport spokesperson": a body name as modifier;
            # "a CNN/ORC poll": two names that made it together.
            j -= 1
            continue
        return _adjectives_start(toks, j)
    return j


def _joined_modifier(toks: list[Tok], j: int, i: int) -> bool:
    """The word before the "and" at j - 1 is a modifier joined to the one at j
    ("past and current employees"; not "the mayor and local officials")."""
    w = toks[j - 2]
    if w.low in _LOWER_MODIFIERS:
        return True
    return (
        j < i
        and w.text.isalpha()
        and (w.text.islower() or w.text[1:].islower())
        and (w.low.endswith(_ADJECTIVE_ENDS) or w.low == "past")
        and known_head(w.low) is None
        and toks[j].text.islower()
    )


#: Endings of adjectives ("Liberal", "Democratic", "independent", "Norwegian").
_ADJECTIVE_ENDS = ("al", "ic", "ive", "ent", "ant", "ous", "ish", "an", "ary", "ory", "ese")


#: Pronouns and particles: never part of a noun phrase before its head.
_NOT_MODIFIERS = words("it he she they we i you him her them us out up off down")


def _bare_modifiers_start(toks: list[Tok], i: int) -> int:
    """ "..., fundraising documents show", "Vestby County land records show", "But
    harbour staff members say": a head with up to three nouns or names before it
    and no article, where the phrase opens its clause or the window ("according to
    genealogical documents"). A pronoun or a particle among the words means a
    verb's object instead: "admitted it withheld emails"."""
    if toks[i].low in _PRONOUN_HEADS:
        return i
    k = i - 1
    while k >= 0 and i - k <= 3 and _bare_modifier(toks[k]):
        k -= 1
    if k < i - 1 and (k < 0 or toks[k].text in ",;:—–(" or toks[k].low in _CLAUSE_JOINS):
        while k + 1 < i - 1 and toks[k + 1].text[0].isupper() and not _name_like(toks[k + 1]):
            k += 1  # "Yesterday land records showed": no part of the phrase
        return k + 1
    return i


#: Words after which a subject opens a clause ("but staff members say") or joins one.
_CLAUSE_JOINS = words("and but while as because although though")
#: Heads that stand for a pronoun: a word before them is no modifier ("depicts one").
_PRONOUN_HEADS = words("one another someone anyone everyone")
#: Words that look like modifiers but quantify, compare or qualify instead.
_NOT_BARE = words("any every each like unlike such how why what whether")
#: Words ending in -ly that are adjectives, not adverbs ("early results").
_LY_ADJECTIVES = words("early daily weekly monthly quarterly yearly elderly")


def _bare_modifier(t: Tok) -> bool:
    """A word that can sit before a head with no article: a lower-case noun or
    adjective ("land", "staff") or a word of a name ("Vestby County")."""
    if t.low in _NOT_BARE or (
        t.low.endswith("ly") and t.low not in _LY_ADJECTIVES and known_head(t.low) is None
    ):
        return False  # "any company", "Virtually all analysts"
    if t.text.islower():
        return (
            t.text.replace("-", "").isalpha()
            and t.low not in _FUNCTION
            and t.low not in _NOT_MODIFIERS
            and t.low not in DETERMINERS
        )
    return _name_like(t)


def _name_like(t: Tok) -> bool:
    return is_name_word(t) and t.text[0].isupper() and t.low not in NOT_NAME_START


def _owner_start(toks: list[Tok], j: int) -> int:
    """Back over the rest of an owner's name ending in the possessive toks[j]:
    "Atlas News's source", "Jane Doe's lawyer", the article before it too."""
    k = j
    while k - 1 >= 0 and j - k < 4:
        p = toks[k - 1]
        if not (is_name_word(p) and p.text[0].isupper() and p.low not in NOT_NAME_START):
            break
        k -= 1
    if k < j and k - 1 >= 0 and toks[k - 1].low == "the":
        k -= 1
    return k


def _adjectives_start(toks: list[Tok], j: int) -> int:
    """Unknown adjectives before `j` count only when an article or a possessive
    closes the phrase: "a clinical trial", "the authority's final notice"."""
    for k in range(j - 1, max(-1, j - 6), -1):
        w = toks[k]
        if w.low in DETERMINERS or (k < j - 1 and w.low.endswith(("'s", "’s"))):
            return k
        if not (w.text.replace("-", "").isalpha() or w.text.isdigit()):
            break  # ("well-connected", "long-time": a hyphened adjective counts)
        if w.text[0].isupper() and not _after_article(toks, k):
            # A name before the adjectives counts only right after an article and
            # at most one adjective: "the Vesterøy municipal council", "a major
            # Vestby civil rights group".
            break
        if w.low in _FUNCTION:
            break
    return j


def _after_article(toks: list[Tok], k: int) -> bool:
    if k > 0 and toks[k - 1].low in ("the", "a", "an"):
        return True
    return k > 1 and toks[k - 1].text.islower() and toks[k - 2].low in ("the", "a", "an")


def _refined_kind(kind: str, toks: list[Tok], i: int, j: int) -> str | None:
    """The head noun's kind read with its modifiers and determiner (toks[j:i + 1]),
    or None when the phrase is too vague to name a source ("one said")."""
    head = strip_possessive(toks[i].low)
    if (
        kind == "group"
        and head in MEDIA_HEADS
        and any(t.low in MEDIA_WORDS or t.low in MEDIA_NAMES for t in toks[j:i])
    ):
        kind = "media"
    if kind == "document" and _news_reports(head, toks[j:i]):
        kind = "media"
    if (
        kind == "anon"
        and head in ("one", "another", "man", "woman", "person", "someone")
        and j == i
    ):
        return None
    if kind == "backref" and toks[j].low not in ("the", "a", "an") and j == i:
        # A bare role word ("minister said") is too vague to be a speaker.
        return None
    if kind == "anon" and head == "guard" and i > 0 and toks[i - 1].low in _GUARD_BODIES:
        kind = "group"  # "the coast guard", "the National Guard": a body
    operated = i > 0 and toks[i - 1].low in _MACHINES
    if kind == "group" and head in ("operator", "operators") and operated:
        kind = "anon"  # "a machine operator", "crane operators": people, not a firm
    if (
        kind == "anon"
        and toks[j].low in ("the", "this", "that")
        and (
            head in ("source", "sources", "insider", "family", "person")
            or head in ROLE_WORDS
            or is_epithet(head)
        )
    ):
        # "the lawyer", "the chief executive": someone introduced earlier;
        # only "a/an/one/another" opens a new unnamed source.
        kind = "backref"
    if (
        kind in ("document", "media")
        and toks[j].low in ("the", "this", "that", "its")
        and all(not x.text[0].isupper() for x in toks[j + 1 : i + 1])
        # "the campaign's statement" names its owner: a document of its own.
        and not any(x.low.endswith(("'s", "’s")) for x in toks[j + 1 : i])
    ):
        kind = "backref"
    return kind


def _news_reports(head: str, before: list[Tok]) -> bool:
    """Reports by outlets left unnamed ("reports say", "a news report"), not a document."""
    lows = [t.low for t in before]
    if any(w in NEWS_REPORT_WORDS for w in lows):
        return head in ("report", "reports")
    return head == "reports" and all(w in VAGUE_REPORT_WORDS for w in lows)


#: What a person operates ("a crane operator"), unlike a firm ("the port operator").
_MACHINES = words(
    "machine machinery crane camera radio forklift equipment switchboard excavator bulldozer "
    "digger drone lift sound"
)
_GUARD_BODIES = words("coast national border home republican revolutionary")


#: Determiners and quantifiers that open a description of people the lexicon
#: has no head noun for ("the Republican incumbent", "many conservatives").
_DESCRIBING = words(
    """
    the a an some many most several other few both all
    two three four five six seven eight nine ten dozens hundreds thousands
    """
)


def described_phrase(text: str, toks: list[Tok]) -> Phrase | None:
    """`The Republican incumbent`, `Many conservatives`: the whole of `toks` is a
    determiner, up to four modifiers and a lower-case head the lexicon does not
    know. Read as people nobody names (anonymous; after "the", someone
    described before), the way a known head for a person is read."""
    if not 2 <= len(toks) <= 6 or toks[0].low not in _DESCRIBING:
        return None
    head = toks[-1]
    if not (head.text.isalpha() and head.text.islower()) or head.low in _FUNCTION:
        return None
    for t in toks[1:-1]:
        if t.low in _FUNCTION or not t.text.replace("-", "").replace("’", "").isalnum():
            return None
    start, end = toks[0].start, head.end
    s = text[start:end]
    kind = "backref" if toks[0].low == "the" else "anon"
    return Phrase(start, end, s, kind, strip_determiner(s))
