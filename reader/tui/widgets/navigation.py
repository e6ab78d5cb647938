"""Where `n`, `p`, `N`, `P` and a search lead, as plain functions over the analysis.

Kept apart from the widgets so the rules (hidden source types are skipped,
the first `n` starts from what is on screen, matches wrap around) can be
tested without a terminal.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from reader.analysis.model import Analysis, Claim, SourceType

#: Searches stop counting here, so a one-letter query on a book stays instant.
MAX_MATCHES = 10_000


class ClaimOrder:
    """The claims a reader can step through, indexed once per analysis and filter.

    A press of `n` on a book with twenty thousand claims must not sort or scan
    them: positions, starts and each figure's claims are looked up, not found.
    """

    def __init__(self, analysis: Analysis | None, hidden: Collection[SourceType] = ()) -> None:
        claims = sorted(analysis.claims, key=lambda c: (c.start, c.id)) if analysis else []
        self.claims = [c for c in claims if c.source_type not in hidden]
        self.starts = [c.start for c in self.claims]
        self.position = {c.id: i for i, c in enumerate(self.claims)}
        self._by_figure: dict[str, list[int]] = {}
        for i, claim in enumerate(self.claims):
            if claim.figure is not None:
                self._by_figure.setdefault(claim.figure, []).append(i)

    def __len__(self) -> int:
        return len(self.claims)

    def step(self, current: Claim | None, forward: bool, origin: int = 0) -> Claim | None:
        """The next (or previous) claim after `current`, or from `origin` when none.

        With no current claim (or one scrolled out of view), `n` goes to the
        first claim at or after `origin` and `p` to the last one before it.
        Stops at either end rather than wrapping, so `n` at the last claim stays.
        """
        claims, starts = self.claims, self.starts
        if not claims:
            return None
        if current is None:
            if forward:
                i = bisect_left(starts, origin)
                return claims[i] if i < len(claims) else claims[-1]
            i = bisect_left(starts, origin) - 1  # the last claim before the top
            return claims[i] if i >= 0 else claims[0]
        at = self.position.get(current.id)
        if at is not None:
            j = at + 1 if forward else at - 1
            return claims[j] if 0 <= j < len(claims) else None
        # the current claim is hidden now: continue from where it stands
        if forward:
            i = bisect_right(starts, current.start)
            return claims[i] if i < len(claims) else None
        i = bisect_left(starts, current.start) - 1
        return claims[i] if i >= 0 else None

    def step_same_figure(self, current: Claim | None, forward: bool) -> Claim | None:
        """The next (or previous) claim linked to the current claim's figure."""
        if current is None or current.figure is None:
            return None
        own = self._by_figure.get(current.figure, [])
        at = self.position.get(current.id)
        if at is None:  # hidden: place it among its figure's visible claims by offset
            starts = [self.starts[i] for i in own]
            k = (
                bisect_right(starts, current.start)
                if forward
                else bisect_left(starts, current.start) - 1
            )
        else:
            k = bisect_left(own, at) + (1 if forward else -1)
        return self.claims[own[k]] if 0 <= k < len(own) else None


def claim_at(claims: Sequence[Claim], offset: int) -> Claim | None:
    """The claim whose content or speaker mention covers `offset`."""
    for claim in claims:
        if claim.start <= offset < claim.end:
            return claim
        speaker = claim.speaker
        if speaker is not None and speaker.start <= offset < speaker.end:
            return claim
    return None


def find_matches(text: str, query: str, start: int = 0) -> list[tuple[int, int]]:
    """Case-insensitive occurrences of `query` in `text[start:]`, as offsets."""
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    out: list[tuple[int, int]] = []
    for m in pattern.finditer(text, start):
        if m.end() > m.start():
            out.append((m.start(), m.end()))
            if len(out) >= MAX_MATCHES:
                break
    return out


def match_from(matches: Sequence[tuple[int, int]], offset: int) -> int | None:
    """Index of the first match at or after `offset`, wrapping to the first."""
    if not matches:
        return None
    i = bisect_left([s for s, _ in matches], offset)
    return i if i < len(matches) else 0


@dataclass(slots=True)
class Search:
    """A search: being typed (the search line is open), or kept for `n`/`N` as in less."""

    query: str = ""
    matches: list[tuple[int, int]] = field(default_factory=list)
    current: int | None = None
    typing: bool = False
    #: Where the reader was when the search began; the first match is the one after it.
    origin: int = 0

    @property
    def stepping(self) -> bool:
        """`n` and `N` step through matches instead of claims."""
        return bool(self.query) and not self.typing

    @property
    def shown(self) -> bool:
        return self.typing or bool(self.query)

    @property
    def capped(self) -> bool:
        return len(self.matches) >= MAX_MATCHES

    def begin(self, origin: int) -> None:
        self.typing, self.origin = True, origin

    def update(self, text: str, query: str, start: int) -> None:
        self.query = query
        self.matches = find_matches(text, query, start)
        self.current = match_from(self.matches, self.origin)

    def accept(self) -> None:
        """`enter`: keep the matches for `n`/`N`; a query without any is dropped."""
        self.typing = False
        if not self.matches:
            self.clear()

    def clear(self) -> None:
        self.query, self.matches, self.current, self.typing = "", [], None, False

    def step(self, direction: int) -> None:
        """To the next (1) or previous (-1) match, wrapping around like less."""
        if self.matches:
            at = self.current if self.current is not None else -direction
            self.current = (at + direction) % len(self.matches)
