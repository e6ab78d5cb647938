"""Shares of the people asked in a poll, read as a speaker: "Six in 10 say ...".

Poll stories report answers as speech by a share of the respondents:
"About 9 percent said", "Nearly a third say", "42% of Democrats say",
"Two in three voters said", "those surveyed said". None of these has a
head noun the lexicon knows, so the usual subject readers pass them by.
The share is an unnamed group of people: anonymous, like "many voters".
"""

from __future__ import annotations

from reader.analysis.lexicon import NUMBER_WORDS, words
from reader.analysis.phrases.classify import Phrase
from reader.analysis.text.tokens import Tok

#: Words that soften a share: "about 9 percent", "nearly a third", "only half".
_HEDGES = words(
    """
    about nearly almost roughly some only just around approximately over under
    barely fully exactly fewer more less
    """
)
#: The second word of a two-word hedge: "more than", "at least", "close to".
_HEDGE_TAILS = words("than least to shy over under")
#: Fractions and shares that stand for part of a group: "a third", "majorities".
_PARTS = words(
    """
    half halves third thirds quarter quarters fourth fourths fifth fifths majority
    majorities plurality
    """
)
#: Sizes set before a share: "a strong majority", "large majorities", "a full 58 percent".
_SIZES = words(
    """
    strong slim narrow clear large vast overwhelming solid bare small sizable sizeable full
    whopping substantial comfortable
    """
)
#: Quantifiers that, with "of" and a group after them, are part of that group
#: ("most of the island's fishermen", "some of her allies").
_QUANTIFIERS = words("most many some several few all none")
#: Past participles that make a group of respondents: "those surveyed".
_ASKED = words("surveyed polled questioned interviewed sampled asked")
#: Words that never sit in the group after a share ("of those who", "and").
_STOP = words(
    """
    and or but if that which who whom whose as at by for from into on to with
    is was are were be been has have had do does did not no will would can
    could may might should when while where after before since than then so
    he she it they we i you his her its their our this
    """
)
#: At most this many words of group after the share ("of Republican primary voters").
_GROUP_WORDS = 6


def _core(toks: list[Tok], i: int) -> int:
    """Where the share that starts at toks[i] ends (exclusive), or -1."""
    n = len(toks)
    if i + 1 < n and toks[i].low in ("a", "an") and toks[i + 1].low in _SIZES:
        i += 1  # "a strong majority", "a full 58 percent"
    if i + 1 < n and toks[i].low in _SIZES:
        i += 1  # "strong majority", "large majorities"
    if i + 1 < n and toks[i].low in _QUANTIFIERS and toks[i + 1].low == "of":
        return i + 1  # "most of the island's fishermen": the group must follow
    if i < n and toks[i].low in ("those", "respondents"):
        if toks[i].low == "respondents":
            return i + 1
        return i + 2 if i + 1 < n and toks[i + 1].low in _ASKED else -1
    if i + 1 < n and toks[i].low in ("a", "one", "two", "three") and toks[i + 1].low in _PARTS:
        return i + 2
    if i < n and (toks[i].low in _PARTS or toks[i].low.rsplit("-", 1)[-1] in _PARTS):
        return i + 1  # "half", "majorities", "two-thirds"
    if i < n and "-in-" in toks[i].low:
        a, _, b = toks[i].low.partition("-in-")
        return i + 1 if _number_word(a) and _number_word(b) else -1  # "three-in-five"
    if i >= n or not _number_word(toks[i].low):
        return -1
    j = i + 1
    if j + 1 < n and toks[j].text == "." and toks[j + 1].text.isdigit():
        j += 2  # "61.5"
    if j < n and toks[j].low in ("%", "percent"):
        return j + 1
    if j + 1 < n and toks[j].low == "per" and toks[j + 1].low == "cent":
        return j + 2
    if j + 1 < n and toks[j].low == "in" and _number_word(toks[j + 1].low):
        return j + 2  # "six in 10"
    if j + 2 < n and toks[j].low == "out" and toks[j + 1].low == "of":
        return j + 3 if toks[j + 2].text.isdigit() else -1  # "nine out of 10"
    return -1


def _number_word(low: str) -> bool:
    if low.isdigit():
        return True
    parts = low.split("-")
    return all(p in NUMBER_WORDS or p in _TEENS for p in parts)


def _plural(low: str) -> bool:
    return low in ("them", "us") or (low.endswith("s") and not low.endswith(("ss", "us", "is")))


_TEENS = words("thirteen fourteen fifteen sixteen seventeen eighteen nineteen")


def share_phrase(text: str, toks: list[Tok]) -> Phrase | None:
    """The whole of `toks` as a share of respondents, or None.

    A hedge, the share ("42%", "six in 10", "a third", "those polled"), then
    at most a few words of group ("of Democrats", "Republican voters").
    """
    if not toks:
        return None
    within = _part_within(text, toks)
    if within is not None:
        return within
    i = 0
    if toks[0].low in _HEDGES and not (len(toks) > 1 and toks[1].low == "of"):
        i = 1
        if i < len(toks) and toks[i].low in _HEDGE_TAILS:
            i += 1
    elif (
        len(toks) > 1
        and toks[0].low in ("at", "close", "well")
        and toks[1].low
        in (
            "least",
            "to",
            "over",
            "under",
        )
    ):
        i = 2
    end = _core(toks, i)
    if end < 0:
        return None
    group = toks[end:]
    if len(group) > _GROUP_WORDS:
        return None
    for t in group:
        bare = t.text.replace("-", "").replace("’", "").replace("'", "")
        if t.low in _STOP or not bare.isalnum():
            return None
    if group and group[0].low != "of" and not group[-1].low.endswith("s"):
        return None  # "the majority leader": a title, not a share of people
    if toks[end - 1].low == "of" and (len(group) < 2 or not _plural(group[-1].low)):
        return None  # "most of the budget": no group of people
    start, stop = toks[0].start, toks[-1].end
    s = text[start:stop]
    return Phrase(start, stop, s, "anon", s)


#: "Many in the crowd", "some within the party", "others at the meeting".
_WITHIN = words("in within inside among at across")
#: Words for part of a group before "in": "many", "some", "others".
_PARTS_OF_GROUP = _QUANTIFIERS | {"others"}
_GROUP_OPENERS = words("the his her their its this that our")


def part_within_before(text: str, toks: list[Tok], i: int) -> Phrase | None:
    """The part of a group ending at toks[i] ("Many in the crowd"), when it opens
    its sentence or clause; else None."""
    for q in range(i - 2, max(-1, i - 7), -1):
        if toks[q].low in _PARTS_OF_GROUP and (q == 0 or toks[q - 1].text in '.,;:—–"“”(!?'):
            return _part_within(text, toks[q : i + 1])
    return None


def _part_within(text: str, toks: list[Tok]) -> Phrase | None:
    """ "Many in the crowd said", "Some within the party say", "Many in Washington
    say": part of a group named after "in", people nobody names (the whole of
    `toks`, or None)."""
    if not (
        3 <= len(toks) <= 7
        and toks[0].low in _PARTS_OF_GROUP
        and toks[1].low in _WITHIN
        and (toks[2].low in _GROUP_OPENERS or toks[2].text[:1].isupper())
    ):
        return None
    if any(t.low in _STOP or not t.text.replace("-", "").isalnum() for t in toks[3:]):
        return None
    start, stop = toks[0].start, toks[-1].end
    s = text[start:stop]
    return Phrase(start, stop, s, "anon", s)
