"""Back-references: pronouns, roles and epithets that point to an earlier figure.

"She", "the minister", "the actress" or "the source" name nobody; each is
resolved to the nearest compatible figure introduced before it, so this
module only ever looks backwards from the phrase.
"""

from __future__ import annotations

from bisect import bisect_right

from reader.analysis.figures.document_refs import same_document
from reader.analysis.figures.pronouns import PronounResolver
from reader.analysis.figures.store import Fig, gender_of, lower_first, strip_the
from reader.analysis.figures.unnamed_bodies import POSTMODIFIER_OPENERS, names_head
from reader.analysis.lexicon import (
    ANON_HEADS,
    DOCUMENT_HEADS,
    MEDIA_HEADS,
    NOT_NAME_START,
    TITLE_OFFICES,
    words,
)
from reader.analysis.limits import (
    EPITHET_CHARS,
    EPITHET_PERSONS,
    RECENT_FIGURES,
    ROLE_PERSONS,
)
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.common_phrases import is_epithet


class BackrefResolver(PronounResolver):
    """Resolves pronouns and descriptions to a figure named earlier."""

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
        if want == "role" and not ph.text.lower().startswith(_INDEFINITE):
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
        # "a Vestby councillor" is someone new, never the councillor named before.
        indefinite = ph.text.lower().startswith(_INDEFINITE)
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
            if (
                want == "role"
                and fig.role
                and not indefinite
                and head in office_words(fig.role)
                and _same_office(ph.core.lower(), office_words(fig.role))
            ):
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
            role = office_words(fig.role or "")
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
            if head and fig.role and head not in office_words(fig.role):
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


#: Openings of a description that brings in someone new.
_INDEFINITE = ("a ", "an ", "one ", "another ")


def office_words(role: str) -> str:
    """A role in lower case with its abbreviated titles written out: "Sen." is
    also "senator", so that "the senator" goes back to "Sen. Mara Lind"."""
    low = role.lower()
    extra = [TITLE_OFFICES[w] for w in low.replace(".", " ").split() if w in TITLE_OFFICES]
    return f"{low} {' '.join(extra)}" if extra else low


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
