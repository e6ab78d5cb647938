"""The sourcing insight in the exports: per claim, per figure, the balance, the summary.

Kept apart from reader/export.py so the export's own shape stays readable
and the insight fields are added in one place.
"""

from __future__ import annotations

from typing import Any

from reader.analysis.insight.balance import Balance, balance, summary
from reader.analysis.insight.why import Explainer

__all__ = ["Explainer", "balance_fields", "claim_fields", "figure_fields", "markdown_summary"]
from reader.analysis.model import SOURCE_TYPE_LABELS, Analysis, Claim, Figure, Span


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"text": span.text, "start": span.start, "end": span.end}


def claim_fields(claim: Claim, explain: Explainer) -> dict[str, Any]:
    """stance, channel, via and why of one claim."""
    why = explain(claim)
    return {
        "stance": claim.stance,
        "channel": claim.channel,
        "via": claim.via,
        "why": {
            "rule": why.rule,
            "description": why.description,
            "cue": why.cue.text if why.cue else None,
            "speaker": why.speaker.text if why.speaker else None,
            "steps": list(why.steps),
            "resolution": why.resolution,
        },
    }


def figure_fields(figure: Figure) -> dict[str, Any]:
    """anonymity (unnamed sources only) and no_comment of one figure."""
    anonymity = None
    if figure.source_type == "anonymous":
        reason = figure.anonymity
        anonymity = {"reason": reason.text if reason else None, "span": _span(reason)}
    return {"anonymity": anonymity, "no_comment": [_span(s) for s in figure.no_comment]}


def balance_fields(analysis: Analysis, b: Balance | None = None) -> dict[str, Any]:
    """stats.balance: the sourcing of the whole article."""
    b = b or balance(analysis)
    return {
        "summary": summary(analysis, b),
        "claims_by_source_type": b.claims_by_type,
        "quoted_words_by_source_type": b.words_by_type,
        "claims_by_figure": b.claims_by_figure,
        "quoted_words_by_figure": b.words_by_figure,
        "unnamed_sources": len(b.unnamed),
        "unnamed_with_reason": len(b.unnamed_with_reason),
        "loaded_cues": b.loaded,
        "declined": list(b.declined),
    }


def _bar(n: int, most: int, width: int = 20) -> str:
    return "█" * max(1, round(width * n / most)) if n else ""


def markdown_summary(analysis: Analysis, escape: Any) -> list[str]:
    """The report's opening: the sentence, then claims by source type and by figure as bars."""
    b = balance(analysis)
    lines = ["## Sourcing summary", "", escape(summary(analysis, b)), ""]
    if not b.claims:
        return lines
    most = max(b.claims_by_type.values())
    lines += ["| source type | claims | quoted words | |", "| --- | ---: | ---: | --- |"]
    for stype, n in b.claims_by_type.items():
        label = SOURCE_TYPE_LABELS[stype]  # type: ignore[index]
        lines.append(f"| {label} | {n} | {b.words_by_type[stype]} | {_bar(n, most)} |")
    lines += ["", "| figure | claims | quoted words | |", "| --- | ---: | ---: | --- |"]
    most = max(b.claims_by_figure.values())
    for name, n in b.claims_by_figure.items():
        figure = analysis.figure(name)
        mark = ""
        if figure is not None and figure.source_type == "anonymous":
            mark = " (unnamed, no reason given)" if figure.anonymity is None else " (unnamed)"
        words = b.words_by_figure[name]
        lines.append(f"| {escape(name)}{mark} | {n} | {words} | {_bar(n, most)} |")
    lines.append("")
    return lines
