"""Accuracy of the attribution engine against hand-made gold files.

`python -m reader.evaluate samples/ [more dirs or files]` scores every
NAME.txt that has a NAME.gold.json beside it. A predicted claim matches a gold
claim when their spans overlap by at least half the shorter span; pairs are
made one-to-one, largest overlap first. Detection is scored by precision,
recall and F1; attribution and source type by accuracy over matched claims,
overall and by the gold claim's kind.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import regex

from reader.analysis import KINDS, SOURCE_TYPES, Analysis, Claim, analyze
from reader.document import LoadError, load

GOLD_SUFFIX = ".gold.json"
_SPACES = regex.compile(r"\s+")
_EXCERPT = 70


class GoldError(Exception):
    """A gold file that cannot be used; the message is one line."""


@dataclass(frozen=True, slots=True)
class GoldClaim:
    start: int
    end: int
    content: str
    kind: str
    speaker: str | None
    #: Canonical figure name, or None when the text names no source.
    figure: str | None
    #: Every name the figure goes by (canonical name included), normalised.
    names: frozenset[str]
    source_type: str


@dataclass(slots=True)
class Counts:
    """Tallies that add up across files; every score derives from them."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    attribution_ok: int = 0
    source_type_ok: int = 0
    kind_ok: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.attribution_ok += other.attribution_ok
        self.source_type_ok += other.source_type_ok
        self.kind_ok += other.kind_ok

    @property
    def precision(self) -> float:
        if self.predicted == 0:
            return 1.0 if self.gold == 0 else 0.0
        return self.matched / self.predicted

    @property
    def recall(self) -> float:
        if self.gold == 0:
            return 1.0 if self.predicted == 0 else 0.0
        return self.matched / self.gold

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    @property
    def attribution(self) -> float:
        """Share of matched claims given the right figure (0 when none matched)."""
        return self.attribution_ok / self.matched if self.matched else 0.0

    @property
    def source_type(self) -> float:
        return self.source_type_ok / self.matched if self.matched else 0.0

    @property
    def kind(self) -> float:
        return self.kind_ok / self.matched if self.matched else 0.0


@dataclass(slots=True)
class KindCounts:
    """Scores for one kind: `found` ignores the predicted kind, `strict` needs it."""

    #: gold = gold claims of this kind; predicted = all predictions; matched =
    #: gold claims of this kind that were found, whatever kind was predicted.
    found: Counts = field(default_factory=Counts)
    #: gold and predicted of this kind only; matched needs both kinds equal.
    strict: Counts = field(default_factory=Counts)

    def add(self, other: KindCounts) -> None:
        self.found.add(other.found)
        self.strict.add(other.strict)


@dataclass(frozen=True, slots=True)
class Issue:
    """One error worth reading: a miss, a false positive or a wrong attribution."""

    what: str
    start: int
    excerpt: str
    detail: str


@dataclass(slots=True)
class FileReport:
    name: str
    counts: Counts = field(default_factory=Counts)
    kinds: dict[str, KindCounts] = field(default_factory=lambda: {k: KindCounts() for k in KINDS})
    issues: list[Issue] = field(default_factory=list)


@dataclass(slots=True)
class Report:
    files: list[FileReport] = field(default_factory=list)
    total: Counts = field(default_factory=Counts)
    kinds: dict[str, KindCounts] = field(default_factory=lambda: {k: KindCounts() for k in KINDS})

    def add(self, file: FileReport) -> None:
        self.files.append(file)
        self.total.add(file.counts)
        for kind, counts in file.kinds.items():
            self.kinds[kind].add(counts)


def normalise_name(name: str) -> str:
    """Fold the differences that do not make another figure: case, spacing, the, 's."""
    name = _SPACES.sub(" ", name).strip().casefold()
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.startswith("the "):
        name = name[4:]
    return name


