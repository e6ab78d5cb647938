"""Throughput and memory of `newsreader batch` against one process per article.

Run as `python benchmarks/bench_batch.py` (add `--articles 20000 --only jobs2`
for the memory check on a large corpus). It writes a corpus of generated
articles of about 5 KB, each made of sample bodies under its own front
matter, into a temporary folder, then measures, in one run and side by side:

- a loop of `newsreader --export json FILE` processes, on a subset (the rate
  is per article, so the subset's rate stands for the whole corpus);
- `newsreader batch --jobs 1`, `--jobs 2`, and `--engine dask` on a 2-worker
  LocalCluster, over the whole corpus;

and prints articles per second (wall clock, with the CPU seconds beside it:
on a shared machine the wall clock is what other work leaves us), the ratios
against the targets, and the peak memory of each batch run (the sum over the
process and its workers, sampled every 0.1 s).

Targets: --jobs 1 at least 20x the process loop; --jobs 2 at least 1.7x
--jobs 1; Dask within 25% of --jobs 2; peak memory under 300 MB at any size.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.document import from_text

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_CHARS = 5000
OUTLETS = ["Harbour Times", "Valley Courier", "The Morning Ledger", "Coastline Post"]
TARGET_LOOP = 20.0
TARGET_JOBS2 = 1.7
TARGET_DASK = 0.75
TARGET_MB = 300


def sample_bodies() -> list[str]:
    bodies = []
    for path in sorted(ROOT.glob("samples/*/*.txt")):
        body = from_text(path.read_text(encoding="utf-8")).body.strip()
        if body:
            bodies.append(body)
    return bodies


def write_corpus(folder: Path, count: int) -> list[Path]:
    """`count` articles of about ARTICLE_CHARS characters, each a different mix of samples."""
    bodies = sample_bodies()
    paths = []
    for index in range(count):
        parts, size, turn = [], 0, index
        while size < ARTICLE_CHARS:
            body = bodies[turn % len(bodies)]
            parts.append(body)
            size += len(body)
            turn += 7
        head = (
            f"Title: Generated article {index}\n"
            f"Source: {OUTLETS[index % len(OUTLETS)]}\n"
            f"Date: 2026-{1 + index % 12:02d}-{1 + index % 28:02d}\n\n"
        )
        text = head + "\n\n".join(parts)[:ARTICLE_CHARS] + "\n"
        sub = folder / f"{index // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"article_{index:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def command() -> list[str]:
    script = Path(sys.executable).with_name("newsreader")
    return [str(script)] if script.exists() else [sys.executable, "-m", "reader"]


class PeakMemory:
    """The largest sum of RSS over a process and its descendants, sampled in a thread."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            self.peak = max(self.peak, _tree_rss(self.pid))


