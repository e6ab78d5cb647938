"""Throughput of the attribution engine on a 1 MB and a 4 MB article.

Run as `python benchmarks/bench_analysis.py`. The articles repeat the texts
of samples/ (or a generated article when there are none), so the mix of
quotes, names and narration is the one the engine is tuned on. The ratio of
the two times shows whether the work grows linearly with the text: the
target is at most 4.8 for four times the text.

`analyze` runs in one process (the caller's); the target is 1 MB/s there.
The last line measures, side by side, what switching the garbage collector
off around an analysis would save: the library leaves the collector alone,
and this shows whether an entry point that owns its process should not.
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import sys
import time
from pathlib import Path

from reader.analysis import analyze
from reader.document import from_text

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
TARGET_MBPS = 1.0
TARGET_RATIO = 4.8

_NAMES = ["Anna Petrova", "Dmitry Peskov", "Jane Doe", "Oluwaseun Adeyemi", "Carlos de la Vega"]
_ROLES = ["a spokeswoman for the ministry", "the foreign minister", "an analyst at the bank"]
_VERBS = ["said", "told reporters", "added", "explained", "insisted", "wrote"]


def sample_texts(folder: Path) -> list[str]:
    """Bodies of the sample articles, front matter left out."""
    texts = []
    for path in sorted(folder.rglob("*.txt")):
        doc = from_text(path.read_text(encoding="utf-8", errors="replace"))
        if doc.body.strip():
            texts.append(doc.body.strip())
    return texts


def generated_text(seed: int = 7) -> str:
    """A newsy article of quotes, reported speech and narration, made up."""
    rng = random.Random(seed)
    paragraphs = []
    for _ in range(60):
        name, role, verb = rng.choice(_NAMES), rng.choice(_ROLES), rng.choice(_VERBS)
        surname = name.split()[-1]
        paragraphs += [
            f"“We have no knowledge of such talks,” {name}, {role}, {verb}.",
            f"According to {surname}, the agreement was signed on {rng.randint(1, 28)} May.",
            "The talks resumed on Monday after a pause of several weeks in the capital.",
            'A source close to the negotiations said that "nothing is agreed yet."',
            f"{surname} {verb} that the deal would be reviewed, adding: “It is not final.”",
        ]
    return "\n\n".join(paragraphs)


def build_article(pieces: list[str], size: int) -> str:
    """Repeat the pieces, separated by blank lines, to at least `size` characters."""
    parts: list[str] = []
    total = 0
    while total < size:
        for piece in pieces:
            parts.append(piece)
            total += len(piece) + 2
            if total >= size:
                break
    return "\n\n".join(parts)


def best_time(text: str, repeats: int) -> tuple[float, float, int]:
    """Best wall and CPU times of `repeats` runs, and the number of claims found.

    CPU time is shown too because the machine is shared: when other jobs
    compete for the cores, wall time grows but CPU time does not. It counts
    finished children too, so it is the work done, not the wait.
    """
    best = best_cpu = float("inf")
    claims = 0
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), _cpu()
        analysis = analyze(text, 0)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, _cpu() - c0)
        claims = len(analysis.claims)
    return best, best_cpu, claims


def _with_and_without_collector(text: str, repeats: int) -> tuple[float, float]:
    """Best wall times with the collector on and off, alternated so load hits both alike."""
    on = off = float("inf")
    for _ in range(repeats):
        for enabled in (True, False):
            if not enabled:
                gc.disable()
            try:
                t0 = time.perf_counter()
                analyze(text, 0)
                took = time.perf_counter() - t0
            finally:
                gc.enable()
            if enabled:
                on = min(on, took)
            else:
                off = min(off, took)
    return on, off


def _cpu() -> float:
    """CPU seconds of this process and of its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)

    pieces = sample_texts(args.samples) if args.samples.is_dir() else []
    origin = f"{len(pieces)} sample texts from {args.samples}"
    if not pieces:
        pieces, origin = [generated_text()], "a generated article (no samples found)"
    print(f"articles built from {origin}; best of {args.repeats} runs")

    results = []
    for megabytes in (1, 4):
        text = build_article(pieces, megabytes * MB)
        seconds, cpu, claims = best_time(text, args.repeats)
        size_mb = len(text.encode("utf-8")) / MB
        results.append((megabytes, seconds, cpu, size_mb / seconds, size_mb / cpu, claims))

    print(
        f"{'article':>8} {'wall s':>8} {'MB/s':>7} {'cpu s':>8} {'MB/s':>7} {'claims':>7}   target"
    )
    for megabytes, seconds, cpu, mbps, cpu_mbps, claims in results:
        mark = "ok" if mbps >= TARGET_MBPS else "BELOW"
        print(
            f"{megabytes:>6} MB {seconds:>8.3f} {mbps:>7.2f} {cpu:>8.3f} {cpu_mbps:>7.2f} "
            f"{claims:>7}   >= {TARGET_MBPS} MB/s (wall) {mark}"
        )
    on, off = _with_and_without_collector(build_article(pieces, MB), args.repeats)
    print(
        f"1 MB with the collector on {on:.3f} s, off {off:.3f} s: "
        f"off saves {100 * (on - off) / on:.1f}%"
    )
    ratio = results[1][1] / results[0][1]
    cpu_ratio = results[1][2] / results[0][2]
    mark = "ok" if ratio <= TARGET_RATIO else "ABOVE"
    print(
        f"time(4 MB) / time(1 MB) = {ratio:.2f} wall, {cpu_ratio:.2f} cpu   "
        f"target <= {TARGET_RATIO} (wall) {mark}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
