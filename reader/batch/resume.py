"""`--resume`: which inputs an earlier run already wrote, and its cut-off tail dropped.

An interrupted run can leave half a record at the end of its output (the
process was killed mid-write). That tail is cut off here and its article is
done again; everything before it is kept and the new records are appended.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator

from reader.batch.records import COLUMNS, record_path
from reader.batch.writers import pyarrow_modules


class ResumeError(Exception):
    """The output cannot be resumed safely; the message says why, in one line."""


def done_paths(path: str, fmt: str) -> set[str]:
    """Paths already in the output at `path`, after making its end whole."""
    if not os.path.exists(path) or (fmt != "parquet" and os.path.getsize(path) == 0):
        return set()
    if fmt == "jsonl":
        return _jsonl(path)
    if fmt == "csv":
        return _csv(path)
    return _parquet(path)


def _jsonl(path: str) -> set[str]:
    """Every complete line's path; a last line without its newline or not JSON is cut off."""
    done: set[str] = set()
    good_end = 0
    bad_line: int | None = None
    with open(path, "rb") as stream:
        for number, line in enumerate(stream, 1):
            if bad_line is not None:
                raise ResumeError(f"{path}: line {bad_line} is not a record; not resuming")
            try:
                record = json.loads(line) if line.endswith(b"\n") else None
            except ValueError:
                record = None
            if not isinstance(record, dict) or record_path(record) is None:
                bad_line = number  # only the last line may be cut short
                continue
            done.add(record_path(record) or "")
            good_end += len(line)
    _truncate(path, good_end)
    return done


def _csv(path: str) -> set[str]:
    """Paths of every article but the last, whose rows are cut off and redone.

    An article's rows are written in one piece, but a kill can still stop the
    write anywhere; redoing the last article is always safe. A line cut short
    goes first: a row cut inside its path would pass for another article's
    and mark the one before as done.
    """
    _truncate(path, _whole_lines_end(path))
    if os.path.getsize(path) == 0:
        return set()  # not even the header was whole: start again
    offsets = _LineOffsets(path)
    reader = csv.reader(offsets)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        header = []
    if tuple(header) != COLUMNS:
        raise ResumeError(
            f"{path}: not a newsreader claims table (unexpected header); not resuming"
        )
    done: set[str] = set()
    last_path, last_start = None, offsets.consumed
    while True:
        row_start = offsets.consumed
        try:
            row = next(reader)
        except (StopIteration, csv.Error):
            break
        if not row or row[0] == last_path:
            continue
        if last_path is not None:
            done.add(last_path)
        last_path, last_start = row[0], row_start
    offsets.close()
    _truncate(path, last_start)
    return done


class _LineOffsets:
    """The lines of a file as text, counting the bytes handed out so far."""

    def __init__(self, path: str) -> None:
        self._stream = open(path, "rb")  # noqa: SIM115  (closed by close())
        self.consumed = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self._stream.readline()
        if not line:
            raise StopIteration
        self.consumed += len(line)
        return line.decode("utf-8", errors="replace")

    def close(self) -> None:
        self._stream.close()


def _parquet(path: str) -> set[str]:
    _, pq = pyarrow_modules()
    try:
        table = pq.read_table(path, columns=["path"])
    except Exception as exc:
        raise ResumeError(
            f"{path}: not a readable Parquet file ({type(exc).__name__}); not resuming"
        ) from None
    return {p for p in table.column("path").to_pylist() if isinstance(p, str)}


def _whole_lines_end(path: str, chunk: int = 65536) -> int:
    """Where the file's last newline ends (0 when it has none)."""
    with open(path, "rb") as stream:
        end = stream.seek(0, os.SEEK_END)
        while end > 0:
            start = max(0, end - chunk)
            stream.seek(start)
            newline = stream.read(end - start).rfind(b"\n")
            if newline >= 0:
                return start + newline + 1
            end = start
    return 0


def _truncate(path: str, size: int) -> None:
    if os.path.getsize(path) > size:
        with open(path, "r+b") as stream:
            stream.truncate(size)
