"""Refusals to comment, resolved in reading order with the claims around them.

"The official declined to comment" means the official named last before
it, not one an article introduces three paragraphs later: each refusal is
resolved when the reading reaches it, with the registry as it stands there
and the claim just before it as the nearest speaker. Its subject is a
mention like any other, so a figure resolved at a refusal is the one a
later "he" or "the company" can refer back to.
"""

from __future__ import annotations

from bisect import bisect_left

from reader.analysis.failures import Failures
from reader.analysis.figures.registry import Registry
from reader.analysis.figures.store import Fig, key
from reader.analysis.insight.refusals import is_refusal, nor_subject, refusal_subject
from reader.analysis.limits import NO_PARAGRAPH
from reader.analysis.model import Claim, Span
from reader.analysis.phrases.classify import Phrase
from reader.analysis.text.segments import Segments

#: Words that open a clause of a subject of its own after "and" ("and he did not").
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})


def _coordinated(between: str) -> bool:
    """Whether the words between two refusals join two verbs of one subject:
    "declined to comment on the sale and did not", "declined to comment, didn't";
    up to four lower-case words, then a comma or "and"/"or"/"but", then "also" or
    "then" at most."""
    words = between.replace(",", " , ").split()
    k = next((i for i, w in enumerate(words) if w in _JOINS), -1)
    if k < 0 or k > 4 or len(words) - k > 3:
        return False
    before, after = words[:k], words[k:]
    if any(not w.islower() or not w.isalpha() or w in _PRONOUNS for w in before):
        return False
    rest = after[1:]
    if rest[:1] and rest[0] in _JOINS and after[0] == ",":
        rest = rest[1:]  # ", and"
    return all(w in ("also", "then") for w in rest)


_JOINS = frozenset({",", "and", "or", "but"})
#: What opens a clause with a subject of its own inside one sentence.
_CLAUSE_JOINTS = (", and ", ", but ", "; ")
#: Kinds of phrase that name someone: the second of "Neither X nor Y" is recorded.
_NAMED = frozenset({"person", "org", "media"})


class Refusers:
    """The refusals of one text, given to their figures as the reading passes them."""

    def __init__(
        self,
        seg: Segments,
        reg: Registry,
        found: list[tuple[int, int, str]],
        failures: Failures,
    ) -> None:
        self.seg = seg
        self.reg = reg
        self.failures = failures
        #: (start, end, words, subject) in text order; `done` counts those resolved.
        text = seg.text
        starts = [s for s, _e, _w in found]
        self.pending = [
            (s, e, w, self._subject(s, w, starts))
            for s, e, w in found
            if is_refusal(text, seg.sentence_of(s)[0], s, w)
        ]
        #: The second subject of "Neither X nor Y declined", by the refusal's start.
        self.second: dict[int, Phrase] = {}
        for s, _e, _w, _ph in self.pending:
            nor = self._nor(s)
            # "nor his lawyer": an unnamed helper's silence stays with the one named.
            if nor is not None and nor.kind in _NAMED:
                self.second[s] = nor
        self.done = 0
        #: The refusal last resolved: its end, its subject's span and its figure.
        self.last: tuple[int, tuple[int, int] | None, Fig | None] | None = None

    def _subject(self, at: int, words: str, starts: list[int]) -> Phrase | None:
        """The phrase before the refusal at `at` ("a spokesman declined"), or None."""
        try:
            clause = self._clause_start(at, self.seg.sentence_of(at)[0], starts)
            return refusal_subject(self.seg.text, clause, at, words)
        except Exception as exc:
            self.failures.record("no-comment", at, exc, "a refusal to comment has no subject")
            return None

    def _clause_start(self, at: int, sentence_start: int, starts: list[int]) -> int:
        """Where the refusal's clause starts: after ", and" or ", but" when a refusal
        before it in the sentence has a subject of its own ("Vestby Depot left the
        questions unanswered, and its chairman, Tomas Brek, ignored a list")."""
        i = bisect_left(starts, at) - 1
        if i < 0 or starts[i] < sentence_start:
            return sentence_start
        text = self.seg.text
        joint = max(text.rfind(j, starts[i], at) + len(j) for j in _CLAUSE_JOINTS)
        return joint if joint > starts[i] + 1 else sentence_start

    def _nor(self, at: int) -> Phrase | None:
        """ "Neither Lind nor Brek responded": Brek, who refused as well."""
        try:
            return nor_subject(self.seg.text, self.seg.sentence_of(at)[0], at)
        except Exception as exc:
            self.failures.record("no-comment", at, exc, "a second refusing subject was not read")
            return None

    def up_to(self, at: int, claims: list[Claim]) -> None:
        """Resolve the refusals that start at or before `at`; `claims` are those read so far."""
        while self.done < len(self.pending) and self.pending[self.done][0] <= at:
            s, e, words, subject = self.pending[self.done]
            self.done += 1
            try:
                fig = self._same_as_last(s, subject)
                if fig is None:
                    fig = self._refuser(s, subject, claims[-1] if claims else None)
                self.last = (e, (subject.start, subject.end) if subject else None, fig)
            except Exception as exc:
                self.failures.record("no-comment", s, exc, "a refusal to comment was not recorded")
                continue
            self._record(fig, s, e, words)
            second = self.second.get(s)
            if second is not None:
                try:
                    self._record(self._refuser(s, second, None), s, e, words)
                except Exception as exc:
                    self.failures.record("no-comment", s, exc, "a second refuser was not recorded")

    @staticmethod
    def _record(fig: Fig | None, s: int, e: int, words: str) -> None:
        if fig is not None and not any(x.start < e and s < x.end for x in fig.no_comment):
            # (A refusal inside a quote of refusal is recorded once, as the quote.)
            fig.no_comment.append(Span(s, e, words))

    def _owner(self, document: str) -> Fig | None:
        """The body or person a document's name gives as its owner ("Brackmoor's
        statement"), when the article has named them; else None."""
        for mark in ("'s ", "’s "):
            if mark in document:
                owner = document.split(mark, 1)[0]
                found = self.reg.figs.get(owner) or self.reg.org_short.get(key(owner))
                return found or self.reg.lookup(owner)
        return None

    def _same_as_last(self, at: int, subject: Phrase | None) -> Fig | None:
        """The figure of the refusal before, when this one shares its subject
        ("Several councillors declined to comment, didn't respond or ...", "Harbour
        Energy declined to comment and did not return calls"), else None."""
        if self.last is None:
            return None
        end, span, fig = self.last
        if subject is not None and span == (subject.start, subject.end):
            return fig
        between = self.seg.text[end:at]
        return fig if _coordinated(between) else None

    def _refuser(self, at: int, subject: Phrase | None, before: Claim | None) -> Fig | None:
        """Who refused: the subject as a speaker is resolved, else the speaker of
        the claim just before in the same paragraph."""
        last = self.reg.figs.get(before.figure or "") if before is not None else None
        if subject is not None:
            para = self.seg.para_of(before.start) if before is not None else NO_PARAGRAPH
            fig = self.reg.resolve(subject, last, para)[0]
            if fig is not None and fig.kind == "document" and subject.kind == "pronoun":
                # "Brackmoor's statement said ... It would not name the firm": a
                # document cannot refuse; "it" is its owner, when the name gives one.
                return self._owner(fig.name)
            return fig
        if before is not None and self.seg.para_of(before.start) == self.seg.para_of(at):
            return last
        return None
