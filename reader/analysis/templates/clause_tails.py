"""Where a reported clause ends before its sentence does: a stop phrase ("and
added", ", according to"), a second cue in -ing after a comma (also past a
closing quote mark: '..., "we will win," adding that ...'), or a clause in
which the writer goes on about the speaker (", but she did not say ...")."""

from __future__ import annotations

import regex

from reader.analysis.limits import SHORT_TIMEOUT

#: How a source spoke, not what it said ("..., speaking on condition of anonymity"):
#: after a comma, these end a reported clause.
ANONYMITY_ASIDES = (
    "speaking on condition",
    "speaking on the condition",
    "speaking anonymously",
    "speaking on background",
    "on condition of anonymity",
    "on the condition",
    "who spoke on condition",
    "who spoke on the condition",
    "who requested anonymity",
    "who asked not to be",
)
_STOP_AFTER = (
    ", adding",
    ", and added",
    ", and said",
    ", according to",
    ", but added",
    "; ",
    ", saying",
    ", insisting",
    ", arguing",
    ", warning",
    ", claiming",
    ", compared with",
    ", compared to",
    *(", " + aside for aside in ANONYMITY_ASIDES),
)

#: Verbs of speech in -ing that open a claim of their own after a comma
#: ("..., noting that", "..., telling reporters"), also past a closing quote mark.
_SPEECH_ING = (
    "adding|saying|insisting|arguing|warning|claiming|noting|telling|explaining|"
    "stating|suggesting|recalling|asserting|alleging|contending|declaring|"
    "acknowledging|conceding|calling|citing|describing|accusing|urging|"
    "referring[ \t]+to|pointing[ \t]+out|according[ \t]+to"
)
_SPEECH_AFTER_QUOTE = regex.compile(
    r",((?:''|[\"”’'])?)[ \t]+(?:and[ \t]+)?(?:" + _SPEECH_ING + r")\b"
)

#: ", but she did not say ...", ", though he declined ...": the writer goes on
#: about the speaker in a clause of the past, which reports nothing said.
_NARRATED_AFTER = regex.compile(
    r",(?:''|[\"”’'])?[ \t]+(?:but|though|although|even[ \t]+though)[ \t]+(?:he|she|they)[ \t]+"
    r"(?:did[ \t]+not|didn't|didn’t|also[ \t]+\w+ed|never|later|then|\w+ed)\b"
)


def kept_before_tail(low: str) -> int:
    """How much of the clause text `low` is kept: all of it, or what comes
    before its first stop phrase, narrated clause or second cue."""
    keep = len(low)
    for stop in _STOP_AFTER:
        k = low.find(stop, 0, keep)
        if k > 0:
            keep = k
    if "," not in low[:keep]:
        return keep
    m = _NARRATED_AFTER.search(low, 1, keep, timeout=SHORT_TIMEOUT)
    if m is not None:
        keep = m.start()  # (a modal goes on with the claim: ", but it would ...")
    m = _SPEECH_AFTER_QUOTE.search(low, 1, keep, timeout=SHORT_TIMEOUT)
    if m is not None:
        # 'said the pier was "a poor use of money," adding that ...': a cue of
        # its own after the comma ends the clause (a closing quote mark stays in).
        keep = m.end(1)
    return keep
