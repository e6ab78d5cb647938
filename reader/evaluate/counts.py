"""Tallies of one scoring that add up across files, and the reports that hold them."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.analysis import KINDS


@dataclass(slots=True)
class Counts:
    """Tallies that add up across files; every score derives from them."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    attribution_ok: int = 0
    source_type_ok: int = 0
    #: Matched claims whose gold states a source type: what type accuracy is over.
    typed: int = 0
    kind_ok: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.attribution_ok += other.attribution_ok
        self.source_type_ok += other.source_type_ok
        self.typed += other.typed
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
        return self.source_type_ok / self.typed if self.typed else 0.0

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


@dataclass(slots=True)
class RuleCounts:
    """What one rule of the engine made: how many claims, how many were right.

    Precision is per claim the rule made: `matched` found a gold claim,
    `attributed` also gave it the right figure (right end to end).
    """

    made: int = 0
    matched: int = 0
    attributed: int = 0

    def add(self, other: RuleCounts) -> None:
        self.made += other.made
        self.matched += other.matched
        self.attributed += other.attributed

    @property
    def precision(self) -> float:
        return self.matched / self.made if self.made else 0.0

    @property
    def end_to_end(self) -> float:
        return self.attributed / self.made if self.made else 0.0


@dataclass(slots=True)
class FieldCounts:
    """One insight field (stance, channel, ...): gold and predicted signals, and
    those that agree. A signal is a value other than the default (a loaded
    stance, a channel, a reason for anonymity, a refusal to comment)."""

    gold: int = 0
    predicted: int = 0
    right: int = 0

    def add(self, other: FieldCounts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.right += other.right

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else (1.0 if not self.predicted else 0.0)


#: The insight fields scored, in report order.
INSIGHT_FIELDS = ("stance", "channel", "via", "anonymity", "no_comment")


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
    #: What each rule made and how much of it was right, by rule name.
    rules: dict[str, RuleCounts] = field(default_factory=dict)
    #: Insight fields, for a gold file annotated for them (else empty).
    insight: dict[str, FieldCounts] = field(default_factory=dict)


@dataclass(slots=True)
class Report:
    files: list[FileReport] = field(default_factory=list)
    total: Counts = field(default_factory=Counts)
    kinds: dict[str, KindCounts] = field(default_factory=lambda: {k: KindCounts() for k in KINDS})
    rules: dict[str, RuleCounts] = field(default_factory=dict)
    #: Gold claims whose words were not found in their text (left out).
    unlocated: int = 0
    insight: dict[str, FieldCounts] = field(default_factory=dict)
    #: Files whose gold is annotated for insight.
    insight_files: int = 0

    def add(self, file: FileReport) -> None:
        self.insight_files += bool(file.insight)
        for name, fc in file.insight.items():
            self.insight.setdefault(name, FieldCounts()).add(fc)
        self.files.append(file)
        self.total.add(file.counts)
        for kind, counts in file.kinds.items():
            self.kinds[kind].add(counts)
        for rule, made in file.rules.items():
            self.rules.setdefault(rule, RuleCounts()).add(made)
