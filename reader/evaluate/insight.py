"""Scoring the sourcing insight against gold annotated for it ("insight_annotated": true).

Per matched claim: stance (a loaded stance is a signal), channel and via (a
value is a signal); right means equal to gold. Per unnamed source: the
reason for anonymity (right when the predicted reason overlaps gold's and
belongs to the same source). Per refusal: no_comment (right when the cue
overlaps gold's and sits on the same figure). Precision and recall are
over signals, so a field that is mostly empty is not flattered by its
defaults. A predicted figure is gold's when the claim scorer would say so:
a name or alias in common, or a matched claim of gold's figure that the
engine attributed to it rightly (a claim given to the wrong figure links
nothing).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.analysis import Analysis, Span
from reader.evaluate.counts import FieldCounts, FileReport, Issue
from reader.evaluate.gold import GoldClaim, GoldError, normalise_name


@dataclass(frozen=True, slots=True)
class InsightGold:
    #: Per gold claim, in the gold file's order: stance, channel, via.
    claims: tuple[tuple[str, str | None, str | None], ...]
    #: (figure, reason start, reason end) per unnamed source; start -1: no reason.
    anonymity: tuple[tuple[str, int, int], ...]
    #: (figure, cue start, cue end) per refusal.
    no_comment: tuple[tuple[str, int, int], ...]
    #: Each gold figure's names (its name and aliases), normalised.
    names: dict[str, frozenset[str]] = field(default_factory=dict)


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
            names={
                str(f["name"]): frozenset(
                    normalise_name(n) for n in (f["name"], *f.get("aliases", []))
                )
                for f in data.get("figures", [])
            },
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
    attributed: set[int],
) -> None:
    """Tally the insight fields of one file into `report.insight`; `attributed`
    holds the predicted claims (indices) the claim scorer found rightly attributed."""
    fields = {name: FieldCounts() for name in ("stance", "channel", "via")}
    for gi, pi in pairs:
        stance, channel, via = gold.claims[gi]
        p = analysis.claims[pi]
        got = (None if p.stance == "neutral" else p.stance, p.channel, p.via)
        want = (None if stance == "neutral" else stance, channel, via)
        for name, w, g in zip(fields, want, got, strict=True):
            _tally(report, fields[name], name, w, g, claims[gi])
    report.insight.update(fields)
    same = _SameFigure(gold, claims, analysis, pairs, attributed)
    given = [(f.name, f.anonymity) for f in analysis.figures if f.anonymity is not None]
    wanted = [a for a in gold.anonymity if a[1] >= 0]
    report.insight["anonymity"] = _spans(report, "anonymity", wanted, given, same)
    found = [(f.name, span) for f in analysis.figures for span in f.no_comment]
    report.insight["no_comment"] = _spans(report, "no_comment", gold.no_comment, found, same)


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


class _SameFigure:
    """Whether a predicted figure is a gold figure, as the claim scorer decides it:
    a normalised name or alias in common, or a matched claim of the gold figure
    rightly attributed to it."""

    def __init__(
        self,
        gold: InsightGold,
        claims: Sequence[GoldClaim],
        analysis: Analysis,
        pairs: list[tuple[int, int]],
        attributed: set[int],
    ) -> None:
        self.gold = gold
        self.analysis = analysis
        self.linked = {
            (normalise_name(claims[gi].figure or ""), analysis.claims[pi].figure or "")
            for gi, pi in pairs
            if pi in attributed
        }

    def __call__(self, gold_name: str, predicted: str) -> bool:
        if (normalise_name(gold_name), predicted) in self.linked:
            return True
        names = self.gold.names.get(gold_name, frozenset({normalise_name(gold_name)}))
        figure = self.analysis.figure(predicted)
        raw = (predicted, *(figure.aliases if figure else ()))
        return any(normalise_name(n) in names for n in raw)


def _spans(
    report: FileReport,
    name: str,
    wanted: Sequence[tuple[str, int, int]],
    found: Sequence[tuple[str, Span]],
    same: _SameFigure,
) -> FieldCounts:
    """Gold spans (figure, start, end) against found ones: right when a found span
    overlaps gold's on the same figure. A miss or a span gold lacks is an issue."""
    fc = FieldCounts(gold=len(wanted), predicted=len(found))
    hit: set[int] = set()
    for figure, start, end in wanted:
        on = [i for i, (_n, sp) in enumerate(found) if sp.start < end and start < sp.end]
        right = [i for i in on if same(figure, found[i][0])]
        fc.right += bool(right)
        hit.update(right or on)
        if not right:
            got = ", ".join(repr(found[i][0]) for i in on) or "nothing"
            detail = f"gold {figure!r}, got {got}"
            words = same.analysis.text[start:end][:70]
            report.issues.append(Issue(f"wrong {name}", start, words, detail))
    for i, (figure, span) in enumerate(found):
        if i not in hit:
            detail = f"gold nothing, got {figure!r}"
            report.issues.append(Issue(f"wrong {name}", span.start, span.text[:70], detail))
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
