"""First attribution heuristic: direct quotes with a `said` cue nearby.

The full engine replaces this module; the signature of `analyze` stays.
"""

from __future__ import annotations

import regex

from reader.analysis.model import Analysis, Claim, Figure, Span

_TIMEOUT = 1.0
_QUOTE = regex.compile(r'["\u201c]([^"\u201c\u201d\n]{2,2000})["\u201d]')
_AFTER = regex.compile(
    r"[,.!?]?\s*(?P<cue>said|says|added|told)\s+(?P<who>(?:[A-Z][\w'\-]+\s?){1,4})"
)


def analyze(text: str, start: int = 0) -> Analysis:
    """Find attributed claims in `text[start:]`, offsets into the whole `text`."""
    claims: list[Claim] = []
    figures: dict[str, list[int]] = {}
    for m in _QUOTE.finditer(text, pos=start, timeout=_TIMEOUT):
        a = _AFTER.match(text, pos=m.end(), endpos=min(len(text), m.end() + 80), timeout=_TIMEOUT)
        if a is None:
            continue
        who = a.group("who").rstrip()
        s, e = a.start("who"), a.start("who") + len(who)
        cid = len(claims)
        claims.append(
            Claim(
                id=cid,
                start=m.start(1),
                end=m.end(1),
                content=m.group(1),
                kind="direct",
                cue=Span(a.start("cue"), a.end("cue"), a.group("cue")),
                speaker=Span(s, e, who),
                figure=who,
                source_type="named_person",
                rule="quote-then-cue",
                resolution="named",
            )
        )
        figures.setdefault(who, []).append(cid)
    figs = tuple(
        Figure(name=n, aliases=(n,), role=None, source_type="named_person", claims=tuple(ids))
        for n, ids in figures.items()
    )
    return Analysis(text=text, claims=tuple(claims), figures=figs)
