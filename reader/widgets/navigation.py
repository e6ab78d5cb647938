"""Where `n`, `p`, `N`, `P` and a search lead, as plain functions over the analysis.

Kept apart from the widgets so the rules (hidden source types are skipped,
the first `n` starts from what is on screen, matches wrap around) can be
tested without a terminal.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence

from reader.analysis.model import Analysis, Claim, SourceType

#: Searches stop counting here, so a one-letter query on a book stays instant.
MAX_MATCHES = 10_000


def visible_claims(analysis: Analysis, hidden: Collection[SourceType]) -> list[Claim]:
    """Claims in reading order, without the source types the reader hid."""
    claims = sorted(analysis.claims, key=lambda c: (c.start, c.id))
    return [c for c in claims if c.source_type not in hidden]


def step_claim(
    claims: Sequence[Claim], current: Claim | None, forward: bool, origin: int = 0
) -> Claim | None:
    """The next (or previous) claim after `current`, or after `origin` when none.

    Stops at either end rather than wrapping, so `n` at the last claim stays.
    """
    if not claims:
        return None
    starts = [c.start for c in claims]
    if current is None:
        if forward:
            i = bisect_left(starts, origin)
            return claims[i] if i < len(claims) else claims[-1]
        i = bisect_right(starts, origin) - 1
        return claims[i] if i >= 0 else claims[0]
    ids = [c.id for c in claims]
    if current.id in ids:
        i = ids.index(current.id)
        j = i + 1 if forward else i - 1
        return claims[j] if 0 <= j < len(claims) else None
    # the current claim was hidden: continue from its position
    if forward:
        i = bisect_right(starts, current.start)
        return claims[i] if i < len(claims) else None
    i = bisect_left(starts, current.start) - 1
    return claims[i] if i >= 0 else None


def step_same_figure(claims: Sequence[Claim], current: Claim | None, forward: bool) -> Claim | None:
    """The next (or previous) claim linked to the current claim's figure."""
    if current is None or current.figure is None:
        return None
    same = [c for c in claims if c.figure == current.figure or c.id == current.id]
    return step_claim(same, current, forward)


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
