"""Speaker phrases: the noun phrase that names a source, and what kind it is.

A phrase is read from a small window of tokens next to a cue (never the
whole text), so each lookup costs the same however long the article is.
"""

from __future__ import annotations

from reader.analysis.classify import Phrase, capital, classify, is_name_word, strip_possessive
from reader.analysis.lexicon import (
    ANON_HEADS,
    AUXILIARIES,
    DOCUMENT_HEADS,
    EVENT_ROLES,
    INSTITUTION_HEADS,
    MEDIA_HEADS,
    MEDIA_NAMES,
    MEDIA_WORDS,
    MONTHS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    NOT_NAME_START,
    PERSON_NOUNS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    ROLE_WORDS,
    TIME_UNITS,
    TITLES,
    WEEKDAYS,
    words,
)
from reader.analysis.tokens import Tok, tokens

_TIMEOUT = 0.5
DETERMINERS = words(
    """
    that these those
    """
) | words(
    """
    the a an another one some several many most two three four his her its
    their our this
    """
)
#: Words after a head noun that start a post-modifier ("a source close to ...").
_POSTMOD = words(
    """
    close familiar with from at in of seen by who that speaking briefed
    involved knowledgeable based within inside on to near for
    """
)
_LOWER_MODIFIERS = words(
    """
    senior junior former chief top deputy local federal national regional
    state government military police security intelligence administration
    white house foreign domestic western european american russian chinese
    unnamed anonymous leaked internal independent new latest recent annual
    official company ministry court legal party campaign independent second
    third other same mainstream opposition co public private economic health
    justice defence defense interior environment education finance trade
    labour labor press media news industry team art
    """
)


def phrase_before(text: str, lo: int, verb: int) -> Phrase | None:
    """The subject phrase ending just before a verb at `verb` (window from `lo`)."""
    toks = tokens(text, max(lo, verb - 240), verb)
    i = _skip_time(toks, len(toks) - 1)
    if i < len(toks) - 1 and any(
        _starts_postmod(t.low) and t.low.endswith("ed") for t in toks[max(0, i - 5) : i + 1]
    ):
        # "an audit published on Wednesday": the time belongs to the post-modifier.
        i = len(toks) - 1
    skipped = 0
    while i >= 0 and (
        toks[i].low in AUXILIARIES
        or (
            toks[i].low.endswith("ly")
            and toks[i].text.islower()
            and _known_head(toks[i].low) is None  # "family" is no adverb
        )
    ):
        i -= 1
        skipped += 1
        if skipped > 3:
            return None
    if i < 0:
        return None
    t = toks[i]
    if t.low in PRONOUNS_PERSON or t.low in PRONOUNS_GROUP or t.low == "i":
        if t.low in ("her", "him"):
            return None
        return Phrase(t.start, t.end, t.text, "pronoun", t.low)
    if t.text == ",":
        return _appositive(text, toks, i)
    if t.low == "who" and i > 0 and toks[i - 1].text == ",":
        return _appositive(text, toks, i - 1, relative=True)
    return _noun_phrase(text, toks, i)


def _skip_time(toks: list[Tok], i: int) -> int:
    """Step back over a time adverbial before the verb ("on Tuesday", "last week")."""
    for _ in range(2):
        if i >= 1 and toks[i].low in TIME_UNITS and toks[i - 1].low in WEEKDAYS:
            i -= 1  # "on Tuesday night"
        if i >= 1 and toks[i].low in WEEKDAYS and toks[i - 1].low == "on":
            i -= 2
        elif (
            i >= 2
            and toks[i].text.isdigit()
            and toks[i - 1].low.rstrip(".") in MONTHS
            and toks[i - 2].low == "on"
        ):
            i -= 3  # "on March 3"
        elif (
            i >= 1
            and toks[i].low in TIME_UNITS
            and toks[i - 1].low in ("last", "this", "next", "that", "on")
        ):
            i -= 2
            if i >= 0 and toks[i].low == "earlier":
                i -= 1  # "earlier this month"
        elif i >= 0 and toks[i].low in ("yesterday", "today", "tonight"):
            i -= 1
        else:
            break
    return i


