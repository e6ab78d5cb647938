"""Scoring the sourcing insight against gold annotated for it ("insight_annotated": true).

Per matched claim: stance (a loaded stance is a signal), channel and via (a
value is a signal); right means equal to gold. Per unnamed source: the
reason for anonymity (right when the predicted reason overlaps gold's and
belongs to the same source). Per refusal: no_comment (right when the cue
overlaps gold's and sits on the same figure). Precision and recall are
over signals, so a field that is mostly empty is not flattered by its
defaults. Figures are paired through matched claims, so naming
conventions do not matter.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from reader.analysis import Analysis, Span
from reader.evaluate.counts import FieldCounts, FileReport, Issue
from reader.evaluate.gold import GoldClaim, GoldError, normalise_name

#: The number that keeps unnamed sources apart ("source #2").
_NUMBER = regex.compile(r"\s+#\d+\Z")


@dataclass(frozen=True, slots=True)
class InsightGold:
    #: Per gold claim, in the gold file's order: stance, channel, via.
    claims: tuple[tuple[str, str | None, str | None], ...]
    #: (figure, reason start, reason end) per unnamed source; start -1: no reason.
    anonymity: tuple[tuple[str, int, int], ...]
    #: (figure, cue start, cue end) per refusal.
    no_comment: tuple[tuple[str, int, int], ...]


def read_insight(path: Path) -> InsightGold | None:
    """The insight annotations of a gold file, or None when it has none."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not data.get("insight_annotated"):
            return None
        return InsightGold(
            claims=tuple((c["stance"], c["channel"], c["via"]) for c in data["claims"]),
            anonymity=tuple(_entry(a, "reason") for a in data["anonymity"]),
            no_comment=tuple(_entry(n, "cue") for n in data["no_comment"]),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GoldError(f"{path}: unreadable insight annotations ({exc})") from None


def _entry(item: dict[str, Any], key: str) -> tuple[str, int, int]:
    words = item[key]
    if words is None or item.get("start") is None:
        return str(item["figure"]), -1, -1
    return str(item["figure"]), int(item["start"]), int(item["start"]) + len(words)


def score_insight(
    report: FileReport,
    gold: InsightGold,
    claims: Sequence[GoldClaim],
    analysis: Analysis,
    pairs: list[tuple[int, int]],
) -> None:
    """Tally the insight fields of one file into `report.insight`."""
    fields = {name: FieldCounts() for name in ("stance", "channel", "via")}
    for gi, pi in pairs:
        stance, channel, via = gold.claims[gi]
        p = analysis.claims[pi]
        got = (None if p.stance == "neutral" else p.stance, p.channel, p.via)
        want = (None if stance == "neutral" else stance, channel, via)
        for name, w, g in zip(fields, want, got, strict=True):
            _tally(report, fields[name], name, w, g, claims[gi])
    report.insight.update(fields)
    links = _links(claims, analysis, pairs)
    report.insight["anonymity"] = _anonymity(gold, analysis, links)
    report.insight["no_comment"] = _no_comment(gold, analysis, links)


def _tally(
    report: FileReport, fc: FieldCounts, name: str, want: str | None, got: str | None, g: GoldClaim
) -> None:
    same = want is not None and got is not None
    if name == "via" and same:
        same = normalise_name(want or "") == normalise_name(got or "")
    elif same:
        same = want == got
    fc.gold += want is not None
    fc.predicted += got is not None
    fc.right += same
    if (want is not None or got is not None) and not same:
        report.issues.append(
            Issue(f"wrong {name}", g.start, g.content[:70], f"gold {want!r}, got {got!r}")
        )


def _links(
    claims: Sequence[GoldClaim], analysis: Analysis, pairs: list[tuple[int, int]]
) -> set[tuple[str, str]]:
    """(gold figure, predicted figure) pairs that share a matched claim, normalised."""
    return {
        (normalise_name(claims[gi].figure or ""), analysis.claims[pi].figure or "")
        for gi, pi in pairs
    }


def _same_figure(
    gold_name: str, predicted: str, analysis: Analysis, links: set[tuple[str, str]]
) -> bool:
    """Linked through a matched claim, or named alike: the same name or alias, or
    the predicted name the end of gold's ("Marsh" for "Helen Marsh"), "#2" aside."""
    name = normalise_name(gold_name)
    if (name, predicted) in links:
        return True
    figure = analysis.figure(predicted)
    raw = {predicted, *(figure.aliases if figure else ())}
    names = {normalise_name(_NUMBER.sub("", n)) for n in raw}
    return any(n and (n == name or name.endswith(" " + n)) for n in names)


def _overlaps(span: Span, start: int, end: int) -> bool:
    return span.start < end and start < span.end


def _anonymity(gold: InsightGold, analysis: Analysis, links: set[tuple[str, str]]) -> FieldCounts:
    fc = FieldCounts()
    given = [(f.name, f.anonymity) for f in analysis.figures if f.anonymity is not None]
    fc.predicted = len(given)
    for figure, start, end in gold.anonymity:
        if start < 0:
            continue
        fc.gold += 1
        fc.right += any(
            _overlaps(span, start, end) and _same_figure(figure, name, analysis, links)
            for name, span in given
        )
    return fc


def _no_comment(gold: InsightGold, analysis: Analysis, links: set[tuple[str, str]]) -> FieldCounts:
    fc = FieldCounts(gold=len(gold.no_comment))
    found = [(f.name, span) for f in analysis.figures for span in f.no_comment]
    fc.predicted = len(found)
    for figure, start, end in gold.no_comment:
        fc.right += any(
            _overlaps(span, start, end) and _same_figure(figure, name, analysis, links)
            for name, span in found
        )
    return fc


def insight_lists(analysis: Analysis) -> dict[str, list[dict[str, Any]]]:
    """The analysis's `anonymity` and `no_comment` lists in the gold format."""
    anonymity = [
        {
            "figure": f.name,
            "reason": f.anonymity.text if f.anonymity else None,
            "start": f.anonymity.start if f.anonymity else None,
        }
        for f in analysis.figures
        if f.source_type == "anonymous" and f.claims
    ]
    refusals = [
        {"figure": f.name, "cue": s.text, "start": s.start}
        for f in analysis.figures
        for s in f.no_comment
    ]
    return {"anonymity": anonymity, "no_comment": sorted(refusals, key=lambda r: r["start"])}
