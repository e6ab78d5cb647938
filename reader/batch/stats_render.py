"""The stats as a terminal table, CSV or Markdown."""

from __future__ import annotations

import csv
import io
from typing import Any

from reader.analysis.model import SOURCE_TYPE_LABELS, SOURCE_TYPES
from reader.batch.stats import Group, Summary, columns, values
from reader.cleaning import clean_line

#: Short headings for the source-type shares, in SOURCE_TYPES order.
_SHORT = {
    "named_person": "named",
    "anonymous": "anon.",
    "institution": "inst.",
    "media": "media",
    "document": "doc.",
}


def render(summary: Summary, fmt: str, top: int) -> str:
    if fmt == "csv":
        return _csv(summary, top)
    if fmt == "markdown":
        return _markdown(summary, top)
    return _table(summary, top)


def _rows(summary: Summary) -> list[Group]:
    return [*summary.groups, summary.total]


def _csv(summary: Summary, top: int) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([summary.by if c == "group" else c for c in columns()])
    for group in _rows(summary):
        writer.writerow(
            "" if v is None else f"{v:.4f}" if isinstance(v, float) else v
            for v in values(group, top)
        )
    return buffer.getvalue()


def _shown(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.0%}"
    return str(value)


def _cells(group: Group, top: int) -> list[str]:
    row = values(group, top)
    unnamed = row[-2]
    cells = [clean_line(str(row[0])), *map(_shown, row[1:-2])]
    cells.append("–" if unnamed is None else f"{unnamed:.1f}")
    cells.append(clean_line(row[-1]))
    return cells


def _headings(summary: Summary) -> list[str]:
    return [
        summary.by,
        "articles",
        "claims",
        *(_SHORT[t] for t in SOURCE_TYPES),
        "direct",
        "loaded",
        "unnamed/art.",
        "top figures (claims)",
    ]


def _note(summary: Summary) -> str:
    shares = ", ".join(f"{_SHORT[t]} = {SOURCE_TYPE_LABELS[t]}" for t in SOURCE_TYPES)
    note = (
        f"Shares of claims by source type ({shares}); direct = direct quotes; "
        "loaded = a cue with a stance (claimed, admitted, denied, ...)."
    )
    if summary.failed:
        note += f" {summary.failed} failed files are not counted."
    return note


def _markdown(summary: Summary, top: int) -> str:
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.replace("\\", "\\\\").replace("|", "\\|") for c in cells) + " |"

    heads = _headings(summary)
    heads[-2] = "unnamed / article"
    out = [line(heads), "| --- |" + " ---: |" * (len(heads) - 2) + " --- |"]
    for group in summary.groups:
        out.append(line(_cells(group, top)))
    total = _cells(summary.total, top)
    out.append(line([f"**{total[0]}**", *total[1:]]))
    return "\n".join([*out, "", _note(summary)]) + "\n"


def _table(summary: Summary, top: int) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(caption=_note(summary), caption_justify="left")
    heads = _headings(summary)
    for index, head in enumerate(heads):
        if 0 < index < len(heads) - 1:
            table.add_column(head, justify="right", no_wrap=True)
        else:
            table.add_column(head, overflow="fold", ratio=1, min_width=12)
    for group in summary.groups:
        table.add_row(*(Text(cell) for cell in _cells(group, top)))
    table.add_section()
    table.add_row(*(Text(cell, style="bold") for cell in _cells(summary.total, top)))
    buffer = io.StringIO()
    Console(file=buffer, width=_width()).print(table)
    return buffer.getvalue()


def _width() -> int:
    """The terminal's width; 160 columns into a file or a pipe."""
    import shutil
    import sys

    if sys.stdout.isatty():
        return max(80, shutil.get_terminal_size((160, 24)).columns)
    return 160
