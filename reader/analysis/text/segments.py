"""Paragraph and sentence boundaries as sorted offset lists.

Everything else looks things up here with bisect instead of rescanning the
text, which keeps the whole analysis linear in the size of the input.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import regex

from reader.analysis.lexicon import ABBREVIATIONS, APPARATUS_HEADINGS, CREDIT_PREFIXES
from reader.paragraphs import LINE_END, LINE_OPENS, LINE_TIMEOUT, paragraph_offsets

#: The longest stretch on either side of a cue that any template reads.
MAX_SENTENCE = 1200


def budget(length: int) -> float:
    """A timeout generous for honest text of this length, yet finite."""
    return 2.0 + length / 100_000


# A sentence ends at . ! ? (and any closing marks after it) before spaces and
# a capital, digit or opening mark; the word before the dot is checked
# against the abbreviation list afterwards. Web copy often puts a no-break
# space after the stop ('he said.\u00a0"...'): it separates sentences too.
# A match starts only where a run of marks starts and takes the whole run
# (possessive), so a long run of marks is read once, not once per mark.
_END = regex.compile(
    r"(?<![.!?…])[.!?…]++[\"”’“»«')\]]{0,3}+[ \t\u00a0]++"
    # French-style guillemets may hold a space: "« That is ... »".
    r"(?=(?:[\"“‘'„(\[]|[«»‹›][ \u00a0\u202f]?){0,2}[\p{Lu}\p{N}])"
)
# Credit lines, bylines and date lines are matched where a line or a trimmed
# paragraph starts, after its white space: they open with a word, so a scan
# over a run of spaces never goes back over it.
_CREDIT = regex.compile(
    r"(?:" + "|".join(CREDIT_PREFIXES) + r")s?[ \t]*+(?::|—|–|-|by\b)",
    regex.IGNORECASE,
)
_BYLINE = regex.compile(
    r"\(?(?:by|from|written by|reporting by|additional reporting by|edited by)[ \t]+"
    r"\p{Lu}[\w'’.-]*(?:[ \t]+[\p{Lu}\w'’.-]+){0,5}[ \t]*(?:[,;][^\n]{0,60})?\)?\Z",
    regex.IGNORECASE,
)
# Date lines and datelines: "Friday, August 15, 2008", "MOSCOW, Nov 6 (Reuters) -".
_DATELINE = regex.compile(
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \t]+)?"
    r"(?:\d{1,2}[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?"
    r"[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*\Z",
    regex.IGNORECASE,
)


_DATELINE_LEAD = regex.compile(
    r"\p{Lu}[\p{Lu}\p{M} .'’\-]{1,40}+(?:,[ \t][^\n—–]{1,30}?)?"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*[—–-][ \t]+(?=\S)"
)


@dataclass(slots=True)
class Segments:
    """Paragraph bounds of one text, with paragraph flags; sentences on demand.

    A sentence never crosses a paragraph, so each paragraph's sentence starts
    are found the first time something asks, which lets the processes that
    share one analysis find only those of the paragraphs they read.
    """

    text: str
    para_starts: list[int]
    para_ends: list[int]
    #: Paragraphs that are captions, credits, bylines, datelines or apparatus.
    furniture: list[bool]
    _sentences: dict[int, list[int]] = field(default_factory=dict)
    #: Starts of sentences holding more reporting verbs than are read in one
    #: sentence (`MAX_CUES_PER_SENTENCE`): not prose, and only partly read.
    crowded: list[int] = field(default_factory=list)

    def para_of(self, pos: int) -> int:
        return max(0, bisect_right(self.para_starts, pos) - 1)

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """Start and end of the whole sentence holding `pos`, however long."""
        if not self.para_starts:
            return 0, len(self.text)
        p = bisect_right(self.para_starts, pos) - 1
        if p < 0:
            p = 0
        sents = self._sentences.get(p)
        if sents is None:
            sents = self._sentences[p] = _sentence_starts(
                self.text, self.para_starts[p], self.para_ends[p]
            )
        i = bisect_right(sents, pos) - 1
        if i < 0:
            i = 0
        return sents[i], sents[i + 1] if i + 1 < len(sents) else self.para_ends[p]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """Start and end of the sentence holding `pos`, as read around `pos`."""
        start, end = self.sentence_bounds(pos)
        # A run-on "sentence" (a list, a feed without stops) is read in a window,
        # so no lookup costs more than a normal sentence does.
        return max(start, pos - MAX_SENTENCE), min(end, pos + MAX_SENTENCE)


def segment(text: str, start: int = 0) -> Segments:
    """Split `text[start:]` into paragraphs (sentences are found as they are needed)."""
    para_starts, para_ends = paragraph_offsets(text, start)
    furniture = _furniture(text, para_starts, para_ends, budget(len(text) - start))
    return Segments(text, para_starts, para_ends, furniture)


def _sentence_starts(text: str, ps: int, pe: int) -> list[int]:
    """Sentence starts of the paragraph [ps, pe), in order."""
    starts = [ps]
    # The lead opens with a capital letter, then no lower-case one
    # (cheaper to test than to match).
    if text[ps].isupper() and not text[ps + 1 : ps + 2].islower():
        lead = _DATELINE_LEAD.match(text, pos=ps, endpos=pe, timeout=LINE_TIMEOUT)
        if lead is not None:
            # "LONDON, March 3 (Reuters) - Oil rose ...": the sentence starts after it.
            starts.append(lead.end())
    # Single line breaks inside a blank-line paragraph end a sentence only
    # where a line ends one, is short (headline, dateline, byline) or the
    # next line opens like a paragraph: hard-wrapped prose reads on.
    breaks: list[int] = []
    nl = text.find("\n", ps, pe)
    while nl >= 0:
        breaks.append(nl)
        nl = text.find("\n", nl + 1, pe)
    if breaks:
        starts += _line_breaks(text, ps, pe, breaks)
    if not _may_end(text, ps, pe):
        starts.sort()
        return starts
    for m in _END.finditer(text, pos=ps, endpos=pe, timeout=LINE_TIMEOUT):
        before = _word_before(text, m.start())
        word = before.lower().rstrip(".")
        if word == "no" and before[0] == "n" and not text[m.end() : m.end() + 1].isdigit():
            pass  # "the mayor said no. She ...": an answer, not "no. 5"
        elif word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            if not _ends_anyway(text, word, m.end()):
                continue
        elif "." in word and len(word) <= 5 and not _ends_anyway(text, word, m.end()):
            continue
        starts.append(m.end())
    starts.sort()
    return starts


#: Abbreviations a sentence often ends on ("... attacks in the U.S.", "at 7 p.m.").
_FINAL_ABBREVIATIONS = frozenset(
    {"u.s", "u.k", "u.n", "a.m", "p.m", "d.c", "etc", "inc", "ltd", "corp"}
)
#: Capitalised words that open a sentence and never go on a name or a title:
#: after "the U.S." or "7 p.m." they show that the dot ends the sentence too.
_OPENERS = frozenset(
    {"he", "she", "they", "it", "we", "i", "there", "this", "his", "her", "its", "their", "but"}
)


def _ends_anyway(text: str, word: str, nxt: int) -> bool:
    """ "... at 7 p.m. He says ...": an abbreviation that ends the sentence as well."""
    if word not in _FINAL_ABBREVIATIONS:
        return False
    k = nxt
    while k < len(text) and k - nxt < 12 and text[k].isalpha():
        k += 1
    opener = text[nxt:k]
    return (
        opener[:1].isupper() and opener.lower() in _OPENERS and text[k : k + 1] in (" ", "’", "'")
    )


def _may_end(text: str, ps: int, pe: int) -> bool:
    """Whether [ps, pe) holds a mark that can end a sentence: most short
    paragraphs (headings, list items, a feed's lines) hold none, and a
    search for four characters costs far less than a pattern scan."""
    return any(text.find(mark, ps, pe) >= 0 for mark in ".!?…")


def _line_breaks(text: str, ps: int, pe: int, breaks: list[int]) -> list[int]:
    """Sentence starts after the line breaks of one paragraph (see `segment`)."""
    bounds = [ps - 1, *breaks, pe]
    widest = max(bounds[x + 1] - bounds[x] - 1 for x in range(len(bounds) - 1))
    out: list[int] = []
    for x, n in enumerate(breaks):
        line = text[bounds[x] + 1 : n]
        nxt = n + 1
        short = len(line.rstrip()) < 0.6 * widest
        ends = LINE_END.search(line, timeout=LINE_TIMEOUT) is not None and not _abbrev_end(line)
        opens = LINE_OPENS.match(text, pos=nxt, endpos=pe, timeout=LINE_TIMEOUT) is not None
        if short or ends or opens:
            out.append(nxt)
    return out


def _abbrev_end(line: str) -> bool:
    """The line ends in "Dr." or "U.S.": no sentence end."""
    stripped = line.rstrip(" \t\"”’“»«')]")
    word = _word_before(stripped, len(stripped)).lower().rstrip(".")
    return stripped.endswith(".") and (
        word in ABBREVIATIONS
        or (len(word) == 1 and word.isalpha())
        or ("." in word and len(word) <= 5)
    )


def _word_before(text: str, pos: int) -> str:
    i = pos
    while i > 0 and pos - i < 12 and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    return text[i:pos]


_CREDIT_LONGEST = max(map(len, CREDIT_PREFIXES))
_HEADING_ROOM = max(map(len, APPARATUS_HEADINGS))


#: Letters that fold to ASCII ones when matching without case: left to the pattern.
_ODD_FOLDS = frozenset("ſKİı")


def _odd_fold(head: str) -> bool:
    """`head` holds a letter that matches an ASCII one without case: ask the pattern."""
    return not head.isascii() and not _ODD_FOLDS.isdisjoint(head)


def _may_credit(line: str) -> bool:
    """Cheap test that the credit pattern could match at the start of `line`."""
    head = line.lstrip(" \t")[:_CREDIT_LONGEST]
    return head.lower().startswith(CREDIT_PREFIXES) or _odd_fold(head)


_BYLINE_WORDS = ("by", "from", "written", "reporting", "additional", "edited")


def _may_byline(head: str) -> bool:
    """Cheap test that the byline pattern could match a paragraph opening with `head`."""
    return head.lower().lstrip("(").startswith(_BYLINE_WORDS) or _odd_fold(head)


def _furniture(text: str, starts: list[int], ends: list[int], timeout: float) -> list[bool]:
    """Flag captions, credit lines, bylines, datelines and end apparatus."""
    flags = [False] * len(starts)
    in_apparatus = False
    for i, (s, e) in enumerate(zip(starts, ends, strict=True)):
        nl = text.find("\n", s, e)
        first_end = e if nl < 0 else nl
        # Headings are short: a longer first line is read only if white space pads it.
        if (
            first_end - s <= _HEADING_ROOM or text[s].isspace() or text[first_end - 1].isspace()
        ) and text[s:first_end].strip().lower() in APPARATUS_HEADINGS:
            in_apparatus = True
        if in_apparatus:
            if e - s > 250 or text.count(". ", s, e) >= 2:
                # Prose again (the next article of a feed): the apparatus is over.
                in_apparatus = False
            else:
                flags[i] = True
                continue
        if e - s >= 600:
            continue
        lines = [text[s:e]] if nl < 0 else text[s:e].split("\n")
        if any(_CREDIT.match(ln.lstrip(" \t"), timeout=timeout) for ln in lines if _may_credit(ln)):
            # A caption shares its paragraph with its credit line.
            flags[i] = True
        elif e - s < 120 and (
            (
                _may_byline(text[s : s + 24])
                and _BYLINE.match(text, pos=s, endpos=e, timeout=timeout)
            )
            # A date line ends in the day or the year.
            or (text[e - 1].isdigit() and _DATELINE.match(text, pos=s, endpos=e, timeout=timeout))
        ):
            flags[i] = True
    return flags
