"""The insight pass: stance, channel and via on claims, anonymity on figures."""

from __future__ import annotations

from dataclasses import replace

from reader.analysis.failures import Failures
from reader.analysis.insight.anonymity import assign, reasons
from reader.analysis.insight.article_outlets import ArticleOutlets
from reader.analysis.insight.channel import channel_of, cue_channel, told_back
from reader.analysis.insight.documents import document_channel
from reader.analysis.insight.framing import Framing
from reader.analysis.insight.stance import stance_of
from reader.analysis.insight.stretches import Stretches
from reader.analysis.insight.via import (
    MAY_RELAY,
    it_quoted,
    relayed_back,
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
    """What the pass knows about the article: its outlets and its sentences."""

    def __init__(self, analysis: Analysis, seg: Segments, start: int) -> None:
        self.text = analysis.text
        self.stretches = Stretches(analysis.text, start, budget(len(analysis.text) - start))
        self.seg = seg
        self.outlets = ArticleOutlets(analysis, seg, self.stretches)
        self.framing = Framing(analysis, seg)

    def window(self, claim: Claim) -> tuple[int, int]:
        anchor = claim.cue.start if claim.cue is not None else claim.start
        s, e = self.seg.sentence_of(anchor)
        return max(s, anchor - INSIGHT_CHARS), min(e, anchor + INSIGHT_CHARS)

    def claim(self, claim: Claim, previous: Claim | None, outer: Claim | None) -> Claim:
        stance = stance_of(claim.cue.text if claim.cue else None)
        s, e = self.window(claim)
        content = (claim.start, claim.end)
        speaker = claim.speaker
        holes = [content] + ([(speaker.start, speaker.end)] if speaker else [])
        person = claim.source_type in ("named_person", "anonymous")
        out = self.outlets
        if claim.cue is None and previous is not None and previous.figure == claim.figure:
            # A quote continued without a cue is framed and spoken as the one it
            # continues, unless its own sentence says how it was spoken ("Lind,
            # 52, wrote on Facebook on Monday, with a photograph of the quay, '...'").
            if channel_of(_pieces(self.text, s, e, holes), out.outlet, person) is None:
                return _with(claim, previous.stance, previous.channel, previous.via)
            stance = previous.stance  # read as a claim with a cue of its own, below
        with_speaker = _pieces(self.text, s, e, [content])
        channel = cue_channel(claim.cue.text if claim.cue else None) or channel_of(
            _pieces(self.text, s, e, holes), out.outlet, person
        )
        if claim.rule in _INTERVIEW_RULES:
            channel = "interview"
        elif channel is None and claim.source_type == "document":
            channel = document_channel(claim.figure or "", speaker.text if speaker else "")
        via = None
        # Most sentences name no outlet at all: one cheap scan skips the rest.
        # Joined by a character that is neither a word's nor a space's: one search,
        # and no match across two pieces.
        joined = "\x00".join(piece for _at, piece in with_speaker)
        if MAY_RELAY.search(joined, timeout=SHORT_TIMEOUT):
            via = via_of(with_speaker, out.outlet, out.own, speaker.text if speaker else None)
            if via is not None:
                # "told Radio Nord ... In that interview": the outlet told is spoken of after.
                out.note(via, claim.cue.start if claim.cue else claim.start)
            if via is None and told_back(with_speaker):
                via = out.last(claim.cue.start if claim.cue else claim.start)
            elif via is None and person and report_back(with_speaker):
                # Before the claim's first sentence: a quote may run over several.
                via = out.just_before(min(s, claim.start))
            if channel is None and spoke_to_outlet(with_speaker, out.outlet):
                channel = "told_outlet"
        if via is None and relayed_back(with_speaker):
            via = out.last(claim.cue.start if claim.cue else claim.start)
        elif via is None and it_quoted(with_speaker, s):
            # "The Ledger reported that ... It quoted a councillor as saying ...".
            via = out.opening_sentence_before(s)
        via = out.full_name(via) if via is not None else None
        if (
            via is not None
            and claim.source_type == "media"
            and via.casefold() in (claim.figure or "").casefold()
        ):
            via = None  # the outlet is the source itself
        if channel is None and claim.source_type != "document":
            channel, framed_via = self.framing.before(claim, out.outlet, out.own, person)
            via = via if via is not None or framed_via is None else out.full_name(framed_via)
            channel = channel or self.framing.after(claim)
        if via is None and outer is not None and outer.figure != claim.figure:
            via = outer.figure
        if via is not None and out.own(via):
            via = None  # the article's own outlet, however it was reached
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
        if claim.figure in r.outlets.figures:
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
    given = assign(found, claims, anonymous, seg.sentence_of, seg.para_of, analysis.text)
    return tuple(
        replace(f, anonymity=given[f.name]) if f.name in given else f for f in analysis.figures
    )
