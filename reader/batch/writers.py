"""Writing records as they come: JSON Lines, a CSV claims table, or Parquet.

Each record is written whole and flushed before the next, so an interrupted
run leaves a file that is valid up to its last complete record (JSON Lines,
CSV). Parquet is only valid once its footer is written: it is written to
`OUT.partial` and renamed over `OUT` when closed, which an interruption by
Ctrl-C still does.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from typing import IO, Any, Protocol

from reader.batch.records import COLUMNS, INT_COLUMNS, Line, rows

FORMATS = ("jsonl", "csv", "parquet")
#: Articles buffered per Parquet row group: large enough for compact files,
#: small enough that the buffer stays a few MB.
PARQUET_GROUP = 256


class MissingExtra(Exception):
    """An optional dependency is not installed; the message says how to install it."""


class Writer(Protocol):
    def write(self, line: Line) -> None: ...
    def close(self) -> None: ...


class JsonlWriter:
    """One record a line, in the export schema, flushed line by line."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, line: Line) -> None:
        self._stream.write(line.text)
        self._stream.flush()

    def close(self) -> None:
        self._stream.flush()


class CsvWriter:
    """The claims table; one article's rows are written in one piece."""

    def __init__(self, stream: IO[str], header: bool) -> None:
        self._stream = stream
        if header:
            self._stream.write(_csv_text([dict(zip(COLUMNS, COLUMNS, strict=True))]))
            self._stream.flush()

    def write(self, line: Line) -> None:
        self._stream.write(_csv_text(rows(line.record())))
        self._stream.flush()

    def close(self) -> None:
        self._stream.flush()


def _csv_text(table: Iterator[dict[str, Any]] | list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writerows(table)
    return buffer.getvalue()


def pyarrow_modules() -> tuple[Any, Any]:
    """`pyarrow` and `pyarrow.parquet`, or MissingExtra with the install line."""
    try:
        import pyarrow  # type: ignore[import-untyped,unused-ignore]
        import pyarrow.parquet  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        raise MissingExtra("Parquet needs pyarrow: pip install 'newsreader[parquet]'") from None
    return pyarrow, pyarrow.parquet


def parquet_schema() -> Any:
    pa, _ = pyarrow_modules()
    return pa.schema(
        [(name, pa.int64() if name in INT_COLUMNS else pa.string()) for name in COLUMNS]
    )


class ParquetWriter:
    """The claims table in Parquet, a row group every PARQUET_GROUP articles.

    `keep` is an existing table to carry over (`--resume`), copied batch by
    batch into the new file before the new records.
    """

    def __init__(self, path: str, keep: str | None = None) -> None:
        pa, pq = pyarrow_modules()
        self._pa = pa
        self._path = path
        self._partial = path + ".partial"
        self._schema = parquet_schema()
        self._writer = pq.ParquetWriter(self._partial, self._schema)
        self._rows: list[dict[str, Any]] = []
        self._articles = 0
        if keep is not None:
            for batch in pq.ParquetFile(keep).iter_batches():
                self._writer.write_batch(batch.cast(self._schema))

    def write(self, line: Line) -> None:
        self._rows.extend(rows(line.record()))
        self._articles += 1
        if self._articles >= PARQUET_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            table = self._pa.Table.from_pylist(self._rows, schema=self._schema)
            self._writer.write_table(table)
        self._rows, self._articles = [], 0

    def close(self) -> None:
        self._flush()
        self._writer.close()
        os.replace(self._partial, self._path)
