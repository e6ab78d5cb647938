"""Claims in reading order: overlaps settled, then speakers resolved, a stretch at a time.

The paragraphs are read in runs, possibly by two processes; these two steps
take the runs in order as they come, so they overlap the reading of later
runs instead of waiting for the whole text.
"""

from __future__ import annotations

from bisect import bisect_left, insort

from reader.analysis.figures.registry import Registry
from reader.analysis.figures.store import Fig
from reader.analysis.model import Claim, Span
from reader.analysis.templates.cues import Found
from reader.analysis.text.segments import Segments

_PRIORITY = {"direct": 0, "mixed": 1, "indirect": 2}


class Settler:
    """Keeps the claims that do not overlap a claim of higher priority.

    Claims that overlap, directly or through others, form a group settled on
    its own, whatever else the text holds. Given the claims of the text up to
    a boundary that no later claim starts before, every group that ends by
    then is final; only a group reaching past it waits for more.
    """

    def __init__(self) -> None:
        self._waiting: list[Found] = []
        #: Where the last settled group ended: nothing after may start before it.
        self._settled_to = 0

    def add(self, found: list[Found], boundary: int) -> list[Found]:
        """Claims kept of those given so far, final up to `boundary`, in text order."""
        late = [f for f in found if f.start < self._settled_to]
        if late:
            # Not expected (every claim lies in its paragraph); keep the output consistent.
            found = [f for f in found if f.start >= self._settled_to]
        pending = sorted(self._waiting + found, key=lambda f: f.start)
        cut = 0
        reach = 0
        for k, f in enumerate(pending):
            # A new group starts here: nothing before reaches this claim or shares its start.
            if k and f.start >= reach and f.start != pending[k - 1].start and reach <= boundary:
                cut = k
            reach = max(reach, f.end)
        if reach <= boundary:
            cut = len(pending)
        self._waiting = pending[cut:]
        done = pending[:cut]
        if done:
            self._settled_to = max(f.end for f in done)
        return settle(done)

    def flush(self) -> list[Found]:
        """The claims still waiting, settled: the text has ended."""
        done, self._waiting = self._waiting, []
        return settle(done)


def settle(found: list[Found]) -> list[Found]:
    """Keep claims that do not overlap a claim of higher priority, in text order."""
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
    for i in order:
        f = found[i]
        k = bisect_left(kept_starts, f.start)
        clash = False
        for j in (k - 1, k):
            if 0 <= j < len(kept_starts):
                g = kept[kept_starts[j]]
                if g.start < f.end and f.start < g.end:
                    clash = True
        if f.start in kept or clash:
            continue
        insort(kept_starts, f.start)
        kept[f.start] = f
    return [kept[s] for s in kept_starts]


class Resolver:
    """Turns settled claims into `Claim`s, resolving speakers in reading order.

    Back-references see only what came before, so the claims must be given
    in text order; the state carried between calls is the last figure seen.
    """

    def __init__(self, text: str, seg: Segments, reg: Registry) -> None:
        self.text = text
        self.seg = seg
        self.reg = reg
        self.claims: list[Claim] = []
        self._last: Fig | None = None
        self._last_speaker: Span | None = None
        self._last_para = -10
        self._by_phrase: dict[int, tuple[Fig | None, str]] = {}

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
                    fig, how = self.reg.resolve(f.speaker, last, self._last_para)
                except Exception:
                    # A bug or timeout in one resolution leaves this claim's source open.
                    fig, how = None, "speaker unknown"
                self._by_phrase[f.speaker.start] = (fig, how)
            s_end = f.speaker.head_end or f.speaker.end
            speaker = Span(f.speaker.start, s_end, text[f.speaker.start : s_end])
            if fig is not None and f.speaker.kind in ("anon", "document"):
                fig.alias(speaker.text)
        elif f.inherit and last is not None and para - self._last_para <= 1:
            fig, speaker = last, self._last_speaker
            how = f"inherited from claim {len(claims) - 1} ({last.name})"
        else:
            if f.inherit:
                return
            how = "speaker unknown"
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
        if fig is not None:
            fig.claims.append(cid)
            if speaker is not None:
                fig.mentions.append(speaker)
            self._last, self._last_speaker, self._last_para = fig, speaker, para
