"""Figures: who a speaker phrase is, with aliases, roles and back-references.

Resolution runs in reading order, so "she", "the source" or "Peskov" always
point to something introduced earlier. `mentions.seed` fills the registry
with every named person and body first, so people who are only mentioned
are listed too and surnames resolve to full names.

The registry is layered, one concern a module: `figure_store` keeps the
figures and merges aliases, `unnamed_bodies` handles groups, spokespeople
and anonymous sources, `backrefs` pronouns and descriptions; this module
picks the layer by the kind of phrase.
"""

from __future__ import annotations

from reader.analysis.figures.backrefs import BackrefResolver
from reader.analysis.figures.issued import issuing_verb
from reader.analysis.figures.members import counts_a_group, plural_name
from reader.analysis.figures.store import Fig, gender_of, key, lower_first
from reader.analysis.lexicon import (
    COUNTRIES,
    MEDIA_NAMES,
    words,
)
from reader.analysis.limits import NEAR_PARAGRAPHS, RECENT_FIGURES
from reader.analysis.phrases.classify import Phrase, place_name
from reader.analysis.phrases.names import phrase_before


class Registry(BackrefResolver):
    """Every figure of one analysis, and the indices used to resolve mentions."""

    def resolve(self, ph: Phrase, last: Fig | None, last_para: int) -> tuple[Fig | None, str]:
        """The figure a speaker phrase names, and how it was decided."""
        fig, how = self._resolve(ph, last, last_para)
        if fig is not None:
            self._last_seen[fig.name] = ph.start
        return fig, how

    def _resolve(self, ph: Phrase, last: Fig | None, last_para: int) -> tuple[Fig | None, str]:
        """By the kind of phrase; the speaker of the claim before (`last`, in
        paragraph `last_para`) counts only while it is near."""
        para = self.seg.para_of(ph.start)
        near_last = last if last is not None and para - last_para <= NEAR_PARAGRAPHS else None
        kind = ph.kind
        if kind == "pronoun":
            return self._pronoun(ph, near_last)
        if kind == "backref":
            return self._backref(ph, near_last)
        if kind == "person":
            return self._named_person(ph, near_last)
        if kind in ("org", "media"):
            return self._named_body(ph)
        if counts_a_group(ph):
            counted = self._group_counted(ph)
            if counted is not None:
                return counted
        if kind in ("group", "anon"):
            body = self._members_of(ph)
            if body is not None:
                return body, f"'{ph.text}' speak for {body.name}"
        if kind == "group":
            return self._group(ph)
        if kind == "document":
            issued = self._issuer(ph, last, last_para)
            if issued is not None:
                return issued
            fig = self.register(lower_first(ph.core), "document")
            self.recent.append((ph.start, fig))
            return fig, "document speaks"
        if kind == "anon":
            same = self._same_unnamed(ph)
            if same is not None:
                return same, f"'{ph.text}' -> {same.name} (the unnamed source before)"
            return self._anon(ph), "distinct unnamed source"
        return None, "speaker unknown"

    def _issuer(self, ph: Phrase, last: Fig | None, last_para: int) -> tuple[Fig, str] | None:
        """ "Ann Lind put out a statement saying ...": a statement, an email or a
        letter someone named just before sent out speaks for its sender."""
        s_lo = self.seg.sentence_bounds(ph.start)[0]
        verb = issuing_verb(self.seg.text, s_lo, ph)
        if verb is None:
            return None
        subject = phrase_before(self.seg.text, s_lo, verb)
        if subject is None or subject.kind in ("document", "anon") or subject.start < s_lo:
            return None
        fig, how = self._resolve(subject, last, last_para)
        if fig is None:
            return None
        self.note_sent(ph, fig)
        return fig, f"'{ph.text}' sent out by '{subject.text}': {how}"

    def _group_counted(self, ph: Phrase) -> tuple[Fig, str] | None:
        """ "Eleven employees said ... Several said": the unnamed group that spoke
        last, in this paragraph or the one before. A group only named there is
        not enough ("Mr. X's voters turned out. Many speculated ..." is others)."""
        para = self.seg.para_of(ph.start)
        for pos, fig in reversed(self.recent[-RECENT_FIGURES:]):
            if pos >= ph.start or self.seg.para_of(pos) < para - 1:
                continue
            # One unnamed person is no group to count from: a plural is.
            if fig.kind in ("anon", "group") and plural_name(fig.name):
                return fig, f"'{ph.text}' -> {fig.name} (part of the group that spoke before)"
        return None

    def _named_person(self, ph: Phrase, last: Fig | None) -> tuple[Fig, str]:
        """A person's name: the figure of that name, or of the name it shortens."""
        core = ph.core
        if (
            len(core.split()) == 1
            and self.lookup(core) is None
            and not ph.role
            and not ph.person_label
        ):
            return self._one_word_name(ph, last)
        if place_name(core.lower().split()):
            # "San Bernardino said": a place speaks through its government.
            return self._named(core, "org", ph), "named place"
        fig = self.person(core, ph.role, ph.start)
        how = "named" if core == fig.name else f"alias '{core}' -> {fig.name}"
        self.recent.append((ph.start, fig))
        return fig, how

    def _one_word_name(self, ph: Phrase, last: Fig | None) -> tuple[Fig, str]:
        """A lone capitalised word that is no known surname: a nationality for a
        person ("the Norwegian"), a body's short name, an outlet, a misspelt
        surname, or else an organisation."""
        core = ph.core
        if ph.text.lower().startswith("the ") and _demonym(core):
            person = self._nearest_person(ph, gender_of(core.lower()), last)
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
        person = self.misspelt(core)
        if person is not None:
            self.recent.append((ph.start, person))
            return person, f"'{core}' -> {person.name} (one letter from a known surname)"
        return self._named(core, "org", ph), "single capitalised word: organisation"

    def _named_body(self, ph: Phrase) -> tuple[Fig, str]:
        """A body's or outlet's name, or a one-word one standing for a person or body
        named earlier ("Velmont" for "Velmont Foods", "The Church said")."""
        one_word = " " not in ph.core
        person = self.lookup(ph.core) if one_word else None
        if person is not None:
            self.recent.append((ph.start, person))
            return person, f"alias '{ph.core}' -> {person.name}"
        short = self.org_short.get(key(ph.core)) if one_word else None
        if short is not None:
            short.alias(ph.core)
            self.recent.append((ph.start, short))
            return short, f"short name '{ph.core}' -> {short.name}"
        if one_word and ph.core not in self.figs:
            # "The Church said": a generic word standing for a body named earlier.
            body = self._body_named(ph.core.lower(), ph.start)
            if body is not None:
                body.alias(ph.core)
                self.recent.append((ph.start, body))
                return body, f"'{ph.text}' -> {body.name} (nearest earlier body)"
        return self._named(ph.core, ph.kind, ph), "named"


_DEMONYMS = words("briton spaniard swede dane pole finn scot turk swiss greek thai kiwi")


def _demonym(word: str) -> bool:
    """ "the Dutchman", "the Norwegian", "the Briton": a person by nationality."""
    w = word.lower()
    if w in _DEMONYMS or (w.endswith(("man", "woman")) and len(w) > 6):
        return True
    return w.endswith(("ian", "ean", "ese")) and len(w) > 5
