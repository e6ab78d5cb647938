"""Where a reported clause is cut short of its sentence's end.

Two shapes end a claim before the sentence does: a characterisation in the
speaker's words ('called the plan a "fantasy", and ...' ends with its quote)
and a claim inside a relative clause ("The plant, which the company describes
as the cleanest in Europe, opened in May" ends at the clause's comma).
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from reader.analysis.limits import SHORT_TIMEOUT
from reader.analysis.phrases.classify import Phrase
from reader.analysis.templates.cues import CueContext
from reader.analysis.text.finite import finite
from reader.analysis.text.tokens import tokens

#: A relative pronoun after a comma, right before the speaker.
_RELATIVE_BEFORE = regex.compile(r",\s+(?:which|whom)\s+\Z")


def cut_short(
    cue: CueContext, lem: str, subj: Phrase, c0: int, c1: int, *, characterised: bool
) -> int:
    """The end of the clause text[c0:c1] once the shapes above are cut off;
    `characterised`: a mixed clause with no "that"."""
    if characterised and lem in ("call", "describe"):
        c1 = _characterisation_end(cue, c0, c1)
    text = cue.seg.text
    relative = _RELATIVE_BEFORE.search(
        text, max(0, subj.start - 12), subj.start, timeout=SHORT_TIMEOUT
    )
    if relative is not None and not finite(tokens(text, cue.sent_start, relative.start())):
        # Only a relative clause set off inside the subject ("The plant, which ...,
        # opened"); one hung on the object runs to the sentence's end ("Trump
        # blasted the system, which he said leaves voters, especially his, out").
        c1 = _comma_outside_quotes(cue, c0, c1)
    return c1


def _comma_outside_quotes(cue: CueContext, c0: int, c1: int) -> int:
    """The first comma in text[c0:c1] outside the quotes ('as "an evil, hateful
    act", said'), or c1 when there is none."""
    text = cue.seg.text
    comma = text.find(",", c0, c1)
    while comma > 0:
        i = bisect_left(cue.qstarts, comma) - 1
        if i < 0 or cue.quotes[i].close <= comma:
            return comma
        comma = text.find(",", cue.quotes[i].close, c1)
    return c1


def _characterisation_end(cue: CueContext, c0: int, c1: int) -> int:
    """'called the plan a "fantasy", and ...': the characterisation ends at the
    last mark before the first comma after its first quote."""
    quotes = cue.quotes
    i = bisect_left(cue.qstarts, c0)
    stop = cue.seg.text.find(",", quotes[i].close, c1)
    last_close = c1
    while stop >= 0 and i < len(quotes) and quotes[i].open < stop:
        last_close = quotes[i].close
        i += 1
    return min(c1, last_close)
