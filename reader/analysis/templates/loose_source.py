"""The source after "according to" when no speaker phrase reads it.

"According to" names a source whatever follows it, so the words up to the
end of the clause are the source even when the phrase reader knows neither
the head nor the modifiers around it: "according to early figures
counted on Friday", "according to the mean of recent surveys
gathered by ...", "according to his profile", "according to harbour
trackers". The phrase runs from the first word to the head, the last word
before a post-modifier (a participle, "by", "familiar with", ...); the head
says what kind of source it is, and an unknown head after a determiner is
read as people nobody names.
"""

from __future__ import annotations

from reader.analysis.lexicon import words
from reader.analysis.limits import SPEAKER_AFTER_CHARS
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.common_phrases import known_head
from reader.analysis.text.tokens import Tok, tokens

#: Words that open a described source.
_OPENERS = words("the a an his her its their our one another several some many")
#: Words that end the head and start what describes it.
_POSTMOD = words(
    """
    by from with familiar close who whom which that on in at for through
    released taken conducted published compiled tallied issued posted obtained
    seen given cited shared
    """
)
#: Words that cannot be a head (or stand inside the phrase before one).
_NOT_HEAD = words(
    """
    and or but of to as is was are were be been has have had not no than then
    so also very more most less least all any each every this these those
    """
)
#: Marks that end the run read after "according to".
_ENDS = frozenset(',.;:!?()"“”«»—–')
#: The most words a phrase may hold up to its head.
_MAX_WORDS = 7


def loose_source(text: str, pos: int, hi: int) -> Phrase | None:
    """The source phrase starting at `pos`, read loosely, or None."""
    toks = tokens(text, pos, min(hi, pos + SPEAKER_AFTER_CHARS))
    run: list[Tok] = []
    for t in toks:
        if t.text in _ENDS or t.text[0] in "'‘’":
            break  # a mark, or a title opening in quotes ("his book ''Salt Year''")
        run.append(t)
    if not run:
        return None
    k = 1
    while k < len(run) and run[k].low not in _POSTMOD and not _participle(run[k]):
        k += 1
    head = run[k - 1]
    if k > _MAX_WORDS or not head.text.isalpha() or head.low in _NOT_HEAD:
        return None
    if head.low.endswith("ly") and known_head(head.low) is None:
        return None  # "the recently court-released playbook": an adverb is no head
    kind = known_head(head.low)
    if kind is None:
        opened = run[0].low in _OPENERS
        if k < 2 or not head.text.islower():
            return None
        if not opened and not (head.low.endswith("s") and all(t.text.islower() for t in run[:k])):
            return None  # "harbour trackers" reads without a determiner, being plural
        kind = "anon"
    elif k == 1 and not head.low.endswith("s"):
        return None  # "according to plan": a bare singular noun is no source
    start, end = run[0].start, head.end
    s = text[start:end]
    core = s.split(" ", 1)[1] if run[0].low in _OPENERS and k > 1 else s
    return Phrase(start, end, s, kind, core)


def _participle(t: Tok) -> bool:
    """ "tallied", "compiled": a lower-case past form that starts a post-modifier."""
    return t.text.islower() and t.low.endswith("ed") and len(t.low) > 4
