"""Speaker phrases with a post-modifier: "a source close to the talks".

A head noun with the words after it that place it: where it works ("officials
at the ministry"), what it knows ("people familiar with the plans", "an
official briefed on the talks": unnamed sources), or that it asked not to be
named ("an official who spoke on condition of anonymity").
"""

from __future__ import annotations

from reader.analysis.lexicon import words
from reader.analysis.phrases.agents import agent_head
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.common_phrases import (
    common_phrase,
    known_head,
    starts_postmod,
    strip_determiner,
)
from reader.analysis.phrases.unnamed_request import name_end, unnamed_by_choice
from reader.analysis.text.tokens import Tok


def postmodified(text: str, toks: list[Tok], i: int) -> Phrase | None:
    """A head with a short post-modifier: "a source close to the talks"."""
    best: Phrase | None = None
    if _relative_subject(toks, i):
        return None  # "an email in which Lind wrote": Lind writes, not the email
    for k in range(i - 1, max(-1, i - _RELATIVE_REACH), -1):
        if (
            toks[k].text == ","
            and 0 < k < i
            and toks[k - 1].text.isdigit()
            and toks[k + 1].text.isdigit()
        ):
            continue  # "a survey of 2,000 adults": a thousands separator
        if toks[k].text in ',;:"“”()':
            break
        if i - k >= _REACH and toks[k].low not in ("who", "whose"):
            continue  # only a relative clause runs that long
        if (
            starts_postmod(toks[k].low)
            and toks[k].text.islower()  # "Mohamed" is no participle
            # "the mayor visited the plant and (said)": a verb of its own, not a
            # participle, when the words run on into a coordinated cue
            and toks[i].low not in _COORDINATORS
            and k > 0
            and (toks[k - 1].text.islower() or k == 1 or not toks[k - 2].text[0].isalnum())
        ):
            head = known_head(toks[k - 1].low)
            if head is None:
                unknown = agent_head(text, toks, k)
                if unknown is not None:
                    best = _extend(text, unknown, toks, i)
                continue
            # "officials close to the talks", "officials from three countries who
            # have been briefed on the negotiations": placed by what they know.
            insider = toks[k].low in _INSIDER or any(
                t.low in _INSIDER and t.low != "close" for t in toks[k : i + 1]
            )
            if head == "group" and (
                toks[k].low not in ("at", "in", "from", "of", "who", "whose")
                and not insider
                and not _named_in(toks, k)
            ):
                continue
            base = common_phrase(text, toks, k - 1)
            if base is None or (base.kind == "group" and toks[k].low == "of"):
                continue
            best = _extend(text, base, toks, i)
            relayed = toks[k].low in _RELAYED and toks[k + 1].low == "by"
            if (
                (insider or relayed)
                and best.kind == "group"
                and best.core.split(" ", 1)[0] not in _BODIES
            ):
                # "officials familiar with the talks", "an official close to the
                # mayor": people placed by what they know, the usual unnamed sources;
                # "two officials quoted by the Ledger": known only through an outlet.
                best.kind = "anon"
            if unnamed_by_choice(toks[k : i + 1]):
                # "an official who spoke on condition of anonymity": unnamed by request.
                best.kind = "anon"
                end = name_end(toks, k, i)
                if end is not None and end > best.start:
                    best.core = strip_determiner(text[best.start : end])
    return best


def has_post_modifier(ph: Phrase) -> bool:
    """Whether the phrase's words after its head are a post-modifier ("officials
    whose laws ...", "judges in the cases"), not more of a compound noun ("the
    national company | register")."""
    if ph.head_end is None:
        return False
    rest = ph.text[ph.head_end - ph.start :].split(None, 1)
    return bool(rest) and starts_postmod(rest[0].lower())


def _relative_subject(toks: list[Tok], i: int) -> bool:
    """Whether toks[i] ends the subject of a relative clause opened by a preposition
    and "which" or "whom" ("in which Lind", "to whom the minister")."""
    for x in range(i, max(0, i - 5), -1):
        if toks[x].low in ("which", "whom"):
            return x < i and toks[x - 1].low in _PREPOSITIONS
    return False


#: How many words back a post-modifier may start, and a relative clause.
_REACH = 10
_RELATIVE_REACH = 15

_PREPOSITIONS = words("in to for with from by on at of about under through during")


def _extend(text: str, base: Phrase, toks: list[Tok], i: int) -> Phrase:
    """The head phrase `base` with its post-modifier, up to toks[i]."""
    base.head_end = base.end
    base.end = toks[i].end
    base.text = text[base.start : base.end]
    base.core = strip_determiner(base.text)
    return base


_COORDINATORS = frozenset({"and", "but", "or"})
#: Post-modifiers that place a source by what it knows ("familiar with", "close
#: to", "briefed on"), not by what it is.
_INSIDER = words("familiar close briefed knowledgeable privy")
#: Heads that stay bodies even when placed so ("a ministry close to the talks").
_BODIES = words(
    "ministry department agency office company firm government council committee "
    "commission court board union party bank group"
)


#: Participles that, with "by" and an outlet after them, say a source reached the
#: article through that outlet ("officials quoted by the Ledger").
_RELAYED = words("cited quoted interviewed")
#: Participles that, with "in" or "by" after them, single a group out rather than
#: say what it did: "two other firms named in the suit".
_SINGLING_OUT = words(
    "named cited quoted interviewed listed mentioned identified accused sued charged"
)


def _named_in(toks: list[Tok], k: int) -> bool:
    return toks[k].low in _SINGLING_OUT and k + 1 < len(toks) and toks[k + 1].low in ("in", "by")
