"""Figures: who a speaker phrase is, with aliases, roles and back-references.

Resolution runs in reading order, so "she", "the source" or "Peskov" always
point to something introduced earlier. `mentions.seed` fills the registry
with every named person and body first, so people who are only mentioned
are listed too and surnames resolve to full names.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from reader.analysis.classify import Phrase
from reader.analysis.lexicon import (
    ANON_HEADS,
    ANONYMITY_MARKERS,
    COUNTRIES,
    DOCUMENT_HEADS,
    FEMALE_WORDS,
    GENERIC_BODIES,
    INSTITUTION_HEADS,
    MALE_WORDS,
    MEDIA_HEADS,
    MEDIA_NAMES,
    NAME_PARTICLES,
    NOT_NAME_START,
    words,
)
from reader.analysis.model import SourceType, Span
from reader.analysis.names import is_epithet
from reader.analysis.segments import Segments

_MEMBERS = regex.compile(
    r"\b\p{L}\p{Ll}+s[ \t]+(?:at|from|of|with)[ \t]+(?P<org>(?:the[ \t]+)?\p{Lu}[^,;:]{0,60})\Z"
)


#: "the ministry", "the local council": an unnamed body a later "it" may stand for.
_BODY = regex.compile(
    r"\b[Tt]he[ \t]+(?:\p{Ll}+[ \t]+){0,2}?(?:"
    + "|".join(sorted((w for w in INSTITUTION_HEADS if not w.endswith("s")), key=len, reverse=True))
    + r")\b"
)


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


def _gender(words: str | None) -> str | None:
    if not words:
        return None
    ws = {w.lower().rstrip(".") for w in words.split()}
    if ws & FEMALE_WORDS:
        return "f"
    if ws & MALE_WORDS:
        return "m"
    return None


class Registry:
    """Every figure of one analysis, and the indices used to resolve mentions."""

    def __init__(self, seg: Segments) -> None:
        self.seg = seg
        self.figs: dict[str, Fig] = {}
        self.surnames: dict[str, Fig] = {}
        self.person_pos: list[int] = []
        self.person_fig: list[Fig] = []
        self.anon_count: dict[str, int] = {}
        self.recent: list[tuple[int, Fig]] = []
        self.run_cache: list[tuple[int, list[str]]] | None = None
        #: The body the last unnamed spokesperson spoke for.
        self.spokes_for: Fig | None = None
        #: First words of multi-word body names ("Velmont" for "Velmont Foods").
        self.org_short: dict[str, Fig] = {}
        self.org_pos: list[int] = []
        #: Where each figure was last named as a speaker, for pronoun distance.
        self._last_seen: dict[str, int] = {}
        self.org_fig: list[Fig] = []

    # -- registration -------------------------------------------------------------
    def register(self, name: str, kind: str, role: str | None = None) -> Fig:
        fig = self.figs.get(name)
        if fig is None:
            fig = Fig(name, kind, role, [name], order=len(self.figs))
            self.figs[name] = fig
        if role and not fig.role:
            fig.role = role
        if fig.gender is None:
            fig.gender = _gender(role)
        return fig

    def lookup(self, name: str) -> Fig | None:
        """A known person by full name, surname or particle surname."""
        fig = self.figs.get(name)
        if fig is not None and fig.kind == "person":
            return fig
        return self.surnames.get(key(name))

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
                fig.gender = _gender(role)
        else:
            fig = self.register(name, "person", role)
            if len(parts) > 1:
                self.surnames.setdefault(key(parts[-1]), fig)
                for x, w in enumerate(parts[1:-1], start=1):
                    if w.lower() in NAME_PARTICLES:
                        self.surnames.setdefault(key(" ".join(parts[x:])), fig)
                        break
        fig.alias(name)
        return fig

    # -- resolution ---------------------------------------------------------------
    def resolve(self, ph: Phrase, last: Fig | None, last_para: int) -> tuple[Fig | None, str]:
        """The figure a speaker phrase names, and how it was decided."""
        fig, how = self._resolve(ph, last, last_para)
        if fig is not None:
            self._last_seen[fig.name] = ph.start
        return fig, how

    def _resolve(self, ph: Phrase, last: Fig | None, last_para: int) -> tuple[Fig | None, str]:
        para = self.seg.para_of(ph.start)
        near = last is not None and para - last_para <= 2
        kind = ph.kind
        if kind == "pronoun":
            return self._pronoun(ph, last if near else None)
        if kind == "backref":
            return self._backref(ph, last if near else None)
        if kind == "person":
            core = ph.core
            if (
                len(core.split()) == 1
                and self.lookup(core) is None
                and not ph.role
                and not ph.person_label
            ):
                if ph.text.lower().startswith("the ") and _demonym(core):
                    person = self._nearest_person(ph, _gender(core.lower()), last if near else None)
                    if person is not None:
                        return person, f"'{ph.text}' -> {person.name} (nearest earlier person)"
                short = self.org_short.get(key(core))
                if short is not None:
                    short.alias(core)
                    self.recent.append((ph.start, short))
                    return short, f"short name '{core}' -> {short.name}"
                low = core.lower()
                if low in MEDIA_NAMES:
                    return self._named(core, "media", ph), "named outlet"
                if core.isupper() or low in COUNTRIES:
                    return self._named(core, "org", ph), "named organisation"
                return self._named(core, "org", ph), "single capitalised word: organisation"
            fig = self.person(core, ph.role, ph.start)
            how = "named" if core == fig.name else f"alias '{core}' -> {fig.name}"
            self.recent.append((ph.start, fig))
            return fig, how
        if kind in ("org", "media"):
            person = self.lookup(ph.core) if " " not in ph.core else None
            if person is not None:
                self.recent.append((ph.start, person))
                return person, f"alias '{ph.core}' -> {person.name}"
            short = self.org_short.get(key(ph.core)) if " " not in ph.core else None
            if short is not None:
                short.alias(ph.core)
                self.recent.append((ph.start, short))
                return short, f"short name '{ph.core}' -> {short.name}"
            if " " not in ph.core and ph.core not in self.figs:
                # "The Church said": a generic word standing for a body named earlier.
                body = self._body_named(ph.core.lower(), ph.start)
                if body is not None:
                    body.alias(ph.core)
                    self.recent.append((ph.start, body))
                    return body, f"'{ph.text}' -> {body.name} (nearest earlier body)"
            return self._named(ph.core, kind, ph), "named"
        if kind in ("group", "anon"):
            body = self._members_of(ph)
            if body is not None:
                return body, f"'{ph.text}' speak for {body.name}"
        if kind == "group":
            return self._group(ph)
        if kind == "document":
            fig = self.register(_lower_first(ph.core), "document")
            self.recent.append((ph.start, fig))
            return fig, "document speaks"
        if kind == "anon":
            return self._anon(ph), "distinct unnamed source"
        return None, "speaker unknown"

    def _named(self, core: str, kind: str, ph: Phrase) -> Fig:
        fig = self.figs.get(core)
        if fig is None:
            fig = self.register(core, kind, ph.role)
        fig.alias(core)
        self.recent.append((ph.start, fig))
        return fig

    def _pronoun(self, ph: Phrase, last: Fig | None) -> tuple[Fig | None, str]:
        p = ph.core
        if p in ("he", "she"):
            g = "m" if p == "he" else "f"
            if last is not None and last is self.spokes_for:
                # "A spokesman for X said ... He added": the spokesperson, so X.
                return last, f"pronoun '{p}' -> {last.name} (the spokesperson before)"
            # The nearest earlier person mention with a compatible gender...
            i = bisect_right(self.person_pos, ph.start) - 1
            seen = 0
            near: Fig | None = None
            near_pos = -1
            while i >= 0 and seen < 12:
                fig = self.person_fig[i]
                if fig.gender in (None, g):
                    near, near_pos = fig, self.person_pos[i]
                    break
                i -= 1
                seen += 1
            # ...unless the speaker of the claim before is nearer (an unnamed source).
            if last is not None and last.kind in ("person", "anon") and last.gender in (None, g):
                last_pos = self._last_seen.get(last.name, -1)
                if near is None or last_pos >= near_pos or last is near:
                    self._learn(last, g)
                    return last, f"pronoun '{p}' -> {last.name} (speaker of the claim before)"
            if near is not None:
                self._learn(near, g)
                return near, f"pronoun '{p}' -> {near.name} (nearest earlier person)"
            return None, f"pronoun '{p}': no earlier person"
        if p in ("they", "it", "we"):
            if last is not None and last.kind != "person":
                return last, f"pronoun '{p}' -> {last.name} (speaker of the claim before)"
            i = bisect_right(self.org_pos, ph.start) - 1
            if i >= 0 and ph.start - self.org_pos[i] < 600:
                fig = self.org_fig[i]
                return fig, f"pronoun '{p}' -> {fig.name} (nearest earlier body)"
            for _pos, fig in reversed(self.recent[-20:]):
                if fig.kind != "person":
                    return fig, f"pronoun '{p}' -> {fig.name} (nearest earlier body)"
            body = self._body_phrase_before(ph.start)
            if body is not None:
                fig, _how = self._group(body)
                return fig, f"pronoun '{p}' -> {fig.name} (body mentioned just before)"
            if p == "they" and last is not None:
                return last, f"pronoun '{p}' -> {last.name} (speaker of the claim before)"
        return None, f"pronoun '{p}': unresolved"

    def _body_phrase_before(self, pos: int) -> Phrase | None:
        """ "The ministry issued a statement. ... it said": the last unnamed body nearby."""
        text = self.seg.text
        lo = max(self.seg.para_starts[max(0, self.seg.para_of(pos) - 1)], pos - 400)
        found = None
        for m in _BODY.finditer(text, pos=lo, endpos=pos, timeout=0.5):
            found = m
        if found is None:
            return None
        s, e = found.span()
        return Phrase(s, e, found.group(), "group", found.group().split(None, 1)[1])

    def _learn(self, fig: Fig, g: str) -> None:
        if fig.gender is None:
            fig.gender = g

    def _backref(self, ph: Phrase, last: Fig | None = None) -> tuple[Fig | None, str]:
        words = ph.core.lower().split()
        head = words[-1] if words else ""
        for w in words:
            if w in ("for", "of", "at", "with", "close"):
                break
            head = w
        head = head.rstrip("s") if head.endswith("sources") else head
        if any(w.startswith("spokes") for w in words):
            head = "spokesperson"
        want: str
        if head.startswith("source") or head == "insider":
            want = "anon"
        elif head.startswith("spokes"):
            want = "spokes"
        elif head in MEDIA_HEADS:
            want = "media"
        elif head in DOCUMENT_HEADS:
            want = "document"
        else:
            want = "role"
        if ph.core == "one of them":
            for _pos, fig in reversed(self.recent[-40:]):
                if fig.kind in ("anon", "group"):
                    return fig, f"'{ph.text}' -> {fig.name} (a member of the last group)"
        for _pos, fig in reversed(self.recent[-40:]):
            if fig.kind == "anon" and head.rstrip("s") in fig.name.lower():
                return fig, f"'{ph.text}' -> {fig.name} (last unnamed {head})"
            if want == "anon" and fig.kind == "anon":
                return fig, f"'{ph.text}' -> {fig.name} (last unnamed source)"
            if want == "media" and fig.kind == "media":
                return fig, f"'{ph.text}' -> {fig.name} (last outlet)"
            if want == "document" and fig.kind == "document":
                return fig, f"'{ph.text}' -> {fig.name} (last document)"
            if (
                want == "spokes"
                and fig.role
                and "spokes" in fig.role.lower()
                and ph.text.lower().startswith(("the ", "this "))
            ):
                return fig, f"'{ph.text}' -> {fig.name} (last spokesperson)"
            if want == "role" and fig.role and head in fig.role.lower():
                return fig, f"'{ph.text}' -> {fig.name} (role '{head}')"
        if want == "role":
            person = self._person_with_role(ph)
            if person is not None:
                return person, f"'{ph.text}' -> {person.name} (nearest person with that role)"
            person = self._epithet_of(ph, head, last)
            if person is not None:
                return person, f"'{ph.text}' -> {person.name} (nearest earlier person)"
        if want == "spokes":
            body = self._spokes_body(ph)
            if body is not None:
                self.spokes_for = body
                return body, f"unnamed spokesperson speaks for {body.name}"
            if self.spokes_for is not None and ph.text.lower().startswith(("the ", "this ")):
                body = self.spokes_for
                return body, f"'{ph.text}' -> {body.name} (the spokesperson before)"
        if (" for " in ph.text and not (want == "role" and head in ANON_HEADS)) or (
            " of " in ph.text and want == "spokes"
        ):
            org = ph.text.split(" for ", 1)[-1] if " for " in ph.text else ph.text.split(" of ")[-1]
            fig = self._named(_strip_the(org), "org", ph)
            return fig, f"unnamed spokesperson speaks for {fig.name}"
        if want == "spokes":
            for _pos, fig in reversed(self.recent[-40:]):
                if fig.kind in ("org", "group"):
                    return fig, f"unnamed spokesperson -> {fig.name} (nearest earlier body)"
        if want == "anon":
            return self._anon(ph), "new unnamed source (nothing earlier)"
        if want == "document":
            fig = self.register(_lower_first(ph.core), "document")
            self.recent.append((ph.start, fig))
            return fig, "document speaks"
        if want == "media":
            fig = self.register(_lower_first(ph.core), "media")
            self.recent.append((ph.start, fig))
            return fig, "unnamed outlet"
        return self._anon(ph), f"'{ph.text}': no earlier figure with that role"

    def _person_with_role(self, ph: Phrase) -> Fig | None:
        """ "the Home Secretary": the nearest earlier person given that role."""
        core = _strip_the(ph.core).lower()
        head = core.split()[-1] if core.split() else ""
        i = bisect_right(self.person_pos, ph.start) - 1
        fallback: Fig | None = None
        for j in range(i, max(-1, i - 80), -1):
            fig = self.person_fig[j]
            role = (fig.role or "").lower()
            if core and core in role:
                return fig
            if fallback is None and head and head in role.split():
                fallback = fig
        return fallback

    def _epithet_of(self, ph: Phrase, head: str, last: Fig | None) -> Fig | None:
        """ "The actress said" after a named actress: the nearest person of that gender."""
        if not is_epithet(head) or not ph.text.lower().startswith(("the ", "this ")):
            return None
        return self._nearest_person(ph, _gender(head), last, head)

    def _nearest_person(
        self, ph: Phrase, g: str | None, last: Fig | None = None, head: str = ""
    ) -> Fig | None:
        """The speaker of the claim before if a person, else the nearest person named;
        never one of the other gender, nor one whose known role is something else
        ("the striker" is not the coach who spoke before)."""

        def fits(fig: Fig) -> bool:
            if fig.name.split()[0].lower().rstrip(".") in NOT_NAME_START:
                return False  # "No. We" read from a quote is no person
            if head and fig.role and head not in fig.role.lower():
                return False
            return g is None or fig.gender in (None, g)

        if last is not None and last.kind == "person" and fits(last):
            return last
        i = bisect_right(self.person_pos, ph.start) - 1
        for j in range(i, max(-1, i - 6), -1):
            if ph.start - self.person_pos[j] > 1500:
                break
            if fits(self.person_fig[j]):
                return self.person_fig[j]
        return None

    def _spokes_body(self, ph: Phrase) -> Fig | None:
        """`A Velmont spokesman`, `a company spokeswoman`: the body they speak for."""
        low = ph.text.lower()
        head_at = low.find("spokes")
        for prep in (" for ", " at ", " of "):
            k = low.find(prep, max(0, head_at))
            if k > 0:
                org = _strip_the(ph.text[k + len(prep) :])
                known = self.figs.get(org)
                if known is not None and known.kind != "person":
                    return known
                return self._named(org, "org", ph)
        ws = ph.text.split()
        mods = [w for w in ws[:-1] if w.lower() not in ("a", "an", "the", "one")]
        caps = [w for w in mods if w[0].isupper()]
        if caps:
            first = mods.index(caps[0])
            last = len(mods) - 1 - mods[::-1].index(caps[-1])
            name = " ".join(mods[first : last + 1])
            for _pos, fig in reversed(self.recent[-200:]):
                if fig.kind in ("org", "group", "media") and fig.name.startswith(name):
                    return fig
            known = self.figs.get(name)
            if known is not None and known.kind != "person":
                return known
            return self._named(name, "org", ph)
        if mods and mods[-1].lower() in GENERIC_BODIES:
            return self._nearest_body(ph.start)
        if mods and mods[-1].lower() in INSTITUTION_HEADS:
            # "a ministry spokesman" with no body named nearby: the unnamed body.
            body_ph = Phrase(ph.start, ph.end, "the " + mods[-1], "group", mods[-1].lower())
            return self._group(body_ph)[0]
        return None

    def _body_named(self, head: str, pos: int) -> Fig | None:
        """The nearest earlier body whose name holds this word."""
        i = bisect_right(self.org_pos, pos) - 1
        stop = max(-1, i - 60)
        stem = head.rstrip("s")[:5]
        while i > stop:
            fig = self.org_fig[i]
            if fig.kind in ("org", "group") and stem in fig.name.lower() and fig.name != head:
                return fig
            i -= 1
        return None

    def _nearest_body(self, pos: int) -> Fig | None:
        i = bisect_right(self.org_pos, pos) - 1
        if i >= 0 and pos - self.org_pos[i] < 5000:
            return self.org_fig[i]
        return None

    def _members_of(self, ph: Phrase) -> Fig | None:
        """`Analysts at Ferrand Securities`: a plural group on the record for a named body."""
        if self._off_record(ph):
            return None
        m = _MEMBERS.search(ph.text, timeout=0.5)
        if m is None:
            return None
        org = _strip_the(m.group("org"))
        known = self.figs.get(org) or self.org_short.get(key(org.split()[0]))
        if known is not None and known.kind == "person" and known.name == org:
            known.kind = "org"  # "analysts at Goldman Sachs": a firm, not a person
        if known is not None and known.kind != "person":
            self.recent.append((ph.start, known))
            return known
        return self._named(org, "org", ph)

    def _off_record(self, ph: Phrase) -> bool:
        """The text next to the phrase says the speakers are not named."""
        _s_lo, s_hi = self.seg.sentence_of(ph.end)
        near = self.seg.text[ph.end : min(s_hi, ph.end + 160)].lower()
        return any(m in near for m in ANONYMITY_MARKERS)

    def _group(self, ph: Phrase) -> tuple[Fig, str]:
        if self._off_record(ph):
            return self._anon(ph), "unnamed group speaking off the record"
        core = _lower_first(ph.core)
        head = core.split()[-1].lower() if core.split() else core
        if ph.text.lower().startswith(("the ", "this ", "its ")):
            for _pos, fig in reversed(self.recent[-40:]):
                if fig.kind == "anon" and _names_head(fig.name, head):
                    # "an EU official said ... The official said": the same unnamed one.
                    fig.alias(ph.text)
                    return fig, f"'{ph.text}' -> {fig.name} (last unnamed {head})"
                if fig.kind in ("org", "group") and head in fig.name.lower():
                    self.recent.append((ph.start, fig))
                    fig.alias(ph.text)
                    return fig, f"'{ph.text}' -> {fig.name} (nearest earlier body)"
            named = self._body_named(head, ph.start)
            if named is not None:
                named.alias(ph.text)
                self.recent.append((ph.start, named))
                return named, f"'{ph.text}' -> {named.name} (nearest earlier body)"
            if head in GENERIC_BODIES:
                body = self._nearest_body(ph.start)
                if body is not None and body.kind != "media":
                    body.alias(ph.text)
                    return body, f"'{ph.text}' -> {body.name} (nearest earlier body)"
        fig = self.register(core, "group")
        fig.alias(core)
        self.recent.append((ph.start, fig))
        return fig, "unnamed group on the record"

    def _anon(self, ph: Phrase) -> Fig:
        base = _lower_first(_strip_the(ph.core))
        for det in ("another ", "other ", "a ", "an ", "one ", "some "):
            if base.startswith(det):
                base = base[len(det) :]
        n = self.anon_count.get(base, 0) + 1
        self.anon_count[base] = n
        fig = self.register(f"{base} #{n}", "anon")
        fig.alias(ph.text)
        fig.alias(base)
        self.recent.append((ph.start, fig))
        return fig


_DEMONYMS = words("briton spaniard swede dane pole finn scot turk swiss greek thai kiwi")


def _demonym(word: str) -> bool:
    """ "the Dutchman", "the Norwegian", "the Briton": a person by nationality."""
    w = word.lower()
    if w in _DEMONYMS or (w.endswith(("man", "woman")) and len(w) > 6):
        return True
    return w.endswith(("ian", "ean", "ese")) and len(w) > 5


def _names_head(name: str, head: str) -> bool:
    """The unnamed figure's own noun is `head` ("EU official #1"), not a word
    of its post-modifier ("source close to the company #2")."""
    stem = head.rstrip("s")
    for w in name.split(" #", 1)[0].lower().split():
        if w.rstrip("s") == stem:
            return True
        if w in ("to", "at", "of", "with", "from", "in", "on", "for", "by", "who", "that"):
            return False
    return False


def _strip_the(s: str) -> str:
    return s[4:] if s.lower().startswith("the ") else s


def _lower_first(s: str) -> str:
    if len(s) > 1 and s[0].isupper() and s[1].islower():
        first = s.split(" ", 1)[0]
        if first.lower() not in MEDIA_NAMES and first[1:].islower():  # not "YouGov"
            return s[0].lower() + s[1:]
    return s
