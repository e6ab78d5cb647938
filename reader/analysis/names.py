"""Speaker phrases: the noun phrase that names a source, and what kind it is.

A phrase is read from a small window of tokens next to a cue (never the
whole text), so each lookup costs the same however long the article is.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from dataclasses import dataclass

import regex

from reader.analysis.lexicon import (
    ABBREVIATIONS,
    ANON_HEADS,
    AUXILIARIES,
    COUNTRIES,
    DOCUMENT_HEADS,
    INSTITUTION_HEADS,
    MEDIA_HEADS,
    MEDIA_NAMES,
    MEDIA_WORDS,
    NAME_PARTICLES,
    NOT_NAME_START,
    ORG_WORDS,
    POSTNOMINALS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    ROLE_WORDS,
    TITLES,
    words,
)

_TIMEOUT = 0.5
_TOKEN = regex.compile(
    r"(?:\p{L}\.){2,}|[\p{L}\p{N}@#][\p{L}\p{N}\p{M}'’\-&_@]*(?:\.(?=[\p{L}]))?|[^\s\p{L}\p{N}]"
)
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
#: Words allowed inside a phrase between its capitalised parts.
_CONNECTORS = frozenset({"of", "for", "the", "and", "on", "to", "at", "in", "de", "du", "&"})
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


class Tok:
    """A word or punctuation mark with its offsets."""

    __slots__ = ("cap", "end", "low", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = text.lower()
        self.cap = text[0].isupper()


class _Block:
    """The tokens of the line last read, reused by the many lookups near one cue."""

    __slots__ = ("hi", "lo", "starts", "text", "toks")

    def __init__(self) -> None:
        self.text = ""
        self.lo = self.hi = 0
        self.toks: list[Tok] = []
        self.starts: list[int] = []


_LOCAL = threading.local()
_BLOCK_MAX = 4000


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    """Tokens wholly inside [lo, hi), from a per-line cache."""
    block: _Block | None = getattr(_LOCAL, "block", None)
    if block is None:
        block = _LOCAL.block = _Block()
    if not (block.text is text and block.lo <= lo and hi <= block.hi):
        b_lo = text.rfind("\n", max(0, lo - _BLOCK_MAX), lo) + 1
        b_hi = text.find("\n", hi, hi + _BLOCK_MAX)
        if b_hi < 0:
            b_hi = min(len(text), hi + _BLOCK_MAX)
        b_lo = max(b_lo, lo - _BLOCK_MAX)
        block.text, block.lo, block.hi = text, b_lo, b_hi
        block.toks = _tokenize(text, b_lo, b_hi)
        block.starts = [t.start for t in block.toks]
    i = bisect_left(block.starts, lo)
    j = bisect_left(block.starts, hi)
    out = block.toks[i:j]
    while out and out[-1].end > hi:
        out.pop()
    return out


def _tokenize(text: str, lo: int, hi: int) -> list[Tok]:
    out: list[Tok] = []
    for m in _TOKEN.finditer(text, pos=lo, endpos=hi, timeout=_TIMEOUT):
        g = m.group()
        if g == "." and out and out[-1].end == m.start() and _abbrev(out[-1].text):
            prev = out[-1]
            out[-1] = Tok(prev.start, m.end(), prev.text + ".")
            continue
        out.append(Tok(m.start(), m.end(), g))
    return out


def _abbrev(w: str) -> bool:
    low = w.lower()
    return (low in TITLES and len(w) <= 5) or low in ABBREVIATIONS or (len(w) == 1 and w.isalpha())


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


_PREFIXED = regex.compile(r"(?:al|el|ad|as|at|az|ar|an|bin|ben|abu|d|l)[\-'’]\p{Lu}")


def _is_name_word(t: Tok) -> bool:
    w = t.text
    if w[0].islower() and _PREFIXED.match(w, timeout=_TIMEOUT):
        return True
    return (w[0].isupper() and any(c.isalpha() for c in w)) or w.lower() in NAME_PARTICLES


def _capital(w: str) -> bool:
    return w[0].isupper() or bool(_PREFIXED.match(w, timeout=_TIMEOUT))


def _strip_possessive(w: str) -> str:
    for suf in ("'s", "’s"):
        if w.endswith(suf):
            return w[: -len(suf)]
    return w.rstrip("'’")


def phrase_before(text: str, lo: int, verb: int) -> Phrase | None:
    """The subject phrase ending just before a verb at `verb` (window from `lo`)."""
    toks = tokens(text, max(lo, verb - 240), verb)
    i = len(toks) - 1
    skipped = 0
    while i >= 0 and (
        toks[i].low in AUXILIARIES or (toks[i].low.endswith("ly") and toks[i].text.islower())
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
        if not role.replace(",", "").strip().isdigit():  # "Maria Gomez, 45, said"
            head.role = _clean_role(role)
    return head


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
    post = _postmodified(text, toks, i)
    if post is not None:
        return post
    if _is_name_word(t) and _capital(t.text):
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
        if toks[k].text in ',;:"“”()':
            break
        if (
            _starts_postmod(toks[k].low)
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


def _known_head(w: str) -> str | None:
    w = _strip_possessive(w)
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
            _is_name_word(p) and p.low not in NOT_NAME_START and p.text[0].isupper()
        ):
            j -= 1
            continue
        if _known_head(p.low) and p.text.islower():
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
    head = _strip_possessive(toks[i].low)
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
    if kind == "anon" and toks[j].low == "the" and head in ("source", "sources", "insider"):
        kind = "backref"
    if (
        kind in ("document", "media")
        and toks[j].low in ("the", "this", "that", "its")
        and all(not x.text[0].isupper() for x in toks[j + 1 : i + 1])
    ):
        kind = "backref"
    return Phrase(start, end, s, kind, _strip_det(s))


def _name_phrase(text: str, toks: list[Tok], i: int) -> Phrase | None:
    """A capitalised name with the titles and roles written before it."""
    j = i
    while j - 1 >= 0:
        p = toks[j - 1]
        if p.text in (",", ";", ":", "(", ")", '"', "“", "”", ".", "—", "–", "!", "?"):
            break
        if p.low.endswith(("'s", "’s")):
            break
        if _is_name_word(p) and _capital(p.text):
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
        if p.low in _CONNECTORS and j - 2 >= 0 and toks[j - 2].text[0].isupper():
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
        and toks[j].low in _CONNECTORS
        and toks[j].low != "the"
        and toks[j].low not in NAME_PARTICLES
    ):
        j += 1
    if toks[j].low in NOT_NAME_START and j == i:
        return None
    phrase_toks = toks[j : i + 1]
    start, end = phrase_toks[0].start, phrase_toks[-1].end
    return classify(text[start:end], start, phrase_toks)


def _is_acronym(w: str) -> bool:
    letters = [c for c in w if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(w) <= 8


def classify(s: str, start: int, toks: list[Tok] | None = None) -> Phrase:
    """Split a capitalised phrase into role and core name and tell its kind."""
    toks = toks if toks is not None else tokens(s, 0, len(s))
    kind, core, role = classify_words([t.text for t in toks])
    return Phrase(start, start + len(s), s, kind, core, role)


def classify_words(ws: list[str]) -> tuple[str, str, str | None]:
    """Kind (person, org, media), core name and role of a capitalised phrase."""
    lows = [w.lower().rstrip(".") for w in ws]
    # The core name is the trailing run after the last lower-case role word.
    k = len(ws)
    while k > 0 and (
        _capital(ws[k - 1])
        or lows[k - 1] in NAME_PARTICLES
        or (lows[k - 1] in _CONNECTORS and k >= 2 and _capital(ws[k - 2]))
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
    # "Pieter Roos of Umeå University": a person, and where they work.
    for x, w in enumerate(core_words[:-1]):
        if w in ("of", "at", "from") and x >= 2:
            t0 = 0
            while t0 < x and core_words[t0].lower().rstrip(".") in TITLES:
                t0 += 1
            left = [c.lower().rstrip(".") for c in core_words[t0:x]]
            if 2 <= len(left) <= 3 and not set(left) & (ORG_WORDS | MEDIA_WORDS | COUNTRIES):
                role = [*role_words, *core_words[:t0], *core_words[x:]]
                return "person", " ".join(core_words[t0:x]), _role(role)
            break
    core_words = [*core_words[:-1], _strip_possessive(core_words[-1])]
    full = " ".join(core_words)
    clows = [w.lower().rstrip(".") for w in core_words]
    last = clows[-1]
    # The person's name: what follows the last title, body or place word.
    t = 0
    while t < len(core_words) - 1 and (clows[t] in TITLES or clows[t] in ROLE_WORDS):
        t += 1
    cut = t
    for x in range(t, len(core_words) - 1):
        lw = clows[x]
        stop = lw in ORG_WORDS or lw in COUNTRIES or lw in TITLES or lw in MEDIA_WORDS
        if stop or (lw in _CONNECTORS and lw not in NAME_PARTICLES):
            cut = x + 1
    name = core_words[cut:]
    role_low = {w.lower() for w in role_words}
    if (
        last in MEDIA_WORDS
        or (clows[0] in MEDIA_WORDS and len(clows) > 1)
        or any(w in MEDIA_NAMES for w in clows)
        or (len(core_words) == 1 and role_low & (MEDIA_HEADS | MEDIA_WORDS))
    ):
        return "media", full, _role(role_words)
    geographic = len(clows) == 1 or clows[0] in _COMPASS
    titled = 0 < cut <= len(clows) and clows[cut - 1] in _HONORIFICS
    before_link = [
        w
        for x, w in enumerate(clows[:-1])
        if clows[x + 1] in ("of", "for", "on") and w in ORG_WORDS
    ]
    org = (
        (bool(before_link) and len(name) < 2)
        or last in ORG_WORDS
        or (last in COUNTRIES and geographic)
        or (len(core_words) == 1 and _is_acronym(core_words[0]))
        or (len(name) < 2 and not titled and any(w in ORG_WORDS for w in clows))
        or " ".join(clows) in COUNTRIES
    )
    if org:
        return "org", full, _role(role_words)
    # Keep at most three capitalised words of the name, particles aside.
    caps = 0
    keep = len(name)
    for x in range(len(name) - 1, -1, -1):
        if name[x].lower() not in NAME_PARTICLES:
            caps += 1
            if caps > 3:
                break
        keep = x
    name = name[keep:]
    role = ws[: len(ws) - len(name)]
    if role and role[0].lower() == "the":
        role = role[1:]
    return "person", " ".join(name), _role(role)


_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "sen", "rep", "gov"}
)
_COMPASS = frozenset(
    {"north", "south", "east", "west", "new", "united", "central", "northern", "southern"}
)


def _role(ws: list[str]) -> str | None:
    r = " ".join(ws).strip()
    return r or None