def _tree_rss(root: int) -> int:
    """Bytes resident in `root` and every process below it (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stream:
                fields = stream.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * page
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(pid, 0) for pid in tree)


@dataclass(slots=True)
class Run:
    name: str
    articles: int
    wall: float
    cpu: float
    peak_mb: float | None = None

    @property
    def rate(self) -> float:
        return self.articles / self.wall

    @property
    def cpu_rate(self) -> float:
        return self.articles / self.cpu if self.cpu else float("nan")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(name: str, articles: int, body: Callable[[], None]) -> Run:
    cpu, start = _children_cpu(), time.perf_counter()
    body()
    return Run(name, articles, time.perf_counter() - start, _children_cpu() - cpu)


def process_loop(paths: list[Path]) -> Run:
    def body() -> None:
        for path in paths:
            subprocess.run(
                [*command(), "--export", "json", str(path)],
                stdout=subprocess.DEVNULL,
                check=True,
            )

    return timed("process loop", len(paths), body)


def batch(name: str, corpus: Path, out: Path, count: int, *flags: str) -> Run:
    peak = 0

    def body() -> None:
        nonlocal peak
        args = [*command(), "batch", str(corpus), "--out", str(out), *flags]
        with subprocess.Popen(args, stderr=subprocess.DEVNULL) as proc, PeakMemory(proc.pid) as mem:
            code = proc.wait()
        if code != 0:
            raise SystemExit(f"{name}: newsreader batch exited {code}")
        peak = mem.peak

    run = timed(name, count, body)
    run.peak_mb = peak / 2**20
    return run


def report(runs: dict[str, Run]) -> None:
    heads = ("articles", "wall s", "art/s", "cpu s", "art/cpu s", "cores", "peak MB")
    print(f"{'run':<14} " + " ".join(f"{h:>9}" for h in heads))
    for run in runs.values():
        peak = f"{run.peak_mb:9.0f}" if run.peak_mb is not None else f"{'':>9}"
        print(
            f"{run.name:<14} {run.articles:>9} {run.wall:9.1f} {run.rate:9.1f} "
            f"{run.cpu:9.1f} {run.cpu_rate:9.1f} {run.cpu / run.wall:9.2f} {peak}"
        )
    print("(cores: CPU seconds per wall second; under 1 for --jobs 1, or under 2 for")
    print(" --jobs 2, means other work on the machine took the rest)")
    print()
    _ratio(runs, "jobs1", "loop", TARGET_LOOP, "--jobs 1 / process loop")
    _ratio(runs, "jobs2", "jobs1", TARGET_JOBS2, "--jobs 2 / --jobs 1")
    _ratio(runs, "dask", "jobs2", TARGET_DASK, "dask / --jobs 2")
    for run in runs.values():
        if run.peak_mb is not None:
            verdict = "ok" if run.peak_mb < TARGET_MB else "OVER"
            print(f"peak memory {run.name}: {run.peak_mb:.0f} MB (target < {TARGET_MB}) {verdict}")


def _ratio(runs: dict[str, Run], top: str, bottom: str, target: float, label: str) -> None:
    if top not in runs or bottom not in runs:
        return
    ratio = runs[top].rate / runs[bottom].rate
    cpu = runs[top].cpu_rate / runs[bottom].cpu_rate
    verdict = "ok" if ratio >= target else "UNDER"
    print(f"{label}: {ratio:.2f}x wall (target >= {target}x) {verdict}; per CPU second {cpu:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--loop", type=int, default=50, help="articles for the process loop")
    parser.add_argument(
        "--only", nargs="+", choices=("loop", "jobs1", "jobs2", "dask"), default=None
    )
    args = parser.parse_args()
    wanted = args.only or ["loop", "jobs1", "jobs2", "dask"]
    folder = Path(tempfile.mkdtemp(prefix="bench_batch_"))
    try:
        start = time.perf_counter()
        paths = write_corpus(folder / "corpus", args.articles)
        size = sum(p.stat().st_size for p in paths) / len(paths)
        print(
            f"corpus: {len(paths)} articles, {size / 1024:.1f} KB each on average, "
            f"written in {time.perf_counter() - start:.1f} s; {os.cpu_count()} cores"
        )
        runs: dict[str, Run] = {}
        corpus = folder / "corpus"
        if "loop" in wanted:
            runs["loop"] = process_loop(paths[: args.loop])
        if "jobs1" in wanted:
            runs["jobs1"] = batch(
                "--jobs 1", corpus, folder / "j1.jsonl", len(paths), "--jobs", "1"
            )
        if "jobs2" in wanted:
            runs["jobs2"] = batch(
                "--jobs 2", corpus, folder / "j2.jsonl", len(paths), "--jobs", "2"
            )
        if "dask" in wanted:
            runs["dask"] = batch(
                "dask 2 workers",
                corpus,
                folder / "dask.jsonl",
                len(paths),
                "--engine",
                "dask",
                "--jobs",
                "2",
            )
        report(runs)
        outputs = [
            folder / n for n in ("j1.jsonl", "j2.jsonl", "dask.jsonl") if (folder / n).exists()
        ]
        same = len({o.read_bytes() for o in outputs}) <= 1
        print(f"outputs identical across engines: {'yes' if same else 'NO'}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
