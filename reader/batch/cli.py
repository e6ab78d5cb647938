"""`newsreader batch` and `newsreader stats`: the command lines of the corpus tools.

reader/cli.py hands over when the first argument is `batch` or `stats` (a
file of that name opens as `./batch`). Errors are one line on stderr; a
file that fails is a record in the output, never the end of the run.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Generator, Sequence
from contextlib import closing
from typing import IO

from reader.batch.inputs import expand
from reader.batch.progress import Progress
from reader.batch.records import Line, analyse_to_line
from reader.batch.resume import ResumeError, done_paths
from reader.batch.stats import StatsError
from reader.batch.writers import (
    FORMATS,
    CsvWriter,
    JsonlWriter,
    MissingExtra,
    ParquetWriter,
    Writer,
)
from reader.cleaning import clean, clean_line

BATCH_EPILOG = """\
examples:
  newsreader batch articles/ --out out.jsonl          every article under a folder
  newsreader batch 'news/**/*.html' --jobs 4 --out o.jsonl
  find . -name '*.txt' | newsreader batch - --out out.jsonl
  newsreader batch articles/ --out out.jsonl --resume  go on after an interruption
  newsreader batch articles/ --format csv --out claims.csv
  newsreader batch articles/ --engine dask --out o.jsonl   a local Dask cluster
  newsreader batch /shared/news --engine dask --scheduler tcp://HOST:8786 --out o.jsonl

A file that cannot be read or analysed becomes {"path": ..., "error": ...};
the exit status is 1 when any did. To read a file named batch: newsreader ./batch
"""

STATS_EPILOG = """\
examples:
  newsreader stats out.jsonl                      one row per outlet
  newsreader stats out.jsonl --by date --format markdown
  newsreader stats claims.parquet --by file --format csv > per-file.csv
"""


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line on usage errors."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {_shown(message)} (see --help)\n")


class _UsageError(Exception):
    """Arguments that do not go together."""


def _shown(text: str) -> str:
    return " ".join(clean(text).split())


def _say(line: str) -> None:
    print(f"newsreader: {_shown(line)}", file=sys.stderr)


def _jobs_default() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def batch_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="newsreader batch",
        description="Analyse many articles: one record per article, in input order.",
        epilog=BATCH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "paths",
        metavar="PATH",
        nargs="+",
        help="a file, a folder (recursed), a glob, or - for a list of paths on stdin",
    )
    p.add_argument("--out", metavar="FILE", help="output file (default: stdout; Parquet needs one)")
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="jsonl",
        help="jsonl: the export, one article a line (default); csv, parquet: a claims table",
    )
    p.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: one per core)")
    p.add_argument(
        "--resume", action="store_true", help="skip inputs already in --out and append the rest"
    )
    p.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: worker processes here (default); dask: a Dask cluster",
    )
    p.add_argument(
        "--scheduler", metavar="ADDRESS", help="a running Dask scheduler (default: a LocalCluster)"
    )
    return p


def _open_writer(args: argparse.Namespace) -> Writer:
    fmt, out, resume = args.format, args.out, args.resume
    if fmt == "parquet":
        return ParquetWriter(out, keep=out if resume and os.path.exists(out) else None)
    stream: IO[str]
    if out is None:
        stream = _stdout()
    else:
        stream = open(out, "a" if resume else "w", encoding="utf-8", newline="")  # noqa: SIM115
    if fmt == "csv":
        return CsvWriter(stream, header=stream.tell() == 0 if out else True)
    return JsonlWriter(stream)


def _stdout() -> IO[str]:
    """Standard output as UTF-8 whatever the locale, left open when we are done."""
    sys.stdout.flush()
    try:
        return open(sys.stdout.fileno(), "w", encoding="utf-8", newline="", closefd=False)
    except (OSError, ValueError, io.UnsupportedOperation):  # a replaced sys.stdout (tests)
        return sys.stdout


def _check(args: argparse.Namespace) -> None:
    if args.jobs is not None and args.jobs < 1:
        raise _UsageError("--jobs must be at least 1")
    if args.out is None and (args.format == "parquet" or args.resume):
        raise _UsageError(f"{'--resume' if args.resume else '--format parquet'} needs --out FILE")
    if args.scheduler and args.engine != "dask":
        raise _UsageError("--scheduler goes with --engine dask")


def _records(args: argparse.Namespace, paths: list[str]) -> Generator[Line, None, None]:
    """The engine's records; a local pool starts here, a Dask cluster on the first record."""
    jobs = args.jobs or _jobs_default()
    if args.engine == "dask":
        from reader.batch.dask_engine import dask_map

        return dask_map(paths, args.scheduler, jobs)
    from reader.batch.workers import ordered_map

    return ordered_map(analyse_to_line, paths, jobs)


