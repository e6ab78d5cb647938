"""`newsreader stats`: how a corpus sources its claims, per outlet, date or file.

Reads a batch output (JSON Lines, CSV or Parquet) one article at a time; all
are first turned into the rows of the claims table (records.rows), so the
formats give the same figures. Memory grows with the number of groups, not
of articles (except `--by file`, one group per article).
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from reader.analysis.model import SOURCE_TYPES
from reader.batch.records import COLUMNS, INT_COLUMNS, rows

Row = dict[str, Any]
UNKNOWN = {"outlet": "(unknown outlet)", "date": "(undated)", "file": "(no path)"}


class StatsError(Exception):
    """The input is not a batch output; the message says why, in one line."""


@dataclass(slots=True)
class Group:
    """Counts for one group of articles."""

    name: str
    articles: int = 0
    claims: int = 0
    direct: int = 0
    #: Claims whose cue is loaded (a stance other than neutral: "claimed", "admitted").
    loaded: int = 0
    by_type: Counter[str] = field(default_factory=Counter)
    #: Distinct unnamed sources quoted, summed over the articles.
    unnamed: int = 0
    #: Claims per figure (unnamed sources left out: their names are per article).
    figures: Counter[str] = field(default_factory=Counter)

    def add(self, article: list[Row]) -> None:
        self.articles += 1
        claims = [row for row in article if row["claim_id"] is not None]
        self.claims += len(claims)
        self.direct += sum(row["kind"] == "direct" for row in claims)
        self.loaded += sum(row["stance"] not in (None, "neutral") for row in claims)
        self.by_type.update(row["source_type"] for row in claims)
        anonymous = {row["figure"] for row in claims if row["source_type"] == "anonymous"}
        self.unnamed += len(anonymous - {None})
        self.figures.update(
            row["figure"] for row in claims if row["figure"] and row["source_type"] != "anonymous"
        )

    def share(self, count: int) -> float | None:
        return count / self.claims if self.claims else None

    def top(self, n: int) -> list[tuple[str, int]]:
        return sorted(self.figures.items(), key=lambda item: (-item[1], item[0]))[:n]


@dataclass(slots=True)
class Summary:
    """The groups in display order, the whole corpus, and the failures left out."""

    by: str
    groups: list[Group]
    total: Group
    failed: int


def read_articles(path: str) -> Iterator[list[Row]]:
    """Each article of a batch output as its rows of the claims table."""
    try:
        with open(path, "rb") as stream:
            magic = stream.read(4)
    except OSError as exc:
        raise StatsError(f"{path}: {exc.strerror or exc}") from None
    if magic == b"PAR1":
        return _parquet_articles(path)
    if magic == b"path":  # the CSV claims table's header
        return _csv_articles(path)
    return _jsonl_articles(path)


def _jsonl_articles(path: str) -> Iterator[list[Row]]:
    with open(path, encoding="utf-8", errors="replace") as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                yield list(rows(record))
            except (ValueError, KeyError, TypeError, AttributeError):
                # Only a last line after whole records can be one cut short by an
                # interrupted run (not counted); anything else is not our output.
                if line.endswith("\n") or number == 1:
                    raise StatsError(
                        f"{path}: line {number} is not a newsreader batch record"
                    ) from None


def _csv_articles(path: str) -> Iterator[list[Row]]:
    with open(path, encoding="utf-8", errors="replace", newline="") as stream:
        reader = csv.DictReader(stream)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise StatsError(f"{path}: not a newsreader claims table (its header)")
        yield from _grouped(_typed(row) for row in reader)


def _typed(row: dict[str, str]) -> Row:
    """A CSV row with empty cells as None and the integer columns as integers."""
    typed: Row = {}
    for key, value in row.items():
        if not value:
            typed[key] = None
        elif key in INT_COLUMNS:
            typed[key] = int(value) if value.lstrip("-").isdigit() else None
        else:
            typed[key] = value
    return typed


def _grouped(table: Iterable[Row]) -> Iterator[list[Row]]:
    """Consecutive rows of one path, as one article."""
    article: list[Row] = []
    for row in table:
        if article and row["path"] != article[0]["path"]:
            yield article
            article = []
        article.append(row)
    if article:
        yield article


def _parquet_articles(path: str) -> Iterator[list[Row]]:
    from reader.batch.writers import pyarrow_modules

    _, pq = pyarrow_modules()
    try:
        table_file = pq.ParquetFile(path)
        batches = table_file.iter_batches()
    except Exception as exc:
        raise StatsError(f"{path}: not a readable Parquet file ({type(exc).__name__})") from None
    yield from _grouped(row for batch in batches for row in batch.to_pylist())


def summarise(articles: Iterable[list[Row]], by: str) -> Summary:
    groups: dict[str, Group] = {}
    total = Group("all")
    failed = 0
    key = "path" if by == "file" else by
    for article in articles:
        first = article[0]
        if first["error"] is not None:
            failed += 1
            continue
        name = first[key] or UNKNOWN[by]
        groups.setdefault(name, Group(name)).add(article)
        total.add(article)
    ordered = list(groups.values())
    if by == "outlet":
        ordered.sort(key=lambda g: (-g.articles, g.name))
    elif by == "date":
        ordered.sort(key=lambda g: (g.name == UNKNOWN["date"], g.name))
    return Summary(by, ordered, total, failed)


def columns() -> list[str]:
    """Column names of the CSV output (shares are fractions of the group's claims)."""
    return [
        "group",
        "articles",
        "claims",
        *SOURCE_TYPES,
        "direct",
        "loaded",
        "unnamed_per_article",
        "top_figures",
    ]


def values(group: Group, top: int) -> list[Any]:
    """One group's row: counts, shares (None without claims), and the top figures."""
    unnamed = group.unnamed / group.articles if group.articles else None
    return [
        group.name,
        group.articles,
        group.claims,
        *(group.share(group.by_type[t]) for t in SOURCE_TYPES),
        group.share(group.direct),
        group.share(group.loaded),
        unnamed,
        "; ".join(f"{name} ({n})" for name, n in group.top(top)),
    ]
