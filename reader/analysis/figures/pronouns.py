"""Pronoun speakers: the earlier figure a "he", "she", "they" or "it" goes on with.

News writing keeps a pronoun close to its person: it continues the speaker
of the claim before or the subject of the sentence before, seldom a person
only spoken of. Everything here looks backwards from the pronoun, through
the registry's mention positions, never over the text again.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from reader.analysis.figures.members import plural_name
from reader.analysis.figures.not_people import group_plural, unlikely_person
from reader.analysis.figures.store import Fig, key
from reader.analysis.figures.unnamed_bodies import BodyResolver
from reader.analysis.lexicon import (
    COUNTRIES,
    INSTITUTION_HEADS,
    MEDIA_NAMES,
    PLATFORM_NAMES,
    words,
)
from reader.analysis.limits import (
    PLURAL_CHARS,
    PRONOUN_BODY_CHARS,
    PRONOUN_PERSONS,
    PRONOUN_RECENT,
    SHORT_TIMEOUT,
    UNNAMED_BODY_CHARS,
)
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.common_phrases import common_phrase, known_head
from reader.analysis.text.tokens import tokens

#: "the ministry", "the local council": an unnamed body a later "it" may stand for.
_BODY = regex.compile(
    r"\b[Tt]he[ \t]+(?:\p{Ll}+[ \t]+){0,2}?(?:"
    + "|".join(sorted((w for w in INSTITUTION_HEADS if not w.endswith("s")), key=len, reverse=True))
    + r")\b"
)


#: Characters a sentence's subject may stand after its start ("Sen.", "Former President").
_SUBJECT_LEAD = 30

#: Characters a fronted phrase before the subject may take ("Speaking in Lund on Monday, ").
_FRONTED_LEAD = 120

#: Words that open a phrase set before a sentence's subject, ended by a comma.
_FRONTED_OPENERS = words(
    """
    in on at during after before as while when since although though despite
    earlier later last by for with from asked pressed
    """
)


#: Words before a noun phrase that make it an object, not a subject a "they" continues.
_OBJECT_MARKS = words(
    """
    by of to for with among from on in at about against than between like into
    over under after before during through without
    """
)


def _fronted(lead: str) -> bool:
    """ "Speaking in Lund on Monday, ", "As in past years, ": a phrase set before
    the subject, so the person after it still opens the sentence."""
    lead = lead.strip()
    words = lead.split()
    if not words or not lead.endswith(",") or len(lead) > _FRONTED_LEAD:
        return False
    if any(q in lead for q in "\"“”‘’'"):
        return False
    if len(words) > 2 and words[0].lower() in ("and", "but", "yet"):
        words = words[1:]  # "And since Monday, ": a conjunction before the phrase
    if len(words) == 1:
        return True  # "Later, ", "Meanwhile, ": one adverb
    first = words[0].lower()
    return first in _FRONTED_OPENERS or (first.endswith("ing") and len(first) > 4)


#: Words that open a short description a sentence's subject is named after.
_DESCRIPTION_OPENERS = words("the a an one another his her their its two three")


def _apposed(lead: str) -> bool:
    """ "One delegate, harbour board chairwoman ", "The older brother, a pilot ": a
    short description of the subject, then the name it is set beside."""
    head, comma, rest = lead.partition(",")
    words, after = head.split(), rest.split()
    return (
        bool(comma)
        and 1 < len(words) <= 4
        and words[0].lower() in _DESCRIPTION_OPENERS
        and "," not in rest
        and len(after) <= 5
        and not any(q in lead for q in '"“”‘’')
    )


class PronounResolver(BodyResolver):
    """Resolves "he", "she", "they", "it" and "we" to a figure named earlier."""

    def _pronoun(self, ph: Phrase, last: Fig | None) -> tuple[Fig | None, str]:
        p = ph.core
        if p in ("he", "she"):
            return self._person_pronoun(ph, p, last)
        if p in ("they", "it", "we"):
            found = self._body_pronoun(ph, p, last)
            if found is not None:
                return found
        return None, f"pronoun '{p}': unresolved"

    def _person_pronoun(self, ph: Phrase, p: str, last: Fig | None) -> tuple[Fig | None, str]:
        """The speaker of the claim before, the subject of the sentence before or
        the nearest person named, of a gender that fits."""
        g = "m" if p == "he" else "f"
        if last is not None and last is self.spokes_for:
            # "A spokesman for X said ... He added": the spokesperson, so X.
            return last, f"pronoun '{p}' -> {last.name} (the spokesperson before)"
        near, near_pos, i = self._nearest_mention(ph.start, g, self.quoted(ph.start))
        if last is not None and self._continues(last, g, ph, near, near_pos):
            if last.kind == "org" and last.name.casefold() not in _NEVER_PEOPLE:
                # "Brek said ... he added": a lone surname first read as a body's name.
                last.kind = "person"
                self.surnames.setdefault(key(last.name), last)
            self._learn(last, g)
            return last, f"pronoun '{p}' -> {last.name} (speaker of the claim before)"
        if near is None:
            return None, f"pronoun '{p}': no earlier person"
        near, near_pos, i = self._past_pronoun_subjects(ph, g, (near, near_pos, i))
        subject = self._sentence_subject(near_pos, i, g)
        if subject is not None and subject is not near:
            self._learn(subject, g)
            return subject, f"pronoun '{p}' -> {subject.name} (subject of the sentence before)"
        self._learn(near, g)
        return near, f"pronoun '{p}' -> {near.name} (nearest earlier person)"

    def _named_with_the(self, fig: Fig) -> bool:
        """The figure was last named with an article ("the Texan", "The Hill"): a
        description or a title, no surname."""
        at = self._last_seen.get(fig.name, -1)
        return at >= 0 and self.seg.text[at : at + 4].lower() == "the "

    def _past_pronoun_subjects(
        self, ph: Phrase, g: str, found: tuple[Fig, int, int]
    ) -> tuple[Fig, int, int]:
        """ "Holm spoke first. He thanked Brek and Lund. He said": a sentence before
        whose subject is the same pronoun names only its objects; the person is
        named before it (two such sentences at most)."""
        here = self.seg.sentence_bounds(ph.start)[0]
        opener = "He" if g == "m" else "She"
        for _ in range(2):
            s_lo = self.seg.sentence_bounds(found[1])[0]
            if s_lo == here or self.seg.text[s_lo : s_lo + 4].split(" ", 1)[0] != opener:
                break
            fig, pos, i = self._nearest_mention(s_lo, g, self.quoted(ph.start))
            if fig is None:
                break
            found = (fig, pos, i)
        return found

    def _nearest_mention(self, pos: int, g: str, in_quote: bool) -> tuple[Fig | None, int, int]:
        """The nearest person mention before `pos` of a compatible gender: figure,
        position and index in the mention list (None, -1 and the index where
        the search stopped when there is none)."""
        i = bisect_right(self.person_pos, pos) - 1
        seen = 0
        while i >= 0 and seen < PRONOUN_PERSONS:
            fig = self.person_fig[i]
            if self.quoted(self.person_pos[i]) and not in_quote:
                # A name inside a quote is the speaker's word, not narration's:
                # "'... Lind is destroying the party.' He added" is the speaker.
                i -= 1
                continue
            if fig.gender is None and unlikely_person(fig.name):
                i -= 1  # "Nebraska", "FULL STORY": read as a name, never a "he"
                continue
            if fig.gender in (None, g):
                return fig, self.person_pos[i], i
            i -= 1
            seen += 1
        return None, -1, i

    def _continues(self, last: Fig, g: str, ph: Phrase, near: Fig | None, near_pos: int) -> bool:
        """The pronoun goes on with the speaker of the claim before rather than
        the nearest person named (an unnamed source, or a person spoken of)."""
        if not (
            last.kind in ("person", "anon")
            or (_surname_read_as_body(last) and not self._named_with_the(last))
        ):
            return False
        if (
            last.gender not in (None, g)
            or (last.kind == "anon" and plural_name(last.name))  # "aides say"
            or (last.gender is None and unlikely_person(last.name))  # "Nebraska"
        ):
            return False
        last_pos = self._last_seen.get(last.name, -1)
        if near is None or last_pos >= near_pos or last is near:
            return True
        if last_pos < 0:
            return False
        # "Amsel said the firm rejects Marchetti's account, and he denied ...":
        # in the sentence of the claim before, "he" goes on with its speaker;
        # "Holm, an aide to Brandt, said ... He added": a person named in the
        # speaker's own sentence is spoken of, not a new subject.
        last_sent = self.seg.sentence_bounds(last_pos)[0]
        near_sent = self.seg.sentence_bounds(near_pos)[0]
        # "Lind said ... He attacked Brek on Monday. He added": the sentence naming
        # the nearest person has "he" for its subject, so the chain goes on past it.
        opener = self.seg.text[near_sent : near_sent + 4].split(" ", 1)[0]
        return last_sent in (self.seg.sentence_bounds(ph.start)[0], near_sent) or opener == (
            "He" if g == "m" else "She"
        )

    def _body_pronoun(self, ph: Phrase, p: str, last: Fig | None) -> tuple[Fig, str] | None:
        """ "they", "it", "we": the body that spoke before, or the nearest one named."""
        plural = self._plural_before(ph) if p == "they" else None
        if plural is not None and (
            last is None or last.kind == "person" or not self._spoke_there(last, plural.start)
        ):
            fig = self._plural_figure(plural)
            return fig, f"pronoun '{p}' -> {fig.name} (plural subject just before)"
        if last is not None and last.kind != "person" and not (p == "it" and _people(last)):
            return last, f"pronoun '{p}' -> {last.name} (speaker of the claim before)"
        i = bisect_right(self.org_pos, ph.start) - 1
        body = self._body_phrase_before(ph.start)
        # "... told the Vestby Post. The authority did not reply. It said": a body
        # described as the subject of its sentence, nearer than any named one.
        subject = body if body is not None and self._opens_sentence(body) else None
        if i >= 0 and ph.start - self.org_pos[i] < PRONOUN_BODY_CHARS:
            fig = self.org_fig[i]
            if subject is None or subject.start < self.org_pos[i]:
                return fig, f"pronoun '{p}' -> {fig.name} (nearest earlier body)"
        elif subject is None:
            for _pos, fig in reversed(self.recent[-PRONOUN_RECENT:]):
                if fig.kind != "person":
                    return fig, f"pronoun '{p}' -> {fig.name} (nearest earlier body)"
        if body is not None:
            fig, _how = self._group(body)
            return fig, f"pronoun '{p}' -> {fig.name} (body mentioned just before)"
        if p == "they" and last is not None:
            return last, f"pronoun '{p}' -> {last.name} (speaker of the claim before)"
        return None

    def _opens_sentence(self, body: Phrase) -> bool:
        """ "The authority did not reply.": a described body that is its sentence's subject."""
        return self.seg.sentence_bounds(body.start)[0] == body.start

    def _plural_before(self, ph: Phrase) -> Phrase | None:
        """ "Harbour officials met the mayor on Monday. They said ...": the nearest
        plural noun for people or a body in the pronoun's sentence or the one
        before, outside quotes."""
        lo = self.seg.sentence_bounds(ph.start)[0]
        if lo > 0 and self.seg.para_of(lo - 1) == self.seg.para_of(ph.start):
            lo = self.seg.sentence_bounds(lo - 1)[0]
        text = self.seg.text
        hi = ph.start
        if self.claim_span[0] < hi:
            hi = max(lo, self.claim_span[0])  # "..., they said": not in the claim itself
        toks = tokens(text, max(lo, hi - PLURAL_CHARS), hi)
        for k in range(len(toks) - 1, -1, -1):
            low = toks[k].low
            if (
                not low.endswith("s")
                or low.endswith("ss")
                or "'" in low
                or "’" in low
                or self.quoted(toks[k].start)
                or known_head(low) not in ("anon", "group")
            ):
                continue
            found = common_phrase(text, toks, k)
            if found is None:
                continue
            j = bisect_right([t.start for t in toks], found.start) - 1
            if found.text[:1].isdigit() or (j > 0 and toks[j - 1].low in _OBJECT_MARKS):
                continue  # "recognised by voters", "2,000 delegates": no subject
            return found
        return None

    def _spoke_there(self, fig: Fig, pos: int) -> bool:
        """`fig` was named as a speaker at or after `pos`, or in its sentence: a
        plural in its own claim is what it spoke of."""
        at = self._last_seen.get(fig.name, -1)
        return at >= 0 and (
            at >= pos or self.seg.sentence_bounds(at)[0] == self.seg.sentence_bounds(pos)[0]
        )

    def _plural_figure(self, ph: Phrase) -> Fig:
        """The figure for a plural phrase a "they" stands for."""
        if ph.kind == "anon":
            return self._same_unnamed(ph) or self._anon(ph)
        return self._group(ph)[0]

    def _sentence_subject(self, near_pos: int, near_i: int, g: str) -> Fig | None:
        """The person who opens the sentence of the nearest mention, if another.

        "Holm attacked Brandt on Sunday. He said ...": a pronoun that opens
        the next sentence continues its subject, not the object nearer to it.
        """
        s_lo = self.seg.sentence_bounds(near_pos)[0]
        j = bisect_right(self.person_pos, s_lo - 1)
        if j >= near_i:
            return None
        pos, fig = self.person_pos[j], self.person_fig[j]
        lead = self.seg.text[s_lo:pos]
        if fig.gender not in (None, g) or (fig.gender is None and unlikely_person(fig.name)):
            return None
        if len(lead) > _SUBJECT_LEAD or "," in lead:
            return fig if _fronted(lead) or _apposed(lead) else None
        return fig

    def _body_phrase_before(self, pos: int) -> Phrase | None:
        """ "The ministry issued a statement. ... it said": the last unnamed body nearby."""
        text = self.seg.text
        lo = max(self.seg.para_starts[max(0, self.seg.para_of(pos) - 1)], pos - UNNAMED_BODY_CHARS)
        found = None
        for m in _BODY.finditer(text, pos=lo, endpos=pos, timeout=SHORT_TIMEOUT):
            found = m
        if found is None:
            return None
        s, e = found.span()
        return Phrase(s, e, found.group(), "group", found.group().split(None, 1)[1])

    def _learn(self, fig: Fig, g: str) -> None:
        if fig.gender is None:
            fig.gender = g


def _surname_read_as_body(fig: Fig) -> bool:
    """A lone capitalised word read as an organisation ("Brek said") that a
    "he" or "she" then goes on with: a surname, unless the word is a group
    ("Republicans"), an acronym, a country or a place."""
    name = fig.name
    return (
        fig.kind == "org"
        and " " not in name
        and len(name) > 2
        and name[1:].islower()
        and name.lower() not in COUNTRIES
        and not group_plural(name)
        and not unlikely_person(name)
        and not name.endswith(("ers", "ern"))  # "Fact-checkers", "Southern"
    )


def _people(fig: Fig) -> bool:
    """An unnamed source that is people ("aides", "an attendee"), never an "it";
    not a document or an outlet taken for one ("the editorial")."""
    if fig.kind != "anon":
        return False
    heads = [h for w in fig.name.split(" #", 1)[0].lower().split() if (h := known_head(w))]
    return bool(heads) and heads[0] in ("anon", "group")  # the first head noun says


#: One-word bodies that a following "he" or "she" never makes a person.
_NEVER_PEOPLE = PLATFORM_NAMES | MEDIA_NAMES