def _is_output(path: str, out: str | None) -> bool:
    """The output file itself, found among the inputs (a .txt output inside the corpus)."""
    return out is not None and os.path.exists(out) and os.path.samefile(path, out)


def _run(records: Generator[Line, None, None], writer: Writer, total: int) -> Progress | None:
    """Write every record as it comes; None when Ctrl-C stopped the run."""
    with Progress(total) as progress, closing(records):
        try:
            for line in records:
                writer.write(line)
                progress.advance(failed=line.failed)
        except KeyboardInterrupt:
            _say(
                f"interrupted after {progress.done} articles; the output is whole up to the "
                "last one (--resume goes on)"
            )
            return None
    return progress


def run_batch(argv: Sequence[str]) -> int:
    args = batch_parser().parse_args(argv)
    _check(args)
    paths = [path for path in expand(args.paths) if not _is_output(path, args.out)]
    done = done_paths(args.out, args.format) if args.resume else set()
    todo = [path for path in paths if clean_line(path) not in done]
    if args.engine == "dask":
        from reader.batch.dask_engine import distributed_module

        distributed_module()  # not installed: say so before the output is opened
    writer = _open_writer(args)
    try:
        progress = _run(_records(args, todo), writer, len(todo))
    finally:
        writer.close()
    if progress is None:
        return 130
    skipped = f", {len(paths) - len(todo)} already in {args.out}" if done else ""
    failed = f', {progress.failed} failed (records with an "error")' if progress.failed else ""
    articles = "1 article" if progress.done == 1 else f"{progress.done} articles"
    _say(f"{articles} analysed at {progress.rate:.1f}/s{skipped}{failed}")
    return 1 if progress.failed else 0


def stats_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="newsreader stats",
        description="Sourcing statistics of a batch output (JSON Lines, CSV or Parquet), by group.",
        epilog=STATS_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "output", metavar="OUT", help="a `newsreader batch` output: JSON Lines, CSV or Parquet"
    )
    p.add_argument(
        "--by", choices=("outlet", "date", "file"), default="outlet", help="group (default: outlet)"
    )
    p.add_argument(
        "--format", choices=("table", "csv", "markdown"), default="table", help="(default: table)"
    )
    p.add_argument("--top", type=int, default=3, metavar="N", help="top figures shown per group")
    return p


def run_stats(argv: Sequence[str]) -> int:
    from reader.batch import stats
    from reader.batch.stats_render import render

    args = stats_parser().parse_args(argv)
    if args.top < 0:
        raise _UsageError("--top must be 0 or more")
    summary = stats.summarise(stats.read_articles(args.output), args.by)
    sys.stdout.write(render(summary, args.format, args.top))
    return 0


def main(argv: Sequence[str]) -> int:
    """`argv` starts with `batch` or `stats`; returns the exit status."""
    command, rest = argv[0], argv[1:]
    try:
        return run_batch(rest) if command == "batch" else run_stats(rest)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except _UsageError as exc:
        _say(f"error: {exc}")
        return 2
    except (MissingExtra, ResumeError, StatsError) as exc:
        _say(str(exc))
        return 1
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        _say(f"{exc.filename or 'output'}: {exc.strerror or exc}")
        return 1
    except Exception as exc:  # never a traceback
        _say(f"internal error while running {command}: {type(exc).__name__}: {exc}")
        return 1
