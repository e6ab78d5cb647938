"""The command line of `python -m reader.evaluate samples/ [--rules] [--verbose]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reader.evaluate.gold import GoldError
from reader.evaluate.report import format_report
from reader.evaluate.scoring import evaluate_paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m reader.evaluate",
        description="Score the attribution engine against NAME.txt + NAME.gold.json pairs.",
    )
    parser.add_argument("paths", nargs="+", help="directories or NAME.txt / NAME.gold.json files")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list misses and wrong answers"
    )
    parser.add_argument(
        "--rules", action="store_true", help="per rule: claims made and their precision"
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
    print(format_report(report, args.verbose, args.rules))
    return 0
