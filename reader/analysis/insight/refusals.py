"""Who refused: the subject of "declined to comment" across a relative clause.

"Irimia, whose sister is married to the owner of the supplier, Aeronord
Systems, did not respond": the phrase right before the verb closes a
relative clause, and the one refusing is the subject before it. An
apposition ("The chief executive, Naomi Hart, declined") names the same
figure and is read as it stands.
"""

from __future__ import annotations

import regex

from reader.analysis.limits import SHORT_TIMEOUT

#: A sentence start that is a subject, a relative clause set off by commas, then the verb.
_RELATIVE = regex.compile(
    r"\A[^,\n]*+(?P<comma>,)\s+(?:who|whose|which|whom)\b[^\n]*,\s*\Z", regex.IGNORECASE
)


def subject_end(text: str, sentence_start: int, verb: int) -> int:
    """Where the refusing subject ends: before a relative clause, else at the verb."""
    # On the slice, so \A anchors at the sentence and no other start is tried.
    m = _RELATIVE.match(text[sentence_start:verb], timeout=SHORT_TIMEOUT)
    return sentence_start + m.start("comma") if m is not None else verb
