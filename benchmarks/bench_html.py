"""Web extraction accuracy on two public benchmarks, extractors side by side in one run.

Run as `python benchmarks/bench_html.py --scrapinghub DIR --trafilatura DIR`, where
the first is a checkout of scrapinghub/article-extraction-benchmark (its `html/`
pages and `ground-truth.json`) and the second holds trafilatura's `tests/`
folder (`evaldata.json` with pages under `cache/` and `eval/`). Neither is kept
in this repository. Each benchmark is scored its own way:

- ScrapingHub: word 4-gram (shingle) counts per page, normalised per page, then
  precision and recall averaged over pages and F1 from those two averages.
- trafilatura: a page's expected snippets ("with") must occur in the extracted
  text and its unwanted ones ("without") must not, after whitespace is folded;
  counts are summed over pages.

On trafilatura's set the date and author read from the page are checked against
its annotations: "found" on pages that have one, "right" among those found.
Extractors: `reader.web` (what `newsreader` reads a page with) and, when it is
installed, `trafilatura` given the raw bytes with comments off and tables on,
as in its own evaluation: the reference to reach. Ours is scored on the
article's paragraphs without the headline it puts first: the benchmarks'
expected texts are article bodies, and trafilatura's text does not add the
title either.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean

from reader.decoding import decode
from reader.publication import Metadata

#: An extractor: raw page bytes to (text, metadata).
Extractor = Callable[[bytes], tuple[str, Metadata]]
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def _ours(data: bytes) -> tuple[str, Metadata]:
    from reader import web

    text, _ = decode(data, "page")
    _, body, meta = web.extract_parts(text)
    return body, meta


def _trafilatura() -> Extractor | None:
    try:
        import trafilatura  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None

    def run(data: bytes) -> tuple[str, Metadata]:
        found = trafilatura.bare_extraction(
            data, include_comments=False, include_tables=True, with_metadata=True
        )
        if found is None or isinstance(found, dict):
            return "", Metadata()
        return found.text or "", Metadata(
            title=found.title, author=found.author, date=found.date, url=found.url
        )

    return run


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text)
    return Counter(tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3)) if words[i:])


def _shingle_counts(true: str, pred: str) -> tuple[float, float, float]:
    """ScrapingHub's per-page true/false positives and misses, normalised to sum to one."""
    want, got = _shingles(true), _shingles(pred)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _ratio(part: float, other: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return part / (part + other) if part + other else 0.0


@dataclass(slots=True)
class Score:
    """One extractor's tallies on one benchmark."""

    pages: list[tuple[float, float, float]] = field(default_factory=list)
    tp: int = 0
    fp: int = 0
    fn: int = 0
    dates: list[tuple[bool, bool]] = field(default_factory=list)
    authors: list[tuple[bool, bool]] = field(default_factory=list)
    seconds: float = 0.0
    failures: int = 0

    def shingle_prf(self) -> tuple[float, float, float]:
        precision = mean(_ratio(tp, fp, fp, fn) for tp, fp, fn in self.pages if tp + fp > 0)
        recall = mean(_ratio(tp, fn, fp, fn) for tp, fp, fn in self.pages if tp + fn > 0)
        return precision, recall, 2 * precision * recall / (precision + recall)

    def snippet_prf(self) -> tuple[float, float, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return precision, recall, 2 * self.tp / (2 * self.tp + self.fp + self.fn)


def _timed(run: Extractor, data: bytes, score: Score) -> tuple[str, Metadata]:
    start = time.perf_counter()
    try:
        return run(data)
    except Exception:  # a crash is a miss, as in both benchmarks' own scoring
        score.failures += 1
        return "", Metadata()
    finally:
        score.seconds += time.perf_counter() - start


def scrapinghub(root: Path, extractors: dict[str, Extractor]) -> dict[str, Score]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    scores = {name: Score() for name in extractors}
    for key in sorted(truth):
        data = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        for name, run in extractors.items():
            text, _ = _timed(run, data, scores[name])
            scores[name].pages.append(_shingle_counts(truth[key].get("articleBody", ""), text))
    return scores


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _same_author(gold: str, found: str) -> bool:
    def names(value: str) -> set[str]:
        value = re.sub(r"^\s*by\s+", "", value, flags=re.IGNORECASE)
        return {_fold(n).casefold() for n in re.split(r";|,|\band\b|&", value) if n.strip()}

    return names(gold) == names(found)


def _pages(root: Path) -> Iterator[tuple[dict[str, object], bytes]]:
    for _, item in sorted(json.loads((root / "evaldata.json").read_text("utf-8")).items()):
        for sub in ("cache", "eval"):
            path = root / sub / str(item["file"])
            if path.is_file():
                yield item, path.read_bytes()
                break


def trafilatura_set(root: Path, extractors: dict[str, Extractor]) -> dict[str, Score]:
    scores = {name: Score() for name in extractors}
    for item, data in _pages(root):
        withs, withouts = item["with"], item["without"]
        assert isinstance(withs, list) and isinstance(withouts, list)
        gold_date, gold_author = item.get("date") or "", item.get("author") or ""
        if isinstance(gold_author, list):
            gold_author = "; ".join(gold_author)
        for name, run in extractors.items():
            text, meta = _timed(run, data, scores[name])
            score, folded = scores[name], _fold(text)
            hits = sum(_fold(w) in folded for w in withs)
            score.tp, score.fn = score.tp + hits, score.fn + len(withs) - hits
            score.fp += sum(_fold(w) in folded for w in withouts)
            if gold_date:
                found = meta.date or ""
                score.dates.append((bool(found), found[:10] == gold_date))
            if gold_author:
                got = meta.author or ""
                score.authors.append((bool(got), bool(got) and _same_author(str(gold_author), got)))
    return scores


def _rates(pairs: list[tuple[bool, bool]]) -> str:
    found = sum(f for f, _ in pairs)
    right = sum(r for _, r in pairs)
    if not pairs:
        return "    -"
    return f"{found / len(pairs):4.0%} found, {right / max(found, 1):4.0%} right"


def report(title: str, scores: dict[str, Score], shingles: bool) -> None:
    print(f"\n{title}")
    print(f"  {'extractor':<13} {'F1':>6} {'prec.':>6} {'recall':>6} {'s':>6}  date / author")
    for name, score in scores.items():
        p, r, f1 = score.shingle_prf() if shingles else score.snippet_prf()
        extra = f"  date {_rates(score.dates)}; author {_rates(score.authors)}"
        crashed = f"  ({score.failures} crashed)" if score.failures else ""
        print(f"  {name:<13} {f1:6.3f} {p:6.3f} {r:6.3f} {score.seconds:6.1f}{extra}{crashed}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--scrapinghub", type=Path, help="article-extraction-benchmark checkout")
    parser.add_argument("--trafilatura", type=Path, help="trafilatura's tests/ folder")
    parser.add_argument("--only", action="append", help="run only these extractors")
    args = parser.parse_args()
    extractors: dict[str, Extractor] = {"reader.web": _ours}
    library = _trafilatura()
    if library is not None:
        extractors["trafilatura"] = library
    if args.only:
        extractors = {k: v for k, v in extractors.items() if k in args.only}
    if args.scrapinghub:
        report(
            "ScrapingHub (181 pages, word 4-gram F1)",
            scrapinghub(args.scrapinghub, extractors),
            True,
        )
    if args.trafilatura:
        scores = trafilatura_set(args.trafilatura, extractors)
        report("trafilatura eval set (snippets)", scores, False)


if __name__ == "__main__":
    main()