def _appositive(text: str, toks: list[Tok], comma: int, relative: bool = False) -> Phrase | None:
    """`Paul Dewar, an Ottawa MP, said`: the name before the appositive."""
    j = comma - 1
    depth = 0
    while j >= 0 and comma - j < 30:
        w = toks[j].text
        if w == ")":
            depth += 1
        elif w == "(":
            depth -= 1
        elif depth == 0 and w in ',;:—–"“”':
            break
        j -= 1
    if j < 0 or toks[j].text != ",":
        return None
    inner = toks[j + 1 : comma]
    if not inner:
        return None
    if not relative and inner[0].low in ("has", "have", "had", "is", "was", "were", "will"):
        return None  # "X, has defended the plan, saying": a verb phrase, not an appositive
    if not relative:
        inside = _noun_phrase(text, toks[:comma], comma - 1)
        # "Halvorsen's chief executive, Kari Lunde, said": the name is inside;
        # "Paul Dewar, an Ottawa MP, said": an article opens a description.
        if (
            inside is not None
            and inside.end == inner[-1].end
            and inner[0].low not in ("a", "an", "the")
            and all(x.text.islower() for x in inner if x.start < inside.start)
            and (
                (
                    inside.kind == "person"
                    and " " in inside.core
                    and sum(x.start < inside.start for x in inner) <= 2
                )
                or (inside.kind in ("org", "media") and inside.start == inner[0].start)
            )
        ):
            lead = toks[_segment_start(toks, j) : j]
            if inside.kind == "person" and not inside.role and lead and lead[-1].low in ROLE_WORDS:
                # "Hungary's foreign minister, Peter Szabo, said": the role before the name.
                inside.role = _clean_role(text[lead[0].start : lead[-1].end])
            return inside
    head = _noun_phrase(text, toks, j - 1)
    if head is not None and head.kind not in ("person", "org", "media") and not relative:
        # A second appositive: "Leyla Demir, a spokeswoman for X, the largest ..., said".
        outer = _appositive(text, toks, j, relative=True)
        if outer is not None and outer.kind == "person":
            head = outer
            inner = toks[_segment_start(toks, j) : j]
    if head is None:
        return None
    if not relative:
        role = text[inner[0].start : inner[-1].end]
        if (
            not role.replace(",", "").strip().isdigit()
            and role.lower() not in _ASIDES
            and inner[0].low not in ("who", "which", "whose")
        ):
            # Neither an age ("Maria Gomez, 45, said") nor an aside ("X, however, said").
            head.role = _clean_role(role)
    return head


#: Words set off by commas between a name and its verb that describe nothing.
_ASIDES = words(
    """
    however meanwhile though too also instead nonetheless nevertheless
    moreover furthermore separately likewise similarly
    """
) | {"in turn", "for his part", "for her part", "for their part", "for its part", "in response"}


def _segment_start(toks: list[Tok], comma: int) -> int:
    j = comma - 1
    while j >= 0 and toks[j].text not in ',;:—–"“”':
        j -= 1
    return j + 1


def _clean_role(role: str) -> str:
    for det in ("a ", "an ", "the "):
        if role.lower().startswith(det):
            return role[len(det) :]
    return role


def _noun_phrase(text: str, toks: list[Tok], i: int) -> Phrase | None:
    """Read the phrase whose last token is toks[i], leftwards."""
    if i < 0:
        return None
    t = toks[i]
    if (
        t.low in ("them", "those")
        and i >= 2
        and toks[i - 1].low == "of"
        and toks[i - 2].low in ("one", "two", "both", "another", "some", "all", "none")
    ):
        s0 = toks[i - 2].start
        return Phrase(s0, t.end, text[s0 : t.end], "backref", "one of them")
    if (
        i >= 3
        and t.text.islower()
        and toks[i - 1].low in ("the", "these", "those")
        and toks[i - 2].low == "of"
        and toks[i - 3].low in ("one", "two", "another", "some", "both", "none", "all")
        and _known_head(t.low) == "anon"
    ):
        # "one of the people said": a member of the group named before.
        s0 = toks[i - 3].start
        return Phrase(s0, t.end, text[s0 : t.end], "backref", "one of them")
    post = _postmodified(text, toks, i)
    if post is not None:
        return post
    if is_name_word(t) and capital(t.text):
        if _known_head(t.low) and (i == 0 or not toks[i - 1].cap):
            # "Police said": a common noun capitalised only by its position.
            ph = _common_phrase(text, toks, i)
            if ph is not None:
                return ph
        return _name_phrase(text, toks, i)
    if t.text[0].isupper() is False and _known_head(t.low) is not None:
        return _common_phrase(text, toks, i)
    return None


_PARTICIPLES = words(
    """
    seen written drawn made taken given shown held sent led run known
    """
)


def _starts_postmod(w: str) -> bool:
    """`close to`, `familiar with`, `published on`, `seen by`: a post-modifier."""
    return w in _POSTMOD or w in _PARTICIPLES or (w.endswith("ed") and len(w) > 4)


def _postmodified(text: str, toks: list[Tok], i: int) -> Phrase | None:
    """A head with a short post-modifier: "a source close to the talks"."""
    best: Phrase | None = None
    for k in range(i - 1, max(-1, i - 10), -1):
        if (
            toks[k].text == ","
            and 0 < k < i
            and toks[k - 1].text.isdigit()
            and toks[k + 1].text.isdigit()
        ):
            continue  # "a survey of 2,000 adults": a thousands separator
        if toks[k].text in ',;:"“”()':
            break
        if (
            _starts_postmod(toks[k].low)
            and toks[k].text.islower()  # "Mohamed" is no participle
            and k > 0
            and (toks[k - 1].text.islower() or k == 1 or not toks[k - 2].text[0].isalnum())
        ):
            head = _known_head(toks[k - 1].low)
            if head is None or (head == "group" and toks[k].low not in ("at", "in", "from", "of")):
                continue
            base = _common_phrase(text, toks, k - 1)
            if base is None or (base.kind == "group" and toks[k].low == "of"):
                continue
            base.head_end = base.end
            base.end = toks[i].end
            base.text = text[base.start : base.end]
            base.core = _strip_det(base.text)
            best = base
    return best


