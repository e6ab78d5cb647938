"""What is marked in the article, and the styled stretches of any one row.

Kept apart from `ArticleView`, which wraps and draws: this only holds the
marked spans (furniture, claims, speakers, loaded cues, search matches),
each sorted by start so a row finds its own with a bisection, and layers
their styles lowest first. Nothing here reads the article's characters.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence

from rich.style import Style

from reader.analysis.model import Analysis, Claim, SourceType
from reader.tui.widgets.palette import ClaimStyles

#: Page furniture (captions, share bars, related links): there, but quiet.
FURNITURE = Style(dim=True, italic=True)
#: How a loaded cue is marked: it must stand out on any claim colour, in any theme.
LOADED_CUE = Style(reverse=True, bold=True)
#: How far before a row a speaker, cue or match may start and still reach into it.
_REACH = 200

#: A styled stretch of text: (start, end, style).
Interval = tuple[int, int, Style]
Span = tuple[int, int]


class Highlights:
    """The marked spans of one article, and which claim and match are current."""

    def __init__(self, furniture: Sequence[Span] = ()) -> None:
        self.claims: list[Claim] = []
        self._claim_starts: list[int] = []
        self._claim_reach = 0
        self._speakers: list[tuple[int, int, Claim]] = []
        self._speaker_starts: list[int] = []
        self.hidden: frozenset[SourceType] = frozenset()
        self.furniture: Sequence[Span] = ()
        self._furniture_starts: list[int] = []
        #: Loaded cues marked on request (`L`), sorted by start.
        self.loaded: Sequence[Span] = ()
        self._loaded_starts: list[int] = []
        self.matches: Sequence[Span] = ()
        self._match_starts: list[int] = []
        self.current_match: int | None = None
        self.set_furniture(furniture)

    def set_analysis(self, analysis: Analysis) -> None:
        self.claims = sorted(analysis.claims, key=lambda c: (c.start, c.id))
        self._claim_starts = [c.start for c in self.claims]
        self._claim_reach = max((c.end - c.start for c in self.claims), default=0)
        speakers = [(c.speaker.start, c.speaker.end, c) for c in self.claims if c.speaker]
        self._speakers = sorted(speakers, key=lambda s: s[0])
        self._speaker_starts = [s for s, _, _ in self._speakers]

    def set_hidden(self, hidden: Collection[SourceType]) -> None:
        self.hidden = frozenset(hidden)

    def set_furniture(self, spans: Sequence[Span]) -> None:
        self.furniture = spans
        self._furniture_starts = [s for s, _ in spans]

    def set_loaded(self, spans: Sequence[Span]) -> None:
        self.loaded = sorted(spans)
        self._loaded_starts = [s for s, _ in self.loaded]

    def set_matches(self, matches: Sequence[Span], current: int | None) -> None:
        self.matches = matches
        self._match_starts = [s for s, _ in matches]
        self.current_match = current

    def visible_claims(self) -> list[Claim]:
        return [c for c in self.claims if c.source_type not in self.hidden]

    def intervals(
        self, start: int, end: int, current: Claim | None, styles: ClaimStyles
    ) -> list[Interval]:
        """Styled stretches overlapping one row, clipped to it, lowest layer first."""
        out: list[Interval] = []
        # captions, share bars, related links: dimmed under all else
        out += _plain(self.furniture, self._furniture_starts, start, end, FURNITURE, 0)
        lo = bisect_left(self._claim_starts, start - self._claim_reach)
        for claim in self.claims[lo : bisect_right(self._claim_starts, end - 1)]:
            if claim.end <= start or claim.source_type in self.hidden:
                continue
            if current is not None and claim.id == current.id:
                layer = styles.current(claim.source_type, claim.kind)
            else:
                layer = styles.claim(claim.source_type, claim.kind)
            out.append((max(start, claim.start), min(end, claim.end), layer))
        lo = bisect_left(self._speaker_starts, start - _REACH)
        for s, e, claim in self._speakers[lo : bisect_left(self._speaker_starts, end)]:
            if e > start and claim.source_type not in self.hidden:
                layer = styles.speaker(claim.source_type)
                if current is not None and claim.id == current.id:
                    layer = layer + styles.current_style
                out.append((max(start, s), min(end, e), layer))
        out += _plain(self.loaded, self._loaded_starts, start, end, LOADED_CUE, _REACH)
        lo = bisect_left(self._match_starts, start - _REACH)
        for i in range(lo, bisect_left(self._match_starts, end)):
            s, e = self.matches[i]
            if e > start:
                layer = styles.current_match if i == self.current_match else styles.match
                out.append((max(start, s), min(end, e), layer))
        return [(s, e, st) for s, e, st in out if e > s]


def _plain(
    spans: Sequence[Span], starts: list[int], start: int, end: int, style: Style, reach: int
) -> list[Interval]:
    """One style over the sorted spans that reach into [start, end).

    With no `reach` the spans do not overlap one another, so only the one
    starting last before `start` can reach into the row from before it.
    """
    lo = bisect_left(starts, start - reach) if reach else max(bisect_left(starts, start) - 1, 0)
    return [
        (max(start, s), min(end, e), style)
        for s, e in spans[lo : bisect_left(starts, end)]
        if e > start
    ]
