"""The scores as plain-text tables: by file, by kind, by rule, and the errors."""

from __future__ import annotations

from reader.analysis import KINDS
from reader.analysis.rules import describe
from reader.evaluate.counts import INSIGHT_FIELDS, Counts, Report

#: A rule whose precision on real news is below this is fixed or removed.
PRECISION_FLOOR = 0.85


def _row(label: str, c: Counts, width: int) -> str:
    return (
        f"{label:<{width}} {c.gold:>5} {c.predicted:>5} {c.matched:>5} "
        f"{c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f} "
        f"{c.attribution:>6.3f} {c.source_type:>6.3f} {c.kind:>6.3f}"
    )


def format_report(report: Report, verbose: bool = False, rules: bool = False) -> str:
    """The report as a plain-text table (and the rules and errors when asked)."""
    width = max([len("TOTAL"), *(len(f.name) for f in report.files)])
    head = (
        f"{'file':<{width}} {'gold':>5} {'pred':>5} {'match':>5} "
        f"{'P':>6} {'R':>6} {'F1':>6} {'attr':>6} {'type':>6} {'kind':>6}"
    )
    lines = [head, "-" * len(head)]
    lines += [_row(f.name, f.counts, width) for f in report.files]
    lines += ["-" * len(head), _row("TOTAL", report.total, width), ""]
    lines.append(
        f"{'by gold kind':<12} {'gold':>5} {'found':>6} {'recall':>7} "
        f"{'kind P':>7} {'kind R':>7} {'kind F1':>7} {'attr':>6} {'type':>6}"
    )
    for kind in KINDS:
        kc = report.kinds[kind]
        f, s = kc.found, kc.strict
        lines.append(
            f"{kind:<12} {f.gold:>5} {f.matched:>6} {f.recall:>7.3f} "
            f"{s.precision:>7.3f} {s.recall:>7.3f} {s.f1:>7.3f} "
            f"{f.attribution:>6.3f} {f.source_type:>6.3f}"
        )
    lines.append(
        "P/R/F1: detection; attr, type, kind: accuracy over matched claims; "
        "kind P/R/F1 also require the predicted kind."
    )
    if report.unlocated:
        lines.append(f"{report.unlocated} gold claims left out: their words are not in the text.")
    if report.insight:
        lines += ["", *format_insight(report)]
    if rules:
        lines += ["", *format_rules(report)]
    if verbose:
        for file in report.files:
            if not file.issues:
                continue
            lines += ["", f"== {file.name}"]
            for issue in file.issues:
                lines.append(f"  {issue.what:<14} @{issue.start:<6} “{issue.excerpt}”")
                lines.append(f"  {'':<14}  {issue.detail}")
    return "\n".join(lines)


def format_rules(report: Report) -> list[str]:
    """Per rule: claims made, detection precision and end-to-end precision, worst first.

    A rule under `PRECISION_FLOOR` on real news is to be fixed or removed;
    such rows are marked.
    """
    head = f"{'rule':<36} {'made':>5} {'P':>6} {'P e2e':>6}  description"
    lines = [head, "-" * len(head)]
    for name, made in sorted(report.rules.items(), key=lambda kv: (kv[1].precision, kv[0])):
        mark = " <" if made.precision < PRECISION_FLOOR else ""
        lines.append(
            f"{name:<36} {made.made:>5} {made.precision:>6.3f} {made.end_to_end:>6.3f}"
            f"  {describe(name)}{mark}"
        )
    lines.append(
        f"P: share of the rule's claims that match a gold claim; P e2e: with the right "
        f"figure too; < marks P under {PRECISION_FLOOR}."
    )
    return lines


def format_insight(report: Report) -> list[str]:
    """Per insight field: gold and predicted signals, precision and recall."""
    head = f"{'insight':<12} {'gold':>5} {'pred':>5} {'right':>5} {'P':>6} {'R':>6}"
    lines = [head, "-" * len(head)]
    for name in INSIGHT_FIELDS:
        fc = report.insight.get(name)
        if fc is not None:
            lines.append(
                f"{name:<12} {fc.gold:>5} {fc.predicted:>5} {fc.right:>5} "
                f"{fc.precision:>6.3f} {fc.recall:>6.3f}"
            )
    lines.append(
        f"Over the {report.insight_files} files annotated for insight; stance, channel, via "
        "over matched claims; a signal is a loaded stance, a channel, an outlet, a reason "
        "or a refusal."
    )
    return lines