def read_gold(path: Path, text: str) -> list[GoldClaim]:
    """Gold claims with end offsets, checked against the loaded text."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        figures = {f["name"]: f for f in data.get("figures", [])}
        raw = data["claims"]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise GoldError(f"{path}: unreadable gold file ({exc})") from None
    claims: list[GoldClaim] = []
    for index, c in enumerate(raw):
        try:
            content, start = c["content"], int(c["start"])
            figure = c.get("figure")
            names = {figure} if figure else set()
            if figure in figures:
                names.update(figures[figure].get("aliases", []))
            claims.append(
                GoldClaim(
                    start=start,
                    end=start + len(content),
                    content=content,
                    kind=c["kind"],
                    speaker=c.get("speaker"),
                    figure=figure,
                    names=frozenset(normalise_name(n) for n in names),
                    source_type=c["source_type"],
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise GoldError(f"{path}: claim {index} is malformed ({exc})") from None
        if claims[-1].kind not in KINDS or claims[-1].source_type not in SOURCE_TYPES:
            raise GoldError(f"{path}: claim {index} has an unknown kind or source type")
        if text[start : start + len(content)] != content:
            raise GoldError(f"{path}: claim {index} content is not at offset {start}")
    return claims


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


def score(name: str, text: str, gold: Sequence[GoldClaim], analysis: Analysis) -> FileReport:
    """Score one analysed text against its gold claims."""
    report = FileReport(name)
    predicted = analysis.claims
    pairs = match(gold, predicted)
    c = report.counts
    c.gold, c.predicted, c.matched = len(gold), len(predicted), len(pairs)
    for kind, kc in report.kinds.items():
        kc.found.gold = kc.strict.gold = sum(g.kind == kind for g in gold)
        kc.found.predicted = len(predicted)
        kc.strict.predicted = sum(p.kind == kind for p in predicted)
    for gi, pi in pairs:
        g, p = gold[gi], predicted[pi]
        kc = report.kinds[g.kind]
        kc.found.matched += 1

        def flag(what: str, detail: str, g: GoldClaim = g) -> None:
            report.issues.append(Issue(what, g.start, excerpt(text, g.start, g.end), detail))

        if p.kind == g.kind:
            c.kind_ok += 1
            kc.strict.matched += 1
        else:
            flag("wrong kind", f"gold {g.kind}, got {p.kind}")
        if attribution_ok(g, p, analysis):
            c.attribution_ok += 1
            kc.found.attribution_ok += 1
        else:
            who = p.speaker.text if p.speaker else None
            flag(
                "wrong figure",
                f"gold {g.figure!r} (speaker {g.speaker!r}), "
                f"got {p.figure!r} (speaker {who!r}, {p.resolution or p.rule})",
            )
        if p.source_type == g.source_type:
            c.source_type_ok += 1
            kc.found.source_type_ok += 1
        else:
            flag(
                "wrong type",
                f"gold {g.source_type} ({g.figure!r}), got {p.source_type} ({p.figure!r})",
            )
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_gold:
            report.issues.append(
                Issue(
                    "miss",
                    g.start,
                    excerpt(text, g.start, g.end),
                    f"{g.kind}, speaker {g.speaker!r}, figure {g.figure!r}",
                )
            )
    for pi, p in enumerate(predicted):
        if pi not in matched_pred:
            report.issues.append(
                Issue(
                    "false positive",
                    p.start,
                    excerpt(text, p.start, p.end),
                    f"{p.kind}, figure {p.figure!r}, rule {p.rule!r}",
                )
            )
    report.issues.sort(key=lambda i: i.start)
    return report


def excerpt(text: str, start: int, end: int) -> str:
    """The span on one line, shortened in the middle when long."""
    span = _SPACES.sub(" ", text[start:end]).strip()
    if len(span) > _EXCERPT:
        half = _EXCERPT // 2 - 2
        span = f"{span[:half]} … {span[-half:]}"
    return span


def gold_pairs(paths: Iterable[str | Path]) -> list[tuple[Path, Path]]:
    """(text, gold) file pairs from directories and files, in a stable order."""
    pairs: list[tuple[Path, Path]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for txt in sorted(path.glob("*.txt")):
                gold = txt.with_name(txt.stem + GOLD_SUFFIX)
                if gold.is_file():
                    pairs.append((txt, gold))
        elif path.is_file():
            if path.name.endswith(GOLD_SUFFIX):
                txt = path.with_name(path.name[: -len(GOLD_SUFFIX)] + ".txt")
                gold = path
            else:
                txt, gold = path, path.with_name(path.stem + GOLD_SUFFIX)
            if not (txt.is_file() and gold.is_file()):
                raise GoldError(f"{raw}: needs both {txt.name} and {gold.name}")
            pairs.append((txt, gold))
        else:
            raise GoldError(f"{raw}: no such file or directory")
    return pairs


def evaluate_paths(paths: Iterable[str | Path]) -> Report:
    """Analyse every text with a gold file under `paths` and score it."""
    report = Report()
    for txt, gold_path in gold_pairs(paths):
        try:
            doc = load(str(txt))
        except LoadError as exc:
            raise GoldError(str(exc)) from None
        gold = read_gold(gold_path, doc.text)
        analysis = analyze(doc.text, doc.body_start)
        report.add(score(txt.stem, doc.text, gold, analysis))
    return report


def _row(label: str, c: Counts, width: int) -> str:
    return (
        f"{label:<{width}} {c.gold:>5} {c.predicted:>5} {c.matched:>5} "
        f"{c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f} "
        f"{c.attribution:>6.3f} {c.source_type:>6.3f} {c.kind:>6.3f}"
    )


def format_report(report: Report, verbose: bool = False) -> str:
    """The report as a plain-text table (and the errors when verbose)."""
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
    if verbose:
        for file in report.files:
            if not file.issues:
                continue
            lines += ["", f"== {file.name}"]
            for issue in file.issues:
                lines.append(f"  {issue.what:<14} @{issue.start:<6} “{issue.excerpt}”")
                lines.append(f"  {'':<14}  {issue.detail}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m reader.evaluate",
        description="Score the attribution engine against NAME.txt + NAME.gold.json pairs.",
    )
    parser.add_argument("paths", nargs="+", help="directories or NAME.txt / NAME.gold.json files")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list misses and wrong answers"
    )
    args = parser.parse_args(argv)
    try:
        report = evaluate_paths(args.paths)
    except GoldError as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 1
    if not report.files:
        print("evaluate: no NAME.txt with a NAME.gold.json found", file=sys.stderr)
        return 1
    print(format_report(report, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
