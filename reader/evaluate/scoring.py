"""Scoring one analysed text against its gold claims, and a set of texts at once.

A predicted claim matches a gold claim when their spans overlap by at least
half the shorter span; pairs are made one-to-one, largest overlap first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

import regex

from reader.analysis import Analysis, Claim, analyze
from reader.document import LoadError, load
from reader.evaluate.counts import FileReport, Issue, Report, RuleCounts
from reader.evaluate.gold import (
    GoldClaim,
    GoldError,
    gold_pairs,
    normalise_name,
    read_gold,
    unlocated,
)
from reader.evaluate.insight import InsightGold, insight_lists, read_insight, score_insight

_SPACES = regex.compile(r"\s+")
_EXCERPT = 70


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def match(gold: Sequence[GoldClaim], predicted: Sequence[Claim]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, largest overlap first.

    A pair qualifies when the overlap is at least half the shorter span; ties
    go to the pair that comes first in the text so results are stable.
    """
    candidates: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if p.end <= g.start or p.start >= g.end:
                continue
            shared = overlap(g.start, g.end, p.start, p.end)
            shorter = min(g.end - g.start, p.end - p.start)
            if shared > 0 and 2 * shared >= shorter:
                candidates.append((shared, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    pairs.sort()
    return pairs


def predicted_names(claim: Claim, analysis: Analysis) -> set[str]:
    """The names the engine gives the claim's figure, normalised."""
    if claim.figure is None:
        return set()
    names = {claim.figure}
    figure = analysis.figure(claim.figure)
    if figure is not None:
        names.add(figure.name)
        names.update(figure.aliases)
    return {normalise_name(n) for n in names}


def attribution_ok(gold: GoldClaim, claim: Claim, analysis: Analysis) -> bool:
    """Right figure: names shared with gold, or a speaker mention that is a gold alias."""
    if gold.figure is None:
        return claim.figure is None
    if predicted_names(claim, analysis) & gold.names:
        return True
    return claim.speaker is not None and normalise_name(claim.speaker.text) in gold.names


def score(
    name: str,
    text: str,
    gold: Sequence[GoldClaim],
    analysis: Analysis,
    insight: InsightGold | None = None,
) -> FileReport:
    """Score one analysed text against its gold claims (and its insight, when annotated)."""
    report = FileReport(name)
    predicted = analysis.claims
    pairs = match(gold, predicted)
    c = report.counts
    c.gold, c.predicted, c.matched = len(gold), len(predicted), len(pairs)
    for kind, kc in report.kinds.items():
        kc.found.gold = kc.strict.gold = sum(g.kind == kind for g in gold)
        kc.found.predicted = len(predicted)
        kc.strict.predicted = sum(p.kind == kind for p in predicted)
    right_figure = {
        pi for gi, pi in pairs if _score_pair(report, text, gold[gi], predicted[pi], analysis)
    }
    _count_rules(report, predicted, {pi for _, pi in pairs}, right_figure)
    _list_unmatched(report, text, gold, predicted, pairs)
    if insight is not None:
        score_insight(report, insight, gold, analysis, pairs, right_figure)
    report.issues.sort(key=lambda i: i.start)
    return report


def _score_pair(report: FileReport, text: str, g: GoldClaim, p: Claim, analysis: Analysis) -> bool:
    """Tally one matched pair (kind, figure, source type); True when the figure is right."""
    c, kc = report.counts, report.kinds[g.kind]
    kc.found.matched += 1

    def flag(what: str, detail: str) -> None:
        report.issues.append(Issue(what, g.start, excerpt(text, g.start, g.end), detail))

    if p.kind == g.kind:
        c.kind_ok += 1
        kc.strict.matched += 1
    else:
        flag("wrong kind", f"gold {g.kind}, got {p.kind}")
    right = attribution_ok(g, p, analysis)
    if right:
        c.attribution_ok += 1
        kc.found.attribution_ok += 1
    else:
        who = p.speaker.text if p.speaker else None
        flag(
            "wrong figure",
            f"gold {g.figure!r} (speaker {g.speaker!r}), "
            f"got {p.figure!r} (speaker {who!r}, {p.resolution or p.rule})",
        )
    if g.source_type is None:
        return right
    c.typed += 1
    kc.found.typed += 1
    if p.source_type == g.source_type:
        c.source_type_ok += 1
        kc.found.source_type_ok += 1
    else:
        flag(
            "wrong type", f"gold {g.source_type} ({g.figure!r}), got {p.source_type} ({p.figure!r})"
        )
    return right


def _count_rules(
    report: FileReport, predicted: Sequence[Claim], matched: set[int], right: set[int]
) -> None:
    """What each rule made, found and attributed in this text."""
    for pi, p in enumerate(predicted):
        counts = report.rules.setdefault(p.rule, RuleCounts())
        counts.made += 1
        counts.matched += pi in matched
        counts.attributed += pi in right


def _list_unmatched(
    report: FileReport,
    text: str,
    gold: Sequence[GoldClaim],
    predicted: Sequence[Claim],
    pairs: list[tuple[int, int]],
) -> None:
    """Gold claims not found (misses) and claims found that gold lacks (false positives)."""
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_gold:
            detail = f"{g.kind}, speaker {g.speaker!r}, figure {g.figure!r}"
            report.issues.append(Issue("miss", g.start, excerpt(text, g.start, g.end), detail))
    for pi, p in enumerate(predicted):
        if pi not in matched_pred:
            detail = f"{p.kind}, figure {p.figure!r}, rule {p.rule!r}"
            issue = Issue("false positive", p.start, excerpt(text, p.start, p.end), detail)
            report.issues.append(issue)


def excerpt(text: str, start: int, end: int) -> str:
    """The span on one line, shortened in the middle when long."""
    span = _SPACES.sub(" ", text[start:end]).strip()
    if len(span) > _EXCERPT:
        half = _EXCERPT // 2 - 2
        span = f"{span[:half]} … {span[-half:]}"
    return span


def evaluate_paths(paths: Iterable[str | Path]) -> Report:
    """Analyse every text with a gold file under `paths` and score it."""
    return evaluate_pairs(gold_pairs(paths))


def evaluate_pairs(
    pairs: Iterable[tuple[Path, Path]], predict: Path | None = None, *, relocate: bool = False
) -> Report:
    """Analyse and score each (text, gold) pair; with `predict`, also write each
    analysis there as NAME.json in the gold format (for other scorers).
    `relocate` accepts gold offsets that are off (see `read_gold`)."""
    report = Report()
    for txt, gold_path in pairs:
        try:
            doc = load(str(txt))
        except LoadError as exc:
            raise GoldError(str(exc)) from None
        gold = read_gold(gold_path, doc.text, relocate=relocate)
        # Insight annotations follow the gold claims one for one: only our own gold has them.
        insight = None if relocate else read_insight(gold_path)
        report.unlocated += unlocated(gold)
        gold = [g for g in gold if g.start >= 0]
        analysis = analyze(doc.analysable_text, doc.body_start)
        report.add(score(txt.stem, doc.text, gold, analysis, insight))
        if predict is not None:
            write_prediction(predict / f"{txt.stem}.json", txt.stem, analysis)
    return report


def write_prediction(path: Path, name: str, analysis: Analysis) -> None:
    """One analysis as a gold-format file: what another scorer reads."""
    claims = [
        {
            "content": c.content,
            "start": c.start,
            "kind": c.kind,
            "cue": c.cue.text if c.cue else None,
            "speaker": c.speaker.text if c.speaker else None,
            "figure": c.figure,
            "source_type": c.source_type,
            "rule": c.rule,
            "stance": c.stance,
            "channel": c.channel,
            "via": c.via,
        }
        for c in analysis.claims
    ]
    figures = [
        {"name": f.name, "aliases": list(f.aliases), "role": f.role, "source_type": f.source_type}
        for f in analysis.figures
    ]
    data = {
        "article": name,
        "claims": claims,
        "figures": figures,
        "insight_annotated": True,
        **insight_lists(analysis),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
