"""Refusals to comment, resolved in reading order with the claims around them.

"The official declined to comment" means the official named last before
it, not one an article introduces three paragraphs later: each refusal is
resolved when the reading reaches it, with the registry as it stands there
and the claim just before it as the nearest speaker. Its subject is a
mention like any other, so a figure resolved at a refusal is the one a
later "he" or "the company" can refer back to.
"""

from __future__ import annotations

from reader.analysis.failures import Failures
from reader.analysis.figures.registry import Registry
from reader.analysis.figures.store import Fig
from reader.analysis.insight.refusals import is_refusal, refusal_subject
from reader.analysis.limits import NO_PARAGRAPH
from reader.analysis.model import Claim, Span
from reader.analysis.phrases.classify import Phrase
from reader.analysis.text.segments import Segments


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
        self.pending = [
            (s, e, w, self._subject(s, w))
            for s, e, w in found
            if is_refusal(text, seg.sentence_of(s)[0], s, w)
        ]
        self.done = 0

    def _subject(self, at: int, words: str) -> Phrase | None:
        """The phrase before the refusal at `at` ("a spokesman declined"), or None."""
        try:
            return refusal_subject(self.seg.text, self.seg.sentence_of(at)[0], at, words)
        except Exception as exc:
            self.failures.record("no-comment", at, exc, "a refusal to comment has no subject")
            return None

    def up_to(self, at: int, claims: list[Claim]) -> None:
        """Resolve the refusals that start at or before `at`; `claims` are those read so far."""
        while self.done < len(self.pending) and self.pending[self.done][0] <= at:
            s, e, words, subject = self.pending[self.done]
            self.done += 1
            try:
                fig = self._refuser(s, subject, claims[-1] if claims else None)
            except Exception as exc:
                self.failures.record("no-comment", s, exc, "a refusal to comment was not recorded")
                continue
            if fig is not None:
                fig.no_comment.append(Span(s, e, words))

    def _refuser(self, at: int, subject: Phrase | None, before: Claim | None) -> Fig | None:
        """Who refused: the subject as a speaker is resolved, else the speaker of
        the claim just before in the same paragraph."""
        last = self.reg.figs.get(before.figure or "") if before is not None else None
        if subject is not None:
            para = self.seg.para_of(before.start) if before is not None else NO_PARAGRAPH
            return self.reg.resolve(subject, last, para)[0]
        if before is not None and self.seg.para_of(before.start) == self.seg.para_of(at):
            return last
        return None
