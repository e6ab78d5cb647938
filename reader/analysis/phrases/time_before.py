"""Time adverbials between a subject and its verb: "Lind on Tuesday said",
"officials last week said", "a poll out Monday shows". The subject stands
before them.
"""

from __future__ import annotations

from reader.analysis.lexicon import MONTHS, TIME_UNITS, WEEKDAYS
from reader.analysis.phrases.common_phrases import known_head
from reader.analysis.text.tokens import Tok


def skip_time(toks: list[Tok], i: int) -> int:
    """Step back over a time adverbial before the verb ("on Tuesday", "last week")."""
    for _ in range(2):
        if i >= 1 and toks[i].low in TIME_UNITS and toks[i - 1].low in WEEKDAYS:
            i -= 1  # "on Tuesday night"
        if i >= 1 and toks[i].low in WEEKDAYS and toks[i - 1].low == "on":
            i -= 2
        elif (
            i >= 2
            and toks[i].text.isdigit()
            and toks[i - 1].low.rstrip(".") in MONTHS
            and toks[i - 2].low == "on"
        ):
            i -= 3  # "on March 3"
        elif (
            i >= 1
            and toks[i].low in TIME_UNITS
            and toks[i - 1].low in ("last", "this", "next", "that", "on")
        ):
            i -= 2
            if i >= 0 and toks[i].low == "earlier":
                i -= 1  # "earlier this month"
        elif i >= 0 and toks[i].low in ("yesterday", "today", "tonight"):
            i -= 1
        elif i >= 1 and toks[i].low in WEEKDAYS and toks[i - 1].low == "out":
            i -= 1  # "a poll out Monday": "out" goes next
        elif i >= 1 and toks[i].low in WEEKDAYS and toks[i - 1].cap and toks[i - 1].text.isalpha():
            i -= 1  # "Lind Tuesday said": a bare day after the subject's name
        else:
            break
    if 0 < i < len(toks) - 1 and toks[i].low == "out" and known_head(toks[i - 1].low):
        i -= 1  # "a poll out this week", "a report out Monday": published then
    return i
