"""Where a reported clause ends before its sentence does: a stop phrase ("and
added", ", according to"), a second cue in -ing after a comma (also past a
closing quote mark: '..., "we will win," adding that ...'), or a clause in
which the writer goes on about the speaker (", but she did not say ...")."""

from __future__ import annotations

import regex

from reader.analysis.limits import SHORT_TIMEOUT
from reader.analysis.text.finite import finite
from reader.analysis.text.tokens import tokens

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


#: Words that open a sentence with a clause hung on the main one: "While X said
#: ..., he ...". The cue is then inside the hung clause, which ends at a comma.
_HUNG_OPENERS = frozenset(
    {"while", "although", "though", "whereas", "after", "before", "when", "once", "since"}
)
#: Words a main clause opens with after that comma: a subject.
_MAIN_SUBJECTS = frozenset(
    {"he", "she", "they", "it", "we", "i", "there", "this", "his", "her", "their", "its", "the"}
)
#: How far past the comma the main clause must show its verb.
_MAIN_VERB_CHARS = 60


def hung_clause_end(text: str, sent_start: int, cue_start: int, c0: int, end: int) -> int:
    """ "While Lind said the ferry was late, she praised the crew.": a cue in a
    clause that opens the sentence reports up to the comma before the main
    clause (a subject and its verb), not the main clause too."""
    opener = text[sent_start : sent_start + 10].split(" ", 1)[0].lower()
    if opener not in _HUNG_OPENERS or "," in text[sent_start:cue_start]:
        return end
    k = text.find(", ", c0, end)
    while k > 0:
        toks = tokens(text, k + 2, min(end, k + 2 + _MAIN_VERB_CHARS))
        if toks and toks[0].low in _MAIN_SUBJECTS and finite(toks):
            return k
        k = text.find(", ", k + 2, end)
    return end
