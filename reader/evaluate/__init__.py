"""Accuracy of the attribution engine against hand-made gold files.

`python -m reader.evaluate samples/ [more dirs or files]` scores every
NAME.txt that has a NAME.gold.json beside it: detection by precision, recall
and F1; attribution and source type by accuracy over matched claims, overall
and by the gold claim's kind; with `--rules`, the precision of each rule of
the engine (see `reader.analysis.rules`).
"""

from reader.evaluate.cli import main
from reader.evaluate.counts import Counts, FileReport, Issue, KindCounts, Report, RuleCounts
from reader.evaluate.gold import (
    GOLD_SUFFIX,
    GoldClaim,
    GoldError,
    gold_pairs,
    normalise_name,
    read_gold,
)
from reader.evaluate.report import PRECISION_FLOOR, format_report, format_rules
from reader.evaluate.scoring import (
    attribution_ok,
    evaluate_paths,
    excerpt,
    match,
    overlap,
    predicted_names,
    score,
)

__all__ = [
    "GOLD_SUFFIX",
    "PRECISION_FLOOR",
    "Counts",
    "FileReport",
    "GoldClaim",
    "GoldError",
    "Issue",
    "KindCounts",
    "Report",
    "RuleCounts",
    "attribution_ok",
    "evaluate_paths",
    "excerpt",
    "format_report",
    "format_rules",
    "gold_pairs",
    "main",
    "match",
    "normalise_name",
    "overlap",
    "predicted_names",
    "read_gold",
    "score",
]
