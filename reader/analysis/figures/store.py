"""The figure store: every figure of one analysis, found by name.

Merging happens here, at registration: a surname or a particle surname
("de Gaulle") resolves to the full name registered first, and a figure keeps
every spelling it was seen under as an alias. The resolvers built on top
decide which figure a phrase means; this layer only keeps them and their
indices.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from reader.analysis.given_names import gender_of_given_name
from reader.analysis.lexicon import (
    FEMALE_WORDS,
    MALE_WORDS,
    MEDIA_NAMES,
    NAME_PARTICLES,
)
from reader.analysis.model import SourceType, Span
from reader.analysis.phrases.classify import Phrase
from reader.analysis.text.segments import Segments


@lru_cache(maxsize=16384)
def key(name: str) -> str:
    """Surname lookup key: case-folded, without a possessive (cached: pure and hot)."""
    low = name.casefold()
    for suf in ("'s", "’s"):
        low = low.removesuffix(suf)
    return low.rstrip("'’")


TYPE_OF_KIND: dict[str, SourceType] = {
    "person": "named_person",
    "org": "institution",
    "group": "institution",
    "media": "media",
    "document": "document",
    "anon": "anonymous",
}


@dataclass(slots=True)
class Fig:
    name: str
    kind: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    claims: list[int] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    no_comment: list[Span] = field(default_factory=list)
    gender: str | None = None
    order: int = 0

    @property
    def source_type(self) -> SourceType:
        return TYPE_OF_KIND.get(self.kind, "anonymous")

    def alias(self, a: str) -> None:
        if a and a not in self.aliases:
            self.aliases.append(a)


def gender_of(words: str | None) -> str | None:
    if not words:
        return None
    ws = {w.lower().rstrip(".") for w in words.split()}
    if ws & FEMALE_WORDS:
        return "f"
    if ws & MALE_WORDS:
        return "m"
    return None


def strip_the(s: str) -> str:
    return s[4:] if s.lower().startswith("the ") else s


def lower_first(s: str) -> str:
    """A common noun phrase capitalised only by its sentence ("Figures show")
    gets its lower case back; a proper name ("Southern Cross Polling",
    "Kessler's office", "YouGov") keeps its capital."""
    if len(s) > 1 and s[0].isupper() and s[1].islower():
        words = s.split(" ", 2)
        first = words[0]
        if first.lower() in MEDIA_NAMES or not first[1:].islower():  # "YouGov"
            return s
        if first.endswith(("'s", "’s", "s'", "s’")):  # a possessive names someone
            return s
        if len(words) > 1 and words[1][:1].isupper():  # a run of capitals is a name
            return s
        return s[0].lower() + s[1:]
    return s


class FigureStore:
    """The figures and the reading-order indices the resolvers search."""

    def __init__(self, seg: Segments) -> None:
        self.seg = seg
        self.figs: dict[str, Fig] = {}
        self.surnames: dict[str, Fig] = {}
        self.person_pos: list[int] = []
        self.person_fig: list[Fig] = []
        self.anon_count: dict[str, int] = {}
        #: The article's lower-case words, read once when first asked for.
        self._lower_words: frozenset[str] | None = None
        #: The first word of every name registered for a figure that is not unnamed.
        self.first_words: set[str] = set()
        self.recent: list[tuple[int, Fig]] = []
        self.run_cache: list[tuple[int, list[str]]] | None = None
        #: The body the last unnamed spokesperson spoke for.
        self.spokes_for: Fig | None = None
        #: First words of multi-word body names ("Velmont" for "Velmont Foods").
        self.org_short: dict[str, Fig] = {}
        self.org_pos: list[int] = []
        #: Where each figure was last named as a speaker, for pronoun distance.
        self._last_seen: dict[str, int] = {}
        #: The content of the claim whose speaker is being resolved: the names in
        #: it are what the speaker speaks of, never the speaker.
        self.claim_span: tuple[int, int] = (0, 0)
        self.org_fig: list[Fig] = []
        #: The spans of quoted words, whose names are the speaker's, not narration's.
        self._quoted: list[tuple[int, int]] = []
        self._quoted_starts: list[int] = []
        #: Documents someone sent out ("issued a statement"): where, head noun, sender.
        self.sent: list[tuple[int, str, Fig]] = []

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        """The quoted stretches of the text, in order."""
        self._quoted = spans
        self._quoted_starts = [s for s, _e in spans]

    def quoted(self, pos: int) -> bool:
        """Whether `pos` lies inside quoted words."""
        i = bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and pos < self._quoted[i][1]

    # -- registration -------------------------------------------------------------
    def register(self, name: str, kind: str, role: str | None = None) -> Fig:
        fig = self.figs.get(name)
        if fig is None:
            fig = Fig(name, kind, role, [name], order=len(self.figs))
            self.figs[name] = fig
            if kind != "anon":
                self.first_words.add(name.split(" ", 1)[0])
        if role and not fig.role:
            fig.role = role
        if fig.gender is None:
            fig.gender = gender_of(role)
        return fig

    def lookup(self, name: str) -> Fig | None:
        """A known person by full name, surname or particle surname."""
        fig = self.figs.get(name)
        if fig is not None and fig.kind == "person":
            return fig
        return self.surnames.get(key(name))

    def misspelt(self, word: str) -> Fig | None:
        """The one known person whose surname is this word with one letter wrong.

        Reporters do mistype names ("Maurer ... said Mauer"); a bare surname
        that misses a known one by a single letter is far likelier that
        person than a new organisation. Short names are left alone: "Lee"
        and "Lei" are simply different people.
        """
        k = key(word)
        if len(k) < 5:
            return None
        found = {
            id(fig): fig
            for s, fig in self.surnames.items()
            if abs(len(s) - len(k)) <= 1 and s[0] == k[0] and one_edit(s, k)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def person(self, name: str, role: str | None, pos: int) -> Fig:
        parts = name.split()
        known = self.figs.get(name)
        if (known is None or known.kind != "person") and len(parts) <= 3:
            known = self.surnames.get(key(name)) or known
        if known is not None and known.kind == "person":
            fig = known
            if role and not fig.role:
                fig.role = role
            if fig.gender is None:
                fig.gender = gender_of(role)
        else:
            fig = self.register(name, "person", role)
            if len(parts) > 1:
                self.surnames.setdefault(key(parts[-1]), fig)
                for x, w in enumerate(parts[1:-1], start=1):
                    if w.lower() in NAME_PARTICLES:
                        self.surnames.setdefault(key(" ".join(parts[x:])), fig)
                        break
        if fig.gender is None:
            fig.gender = gender_of_given_name(name)
        fig.alias(name)
        return fig

    def _named(self, core: str, kind: str, ph: Phrase) -> Fig:
        fig = self.figs.get(core)
        if fig is None:
            fig = self.register(core, kind, ph.role)
        fig.alias(core)
        self.recent.append((ph.start, fig))
        return fig


def one_edit(a: str, b: str) -> bool:
    """`a` and `b` differ by exactly one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]
