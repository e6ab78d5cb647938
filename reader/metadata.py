"""What an article says about itself: headline, byline, outlet and date.

Front matter is read by the loader; this module adds what a plain-text
article shows in its first lines, as web clips and wire copy lay them out,
and the reading of a byline into people and bodies that citations need.
Anything not found stays None: a citation leaves it out rather than guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.dates import find_date
from reader.document import Document
from reader.publication import Metadata

#: How far into the body a header can reach.
_HEAD_LINES = 25
_HEAD_CHARS = 4000

_NOISE = re.compile(
    r"""(?ix)
    skip\ to\ (?:main\ )?content | skip\ navigation | advertisement | advert | sponsored.*
    | share(?:\ this(?:\ article|\ story|\ page)?|\ on\ \w+)? | sign\ (?:up|in)\b.* | subscribe.*
    | log\ ?in | menu | search | home | listen(?:\ to\ this\ article)?\b.*
    | \d+\ min(?:ute)?s?\ read
    | read\ more | print | e-?mail | comments?(?:\ \(\d+\))? | follow\b.* | save(?:\ article)?
    | gift\ this\ article | copy\ link | facebook | twitter | x | whatsapp | linkedin | reddit
    | close | back\ to\ top | most\ (?:read|popular) | related(?:\ articles|\ stories)? | trending
    | image\ \d+\ of\ \d+ | loading.* | .*\bcookies?\b.* | [\W_]*
    """
)
#: Photo, image and caption credits: they name a photographer, never the author.
_CREDIT = re.compile(
    r"(?i)^(?:\(?\s*(?:photo(?:graph)?s?|image|picture|illustration|video|credit|caption|"
    r"file\ photo)\s*(?:by\b|:|\||credit\b))"
    r"|\b(?:photo(?:graph)?|image|picture)\s*(?::|credit\b|by\b)"
    r"|/\s*(?:getty\s+images|reuters|ap|afp|epa|shutterstock|alamy)\b"
)
_BYLINE = re.compile(r"(?i)^(?:by|written\s+by|words\s+by|author\s*:)\s+(?P<who>\S.*)$")
_SOURCE = re.compile(r"(?i)^source\s*:\s*(?P<outlet>\S.*)$")
_UPDATED = re.compile(r"(?i)^(?:last\s+)?(?:updated|modified|edited)\b")
_DATELINE = re.compile(r"^[A-Z][A-Z.'\- ]{2,}(?:,|\s*\(|\s+[-—–])")
_BREADCRUMB = re.compile(r"\s(?:>|›|»|\||/)\s")
_PIECES = re.compile(r"\s+[|·•—–-]\s+|\t+")
_ROLE_WORDS = frozenset(
    "correspondent reporter writer editor staff contributor columnist chief bureau "  # noqa: SIM905
    "analyst journalist producer".split()
)
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*$")

_AUTHOR_SPLIT = re.compile(r"\s*(?:,\s*and\s+|,\s*&\s*|\s+and\s+|\s*&\s*|;\s*|,\s*)")
_PARTICLES = frozenset(
    "van von der den de del della di da du dos das le la ten ter bin al el".split()  # noqa: SIM905
)
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())  # noqa: SIM905
_ORG_WORDS = frozenset(
    "press news agency staff reuters afp bureau desk editorial board team service "  # noqa: SIM905
    "newsroom reporters correspondents associated".split()
)


@dataclass(frozen=True, slots=True)
class Author:
    """One author: a person split into given and family names, or a body."""

    given: str
    family: str
    particle: str = ""
    suffix: str = ""
    #: An organisation, written as it is (never inverted or abbreviated).
    literal: str = ""

    @property
    def full(self) -> str:
        if self.literal:
            return self.literal
        return " ".join(p for p in (self.given, self.particle, self.family, self.suffix) if p)

    @property
    def surname(self) -> str:
        return self.literal or " ".join(p for p in (self.particle, self.family) if p)

    def inverted(self, given: str | None = None) -> str:
        """`Family, Given` (or `Family, G.` with initials passed in)."""
        if self.literal:
            return self.literal
        first = self.given if given is None else given
        out = self.surname + (f", {first}" if first else "")
        return out + (f", {self.suffix}" if self.suffix else "")

    def initials(self) -> str:
        """APA 7 initials: Jean-Paul -> J.-P., Mary Ann -> M. A."""
        parts = []
        for word in self.given.split():
            pieces = [p for p in word.split("-") if p]
            parts.append("-".join(p[0].upper() + "." for p in pieces))
        return " ".join(parts)


def split_authors(author: str | None) -> list[Author]:
    """People and bodies named in a byline string ("A and B", "A, B and C")."""
    if not author:
        return []
    pieces = [p for p in _AUTHOR_SPLIT.split(" ".join(author.split())) if p]
    plain_pair = "," in author and " and " not in author and "&" not in author
    if len(pieces) == 2 and plain_pair and all(len(p.split()) == 1 for p in pieces):
        return [Author(pieces[1], pieces[0])]  # "Doe, Jane": already inverted
    names: list[Author] = []
    for piece in pieces:
        words = piece.split()
        if names and len(words) == 1 and words[0].lower() in _SUFFIXES:
            last = names.pop()  # "John Smith, Jr." was split at its comma
            names.append(Author(last.given, last.family, last.particle, words[0], last.literal))
            continue
        if len(words) == 1 or any(w.lower().strip(".") in _ORG_WORDS for w in words):
            names.append(Author("", "", literal=" ".join(words)))
            continue
        suffix = words.pop() if len(words) > 2 and words[-1].lower() in _SUFFIXES else ""
        at = next((i for i in range(1, len(words) - 1) if words[i].lower() in _PARTICLES), None)
        if at is None:
            names.append(Author(" ".join(words[:-1]), words[-1], suffix=suffix))
            continue
        stop = at
        while stop < len(words) - 1 and words[stop].lower() in _PARTICLES:
            stop += 1
        particle = " ".join(words[at:stop])
        names.append(Author(" ".join(words[:at]), " ".join(words[stop:]), particle, suffix))
    return names


def _recase(name: str) -> str:
    """JANE DOE -> Jane Doe; a name in mixed case is left as written."""
    if name != name.upper():
        return name
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), name.lower())


def _person_like(piece: str) -> bool:
    words = piece.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def _byline(text: str) -> tuple[str | None, str | None]:
    """(author, date) from what follows "By"."""
    date: str | None = None
    pieces = _PIECES.split(text.strip())
    who = pieces[0]
    for piece in pieces:
        found = find_date(piece)
        if found and date is None:
            date = found[0]
            if piece is who:
                who = who[: found[1]]
    who = _IN_PLACE.sub("", who.strip(" ,;:"))
    people = [_recase(p.strip(" .")) for p in _AUTHOR_SPLIT.split(who) if p.strip(" .")]
    people = [p for p in people if not _ROLE_WORDS & set(p.lower().split())]
    if any(_person_like(p) for p in people):
        people = [p for p in people if _person_like(p)]  # "Jane Doe, Reuters": the agency
    named = all(_person_like(p) or (" " not in p and p[:1].isupper()) for p in people)
    if not people or not named:
        return None, date  # "By the end of the day, ..." is prose, not a byline
    joined = people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]
    return joined, date


def _section_label(line: str) -> bool:
    words = line.split()
    if len(words) <= 4 and line == line.upper() and any(ch.isalpha() for ch in line):
        return True
    parts = _BREADCRUMB.split(line)
    return len(parts) > 1 and all(len(p.split()) <= 3 for p in parts)


def _headline(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 30 or len(line) > 250:
        return False
    if line.endswith((".", ",", ";", ":", '."', ".”", ".'", ".’")) and not line.endswith("..."):
        return False
    return line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"“‘'"


def _prose(line: str) -> bool:
    return len(line.split()) >= 14 or (line.endswith(".") and len(line.split()) >= 8)


def detect(document: Document) -> Metadata:
    """Metadata found in the first lines of the body (front matter not included)."""
    head = document.text[document.body_start : document.body_start + _HEAD_CHARS]
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()][:_HEAD_LINES]
    title = author = outlet = date = updated = None
    prose = 0
    for line in lines:
        if prose >= 2:
            break
        if _NOISE.fullmatch(line) or _CREDIT.search(line):
            continue
        if m := _SOURCE.match(line):
            if len(m.group("outlet").split()) <= 8:
                outlet = outlet or m.group("outlet").strip()
            continue
        if (m := _BYLINE.match(line)) and len(line.split()) <= 24:
            who, when = _byline(m.group("who"))
            if who or when:
                author, date = author or who, date or when
                continue
        found = find_date(line)
        if found and len(line.split()) <= 14:
            if _UPDATED.match(line):
                updated = updated or found[0]
            else:
                date = date or found[0]
            continue
        if _section_label(line):
            continue
        # a headline may be long, but unlike prose it has no closing full stop
        if title is None and prose == 0 and not _DATELINE.match(line) and _headline(line):
            title = line
            continue
        if _DATELINE.match(line) or _prose(line):
            prose += 1
    return Metadata(title=title, outlet=outlet, author=author, date=date or updated)


def resolve(document: Document, overrides: Metadata) -> Metadata:
    """Detected < front matter (or HTML metadata) < command-line flags."""
    return detect(document).merged(document.metadata).merged(overrides)
