"""Claims in reading order: overlaps settled, then speakers resolved.

Templates propose claims paragraph by paragraph and may propose the same
stretch twice (a quote and the reported speech around it); `settle` keeps
the stronger one. `Resolver` then turns what is kept into `Claim`s in text
order, so a back-reference ("he", "the source") sees only what came before.
"""

from __future__ import annotations

from bisect import bisect_left, insort

import regex

from reader.analysis.failures import Failures
from reader.analysis.figures.registry import Registry
from reader.analysis.figures.store import Fig
from reader.analysis.limits import NO_PARAGRAPH, SHORT_TIMEOUT
from reader.analysis.model import Claim, Span
from reader.analysis.templates.cues import Found
from reader.analysis.text.segments import Segments

_PRIORITY = {"direct": 0, "mixed": 1, "indirect": 2}
#: A quote that is only a refusal: "No comment.", "We have no comment at this time."
_NO_COMMENT_QUOTE = regex.compile(
    r"(?:(?:(?:I|we)\s+(?:have|had)\s+)?no\s+(?:further\s+)?comment"
    # "I'm not going to get into that today", "I'm not touching that one".
    r"|(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+not\s+(?:going\s+to\s+(?:get\s+into|comment\s+on"
    r"|discuss|talk\s+about)(?:\s+[\w'’-]++){1,4}?"
    r"|touching\s+(?:that|this|it)(?:\s+one)?)"
    r"|(?:I|we)\s+(?:have|had)\s+nothing\s+(?:more\s+|further\s+)?to\s+(?:say|add))"
    r"(?:\s+(?:at\s+this\s+(?:time|stage|point)|for\s+now|today|right\s+now))?\s*+[.,!]?\s*+\Z",
    regex.IGNORECASE,
)


def _past_spaces(text: str, s: int, e: int) -> int:
    """The first offset in [s, e) that is not a space (the pattern after it
    starts with a word, so a run of spaces is never read once per space)."""
    while s < e and text[s].isspace():
        s += 1
    return s


def settle(found: list[Found]) -> list[Found]:
    """Keep claims that do not overlap a claim of higher priority, in text order.

    A claim reported inside an outlet's, with its cue and speaker there too
    ("The Post reported that Lind said the tolls would stay"), is kept with
    it: the outer claim is the outlet's, the inner one Lind's, via the outlet.
    """
    order = sorted(
        range(len(found)),
        key=lambda i: (
            found[i].rule == "continued-quote",
            _PRIORITY[found[i].kind],
            found[i].start,
        ),
    )
    kept_starts: list[int] = []
    kept: dict[int, Found] = {}
    inner: list[Found] = []
    for i in order:
        f = found[i]
        if f.start in kept:
            continue
        k = bisect_left(kept_starts, f.start)
        lo, hi = k, k
        while lo > 0 and kept[kept_starts[lo - 1]].end > f.start:
            lo -= 1
        while hi < len(kept_starts) and kept_starts[hi] < f.end:
            hi += 1
        hits = [kept[kept_starts[j]] for j in range(lo, hi)]
        if not hits:
            insort(kept_starts, f.start)
            kept[f.start] = f
        elif len(hits) == 1 and _nested(hits[0], f):
            if not any(g.start < f.end and f.start < g.end for g in inner):
                inner.append(f)
        elif all(_nested(f, g) for g in hits):
            for g in hits:
                kept_starts.remove(g.start)
                del kept[g.start]
                inner.append(g)
            insort(kept_starts, f.start)
            kept[f.start] = f
    return sorted([kept[s] for s in kept_starts] + inner, key=lambda f: (f.start, -f.end))


def _nested(outer: Found, f: Found) -> bool:
    """`f` is reported inside the content of an outlet's claim `outer`, with its
    cue and speaker there: the chain by which the words reached the article.
    (Other claims inside claims are left to the outer one, as annotators do.)"""
    return (
        outer.speaker is not None
        and outer.speaker.kind == "media"
        and outer.start <= f.start
        and f.end <= outer.end
        and (f.start, f.end) != (outer.start, outer.end)
        and f.cue is not None
        and outer.start <= f.cue[0]
        and f.cue[1] <= outer.end
        and f.speaker is not None
        and outer.start <= f.speaker.start
        and not f.inherit
    )


