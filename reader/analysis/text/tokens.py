"""Tokens near a cue: words and marks with offsets, read one line at a time.

Many lookups around one cue read overlapping windows, so the tokens of the
current line are kept and sliced with bisect; a window never costs more
than the line it sits in.
"""

from __future__ import annotations

import threading
from bisect import bisect_left

import regex

from reader.analysis.lexicon import ABBREVIATIONS, TITLES, WEB_ENDS, words
from reader.analysis.limits import SHORT_TIMEOUT

#: "Factcheck.org" is one token, not "Factcheck." and "org".
_WEB = r"(?:\.(?:" + "|".join(WEB_ENDS) + r")(?![\p{L}\p{N}]))++"
_TOKEN = regex.compile(
    r"(?:\p{L}\.){2,}|[\p{L}\p{N}@#][\p{L}\p{N}\p{M}'’\-&_@]*(?:"
    + _WEB
    + r"|\.(?=[\p{L}]))?|[^\s\p{L}\p{N}]"
)


class Tok:
    """A word or punctuation mark with its offsets."""

    __slots__ = ("end", "low", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = text.lower()

    @property
    def cap(self) -> bool:
        """Opens with a capital (asked of few tokens, so not stored on each)."""
        return self.text[0].isupper()


class _Block:
    """The tokens of the line last read, reused by the many lookups near one cue."""

    __slots__ = ("hi", "lo", "starts", "text", "toks")

    def __init__(self) -> None:
        self.text = ""
        self.lo = self.hi = 0
        self.toks: list[Tok] = []
        self.starts: list[int] = []


_LOCAL = threading.local()

#: How far a block reaches back and ahead of the range asked for, within its
#: line. Lookups move forward through the text, so a long line (a feed with no
#: breaks, one paragraph of many quotes) is read ahead far and back little.
_BLOCK_BACK = 1000
_BLOCK_AHEAD = 8000


def forget_tokens() -> None:
    """Drop this thread's token block: it holds the last text alive."""
    _LOCAL.__dict__.pop("block", None)


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    """Tokens wholly inside [lo, hi), from a per-line cache."""
    block: _Block | None = getattr(_LOCAL, "block", None)
    if block is None:
        block = _LOCAL.block = _Block()
    if not (block.text is text and block.lo <= lo and hi <= block.hi):
        b_lo = text.rfind("\n", max(0, lo - _BLOCK_BACK), lo) + 1
        b_hi = text.find("\n", hi, hi + _BLOCK_AHEAD)
        if b_hi < 0:
            b_hi = min(len(text), hi + _BLOCK_AHEAD)
        b_lo = max(b_lo, lo - _BLOCK_BACK)
        block.text, block.lo, block.hi = text, b_lo, b_hi
        block.toks = _tokenize(text, b_lo, b_hi)
        block.starts = [t.start for t in block.toks]
    i = bisect_left(block.starts, lo)
    j = bisect_left(block.starts, hi)
    out = block.toks[i:j]
    while out and out[-1].end > hi:
        out.pop()
    return out


#: Marks read as tokens of their own before and after a word. None of them
#: can continue a word or start one, so splitting them off by hand gives what
#: the pattern gives.
_LEAD = frozenset("\"“‘'(«[„—–")
_TRAIL = frozenset(',.;:!?)]"”»…')


def _tokenize(text: str, lo: int, hi: int) -> list[Tok]:
    """Tokens of [lo, hi): plain words by hand, anything unusual by the pattern.

    Most space-separated pieces are a word with perhaps a mark or two around
    it; building those directly saves a pattern match per token.
    """
    out: list[Tok] = []
    append = out.append
    pos = lo
    for piece in text[lo:hi].split(" "):
        n = len(piece)
        if piece.isalpha():
            append(Tok(pos, pos + n, piece))
        elif n:
            i = 0
            while i < n and piece[i] in _LEAD:
                i += 1
            j = n
            while j > i and piece[j - 1] in _TRAIL:
                j -= 1
            core = piece[i:j]
            if i < j and not core.isalpha() and not _word_like(core):
                _by_pattern(text, pos, pos + n, out)
            else:
                for k in range(i):
                    append(Tok(pos + k, pos + k + 1, piece[k]))
                if i < j:
                    append(Tok(pos + i, pos + j, piece[i:j]))
                for k in range(j, n):
                    if piece[k] == ".":
                        _push(out, pos + k, ".")
                    else:
                        append(Tok(pos + k, pos + k + 1, piece[k]))
        pos += n + 1
    return out


#: Characters the token pattern lets a word go on through.
_JOINERS = str.maketrans("", "", "'’-&_@")


def _word_like(core: str) -> bool:
    """One token to the pattern: letters and digits, joined by apostrophes, hyphens and the like.

    "Halvorsen’s", "in-depth", "AT&T", "2025": most pieces that are not plain
    letters still make a single token, built here without a pattern match.
    """
    return core[0].isalnum() and core.translate(_JOINERS).isalnum()


def _push(out: list[Tok], s: int, g: str) -> None:
    """Append a one-character mark, joining a full stop to an abbreviation."""
    if g == "." and out and out[-1].end == s and _abbrev(out[-1].text):
        prev = out[-1]
        out[-1] = Tok(prev.start, s + 1, prev.text + ".")
    else:
        out.append(Tok(s, s + 1, g))


def _by_pattern(text: str, lo: int, hi: int, out: list[Tok]) -> None:
    for m in _TOKEN.finditer(text, pos=lo, endpos=hi, timeout=SHORT_TIMEOUT):
        s, e = m.span()
        g = text[s:e]
        if g == "." and out and out[-1].end == s and _abbrev(out[-1].text):
            prev = out[-1]
            out[-1] = Tok(prev.start, e, prev.text + ".")
            continue
        out.append(Tok(s, e, g))


def _abbrev(w: str) -> bool:
    low = w.lower()
    return low in _SHORT_TITLES or low in ABBREVIATIONS or (len(w) == 1 and w.isalpha())


#: Titles short enough to be abbreviated ("Cllr.", "Prof."), less the whole
#: words among them: in "said the mayor." or "said the judge." the full stop
#: ends the sentence, and a token "mayor." is no role word.
_SHORT_TITLES = frozenset(t for t in TITLES if len(t) <= 5) - words(
    """
    miss sir dame lord lady vice prime mayor judge chief king queen pope emir imam rabbi
    chair coach saint envoy dean ceo cfo mp mep
    """
)
