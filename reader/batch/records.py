"""One article to one record: what each worker does, and the flat claims table.

A record is the JSON export of the article (reader/export.py's `to_dict`, the
schema in docs/design.md), or `{"path": ..., "error": ...}` when the file
could not be read or analysed. The claims table (CSV and Parquet) is the same
records flattened: one row per claim with the article's path and metadata,
one row with empty claim columns for an article without claims, and one
row with `error` set for a failure, so every input is in the table once at
least and `--resume` and `stats` can read it back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, NamedTuple, cast

from reader import api
from reader.cleaning import clean_line
from reader.document import Document, LoadError
from reader.export import to_dict

Record = dict[str, Any]

#: Columns of the claims table, in order; claim columns are empty on a
#: claimless article's row and on a failure's row.
COLUMNS: tuple[str, ...] = (
    "path",
    "title",
    "outlet",
    "author",
    "date",
    "url",
    "error",
    "claim_id",
    "start",
    "end",
    "kind",
    "source_type",
    "figure",
    "speaker",
    "cue",
    "stance",
    "channel",
    "via",
    "content",
)
#: Columns holding integers (None when empty); every other column is text.
INT_COLUMNS = frozenset({"claim_id", "start", "end"})

_ENCODER = json.JSONEncoder(ensure_ascii=False)


def analyse_path(path: str) -> Record:
    """The record of the article at `path`; never raises for a bad file."""
    if path == "-":
        return failure(path, "-: standard input lists the paths; it is not an article here")
    try:
        document = api.load(path)
    except LoadError as exc:
        return failure(path, str(exc))
    except Exception as exc:
        return failure(path, f"cannot be loaded: {type(exc).__name__}: {exc}")
    return _analysed(path, document)


def _analysed(path: str, document: Document) -> Record:
    try:
        # errors="record": a failed paragraph is listed under "problems", as in --export.
        return to_dict(document, api.analyze(document, errors="record"))
    except Exception as exc:  # a failure outside the analysis's own guard
        return failure(path, f"cannot be analysed: {type(exc).__name__}: {exc}")


def failure(path: str, error: str) -> Record:
    return {"path": clean_line(path), "error": " ".join(clean_line(error).split())}


def record_path(record: Record) -> str | None:
    """The input path a record stands for (what `--resume` matches on)."""
    holder = record if "error" in record else (record.get("article") or {})
    path = holder.get("path")
    return path if isinstance(path, str) else None


def to_line(record: Record) -> str:
    """The record as one JSON line, the same bytes whichever engine made it."""
    return _ENCODER.encode(record) + "\n"


class Line(NamedTuple):
    """A record as its JSON line, as workers send it back.

    One str pickles several times faster than the tree of dicts it encodes,
    and the JSON Lines writer only has to write it.
    """

    text: str
    failed: bool

    def record(self) -> Record:
        return cast(Record, json.loads(self.text))


def encode(record: Record) -> Line:
    return Line(to_line(record), "error" in record)


def analyse_to_line(path: str) -> Line:
    """`analyse_path`, encoded where it ran (in the worker)."""
    return encode(analyse_path(path))


def rows(record: Record) -> Iterator[dict[str, Any]]:
    """The record as rows of the claims table (COLUMNS)."""
    base: dict[str, Any] = dict.fromkeys(COLUMNS)
    if "error" in record:
        yield base | {"path": record.get("path"), "error": record["error"]}
        return
    article = record["article"]
    base |= {key: article.get(key) for key in ("path", "title", "outlet", "author", "date", "url")}
    claims = record["claims"]
    if not claims:
        yield base
    for claim in claims:
        yield base | {
            "claim_id": claim["id"],
            "start": claim["start"],
            "end": claim["end"],
            "kind": claim["kind"],
            "source_type": claim["source_type"],
            "figure": claim["figure"],
            "speaker": (claim["speaker"] or {}).get("text"),
            "cue": (claim["cue"] or {}).get("text"),
            "stance": claim.get("stance"),
            "channel": claim.get("channel"),
            "via": claim.get("via"),
            "content": claim["content"],
        }
