"""Worst cases: crafted texts through `newsreader --export json`, speed and peak memory.

Run as `python benchmarks/bench_worst.py [--mb 2]`. Each case is written to
a temporary file and run through the installed command in a child process,
so the figures are what a user sees: wall time, throughput and the child's
peak resident memory. Targets: every case at least 0.5 MB/s, and peak
memory at most 40 times the input plus 100 MB. Plain prose from the samples
runs alongside as the yardstick.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
TARGET_MBPS = 0.5
RSS_PER_BYTE = 40
RSS_BASE = 100 * MB


def _prose(size: int) -> str:
    bodies = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*/*.txt"))]
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        parts += bodies
    return "\n\n".join(parts)[:size]


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: unit * (size // len(unit))


CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "prose (samples)": (".txt", _prose),
    '"he said" repeated': (".txt", _repeat("He said ")),
    '"said, " repeated': (".txt", _repeat("said, ")),
    '"according to" repeated': (".txt", _repeat("according to ")),
    "quotes in one paragraph": (".txt", _repeat('"We will not go back on this now," ')),
    "quote marks only": (".txt", _repeat('" ')),
    "sentence marks": (".txt", lambda n: "Anna Petrova said so. " + "." * n + " x"),
    "names in a row": (".txt", _repeat("Anna Petrova ")),
    "short lines, no blank line": (".txt", _repeat("Anna Petrova said the plan would fail\n")),
    "one word, no space": (".txt", lambda n: "a" * n),
    "blank lines only": (".txt", lambda n: "\n" * n),
    "unclosed <p>": (".html", lambda n: "<html><body>" + "<p>word said " * (n // 13)),
    "<pre> block": (".html", lambda n: "<html><body><pre>" + _prose(n) + "</pre>"),
    "<pre> repeated": (".html", _repeat("<pre>")),
    "nested <div>": (".html", lambda n: "<html><body>" + "<div>" * (n // 10) + "text said"),
}


#: The child's environment: an installed command runs from compiled bytecode,
#: so the children may write it (a shell with PYTHONDONTWRITEBYTECODE set
#: would otherwise charge every case for compiling the package again).
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_case(command: list[str], path: Path) -> tuple[float, float, int, int]:
    """Wall seconds, CPU seconds, exit status and peak resident bytes of one export.

    The CPU time (user and system) is what to compare on a shared machine,
    where the wall time also counts the other processes' turns.
    """
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        proc = subprocess.Popen([*command, "--export", "json", str(path)], stdout=sink, env=_ENV)
        _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, os.waitstatus_to_exitcode(status), usage.ru_maxrss * 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mb", type=float, default=2.0, help="size of each case in MB")
    parser.add_argument("--only", help="run only the cases whose name holds this")
    args = parser.parse_args(argv)
    command = [sys.executable, "-m", "reader"]
    size = int(args.mb * MB)
    print(
        f"{'case':<28} {'MB':>5} {'wall s':>7} {'cpu s':>6} {'MB/s':>6} {'peak MB':>8} "
        f"{'limit':>6}  verdict"
    )
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"
        warm.write_text("Anna Petrova said the plan would fail.", encoding="utf-8")
        run_case(command, warm)  # bytecode and caches in place, as after installing
        for name, (suffix, make) in CASES.items():
            if args.only and args.only not in name:
                continue
            path = Path(tmp) / f"case{suffix}"
            path.write_text(make(size), encoding="utf-8")
            megabytes = path.stat().st_size / MB
            seconds, cpu, code, peak = run_case(command, path)
            limit = RSS_PER_BYTE * path.stat().st_size + RSS_BASE
            ok = megabytes / seconds >= TARGET_MBPS and peak <= limit and code in (0, 1)
            failures += not ok
            print(
                f"{name:<28} {megabytes:>5.2f} {seconds:>7.2f} {cpu:>6.2f} "
                f"{megabytes / seconds:>6.2f} "
                f"{peak / MB:>8.0f} {limit / MB:>6.0f}  {'ok' if ok else 'MISSED'}"
                + (f" (exit {code})" if code else "")
            )
    print(f"targets: >= {TARGET_MBPS} MB/s, peak <= {RSS_PER_BYTE} x input + {RSS_BASE // MB} MB")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