def is_epithet(w: str) -> bool:
    """A noun for a person used in place of their name: "the actress", "the 62-year-old"."""
    if w in EVENT_ROLES:
        return False
    return w in PERSON_NOUNS or (w.endswith("-year-old") and w.split("-", 1)[0].isdigit())


def _known_head(w: str) -> str | None:
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


def _strip_det(s: str) -> str:
    low = s.lower()
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


def _common_phrase(text: str, toks: list[Tok], i: int) -> Phrase | None:
    kind = _known_head(toks[i].low)
    if kind is None:
        return None
    j = i
    while j - 1 >= 0 and i - j < 6:
        p = toks[j - 1]
        if p.low in DETERMINERS or p.low.endswith(("'s", "’s")):
            j -= 1
            break
        if p.low in _LOWER_MODIFIERS or (
            is_name_word(p) and p.low not in NOT_NAME_START and p.text[0].isupper()
        ):
            j -= 1
            continue
        if _known_head(p.low) and p.text.islower():
            j -= 1
            continue
        if (
            p.low in ("for", "of", "and")
            and j - 2 >= 0
            and toks[j - 2].text[0].isupper()
            and toks[j].text[0].isupper()
        ):
            # "a Department for Transport spokesperson": a body name as modifier.
            j -= 1
            continue
        # Unknown adjectives count only when an article closes the phrase:
        # "a clinical trial", "the new regional survey".
        for k in range(j - 1, max(-1, j - 4), -1):
            w = toks[k]
            if w.low in DETERMINERS:
                j = k
                break
            if not (w.text.isalpha() or w.text.isdigit()) or w.text[0].isupper():
                break
            if w.low in _FUNCTION:
                break
        break
    start, end = toks[j].start, toks[i].end
    s = text[start:end]
    head = strip_possessive(toks[i].low)
    if (
        kind == "group"
        and head in MEDIA_HEADS
        and any(t.low in MEDIA_WORDS or t.low in MEDIA_NAMES for t in toks[j:i])
    ):
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
    if (
        kind == "anon"
        and toks[j].low in ("the", "this")
        and (
            head in ("source", "sources", "insider", "family")
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
    ):
        kind = "backref"
    return Phrase(start, end, s, kind, _strip_det(s))


_GUARD_BODIES = words("coast national border home republican revolutionary")


def _name_phrase(text: str, toks: list[Tok], i: int) -> Phrase | None:
    """A capitalised name with the titles and roles written before it."""
    j = i
    while j - 1 >= 0:
        p = toks[j - 1]
        if p.text in (",", ";", ":", "(", ")", '"', "“", "”", ".", "—", "–", "!", "?"):
            break
        if p.low.endswith(("'s", "’s")):
            break
        if is_name_word(p) and capital(p.text):
            if p.low in NOT_NAME_START and p.low not in TITLES:
                if p.low == "the":
                    j -= 1
                break
            j -= 1
            continue
        if p.low in NAME_PARTICLES and (toks[j].text[0].isupper() or toks[j].low in NAME_PARTICLES):
            j -= 1
            continue
        if p.low == "the":
            if (
                j >= 3
                and toks[j - 2].low in ("to", "of", "for", "on", "at")
                and toks[j - 3].text[0].isupper()
            ):
                j -= 1
                continue
            j -= 1
            break
        if p.low in NAME_CONNECTORS and j - 2 >= 0 and toks[j - 2].text[0].isupper():
            j -= 1
            continue
        if p.text.islower() and (
            p.low in ROLE_WORDS
            or p.low in TITLES
            or p.low in MEDIA_HEADS
            or p.low in ("academic", "former", "acting", "interim", "then", "senior", "deputy")
        ):
            j -= 1
            continue
        if p.low == "and" and j - 2 >= 0 and toks[j - 2].low in ROLE_WORDS:
            j -= 1
            continue
        break
    # Drop leading connectors left dangling.
    while (
        j < i
        and toks[j].low in NAME_CONNECTORS
        and toks[j].low != "the"
        and toks[j].low not in NAME_PARTICLES
    ):
        j += 1
    if toks[j].low in NOT_NAME_START and j == i:
        return None
    phrase_toks = toks[j : i + 1]
    start, end = phrase_toks[0].start, phrase_toks[-1].end
    return classify(text[start:end], start, phrase_toks)
