"""Wrapping paragraphs into screen rows, lazily, with an index from rows to offsets.

A 2 MB book must open as fast as a short article, so nothing here wraps the
whole text up front: paragraphs are wrapped in reading order only as far as
someone asks (a row to draw, an offset to jump to, or an idle step), and the
rest of the document is counted with an estimate until then. Everything is
offsets into the loaded text, so styling never has to copy or search text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import repeat
from operator import floordiv, sub

from rich.cells import cell_len, get_character_cell_size

#: One wrapped row: start and end offsets into the loaded text.
Row = tuple[int, int]
#: Blank rows between paragraphs.
GAP = 1


def wrap_line(text: str, start: int, end: int, width: int) -> list[Row]:
    """Greedy word wrap of `text[start:end]` (no newline inside) to `width` cells."""
    width = max(1, width)
    if end - start <= width and (text[start:end].isascii() or cell_len(text[start:end]) <= width):
        return [(start, end)]
    piece = text[start:end]
    if piece.isascii() or cell_len(piece) == len(piece):
        return _wrap_narrow(text, start, end, width)
    return _wrap_wide(text, start, end, width)


def _wrap_narrow(text: str, start: int, end: int, width: int) -> list[Row]:
    rows: list[Row] = []
    pos = start
    while end - pos > width:
        cut = text.rfind(" ", pos + 1, pos + width + 1)
        if cut <= pos:
            rows.append((pos, pos + width))
            pos += width
        else:
            rows.append((pos, cut))
            pos = cut + 1
        while pos < end and text[pos] == " ":
            pos += 1
    if pos < end or not rows:
        rows.append((pos, end))
    return rows


def _wrap_wide(text: str, start: int, end: int, width: int) -> list[Row]:
    """Wrap text holding double-width or zero-width characters, cell by cell."""
    rows: list[Row] = []
    pos = start
    cells = 0
    space = -1
    i = start
    while i < end:
        ch = text[i]
        size = get_character_cell_size(ch)
        if ch == " ":
            space = i
        if cells + size > width and i > pos:
            if space > pos:
                rows.append((pos, space))
                pos = space + 1
            else:
                rows.append((pos, i))
                pos = i
            while pos < end and text[pos] == " ":
                pos += 1
            space = -1
            cells = cell_len(text[pos : i + 1]) if pos <= i else 0
            i += 1
            continue
        cells += size
        i += 1
    if pos < end or not rows:
        rows.append((pos, end))
    return rows


def wrap_paragraph(text: str, start: int, end: int, width: int) -> list[Row]:
    """Rows of one paragraph; its own line breaks are kept, long lines wrapped."""
    rows: list[Row] = []
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        rows.extend(wrap_line(text, pos, line_end, width))
        if nl < 0:
            return rows
        pos = nl + 1


class LineIndex:
    """Rows of a document at one width, wrapped on demand in reading order.

    Paragraphs `[0, wrapped)` are exact; the others count as an estimate, so
    rows before the end of the exact region never move once drawn. The
    paragraphs come as two lists of offsets, shared by the indexes of every
    width (a 2 MB book has tens of thousands of paragraphs: no object each),
    and the estimate is made on first use, so an index replaced before it
    is used (the view learns its width only when laid out) costs nothing.
    """

    def __init__(self, text: str, starts: Sequence[int], ends: Sequence[int], width: int) -> None:
        self.text = text
        self.width = max(1, width)
        self._para_starts = starts
        self._para_ends = ends
        #: First row of each exact paragraph.
        self._first_row: list[int] = []
        self._rows: list[list[Row]] = []
        self._rest: int | None = None
        self._exact_rows = 0

    def _estimate(self, index: int) -> int:
        return (self._para_ends[index] - self._para_starts[index]) // self.width + 1 + GAP

    @property
    def _estimated_rest(self) -> int:
        """Estimated rows of the paragraphs not wrapped yet."""
        if self._rest is None:
            starts, ends, wrapped = self._para_starts, self._para_ends, len(self._rows)
            rows = sum(
                map(floordiv, map(sub, ends[wrapped:], starts[wrapped:]), repeat(self.width))
            )
            self._rest = rows + (len(starts) - wrapped) * (1 + GAP)
        return self._rest

    @property
    def wrapped(self) -> int:
        """How many paragraphs are wrapped exactly."""
        return len(self._rows)

    @property
    def complete(self) -> bool:
        return len(self._rows) == len(self._para_starts)

    @property
    def height(self) -> int:
        """Rows in the document: exact where wrapped, estimated beyond."""
        return max(0, self._exact_rows + self._estimated_rest - GAP)

    def wrap_next(self, count: int = 1) -> int:
        """Wrap up to `count` more paragraphs; returns how many were wrapped."""
        done = 0
        total = len(self._para_starts)
        while done < count and len(self._rows) < total:
            index = len(self._rows)
            start, end = self._para_starts[index], self._para_ends[index]
            rows = wrap_paragraph(self.text, start, end, self.width)
            self._first_row.append(self._exact_rows)
            self._rows.append(rows)
            self._exact_rows += len(rows) + GAP
            if self._rest is not None:
                self._rest -= self._estimate(index)
            done += 1
        return done

    def ensure_row(self, row: int) -> None:
        """Wrap far enough that `row` lies in the exact region (or all is wrapped)."""
        while self._exact_rows <= row and not self.complete:
            self.wrap_next(64)

    def ensure_paragraph(self, index: int) -> None:
        if index >= len(self._rows):
            self.wrap_next(index + 1 - len(self._rows))

    def row(self, y: int) -> tuple[int, Row] | None:
        """The paragraph index and offsets shown at row `y`, or None for a blank row."""
        if y < 0:
            return None
        self.ensure_row(y)
        if not self._rows or y >= self._exact_rows:
            return None
        para = bisect_right(self._first_row, y) - 1
        line = y - self._first_row[para]
        rows = self._rows[para]
        return (para, rows[line]) if line < len(rows) else None

    def paragraph_of(self, offset: int) -> int:
        """Index of the paragraph holding `offset` (or the one before it)."""
        return max(0, bisect_right(self._para_starts, offset) - 1)

    def row_of(self, offset: int) -> int:
        """The row showing `offset`; an offset between paragraphs maps to the next one."""
        if not self._para_starts:
            return 0
        para = self.paragraph_of(offset)
        if para + 1 < len(self._para_starts) and offset >= self._para_ends[para]:
            para += 1
            offset = self._para_starts[para]
        self.ensure_paragraph(para)
        rows = self._rows[para]
        starts = [s for s, _ in rows]
        line = max(0, bisect_right(starts, offset) - 1)
        return self._first_row[para] + line
