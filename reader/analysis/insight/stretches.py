"""Where a whole-text pattern can match: the stretches around the words it needs.

Two patterns of the insight pass run over the whole article (reasons for
anonymity, an outlet's own reporting), yet match only around a few rare
words and never across certain characters (a full stop, a quotation mark).
Running them on just the stretches between two such characters that hold
one of the words finds the same matches for a fraction of the work: most
articles hold none of the words at all.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

#: Case folds under which an ASCII word may match more than its lower case:
#: "ſ" matches "s" and "İ" lowers to two characters. A text holding either is
#: read whole.
_ODD_CASES = ("ſ", "İ")


class Stretches:
    """One article's text, lowered once, for every pattern that reads it this way."""

    def __init__(self, text: str, start: int, timeout: float) -> None:
        self.text = text
        self.start = start
        self.timeout = timeout
        self.lowered = None if any(c in text for c in _ODD_CASES) else text.lower()

    def around(
        self, words: Sequence[str], breaks: regex.Pattern[str], breaks_back: regex.Pattern[str]
    ) -> Iterator[tuple[int, int]]:
        """(start, end) of each stretch of the text after `start` that holds one of
        `words` (ASCII, lower case, matched in any case) and is bounded by
        `breaks` (`breaks_back` the same pattern, compiled with REVERSE) or the
        text's ends; in order, each once."""
        text, lowered = self.text, self.lowered
        if lowered is None:
            yield self.start, len(text)
            return
        at: list[int] = []
        for word in words:
            k = lowered.find(word, self.start)
            while k >= 0:
                at.append(k)
                k = lowered.find(word, k + len(word))
        read_to = self.start
        for k in sorted(at):
            if k < read_to:
                continue  # in the stretch just read
            back = breaks_back.search(text, read_to, k, timeout=self.timeout)
            ahead = breaks.search(text, k, timeout=self.timeout)
            lo = back.end() if back is not None else read_to
            read_to = ahead.start() if ahead is not None else len(text)
            yield lo, read_to
