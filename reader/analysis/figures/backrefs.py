"""Back-references: pronouns, roles and epithets that point to an earlier figure.

"She", "the minister", "the actress" or "the source" name nobody; each is
resolved to the nearest compatible figure introduced before it, so this
module only ever looks backwards from the phrase.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from reader.analysis.figures.document_refs import same_document
from reader.analysis.figures.members import plural_name
from reader.analysis.figures.not_people import unlikely_person
from reader.analysis.figures.store import Fig, gender_of, lower_first, strip_the
from reader.analysis.figures.unnamed_bodies import POSTMODIFIER_OPENERS, BodyResolver, names_head
from reader.analysis.lexicon import (
    ANON_HEADS,
    DOCUMENT_HEADS,
    INSTITUTION_HEADS,
    MEDIA_HEADS,
    NOT_NAME_START,
    words,
)
from reader.analysis.limits import (
    EPITHET_CHARS,
    EPITHET_PERSONS,
    PRONOUN_BODY_CHARS,
    PRONOUN_PERSONS,
    PRONOUN_RECENT,
    RECENT_FIGURES,
    ROLE_PERSONS,
    SHORT_TIMEOUT,
    UNNAMED_BODY_CHARS,
)
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.common_phrases import is_epithet

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


def _fronted(lead: str) -> bool:
    """ "Speaking in Lund on Monday, ", "As in past years, ": a phrase set before
    the subject, so the person after it still opens the sentence."""
    lead = lead.strip()
    words = lead.split()
    if not words or not lead.endswith(",") or len(lead) > _FRONTED_LEAD:
        return False
    if any(q in lead for q in "\"“”‘’'"):
        return False
    if len(words) == 1:
        return True  # "Later, ", "Meanwhile, ": one adverb
    first = words[0].lower()
    return first in _FRONTED_OPENERS or (first.endswith("ing") and len(first) > 4)


class BackrefResolver(BodyResolver):
    """Resolves pronouns and descriptions to a figure named earlier."""

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
            while i >= 0 and seen < PRONOUN_PERSONS:
                fig = self.person_fig[i]
                if self.quoted(self.person_pos[i]) and not self.quoted(ph.start):
                    # A name inside a quote is the speaker's word, not narration's:
                    # "'... Lind is destroying the party.' He added" is the speaker.
                    i -= 1
                    continue
                if fig.gender is None and unlikely_person(fig.name):
                    i -= 1  # "Nebraska", "FULL STORY": read as a name, never a "he"
                    continue
                if fig.gender in (None, g):
                    near, near_pos = fig, self.person_pos[i]
                    break
                i -= 1
                seen += 1
            # ...unless the speaker of the claim before is nearer (an unnamed source).
            if (
                last is not None
                and last.kind in ("person", "anon")
                and last.gender in (None, g)
                and not (last.kind == "anon" and plural_name(last.name))  # "aides say"
                and not (last.gender is None and unlikely_person(last.name))  # "Nebraska"
            ):
                last_pos = self._last_seen.get(last.name, -1)
                # "Amsel said the firm rejects Marchetti's account, and he denied ...":
                # in the sentence of the claim before, "he" goes on with its speaker.
                same_sentence = (
                    last_pos >= 0
                    and self.seg.sentence_bounds(last_pos)[0]
                    == self.seg.sentence_bounds(ph.start)[0]
                )
                if near is None or last_pos >= near_pos or last is near or same_sentence:
                    self._learn(last, g)
                    return last, f"pronoun '{p}' -> {last.name} (speaker of the claim before)"
            if near is not None:
                subject = self._sentence_subject(near_pos, i, g)
                if subject is not None and subject is not near:
                    self._learn(subject, g)
                    return (
                        subject,
                        f"pronoun '{p}' -> {subject.name} (subject of the sentence before)",
                    )
                self._learn(near, g)
                return near, f"pronoun '{p}' -> {near.name} (nearest earlier person)"
            return None, f"pronoun '{p}': no earlier person"
        if p in ("they", "it", "we"):
            if last is not None and last.kind != "person":
                return last, f"pronoun '{p}' -> {last.name} (speaker of the claim before)"
            i = bisect_right(self.org_pos, ph.start) - 1
            if i >= 0 and ph.start - self.org_pos[i] < PRONOUN_BODY_CHARS:
                fig = self.org_fig[i]
                return fig, f"pronoun '{p}' -> {fig.name} (nearest earlier body)"
            for _pos, fig in reversed(self.recent[-PRONOUN_RECENT:]):
                if fig.kind != "person":
                    return fig, f"pronoun '{p}' -> {fig.name} (nearest earlier body)"
            body = self._body_phrase_before(ph.start)
            if body is not None:
                fig, _how = self._group(body)
                return fig, f"pronoun '{p}' -> {fig.name} (body mentioned just before)"
            if p == "they" and last is not None:
                return last, f"pronoun '{p}' -> {last.name} (speaker of the claim before)"
        return None, f"pronoun '{p}': unresolved"

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
            return fig if _fronted(lead) else None
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

    def _backref(self, ph: Phrase, last: Fig | None = None) -> tuple[Fig | None, str]:
        """The figure a description ("the minister", "the source") refers back to."""
        head, want = _wanted(ph.core)
        if want == "document":
            sender = self._sender_of(ph, head)
            if sender is not None:
                return sender, f"'{ph.text}' -> {sender.name} (who sent the {head} out)"
        earlier = self._recent_referent(ph, head, want)
        if earlier is not None:
            return earlier
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
        return self._backref_anew(ph, head, want)

    def note_sent(self, ph: Phrase, sender: Fig) -> None:
        """Record that `sender` sent out the document `ph` ("issued a statement")."""
        self.sent.append((ph.start, _wanted(ph.core)[0], sender))

    def _sender_of(self, ph: Phrase, head: str) -> Fig | None:
        """ "The statement added": the sender of the last such document sent out
        nearby, unless one of that kind that speaks for itself came after it."""
        for pos, sent_head, sender in reversed(self.sent):
            if pos >= ph.start:
                continue
            if self.seg.para_of(ph.start) - self.seg.para_of(pos) > 1:
                return None  # in this paragraph or the one before
            if head != sent_head:
                continue
            for p, fig in reversed(self.recent[-RECENT_FIGURES:]):
                if pos < p < ph.start and fig.kind == "document" and head in fig.name.lower():
                    return None  # "... A second email said ... The email added"
            return sender
        return None

    def _recent_referent(self, ph: Phrase, head: str, want: str) -> tuple[Fig, str] | None:
        """The last figure spoken of that the description fits, if any."""
        if ph.core == "one of them":
            for _pos, fig in reversed(self.recent[-RECENT_FIGURES:]):
                if fig.kind in ("anon", "group"):
                    return fig, f"'{ph.text}' -> {fig.name} (a member of the last group)"
        for _pos, fig in reversed(self.recent[-RECENT_FIGURES:]):
            if (
                fig.kind == "anon"
                and want != "document"  # "the poll" is no one of "those polled"
                and names_head(fig.name, head)
            ):
                return fig, f"'{ph.text}' -> {fig.name} (last unnamed {head})"
            if want == "anon" and fig.kind == "anon":
                return fig, f"'{ph.text}' -> {fig.name} (last unnamed source)"
            if want == "media" and fig.kind == "media":
                return fig, f"'{ph.text}' -> {fig.name} (last outlet)"
            if (
                want == "document"
                and fig.kind == "document"
                # "the lawsuit" is no earlier analysis; "the document" is any.
                and (head in ("document", "documents") or same_document(fig.name, head))
            ):
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
        return None

    def _backref_anew(self, ph: Phrase, head: str, want: str) -> tuple[Fig, str]:
        """No earlier figure fits: the body the phrase names ("a spokesman for X"),
        the nearest body for a spokesperson, or a new figure of the wanted kind."""
        if (" for " in ph.text and not (want == "role" and head in ANON_HEADS)) or (
            " of " in ph.text and want == "spokes"
        ):
            org = ph.text.split(" for ", 1)[-1] if " for " in ph.text else ph.text.split(" of ")[-1]
            fig = self._named(strip_the(org), "org", ph)
            return fig, f"unnamed spokesperson speaks for {fig.name}"
        if want == "spokes":
            for _pos, fig in reversed(self.recent[-RECENT_FIGURES:]):
                if fig.kind in ("org", "group"):
                    return fig, f"unnamed spokesperson -> {fig.name} (nearest earlier body)"
        if want == "anon":
            return self._anon(ph), "new unnamed source (nothing earlier)"
        if want == "document":
            fig = self.register(lower_first(ph.core), "document")
            self.recent.append((ph.start, fig))
            return fig, "document speaks"
        if want == "media":
            fig = self.register(lower_first(ph.core), "media")
            self.recent.append((ph.start, fig))
            return fig, "unnamed outlet"
        body = self._body_named(head, ph.start) if ph.text.lower().startswith("the ") else None
        if body is not None and body.name.lower().rsplit(None, 1)[-1] == head:
            # "the Tidewater Festival ... The festival says": a body named by its head noun.
            return body, f"'{ph.text}' -> {body.name} (the body named '{head}' before)"
        return self._anon(ph), f"'{ph.text}': no earlier figure with that role"

    def _person_with_role(self, ph: Phrase) -> Fig | None:
        """ "the Home Secretary": the nearest earlier person given that role."""
        core = strip_the(ph.core).lower()
        head = core.split()[-1] if core.split() else ""
        i = bisect_right(self.person_pos, ph.start) - 1
        fallback: Fig | None = None
        for j in range(i, max(-1, i - ROLE_PERSONS), -1):
            fig = self.person_fig[j]
            role = (fig.role or "").lower()
            if core and core in role:
                return fig
            if fallback is None and head and head in role.split() and _same_office(core, role):
                fallback = fig
        return fallback

    def _epithet_of(self, ph: Phrase, head: str, last: Fig | None) -> Fig | None:
        """ "The actress said" after a named actress: the nearest person of that gender."""
        if not is_epithet(head) or not ph.text.lower().startswith(("the ", "this ")):
            return None
        return self._nearest_person(ph, gender_of(head), last, head)

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
        for j in range(i, max(-1, i - EPITHET_PERSONS), -1):
            if ph.start - self.person_pos[j] > EPITHET_CHARS:
                break
            if fits(self.person_fig[j]):
                return self.person_fig[j]
        return None


#: Words that make a role another office than its head alone ("vice president").
_OTHER_OFFICE = words("vice deputy former ex acting assistant lieutenant associate")


def _same_office(core: str, role: str) -> bool:
    """ "the vice president", "the former president" are not the president named
    before: a word that makes the office another must be in the role too."""
    return all(w in role.split() for w in core.split() if w in _OTHER_OFFICE)


def _wanted(core: str) -> tuple[str, str]:
    """The head noun of a description and the kind of figure it wants: "anon"
    (a source), "spokes", "media", "document" or "role" (a person's role)."""
    words = core.lower().split()
    head = words[-1] if words else ""
    for w in words:
        if w in POSTMODIFIER_OPENERS:  # "a consultant who spoke to the Post"
            break
        head = w
    head = head.rstrip("s") if head.endswith("sources") else head
    if any(w.startswith("spokes") for w in words):
        head = "spokesperson"
    if head.startswith("source") or head in ("insider", "person"):
        return head, "anon"  # "the source", "that person": an unnamed source named before
    if head.startswith("spokes"):
        return head, "spokes"
    if head in MEDIA_HEADS:
        return head, "media"
    if head in DOCUMENT_HEADS:
        return head, "document"
    return head, "role"
