"""The command line of `python -m reader.evaluate`.

`python -m reader.evaluate samples/dev [--rules] [--verbose]` scores NAME.txt +
NAME.gold.json pairs; `--gold DIR --texts DIR` scores a corpus kept in two
folders (gold/NAME.json, texts/NAME.txt), and `--predict DIR` also writes
each analysis there in the gold format, for another scorer.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.evaluate.gold import GoldError, corpus_pairs, gold_pairs
from reader.evaluate.report import format_report
from reader.evaluate.scoring import evaluate_pairs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m reader.evaluate",
        description="Score the attribution engine against NAME.txt + NAME.gold.json pairs.",
    )
    parser.add_argument("paths", nargs="*", help="directories or NAME.txt / NAME.gold.json files")
    parser.add_argument("--gold", type=Path, help="a corpus's gold folder (NAME.json)")
    parser.add_argument("--texts", type=Path, help="the same corpus's texts (NAME.txt)")
    parser.add_argument("--predict", type=Path, help="also write each analysis here")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list misses and wrong answers"
    )
    parser.add_argument(
        "--rules", action="store_true", help="per rule: claims made and their precision"
    )
    args = parser.parse_args(argv)
    if (args.gold is None) != (args.texts is None) or (args.gold is None and not args.paths):
        parser.error("give paths, or both --gold and --texts")
    try:
        report = evaluate_pairs(gold_pairs(args.paths), args.predict)
        if args.gold is not None:
            corpus = evaluate_pairs(
                corpus_pairs(args.gold, args.texts), args.predict, relocate=True
            )
            for file in corpus.files:
                report.add(file)
            report.unlocated += corpus.unlocated
    except GoldError as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 1
    if not report.files:
        print("evaluate: no NAME.txt with a NAME.gold.json found", file=sys.stderr)
        return 1
    print(format_report(report, args.verbose, args.rules))
    return 0