class Resolver:
    """Turns settled claims into `Claim`s, resolving speakers in reading order.

    Back-references see only what came before, so the claims must be given
    in text order; the state carried between calls is the last figure seen.
    """

    def __init__(self, text: str, seg: Segments, reg: Registry, failures: Failures) -> None:
        self.text = text
        self.failures = failures
        self.seg = seg
        self.reg = reg
        self.claims: list[Claim] = []
        self._last: Fig | None = None
        self._last_speaker: Span | None = None
        self._last_para = NO_PARAGRAPH
        self._by_phrase: dict[int, tuple[Fig | None, str]] = {}
        #: The speaker, paragraph and number of the claim just read, when its
        #: speaker resolved to no figure ("he" with nobody before it).
        self._unresolved: tuple[Span, int, int] | None = None

    def add(self, found: list[Found]) -> None:
        """Resolve the next claims of the text."""
        for f in found:
            self._one(f)

    def _one(self, f: Found) -> None:
        text, claims = self.text, self.claims
        para = self.seg.para_of(f.start)
        last = self._last
        fig: Fig | None = None
        speaker: Span | None = None
        if f.sourceless:
            how = "no source stated"
        elif f.speaker is not None:
            if f.speaker.start in self._by_phrase:
                # One phrase shared by two cues ("a source said, adding that"): one figure.
                fig, how = self._by_phrase[f.speaker.start]
            else:
                try:
                    self.reg.claim_span = (f.start, f.end)
                    fig, how = self.reg.resolve(f.speaker, last, self._last_para)
                except Exception as exc:
                    # Under errors="record", one failed resolution leaves this claim's source open.
                    self.failures.record("speaker", f.start, exc, "a claim's speaker is unknown")
                    fig, how = None, "speaker unknown"
                self._by_phrase[f.speaker.start] = (fig, how)
            s_end = f.speaker.head_end or f.speaker.end
            speaker = Span(f.speaker.start, s_end, text[f.speaker.start : s_end])
            if fig is not None and f.speaker.kind in ("anon", "document"):
                fig.alias(speaker.text)
        elif f.inherit and self._unresolved and para - self._unresolved[1] <= 1:
            # The quote before it had a speaker no figure was found for: this one is
            # that speaker's too, not the figure of an older claim.
            speaker, _, before = self._unresolved
            how = f"speaker unknown (as claim {before + 1})"
        elif f.inherit and last is not None and para - self._last_para <= 1:
            fig, speaker = last, self._last_speaker
            how = f"inherited from claim {len(claims)} ({last.name})"  # its number
        else:
            if f.inherit:
                return
            how = "speaker unknown"
        if f.kind == "direct" and _NO_COMMENT_QUOTE.match(
            text, _past_spaces(text, f.start, f.end), f.end, timeout=SHORT_TIMEOUT
        ):
            # '"No comment," Lind said': a refusal in the speaker's words, recorded
            # on the speaker and never a statement.
            if fig is not None:
                fig.no_comment.append(Span(f.start, f.end, text[f.start : f.end]))
                self._last, self._last_speaker, self._last_para = fig, speaker, para
            return
        cue = Span(f.cue[0], f.cue[1], text[f.cue[0] : f.cue[1]]) if f.cue else None
        if f.inherit:
            cue = None
        cid = len(claims)
        claims.append(
            Claim(
                id=cid,
                start=f.start,
                end=f.end,
                content=text[f.start : f.end],
                kind=f.kind,  # type: ignore[arg-type]
                cue=cue,
                speaker=speaker,
                figure=fig.name if fig is not None else None,
                source_type=fig.source_type if fig is not None else "anonymous",
                rule=f.rule,
                resolution=how,
            )
        )
        self._unresolved = (speaker, para, cid) if fig is None and speaker is not None else None
        if fig is not None:
            fig.claims.append(cid)
            if speaker is not None:
                fig.mentions.append(speaker)
            self._last, self._last_speaker, self._last_para = fig, speaker, para
