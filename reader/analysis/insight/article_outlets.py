"""The outlets one article speaks of: which names are outlets, where each is
mentioned, and which is the article's own.

An outlet is a media figure of the analysis, a body the article introduces
as one ("the broadcaster NRV"), or a name it introduces that way without
the analysis making a figure of it ("in an interview with the broadcaster
Estmark 24"). News shortens an outlet to its last word ("the Ledger" for
the Tallis Ledger): every outlet is given back by its full name.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from reader.analysis.insight.outlets import NAME, OUTLET_BACK_NOUN, is_outlet, strip_possessive
from reader.analysis.insight.stretches import Stretches
from reader.analysis.insight.via import own_outlets
from reader.analysis.lexicon import MEDIA_WORDS, OUTLET_INTRODUCERS
from reader.analysis.limits import SHORT_TIMEOUT
from reader.analysis.model import Analysis, Figure
from reader.analysis.text.segments import Segments

#: "CARSOVA (Northgate Wire) —": the outlet a dateline names is the article's own.
_DATELINE_OUTLET = regex.compile(r"\((?P<o>[^()\n]{2,40}+)\)\s*[—–-]")
#: How far into a sentence the outlet that is its subject may be named ("The
#: regional weekly paper Ostwacht reported").
_OPENING_CHARS = 60
#: A sentence opened by a word that refers back to an outlet ("The paper reported").
_BACK_NOUN_OPENS = regex.compile(r"\s*+The\s+" + OUTLET_BACK_NOUN + r"\b")
#: "Source: The Sunday Beacon" in the front matter: the article's own outlet.
_SOURCE_LINE = regex.compile(
    r"(?im)^(?:source|outlet|publication)[ \t]*:[ \t]*(?P<o>[^\n]{2,80}+)$"
)
#: Nouns that introduce an outlet's name ("the broadcaster Estmark 24").
_NOUNS = OUTLET_INTRODUCERS
#: In running text these are lower case ("the broadcaster NRV"); "Daily" or
#: "Channel" capitalised begins a name.
_INTRODUCED = regex.compile(r"\b(?:" + "|".join(_NOUNS) + r")\s+" + NAME)
_NOUN_BEFORE = regex.compile(r"\b(?:" + "|".join(_NOUNS) + r")\s+\Z")
#: A character neither a noun above nor `NAME` holds.
_BREAK = regex.compile(r"[^\p{L}\d\s.&-]")
_BREAK_BACK = regex.compile(r"[^\p{L}\d\s.&-]", regex.REVERSE)


def _named_as_outlet(figure: Figure, text: str) -> bool:
    """A body named, at least once, right after a word for an outlet ("the
    broadcaster NRV"; not "the agency Frontex", which need not be news)."""
    return figure.source_type == "institution" and any(
        m.text == figure.name
        and _NOUN_BEFORE.search(text, max(0, m.start - 20), m.start, timeout=SHORT_TIMEOUT)
        for m in figure.mentions
    )


def _introduced(text: Stretches) -> list[tuple[int, str]]:
    """(offset, name) of each name the article introduces as an outlet."""
    return [
        (m.start("name"), strip_possessive(m.group("name")))
        for lo, hi in text.around(_NOUNS, _BREAK, _BREAK_BACK)
        for m in _INTRODUCED.finditer(text.text, lo, hi, timeout=text.timeout)
    ]


def _shortens(own: list[str], words: list[str]) -> bool:
    """Whether `words` name the article's own outlet `own` as news shortens it:
    its last words ("the Beacon" for the Sunday Beacon), or its first ones when
    only media words are left off ("Marketgate" for Marketgate Daily)."""
    if own[-len(words) :] == words:
        return True
    rest = own[len(words) :]
    return own[: len(words)] == words and bool(rest) and all(w in MEDIA_WORDS for w in rest)


class ArticleOutlets:
    """What the insight pass knows of one article's outlets."""

    def __init__(self, analysis: Analysis, seg: Segments, text: Stretches) -> None:
        self.seg = seg
        start = text.start
        self.front = analysis.text[:start].casefold()
        lead = _DATELINE_OUTLET.search(analysis.text, start, start + 300, timeout=SHORT_TIMEOUT)
        if lead is not None:
            self.front += "\n" + lead.group("o").casefold()
        #: The article's own outlet by the words of its name ("sunday beacon"), from
        #: the front matter: "told the Beacon" is told to an outlet, if its own.
        self.own_words = [
            m.group("o").casefold().removeprefix("the ").split()
            for m in _SOURCE_LINE.finditer(self.front[:4000], timeout=SHORT_TIMEOUT)
        ]
        outlets = [
            f
            for f in analysis.figures
            if f.source_type == "media" or _named_as_outlet(f, analysis.text)
        ]
        #: The figures that are outlets, by name.
        self.figures = {f.name for f in outlets}
        #: An outlet's names, aliases and last word -> its full name.
        self.full: dict[str, str] = {}
        for f in outlets:
            for n in (f.name, *f.aliases):
                self.full.setdefault(n.casefold().removeprefix("the "), f.name)
            last = f.name.split()[-1]
            if len(f.name.split()) > 1 and last[:1].isupper() and len(last) > 3:
                self.full.setdefault(last.casefold(), f.name)
        for f in outlets:
            # "the Sunday Lantern ... the Lantern": a figure of its own by the last word
            # is the outlet named in full.
            last = f.name.split()[-1].casefold()
            possessive = "'s " in f.name or "’s " in f.name  # "Britain's ITV": a description
            if (
                len(f.name.split()) > 1
                and not possessive
                and self.full.get(last, "").casefold() == last
            ):
                self.full[last] = f.name
        introduced = _introduced(text)
        for _at, name in introduced:
            self.full.setdefault(name.casefold().removeprefix("the "), name)
        self.known = set(self.full)
        #: Outlets the article speaks of as doing its own reporting, by full name.
        self.own_names = {self.full.get(n, n).casefold() for n in own_outlets(text)}
        #: Where each outlet is mentioned, for "told the broadcaster".
        mentioned = sorted(
            [(m.start, f.name) for f in outlets for m in f.mentions]
            + [(at, self.full_name(name)) for at, name in introduced]
        )
        self.at = [at for at, _n in mentioned]
        self.named = [n for _at, n in mentioned]
        #: Outlets claims came through, where each claim's cue is (see `note`).
        self.noted_at: list[int] = []
        self.noted: list[str] = []

    def note(self, name: str, at: int) -> None:
        """Record an outlet a claim came through at `at`, for the words just after it
        that refer back to it ("told the podcast", "in that interview")."""
        k = bisect_right(self.noted_at, at)
        self.noted_at.insert(k, at)
        self.noted.insert(k, self.full_name(name))

    def full_name(self, name: str) -> str:
        """An outlet's name as the article gives it in full ("Ledger" -> "Tallis Ledger")."""
        return self.full.get(name.casefold().removeprefix("the "), name)

    def last(self, before: int) -> str | None:
        """The outlet mentioned last before an offset; one only told counts in the
        same paragraph or the one before."""
        k = bisect_left(self.at, before) - 1
        j = bisect_left(self.noted_at, before) - 1
        if (
            j >= 0
            and self.seg.para_of(before) - self.seg.para_of(self.noted_at[j]) <= 1
            and (k < 0 or self.at[k] < self.noted_at[j])
        ):
            return self.noted[j]
        return self.named[k] if k >= 0 else None

    def _sentence_before(self, at: int) -> int:
        """Where the sentence before the one holding `at` starts."""
        return self.seg.sentence_of(max(0, self.seg.sentence_of(at)[0] - 1))[0]

    def just_before(self, at: int) -> str | None:
        """An outlet, not the article's own, named or told in the sentence before `at`."""
        return self._named_since(at, self._sentence_before(at))

    def _named_since(self, at: int, since: int) -> str | None:
        """The outlet, not the article's own, named or told last in [since, at)."""
        found = [
            (where[k], names[k])
            for where, names in ((self.at, self.named), (self.noted_at, self.noted))
            if (k := bisect_left(where, at) - 1) >= 0 and where[k] >= since
        ]
        if not found:
            return None
        name = max(found)[1]
        return None if self.own(name) else name

    def opening_sentence_before(self, at: int) -> str | None:
        """The outlet, not the article's own, that opens the sentence before `at`
        ("The trade weekly Ostwacht reported ..."): the one an "It" after refers to."""
        since = self._sentence_before(at)
        opening = self.seg.text[since : since + _OPENING_CHARS]
        if _BACK_NOUN_OPENS.match(opening, timeout=SHORT_TIMEOUT):
            # "The newspaper reported ... It quoted": the outlet named before that.
            return self.last(since)
        name = self._named_since(at, since)
        if name is None:
            return None
        last_word = name.split()[-1]
        return name if last_word in opening else None

    def outlet(self, name: str, before: str, tail: bool = False) -> bool:
        """Whether a capitalised name, with the text before it, is an outlet."""
        name = name.removeprefix("the ").removeprefix("The ")
        if is_outlet(name, before, self.known, tail):
            return True
        words = name.casefold().split()
        return any(words and _shortens(own, words) for own in self.own_words)

    def own(self, name: str) -> bool:
        """Whether the outlet is the article's own (its front matter, dateline or reporting)."""
        if self.full_name(name).casefold() in self.own_names:
            return True
        return bool(self.front) and name.casefold() in self.front
