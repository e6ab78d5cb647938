"""Paragraphs as offsets: blocks between blank lines, or lines when there are none.

The one paragraph splitter of the program: the reader shows these
paragraphs and the analysis reads them, so both always agree. Text with no
blank line at all is split at line breaks, except where a hard-wrapped
paragraph runs on from one line to the next.

A 2 MB article has some 18,000 paragraphs and the reader finds them before
its first frame, so the common case (paragraphs between bare blank lines)
is done by whole-string operations and the offsets are kept in two lists,
with no object per paragraph unless one is asked for.
"""

from __future__ import annotations

from itertools import accumulate, repeat
from operator import add, itemgetter
from typing import NamedTuple

import regex

_TIMEOUT = 10.0
#: For the patterns that read one line.
LINE_TIMEOUT = 0.5

#: A line that ends a sentence or a heading ("...said.", "Q:").
LINE_END = regex.compile(r"[.!?…:][\"”’“»«')\]]{0,3}[ \t]*\Z")
#: A line that opens like a paragraph: indent, bullet, number, "Q:" label.
# (A label's run of capitals is read from its start only, and once: no scan of
# a long line can go back over it.)
LINE_OPENS = regex.compile(
    r"[ \t]|[-*•–—]|\d{1,3}[.)][ \t]|(?<![\p{Lu}\d .])\p{Lu}[\p{Lu}\d .]*+:[ \t]"
)


class Paragraph(NamedTuple):
    """A paragraph of the body as offsets into the loaded text.

    A named tuple rather than a frozen dataclass: a 2 MB article has some
    18,000 of them, and a tuple is built several times faster.
    """

    start: int
    end: int


def split_paragraphs(text: str, start: int = 0) -> tuple[Paragraph, ...]:
    """Paragraphs of `text[start:]`: blocks between blank lines, or lines when
    the text has no blank lines at all (one paragraph per line)."""
    return tuple(map(Paragraph, *paragraph_offsets(text, start)))


def paragraph_offsets(text: str, start: int = 0) -> tuple[list[int], list[int]]:
    """Starts and ends of the paragraphs of `text[start:]` (see `split_paragraphs`)."""
    plain = _plain_offsets(text, start)
    if plain is not None:
        return plain
    cuts = blank_runs(text, start)
    if not cuts:
        cuts = [x for i in _unwrapped(text, start, _newlines(text, start)) for x in (i, i + 1)]
    cuts = [start, *cuts, len(text)]
    return _trimmed(text, cuts[::2], cuts[1::2])


def _plain_offsets(text: str, start: int) -> tuple[list[int], list[int]] | None:
    """The paragraphs found by whole-string operations, or None when it takes more.

    Splitting at each "\\n\\n" finds the blank-line runs when no blank line
    holds spaces or tabs and no white space follows a "\\n\\n"; white space
    around a paragraph is looked for in its first and last characters alone.
    A 2 MB article has some 18,000 paragraphs and the reader splits them
    before its first frame, so even one step per paragraph in Python shows.
    """
    body = text[start:]
    if "\n\n" not in body or _UNPLAIN.search(body, timeout=_TIMEOUT):
        return None
    parts = body.split("\n\n")
    starts = list(accumulate(map(add, map(len, parts[:-1]), repeat(2)), initial=start))
    ends = list(map(add, starts, map(len, parts)))
    # Inner parts are never empty (the pattern saw to that); when none opens
    # or ends with white space, only the first and last need trimming.
    edges = "".join(map(itemgetter(0), parts[1:-1])) + "".join(map(itemgetter(-1), parts[1:-1]))
    if edges.isprintable() and " " not in edges:
        inner = len(parts) - 1
        head_s, head_e = _trimmed(text, starts[:1], ends[:1])
        tail_s, tail_e = _trimmed(text, starts[inner:], ends[inner:])
        return head_s + starts[1:inner] + tail_s, head_e + ends[1:inner] + tail_e
    return _trimmed(text, starts, ends)


#: A blank line holding spaces or tabs, or white space after a blank line.
_UNPLAIN = regex.compile(r"\n(?:[ \t]+\n|\n\s)")


def _trimmed(text: str, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    """The spans without white space around them; spans left empty are dropped."""
    out_s: list[int] = []
    out_e: list[int] = []
    for s, e in zip(starts, ends, strict=True):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out_s.append(s)
            out_e.append(e)
    return out_s, out_e


def blank_runs(text: str, start: int = 0) -> list[int]:
    """Start and end of each blank-line run after `start`, flat: [s0, e0, s1, e1, ...].

    What the pattern `\\n[ \\t]*\\n\\s*` finds, by string search: a 2 MB article has tens of
    thousands of line breaks, and stepping between them with `str.find`
    costs a fraction of a pattern scan.
    """
    cuts: list[int] = []
    n = len(text)
    i = text.find("\n", start)
    while i >= 0:
        j = i + 1
        while j < n and text[j] in " \t":
            j += 1
        if j < n and text[j] == "\n":
            k = j + 1
            while k < n and text[k].isspace():
                k += 1
            cuts += (i, k)
            i = text.find("\n", k)
        else:
            i = text.find("\n", j)
    return cuts


def _newlines(text: str, start: int) -> list[int]:
    out: list[int] = []
    i = text.find("\n", start)
    while i >= 0:
        out.append(i)
        i = text.find("\n", i + 1)
    return out


def _unwrapped(text: str, start: int, breaks: list[int]) -> list[int]:
    """The line breaks that end a paragraph, in text with no blank lines.

    A long line that does not end a sentence runs on into the next one
    (hard-wrapped prose), unless that line opens like a paragraph (indent,
    bullet, "Q:"); lines of a text whose lines are all short stay apart.
    """
    bounds = [start - 1, *breaks, len(text)]
    widest = max((bounds[x + 1] - bounds[x] - 1 for x in range(len(bounds) - 1)), default=0)
    if widest < 40:
        return breaks
    kept: list[int] = []
    for x, nl in enumerate(breaks):
        line = text[bounds[x] + 1 : nl]
        nxt = nl + 1
        runs_on = (
            len(line.rstrip()) >= 0.75 * widest
            and LINE_END.search(line, timeout=LINE_TIMEOUT) is None
            and LINE_OPENS.match(text, pos=nxt, timeout=LINE_TIMEOUT) is None
            and nxt < len(text)
            and not text[nxt].isspace()
        )
        if not runs_on:
            kept.append(nl)
    return kept
