"""The insight pass: stance, channel and via on claims, anonymity on figures."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

import regex

from reader.analysis.failures import Failures
from reader.analysis.insight.anonymity import assign, reasons
from reader.analysis.insight.channel import channel_of, told_back
from reader.analysis.insight.documents import document_channel
from reader.analysis.insight.outlets import is_outlet
from reader.analysis.insight.stance import stance_of
from reader.analysis.insight.stretches import Stretches
from reader.analysis.insight.via import (
    MAY_RELAY,
    own_outlets,
    report_back,
    spoke_to_outlet,
    via_of,
)
from reader.analysis.limits import INSIGHT_CHARS, SHORT_TIMEOUT
from reader.analysis.model import Analysis, Channel, Claim, Figure, Stance
from reader.analysis.text.segments import Segments, budget

Pieces = list[tuple[int, str]]
#: Answers in a Q&A were given in an interview.
_INTERVIEW_RULES = frozenset({"interview-answer", "interview-label"})
#: "CARSOVA (Northgate Wire) —": the outlet a dateline names is the article's own.
_DATELINE_OUTLET = regex.compile(r"\((?P<o>[^()\n]{2,40}+)\)\s*[—–-]")


def _pieces(text: str, s: int, e: int, holes: list[tuple[int, int]]) -> Pieces:
    """`text[s:e]` without the holes, as (offset, text) stretches."""
    out: Pieces = []
    at = s
    for hs, he in sorted(holes):
        if hs > at:
            out.append((at, text[at : min(hs, e)]))
        at = max(at, he)
        if at >= e:
            break
    if at < e:
        out.append((at, text[at:e]))
    return out


class _Reader:
    """What the pass knows about the article: its outlets, its own name, its sentences."""

    def __init__(self, analysis: Analysis, seg: Segments, start: int) -> None:
        self.text = analysis.text
        self.stretches = Stretches(analysis.text, start, budget(len(analysis.text) - start))
        self.seg = seg
        self.front = analysis.text[:start].casefold()
        lead = _DATELINE_OUTLET.search(analysis.text, start, start + 300, timeout=SHORT_TIMEOUT)
        if lead is not None:
            self.front += "\n" + lead.group("o").casefold()
        outlets = [f for f in analysis.figures if f.source_type == "media"]
        self.media = {f.name for f in outlets}
        #: An outlet's names, aliases and last word ("the Ledger" for the
        #: Capital Ledger, as news shortens it) -> its full name.
        self.full: dict[str, str] = {}
        for f in outlets:
            for n in (f.name, *f.aliases):
                self.full.setdefault(n.casefold().removeprefix("the "), f.name)
            last = f.name.split()[-1]
            if len(f.name.split()) > 1 and last[:1].isupper() and len(last) > 3:
                self.full.setdefault(last.casefold(), f.name)
        self.known = set(self.full)
        #: Outlets the article speaks of as doing its own reporting, by full name.
        self.own_names = {self.full.get(n, n).casefold() for n in own_outlets(self.stretches)}
        #: Where each outlet is mentioned, for "told the broadcaster".
        mentioned = sorted((m.start, f.name) for f in outlets for m in f.mentions)
        self.outlet_at = [at for at, _n in mentioned]
        self.outlet_named = [n for _at, n in mentioned]

    def last_outlet(self, before: int) -> str | None:
        """The outlet mentioned last before an offset."""
        k = bisect_left(self.outlet_at, before) - 1
        return self.outlet_named[k] if k >= 0 else None

    def outlet_just_before(self, at: int) -> str | None:
        """An outlet, not the article's own, named in the sentence before `at`."""
        here = self.seg.sentence_of(at)[0]
        since = self.seg.sentence_of(max(0, here - 1))[0]
        k = bisect_left(self.outlet_at, at) - 1
        if k < 0 or self.outlet_at[k] < since or self.own(self.outlet_named[k]):
            return None
        return self.outlet_named[k]

    def outlet(self, name: str, before: str, tail: bool = False) -> bool:
        return is_outlet(name.removeprefix("the ").removeprefix("The "), before, self.known, tail)

    def own(self, name: str) -> bool:
        if self.full.get(name.casefold().removeprefix("the "), name).casefold() in self.own_names:
            return True
        return bool(self.front) and name.casefold() in self.front

    def window(self, claim: Claim) -> tuple[int, int]:
        anchor = claim.cue.start if claim.cue is not None else claim.start
        s, e = self.seg.sentence_of(anchor)
        return max(s, anchor - INSIGHT_CHARS), min(e, anchor + INSIGHT_CHARS)

    def claim(self, claim: Claim, previous: Claim | None, outer: Claim | None) -> Claim:
        stance = stance_of(claim.cue.text if claim.cue else None)
        if claim.cue is None and previous is not None and previous.figure == claim.figure:
            # A quote continued without a cue is framed and spoken as the one it continues.
            return _with(claim, previous.stance, previous.channel, previous.via)
        s, e = self.window(claim)
        content = (claim.start, claim.end)
        with_speaker = _pieces(self.text, s, e, [content])
        speaker = claim.speaker
        holes = [content] + ([(speaker.start, speaker.end)] if speaker else [])
        person = claim.source_type in ("named_person", "anonymous")
        channel = channel_of(_pieces(self.text, s, e, holes), self.outlet, person)
        if claim.rule in _INTERVIEW_RULES:
            channel = "interview"
        elif channel is None and claim.source_type == "document":
            channel = document_channel(claim.figure or "", speaker.text if speaker else "")
        via = None
        # Most sentences name no outlet at all: one cheap scan skips the rest.
        if any(MAY_RELAY.search(piece, timeout=SHORT_TIMEOUT) for _at, piece in with_speaker):
            via = via_of(with_speaker, self.outlet, self.own, speaker.text if speaker else None)
            if via is not None:
                via = self.full.get(via.casefold().removeprefix("the "), via)
            elif told_back(with_speaker):
                via = self.last_outlet(claim.cue.start if claim.cue else claim.start)
            elif person and report_back(with_speaker):
                via = self.outlet_just_before(s)
            if channel is None and spoke_to_outlet(with_speaker, self.outlet):
                channel = "told_outlet"
        if (
            via is not None
            and claim.source_type == "media"
            and via.casefold() in (claim.figure or "").casefold()
        ):
            via = None  # the outlet is the source itself
        if via is None and outer is not None and outer.figure != claim.figure:
            via = outer.figure
        return _with(claim, stance, channel, via)


