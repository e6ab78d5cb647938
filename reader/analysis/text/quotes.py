"""Quotation spans: marks paired by direction, one paragraph at a time.

Only top-level quotes are returned; marks of the other kind inside a quote
(single inside double, or double inside British single) are left in its
content. A mark that is never closed runs to the end of its paragraph, so an
odd count never aborts the analysis nor swallows the rest of the article.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from reader.analysis.lexicon import NAMING_WORDS
from reader.analysis.limits import NAMING_CHARS
from reader.analysis.text.segments import Segments

#: Every quotation mark, double and single (apostrophes included).
_MARK_CHARS = "\"“”„«»‘’'‚‹›"
_OPEN_BEFORE = frozenset(" \t\n([{—–-/\u00a0")
#: Closers that end a quote opened by each opener.
_DOUBLE_CLOSERS = {
    '"': '"”“',
    "“": '”"',
    "„": '“”"',
    "”": '”"',
    "«": "»",
    "»": "«",
}
_SINGLE_CLOSERS = {"'": "'’", "‘": "’'", "‚": "‘’", "’": "’'", "‹": "›", "›": "‹"}


@dataclass(slots=True)
class Quote:
    """One top-level quotation: `open` is the mark, [start, end) the content."""

    open: int
    start: int
    end: int
    closed: bool
    para: int
    #: The quote is a name ("a robot named "Better Idea""), not anybody's words.
    naming: bool = False
    #: Characters in the closing mark: 2 for a typewriter double mark ('').
    close_width: int = 1

    @property
    def close(self) -> int:
        """Offset just after the closing mark (or the content end if unclosed)."""
        return self.end + self.close_width if self.closed else self.end


def _before(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else "\n"


def _after(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else "\n"


def _can_open(text: str, i: int) -> bool:
    b, a = _before(text, i), _after(text, i)
    return (b in _OPEN_BEFORE or b in "\"“‘'„«") and not a.isspace()


def _can_close(text: str, i: int) -> bool:
    # A space may part the close of a nested quote from the outer one's: '... the
    # 'Harbour Patron,' " Holm wrote' (a space, not a new quote, after ",'").
    return not _before(text, i).isspace() or (
        i >= 3 and text[i - 1] == " " and text[i - 2] in "'’" and text[i - 3] in ",.!?"
    )


def _single_opens(text: str, i: int) -> bool:
    b, a = _before(text, i), _after(text, i)
    return (b in _OPEN_BEFORE or b in '"“„«:') and (a.isalnum() or a in '"“[(.')


def _single_closes(text: str, i: int) -> bool:
    b, a = _before(text, i), _after(text, i)
    return not b.isspace() and not a.isalnum()


def find_quotes(
    seg: Segments, start: int = 0, first: int = 0, stop: int | None = None
) -> list[Quote]:
    """The top-level quotes of paragraphs [first, stop) (all by default), in order.

    Quotes never cross a paragraph, so a run of paragraphs is read on its own.
    """
    text = seg.text
    n = len(seg.para_starts)
    stop = n if stop is None else min(stop, n)
    lo, hi = start, len(text)
    if n and (first > 0 or stop < n):
        if first >= stop:
            return []
        lo = max(start, seg.para_starts[first])
        hi = seg.para_ends[stop - 1]
    marks = _mark_positions(text, lo, hi)
    quotes: list[Quote] = []
    i = 0
    while i < len(marks):
        para = seg.para_of(marks[i])
        pend = seg.para_ends[para] if seg.para_starts else len(text)
        j = bisect_right(marks, pend - 1, lo=i)
        _pair_paragraph(text, marks[i:j], para, pend, quotes)
        i = max(j, i + 1)
    for q in quotes:
        before = text[max(0, q.open - NAMING_CHARS) : q.open].split()
        q.naming = bool(before) and before[-1].lower() in NAMING_WORDS
    return quotes


def _mark_positions(text: str, start: int, end: int) -> list[int]:
    """Offsets of the quotation marks in [start, end), in order.

    A string search per mark is several times faster than a pattern over
    the text: marks are few, and no match objects are made.
    """
    out: list[int] = []
    for ch in _MARK_CHARS:
        i = text.find(ch, start, end)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1, end)
    out.sort()
    return out


def _typewriter_double(text: str, pos: int) -> bool:
    """Two apostrophes standing for a double mark (''like this'', as in news archives)."""
    return text[pos] == "'" and text[pos + 1 : pos + 2] == "'" and _before(text, pos) != "'"


def _pair_paragraph(text: str, marks: list[int], para: int, pend: int, out: list[Quote]) -> None:
    opened: int | None = None
    width = 1
    closers = ""
    single = False
    closer_after: list[bool] | None = None
    skip = -1
    for k, pos in enumerate(marks):
        if pos == skip:
            continue
        ch = text[pos]
        if _typewriter_double(text, pos):
            skip = pos + 1
            if opened is None and _can_open(text, pos + 1):
                opened, width, closers, single = pos, 2, "", False
            elif opened is not None and not single and _can_close(text, pos):
                out.append(Quote(opened, opened + width, pos, True, para, close_width=2))
                opened = None
            continue
        is_single = ch in _SINGLE_CLOSERS or ch == "'"
        if opened is None:
            if not is_single and ch in _DOUBLE_CLOSERS:
                if ch in "”»" and not _can_open(text, pos):
                    continue
                if ch == '"' and not _can_open(text, pos):
                    continue
                opened, width, closers, single = pos, 1, _DOUBLE_CLOSERS[ch], False
            elif is_single and _single_opens(text, pos):
                opened, width, closers, single = pos, 1, _SINGLE_CLOSERS.get(ch, "'’"), True
            continue
        if single != is_single or ch not in closers:
            continue
        if single:
            if not _single_closes(text, pos):
                continue
            if _possessive(text, pos):
                if closer_after is None:
                    closer_after = _closers_after(text, marks)
                if closer_after[k]:
                    continue
        elif ch == '"' and not _can_close(text, pos):
            # A straight mark after a space while open: an unbalanced opener.
            continue
        out.append(Quote(opened, opened + width, pos, True, para))
        opened = None
    if opened is not None:
        end = pend
        while end > opened + width and text[end - 1].isspace():
            end -= 1
        at_start = opened == 0 or text[opened - 1] == "\n"
        if end > opened + width and (not single or at_start):
            out.append(Quote(opened, opened + width, end, False, para))


def _possessive(text: str, pos: int) -> bool:
    """`workers’ union`: a plural possessive (if another closer follows)."""
    if _before(text, pos) not in "sS" or _after(text, pos) != " ":
        return False
    nxt = text[pos + 2] if pos + 2 < len(text) else ""
    return nxt.islower()


def _closers_after(text: str, marks: list[int]) -> list[bool]:
    """For each mark, whether a single closing mark follows it in the paragraph.

    Computed once per paragraph, so the possessive test stays linear.
    """
    out = [False] * len(marks)
    seen = False
    for k in range(len(marks) - 1, -1, -1):
        out[k] = seen
        p = marks[k]
        if not seen and text[p] in "’'" and _single_closes(text, p):
            seen = True
    return out


def words(s: str) -> int:
    """Rough word count, for telling scare quotes from statements."""
    return len(s.split())


def inside_quote(quotes: list[Quote], qstarts: list[int], pos: int) -> bool:
    """`pos` lies inside a quotation (`qstarts` holds each quote's opening mark)."""
    i = bisect_left(qstarts, pos) - 1
    return i >= 0 and quotes[i].open < pos < quotes[i].close