def _with(claim: Claim, stance: Stance, channel: Channel | None, via: str | None) -> Claim:
    """The claim with these fields; itself when it has them already (most claims
    keep the defaults, and a copy costs more than the comparison)."""
    if (stance, channel, via) == (claim.stance, claim.channel, claim.via):
        return claim
    return replace(claim, stance=stance, channel=channel, via=via)


def enrich(analysis: Analysis, seg: Segments, start: int, failures: Failures) -> Analysis:
    """The analysis with stance, channel and via on each claim and reasons on
    unnamed sources; a claim or figure the pass fails on keeps its defaults."""
    r = _Reader(analysis, seg, start)
    claims: list[Claim] = []
    outer: Claim | None = None
    for claim in analysis.claims:
        try:
            previous = claims[-1] if claims else None
            inside = outer is not None and outer.start <= claim.start and claim.end <= outer.end
            claims.append(r.claim(claim, previous, outer if inside else None))
        except Exception as exc:
            failures.record(
                "insight", claim.start, exc, "a claim's stance and channel were not read"
            )
            claims.append(claim)
        if claim.figure in r.media:
            outer = claim
    figures = analysis.figures
    try:
        figures = _anonymity(analysis, seg, r.stretches, claims)
    except Exception as exc:
        failures.record("insight", None, exc, "reasons for anonymity were not read")
    return Analysis(
        text=analysis.text,
        claims=tuple(claims),
        figures=figures,
        problems=tuple(failures.found),
    )


def _anonymity(
    analysis: Analysis, seg: Segments, text: Stretches, claims: list[Claim]
) -> tuple[Figure, ...]:
    anonymous = {f.name for f in analysis.figures if f.source_type == "anonymous" and f.claims}
    found = reasons(text)
    given = assign(found, claims, anonymous, seg.sentence_of, seg.para_of)
    return tuple(
        replace(f, anonymity=given[f.name]) if f.name in given else f for f in analysis.figures
    )
